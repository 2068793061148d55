// Part-of-speech tagger: a greedy averaged perceptron over hashed features
// (morph/tagger_features.h), trained by tools/tagger/train_tagger.cpp on
// Universal Dependencies treebanks (docs/morph.md gives the recipe). It gives
// each word a UPOS, packed features and a lemma: the tag is the model's
// choice, the lemma and features come from what the training data said of
// that form and tag, else from the full-form lexicon's reading of that tag,
// else from the form itself.
//
//   morph::Tagger tagger;
//   if (Status s = morph::Tagger::load(dir / "tagger.bin", tagger); !s.ok()) ...
//   std::vector<morph::WordInfo> info(n);  ... describe_word(form, lower, lexicon, info[i]) ...
//   tagger.tag(info, forms, lowers, out);   // out[i].upos, .feats, .lemma
//
// Tagging allocates nothing and costs, per word, kFeatureCount rows of
// kTagSlots 16-bit weights (a cache line each) and a few hash probes.
//
// Model file (little-endian), written by TaggerModel::save:
//   "WSTAG001" ("WSTAG002": a model that reads a stacked tagger's tags), u32 table bits, u32 tag slots (kTagSlots), f32 scale,
//   u32 lemma entries, u32 string bytes;
//   i16 weights[2^bits][kTagSlots]; lemma entries sorted by (form, upos):
//   u32 form offset, u32 lemma offset, u32 feats, u16 form length,
//   u16 lemma length, u8 upos, u8 word tags[3] (multi-word tokens, else 0);
//   the strings.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/huge_pages.h"
#include "core/morph.h"
#include "core/status.h"
#include "morph/stacked_tagger.h"
#include "morph/tagger_features.h"

namespace whosaid::morph {

struct TaggedWord {
  Upos upos = Upos::unknown;
  uint32_t feats = 0;
  std::string_view lemma;  // into the model's or the lexicon's storage, or the form given to tag()
};

// What the training data said of a (lower-case form, tag): its usual lemma and features.
// A multi-word token of the training data ("du" = "de" + "le") also keeps the
// tags of its words, so that a treebank's words can be given back from the
// token the tagger saw.
struct LemmaEntry {
  std::string form;
  Upos upos = Upos::unknown;
  std::string lemma;
  uint32_t feats = 0;
  Upos words[3] = {};  // the tags of its words when it is a multi-word token; unknown past the last
};

// The model as the trainer writes it and the tagger reads it.
struct TaggerModel {
  uint32_t bits = 17;
  float scale = 1.0f;                // weight = stored value / scale
  bool stacked = false;              // trained with a stacked tagger's tags as features
  std::vector<int16_t> weights;      // (1 << bits) * kTagSlots
  std::vector<LemmaEntry> lemmas;    // sorted by (form, upos)

  Status save(const std::filesystem::path& path) const;
  static Status read(const std::filesystem::path& path, TaggerModel& out);
};

// The summed weights of a word's own features (tagger_features.h), computed
// once per word type: what a document's repeated words share.
struct alignas(64) OwnScores {
  int32_t s[32];
};

// How a tagged word's lemma is found: a view into the model's or the
// lexicon's storage, or a part of the word itself. Kept apart from the word
// so that a word type can keep its choices across documents
// (morph/morph_stage.cpp), where a view into one document's text would not last.
struct LemmaChoice {
  enum Source : uint8_t { stored, form, lower, lower_without_s };
  Source source = lower;
  uint32_t feats = 0;
  std::string_view stored_lemma;  // when source == stored
};

// What a word type keeps across its occurrences: its own scores and the
// lemma choices of the last two tags it was given (a type is mostly one tag).
struct alignas(64) TypeScores {
  OwnScores own;
  uint8_t memo_key[2] = {};  // Tagger's key of (tag, expected verb form); 0 empty
  LemmaChoice memo[2];
};

class Tagger {
 public:
  // Reads the model file; errors name the file and the fault.
  static Status load(const std::filesystem::path& path, Tagger& out);
  static Tagger from_model(TaggerModel model);

  // Tags one sentence. words, forms (as written) and lowers (lower case,
  // ASCII apostrophes) have one element per word; out too. The lexicon must
  // be the one `words` were described with.
  void tag(std::span<const WordInfo> words, std::span<const std::string_view> forms,
           std::span<const std::string_view> lowers, const FormLexicon& lexicon, std::span<TaggedWord> out) const;

  // A word given its tag: its lemma and features (what tag() adds to the model's choice).
  TaggedWord word_as(const WordInfo& w, std::string_view form, std::string_view lower, const FormLexicon& lexicon,
                     Upos upos, Upos previous) const;
  // What the training data said of (lower-case form, tag), if anything.
  const LemmaEntry* lemma_entry(std::string_view lower, Upos upos) const;

  // The same, each position's type state given (types[i] for words[i], its
  // own scores filled by own_scores): the lemma choices are kept there.
  void tag(std::span<const WordInfo> words, std::span<TypeScores* const> types,
           std::span<const std::string_view> forms, std::span<const std::string_view> lowers,
           const FormLexicon& lexicon, std::span<TaggedWord> out) const;
  void own_scores(const WordInfo& w, OwnScores& out) const;
  // The same for words [from, to) only, prev1 and prev2 the tags of the two
  // words before `from` (Upos::unknown before the sentence), updated to the
  // two before `to`: a greedy tagger's tags of a sentence's first words do
  // not depend on the words after them but through their features, so the
  // sentence tagged in parts gets the tags it gets in one go.
  void tag_part(std::span<const WordInfo> words, std::span<TypeScores* const> types,
                std::span<const std::string_view> forms, std::span<const std::string_view> lowers,
                const FormLexicon& lexicon, std::span<TaggedWord> out, size_t from, size_t to, Upos& prev1,
                Upos& prev2) const;

  // The stacked tagger whose tags the model was trained to read (a
  // language's stacked_tags.bin), or null: none. Whoever describes a
  // sentence runs it (WordList::tag, MorphStage).
  const StackedTagger* stacked() const { return stacked_.get(); }
  // Whether the model was trained with a stacked tagger's tags (then it needs one).
  bool reads_stacked() const { return reads_stacked_; }
  void set_stacked(std::shared_ptr<const StackedTagger> stacked) { stacked_ = std::move(stacked); }

  // The tag the model gives position i, given the two tags before it.
  Upos predict(std::span<const WordInfo> words, size_t i, Upos prev1, Upos prev2) const;
  Upos predict(std::span<const WordInfo> words, size_t i, Upos prev1, Upos prev2, const OwnScores& own) const;

 private:
  // Indexes the model's lemma entries and keeps the model (its weights already in rows_).
  void index_lemmas(TaggerModel model);
  void complete(const WordInfo& w, std::string_view form, std::string_view lower, const FormLexicon& lexicon,
                Upos previous, TaggedWord& out) const;
  LemmaChoice choose_lemma(const WordInfo& w, std::string_view lower, const FormLexicon& lexicon, Upos upos,
                           uint8_t verb_form) const;
  // The best tag of position i given its own scores and its neighbour rows
  // (computed beforehand, so that they could be prefetched).
  Upos best_tag(std::span<const WordInfo> words, size_t i, Upos prev1, Upos prev2, const OwnScores& own,
                const uint32_t (&neighbour_rows)[kNeighbourFeatureCount]) const;

  // Rows padded to kRowWidth weights and aligned to a cache line, so that a
  // feature costs one line; the lemma entries by a hash of (form, tag).
  static constexpr int kRowWidth = 32;
  // The weights summed: the tags, rounded up to a multiple of 8 (vector width).
  static constexpr int kSumWidth = (kTagSlots + 7) / 8 * 8;
  static_assert(kSumWidth <= kRowWidth);
  static_assert(sizeof(OwnScores::s) / sizeof(int32_t) == kRowWidth);
  struct alignas(64) Row { int16_t w[kRowWidth]; };
  TaggerModel model_;
  std::vector<Row, HugePageAllocator<Row>> rows_;  // 4 MB: in huge pages where the kernel offers them
  std::vector<uint64_t> lemma_slots_;  // (index into model_.lemmas + 1) << 32 | the key's high bits; 0 empty
  uint32_t mask_ = 0;
  std::shared_ptr<const StackedTagger> stacked_;
  bool reads_stacked_ = false;
};

}  // namespace whosaid::morph
