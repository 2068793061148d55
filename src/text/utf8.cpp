#include "text/utf8.h"

#include <cstring>

#include "core/byte_words.h"

namespace whosaid::text {

Utf8Error validate_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const uint32_t n = static_cast<uint32_t>(bytes.size());
  auto fail = [](uint32_t at, const char* why) { return Utf8Error{true, at, why}; };
  uint32_t i = 0;
  while (i < n) {
    // Eight ASCII bytes, none of them NUL, at a time (most of a French text).
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      if ((word & byte_words::kHighs) == 0 && byte_words::zero_bytes(word) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = s[i];
    if (c == 0) return fail(i, "NUL byte (binary file?)");
    if (c < 0x80) { ++i; continue; }
    uint32_t len;
    char32_t min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
    else return fail(i, "invalid UTF-8 sequence");
    if (i + len > n) return fail(i, "truncated UTF-8 sequence");
    char32_t cp = c & (0xFF >> (len + 1));
    for (uint32_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return fail(i, "invalid UTF-8 sequence");
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return fail(i, "invalid UTF-8 sequence");
    i += len;
  }
  return {};
}

}  // namespace whosaid::text
