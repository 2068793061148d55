#include "text/normalizer.h"

#include <unicode/uchar.h>

#include <cstring>

#include "core/byte_words.h"
#include "text/utf8.h"

namespace whosaid::text {
namespace {

// What one code point becomes in the view. Returns nullptr to keep the
// (lower-cased) code point itself, "" to drop it.
const char* replacement(char32_t cp) {
  switch (cp) {
    // Apostrophes and single quotation marks: one ASCII apostrophe.
    case 0x2019: case 0x2018: case 0x02BC: case 0x201B: case 0x2032: case 0x0060: case 0x00B4:
      return "'";
    // Double quotation marks of every tradition: one ASCII quote. The original
    // character (still in the text) tells an opening « from a closing ».
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2033: case 0x2039: case 0x203A:
      return "\"";
    // Spaces: no-break, narrow no-break, figure, thin and the rest; tab.
    case 0x00A0: case 0x202F: case 0x2007: case 0x2009: case 0x200A: case 0x2002:
    case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2008: case 0x205F:
    case 0x3000: case '\t': case '\v': case '\f':
      return " ";
    case 0x2026: return "...";
    // Dashes and hyphens.
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return "-";
    // Invisible: soft hyphen, zero-width space/joiners, BOM.
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";
    default:
      return nullptr;
  }
}

// An ASCII byte the view takes as it is, lower-cased: not '`' (an
// apostrophe) nor tab, vertical tab or form feed (spaces).
bool plain_ascii(unsigned char c) { return c < 0x80 && c != '`' && c != '\t' && c != '\v' && c != '\f'; }

// Whether all eight bytes of `word` are plain_ascii.
bool all_plain_ascii(uint64_t word) {
  using namespace byte_words;
  return ((word & kHighs) | bytes_equal(word, '`') | bytes_equal(word, '\t') | bytes_equal(word, '\v') |
          bytes_equal(word, '\f')) == 0;
}

// Appends the plain ASCII bytes original[begin, end), lower-cased, and their
// offsets: one resize of each array per run, eight bytes at a time.
void append_ascii_run(std::string_view original, uint32_t begin, uint32_t end, TextView& view) {
  const size_t n = end - begin;
  const size_t at = view.text.size();
  view.text.resize(at + n);
  char* out = view.text.data() + at;
  const char* in = original.data() + begin;
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t word;
    std::memcpy(&word, in + k, 8);
    word = byte_words::lower_ascii_letters(word);
    std::memcpy(out + k, &word, 8);
  }
  for (; k < n; ++k) {
    const auto c = static_cast<unsigned char>(in[k]);
    out[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  const size_t offsets_at = view.to_original.size();
  view.to_original.resize(offsets_at + n);
  uint32_t* offsets = view.to_original.data() + offsets_at;
  // Four offsets a store (GCC and clang vector extensions; any target).
  using Four = uint32_t __attribute__((vector_size(16)));
  Four four = {begin, begin + 1, begin + 2, begin + 3};
  size_t j = 0;
  for (; j + 4 <= n; j += 4, four += 4) std::memcpy(offsets + j, &four, sizeof four);
  for (; j < n; ++j) offsets[j] = begin + static_cast<uint32_t>(j);
}

}  // namespace

TextView normalize(std::string_view original) {
  TextView view;
  view.text.reserve(original.size() + original.size() / 16);
  view.to_original.reserve(original.size() + original.size() / 16 + 1);
  uint32_t i = 0;
  const uint32_t n = static_cast<uint32_t>(original.size());
  while (i < n) {
    const uint32_t begin = i;
    if (plain_ascii(static_cast<unsigned char>(original[i]))) {
      // ASCII fast path: the run of plain bytes, found eight at a time.
      uint32_t end = i + 1;
      for (uint64_t word; end + 8 <= n; end += 8) {
        std::memcpy(&word, original.data() + end, 8);
        if (!all_plain_ascii(word)) break;
      }
      while (end < n && plain_ascii(static_cast<unsigned char>(original[end]))) ++end;
      append_ascii_run(original, begin, end, view);
      i = end;
      continue;
    }
    const char32_t cp = decode_next(original, i);
    const size_t before = view.text.size();
    if (const char* r = replacement(cp)) {
      view.text += r;
    } else {
      append_utf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), view.text);
    }
    // Every byte written for this code point maps back to its first byte.
    view.to_original.insert(view.to_original.end(), view.text.size() - before, begin);
  }
  view.to_original.push_back(n);
  return view;
}

}  // namespace whosaid::text
