// Generated verb forms: a sample per model and tense, read back through the
// lexicon the way extraction reads them (find -> entry -> verb_forms range).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang/conjugation.h"
#include "lang_test_data.h"

namespace whosaid::lang {
namespace {

using testing::entry;
using testing::french;

// Does `form` have a reading (lemma, mood, tense, person, plural)?
bool has_reading(std::string_view form, std::string_view lemma, Mood mood, Tense tense, int person, bool plural) {
  const LexEntry* e = french().find(form);
  if (e == nullptr) return false;
  for (uint32_t i = e->verb_forms_begin; i < e->verb_forms_end; ++i) {
    const VerbForm& f = french().verb_forms()[i];
    if (french().verbs()[f.verb].lemma == lemma && f.mood == mood && f.tense == tense &&
        (mood != Mood::finite || (f.person == person && f.plural == plural)))
      return true;
  }
  return false;
}

TEST_CASE("verb forms are generated for every model and tense", "[lang][conjugation]") {
  struct Row {
    const char* form;
    const char* lemma;
    Mood mood;
    Tense tense;
    int person;
    bool plural;
  };
  const Mood F = Mood::finite;
  const Row rows[] = {
      // -er
      {"déclare", "déclarer", F, Tense::present, 3, false},
      {"déclarent", "déclarer", F, Tense::present, 3, true},
      {"déclarait", "déclarer", F, Tense::imparfait, 3, false},
      {"déclara", "déclarer", F, Tense::passe_simple, 3, false},
      {"déclarèrent", "déclarer", F, Tense::passe_simple, 3, true},
      {"déclarera", "déclarer", F, Tense::futur, 3, false},
      {"déclarerait", "déclarer", F, Tense::conditionnel, 3, false},
      {"déclareraient", "déclarer", F, Tense::conditionnel, 3, true},
      {"déclarent", "déclarer", F, Tense::subjonctif, 3, true},
      {"déclarant", "déclarer", Mood::present_participle, Tense::none, 0, false},
      {"déclarer", "déclarer", Mood::infinitive, Tense::none, 0, false},
      {"déclarées", "déclarer", Mood::past_participle, Tense::none, 0, false},
      // spelling changes
      {"annonçait", "annoncer", F, Tense::imparfait, 3, false},
      {"annonçons", "annoncer", F, Tense::present, 1, true},
      {"annoncent", "annoncer", F, Tense::present, 3, true},
      {"jugeait", "juger", F, Tense::imparfait, 3, false},
      {"jugea", "juger", F, Tense::passe_simple, 3, false},
      {"révèle", "révéler", F, Tense::present, 3, false},
      {"révélons", "révéler", F, Tense::present, 1, true},
      {"révélera", "révéler", F, Tense::futur, 3, false},
      {"révèlera", "révéler", F, Tense::futur, 3, false},
      {"considère", "considérer", F, Tense::present, 3, false},
      {"s'inquiète", "inquiéter", F, Tense::present, 3, false},  // not a form: the clitic is a token
      {"martèle", "marteler", F, Tense::present, 3, false},
      {"martelait", "marteler", F, Tense::imparfait, 3, false},
      {"rappelle", "rappeler", F, Tense::present, 3, false},
      {"rappelait", "rappeler", F, Tense::imparfait, 3, false},
      {"rejettent", "rejeter", F, Tense::present, 3, true},
      {"balaie", "balayer", F, Tense::present, 3, false},
      // -ir
      {"avertit", "avertir", F, Tense::present, 3, false},
      {"avertissait", "avertir", F, Tense::imparfait, 3, false},
      {"réagissent", "réagir", F, Tense::present, 3, true},
      // irregular
      {"dit", "dire", F, Tense::present, 3, false},
      {"dit", "dire", F, Tense::passe_simple, 3, false},
      {"dit", "dire", Mood::past_participle, Tense::none, 0, false},
      {"disait", "dire", F, Tense::imparfait, 3, false},
      {"dirent", "dire", F, Tense::passe_simple, 3, true},
      {"dira", "dire", F, Tense::futur, 3, false},
      {"prédisez", "prédire", F, Tense::present, 2, true},
      {"fait", "faire", F, Tense::present, 3, false},
      {"font", "faire", F, Tense::present, 3, true},
      {"fera", "faire", F, Tense::futur, 3, false},
      {"admis", "admettre", Mood::past_participle, Tense::none, 0, false},
      {"promet", "promettre", F, Tense::present, 3, false},
      {"prévient", "prévenir", F, Tense::present, 3, false},
      {"prévenu", "prévenir", Mood::past_participle, Tense::none, 0, false},
      {"soutiennent", "soutenir", F, Tense::present, 3, true},
      {"maintint", "maintenir", F, Tense::passe_simple, 3, false},
      {"reconnaît", "reconnaître", F, Tense::present, 3, false},
      {"reconnait", "reconnaître", F, Tense::present, 3, false},
      {"reconnu", "reconnaître", Mood::past_participle, Tense::none, 0, false},
      {"reconnaissait", "reconnaître", F, Tense::imparfait, 3, false},
      {"croit", "croire", F, Tense::present, 3, false},
      {"croyaient", "croire", F, Tense::imparfait, 3, true},
      {"écrit", "écrire", F, Tense::present, 3, false},
      {"écrivait", "écrire", F, Tense::imparfait, 3, false},
      {"décrivent", "décrire", F, Tense::present, 3, true},
      {"répond", "répondre", F, Tense::present, 3, false},
      {"répondu", "répondre", Mood::past_participle, Tense::none, 0, false},
      {"craint", "craindre", F, Tense::present, 3, false},
      {"craignent", "craindre", F, Tense::present, 3, true},
      {"démenti", "démentir", Mood::past_participle, Tense::none, 0, false},
      {"dément", "démentir", F, Tense::present, 3, false},
      {"démentent", "démentir", F, Tense::present, 3, true},
      {"peut", "pouvoir", F, Tense::present, 3, false},
      {"pourrait", "pouvoir", F, Tense::conditionnel, 3, false},
      {"veut", "vouloir", F, Tense::present, 3, false},
      {"doit", "devoir", F, Tense::present, 3, false},
      {"sait", "savoir", F, Tense::present, 3, false},
      {"conclut", "conclure", F, Tense::present, 3, false},
      {"poursuit", "poursuivre", F, Tense::present, 3, false},
      {"va", "aller", F, Tense::present, 3, false},
      {"a", "avoir", F, Tense::present, 3, false},
      {"ont", "avoir", F, Tense::present, 3, true},
      {"aurait", "avoir", F, Tense::conditionnel, 3, false},
      {"ait", "avoir", F, Tense::subjonctif, 3, false},
      {"est", "être", F, Tense::present, 3, false},
      {"était", "être", F, Tense::imparfait, 3, false},
      {"soit", "être", F, Tense::subjonctif, 3, false},
      {"sourit", "sourire", F, Tense::present, 3, false},
      {"émeut", "émouvoir", F, Tense::present, 3, false},
  };
  for (const Row& r : rows) {
    INFO(r.form << " <- " << r.lemma);
    if (std::string_view(r.form) == "s'inquiète") {
      CHECK(french().find(r.form) == nullptr);
      CHECK(has_reading("inquiète", r.lemma, r.mood, r.tense, r.person, r.plural));
      continue;
    }
    CHECK(has_reading(r.form, r.lemma, r.mood, r.tense, r.person, r.plural));
  }
}

TEST_CASE("inverted forms carry the clitic and the auxiliary flag", "[lang][conjugation]") {
  struct Row {
    const char* form;
    uint32_t flags;    // must all be set
    uint32_t absent;   // must all be clear
    Gender gender;
    bool plural;
  };
  const Row rows[] = {
      {"a-t-il", kAuxiliary | kInverted, kCueVerbForm, Gender::masculine, false},
      {"a-t-elle", kAuxiliary | kInverted, 0, Gender::feminine, false},
      {"a-t-on", kAuxiliary | kInverted, 0, Gender::unknown, false},
      {"ont-ils", kAuxiliary | kInverted, 0, Gender::masculine, true},
      {"ont-elles", kAuxiliary | kInverted, 0, Gender::feminine, true},
      {"avait-il", kAuxiliary | kInverted, 0, Gender::masculine, false},
      {"aurait-il", kAuxiliary | kInverted, 0, Gender::masculine, false},
      {"est-il", kAuxiliary | kInverted, 0, Gender::masculine, false},
      {"estime-t-elle", kCueVerbForm | kInverted, kAuxiliary, Gender::feminine, false},
      {"déclare-t-il", kCueVerbForm | kInverted, kAuxiliary, Gender::masculine, false},
      {"dit-il", kCueVerbForm | kInverted, 0, Gender::masculine, false},
      {"dit-elle", kCueVerbForm | kInverted, 0, Gender::feminine, false},
      {"ajoute-t-il", kCueVerbForm | kInverted, 0, Gender::masculine, false},
      {"affirme-t-elle", kCueVerbForm | kInverted, 0, Gender::feminine, false},
      {"explique-t-on", kCueVerbForm | kInverted, 0, Gender::unknown, false},
      {"précisait-il", kCueVerbForm | kInverted, 0, Gender::masculine, false},
      {"répond-il", kCueVerbForm | kInverted, 0, Gender::masculine, false},
      {"ajoutèrent-ils", kCueVerbForm | kInverted, 0, Gender::masculine, true},
      {"va-t-il", kModal | kInverted, 0, Gender::masculine, false},
  };
  for (const Row& r : rows) {
    INFO(r.form);
    const LexEntry& e = entry(r.form);
    CHECK((e.flags & r.flags) == r.flags);
    CHECK((e.flags & r.absent) == 0);
    CHECK(e.gender == r.gender);
    CHECK(e.plural == r.plural);
    bool found = false;
    for (uint32_t i = e.verb_forms_begin; i < e.verb_forms_end; ++i) {
      const VerbForm& f = french().verb_forms()[i];
      found |= f.inverted && f.inverted_gender == r.gender && f.plural == r.plural;
    }
    CHECK(found);
  }
}

TEST_CASE("auxiliary and modal flags stay on finite forms", "[lang][conjugation]") {
  CHECK((entry("a").flags & kAuxiliary) != 0);
  CHECK((entry("sont").flags & kAuxiliary) != 0);
  CHECK((entry("eu").flags & kAuxiliary) == 0);     // a participle
  CHECK((entry("avoir").flags & kAuxiliary) == 0);  // the infinitive
  CHECK((entry("peut").flags & kModal) != 0);
  CHECK((entry("vient").flags & kModal) != 0);
  CHECK((entry("pouvoir").flags & kModal) == 0);
  CHECK((entry("déclaré").flags & kAuxiliary) == 0);
}

TEST_CASE("a form points to every cue its head verb heads", "[lang][cues]") {
  const Lexicon& fr = french();
  const LexEntry& fait = entry("fait");
  REQUIRE((fait.flags & kCueVerbForm) != 0);
  const Cue* savoir = nullptr;
  for (uint32_t i = fait.cues_begin; i < fait.cues_end; ++i) {
    if (fr.cues()[i].expression == "faire savoir") savoir = &fr.cues()[i];
  }
  REQUIRE(savoir != nullptr);
  CHECK(savoir->tail == std::vector<std::string>{"savoir"});
  CHECK(fr.verbs()[savoir->verb].lemma == "faire");
  CHECK(savoir->type == AttributionType::statement);

  // "laisser entendre": head laisser, tail entendre.
  const LexEntry& laisse = entry("laissé");
  bool found = false;
  for (uint32_t i = laisse.cues_begin; i < laisse.cues_end; ++i) {
    const Cue& c = fr.cues()[i];
    if (c.expression == "laisser entendre") found = c.tail == std::vector<std::string>{"entendre"};
  }
  CHECK(found);

  // "dit" heads both "dire" and the pronominal "se dire".
  const LexEntry& dit = entry("dit");
  std::vector<std::string> expressions;
  for (uint32_t i = dit.cues_begin; i < dit.cues_end; ++i) expressions.push_back(fr.cues()[i].expression);
  CHECK(expressions == std::vector<std::string>{"dire", "se dire"});
}

TEST_CASE("cue types, beliefs, pronominal verbs and negated cues come from the data", "[lang][cues]") {
  const Lexicon& fr = french();
  struct Row {
    const char* expression;
    AttributionType type;
    bool belief;
    bool pronominal;
    bool negated;
    uint8_t frames;  // must all be set
  };
  const Row rows[] = {
      {"déclarer", AttributionType::statement, false, false, false, kFrameQue | kFrameColon | kFramePostposed},
      {"nier", AttributionType::denial, false, false, false, kFrameQue | kFrameObject},
      {"démentir", AttributionType::denial, false, false, false, kFrameQue},
      {"rejeter", AttributionType::denial, false, false, false, kFrameObject},
      {"réfuter", AttributionType::denial, false, false, false, kFrameObject},
      {"refuser", AttributionType::refusal, false, false, false, kFrameDeInfinitive},
      {"se refuser", AttributionType::refusal, false, true, false, kFrameAInfinitive},
      {"ne pas souhaiter", AttributionType::refusal, false, false, true, kFrameInfinitive},
      {"considérer", AttributionType::statement, true, false, false, kFrameQue},
      {"croire", AttributionType::statement, true, false, false, kFrameQue},
      {"s'indigner", AttributionType::statement, false, true, false, kFramePostposed},
      {"se féliciter", AttributionType::statement, false, true, false, kFrameQue},
      {"se dire", AttributionType::statement, false, true, false, kFramePostposed},
      {"demander", AttributionType::statement, false, false, false, kFrameDeInfinitive},
  };
  for (const Row& r : rows) {
    INFO(r.expression);
    const Cue* cue = nullptr;
    for (size_t i = 0; i < fr.cue_count(); ++i) {
      if (fr.cues()[i].expression == r.expression) cue = &fr.cues()[i];
    }
    REQUIRE(cue != nullptr);
    CHECK(cue->type == r.type);
    CHECK(cue->belief == r.belief);
    CHECK(fr.verbs()[cue->verb].pronominal == r.pronominal);
    CHECK(fr.verbs()[cue->verb].etre_auxiliary == r.pronominal);
    CHECK(cue->negated == r.negated);
    CHECK((cue->frames & r.frames) == r.frames);
  }
}

TEST_CASE("the data lists at least 150 cue lemmas and every listed verb is there", "[lang][cues]") {
  const Lexicon& fr = french();
  CHECK(fr.cue_count() >= 150);
  const char* required[] = {
      "déclarer", "dire", "affirmer", "indiquer", "nier", "démentir", "assurer", "estimer", "expliquer",
      "ajouter", "souligner", "préciser", "confier", "annoncer", "rapporter", "révéler", "reconnaître",
      "admettre", "confirmer", "avertir", "prévenir", "insister", "juger", "dénoncer", "regretter",
      "s'indigner", "justifier", "glisser", "lancer", "faire savoir", "laisser entendre", "raconter",
      "relater", "détailler", "marteler", "rappeler", "poursuivre", "conclure", "répondre", "répliquer",
      "rétorquer", "s'inquiéter", "s'alarmer", "déplorer", "se féliciter", "se réjouir", "accuser",
      "écrire", "noter", "observer", "signaler", "témoigner", "avouer", "concéder", "promettre", "prédire",
      "demander", "appeler", "réclamer", "exhorter", "s'offusquer", "s'étonner", "mettre en garde",
      "faire valoir", "faire remarquer", "se dire", "se montrer", "réagir", "commenter", "résumer",
      "plaider", "protester", "contester", "rejeter", "réfuter", "faire part"};
  for (const char* expression : required) {
    bool found = false;
    for (size_t i = 0; i < fr.cue_count(); ++i) found |= fr.cues()[i].expression == expression;
    INFO(expression);
    CHECK(found);
  }
  // Every cue's forms lead back to it: its infinitive's cue range holds it.
  for (size_t i = 0; i < fr.cue_count(); ++i) {
    const Cue& c = fr.cues()[i];
    const LexEntry& e = entry(fr.verbs()[c.verb].lemma);
    INFO(c.expression);
    CHECK((e.flags & kCueVerbForm) != 0);
    bool points_back = false;
    for (uint32_t k = e.cues_begin; k < e.cues_end; ++k) points_back |= fr.cues()[k].expression == c.expression;
    CHECK(points_back);
  }
}

TEST_CASE("conjugate generates inverted forms only for the clitics it is given", "[lang][conjugation]") {
  TsvFile file;
  file.name = "test";
  TsvRow row;
  row.line = 1;
  row.fields = {"er", "er", "e es e ons ez ent", "ais ais ait ions iez aient", "ai as a âmes âtes èrent",
                "erai eras era erons erez eront", "erais erais erait erions eriez eraient",
                "e es e ions iez ent", "é ée és ées", "ant", "er"};
  ConjugationModel model;
  REQUIRE(parse_model(file, row, model).ok());
  std::vector<GeneratedForm> plain, inverted;
  std::string error;
  REQUIRE(conjugate(model, "ajouter", {}, plain, error));
  REQUIRE(conjugate(model, "ajouter", {{"il", false, Gender::masculine}, {"ils", true, Gender::masculine}},
                    inverted, error));
  // 6 tenses x 6 persons + 4 participles + present participle + infinitive.
  CHECK(plain.size() == 42);
  // 5 tenses x (one singular + one plural clitic).
  CHECK(inverted.size() == 42 + 10);
  bool ajouta_t_il = false;
  for (const GeneratedForm& g : inverted) ajouta_t_il |= g.form == "ajouta-t-il" && g.features.inverted;
  CHECK(ajouta_t_il);
  CHECK_FALSE(conjugate(model, "dire", {}, plain, error));
  CHECK(error == "the lemma 'dire' does not end in 'er' as model 'er' needs");
}

TEST_CASE("inversion inserts -t- only after a vowel", "[lang][conjugation]") {
  CHECK(invert("a", "il") == "a-t-il");
  CHECK(invert("déclare", "elle") == "déclare-t-elle");
  CHECK(invert("dit", "il") == "dit-il");
  CHECK(invert("répond", "on") == "répond-on");
  CHECK(invert("ont", "ils") == "ont-ils");
  CHECK(invert("ajouta", "elle") == "ajouta-t-elle");
}

}  // namespace
}  // namespace whosaid::lang
