// The place names compiled in at build time (entities/place_sources.h) are
// those ICU and iso-codes give now, in the same order: the table only saves
// start-up the asking, it changes no name.
#include <catch2/catch.hpp>

#include <span>

#include "entities/place_sources.h"

using namespace whosaid::entities;

TEST_CASE("the compiled place names are the ones listed at run time, in order", "[entities][places]") {
  for (const char* code : {"fr", "en"}) {
    INFO("language " << code);
    std::span<const CompiledPlace> compiled;
    REQUIRE(compiled_place_sources(code, compiled));
    const std::vector<PlaceSource> listed = place_sources(code);
    REQUIRE(listed.size() > 500);  // ICU's countries and cities at least
    REQUIRE(compiled.size() == listed.size());
    for (size_t i = 0; i < listed.size(); ++i) {
      INFO("place " << i << ": " << listed[i].name);
      CHECK(std::string_view(compiled[i].name) == listed[i].name);
      CHECK(std::string_view(compiled[i].country) == listed[i].country);
      CHECK(compiled[i].kind == listed[i].kind);
    }
  }
}

TEST_CASE("a language the build did not list has no compiled place names", "[entities][places]") {
  std::span<const CompiledPlace> compiled;
  CHECK_FALSE(compiled_place_sources("xx-unlisted", compiled));
  CHECK_FALSE(compiled_place_sources("", compiled));
}
