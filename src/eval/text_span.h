// TextSpan: a span as gold files and predictions give it, in Unicode code
// points of the document text (Python's text[start:end]) with the text it
// covers. Scoring never needs the document itself: the words of a span are
// found in `text` and placed at `start` (see words.h).
#pragma once

#include <cstdint>
#include <string>

namespace whosaid::eval {

struct TextSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;

  bool overlaps(const TextSpan& o) const { return o.start < end && start < o.end; }
};

}  // namespace whosaid::eval
