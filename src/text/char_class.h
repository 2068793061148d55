// Character classes the text layer asks about, on code points, via ICU.
#pragma once

#include <unicode/uchar.h>

namespace whosaid::text {

inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c)) || (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}
inline bool is_digit(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(static_cast<UChar32>(c)); }
inline bool is_word_char(char32_t c) { return is_letter(c) || is_digit(c); }
inline bool is_space(char32_t c) {
  return c == ' ' || c == '\n' || c == '\r' || (c >= 0x80 && u_isUWhiteSpace(static_cast<UChar32>(c)));
}
inline bool is_upper(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(static_cast<UChar32>(c)); }

}  // namespace whosaid::text
