// The place names compiled in at build time (entities/place_sources.h) are
// those ICU and iso-codes give now, in the same order: the table only saves
// start-up the asking, it changes no name.
#include <catch2/catch.hpp>

#include <filesystem>
#include <span>
#include <vector>

#include "entities/place_index.h"
#include "entities/place_sources.h"
#include "lang/lexicon.h"

using namespace whosaid::entities;

TEST_CASE("the compiled place names are the ones listed at run time, in order", "[entities][places]") {
  for (const char* code : {"fr", "en"}) {
    INFO("language " << code);
    CompiledPlaces compiled;
    REQUIRE(compiled_place_sources(code, compiled));
    const std::vector<PlaceSource> listed = place_sources(code);
    REQUIRE(listed.size() > 500);  // ICU's countries and cities at least
    REQUIRE(compiled.places.size() == listed.size());
    for (size_t i = 0; i < listed.size(); ++i) {
      INFO("place " << i << ": " << listed[i].name);
      CHECK(compiled.name(compiled.places[i]) == listed[i].name);
      CHECK(compiled.country(compiled.places[i]) == listed[i].country);
      CHECK(compiled.places[i].kind == listed[i].kind);
    }
  }
}

TEST_CASE("a language the build did not list has no compiled place names", "[entities][places]") {
  CompiledPlaces compiled;
  CHECK_FALSE(compiled_place_sources("xx-unlisted", compiled));
  CHECK_FALSE(compiled_place_sources("", compiled));
}

// The index the build compiled (entities/place_index.h) is the one made at
// run time from the same names and lexicon, array for array: it only saves
// start-up the splitting.
TEST_CASE("the compiled place index is the one made at run time with the same lexicon", "[entities][places]") {
  for (const char* code : {"fr", "en"}) {
    INFO("language " << code);
    whosaid::lang::Lexicon lexicon;
    REQUIRE(whosaid::lang::Lexicon::load(std::filesystem::path(WHOSAID_SOURCE_DATA_DIR) / "lang" / code, lexicon).ok());
    PlaceIndexView compiled;
    REQUIRE(compiled_place_index(code, lexicon.data_fingerprint(), compiled));
    PlaceIndexBuilder builder;
    for (const PlaceSource& p : place_sources(code)) builder.add(p.name, p.country, p.kind, lexicon);
    const PlaceIndex made = builder.finish();
    REQUIRE(made.keys.size() > 500);
    CHECK(compiled.text == made.text);
    REQUIRE(compiled.words.size() == made.words.size());
    for (size_t k = 0; k < made.words.size(); ++k) {
      CHECK(compiled.words[k].offset == made.words[k].offset);
      CHECK(compiled.words[k].length == made.words[k].length);
    }
    REQUIRE(compiled.names.size() == made.names.size());
    for (size_t k = 0; k < made.names.size(); ++k) {
      CHECK(compiled.names[k].first_word == made.names[k].first_word);
      CHECK(compiled.names[k].word_count == made.names[k].word_count);
      CHECK(compiled.country(compiled.names[k]) == made.view().country(made.names[k]));
      CHECK(compiled.names[k].kind == made.names[k].kind);
    }
    REQUIRE(compiled.keys.size() == made.keys.size());
    for (size_t k = 0; k < made.keys.size(); ++k) {
      CHECK(compiled.keys[k].word == made.keys[k].word);
      CHECK(compiled.keys[k].first_name == made.keys[k].first_name);
      CHECK(compiled.keys[k].name_count == made.keys[k].name_count);
      // Every first word is found, as itself.
      const PlaceKey* found = compiled.find(compiled.word(compiled.keys[k].word));
      REQUIRE(found != nullptr);
      CHECK(found == &compiled.keys[k]);
    }
    CHECK(std::vector<uint32_t>(compiled.slots.begin(), compiled.slots.end()) == made.slots);
    CHECK(compiled.find("valbourgzz") == nullptr);
  }
}

TEST_CASE("a lexicon of other data, or a language the build did not list, has no compiled place index",
          "[entities][places]") {
  whosaid::lang::Lexicon lexicon;
  REQUIRE(whosaid::lang::Lexicon::load(std::filesystem::path(WHOSAID_SOURCE_DATA_DIR) / "lang" / "fr", lexicon).ok());
  PlaceIndexView index;
  CHECK(compiled_place_index("fr", lexicon.data_fingerprint(), index));
  CHECK_FALSE(compiled_place_index("fr", lexicon.data_fingerprint() ^ 1, index));
  CHECK_FALSE(compiled_place_index("en", lexicon.data_fingerprint(), index));
  CHECK_FALSE(compiled_place_index("xx-unlisted", lexicon.data_fingerprint(), index));
}
