// The word tables: nationalities, numbers, determiners, pronouns, titles,
// source nouns, phrases, function words, accent variants.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang_test_data.h"

namespace whosaid::lang {
namespace {

using testing::entry;
using testing::french;

std::string country(const LexEntry& e) { return std::string(e.country, e.country[0] ? 2 : 0); }

TEST_CASE("nationality adjectives map every form to its country", "[lang][tables]") {
  struct Row {
    const char* code;
    std::vector<const char*> forms;
  };
  const Row rows[] = {
      {"RU", {"russe", "russes"}},
      {"US", {"américain", "américaine", "américains", "américaines"}},
      {"UA", {"ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"}},
      {"FR", {"français", "française", "françaises"}},
      {"DE", {"allemand", "allemande", "allemands", "allemandes"}},
      {"GB", {"britannique", "britanniques"}},
      {"CN", {"chinois", "chinoise", "chinoises"}},
      {"IL", {"israélien", "israélienne", "israéliens", "israéliennes"}},
      {"KR", {"sud-coréen", "sud-coréenne", "sud-coréens", "sud-coréennes"}},
      {"GR", {"grec", "grecque", "grecs", "grecques"}},
      {"TR", {"turc", "turque", "turcs", "turques"}},
      {"AE", {"émirien", "emirien"}},
  };
  for (const Row& r : rows) {
    for (const char* form : r.forms) {
      INFO(form);
      const LexEntry& e = entry(form);
      CHECK((e.flags & kNationality) != 0);
      CHECK((e.flags & kNationalityNoun) != 0);
      CHECK(country(e) == r.code);
    }
  }
  // Gender and number are read off the column, merged when forms coincide.
  CHECK(entry("américaines").gender == Gender::feminine);
  CHECK(entry("américaines").plural);
  CHECK(entry("russe").gender == Gender::unknown);
  CHECK_FALSE(entry("russe").plural);
  CHECK(entry("français").gender == Gender::masculine);
  CHECK(entry("français").any_number);

  size_t countries = 0;
  std::vector<std::string> seen;
  french().for_each([&](std::string_view, const LexEntry& e) {
    if (!(e.flags & kNationality)) return;
    std::string c = country(e);
    for (const std::string& s : seen) {
      if (s == c) return;
    }
    seen.push_back(c);
    ++countries;
  });
  CHECK(countries >= 80);
}

TEST_CASE("number words and ordinals carry their value", "[lang][tables]") {
  struct Row {
    const char* form;
    uint32_t flag;
    int value;
  };
  const Row rows[] = {
      {"un", kNumberWord, 1},       {"une", kNumberWord, 1},     {"deux", kNumberWord, 2},
      {"trois", kNumberWord, 3},    {"dix", kNumberWord, 10},    {"vingt", kNumberWord, 20},
      {"trente", kNumberWord, 30},  {"cent", kNumberWord, 100},  {"mille", kNumberWord, 1000},
      {"dizaine", kNumberWord, 10}, {"premier", kOrdinal, 1},    {"première", kOrdinal, 1},
      {"second", kOrdinal, 2},      {"seconde", kOrdinal, 2},    {"deuxième", kOrdinal, 2},
      {"troisième", kOrdinal, 3},   {"quatrième", kOrdinal, 4},  {"dixième", kOrdinal, 10},
  };
  for (const Row& r : rows) {
    INFO(r.form);
    const LexEntry& e = entry(r.form);
    CHECK((e.flags & r.flag) != 0);
    CHECK(e.number == r.value);
  }
  CHECK(entry("dizaine").approximate);
  CHECK_FALSE(entry("dix").approximate);
}

TEST_CASE("determiners and pronouns carry definiteness, gender and number", "[lang][tables]") {
  struct Row {
    const char* form;
    uint32_t flag;
    bool definite, indefinite;
    Gender gender;
    bool plural;
  };
  const Gender M = Gender::masculine, Fe = Gender::feminine, U = Gender::unknown;
  const Row rows[] = {
      {"le", kDeterminer, true, false, M, false},        {"la", kDeterminer, true, false, Fe, false},
      {"l'", kDeterminer, true, false, U, false},        {"les", kDeterminer, true, false, U, true},
      {"cette", kDeterminer, true, false, Fe, false},    {"ces", kDeterminer, true, false, U, true},
      {"son", kDeterminer, true, false, M, false},       {"leurs", kDeterminer, true, false, U, true},
      {"un", kDeterminer, false, true, M, false},        {"une", kDeterminer, false, true, Fe, false},
      {"des", kDeterminer, false, true, U, true},        {"certains", kDeterminer, false, true, M, true},
      {"plusieurs", kDeterminer, false, true, U, true},  {"quelques", kDeterminer, false, true, U, true},
      {"il", kSubjectPronoun, false, false, M, false},   {"elle", kSubjectPronoun, false, false, Fe, false},
      {"ils", kSubjectPronoun, false, false, M, true},   {"elles", kSubjectPronoun, false, false, Fe, true},
      {"on", kSubjectPronoun, false, false, U, false},
  };
  for (const Row& r : rows) {
    INFO(r.form);
    const LexEntry& e = entry(r.form);
    CHECK((e.flags & r.flag) != 0);
    CHECK(e.definite == r.definite);
    CHECK(e.indefinite == r.indefinite);
    CHECK(e.gender == r.gender);
    CHECK(e.plural == r.plural);
  }
}

TEST_CASE("function words carry the roles function_words.tsv and pronouns.tsv give them", "[lang][tables]") {
  struct Row {
    const char* form;
    uint32_t roles;   // all of these
    uint32_t not_roles;  // none of these
  };
  const Row rows[] = {
      {"se", kReflexiveClitic, kDativeClitic},
      {"lui", kDativeClitic | kDisjunctivePronoun, kReflexiveClitic},
      {"les", kAccusativeClitic, kNeuterClitic},
      {"l'", kAccusativeClitic | kNeuterClitic, 0},
      {"qui", kRelativePronoun | kSubjectRelative, 0},
      {"dont", kRelativePronoun, kSubjectRelative},
      {"de", kGenitive, kContracted},
      {"du", kGenitive | kContracted, kDative},
      {"aux", kDative | kContracted, kGenitive},
      {"par", kAgentPreposition | kAttachedPreposition, 0},
      {"n'", kNegationParticle, 0},
      {"pas", 0, kNegationParticle},
      {"il", kImpersonalPronoun, kGenericPronoun},
      {"on", kGenericPronoun, kImpersonalPronoun},
      {"en", kGerundMarker | kAdverbialClitic | kAttachedPreposition, 0},
      {"autres", kOther, 0},
      {"et", kNounCoordinator, 0},
      {"mais", 0, kNounCoordinator},
  };
  for (const Row& r : rows) {
    INFO(r.form);
    const LexEntry& e = entry(r.form);
    CHECK((e.roles & r.roles) == r.roles);
    CHECK((e.roles & r.not_roles) == 0);
  }
  // A disjunctive pronoun has its gender and number, and is no subject: "selon eux".
  const LexEntry& eux = entry("eux");
  CHECK((eux.roles & kDisjunctivePronoun) != 0);
  CHECK((eux.flags & kSubjectPronoun) == 0);
  CHECK(eux.plural);
  CHECK(eux.gender == Gender::masculine);
  // The passive auxiliary, and the lemma of the according-to family.
  bool passive_auxiliary = false;
  for (const Verb& v : french().verbs()) passive_auxiliary |= v.passive_auxiliary && v.auxiliary;
  CHECK(passive_auxiliary);
  CHECK(french().according_to_lemma() == "selon");
}

TEST_CASE("source nouns know their lemma and kind, titles their kind", "[lang][tables]") {
  const Lexicon& fr = french();
  struct Row {
    const char* form;
    const char* lemma;
    EntityKind kind;
    uint32_t flags;
    Gender gender;
    bool plural;
  };
  const EntityKind P = EntityKind::person, O = EntityKind::organization, G = EntityKind::group;
  const Row rows[] = {
      {"source", "source", P, kSourceNoun, Gender::feminine, false},
      {"sources", "source", P, kSourceNoun, Gender::feminine, true},
      {"conseillère", "conseiller", P, kSourceNoun, Gender::feminine, false},
      {"conseillers", "conseiller", P, kSourceNoun, Gender::masculine, true},
      {"porte-parole", "porte-parole", P, kSourceNoun | kTitle, Gender::unknown, false},
      {"fonctionnaire", "fonctionnaire", P, kSourceNoun, Gender::unknown, false},
      {"directrice", "directeur", P, kSourceNoun | kTitle, Gender::feminine, false},
      {"président", "président", P, kSourceNoun | kTitle, Gender::masculine, false},
      {"ministère", "ministère", O, kSourceNoun | kOrganizationNoun, Gender::masculine, false},
      {"syndicat", "syndicat", O, kSourceNoun | kOrganizationNoun, Gender::masculine, false},
      {"police", "police", O, kSourceNoun | kOrganizationNoun, Gender::feminine, false},
      {"entourage", "entourage", G, kSourceNoun | kGroupNoun, Gender::masculine, false},
  };
  for (const Row& r : rows) {
    INFO(r.form);
    const LexEntry& e = entry(r.form);
    CHECK((e.flags & r.flags) == r.flags);
    REQUIRE(e.noun < fr.nouns().size());
    CHECK(fr.nouns()[e.noun].lemma == r.lemma);
    CHECK(e.noun_kind == r.kind);
    CHECK(e.gender == r.gender);
    CHECK(e.plural == r.plural);
  }
  for (const char* honorific : {"m.", "m", "mme", "mmes", "mm.", "mlle", "dr", "me", "pr"}) {
    INFO(honorific);
    CHECK((entry(honorific).flags & kTitle) != 0);
    CHECK(entry(honorific).honorific);
  }
  CHECK_FALSE(entry("général").honorific);
  CHECK((entry("général").flags & kTitle) != 0);
}

// The phrase `words` under the entry of its first word, with its kind and value.
const Phrase* phrase(std::vector<std::string> words) {
  const Lexicon& fr = french();
  const LexEntry* e = fr.find(words.front());
  if (e == nullptr) return nullptr;
  for (uint32_t i = e->phrases_begin; i < e->phrases_end; ++i) {
    if (fr.phrases()[i].words == words) return &fr.phrases()[i];
  }
  return nullptr;
}

TEST_CASE("phrases are indexed under their first normalized token", "[lang][phrases]") {
  struct Row {
    std::vector<std::string> words;
    PhraseKind kind;
    const char* value;
  };
  const Row rows[] = {
      {{"d'", "après"}, PhraseKind::according_to, ""},
      {{"selon"}, PhraseKind::according_to, "lemma"},
      {{"de", "source"}, PhraseKind::according_to, ""},
      {{"de", "sources"}, PhraseKind::according_to, ""},
      {{"sous", "couvert", "d'", "anonymat"}, PhraseKind::anonymity_reason, ""},
      {{"sous", "le", "couvert", "de", "l'", "anonymat"}, PhraseKind::anonymity_reason, ""},
      {{"qui", "n'", "était", "pas", "autorisée", "à", "s'", "exprimer"}, PhraseKind::anonymity_reason, ""},
      {{"au", "fait", "des"}, PhraseKind::knowledge, ""},
      {{"ayant", "connaissance", "des"}, PhraseKind::knowledge, ""},
      {{"informées", "de"}, PhraseKind::knowledge, ""},
      {{"faire", "des", "commentaires"}, PhraseKind::refusal_object, ""},
      {{"donner", "des", "détails"}, PhraseKind::refusal_object, ""},
      {{"tout", "commentaire"}, PhraseKind::refusal_object, ""},
      {{"s'", "exprimer"}, PhraseKind::refusal_object, ""},
      {{"refuser"}, PhraseKind::refusal_head, "refuser"},
      {{"ne", "pas", "souhaiter"}, PhraseKind::refusal_head, "souhaiter"},
      {{"kremlin"}, PhraseKind::institution, "RU"},
      {{"maison", "blanche"}, PhraseKind::institution, "US"},
      {{"département", "d'", "état"}, PhraseKind::institution, "US"},
      {{"département", "d'", "etat"}, PhraseKind::institution, "US"},  // "Département d'Etat"
      {{"elysée"}, PhraseKind::institution, "FR"},                     // "Elysée"
      {{"quai", "d'", "orsay"}, PhraseKind::institution, "FR"},
      {{"downing", "street"}, PhraseKind::institution, "GB"},
      {{"otan"}, PhraseKind::institution, ""},
      {{"premier", "ministre"}, PhraseKind::title, ""},
      {{"secrétaire", "d'", "état"}, PhraseKind::title, ""},
  };
  for (const Row& r : rows) {
    std::string joined;
    for (const std::string& w : r.words) joined += w + "|";
    INFO(joined);
    const Phrase* p = phrase(r.words);
    REQUIRE(p != nullptr);
    CHECK(p->kind == r.kind);
    CHECK(p->value == r.value);
  }
  CHECK((entry("d'").flags & kAccordingTo) != 0);
  CHECK((entry("selon").flags & kAccordingTo) != 0);
  CHECK((entry("pour").flags & kAccordingTo) != 0);
  CHECK((entry("a").flags & kAccordingTo) == 0);  // "à en croire" is not spelled "a en croire"
  CHECK(phrase({"à", "en", "croire"}) != nullptr);
  CHECK((entry("kremlin").flags & kInstitution) != 0);
  CHECK(country(entry("kremlin")) == "RU");
  CHECK((entry("maison").flags & kInstitution) != 0);
  CHECK(country(entry("maison")).empty());  // the country is the phrase's, not the word's
}

TEST_CASE("phrase ranges are contiguous and start with their entry's word", "[lang][phrases]") {
  const Lexicon& fr = french();
  size_t covered = 0;
  fr.for_each([&](std::string_view form, const LexEntry& e) {
    REQUIRE(e.phrases_begin <= e.phrases_end);
    REQUIRE(e.phrases_end <= fr.phrases().size());
    for (uint32_t i = e.phrases_begin; i < e.phrases_end; ++i) {
      REQUIRE(fr.phrases()[i].words.front() == form);
      ++covered;
    }
    REQUIRE(e.verb_forms_end <= fr.verb_forms().size());
    REQUIRE(e.cues_end <= fr.cues().size());
  });
  CHECK(covered == fr.phrases().size());
}

TEST_CASE("function words, elisions and abbreviations", "[lang][tables]") {
  const Lexicon& fr = french();
  CHECK((entry("que").flags & kComplementizer) != 0);
  CHECK((entry("qu'").flags & kComplementizer) != 0);
  CHECK((entry("qu'").flags & kElision) != 0);
  for (const char* w : {"ne", "n'", "pas", "jamais"}) CHECK((entry(w).flags & kNegation) != 0);
  for (const char* w : {"et", "ou", "mais"}) CHECK((entry(w).flags & kConjunction) != 0);
  for (const char* w : {"tous", "déjà", "ailleurs"}) CHECK((entry(w).flags & kAdverb) != 0);
  for (const char* e : {"l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "lorsqu'", "puisqu'", "jusqu'",
                        "quoiqu'", "presqu'"}) {
    INFO(e);
    bool listed = false;
    for (const std::string& x : fr.elisions()) listed |= x == e;
    CHECK(listed);
  }
  // Longest first, so a tokenizer trying them in order peels "lorsqu'" before "qu'".
  for (size_t i = 1; i < fr.elisions().size(); ++i) CHECK(fr.elisions()[i - 1].size() >= fr.elisions()[i].size());
  for (const char* a : {"m.", "mme.", "mm.", "dr.", "st.", "n°"}) {
    INFO(a);
    CHECK((entry(a).flags & kAbbreviation) != 0);
    bool listed = false;
    for (const std::string& x : fr.abbreviations()) listed |= x == a;
    CHECK(listed);
  }
  CHECK(fr.find("etc.") == nullptr);
  CHECK((entry("le").flags & kStopword) != 0);
  CHECK(fr.code() == "fr");
}

TEST_CASE("unknown forms are not found", "[lang][tables]") {
  CHECK(french().find("") == nullptr);
  CHECK(french().find("poutine") == nullptr);
  CHECK(french().find("Déclaré") == nullptr);  // lookups are on normalized (lower-case) forms
}

}  // namespace
}  // namespace whosaid::lang
