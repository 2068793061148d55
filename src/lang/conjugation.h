// Internal to the language stage: conjugation models (conjugation_models.tsv)
// and the generation of a verb's inflected forms from its lemma.
//
// A model names the end of the infinitive it replaces (its pattern) and, for
// each tense, the endings that replace it. "er" with pattern "er" turns
// "déclarer" into the stem "déclar" and the present endings "e es e ons ez ent"
// into "déclare déclares ...". A pattern may hold one '*', which stands for the
// letters between its two literal parts and is copied into every ending:
// "é*er" on "révéler" captures "l" and "è*e" gives "révèle".
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/attribution.h"
#include "lang/lexicon.h"
#include "lang/tsv.h"

namespace whosaid::lang {

// The columns of conjugation_models.tsv after the model name and pattern.
enum ModelColumn : size_t {
  kPresent, kImparfait, kPasseSimple, kFutur, kConditionnel, kSubjonctif,
  kPastParticiple, kPresentParticiple, kInfinitive, kModelColumns
};

struct ConjugationModel {
  std::string name;
  std::string pattern;   // "er", "dire", "é*er"
  std::string before;    // the pattern's part before '*' ("é"), or the whole pattern
  std::string after;     // the part after '*' ("er"); empty without '*'
  bool wildcard = false;
  // cells[column][slot] lists the alternative endings of one slot (person, or
  // gender/number for the past participle); an empty list means no form.
  std::array<std::vector<std::vector<std::string>>, kModelColumns> cells;
};

// Parses one row of conjugation_models.tsv (name, pattern, then the nine
// columns above). Errors name the row and the column.
Status parse_model(const TsvFile& file, const TsvRow& row, ConjugationModel& out);

// One generated form with its features (VerbForm without the verb index).
struct GeneratedForm {
  std::string form;
  VerbForm features;
};

// A subject clitic that can follow a verb with a hyphen ("dit-il"); listed in
// pronouns.tsv with inversion = yes.
struct Clitic {
  std::string form;   // "il"
  bool plural = false;
  Gender gender = Gender::unknown;
};

// Generates every form of `lemma` under `model`, plus the inverted forms of
// the third persons of the indicative and conditional with each clitic of the
// same number ("dit-il", "a-t-elle", "déclarent-ils"). Returns false and sets
// `error` when the lemma does not fit the model, or the model does not give
// back the lemma as its infinitive.
bool conjugate(const ConjugationModel& model, std::string_view lemma, const std::vector<Clitic>& clitics,
               std::vector<GeneratedForm>& out, std::string& error);

// The inverted form of a third-person form with a subject clitic: a "-t-" is
// inserted unless the form ends in t or d ("a-t-il", "dit-il", "répond-elle").
std::string invert(std::string_view form, std::string_view clitic);

}  // namespace whosaid::lang
