#include "core/codepoints.h"

#include <cstring>

namespace whosaid {
namespace {
// A byte that does not continue a multi-byte sequence starts a code point.
bool starts_codepoint(unsigned char c) { return (c & 0xC0) != 0x80; }

// The code points that start in eight bytes: those that are no continuation
// byte (bit 7 set, bit 6 clear). The continuation bytes' high bits are
// counted by one multiply (each byte 0 or 1, their sum in the top byte):
// std::popcount is a library call on a target without the instruction.
uint32_t starts_in(uint64_t w) {
  const uint64_t continuation = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
  return 8 - static_cast<uint32_t>((continuation * 0x0101010101010101ull) >> 56);
}
}  // namespace

CodepointIndex::CodepointIndex(std::string_view utf8_text) : text_(utf8_text) {
  checkpoints_.reserve(text_.size() / kStride + 1);
  uint32_t count = 0;
  const auto size = static_cast<uint32_t>(text_.size());
  uint32_t i = 0;
  // Whole blocks eight bytes at a time: a byte starts a code point unless it
  // is a continuation byte (10xxxxxx, bit 7 set and bit 6 clear).
  static_assert(kStride % 8 == 0);
  for (; i + kStride <= size; i += kStride) {
    checkpoints_.push_back(count);
    for (uint32_t k = i; k < i + kStride; k += 8) {
      uint64_t w;
      std::memcpy(&w, text_.data() + k, 8);
      count += starts_in(w);
    }
  }
  for (; i < size; ++i) {
    if (i % kStride == 0) checkpoints_.push_back(count);
    if (starts_codepoint(static_cast<unsigned char>(text_[i]))) ++count;
  }
  if (size % kStride == 0) checkpoints_.push_back(count);
}

uint32_t CodepointIndex::at(uint32_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = static_cast<uint32_t>(text_.size());
  uint32_t block = byte_offset / kStride;
  uint32_t count = checkpoints_[block];
  uint32_t i = block * kStride;
  for (; i + 8 <= byte_offset; i += 8) {
    uint64_t w;
    std::memcpy(&w, text_.data() + i, 8);
    count += starts_in(w);
  }
  for (; i < byte_offset; ++i)
    if (starts_codepoint(static_cast<unsigned char>(text_[i]))) ++count;
  return count;
}

}  // namespace whosaid
