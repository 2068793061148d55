// Internal to src/report: the page's one stylesheet and one script, inline in
// every report. Both are fixed texts (the source colours come from
// reading_graph.h's palette), so the page's Content-Security-Policy can name
// them by hash.
//
// The script only reads the page and changes classes and attributes of its
// own elements; it builds the hover box with textContent (never innerHTML)
// from the table rows the C++ wrote and escaped. It fetches nothing. When it
// has run it sets data-script="ready" on <html> (the browser test checks it).
#pragma once

#include <string>
#include <string_view>

namespace whosaid::report {

const std::string& page_css();
std::string_view page_script();

}  // namespace whosaid::report
