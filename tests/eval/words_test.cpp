// Word tokens as the scorer sees them: each row is a text and its words in a
// one-line dump "START-END:word", offsets in code points.
#include <catch2/catch.hpp>

#include <string>

#include "eval/words.h"

namespace {

std::string dump(const std::vector<whosaid::eval::Word>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += " ";
    out += std::to_string(w.start) + "-" + std::to_string(w.end) + ":" + w.lower;
  }
  return out;
}

struct Row {
  const char* text;
  uint32_t offset;
  const char* expected;
};

}  // namespace

TEST_CASE("word tokens: runs of letters and digits, elision, inner hyphens", "[eval][words]") {
  const Row rows[] = {
      {"Il a dit", 0, "0-2:il 3-4:a 5-8:dit"},
      {"qu'il a dit", 10, "10-13:qu' 13-15:il 16-17:a 18-21:dit"},
      {"qu\xE2\x80\x99il", 0, "0-3:qu' 3-5:il"},                       // ’ is an apostrophe
      {"L'Ukraine affirme", 0, "0-2:l' 2-9:ukraine 10-17:affirme"},
      {"aujourd'hui", 0, "0-11:aujourd'hui"},                           // not an elided form
      {"lorsqu'il", 0, "0-7:lorsqu' 7-9:il"},
      {"cessez-le-feu, a-t-il", 0, "0-13:cessez-le-feu 15-21:a-t-il"},
      {"\"Tout s'est effondré\"", 0, "1-5:tout 6-8:s' 8-11:est 12-20:effondré"},
      {"\xC2\xAB" "États-Unis\xC2\xBB", 0, "1-11:états-unis"},            // « » are not words
      {"En 2023, 4,7 %", 0, "0-2:en 3-7:2023 9-10:4 11-12:7"},
      {"\xF0\x9F\x8E\x89 été", 0, "2-5:été"},                            // an emoji is one code point, no word
      {"-- ' -", 0, ""},
      {"ÉLODIE", 0, "0-6:élodie"},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    CHECK(dump(whosaid::eval::word_tokens(r.text, r.offset)) == r.expected);
  }
}

TEST_CASE("code point helpers", "[eval][words]") {
  using namespace whosaid::eval;
  CHECK(codepoint_length("abc") == 3);
  CHECK(codepoint_length("été") == 3);
  CHECK(codepoint_length("\xF0\x9F\x8E\x89") == 1);
  CHECK(codepoint_length("\xFF" "a") == 2);  // an invalid byte counts as one
  CHECK(codepoint_substr("«été»", 1, 4) == "été");
  CHECK(codepoint_substr("abc", 2, 10) == "c");
}

TEST_CASE("determiners and complementizers are a fixed convention", "[eval][words]") {
  using namespace whosaid::eval;
  for (const char* d : {"le", "la", "les", "l'", "un", "une", "des", "son", "sa", "cette", "the", "a", "his"})
    CHECK(is_determiner(d));
  for (const char* w : {"source", "ministre", "il", "elle", "kremlin", "poutine"}) CHECK_FALSE(is_determiner(w));
  for (const char* w : {"que", "qu'", "that"}) CHECK(is_complementizer(w));
  CHECK_FALSE(is_complementizer("quand"));
}

TEST_CASE("position Jaccard compares words by place, not by spelling", "[eval][words]") {
  using namespace whosaid::eval;
  auto a = word_tokens("le chat dort", 0);   // 0-2 3-7 8-12
  auto b = word_tokens("chat dort ici", 3);  // 3-7 8-12 13-16
  CHECK(position_jaccard(a, b) == Approx(2.0 / 4.0));
  auto c = word_tokens("le chat dort", 100);  // same words elsewhere
  CHECK(position_jaccard(a, c) == 0.0);
  CHECK(position_jaccard({}, {}) == 0.0);
}
