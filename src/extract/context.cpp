#include "extract/context.h"

#include <algorithm>

#include "morph/morph_stage.h"

namespace whosaid::extract {

Context::Context(Document& doc, const lang::Lexicon& lexicon, morph::SentenceTags* tags)
    : doc_(doc), lexicon_(lexicon), tags_(tags), according_to_lemma_(lexicon.according_to_lemma()) {
  entries_.resize(doc.tokens.size(), nullptr);
  // The words' slots are fetched kAhead tokens before they are probed: the
  // table is larger than the caches, a probe is mostly a miss.
  constexpr size_t kAhead = 8;
  uint64_t hashes[kAhead] = {};
  const size_t n = doc.tokens.size();
  auto fetch = [&](size_t i) {
    if (i < n && doc.tokens[i].kind == TokenKind::word)
      hashes[i % kAhead] = lexicon.hash_and_prefetch(doc.normalized(doc.tokens[i]));
  };
  for (size_t i = 0; i < std::min(n, kAhead); ++i) fetch(i);
  for (size_t i = 0; i < n; ++i) {
    Token& t = doc.tokens[i];
    const uint64_t h = hashes[i % kAhead];
    fetch(i + kAhead);
    if (t.kind != TokenKind::word) continue;
    entries_[i] = lexicon.find(doc.normalized(t), h);
    t.lexical = entries_[i] ? entries_[i]->flags : 0;
  }
  sentence_index_.resize(doc.tokens.size(), 0);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s)
    for (uint32_t i = doc.sentences[s].first_token; i < doc.sentences[s].end_token; ++i) sentence_index_[i] = s;
}

const Token& Context::tagged(uint32_t i) const {
  if (tags_ != nullptr) tags_->need_through(sentence_index_[i], i);
  return doc_.tokens[i];
}

bool Context::may_be(uint32_t i, uint32_t upos_mask) const {
  return tags_ != nullptr && tags_->may_be(word(i), upos_mask);
}

const Chunk& Context::chunk_of(uint32_t i) const {
  static const Chunk kNoChunk;
  if (tags_ != nullptr) tags_->need_chunks(sentence_index_[i]);
  const uint32_t c = doc_.tokens[i].chunk;
  if (c >= doc_.chunks.size()) return kNoChunk;
  const Chunk& chunk = doc_.chunks[c];
  return chunk.first_token <= i && i < chunk.end_token ? chunk : kNoChunk;
}

bool Context::is_conjunction(uint32_t i) const {
  return has(i, lang::kConjunction);
}

Context::Verdict Context::adverb_by_lexicon(uint32_t i) const {
  if (i >= size() || token(i).kind != TokenKind::word) return Verdict::no;
  if (has(i, lang::kNegation | lang::kAdverb)) return Verdict::yes;
  // An elided "d'" that opens an adverb: "a d'ailleurs précisé", "a d'abord dit".
  if (role(i, lang::kGenitive) && !role(i, lang::kContracted) && has(i + 1, lang::kAdverb)) return Verdict::yes;
  // A preposition that opens an adverbial with an adverb: "a par ailleurs
  // annoncé", "a en effet appelé".
  if (has(i, lang::kPreposition) && has(i + 1, lang::kAdverb) && !has(i + 1, lang::kDeterminer)) return Verdict::yes;
  // An adverb the tables do not list ("fermement", "longuement"): the morph
  // stage's part of speech, unless the lexicon knows the word in another
  // class or role (a cue or a source noun, the "que" of "ne ... que", the
  // "lors" of "lors de", the "auprès" of "auprès de") or the tagger reads it
  // as interrogative or relative ("pourquoi", "où"): those open what follows.
  constexpr uint32_t kOtherClass =
      lang::kCueVerbForm | lang::kSourceNoun | lang::kComplementizer | lang::kPreposition | lang::kConjunction;
  if (has(i, kOtherClass) || role(i, ~0u)) return Verdict::no;
  return Verdict::ask;
}

bool Context::is_adverb(uint32_t i) const {
  const Verdict v = adverb_by_lexicon(i);
  if (v != Verdict::ask) return v == Verdict::yes;
  // The lexicon first: the part of speech is read (its sentence tagged) only when it decides.
  const Token& t = tagged(i);
  const uint8_t pron_type = feature(t.feats, Feat::pron_type);
  return t.upos == Upos::ADV && pron_type != feat::int_ && pron_type != feat::rel;
}

bool Context::starts_noun_phrase(uint32_t i) const {
  if (i >= size()) return false;
  const Token& t = token(i);
  if (t.kind == TokenKind::number) return true;
  if (t.kind != TokenKind::word) return false;
  if (has(i, lang::kDeterminer | lang::kTitle | lang::kNumberWord | lang::kOrdinal | lang::kSubjectPronoun |
                 lang::kSourceNoun | lang::kOrganizationNoun | lang::kNationalityNoun | lang::kInstitution))
    return true;
  // A capitalized word is a name unless it is a function word that only
  // carries a capital because it opens the sentence ("Mais", "En").
  return t.has(kCapitalized) && !has(i, lang::kStopword | lang::kConjunction | lang::kPreposition);
}

}  // namespace whosaid::extract
