// The morph stage of the pipeline: tags every token of a document (UPOS,
// features, lemma) and groups the tokens into chunks. It loads, once per
// language, the full-form table (morph/lexicon.h), the trained tagger
// (morph/tagger.h) and the closed-class roles (morph/roles.h).
//
//   morph::MorphStage stage;
//   if (Status s = morph::MorphStage::load(data / "lang" / "fr", lexicon.elisions(), stage); !s.ok()) ...
//   if (stage.available()) stage.run(doc);   // tokens' upos/feats/lemma/chunk, doc.chunks
//
// A language folder without a tagger model (tagger.bin) has no morph stage:
// available() is false and run() leaves the document as it is.
//
// The pipeline does not run() the stage: extraction reads the part of speech
// of few sentences and no chunk, so a SentenceTags (below) tags a sentence
// when extraction first asks for one of its tokens (extract::Context::tagged).
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "morph/lexicon.h"
#include "morph/roles.h"
#include "morph/tagger.h"

namespace whosaid::morph {

// One sentence's buffers for the tagger, grown to the longest sentence seen.
struct SentenceScratch {
  std::vector<WordInfo> info;
  std::vector<TypeScores*> scores;
  std::vector<uint32_t> type_of;
  std::vector<uint64_t> hashes;
  std::vector<std::string_view> forms, lowers;
  std::vector<TaggedWord> tags;
  std::vector<const Roles::WordEntry*> form_entries;
  StackedTagger::Scratch stacked;
  void fit(size_t tokens);
};

class MorphStage {
  friend class SentenceTags;

 public:
  static Status load(const std::filesystem::path& language_dir, const std::vector<std::string>& elisions,
                     MorphStage& out);

  bool available() const { return available_; }

  // Tags then chunks every sentence. Const and thread-safe; its buffers live
  // in the call and grow once per document, not per token.
  void run(Document& doc) const;
  // Tagging alone (the chunks are left as they are): what the tagging benchmark times.
  void tag(Document& doc) const;
  // Empties this thread's cache of word types (kept across documents), so
  // that the next document is tagged as if its words were new: what the
  // benchmark does to time the first sight of a text.
  static void forget_word_types();

  const FormLexicon& forms() const { return forms_; }
  const Tagger& tagger() const { return tagger_; }

 private:
  // Tags every sentence; when `entries` is not empty (one per token), also
  // sets the role entries of each tagged token from its word type.
  void tag_words(Document& doc, std::span<Roles::TokenEntries> entries) const;
  // Tags one sentence: its tags depend on its own tokens only, so a sentence
  // tagged alone gets the tags it gets in tag_words.
  void tag_sentence(Document& doc, const Sentence& s, SentenceScratch& scratch,
                    std::span<Roles::TokenEntries> entries) const;
  // The first half of tag_sentence: the sentence's word types into the
  // scratch. False when the sentence has a handle mark (tag it whole).
  bool describe_sentence(const Document& doc, const Sentence& s, SentenceScratch& scratch) const;
  // The second: tags words [from, to) of the sentence described last
  // (indices in the sentence), prev1 and prev2 the tags before `from`.
  void tag_part(Document& doc, const Sentence& s, SentenceScratch& scratch, size_t from, size_t to, Upos& prev1,
                Upos& prev2) const;
  // How many sentences this thread has described (and its word type cache
  // emptied): a described sentence's scratch stays valid while this holds.
  static uint64_t described_sentences();
  void mark_handles(Document& doc, const Sentence& s, std::span<const WordInfo> info,
                    std::span<const Roles::WordEntry* const> form_entries) const;

  bool available_ = false;
  uint64_t id_ = 0;  // which loaded stage this is (the word type cache is tied to it)
  FormLexicon forms_;
  Tagger tagger_;
  Roles roles_;
};

// The sentences of one document tagged as they are asked for, each once, as
// run() tags them (upos, feats, lemma; no chunk). Lives as long as the
// document's analysis; not shared by threads.
//
//   morph::SentenceTags tags(stage, doc);
//   tags.need(doc_sentence_index);   // then doc.tokens of that sentence have their tags
class SentenceTags {
 public:
  SentenceTags(const MorphStage& stage, Document& doc);

  // Tags sentence `s` (an index into doc.sentences) unless it is tagged
  // already; an index past the sentences is ignored.
  void need(uint32_t s) {
    if (s < done_.size() && !done_[s]) tag(s);
  }
  // Tags sentence `s` up to its token `token` (a document index) at least:
  // the tagger is greedy, left to right, so a sentence's first words get the
  // same tags whether or not the words after them are tagged. The rest is
  // tagged when asked for, carrying on where this stopped. A token past the
  // sentence is ignored.
  void need_through(uint32_t s, uint32_t token) {
    if (s < done_.size() && !done_[s] && token >= upto_[s]) tag_through(s, token);
  }
  bool tagged(uint32_t s) const { return s < done_.size() && done_[s]; }
  // Whether the full-form lexicon has a reading of `form` (lower-case, as
  // normalized) in one of the parts of speech of `upos_mask` (bit u for Upos
  // u): a lookup, no tagging. False when the stage is not available.
  bool may_be(std::string_view form, uint32_t upos_mask) const;
  // How many sentences have been tagged.
  size_t count() const { return count_; }

  // Tags sentence `s` if need be, then chunks it unless it is chunked
  // already: its chunks are appended to doc.chunks and its tokens' chunk
  // indices set, the chunks run() gives it. A sentence's chunks are
  // contiguous, but doc.chunks follows the order of the asks, not the text's
  // (the first ask empties doc.chunks). For a stage that reads chunks
  // (none does yet): what it would ask instead of chunking every sentence.
  void need_chunks(uint32_t s);
  bool chunked(uint32_t s) const { return s < chunked_.size() && chunked_[s]; }

 private:
  void tag(uint32_t s);
  void tag_through(uint32_t s, uint32_t token);

  const MorphStage& stage_;
  Document& doc_;
  std::vector<bool> done_;     // empty when the stage is not available
  std::vector<bool> chunked_;  // as done_
  std::vector<uint32_t> upto_;  // per sentence, the token its tagging has reached
  // The sentence whose word types scratch_ holds (UINT32_MAX: none), the
  // described_sentences() it was described at, and the last two tags given.
  uint32_t current_ = UINT32_MAX;
  uint64_t epoch_ = 0;
  Upos prev1_ = Upos::unknown, prev2_ = Upos::unknown;
  size_t count_ = 0, chunked_count_ = 0;
  SentenceScratch scratch_;
  std::vector<Roles::TokenEntries> entries_;  // one per token, once a sentence is chunked
  std::vector<RoleSet> token_roles_;
};

}  // namespace whosaid::morph
