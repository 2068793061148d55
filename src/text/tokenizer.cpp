#include "text/tokenizer.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "text/char_class.h"
#include "text/utf8.h"

namespace whosaid::text {
namespace {

// Whether an ASCII byte is a word character (is_word_char): A-Z, a-z, 0-9;
// false for every byte of 0x80 and above (decoded instead).
constexpr std::array<bool, 256> kAsciiWordChar = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x80; ++c) table[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  return table;
}();

// An ASCII byte's letter case: 0 no letter, 1 lower case, 2 upper case.
constexpr std::array<uint8_t, 128> kAsciiLetterCase = [] {
  std::array<uint8_t, 128> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = 1;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = 2;
  return table;
}();

class Tokenizer {
 public:
  Tokenizer(Document& doc, const TokenizerOptions& options)
      : doc_(doc), view_(doc.view.text), options_(options) {}

  void run() {
    doc_.tokens.clear();
    doc_.tokens.reserve(view_.size() / 5 + 1);
    uint32_t newlines = 2;  // the text starts a paragraph
    bool space = false;
    char32_t previous = 0;  // the space before, for CR LF
    uint32_t i = 0;
    while (i < view_.size()) {
      uint32_t next = i;
      const char32_t c = decode_next(view_, next);
      if (is_space(c)) {
        newlines += line_breaks_after(previous, c);
        previous = c;
        space = true;
        i = next;
        continue;
      }
      previous = 0;
      uint16_t shape = space ? kSpaceBefore : 0;
      if (newlines >= 1) shape |= kLineStart;
      if (newlines >= 2) shape |= kParagraphStart;
      newlines = 0;
      space = false;
      i = scan_token(i, shape);
    }
  }

 private:
  char32_t at(uint32_t i) const {
    if (i >= view_.size()) return 0;
    return decode_next(view_, i);
  }
  // The code point that ends just before byte i (0 at the start).
  char32_t before(uint32_t i) const {
    if (i == 0) return 0;
    uint32_t k = i - 1;
    while (k > 0 && (static_cast<unsigned char>(view_[k]) & 0xC0) == 0x80) --k;
    return decode_next(view_, k);
  }
  bool listed(const std::vector<std::string>& list, std::string_view s) const {
    return std::find(list.begin(), list.end(), s) != list.end();
  }

  // Scans the token starting at view byte `begin`; returns where it ends.
  uint32_t scan_token(uint32_t begin, uint16_t shape) {
    uint32_t i = begin;
    const char32_t c = decode_next(view_, i);
    TokenKind kind = TokenKind::symbol;
    if (is_digit(c)) {
      kind = TokenKind::number;
      i = scan_number(i);
      // A number glued to letters ("2e", "13h30") reads as one word.
      if (is_letter(at(i))) { kind = TokenKind::word; i = scan_word(begin, i, shape); }
    } else if (is_letter(c)) {
      kind = TokenKind::word;
      i = scan_word(begin, i, shape);
    } else if (c == '\'' && at(i) == '\'' && at(i + 1) != '\'') {
      // Two apostrophes for a double quotation mark (''A,'' he said), as
      // some wire copy and typewriter-era archives write it.
      ++i;
      kind = opens_quote(begin, i) ? TokenKind::quote_open : TokenKind::quote_close;
    } else if (c == '\'' && !options_.enclitics.empty() && is_word_char(before(begin))) {
      // The enclitic a word was cut before ("John|'s"); else a lone apostrophe.
      const uint32_t end = enclitic_end(begin);
      kind = end != 0 ? TokenKind::word : TokenKind::punct;
      if (end != 0) i = end;
    } else if (c == '"') {
      kind = opens_quote(begin, i) ? TokenKind::quote_open : TokenKind::quote_close;
    } else if (c == '.') {
      kind = TokenKind::punct;
      while (at(i) == '.') ++i;  // "..." is one token
    } else if (c < 0x80 && std::string_view(".,;:!?()[]{}-/'").find(static_cast<char>(c)) != std::string_view::npos) {
      kind = TokenKind::punct;
    }
    push(begin, i, kind, shape);
    return i;
  }

  uint32_t scan_number(uint32_t i) const {
    while (i < view_.size()) {
      const char32_t c = at(i);
      if (is_digit(c)) { ++i; continue; }
      // Inner separators: "4,7", "111.6", "17:36".
      if ((c == ',' || c == '.' || c == ':') && is_digit(at(i + 1))) { i += 2; continue; }
      break;
    }
    return i;
  }

  uint32_t scan_word(uint32_t begin, uint32_t i, uint16_t& shape) {
    while (i < view_.size()) {
      // ASCII letters and digits, most of a word, by a table: is_word_char
      // without decoding.
      while (i < view_.size() && kAsciiWordChar[static_cast<unsigned char>(view_[i])]) ++i;
      if (i >= view_.size()) break;
      uint32_t next = i;
      const char32_t c = decode_next(view_, next);
      if (is_word_char(c)) { i = next; continue; }
      if (c == '\'') {
        std::string_view with_apostrophe(view_.data() + begin, next - begin);
        if (listed(options_.elisions, with_apostrophe)) {
          shape |= kElided;
          return next;  // "l'" ends here, the noun is the next token
        }
        if (is_letter(at(next))) {
          if (const uint32_t cut = enclitic_start(begin, i); cut != 0) return cut;  // "did|n't", "John|'s"
          i = next;
          continue;
        }  // aujourd'hui, quelqu'un
        return i;
      }
      if (c == '-' && is_letter(at(next))) { i = next; continue; }  // États-Unis, a-t-il
      if (c == '.' || c == 0xB0 /* ° */) {
        std::string_view with_mark(view_.data() + begin, next - begin);
        // An abbreviation of several periods ("u.s.", "a.m."): letters and
        // periods in turn, the longest listed.
        uint32_t j = next, longest = 0;
        while (j + 1 < view_.size() && static_cast<unsigned char>(view_[j]) < 0x80 && is_letter(at(j)) && view_[j + 1] == '.') {
          j += 2;
          if (listed(options_.abbreviations, std::string_view(view_.data() + begin, j - begin))) longest = j;
        }
        if (longest != 0) return longest;
        if (listed(options_.abbreviations, with_mark)) return next;
        // An initial: one capital letter and a period before a capital ("J. Biden").
        if (next - begin == 2 && c == '.' && is_upper(original_first(begin)) && at(next) == ' ' &&
            is_upper(original_first_after_space(next)))
          return next;
      }
      return i;
    }
    return i;
  }

  // The end of the letters from `from` on, when view_[from, end) is a listed
  // enclitic ending a word; 0 otherwise.
  uint32_t enclitic_end(uint32_t from) const {
    uint32_t end = from + 1;  // past the apostrophe, or the letter before it
    while (end < view_.size()) {
      uint32_t next = end;
      const char32_t c = decode_next(view_, next);
      if (c != '\'' && !is_letter(c)) break;
      end = next;
    }
    if (end < view_.size() && is_word_char(at(end))) return 0;
    return listed(options_.enclitics, std::string_view(view_.data() + from, end - from)) ? end : 0;
  }

  // Where a word that began at `begin` is cut before an enclitic, the word's
  // apostrophe at `apostrophe`: at the apostrophe ("'s") or one letter before
  // it ("n't"); 0 when the rest of the word is no enclitic or the cut would
  // leave nothing before it.
  uint32_t enclitic_start(uint32_t begin, uint32_t apostrophe) const {
    if (options_.enclitics.empty()) return 0;
    if (apostrophe > begin && enclitic_end(apostrophe) != 0) return apostrophe;
    if (apostrophe > begin + 1 && static_cast<unsigned char>(view_[apostrophe - 1]) < 0x80 &&
        enclitic_end(apostrophe - 1) != 0)
      return apostrophe - 1;
    return 0;
  }

  char32_t original_first(uint32_t view_offset) const {
    uint32_t o = doc_.view.to_original[view_offset];
    return decode_next(doc_.text, o);
  }
  char32_t original_first_after_space(uint32_t view_offset) const {
    while (view_offset < view_.size() && view_[view_offset] == ' ') ++view_offset;
    if (view_offset >= view_.size()) return 0;
    return original_first(view_offset);
  }

  // Whether the quotation mark at view bytes [begin, end) opens a quotation.
  bool opens_quote(uint32_t begin, uint32_t end) const {
    switch (original_first(begin)) {
      case 0x00AB: case 0x2039: case 0x201E: return true;   // « ‹ „
      case 0x00BB: case 0x203A: return false;               // » ›
      default: break;  // ", “ and ” (which some copy uses both ways: ”Mr. X said”): judge by context
    }
    const char32_t prev = before(begin);
    const char32_t next = at(end);
    // After an apostrophe a mark opens (an elision, "l'"opération"", or an
    // opening single quote), unless a space follows it: then the apostrophe
    // closed a single-quoted text inside ("People say, 'Not now,'" she wrote).
    const bool space_after = next == 0 || is_space(next);
    const bool space_before = prev == 0 || is_space(prev) || prev == '(' || prev == '[' ||
                              (prev == '\'' && !space_after) || prev == '-' || prev == '/' || prev == '"';
    if (space_before && !space_after) return true;
    if (!space_before && (space_after || !is_word_char(next))) return false;
    return space_before;
  }

  void push(uint32_t begin, uint32_t end, TokenKind kind, uint16_t shape) {
    Token t;
    t.normalized = {begin, end};
    t.original = doc_.view.original(begin, end);
    t.kind = kind;
    if (kind == TokenKind::word) shape |= case_shape(t.original);
    t.shape = shape;
    doc_.tokens.push_back(t);
  }

  uint16_t case_shape(Span original) const {
    uint32_t letters = 0, upper = 0;
    bool first_upper = false;
    uint32_t i = original.begin;
    while (i < original.end) {
      bool up;
      if (const auto b = static_cast<unsigned char>(doc_.text[i]); b < 0x80) {
        // ASCII by a table (is_letter, is_upper), without decoding.
        ++i;
        if (kAsciiLetterCase[b] == 0) continue;
        up = kAsciiLetterCase[b] == 2;
      } else {
        const char32_t c = decode_next(doc_.text, i);
        if (!is_letter(c)) continue;
        up = is_upper(c);
      }
      if (letters == 0) first_upper = up;
      ++letters;
      if (up) ++upper;
    }
    uint16_t shape = 0;
    if (first_upper) shape |= kCapitalized;
    if (letters >= 2 && upper == letters) shape |= kAllCaps;
    return shape;
  }

  Document& doc_;
  std::string_view view_;
  const TokenizerOptions& options_;
};

}  // namespace

void tokenize(Document& doc, const TokenizerOptions& options) { Tokenizer(doc, options).run(); }

}  // namespace whosaid::text
