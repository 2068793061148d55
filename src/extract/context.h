// Context: one document seen through one lexicon, with the token-level
// questions every pattern asks ("is token i the word 'que'?", "where does the
// noun phrase before token i start?"). Built once per document: it looks up
// each token's normalized form in the lexicon exactly once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "lang/lexicon.h"

namespace whosaid::morph {
class SentenceTags;
}

namespace whosaid::extract {

// A token range [first, end) within one sentence.
struct TokenRange {
  uint32_t first = 0;
  uint32_t end = 0;
  bool empty() const { return end <= first; }
};

class Context {
 public:
  // `tags`: the morph stage's tags, a sentence tagged when tagged() first
  // asks for one of its tokens (the pipeline's way); without it the
  // document's tokens are read as they are (tagged before, or not at all).
  Context(Document& doc, const lang::Lexicon& lexicon, morph::SentenceTags* tags = nullptr);

  const Document& doc() const { return doc_; }
  const lang::Lexicon& lexicon() const { return lexicon_; }
  uint32_t size() const { return static_cast<uint32_t>(doc_.tokens.size()); }
  // Token i as the text stage made it. In the pipeline its upos, feats and
  // lemma are unset until its sentence is tagged: read those through tagged().
  const Token& token(uint32_t i) const { return doc_.tokens[i]; }
  // Token i with the morph stage's reading (upos, feats, lemma): what a
  // pattern reads those through, so that only the sentences it reads are tagged.
  const Token& tagged(uint32_t i) const;
  // Whether the morph stage's lexicon reads token i's word in one of the
  // parts of speech of `upos_mask` (bit u for Upos u), without tagging its
  // sentence; false with no morph stage.
  bool may_be(uint32_t i, uint32_t upos_mask) const;
  // The chunk that holds token i, its sentence tagged and chunked on demand
  // (morph::SentenceTags::need_chunks). With no morph stage (a language with
  // no tagger model) it is a chunk of kind `other` that groups nothing.
  const Chunk& chunk_of(uint32_t i) const;
  // Past the last token there is no word and no entry, as has() and is()
  // answer no there: a look-ahead at the end of the document reads nothing.
  std::string_view word(uint32_t i) const { return i < size() ? doc_.normalized(doc_.tokens[i]) : std::string_view(); }
  const lang::LexEntry* entry(uint32_t i) const { return i < size() ? entries_[i] : nullptr; }
  bool has(uint32_t i, uint32_t lex_flags) const { return i < size() && (doc_.tokens[i].lexical & lex_flags) != 0; }
  bool is(uint32_t i, std::string_view w) const { return i < size() && word(i) == w; }
  // Whether token i's word has one of `lex_roles` (lang::LexRole bits): the
  // patterns ask for a reflexive clitic or an agent preposition, the
  // language data says which words are one.
  bool role(uint32_t i, uint32_t lex_roles) const {
    const lang::LexEntry* e = entry(i);
    return e != nullptr && (e->roles & lex_roles) != 0;
  }
  bool is_comma(uint32_t i) const { return is(i, ","); }
  bool is_que(uint32_t i) const { return has(i, lang::kComplementizer); }
  bool is_punct(uint32_t i) const { return i < size() && doc_.tokens[i].kind == TokenKind::punct; }
  bool is_quote_mark(uint32_t i) const {
    return i < size() && (doc_.tokens[i].kind == TokenKind::quote_open || doc_.tokens[i].kind == TokenKind::quote_close);
  }
  bool capitalized(uint32_t i) const { return i < size() && token(i).has(kCapitalized); }
  // A dash of any width: hyphen-minus, en and em dash, horizontal bar.
  bool is_dash(uint32_t i) const {
    return is_punct(i) && (is(i, "-") || is(i, "\u2013") || is(i, "\u2014") || is(i, "\u2015"));
  }
  // Clause-joining conjunctions: et, ou, mais, puis, car, or, donc.
  bool is_conjunction(uint32_t i) const;

  // Words that may stand between an auxiliary and its participle, or between a
  // verb and what it introduces: negation, "tous", adverbs in -ment, and the
  // short adverbs the language data lists.
  bool is_adverb(uint32_t i) const;
  // What is_adverb(i) answers from the lexicon alone: yes, no, or `ask` when
  // the morph stage's part of speech decides (its sentence tagged). A pattern
  // whose outcome is the same for either answer need not ask.
  enum class Verdict : uint8_t { no, yes, ask };
  Verdict adverb_by_lexicon(uint32_t i) const;

  // Whether token i can open a noun phrase naming a source: a determiner, a
  // title, a number word, an ordinal, a subject pronoun, or a capitalized word
  // that is not sentence-initial function word.
  bool starts_noun_phrase(uint32_t i) const;

  // The cue_lemma of every according-to attribution (lang::Lexicon::according_to_lemma()).
  std::string_view according_to_lemma() const { return according_to_lemma_; }

  // Span of the original text covering tokens [first, end).
  Span span(TokenRange r) const {
    if (r.empty()) return {};
    return {doc_.tokens[r.first].original.begin, doc_.tokens[r.end - 1].original.end};
  }
  const Sentence& sentence_of(uint32_t token) const { return doc_.sentences[sentence_index_[token]]; }
  uint32_t sentence_index(uint32_t token) const { return sentence_index_[token]; }

 private:
  Document& doc_;
  const lang::Lexicon& lexicon_;
  morph::SentenceTags* tags_;
  std::vector<const lang::LexEntry*> entries_;  // one per token; nullptr when unknown
  std::vector<uint32_t> sentence_index_;        // one per token
  std::string according_to_lemma_;
};

}  // namespace whosaid::extract
