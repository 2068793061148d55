#include "entities/place_sources.h"

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <fstream>
#include <map>
#include <memory>
#include <set>

#include <nlohmann/json.hpp>

#include "lang/tsv.h"

namespace whosaid::entities {

namespace {

std::string utf8(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  return s;
}

// ISO 3166-2 subdivision names written in one country only; one-word names
// of four letters or fewer are left out (they are words too).
void add_subdivisions(std::vector<PlaceSource>& out) {
#ifdef WHOSAID_ISO_3166_2
  std::ifstream in(WHOSAID_ISO_3166_2);
  if (!in) return;  // iso-codes not installed: countries and cities only
  const nlohmann::json data = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!data.is_object() || !data.contains("3166-2") || !data["3166-2"].is_array()) return;
  std::map<std::string, std::set<std::string>> countries_of;  // name -> countries
  for (const nlohmann::json& row : data["3166-2"]) {
    if (!row.is_object() || !row.contains("code") || !row.contains("name")) continue;
    if (!row["code"].is_string() || !row["name"].is_string()) continue;
    const std::string code = row["code"].get<std::string>();
    if (code.size() < 3 || code[2] != '-') continue;
    countries_of[row["name"].get<std::string>()].insert(code.substr(0, 2));
  }
  for (const auto& [name, countries] : countries_of) {
    if (countries.size() != 1) continue;
    const bool one_word = name.find_first_of(" -") == std::string::npos;
    if (one_word && icu::UnicodeString::fromUTF8(name).length() <= 4) continue;
    out.push_back({name, *countries.begin(), PlaceKind::region});
    if (std::string bare = lang::strip_initial_accent(lang::normalize_word(name)); !bare.empty())
      out.push_back({std::move(bare), *countries.begin(), PlaceKind::region});
  }
#else
  (void)out;
#endif
}

}  // namespace

std::vector<PlaceSource> place_sources(std::string_view code_view) {
  std::vector<PlaceSource> out;
  const std::string code(code_view);
  if (code.empty()) return out;
  const icu::Locale language(code.c_str());
  // French copy often drops the accent on a capital: "Etats-Unis", "Equateur".
  auto add_both = [&](const std::string& name, std::string_view country, PlaceKind kind) {
    out.push_back({name, std::string(country), kind});
    if (std::string bare = lang::strip_initial_accent(lang::normalize_word(name)); !bare.empty())
      out.push_back({std::move(bare), std::string(country), kind});
  };
  for (const char* const* region = icu::Locale::getISOCountries(); *region; ++region) {
    icu::UnicodeString name;
    icu::Locale("", *region).getDisplayCountry(language, name);
    const std::string text = utf8(name);
    if (text.empty() || text == *region) continue;  // no name in this language
    add_both(text, *region, PlaceKind::country);
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> zone_names(icu::TimeZoneNames::createInstance(language, status));
  std::unique_ptr<icu::StringEnumeration> zones(
      icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  if (U_FAILURE(status) || !zone_names || !zones) return out;
  while (const icu::UnicodeString* id = zones->snext(status)) {
    if (U_FAILURE(status)) break;
    char region[8] = {};
    UErrorCode region_status = U_ZERO_ERROR;
    icu::TimeZone::getRegion(*id, region, sizeof region, region_status);
    if (U_FAILURE(region_status) || std::string_view(region).size() != 2 || std::string_view(region) == "AQ") continue;
    icu::UnicodeString city;
    zone_names->getExemplarLocationName(*id, city);
    const std::string text = utf8(city);
    if (text.empty() || text.find_first_of("[(") != std::string::npos) continue;
    add_both(text, region, PlaceKind::city);
  }
  add_subdivisions(out);
  return out;
}

}  // namespace whosaid::entities
