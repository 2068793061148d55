// Language detection by stopwords, and where the data folder is found.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "lang/detect.h"
#include "lang/lexicon.h"
#include "lang_test_data.h"

namespace whosaid::lang {
namespace {

const std::vector<StopwordSet>& sets() {
  static std::vector<StopwordSet> loaded;
  static bool done = false;
  if (!done) {
    Status s = load_stopword_sets(testing::data_dir() / "lang", loaded);
    INFO(s.message());
    REQUIRE(s.ok());
    done = true;
  }
  return loaded;
}

TEST_CASE("stopword sets load for every language folder, in code order", "[lang][detect]") {
  REQUIRE(sets().size() >= 2);
  CHECK(sets()[0].code == "en");
  CHECK(sets()[1].code == "fr");
  CHECK(sets()[1].words.count("l'") == 1);
  CHECK(sets()[0].words.count("the") == 1);
}

TEST_CASE("detect_language picks the language with the most stopword hits", "[lang][detect]") {
  struct Row {
    const char* text;  // normalized: lower-case, ASCII apostrophes
    const char* code;
  };
  const Row rows[] = {
      {"une source russe de haut rang a déclaré que les contacts avec les américains n'ont abouti à rien.", "fr"},
      {"le fonctionnaire américain a déclaré qu'il n'était pas au courant de l'existence de contacts.", "fr"},
      {"a senior russian source said that the contacts with the americans had come to nothing.", "en"},
      {"the official, who was not authorized to speak publicly, said he was not aware of it.", "en"},
      {"", ""},
      {"poutine biden zelensky 2024", ""},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    CHECK(detect_language(r.text, sets()) == r.code);
  }
}

TEST_CASE("detect_language reads only the first max_words words", "[lang][detect]") {
  std::string text = "the source said that it was the end of the talks. ";
  for (int i = 0; i < 10; ++i) text += "le kremlin a indiqué que les contacts avec les sources étaient rompus. ";
  CHECK(detect_language(text, sets()) == "fr");
  CHECK(detect_language(text, sets(), 11) == "en");
}

TEST_CASE("detect_language through a StopwordIndex gives the sets' own answer", "[lang][detect]") {
  const StopwordIndex index(sets());
  REQUIRE(index.usable());
  // A word of both lists counts for both; a word of none for none.
  for (const StopwordSet& set : sets())
    for (const std::string& w : set.words) {
      INFO(w);
      size_t listed = 0;
      for (size_t k = 0; k < sets().size(); ++k) listed += (index.sets_of(w) >> k & 1u) == (sets()[k].words.count(w) == 1);
      CHECK(listed == sets().size());
    }
  CHECK(index.sets_of("valbourg") == 0);
  std::string long_text = "the mayor of valbourg said that the bridge would reopen. ";
  for (int i = 0; i < 5; ++i) long_text += "marta lindqvist a déclaré que le pont de valbourg rouvrirait en mars. ";
  const std::string texts[] = {
      "marta lindqvist a déclaré que le pont rouvrirait en mars, selon la mairie.",
      "the council of orlen said it had not been told of the plan by the board.",
      "le the",  // a tie: the earlier set
      "",
      "valbourg orlen 2031",
      long_text,
  };
  for (const std::string& t : texts) {
    INFO(t);
    CHECK(detect_language(t, sets(), index) == detect_language(t, sets()));
    CHECK(detect_language(t, sets(), index, 12) == detect_language(t, sets(), 12));
  }
  CHECK(detect_language(long_text, sets(), index, 12) == "en");
  CHECK(detect_language(long_text, sets(), index) == "fr");
  // A default (unusable) index: the sets themselves are read.
  CHECK(detect_language("the mayor said", sets(), StopwordIndex()) == "en");
}

TEST_CASE("default_data_dir follows WHOSAID_DATA_DIR", "[lang][detect]") {
  const char* before = std::getenv("WHOSAID_DATA_DIR");
  std::string saved = before ? before : "";
  setenv("WHOSAID_DATA_DIR", "/some/where/data", 1);
  CHECK(Lexicon::default_data_dir() == std::filesystem::path("/some/where/data"));
  unsetenv("WHOSAID_DATA_DIR");
  // Without the variable, the source tree compiled in (it exists while testing).
  CHECK(Lexicon::default_data_dir() == std::filesystem::path(WHOSAID_SOURCE_DATA_DIR));
  if (before) setenv("WHOSAID_DATA_DIR", saved.c_str(), 1);
  CHECK(std::filesystem::exists(Lexicon::default_data_dir() / "lang" / "fr" / "cue_verbs.tsv"));
}

}  // namespace
}  // namespace whosaid::lang
