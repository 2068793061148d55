// The morphosyntactic layer's part of the data model: what the morph stage
// (src/morph/) adds to each token (a universal part of speech, packed
// morphological features, a lemma) and the chunks it groups tokens into.
// Language-neutral: the tags are Universal Dependencies v2's, the features a
// packed subset of UD's, so French and English share every pattern that reads
// them.
//
//   const Token& t = doc.tokens[i];
//   if (t.upos == Upos::VERB && feature(t.feats, Feat::verb_form) == VerbForm::part) ...
//   const Chunk& c = doc.chunks[t.chunk];   // the chunk that holds token i
#pragma once

#include <cstdint>
#include <string_view>

namespace whosaid {

// Universal POS tags, UD v2 (https://universaldependencies.org/u/pos/).
// `unknown` is what a token carries before the morph stage ran.
enum class Upos : uint8_t {
  unknown = 0,
  ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
};
inline constexpr int kUposCount = static_cast<int>(Upos::X) + 1;

// "NOUN" -> Upos::NOUN; Upos::unknown for any other text.
Upos upos_from_string(std::string_view name);
std::string_view to_string(Upos);

// Morphological features packed into 32 bits: each feature is a small field
// whose value 0 means "not given". Field widths are fixed here so that the
// lexicon's binary table, the tagger model and the patterns agree.
enum class Feat : uint8_t {
  gender,      // 2 bits: Gender values below
  number,      // 2 bits
  person,      // 2 bits: 1, 2, 3
  verb_form,   // 3 bits
  mood,        // 3 bits
  tense,       // 3 bits
  definite,    // 2 bits
  pron_type,   // 4 bits
  poss,        // 1 bit: possessive determiner or pronoun
  reflex,      // 1 bit: reflexive pronoun
  polarity,    // 1 bit: negative ("ne", "pas")
  num_type,    // 2 bits
  voice,       // 1 bit: passive
  name_class,  // 2 bits: what kind of proper noun the lexicon says it is
  degree,      // 2 bits: Degree values below (adjectives, adverbs)
  count,
};

namespace feat {
enum Gender : uint8_t { masc = 1, fem = 2, com = 3 };
enum Number : uint8_t { sing = 1, plur = 2, ptan = 3 };
enum VerbForm : uint8_t { fin = 1, inf = 2, part = 3, ger = 4 };
enum Mood : uint8_t { ind = 1, sub = 2, cnd = 3, imp = 4 };
enum Tense : uint8_t { pres = 1, past = 2, imp_tense = 3, fut = 4, pqp = 5 };
enum Definite : uint8_t { def = 1, ind_def = 2 };
enum PronType : uint8_t { prs = 1, art = 2, dem = 3, rel = 4, int_ = 5, ind_pron = 6, tot = 7, neg = 8, exc = 9, emp = 10 };
enum NumType : uint8_t { card = 1, ord = 2 };
enum NameClass : uint8_t { first_name = 1, surname = 2, place = 3 };
enum Degree : uint8_t { pos = 1, cmp = 2, sup = 3 };
}  // namespace feat

// Bit offset and width of each field.
struct FeatField { uint8_t shift, width; };
inline constexpr FeatField kFeatFields[static_cast<int>(Feat::count)] = {
    {0, 2}, {2, 2}, {4, 2}, {6, 3}, {9, 3}, {12, 3}, {15, 2}, {17, 4},
    {21, 1}, {22, 1}, {23, 1}, {24, 2}, {26, 1}, {27, 2}, {29, 2},
};

constexpr uint8_t feature(uint32_t feats, Feat f) {
  const FeatField field = kFeatFields[static_cast<int>(f)];
  return static_cast<uint8_t>((feats >> field.shift) & ((1u << field.width) - 1u));
}
constexpr uint32_t with_feature(uint32_t feats, Feat f, uint8_t value) {
  const FeatField field = kFeatFields[static_cast<int>(f)];
  const uint32_t mask = ((1u << field.width) - 1u) << field.shift;
  return (feats & ~mask) | ((static_cast<uint32_t>(value) << field.shift) & mask);
}

// What a chunk is. A chunk is a run of consecutive tokens of one sentence
// with a head token; every token of a sentence belongs to exactly one chunk
// (punctuation and quotation marks are chunks of their own).
enum class ChunkKind : uint8_t {
  noun_phrase,     // determiner, adjectives, names, titles, numbers, @handles: "le porte-parole du ministère"
  verb_group,      // auxiliaries, negation, clitics, adverbs inside, the verb: "n'a pas encore déclaré", "a-t-il dit"
  prep_phrase,     // a preposition and its noun phrase: "sur France Inter", "lors d'une conférence"
  adverbial,       // one or several words, dates and times: "hier soir", "à plusieurs reprises", "le 3 mars"
  clause_opener,   // que/qu', relative qui/que/dont/où, a coordinating conjunction
  punct,           // punctuation and quotation marks
  other,           // anything the chunker does not group (interjections, symbols)
};
std::string_view to_string(ChunkKind);

struct Chunk {
  ChunkKind kind = ChunkKind::other;
  uint32_t first_token = 0;
  uint32_t end_token = 0;   // one past the last token
  uint32_t head = 0;        // index of the head token (the noun, the main verb, the preposition's object head)
  // Set on each chunk of an apposition, the index (into Document::chunks) of
  // the chunk it describes: in "Jean Dupont, porte-parole du ministère, a dit"
  // the chunks of "porte-parole" and "du ministère" point to "Jean Dupont"'s.
  // -1 for every other chunk.
  int32_t apposition_of = -1;
};

}  // namespace whosaid
