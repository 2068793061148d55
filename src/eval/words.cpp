#include "eval/words.h"

#include <cstddef>

#include "core/utf8.h"

namespace whosaid::eval {
namespace {

bool is_apostrophe(char32_t c) { return c == U'\'' || c == 0x2019 || c == 0x02BC; }
bool is_hyphen(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2011; }

bool is_elided_form(std::u32string_view lower) {
  static constexpr std::u32string_view kElided[] = {
      U"l", U"d", U"j", U"m", U"n", U"s", U"t", U"c", U"qu",
      U"jusqu", U"lorsqu", U"puisqu", U"quoiqu", U"presqu", U"quelqu"};
  for (std::u32string_view e : kElided)
    if (lower == e) return true;
  return false;
}

}  // namespace

std::u32string decode_utf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out += utf8::decode(s, i);
  return out;
}

std::string encode_utf8(std::u32string_view code_points) {
  std::string out;
  for (char32_t c : code_points) utf8::append(c, out);
  return out;
}

uint32_t codepoint_length(std::string_view utf8) {
  return static_cast<uint32_t>(decode_utf8(utf8).size());
}

std::string codepoint_substr(std::string_view utf8, uint32_t start, uint32_t end) {
  std::u32string cps = decode_utf8(utf8);
  std::string out;
  for (size_t i = start; i < end && i < cps.size(); ++i) utf8::append(cps[i], out);
  return out;
}

bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;               // ª µ º
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;          // Latin-1, Extended-A/B but × ÷
  if (c >= 0x250 && c <= 0x2AF) return true;                           // IPA
  if (c >= 0x300 && c <= 0x36F) return true;                           // combining marks
  if (c >= 0x370 && c <= 0x3FF) return c != 0x37E && c != 0x387;      // Greek but its ; and ·
  if (c >= 0x400 && c <= 0x52F) return c < 0x482 || c > 0x489;         // Cyrillic but its signs
  if (c >= 0x5D0 && c <= 0x5EA) return true;                           // Hebrew letters
  if (c >= 0x620 && c <= 0x64A) return true;                           // Arabic letters
  if (c >= 0x660 && c <= 0x669) return true;                           // Arabic digits
  if (c >= 0x1E00 && c <= 0x1EFF) return true;                         // Latin Extended Additional
  if (c >= 0x3040 && c <= 0x30FF) return true;                         // kana
  if (c >= 0x4E00 && c <= 0x9FFF) return true;                         // CJK ideographs
  if (c >= 0xAC00 && c <= 0xD7A3) return true;                         // Hangul
  return false;
}

std::vector<Word> word_tokens(std::string_view utf8, uint32_t offset) {
  std::u32string cps = decode_utf8(utf8);
  std::vector<Word> words;
  size_t i = 0;
  const size_t n = cps.size();
  while (i < n) {
    if (!is_word_char(cps[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    std::u32string lower;
    while (i < n) {
      char32_t c = cps[i];
      if (is_word_char(c)) {
        lower += utf8::to_lower(c);
        ++i;
        continue;
      }
      bool inner = i + 1 < n && is_word_char(cps[i + 1]);
      if (inner && is_hyphen(c)) {
        lower += c;
        ++i;
        continue;
      }
      if (inner && is_apostrophe(c)) {
        lower += U'\'';
        ++i;
        // "qu'il": the elided form is a word of its own, the next starts here.
        if (is_elided_form(std::u32string_view(lower).substr(0, lower.size() - 1))) break;
        continue;
      }
      break;
    }
    Word w;
    w.start = offset + static_cast<uint32_t>(start);
    w.end = offset + static_cast<uint32_t>(i);
    for (char32_t c : lower) utf8::append(c, w.lower);
    words.push_back(std::move(w));
  }
  return words;
}

bool is_determiner(std::string_view w) {
  static constexpr std::string_view kDeterminers[] = {
      // French articles, contracted articles and "de", which joins a noun to its
      // complement ("le ministre de l'Intérieur").
      "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux",
      // French possessives and demonstratives.
      "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "ton", "ta", "tes",
      "notre", "nos", "votre", "vos", "ce", "cet", "cette", "ces",
      // English.
      "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those",
      "my", "our", "your", "some", "of"};
  for (std::string_view d : kDeterminers)
    if (w == d) return true;
  return false;
}

bool is_complementizer(std::string_view w) { return w == "que" || w == "qu'" || w == "that"; }

double position_jaccard(const std::vector<Word>& a, const std::vector<Word>& b) {
  size_t i = 0, j = 0, shared = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].start == b[j].start && a[i].end == b[j].end) {
      ++shared; ++i; ++j;
    } else if (a[i].start < b[j].start || (a[i].start == b[j].start && a[i].end < b[j].end)) {
      ++i;
    } else {
      ++j;
    }
  }
  size_t united = a.size() + b.size() - shared;
  return united == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(united);
}

}  // namespace whosaid::eval
