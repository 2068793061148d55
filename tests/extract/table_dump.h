// The table notation of the extraction tests: a passage, and the attributions
// it must give as canonical one-line dumps
//   source | cue | content | type | quote
// ("-" for an absent part), in text order. A negative expects {}. A source
// written otherwise than its mention (syntax.tsv relative_source pronoun)
// shows both: "who (Okafor)".
#pragma once

#include <string>
#include <vector>

#include "support/french.h"
#include "support/language.h"

namespace whosaid::test {

inline std::string part(const Document& doc, Span s) { return s.empty() ? "-" : std::string(doc.slice(s)); }

inline std::vector<std::string> dump_document(const Document& doc) {
  std::vector<std::string> out;
  for (const Attribution& a : doc.attributions) {
    std::string source = part(doc, a.source);
    if (a.source_mention >= 0) {
      const Span mention = doc.mentions[static_cast<size_t>(a.source_mention)].span;
      if (mention.begin != a.source.begin || mention.end != a.source.end) source += " (" + part(doc, mention) + ")";
    }
    out.push_back(source + " | " + part(doc, a.cue) + " | " + part(doc, a.content) + " | " +
                  std::string(to_string(a.type)) + " | " + std::string(to_string(a.quote)));
  }
  return out;
}

inline std::vector<std::string> dump(const std::string& text) { return dump_document(extract_passage(text)); }

// The same in another language's data ("en").
inline std::vector<std::string> dump_in(const std::string& code, const std::string& text) {
  return dump_document(extract_passage_in(code, text));
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

inline void check_in(const std::string& code, const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(dump_in(code, c.text) == c.expected);
  }
}

}  // namespace whosaid::test
