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
// The line breaks code point c makes: LF, CR, NEL (U+0085) and LINE
// SEPARATOR (U+2028) one each; PARAGRAPH SEPARATOR (U+2029) two, since it ends
// a paragraph as a blank line does. A CR LF pair is one break: the caller
// counts the LF after a CR as none (line_breaks_after).
inline unsigned line_breaks(char32_t c) {
  if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028) return 1;
  return c == 0x2029 ? 2 : 0;
}
inline unsigned line_breaks_after(char32_t previous, char32_t c) { return previous == '\r' && c == '\n' ? 0 : line_breaks(c); }
inline bool is_upper(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(static_cast<UChar32>(c)); }

}  // namespace whosaid::text
