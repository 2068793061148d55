// The tagger's features, shared by the tagger (morph/tagger.h) and its trainer
// (tools/tagger/train_tagger.cpp) so that both hash exactly the same things.
//
// A word is first described once (WordInfo: hashes of its lower-case form and
// suffixes, its shape, the set of parts of speech the full-form lexicon allows,
// its ambiguity class); then each position's features are the rows of a
// hashed weight table: the word and its neighbours, suffixes, prefix, shape,
// the ambiguity classes of the words at -2..+2 and their pairs, the verb
// forms, genders and numbers the lexicon allows, and the two tags already
// chosen to its left.
// Nothing here allocates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "core/morph.h"
#include "morph/lexicon.h"

namespace whosaid::morph {

// Shape bits of a word as written.
enum WordShape : uint8_t {
  kShapeCapitalized = 1u << 0,
  kShapeAllCaps = 1u << 1,
  kShapeDigit = 1u << 2,
  kShapeHyphen = 1u << 3,
  kShapeNoLetter = 1u << 4,   // punctuation, symbols, numbers
  kShapeApostrophe = 1u << 5, // ends in an apostrophe: an elided word
  kShapeHandle = 1u << 6,     // starts with @ or #
  kShapeInverted = 1u << 7,   // a verb and its inverted subject in one token: "a-t-il"
};

struct WordInfo {
  uint64_t word = 0;           // hash of the lower-case form
  uint64_t suffix[4] = {};     // hashes of its last 1..4 characters
  uint64_t prefix = 0;         // hash of its first 3 characters
  uint32_t classes = 0;        // bit u set when the lexicon has a reading of Upos u
  uint32_t cased_classes = 0;  // the same of the readings of the form as written alone
  uint8_t shape = 0;
  uint8_t details = 0;         // the verb forms, genders and numbers its readings allow (a bit each)
  // 1 + the tag a stacked tagger (morph/stacked_tagger.h) gave this word in
  // its sentence; 0 when the language has none. Set per sentence, after
  // describe_word, which leaves it 0.
  uint8_t stacked = 0;
  uint32_t stacked_entry = 0;  // the stacked tagger's entry of the word (StackedTagger::entry), 0: not looked up
  std::span<const Reading> cased;  // the lexicon's readings of the form as written (when it has capitals)
  std::span<const Reading> lower;  // of the lower-case form
};

// Describes one word. `form` is as written, `lower` its lower-case form with
// ASCII apostrophes (the pipeline's normalized form).
void describe_word(std::string_view form, std::string_view lower, const FormLexicon& lexicon, WordInfo& out);

inline constexpr int kFeatureCount = 30;
// The features of the word alone (its form, suffixes, lexicon class), the
// same wherever it stands: the tagger sums their weights once per word type
// of a document. The others depend on the neighbours and the tags before.
inline constexpr int kOwnFeatureCount = 11;
inline constexpr int kContextFeatureCount = kFeatureCount - kOwnFeatureCount;
// The context features split: those of the neighbouring words alone (known
// before tagging, so the tagger can fetch their rows a word ahead), and
// those that read the tags chosen at i-1 and i-2.
inline constexpr int kNeighbourFeatureCount = 13;
inline constexpr int kTagFeatureCount = kContextFeatureCount - kNeighbourFeatureCount;
inline constexpr int kTagSlots = kUposCount;  // scores indexed by Upos; slot 0 (unknown) is never chosen

// The weight-table rows of position i of `words` (a sentence), given the tags
// chosen at i-1 and i-2 (Upos::unknown before the sentence). `mask` is the
// table size minus one (a power of two).
void feature_rows(std::span<const WordInfo> words, size_t i, Upos prev1, Upos prev2, uint32_t mask,
                  uint32_t (&rows)[kFeatureCount]);
void own_feature_rows(const WordInfo& w, uint32_t mask, uint32_t (&rows)[kOwnFeatureCount]);
void context_feature_rows(std::span<const WordInfo> words, size_t i, Upos prev1, Upos prev2, uint32_t mask,
                          uint32_t (&rows)[kContextFeatureCount]);
void neighbour_feature_rows(std::span<const WordInfo> words, size_t i, uint32_t mask,
                            uint32_t (&rows)[kNeighbourFeatureCount]);
void tag_feature_rows(std::span<const WordInfo> words, size_t i, Upos prev1, Upos prev2, uint32_t mask,
                      uint32_t (&rows)[kTagFeatureCount]);

// The features of the stacked tagger's tags (its tag of the word, with the
// previous word's, with the next word's), beside the kFeatureCount others:
// writes them and returns their count, 0 when the words have no stacked tag
// (a language without a stacked tagger: its model and figures unchanged).
inline constexpr int kStackedFeatureCount = 3;
int stacked_feature_rows(std::span<const WordInfo> words, size_t i, uint32_t mask,
                         uint32_t (&rows)[kStackedFeatureCount]);

}  // namespace whosaid::morph
