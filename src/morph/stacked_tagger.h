// A second-order hidden Markov tagger trained on far more text than the
// perceptron's treebank, whose tags the perceptron reads as features
// (morph/tagger_features.h, stacked_feature_rows): for English, the Wall
// Street Journal's Penn tag trigrams and lexicon that festlex-poslex ships,
// converted at build time by tools/tagger/wsj_hmm.py into
// generated/lang/<code>/stacked_tags.bin (docs/morph.md, "English"). A
// language without that table has no stacked tagger and its tagger no such
// feature.
//
//   morph::StackedTagger hmm;
//   if (Status s = morph::StackedTagger::load(path, hmm); !s.ok()) ...
//   hmm.tag(forms, lowers, words, scratch);   // words[i].stacked = 1 + its tag
//
// Viterbi over the pairs of tags of two consecutive words: each word has at
// most kMaxCandidates tags (a known form its own, an unknown one those of its
// shape or final letters), so a word costs at most 8^3 sums, and the scratch
// grows to the longest sentence, never per word.
//
// Table (little-endian), written by tools/tagger/wsj_hmm.py (its write()
// documents the layout): header, tag names, ln P(t | t1 t2), open-addressing
// slots of keys (lower-case forms, \x01 + final bytes, \x02 + shape class)
// with their (tag, score) lists. Checked whole on load.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "morph/tagger_features.h"

namespace whosaid::morph {

class StackedTagger {
 public:
  static constexpr int kMaxCandidates = 8;
  static constexpr size_t kMaxRun = 1024;  // words tagged in one Viterbi (tag())

  struct Candidate {
    uint8_t tag;
    float score;
  };
  // Buffers of one sentence's Viterbi, grown to the longest sentence.
  struct Scratch {
    std::vector<Candidate> candidates;  // kMaxCandidates a position
    std::vector<uint8_t> counts;
    std::vector<float> scores;          // kMaxCandidates^2 a position: (previous word's tag, this word's)
    std::vector<uint8_t> back;          // the best tag of the word before the previous one
    std::vector<uint8_t> tags;
  };

  StackedTagger() = default;
  // Moved, never copied: the pointers point into the storage, which a move keeps.
  StackedTagger(StackedTagger&&) = default;
  StackedTagger& operator=(StackedTagger&&) = default;
  StackedTagger(const StackedTagger&) = delete;
  StackedTagger& operator=(const StackedTagger&) = delete;

  // Reads the table; errors name the file and the fault.
  static Status load(const std::filesystem::path& path, StackedTagger& out);

  bool empty() const { return tag_count_ == 0; }
  int tag_count() const { return static_cast<int>(tag_count_); }
  // The name of tag t (1-based, as WordInfo::stacked holds it).
  std::string_view tag_name(uint8_t t) const;

  // The table's entry of a word (lower-case), what WordInfo::stacked_entry
  // keeps: its tags' first emission, their count and whether the form is
  // known; never 0. Looked up once per word type (MorphStage's type cache).
  uint32_t entry(std::string_view lower) const;

  // Tags one sentence: forms as written, lowers lower-case (ASCII
  // apostrophes); sets words[i].stacked to 1 + the tag of word i. A word's
  // entry is words[i].stacked_entry, looked up here when that is 0.
  void tag(std::span<const std::string_view> forms, std::span<const std::string_view> lowers,
           std::span<WordInfo> words, Scratch& scratch) const;

 private:
  struct Slot {
    uint32_t key_offset;
    uint16_t key_length;
    uint8_t count, zero;
    uint32_t first;
  };
  struct Emission {
    uint8_t tag, zero[3];
    float score;
  };
  static_assert(sizeof(Slot) == 12 && sizeof(Emission) == 8);

  void tag_run(std::span<const std::string_view> forms, std::span<const std::string_view> lowers,
               std::span<WordInfo> words, Scratch& scratch) const;
  // The (tag, score) list of a key, empty when the table has none.
  std::span<const Emission> find(std::string_view key) const;
  std::span<const Emission> find_prefixed(char prefix, std::string_view rest) const;
  // The candidates of one word of entry `e`, written into out; returns their count.
  int candidates(std::string_view form, uint32_t e, bool first, Candidate* out) const;

  std::vector<uint64_t> storage_;  // the file; the pointers below point into it
  uint32_t tag_count_ = 0, slot_mask_ = 0, start_ = 0, proper_[2] = {};
  float capital_bonus_ = 0, capital_new_ = 0;
  const char* names_ = nullptr;
  const float* transitions_ = nullptr;
  const Slot* slots_ = nullptr;
  const Emission* emissions_ = nullptr;
  const char* keys_ = nullptr;
};

// Where a language's stacked table is: beside its full-form table
// (morph::form_table_path).
std::filesystem::path stacked_table_path(const std::filesystem::path& language_dir);

}  // namespace whosaid::morph
