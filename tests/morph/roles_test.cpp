// Roles: the French data loads and says what its words do; bad files give
// an error naming the file, the line and what is wrong.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>
#include <string>
#include <vector>
#include <unistd.h>

#include "chunker_test_notation.h"
#include "morph/roles.h"

namespace whosaid::morph::testing {
namespace {

namespace fs = std::filesystem;

bool has(std::string_view word, Role role) { return has_role(french_roles().of_word(word), role); }

TEST_CASE("roles: the French words and their roles", "[roles]") {
  CHECK(has("qu'", Role::complementizer));
  CHECK(has("qu'", Role::relative_pronoun));
  CHECK(has("dont", Role::relative_pronoun));
  CHECK_FALSE(has("dont", Role::complementizer));
  CHECK(has("s'", Role::reflexive_clitic));
  CHECK(has("lui", Role::object_clitic));
  CHECK(has("nous", Role::object_clitic));
  CHECK(has("nous", Role::subject_pronoun));
  CHECK_FALSE(has("il", Role::object_clitic));
  CHECK(has("n'", Role::negation_particle));
  CHECK(has("jamais", Role::negation));
  CHECK(has("avoir", Role::auxiliary));
  CHECK(has("à", Role::recipient_preposition));
  CHECK(has("par", Role::agent_preposition));
  CHECK(has("du", Role::genitive_preposition));
  CHECK(has("soir", Role::time_noun));
  CHECK(has("fois", Role::time_part_noun));
  CHECK(has("lundi", Role::day_name));
  CHECK(has("août", Role::month_name));
  CHECK(has("dizaine", Role::quantity_noun));
  CHECK(has("von", Role::name_particle));
  CHECK(has("@", Role::handle_mark));
  CHECK_FALSE(has("déclarer", Role::semi_auxiliary));
  CHECK(french_roles().of_word("tableau") == 0);
}

TEST_CASE("roles: titles come from titles.tsv, one-word forms only", "[roles]") {
  CHECK(has("m.", Role::title));
  CHECK(has("mme", Role::title));
  CHECK(has("président", Role::title));
  CHECK_FALSE(has("premier", Role::title));  // "premier ministre" is a phrase there
}

TEST_CASE("roles: semi-auxiliaries and their links", "[roles]") {
  const Roles& r = french_roles();
  CHECK(r.links_infinitive("pouvoir", ""));
  CHECK(r.links_infinitive("venir", ""));
  CHECK(r.links_infinitive("venir", "de"));
  CHECK(r.links_infinitive("tenir", "à"));
  CHECK_FALSE(r.links_infinitive("tenir", ""));
  CHECK_FALSE(r.links_infinitive("tenir", "de"));
  CHECK_FALSE(r.links_infinitive("dire", ""));
}

TEST_CASE("roles: a token's roles are its form's and its lemma's", "[roles]") {
  Tagged t = tagged("ont/AUX/avoir s'/PRON/se lundi/NOUN");
  const Roles& r = french_roles();
  CHECK(has_role(r.of(t.doc, t.doc.tokens[0]), Role::auxiliary));
  CHECK(has_role(r.of(t.doc, t.doc.tokens[1]), Role::reflexive_clitic));
  CHECK(has_role(r.of(t.doc, t.doc.tokens[2]), Role::day_name));
  Tagged bare = tagged("ont/AUX");
  CHECK_FALSE(has_role(r.of(bare.doc, bare.doc.tokens[0]), Role::auxiliary));
}

TEST_CASE("roles: locutions are split as the tokenizer splits, longest first", "[roles]") {
  const Roles& r = french_roles();
  auto first_words = [&](std::string_view word) {
    std::vector<std::string> out;
    for (uint32_t i : r.locutions_starting(word)) {
      std::string phrase;
      for (const LocutionWord& w : r.locutions()[i].words) {
        if (!phrase.empty()) phrase += ' ';
        phrase += w.word.empty() ? std::string(to_string(w.placeholder)) : w.word;
      }
      out.push_back(std::string(to_string(r.locutions()[i].kind)) + ": " + phrase);
    }
    return out;
  };
  CHECK(first_words("lors") == std::vector<std::string>{"preposition: lors de"});
  CHECK(first_words("jusqu'") ==
        std::vector<std::string>{"adverbial: jusqu' à présent", "adverbial: jusqu' ici", "preposition: jusqu' à"});
  const auto de = first_words("de");
  CHECK(std::find(de.begin(), de.end(), "adverbial: de DET côté") != de.end());
  CHECK(first_words("il") == std::vector<std::string>{"time_preposition: il y a"});
  CHECK(first_words("tableau").empty());
}

// ---- bad data ---------------------------------------------------------------

struct BadCase {
  const char* roles;
  const char* locutions;
  const char* message;  // after "<folder>/"
};

const char* kGoodRoles = "complementizer\tque\n";
const char* kGoodLocutions = "adverbial\ten effet\n";

fs::path write_language(const std::string& name, const char* roles, const char* locutions) {
  const fs::path dir = fs::temp_directory_path() / ("whosaid-roles-" + std::to_string(getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  if (roles != nullptr) std::ofstream(dir / "roles.tsv") << roles;
  if (locutions != nullptr) std::ofstream(dir / "locutions.tsv") << locutions;
  std::ofstream(dir / "titles.tsv") << "m.\thonorific\tm\tsg\n";
  return dir;
}

TEST_CASE("roles: bad data files name the file, the line and the fault", "[roles][bad-data]") {
  const BadCase cases[] = {
      {"complementizer\tque\ncomplementiser\tqu'\n", kGoodLocutions, "roles.tsv:2: unknown role 'complementiser'"},
      {"title\tmme\n", kGoodLocutions, "roles.tsv:1: title words are read from titles.tsv, not listed here"},
      {"negation\tne pas\n", kGoodLocutions,
       "roles.tsv:1: 'ne pas': a role names one word; put phrases in locutions.tsv"},
      {"negation\n", kGoodLocutions, "roles.tsv:1: expected 2 to 3 tab-separated columns, got 1"},
      {"semi_auxiliary\tvenir\tde\textra\n", kGoodLocutions,
       "roles.tsv:1: expected 2 to 3 tab-separated columns, got 4"},
      {"negation\tpas\tde\n", kGoodLocutions,
       "roles.tsv:1: only semi_auxiliary takes a third column (the link), not 'negation'"},
      {"# comment\ncomplementizer\tque\ncomplementizer\tQue\n", kGoodLocutions,
       "roles.tsv:3: 'que' is already listed as complementizer (line 2)"},
      {"semi_auxiliary\tvenir\tde\nsemi_auxiliary\tvenir\n\nsemi_auxiliary\tvenir\tde\n", kGoodLocutions,
       "roles.tsv:4: 'venir de' is already listed as semi_auxiliary (line 1)"},
      {"negation\t\n", kGoodLocutions, "roles.tsv:1: expected 2 to 3 tab-separated columns, got 1"},
      {"negation\tp\xff" "s\n", kGoodLocutions, "roles.tsv:1: invalid UTF-8"},
      {kGoodRoles, "adverb\ten effet\n",
       "locutions.tsv:1: unknown locution kind 'adverb' (adverbial, preposition, time_preposition, conjunction)"},
      {kGoodRoles, "preposition\tselon\n",
       "locutions.tsv:1: 'selon': a locution has at least two words (one word is the tagger's)"},
      {kGoodRoles, "adverbial\tde XYZ côté\n",
       "locutions.tsv:1: 'XYZ' is not a part of speech (a word in capitals is a placeholder: DET, NUM, ADJ...)"},
      {kGoodRoles, "adverbial\tDET tour\n",
       "locutions.tsv:1: a locution starts with a word, not a placeholder 'DET'"},
      {kGoodRoles, "adverbial\ten effet\nadverbial\tEn  effet\n",
       "locutions.tsv:2: 'En  effet' is already listed as adverbial (line 1)"},
      {kGoodRoles, "adverbial\ten effet\tmaybe\n", "locutions.tsv:1: expected 2 tab-separated columns, got 3"},
  };
  int n = 0;
  for (const BadCase& c : cases) {
    const fs::path dir = write_language("case" + std::to_string(n++), c.roles, c.locutions);
    Roles roles;
    const Status s = Roles::load(dir, french_elisions(), roles);
    INFO(c.roles << " | " << c.locutions);
    CHECK(s.code() == StatusCode::bad_data);
    CHECK(s.message() == (dir / c.message).string());
    fs::remove_all(dir);
  }
}

TEST_CASE("roles: a missing file is an io_error naming it", "[roles][bad-data]") {
  for (int missing = 0; missing < 2; ++missing) {
    const fs::path dir = write_language("missing" + std::to_string(missing), missing == 0 ? nullptr : kGoodRoles,
                                        missing == 1 ? nullptr : kGoodLocutions);
    Roles roles;
    const Status s = Roles::load(dir, french_elisions(), roles);
    CHECK(s.code() == StatusCode::io_error);
    const char* file = missing == 0 ? "roles.tsv" : "locutions.tsv";
    CHECK(s.message() == (dir / file).string() + ": cannot open the language data file");
    fs::remove_all(dir);
  }
}

TEST_CASE("roles: good minimal files load", "[roles]") {
  const fs::path dir = write_language("good", kGoodRoles, kGoodLocutions);
  Roles roles;
  const Status s = Roles::load(dir, french_elisions(), roles);
  INFO(s.message());
  REQUIRE(s.ok());
  CHECK(has_role(roles.of_word("que"), Role::complementizer));
  CHECK(has_role(roles.of_word("m."), Role::title));
  CHECK(roles.locutions().size() == 1);
  fs::remove_all(dir);
}

TEST_CASE("roles: every word of a locution has an entry of its own id", "[roles]") {
  // The chunker matches a locution's words by their entries' ids.
  const fs::path dir = write_language("ids", kGoodRoles, "adverbial\ten effet\npreposition\tà cause de\nadverbial\tde DET côté\n");
  Roles roles;
  REQUIRE(Roles::load(dir, french_elisions(), roles).ok());
  std::vector<uint32_t> ids;
  std::map<std::string, uint32_t> id_of;
  for (const Locution& loc : roles.locutions())
    for (const LocutionWord& w : loc.words) {
      if (w.placeholder != Upos::unknown) {
        CHECK(w.entry_id == 0);
        continue;
      }
      const Roles::WordEntry* e = roles.entry(w.word);
      INFO("word '" << w.word << "'");
      REQUIRE(e != nullptr);
      CHECK(e->id == w.entry_id);
      CHECK(e->id != 0);
      ids.push_back(e->id);
      const auto [it, first] = id_of.emplace(w.word, e->id);
      CHECK(it->second == e->id);  // a word met twice ("de") has one id
    }
  // "effet", "cause", "côté" are no locution's first word and still have entries.
  CHECK(ids.size() == 7);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  CHECK(ids.size() == id_of.size());  // six words, six ids
  CHECK(id_of.size() == 6);
  CHECK(roles.entry("que")->id != roles.entry("de")->id);
  CHECK(roles.entry("effet")->roles == 0);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace whosaid::morph::testing
