// The loader's helpers: normalizing and splitting phrases like the tokenizer,
// optional groups, accent stripping, TSV reading.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang/tsv.h"

namespace whosaid::lang {
namespace {

using Words = std::vector<std::string>;

TEST_CASE("normalize_word lower-cases and unifies apostrophes", "[lang][tsv]") {
  struct Row {
    const char* in;
    const char* out;
  };
  const Row rows[] = {
      {"Déclarer", "déclarer"}, {"ÉLYSÉE", "élysée"},       {"D’après", "d'après"}, {"L‘Œuvre", "l'œuvre"},
      {"Ça", "ça"},             {"ŁÓDŹ", "łódź"},           {"porte-parole", "porte-parole"},
      {"M.", "m."},             {"Quai d`Orsay", "quai d'orsay"},
  };
  for (const Row& r : rows) {
    INFO(r.in);
    CHECK(normalize_word(r.in) == r.out);
  }
}

TEST_CASE("split_phrase splits like the tokenizer", "[lang][tsv]") {
  const std::vector<std::string> elisions = {"lorsqu'", "jusqu'", "qu'", "l'", "d'", "s'", "n'"};
  struct Row {
    const char* in;
    Words out;
  };
  const Row rows[] = {
      {"d'après", {"d'", "après"}},
      {"sous couvert d'anonymat", {"sous", "couvert", "d'", "anonymat"}},
      {"qui n'était pas autorisé à s'exprimer", {"qui", "n'", "était", "pas", "autorisé", "à", "s'", "exprimer"}},
      {"a-t-il", {"a-t-il"}},
      {"porte-parole", {"porte-parole"}},
      {"aujourd'hui", {"aujourd'hui"}},
      {"lorsqu'il", {"lorsqu'", "il"}},
      {"  selon   ", {"selon"}},
  };
  for (const Row& r : rows) {
    INFO(r.in);
    CHECK(split_phrase(r.in, elisions) == r.out);
  }
}

TEST_CASE("expand_optional spells out optional groups", "[lang][tsv]") {
  Words out;
  REQUIRE(expand_optional("informé(e)(s) de", out));
  CHECK(out == Words{"informé de", "informée de", "informés de", "informées de"});
  REQUIRE(expand_optional("selon", out));
  CHECK(out == Words{"selon"});
  CHECK_FALSE(expand_optional("informé(e de", out));
  CHECK_FALSE(expand_optional("informé)e", out));
  CHECK_FALSE(expand_optional("a()", out));
}

TEST_CASE("strip_initial_accent drops the accent capitals lose", "[lang][tsv]") {
  CHECK(strip_initial_accent("état") == "etat");
  CHECK(strip_initial_accent("élysée") == "elysée");
  CHECK(strip_initial_accent("à").empty());  // "a" is the auxiliary
  CHECK(strip_initial_accent("à-propos") == "a-propos");
  CHECK(strip_initial_accent("kremlin").empty());
}

TEST_CASE("valid_utf8 rejects broken sequences", "[lang][tsv]") {
  CHECK(valid_utf8("déclaré"));
  CHECK(valid_utf8(""));
  CHECK_FALSE(valid_utf8("d\xe9" "clar\xe9"));  // Latin-1
  CHECK_FALSE(valid_utf8("\xc3"));            // cut short
  CHECK_FALSE(valid_utf8("\xc0\xaf"));        // overlong
}

}  // namespace
}  // namespace whosaid::lang
