// Eight bytes of text tested or changed at once in a 64-bit word (the
// readers, the normalizer, the language detection and the JSON writer walk
// plain runs this way). Each test gives the high bit of the bytes it finds;
// a result is exact for "any byte?" (nonzero or not), though a byte after a
// match may be flagged too (a borrow), so only any() is read.
#pragma once

#include <cstdint>

namespace whosaid::byte_words {

inline constexpr uint64_t kOnes = 0x0101010101010101ull;
inline constexpr uint64_t kHighs = 0x8080808080808080ull;

// The bytes of `word` that are 0.
constexpr uint64_t zero_bytes(uint64_t word) { return (word - kOnes) & ~word & kHighs; }

// The bytes of `word` that equal `b`.
constexpr uint64_t bytes_equal(uint64_t word, unsigned char b) { return zero_bytes(word ^ (kOnes * b)); }

// The bytes of `word` below `b` (b at most 0x80; bytes from 0x80 up never match).
constexpr uint64_t bytes_below(uint64_t word, unsigned char b) { return (word - kOnes * b) & ~word & kHighs; }

// Whether any byte ends a run of plain JSON string bytes: a quotation mark,
// a backslash or a control character.
constexpr bool any_json_special(uint64_t word) {
  return (bytes_below(word, 0x20) | bytes_equal(word, '"') | bytes_equal(word, '\\')) != 0;
}

// `word` with its bytes A..Z lowered (0x20 added, no carry into the next
// byte); every other byte, from 0x80 up too, unchanged.
constexpr uint64_t lower_ascii_letters(uint64_t word) {
  const uint64_t low7 = word & ~kHighs;
  const uint64_t upper = (low7 + kOnes * (0x80 - 'A')) & ~(low7 + kOnes * (0x7F - 'Z')) & ~word & kHighs;
  return word | (upper >> 2);
}

}  // namespace whosaid::byte_words
