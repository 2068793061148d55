#include "core/codepoints.h"

namespace whosaid {
namespace {
// A byte that does not continue a multi-byte sequence starts a code point.
bool starts_codepoint(unsigned char c) { return (c & 0xC0) != 0x80; }
}  // namespace

CodepointIndex::CodepointIndex(std::string_view utf8_text) : text_(utf8_text) {
  checkpoints_.reserve(text_.size() / kStride + 1);
  uint32_t count = 0;
  for (uint32_t i = 0; i < text_.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(count);
    if (starts_codepoint(static_cast<unsigned char>(text_[i]))) ++count;
  }
  if (text_.size() % kStride == 0) checkpoints_.push_back(count);
}

uint32_t CodepointIndex::at(uint32_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = static_cast<uint32_t>(text_.size());
  uint32_t block = byte_offset / kStride;
  uint32_t count = checkpoints_[block];
  for (uint32_t i = block * kStride; i < byte_offset; ++i)
    if (starts_codepoint(static_cast<unsigned char>(text_[i]))) ++count;
  return count;
}

}  // namespace whosaid
