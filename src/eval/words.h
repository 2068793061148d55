// Word tokens for scoring: how `whosaid eval` cuts a span's text into words
// when it compares a predicted attribution with a gold one.
//
// Scoring works on JSON alone, so words are found in the span's own text and
// placed by code point offsets into the document (the span's start plus the
// word's offset inside the span). Two spans share a word when they hold a
// word at the same document position.
//
// A word token is a run of letters, digits and combining marks (Latin,
// Greek, Cyrillic, Hebrew, Arabic and CJK letters; see is_word_char). Inside
// a run:
//   - a hyphen between two word characters is kept: "cessez-le-feu",
//     "États-Unis" and "a-t-il" are one word each;
//   - an apostrophe (' ’ ʼ) between two word characters ends the word after
//     it when what precedes is a French elided form (l' d' j' m' n' s' t' c'
//     qu' and jusqu' lorsqu' puisqu' quoiqu' presqu' quelqu'): "qu'il" is
//     "qu'" + "il", "l'Ukraine" is "l'" + "Ukraine"; otherwise the apostrophe
//     stays inside: "aujourd'hui", "don't", "O'Brien".
// Everything else (spaces, punctuation, quotation marks, symbols, emoji)
// separates words and is never a word, which is why quotation marks never
// count in a Jaccard overlap.
//
//   word_tokens("qu'il a dit", 10) -> {10,13,"qu'"} {13,15,"il"} {16,17,"a"} {18,21,"dit"}
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::eval {

struct Word {
  uint32_t start = 0;  // code points into the document, [start, end)
  uint32_t end = 0;
  std::string lower;   // the word lower-cased, with ’ and ʼ written as '

  friend bool operator==(const Word&, const Word&) = default;
};

// Decodes UTF-8; each invalid byte becomes one U+FFFD, so lengths stay defined.
std::u32string decode_utf8(std::string_view utf8);
std::string encode_utf8(std::u32string_view code_points);
// Number of code points in `utf8` (Python's len()).
uint32_t codepoint_length(std::string_view utf8);
// The code points [start, end) of `utf8` as UTF-8; clamped to the text.
std::string codepoint_substr(std::string_view utf8, uint32_t start, uint32_t end);

// A letter, a digit or a combining mark (the approximation described above).
bool is_word_char(char32_t c);

// The words of `utf8`, placed at `offset` + their code point offset in it.
std::vector<Word> word_tokens(std::string_view utf8, uint32_t offset = 0);

// Scoring convention (FORMAT.md), not language data: the French and English
// articles, possessive and demonstrative determiners that do not by
// themselves identify a source ("la" in "la source" vs "la ministre").
bool is_determiner(std::string_view lower_word);

// "que", "qu'" and "that": the word that opens reported speech and is
// dropped before comparing contents.
bool is_complementizer(std::string_view lower_word);

// Jaccard index of two sets of word positions (words compared by [start,
// end)); 0 when both are empty. Inputs must be sorted by start, as
// word_tokens returns them.
double position_jaccard(const std::vector<Word>& a, const std::vector<Word>& b);

}  // namespace whosaid::eval
