// The table notation of the extraction tests: a passage, and the attributions
// it must give as canonical one-line dumps
//   source | cue | content | type | quote
// ("-" for an absent part), in text order. A negative expects {}.
#pragma once

#include <string>
#include <vector>

#include "support/french.h"

namespace whosaid::test {

inline std::string part(const Document& doc, Span s) { return s.empty() ? "-" : std::string(doc.slice(s)); }

inline std::vector<std::string> dump(const std::string& text) {
  const Document doc = extract_passage(text);
  std::vector<std::string> out;
  for (const Attribution& a : doc.attributions)
    out.push_back(part(doc, a.source) + " | " + part(doc, a.cue) + " | " + part(doc, a.content) + " | " +
                  std::string(to_string(a.type)) + " | " + std::string(to_string(a.quote)));
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

inline void check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(dump(c.text) == c.expected);
  }
}

}  // namespace whosaid::test
