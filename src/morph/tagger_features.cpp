#include "morph/tagger_features.h"

namespace whosaid::morph {
namespace {

constexpr uint64_t kSeed = 0xcbf29ce484222325ull;

uint64_t hash_bytes(std::string_view s, uint64_t h = kSeed) {
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h;
}

// A strong final mix, so that the row of a (template, value) pair does not
// depend on low bits alone.
uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

uint64_t combine(uint64_t a, uint64_t b) { return mix(a * 0x9e3779b97f4a7c15ull + b + 0x632be59bd9b4e019ull); }

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

uint8_t shape_of(std::string_view form, std::string_view lower) {
  uint8_t shape = 0;
  bool letter = false, all_upper = true, first = true;
  for (size_t i = 0; i < form.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(form[i]);
    if (c >= '0' && c <= '9') shape |= kShapeDigit;
    if (c == '-') shape |= kShapeHyphen;
    // A letter is an ASCII letter or any non-ASCII lead byte; its case shows
    // where the form differs from its lower-case form.
    const bool is_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0;
    if (is_letter) {
      letter = true;
      const bool upper = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && i < lower.size() && form[i] != lower[i]);
      if (first && upper) shape |= kShapeCapitalized;
      if (!upper) all_upper = false;
      first = false;
    }
  }
  if (!letter) shape |= kShapeNoLetter;
  if (letter && all_upper && form.size() > 1 && (shape & kShapeCapitalized)) shape |= kShapeAllCaps;
  if (!form.empty() && (form.back() == '\'' || lower.ends_with("'"))) shape |= kShapeApostrophe;
  if (!form.empty() && (form[0] == '@' || form[0] == '#') && form.size() > 1) shape |= kShapeHandle;
  return shape;
}

// The verb forms, genders and numbers the readings allow, a bit each: a
// participle that may be an adjective, a form that is only feminine plural.
uint8_t details_of(std::span<const Reading> readings) {
  unsigned d = 0;
  for (const Reading& r : readings) {
    if (const unsigned v = feature(r.feats, Feat::verb_form); v != 0 && v <= 4) d |= 1u << (v - 1);
    d |= (feature(r.feats, Feat::gender) & 3u) << 4;
    d |= (feature(r.feats, Feat::number) & 3u) << 6;
  }
  return static_cast<uint8_t>(d);
}

uint32_t classes_of(std::span<const Reading> readings) {
  uint32_t classes = 0;
  for (const Reading& r : readings) classes |= 1u << static_cast<unsigned>(r.upos);
  return classes;
}

// Values standing for the words before and after the sentence.
constexpr uint64_t kBefore = 0x5bd1e995u, kAfter = 0x1b873593u;

enum Template : uint64_t {
  kBias = 1, kWord, kWordPrev, kWordNext, kWordPrev2, kWordNext2, kSuffix1, kSuffix2, kSuffix3, kSuffix4,
  kPrefix, kShape, kClass, kClassPrev, kClassNext, kClassNext2, kTagPrev, kTagPrev2Prev, kTagPrevWord,
  kClassTagPrev, kClassClassNext, kWordWordNext, kSuffixNext, kShapeClass, kWordPrevWord, kTagPrevClassNext,
  kClassPrev2, kClassSuffix, kPlaceShapeClass, kClassPrevClass, kTagPrev2Class, kClassDetails,
  kStacked, kStackedPrev, kStackedNext,
};

}  // namespace

namespace {

// Hashes of the last 1..4 characters and the first 3 of `stem`.
void describe_affixes(std::string_view stem, WordInfo& out) {
  // By characters, not bytes: "ée" is two characters.
  size_t begin = stem.size();
  for (int k = 0; k < 4; ++k) {
    if (begin == 0) {
      out.suffix[k] = kSeed;
      continue;
    }
    --begin;
    while (begin > 0 && continuation(stem[begin])) --begin;
    out.suffix[k] = hash_bytes(stem.substr(begin), kSeed + 1);
  }
  size_t prefix_end = 0;
  for (int chars = 0; prefix_end < stem.size() && chars < 3; ++chars) {
    ++prefix_end;
    while (prefix_end < stem.size() && continuation(stem[prefix_end])) ++prefix_end;
  }
  out.prefix = hash_bytes(stem.substr(0, prefix_end), kSeed + 2);
}

bool has_reading(std::span<const Reading> readings, Upos a, Upos b = Upos::unknown) {
  for (const Reading& r : readings)
    if (r.upos == a || r.upos == b) return true;
  return false;
}

}  // namespace

void describe_word(std::string_view form, std::string_view lower, const FormLexicon& lexicon, WordInfo& out) {
  out.word = hash_bytes(lower);
  out.shape = shape_of(form, lower);
  out.lower = lexicon.find(lower);
  out.cased = form != lower ? lexicon.find(form) : std::span<const Reading>();
  std::string_view stem = lower;
  // A verb with its subject pronoun after it, kept whole by the tokenizer
  // ("a-t-il", "estime-t-elle"), reads as its verb: the word before the
  // first hyphen when that is a verb and the word after the last a pronoun.
  const size_t first = lower.find('-'), last = lower.rfind('-');
  if (out.lower.empty() && out.cased.empty() && first != std::string_view::npos && first > 0 && last + 1 < lower.size()) {
    const std::span<const Reading> verb = lexicon.find(lower.substr(0, first));
    if (has_reading(verb, Upos::VERB, Upos::AUX) && has_reading(lexicon.find(lower.substr(last + 1)), Upos::PRON)) {
      out.lower = verb;
      stem = lower.substr(0, first);
      out.classes = classes_of(verb) & ((1u << static_cast<unsigned>(Upos::VERB)) | (1u << static_cast<unsigned>(Upos::AUX)));
      describe_affixes(stem, out);
      out.shape |= kShapeInverted;
      out.cased_classes = 0;
      out.details = details_of(verb);
      return;
    }
  }
  describe_affixes(stem, out);
  out.classes = classes_of(out.lower) | classes_of(out.cased);
  out.cased_classes = classes_of(out.cased);
  out.details = details_of(out.lower) | details_of(out.cased);
}

namespace {

uint64_t class_value(const WordInfo& v) {
  return v.classes != 0 ? v.classes : (uint64_t{1} << 40) | v.suffix[1];  // unknown words by their ending
}

}  // namespace

void own_feature_rows(const WordInfo& w, uint32_t mask, uint32_t (&rows)[kOwnFeatureCount]) {
  const uint64_t values[kOwnFeatureCount] = {
      combine(kBias, 0),
      combine(kWord, w.word),
      combine(kSuffix1, w.suffix[0]),
      combine(kSuffix2, w.suffix[1]),
      combine(kSuffix3, w.suffix[2]),
      combine(kSuffix4, w.suffix[3]),
      combine(kClass, class_value(w)),
      combine(kPrefix, w.prefix),
      combine(kShapeClass, combine(w.shape, combine(w.classes, w.cased_classes))),
      combine(kClassSuffix, combine(w.classes, w.suffix[1])),
      combine(kClassDetails, combine(w.classes, w.details)),
  };
  for (int f = 0; f < kOwnFeatureCount; ++f) rows[f] = static_cast<uint32_t>(values[f]) & mask;
}

namespace {

uint64_t word_at(std::span<const WordInfo> words, size_t i, ptrdiff_t k) {
  const ptrdiff_t j = static_cast<ptrdiff_t>(i) + k;
  return j < 0 ? kBefore : j >= static_cast<ptrdiff_t>(words.size()) ? kAfter : words[static_cast<size_t>(j)].word;
}

uint64_t class_at(std::span<const WordInfo> words, size_t i, ptrdiff_t k) {
  const ptrdiff_t j = static_cast<ptrdiff_t>(i) + k;
  if (j < 0) return kBefore;
  if (j >= static_cast<ptrdiff_t>(words.size())) return kAfter;
  return class_value(words[static_cast<size_t>(j)]);
}

}  // namespace

void neighbour_feature_rows(std::span<const WordInfo> words, size_t i, uint32_t mask,
                            uint32_t (&rows)[kNeighbourFeatureCount]) {
  const WordInfo& w = words[i];
  const uint64_t next_suffix = i + 1 < words.size() ? words[i + 1].suffix[2] : kAfter;
  const uint64_t values[kNeighbourFeatureCount] = {
      combine(kWordPrev, word_at(words, i, -1)),
      combine(kWordNext, word_at(words, i, 1)),
      combine(kShape, w.shape | (i == 0 ? 0x100u : 0u)),
      combine(kClassPrev, class_at(words, i, -1)),
      combine(kClassNext, class_at(words, i, 1)),
      combine(kClassClassNext, combine(class_at(words, i, 0), class_at(words, i, 1))),
      combine(kSuffixNext, next_suffix),
      combine(kWordPrevWord, combine(word_at(words, i, -1), w.word)),
      combine(kClassPrev2, class_at(words, i, -2)),
      combine(kClassNext2, class_at(words, i, 2)),
      combine(kPlaceShapeClass, combine((i == 0 ? 0x100u : 0u) | (w.shape & (kShapeCapitalized | kShapeAllCaps)),
                                        combine(w.classes, w.cased_classes))),
      combine(kClassPrevClass, combine(class_at(words, i, -1), class_at(words, i, 0))),
      combine(kWordWordNext, combine(w.word, word_at(words, i, 1))),
  };
  for (int f = 0; f < kNeighbourFeatureCount; ++f) rows[f] = static_cast<uint32_t>(values[f]) & mask;
}

void tag_feature_rows(std::span<const WordInfo> words, size_t i, Upos prev1, Upos prev2, uint32_t mask,
                      uint32_t (&rows)[kTagFeatureCount]) {
  const uint64_t t1 = static_cast<uint64_t>(prev1), t2 = static_cast<uint64_t>(prev2);
  const uint64_t values[kTagFeatureCount] = {
      combine(kTagPrev, t1),
      combine(kTagPrev2Prev, t2 * 32 + t1),
      combine(kTagPrevWord, combine(t1, words[i].word)),
      combine(kClassTagPrev, combine(t1, class_at(words, i, 0))),
      combine(kTagPrevClassNext, combine(t1, class_at(words, i, 1))),
      combine(kTagPrev2Class, combine(t2 * 32 + t1, class_at(words, i, 0))),
  };
  for (int f = 0; f < kTagFeatureCount; ++f) rows[f] = static_cast<uint32_t>(values[f]) & mask;
}

int stacked_feature_rows(std::span<const WordInfo> words, size_t i, uint32_t mask,
                         uint32_t (&rows)[kStackedFeatureCount]) {
  const uint64_t here = words[i].stacked;
  if (here == 0) return 0;
  constexpr uint64_t kEdge = 255;  // before and after the sentence
  const uint64_t prev = i > 0 ? words[i - 1].stacked : kEdge;
  const uint64_t next = i + 1 < words.size() ? words[i + 1].stacked : kEdge;
  const uint64_t values[kStackedFeatureCount] = {
      combine(kStacked, here),
      combine(kStackedPrev, prev * 256 + here),
      combine(kStackedNext, here * 256 + next),
  };
  for (int f = 0; f < kStackedFeatureCount; ++f) rows[f] = static_cast<uint32_t>(values[f]) & mask;
  return kStackedFeatureCount;
}

// In the order the model was trained with (the trainer sums floats, so the
// order is part of the recipe).
void context_feature_rows(std::span<const WordInfo> words, size_t i, Upos prev1, Upos prev2, uint32_t mask,
                          uint32_t (&rows)[kContextFeatureCount]) {
  uint32_t n[kNeighbourFeatureCount], t[kTagFeatureCount];
  neighbour_feature_rows(words, i, mask, n);
  tag_feature_rows(words, i, prev1, prev2, mask, t);
  const uint32_t ordered[kContextFeatureCount] = {n[0], n[1], n[2], n[3], n[4], t[0], t[1], t[2], t[3], n[5],
                                                  n[6], n[7], t[4], n[8], n[9], n[10], n[11], n[12], t[5]};
  for (int f = 0; f < kContextFeatureCount; ++f) rows[f] = ordered[f];
}

void feature_rows(std::span<const WordInfo> words, size_t i, Upos prev1, Upos prev2, uint32_t mask,
                  uint32_t (&rows)[kFeatureCount]) {
  uint32_t own[kOwnFeatureCount], context[kContextFeatureCount];
  own_feature_rows(words[i], mask, own);
  context_feature_rows(words, i, prev1, prev2, mask, context);
  for (int f = 0; f < kOwnFeatureCount; ++f) rows[f] = own[f];
  for (int f = 0; f < kContextFeatureCount; ++f) rows[kOwnFeatureCount + f] = context[f];
}

}  // namespace whosaid::morph
