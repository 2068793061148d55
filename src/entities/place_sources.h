// Where a language's place names come from: ICU's locale data (country
// display names, exemplar cities of the canonical time zones) and Debian's
// iso-codes (ISO 3166-2 subdivisions). PlaceNames (place_names.h) splits and
// indexes them with the lexicon; this file only lists them.
//
// Listing them asks ICU for every region and time zone and parses a 500 KB
// JSON file: about 110 M instructions, half of a process's start-up. The
// build therefore lists them once for every language of data/lang
// (tools/compile_place_names.cpp) into a table compiled into the library
// (compiled_place_sources); a language not listed at build time is listed
// at run time as before. The table holds what this build's ICU and iso-codes
// gave: rebuilding after either changes refreshes it.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::entities {

enum class PlaceKind : uint8_t { country, city, region };

// One name as PlaceNames::add takes it, in the order it is added (the order
// decides between two names of one length).
struct PlaceSource {
  std::string name;     // as written: "Allemagne", "Etats-Unis" (the variant without the initial accent)
  std::string country;  // ISO 3166 alpha-2
  PlaceKind kind = PlaceKind::country;
};

// The names of language `code` ("fr"), from ICU and iso-codes now.
std::vector<PlaceSource> place_sources(std::string_view code);

struct CompiledPlace {
  uint32_t name_offset, name_length;        // in CompiledPlaces::text
  uint32_t country_offset, country_length;  // in CompiledPlaces::text
  PlaceKind kind;
};
struct CompiledPlaces {
  std::string_view text;
  std::span<const CompiledPlace> places;
  std::string_view name(const CompiledPlace& p) const { return text.substr(p.name_offset, p.name_length); }
  std::string_view country(const CompiledPlace& p) const { return text.substr(p.country_offset, p.country_length); }
};

// The names listed for `code` at build time; false when the build listed no
// such language (then place_sources(code) gives them).
bool compiled_place_sources(std::string_view code, CompiledPlaces& out);

}  // namespace whosaid::entities
