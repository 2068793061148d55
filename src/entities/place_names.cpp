#include "entities/place_names.h"

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <fstream>
#include <map>
#include <memory>
#include <mutex>
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

}  // namespace

void PlaceNames::add(std::string_view display_name, std::string_view country, PlaceKind kind,
                     const lang::Lexicon& lexicon) {
  PlaceName name;
  name.words = lang::split_phrase(lang::normalize_word(display_name), lexicon.elisions());
  // "Hong Kong R.A.S. de Chine", "Saint-Martin (partie française)": not how copy names it.
  for (const std::string& w : name.words)
    if (w.empty() || w.find_first_of(".()[],") != std::string::npos) return;
  if (name.words.empty()) return;
  name.country = std::string(country);
  name.kind = kind;
  // "Le Vatican", "La Havane": the text writes the article in lower case, or
  // elides or contracts it ("du Vatican"), so the name is also known without it.
  if (name.words.size() > 1 && (lexicon.find(name.words.front()) && (lexicon.find(name.words.front())->flags & lang::kDeterminer))) {
    PlaceName bare = name;
    bare.words.erase(bare.words.begin());
    by_first_word_[bare.words.front()].push_back(static_cast<uint32_t>(names_.size()));
    names_.push_back(std::move(bare));
  }
  by_first_word_[name.words.front()].push_back(static_cast<uint32_t>(names_.size()));
  names_.push_back(std::move(name));
}

void PlaceNames::build(const lang::Lexicon& lexicon) {
  const std::string code(lexicon.code());
  if (code.empty()) return;
  const icu::Locale language(code.c_str());
  // French copy often drops the accent on a capital: "Etats-Unis", "Equateur".
  auto add_both = [&](const std::string& name, std::string_view country, PlaceKind kind) {
    add(name, country, kind, lexicon);
    if (std::string bare = lang::strip_initial_accent(lang::normalize_word(name)); !bare.empty())
      add(bare, country, kind, lexicon);
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
  if (U_FAILURE(status) || !zone_names || !zones) return;
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
  add_subdivisions(lexicon);
}

void PlaceNames::add_subdivisions(const lang::Lexicon& lexicon) {
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
    add(name, *countries.begin(), PlaceKind::region, lexicon);
    if (std::string bare = lang::strip_initial_accent(lang::normalize_word(name)); !bare.empty())
      add(bare, *countries.begin(), PlaceKind::region, lexicon);
  }
#else
  (void)lexicon;
#endif
}

const PlaceNames& PlaceNames::of(const lang::Lexicon& lexicon) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<PlaceNames>, std::less<>> tables;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = tables.find(lexicon.code());
  if (it == tables.end()) {
    auto table = std::make_unique<PlaceNames>();
    table->build(lexicon);
    it = tables.emplace(std::string(lexicon.code()), std::move(table)).first;
  }
  return *it->second;
}

PlaceMatch PlaceNames::at(const extract::Context& ctx, uint32_t i, uint32_t end) const {
  PlaceMatch best;
  if (i >= end || !ctx.capitalized(i) || ctx.token(i).kind != TokenKind::word) return best;
  const auto it = by_first_word_.find(ctx.word(i));
  if (it == by_first_word_.end()) return best;
  for (uint32_t index : it->second) {
    const PlaceName& name = names_[index];
    const auto n = static_cast<uint32_t>(name.words.size());
    if (n <= best.length || i + n > end) continue;
    bool match = true;
    for (uint32_t k = 1; k < n && match; ++k) match = ctx.word(i + k) == name.words[k];
    if (!match) continue;
    best = {n, name.country, name.kind};
  }
  if (!best.length) return best;
  // Part of a person's name ("Maurice Dupont", "Jean Maurice"): no place.
  const bool same_sentence_before = i > 0 && ctx.sentence_index(i - 1) == ctx.sentence_index(i);
  // A capitalized function word ("En Finlande", "Selon la Finlande") is no name.
  constexpr uint32_t kFunctionWord =
      lang::kDeterminer | lang::kPreposition | lang::kConjunction | lang::kStopword | lang::kAccordingTo;
  const bool name_before = same_sentence_before && ctx.capitalized(i - 1) && !ctx.has(i - 1, kFunctionWord) &&
                           ctx.token(i - 1).kind == TokenKind::word;
  const uint32_t after = i + best.length;
  const bool name_after = after < ctx.size() && ctx.sentence_index(after) == ctx.sentence_index(i) &&
                          ctx.capitalized(after) && ctx.token(after).kind == TokenKind::word &&
                          !ctx.has(after, lang::kDeterminer | lang::kConjunction | lang::kPreposition);
  if (name_before || name_after) return {};
  if (best.kind != PlaceKind::country && !same_sentence_before) return {};
  return best;
}

}  // namespace whosaid::entities
