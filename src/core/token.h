// Token and Sentence: the text layer's units. A token knows its span in the
// original text and in the normalized view, its shape, and (after the language
// stage) the lexicon flags of its normalized form, found by one hash lookup.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/morph.h"
#include "core/span.h"

namespace whosaid {

enum class TokenKind : uint8_t {
  word,         // letters, digits and inner apostrophes/hyphens: "aujourd'hui", "États-Unis"
  number,       // digits with inner , . : "2023", "4,7", "111.6"
  punct,        // . , ; : ! ? ( ) [ ] - and the like, one token each ("..." is one)
  quote_open,   // an opening quotation mark (« “ „ or a " judged to open)
  quote_close,  // a closing quotation mark (» ” or a " judged to close)
  symbol,       // anything else: %, €, &, emoji
};

// Shape flags set by the tokenizer.
enum TokenShape : uint16_t {
  kCapitalized = 1u << 0,    // first letter upper-case: "Poutine", "L'Ukraine"
  kAllCaps = 1u << 1,        // every letter upper-case, at least two: "CIA", "CONTACTS"
  kElided = 1u << 2,         // an elided article or pronoun ending in an apostrophe: l' d' qu' s' n'
  kParagraphStart = 1u << 3, // first token after a blank line (or of the text)
  kLineStart = 1u << 4,      // first token of a line
  kSpaceBefore = 1u << 5,    // white space precedes the token
};

struct Token {
  Span original;         // in Document::text
  Span normalized;       // in Document::view.text
  TokenKind kind = TokenKind::word;
  uint16_t shape = 0;    // TokenShape bits
  uint32_t lexical = 0;  // lexicon flags (lang/lexicon.h), 0 until the language stage
  uint32_t lex_id = UINT32_MAX;  // index of the lexicon entry for this form, if any
  int32_t quote = -1;    // index into Document::quotes of the innermost quotation holding it
  // Morph stage (core/morph.h); unknown / 0 / empty / -1 before it runs.
  Upos upos = Upos::unknown;
  uint32_t feats = 0;    // packed features, read with feature(feats, Feat::...)
  std::string_view lemma;  // into the lexicon's storage, or the token's normalized form when unknown
  int32_t chunk = -1;    // index into Document::chunks

  bool has(uint16_t shape_bit) const { return (shape & shape_bit) != 0; }
};

struct Sentence {
  Span original;          // from the first token's begin to the last token's end
  uint32_t first_token = 0;
  uint32_t end_token = 0; // one past the last token
  uint32_t paragraph = 0; // index of the paragraph that holds it
  bool heading = false;   // a line with no final punctuation set on its own (a title, "CONTACTS")
};

struct Paragraph {
  Span original;          // text between blank lines (or line breaks in one-line-per-paragraph copy)
  uint32_t first_sentence = 0;
  uint32_t end_sentence = 0;
};

// A quotation: the marks and what they enclose. `closed` is false when the text
// never closes it; the quotation then ends where the quote detector decided
// (the end of the paragraph, or before the next opening mark).
struct Quotation {
  Span open_mark;         // the opening mark in the original text
  Span close_mark;        // empty when not closed
  Span inner;             // the quoted words, between the marks
  uint32_t first_token = 0;  // first token inside
  uint32_t end_token = 0;    // one past the last token inside
  int32_t parent = -1;    // the quotation that holds this one, if nested
  bool closed = true;
  bool continues_next_paragraph = false;  // French style: a paragraph that reopens the same quote
};

}  // namespace whosaid
