// Provenance: where an article comes from, read off its header and first
// lines (wire credits and republication notices) into Document::provenance.
// Fields already set (an HTML page's <meta> tags) are kept; only empty ones
// are filled.
//
//   "Source : Reuters Guy Faulconbridge et Darya Korsunskaya 13 février 2024"
//       -> agency "Reuters", authors {"Guy Faulconbridge", "Darya Korsunskaya"},
//          date "13 février 2024"
//   "MOSCOU (Reuters) - ..." or "... (AFP)"     -> agency
//   "Par Jean Dupont avec AFP"                  -> authors {"Jean Dupont"}, agency "AFP"
//   a lone URL in the header                    -> original_url
//   a date line in the header                   -> date (when the credit gives none)
//
// agency is the original source credited: a wire agency from web_chrome.tsv
// ("agency" lines), or the outlet a "Source :" credit names.
#pragma once

#include "core/document.h"
#include "input/page_sections.h"
#include "input/web_chrome.h"

namespace whosaid::input {

// Reads doc.text's header lines (doc.sections when set, else the lines before
// the first paragraph) and the first body paragraph's dateline.
void detect_provenance(Document& doc, const WebChrome& chrome);
// The same from the lines classify_lines() gave for doc.text (page_sections.h).
void detect_provenance(Document& doc, const std::vector<PageLine>& lines, const WebChrome& chrome);

}  // namespace whosaid::input
