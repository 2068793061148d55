// UTF-8 decoding and validation for the text layer. Input is validated once,
// at the door (validate_utf8); after that the decoder may assume valid text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace whosaid::text {

struct Utf8Error {
  bool found = false;
  uint32_t offset = 0;     // byte offset of the first bad byte
  std::string reason;      // "invalid UTF-8 sequence", "NUL byte (binary file?)"
};

// Checks well-formed UTF-8 (no overlong forms, no surrogates, nothing above
// U+10FFFF) and no NUL byte. Returns the first problem, if any.
Utf8Error validate_utf8(std::string_view bytes);

// Decodes the code point starting at bytes[i] of VALID UTF-8 and advances i.
inline char32_t decode_next(std::string_view bytes, uint32_t& i) {
  auto b = [&](uint32_t k) { return static_cast<unsigned char>(bytes[k]); };
  unsigned char c = b(i);
  if (c < 0x80) { ++i; return c; }
  if (c < 0xE0) { char32_t cp = ((c & 0x1Fu) << 6) | (b(i + 1) & 0x3Fu); i += 2; return cp; }
  if (c < 0xF0) {
    char32_t cp = ((c & 0x0Fu) << 12) | ((b(i + 1) & 0x3Fu) << 6) | (b(i + 2) & 0x3Fu);
    i += 3;
    return cp;
  }
  char32_t cp = ((c & 0x07u) << 18) | ((b(i + 1) & 0x3Fu) << 12) | ((b(i + 2) & 0x3Fu) << 6) | (b(i + 3) & 0x3Fu);
  i += 4;
  return cp;
}

// Appends the UTF-8 encoding of cp to out.
void append_utf8(char32_t cp, std::string& out);

}  // namespace whosaid::text
