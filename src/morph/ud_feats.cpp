#include "morph/ud_feats.h"

#include <array>

#include "core/morph.h"

namespace whosaid::morph {
namespace {

struct FeatName {
  std::string_view name;  // UD feature name
  Feat field;
  std::array<std::string_view, 11> values;  // by packed value; values[0] unused
};

// Alphabetical by UD name, as UD writes FEATS.
constexpr FeatName kNames[] = {
    {"Definite", Feat::definite, {"", "Def", "Ind"}},
    {"Degree", Feat::degree, {"", "Pos", "Cmp", "Sup"}},
    {"Gender", Feat::gender, {"", "Masc", "Fem", "Com"}},
    {"Mood", Feat::mood, {"", "Ind", "Sub", "Cnd", "Imp"}},
    {"NameType", Feat::name_class, {"", "Giv", "Sur", "Geo"}},
    {"NumType", Feat::num_type, {"", "Card", "Ord"}},
    {"Number", Feat::number, {"", "Sing", "Plur", "Ptan"}},
    {"Person", Feat::person, {"", "1", "2", "3"}},
    {"Polarity", Feat::polarity, {"", "Neg"}},
    {"Poss", Feat::poss, {"", "Yes"}},
    {"PronType", Feat::pron_type, {"", "Prs", "Art", "Dem", "Rel", "Int", "Ind", "Tot", "Neg", "Exc", "Emp"}},
    {"Reflex", Feat::reflex, {"", "Yes"}},
    {"Tense", Feat::tense, {"", "Pres", "Past", "Imp", "Fut", "Pqp"}},
    {"VerbForm", Feat::verb_form, {"", "Fin", "Inf", "Part", "Ger"}},
    {"Voice", Feat::voice, {"", "Pass"}},
};

void parse_one(std::string_view pair, uint32_t& feats) {
  const size_t eq = pair.find('=');
  if (eq == std::string_view::npos) return;
  const std::string_view name = pair.substr(0, eq), value = pair.substr(eq + 1);
  for (const FeatName& f : kNames) {
    if (f.name != name) continue;
    for (size_t v = 1; v < f.values.size(); ++v)
      if (!f.values[v].empty() && f.values[v] == value) feats = with_feature(feats, f.field, static_cast<uint8_t>(v));
    return;
  }
}

}  // namespace

void append_ud_feats(uint32_t feats, std::string& out) {
  bool any = false;
  for (const FeatName& f : kNames) {
    const uint8_t v = feature(feats, f.field);
    if (v == 0 || v >= f.values.size() || f.values[v].empty()) continue;
    if (any) out += '|';
    out += f.name;
    out += '=';
    out += f.values[v];
    any = true;
  }
  if (!any) out += '_';
}

uint32_t parse_ud_feats(std::string_view text) {
  uint32_t feats = 0;
  while (!text.empty()) {
    const size_t bar = text.find('|');
    parse_one(text.substr(0, bar), feats);
    if (bar == std::string_view::npos) break;
    text.remove_prefix(bar + 1);
  }
  return feats;
}

}  // namespace whosaid::morph
