// Sections of a web page flattened to plain text: which lines are site chrome
// (banner, menus, breadcrumbs, footers, comment-form controls), which are the
// article's header (title, byline, date, standfirst, credits), its body, and
// the readers' comments. Nothing is removed from the text: the result is a list
// of spans that covers it, in order (Document::sections).
//
//   detect_sections(doc, chrome);   // doc.text set, doc.sections empty
//   doc.section_at(offset)          // header, body, comment or chrome
//
// The cues are general (docs/input.md): the SHAPE of each line (length, words,
// final punctuation, separators like " > " or " | ", a lone URL, a date) and
// its POSITION (banner and breadcrumb before the first paragraph, the body
// from the first run of two prose paragraphs, comments after their heading,
// footers at the end), with the VOCABULARY of web chrome as data
// (web_chrome.tsv). A plain article without any of these is all body, apart
// from a title line before its first paragraph (header).
#pragma once

#include <vector>

#include "core/document.h"
#include "input/web_chrome.h"

namespace whosaid::input {

// What one line looks like; exposed for tests and for the provenance reader.
enum class LineShape : uint8_t {
  blank,
  navigation,       // breadcrumb, menu entry, site footer: chrome
  comment_heading,  // "1 Message", "Commentaires"
  comment_control,  // "Répondre à ce message": chrome
  url,              // a lone link
  date,             // "13 février 2024 à 17:36", "mardi 19 mars 2024, par X"
  byline,           // "Par Jean Dupont"
  credit,           // "Source : Reuters ..."
  heading,          // short, no final punctuation
  prose,            // a paragraph
  short_text,       // anything else
};
std::string_view to_string(LineShape);

struct PageLine {
  Span span;        // the line without its end of line
  LineShape shape = LineShape::blank;
};

// The lines of `text` and their shapes.
std::vector<PageLine> classify_lines(std::string_view text, const WebChrome& chrome);

// Fills doc.sections from doc.text (replacing what was there).
void detect_sections(Document& doc, const WebChrome& chrome);
// The same from the lines classify_lines() gave for doc.text, so that a
// caller who needs the lines again (detect_provenance) classifies them once.
void detect_sections(Document& doc, const std::vector<PageLine>& lines);

}  // namespace whosaid::input
