// Span: a half-open range [begin, end) of BYTE offsets into a Document's
// original text. Every stage reports positions as spans of the original text,
// never as copies, so nothing drifts; code points are computed only at output
// (see codepoints.h).
#pragma once

#include <cstdint>
#include <string_view>

namespace whosaid {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  constexpr bool empty() const { return end <= begin; }
  constexpr uint32_t size() const { return empty() ? 0 : end - begin; }
  constexpr bool contains(uint32_t offset) const { return offset >= begin && offset < end; }
  constexpr bool contains(Span other) const { return other.begin >= begin && other.end <= end; }
  constexpr bool overlaps(Span other) const { return other.begin < end && begin < other.end; }
  // The text this span covers in `text` (the original document text).
  std::string_view in(std::string_view text) const { return text.substr(begin, size()); }

  friend constexpr bool operator==(Span, Span) = default;
};

// The smallest span covering both.
constexpr Span cover(Span a, Span b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return {a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end};
}

}  // namespace whosaid
