// CodepointIndex: converts byte offsets of a UTF-8 text into Unicode code point
// offsets (Python's text[start:end]), which is what every output reports.
// Built once per document; keeps one checkpoint every 64 bytes, so memory is
// a fraction of the text and a lookup scans at most 63 bytes.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid {

class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view utf8_text);
  // Code points before `byte_offset` (which must lie on a character boundary
  // or at the end of the text).
  uint32_t at(uint32_t byte_offset) const;

 private:
  static constexpr uint32_t kStride = 64;
  std::string_view text_;
  std::vector<uint32_t> checkpoints_;  // code points before byte i * kStride
};

}  // namespace whosaid
