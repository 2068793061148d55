// The notation of the tagging table tests: a sentence whose words to check
// are marked [word|UPOS] or [word|UPOS|lemma]; parse_marks gives the plain
// text and the expected tags at their byte spans.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/span.h"

namespace whosaid::morph::testing {

struct Expected {
  Span span;
  std::string upos, lemma;
};

struct Marked {
  std::string text;
  std::vector<Expected> expected;
};

inline Marked parse_marks(std::string_view notation) {
  Marked m;
  for (size_t i = 0; i < notation.size();) {
    if (notation[i] != '[') {
      m.text += notation[i++];
      continue;
    }
    const size_t close = notation.find(']', i);
    REQUIRE(close != std::string_view::npos);
    const std::string_view inside = notation.substr(i + 1, close - i - 1);
    const size_t bar = inside.find('|'), bar2 = inside.find('|', bar + 1);
    REQUIRE(bar != std::string_view::npos);
    Expected e;
    e.span.begin = static_cast<uint32_t>(m.text.size());
    m.text += inside.substr(0, bar);
    e.span.end = static_cast<uint32_t>(m.text.size());
    e.upos = std::string(inside.substr(bar + 1, bar2 == std::string_view::npos ? std::string_view::npos : bar2 - bar - 1));
    if (bar2 != std::string_view::npos) e.lemma = std::string(inside.substr(bar2 + 1));
    m.expected.push_back(e);
    i = close + 1;
  }
  return m;
}

// Checks the tags of the marked words of `notation` in the document that
// `analysed(text)` makes of its plain text.
template <typename Analyse>
void check_marked_tags(std::string_view notation, Analyse&& analysed) {
  const Marked m = parse_marks(notation);
  const Document doc = analysed(m.text);
  for (const Expected& e : m.expected) {
    const Token* found = nullptr;
    for (const Token& t : doc.tokens)
      if (t.original == e.span) found = &t;
    INFO(notation);
    INFO("token '" << e.span.in(m.text) << "'");
    REQUIRE(found != nullptr);
    CHECK(to_string(found->upos) == e.upos);
    if (!e.lemma.empty()) CHECK(found->lemma == e.lemma);
  }
}

}  // namespace whosaid::morph::testing
