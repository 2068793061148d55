// Escaping and shortening of document text for the graph writers. Each
// function makes any valid UTF-8 safe for one format; the writers never put
// document text into their output by another path. Tested on hostile labels
// in tests/export/.
//
//   escape::dot_label(R"(say "hi" \)")  -> R"("say \"hi\" \\")"   (a DOT quoted string)
//   escape::xml("<b> & \x01")           -> "&lt;b&gt; &amp; "         (control stripped)
//   escape::csv_cell("=SUM(A1)")         -> "'=SUM(A1)"                (formula neutralised)
//   escape::shorten("abcdef", 4)         -> "abc…"                     (code points)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::escape {

// A DOT double-quoted string for an id: \ and " escaped, line breaks and other
// control characters written as visible <U+XXXX> text so the id stays one
// token and unique.
std::string dot_id(std::string_view id);

// A DOT double-quoted escString for label, xlabel and tooltip: \ and " escaped,
// \n for a line break, & as &amp; (Graphviz decodes entities in labels),
// tabs and other control characters as spaces.
std::string dot_label(std::string_view text);

// Text for XML element content or attribute values: & < > " ' escaped, CR as
// &#13;, control characters not allowed in XML 1.0 (and U+FFFE, U+FFFF)
// removed.
std::string xml(std::string_view text);

// One RFC 4180 CSV field: a cell starting with = + - @ tab or CR gets a
// leading apostrophe (spreadsheet formula injection), then the cell is quoted
// when it holds , " CR or LF, with " doubled.
std::string csv_cell(std::string_view text);

// At most `max_codepoints` code points of `text`; a cut text ends with "…"
// (counted in the maximum). Never splits a UTF-8 sequence.
std::string shorten(std::string_view text, std::size_t max_codepoints);

// Breaks `text` into lines of at most `width` code points at spaces (a longer
// word is cut), at most `max_lines` lines, the last ending with "…" when text
// was left out. White space runs, line breaks included, count as one space.
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t max_lines);

// Code points in valid UTF-8 `text`.
std::size_t codepoint_count(std::string_view text);

}  // namespace whosaid::escape
