// TextSpan: a span as gold files and predictions give it, in Unicode code
// points of the document text (Python's text[start:end]) with the text it
// covers. Scoring never needs the document itself: the words of a span are
// found in `text` and placed at `start` (see words.h).
//
// A discontinuous span (brat's "Content 10 20;25 40", the two halves of a
// quotation around "he said") is its first fragment [start, end) with its
// text, and the further fragments in `more`, in the order the annotation
// gives them (not necessarily text order). A fragment in `more` has no
// `more` of its own. Gold JSON files and most predictions have contiguous
// spans: `more` is empty.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace whosaid::eval {

struct TextSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
  std::vector<TextSpan> more = {};  // further fragments of a discontinuous span

  // Whether any fragment of this span overlaps any fragment of `o`.
  bool overlaps(const TextSpan& o) const {
    auto one = [](const TextSpan& x, const TextSpan& y) { return y.start < x.end && x.start < y.end; };
    auto any_of_o = [&](const TextSpan& x) {
      if (one(x, o)) return true;
      for (const TextSpan& y : o.more)
        if (one(x, y)) return true;
      return false;
    };
    if (any_of_o(*this)) return true;
    for (const TextSpan& x : more)
      if (any_of_o(x)) return true;
    return false;
  }
  // Code points covered, over all fragments.
  uint32_t length() const {
    uint32_t n = end - start;
    for (const TextSpan& f : more) n += f.end - f.start;
    return n;
  }
};

// Calls f(fragment) for the first fragment, then each of `more`.
template <typename F>
void for_each_fragment(const TextSpan& span, F&& f) {
  f(span);
  for (const TextSpan& m : span.more) f(m);
}

}  // namespace whosaid::eval
