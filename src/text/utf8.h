// UTF-8 decoding and validation for the text layer. Input is validated once,
// at the door (validate_utf8); after that the decoder may assume valid text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/utf8.h"

namespace whosaid::text {

struct Utf8Error {
  bool found = false;
  uint32_t offset = 0;     // byte offset of the first bad byte
  std::string reason;      // "invalid UTF-8 sequence", "NUL byte (binary file?)"
};

// Checks well-formed UTF-8 (no overlong forms, no surrogates, nothing above
// U+10FFFF) and no NUL byte. Returns the first problem, if any.
Utf8Error validate_utf8(std::string_view bytes);

// Decoding and encoding are core's (core/utf8.h); these names keep the text
// stage's call sites short.
inline char32_t decode_next(std::string_view bytes, uint32_t& i) { return utf8::decode_valid(bytes, i); }
inline void append_utf8(char32_t cp, std::string& out) { utf8::append(cp, out); }

}  // namespace whosaid::text
