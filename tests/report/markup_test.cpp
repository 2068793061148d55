// Laying marks out as nested elements (report/markup.h), as a table: a text,
// a range, marks, and the canonical dump of the events. In the dump, "[N" opens
// mark N (one ' per later piece), "]N" closes it ("~" when it goes on) and
// the text between is written as it is.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "report/markup.h"

using namespace whosaid;
using namespace whosaid::report;

namespace {

std::string dump(std::string_view text, Span range, std::vector<Mark> marks) {
  std::string out;
  for (const MarkupEvent& e : lay_out_marks(range, std::move(marks))) {
    switch (e.kind) {
      case MarkupEvent::open: out += "[" + std::to_string(e.mark) + std::string(e.piece, '\''); break;
      case MarkupEvent::close: out += "]" + std::to_string(e.mark) + (e.last ? "" : "~"); break;
      case MarkupEvent::text: out += text.substr(e.span.begin, e.span.size()); break;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("markup: nesting, coinciding and crossing marks", "[report][markup]") {
  struct Row {
    const char* what;
    std::string text;
    Span range;
    std::vector<Mark> marks;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"no mark", "abcdef", {0, 6}, {}, "abcdef"},
      {"nested", "abcdef", {0, 6}, {{{0, 6}, 0}, {{2, 4}, 1}}, "[0ab[1cd]1ef]0"},
      {"nested, given inner first", "abcdef", {0, 6}, {{{2, 4}, 1}, {{0, 6}, 0}}, "[0ab[1cd]1ef]0"},
      {"same span: the lower id inside, closing first", "abcd", {0, 4}, {{{1, 3}, 3}, {{1, 3}, 7}}, "a[7[3bc]3]7d"},
      {"adjacent", "abcdef", {0, 6}, {{{0, 2}, 0}, {{2, 4}, 1}}, "[0ab]0[1cd]1ef"},
      {"same start, longer outside", "abcdef", {0, 6}, {{{0, 2}, 0}, {{0, 5}, 1}}, "[1[0ab]0cde]1f"},
      {"same end", "abcdef", {0, 6}, {{{1, 6}, 0}, {{3, 6}, 1}}, "a[0bc[1def]1]0"},
      {"crossing: the later is cut and goes on", "abcdef", {0, 6}, {{{0, 4}, 0}, {{2, 6}, 1}},
       "[0ab[1cd]1~]0[1'ef]1"},
      {"three crossing", "abcdefg", {0, 7}, {{{0, 3}, 0}, {{1, 5}, 1}, {{2, 7}, 2}},
       "[0a[1b[2c]2~]1~]0[1'[2'de]2~]1[2''fg]2"},
      {"clipped to the range", "abcdef", {2, 4}, {{{0, 3}, 0}, {{3, 6}, 1}, {{4, 5}, 2}}, "[0'c]0[1d]1~"},
      {"empty marks are left out", "abcdef", {0, 6}, {{{2, 2}, 0}, {{4, 3}, 1}}, "abcdef"},
      {"a mark over the whole range", "abc", {0, 3}, {{{0, 3}, 5}}, "[5abc]5"},
      {"empty range", "abc", {1, 1}, {{{0, 3}, 0}}, ""},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    CHECK(dump(row.text, row.range, row.marks) == row.expected);
  }
}

TEST_CASE("markup: every mark's pieces give back its text, on many crossing marks", "[report][markup]") {
  // A text of 200 letters and 300 marks that nest and cross in every way.
  std::string text;
  for (int i = 0; i < 200; ++i) text += static_cast<char>('a' + i % 26);
  std::vector<Mark> marks;
  uint32_t seed = 12345;
  for (uint32_t id = 0; id < 300; ++id) {
    seed = seed * 1103515245u + 12345u;
    const uint32_t begin = (seed >> 8) % 200;
    seed = seed * 1103515245u + 12345u;
    const uint32_t length = 1 + (seed >> 8) % 40;
    marks.push_back({{begin, std::min<uint32_t>(200, begin + length)}, id});
  }
  std::vector<std::string> got(marks.size());
  std::vector<uint32_t> open;  // ids of the open elements, innermost last
  int depth = 0;
  std::string all;
  for (const MarkupEvent& e : lay_out_marks({0, 200}, marks)) {
    if (e.kind == MarkupEvent::open) {
      open.push_back(e.mark);
      ++depth;
    } else if (e.kind == MarkupEvent::close) {
      REQUIRE_FALSE(open.empty());
      CHECK(open.back() == e.mark);  // properly nested: the innermost closes first
      open.pop_back();
    } else {
      const std::string piece = text.substr(e.span.begin, e.span.size());
      all += piece;
      for (uint32_t id : open) got[id] += piece;
    }
  }
  CHECK(open.empty());
  CHECK(all == text);
  for (const Mark& m : marks) CHECK(got[m.id] == text.substr(m.span.begin, m.span.size()));
}
