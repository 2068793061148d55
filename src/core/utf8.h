// UTF-8 for every stage: decoding, encoding and simple lower-casing of code
// points. The text stage validates input once (text/utf8.h); after that,
// decode_valid() may assume valid UTF-8. decode() is the safe variant for
// text that was not validated (a gold file, a rebuilt document): a bad or
// truncated sequence gives U+FFFD and advances one byte.
//
//   std::string out;
//   for (size_t i = 0; i < s.size();) utf8::append(utf8::to_lower(utf8::decode(s, i)), out);
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace whosaid::utf8 {

constexpr char32_t kReplacement = 0xFFFD;

// The code point at bytes[i] of VALID UTF-8; advances i.
inline char32_t decode_valid(std::string_view bytes, uint32_t& i) {
  auto b = [&](uint32_t k) { return static_cast<unsigned char>(bytes[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) { ++i; return c; }
  if (c < 0xE0) { const char32_t cp = ((c & 0x1Fu) << 6) | (b(i + 1) & 0x3Fu); i += 2; return cp; }
  if (c < 0xF0) {
    const char32_t cp = ((c & 0x0Fu) << 12) | ((b(i + 1) & 0x3Fu) << 6) | (b(i + 2) & 0x3Fu);
    i += 3;
    return cp;
  }
  const char32_t cp = ((c & 0x07u) << 18) | ((b(i + 1) & 0x3Fu) << 12) | ((b(i + 2) & 0x3Fu) << 6) | (b(i + 3) & 0x3Fu);
  i += 4;
  return cp;
}

// The code point at bytes[i] of any bytes; advances i (U+FFFD for a bad sequence).
char32_t decode(std::string_view bytes, size_t& i);

// Whether `bytes` is well-formed UTF-8 (Unicode's table 3-7: no overlong
// form, no surrogate, nothing above U+10FFFF). NUL is allowed. Runs of ASCII
// are checked eight bytes at a time.
bool well_formed(std::string_view bytes);

// Appends the UTF-8 encoding of cp.
void append(char32_t cp, std::string& out);

// Simple (one code point to one) lower case, Unicode's own mapping (ICU).
char32_t to_lower(char32_t cp);

}  // namespace whosaid::utf8
