#include "lang/conjugation.h"

namespace whosaid::lang {

namespace {

constexpr std::string_view kZeroMorpheme = "0";

constexpr std::string_view kColumnNames[kModelColumns] = {
    "present", "imparfait", "passe_simple", "futur", "conditionnel",
    "subjonctif", "participe_passe", "participe_present", "infinitif"};
constexpr size_t kSlots[kModelColumns] = {6, 6, 6, 6, 6, 6, 4, 1, 1};
constexpr Tense kTenses[kModelColumns] = {
    Tense::present, Tense::imparfait, Tense::passe_simple, Tense::futur,
    Tense::conditionnel, Tense::subjonctif, Tense::none, Tense::none, Tense::none};

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t end = s.find(sep, pos);
    if (end == std::string_view::npos) end = s.size();
    if (end > pos) parts.push_back(s.substr(pos, end - pos));
    pos = end + 1;
  }
  return parts;
}

}  // namespace

Status parse_model(const TsvFile& file, const TsvRow& row, ConjugationModel& out) {
  if (Status s = file.expect_columns(row, 2 + kModelColumns, 2 + kModelColumns); !s.ok()) return s;
  out = ConjugationModel{};
  out.name = std::string(row.fields[0]);
  out.pattern = normalize_word(row.fields[1]);
  if (out.name.empty()) return file.error(row, "empty model name");
  // "0", the zero morpheme, as a pattern: the whole infinitive is the stem
  // (English "claim" -> "claims", "claimed"); as an ending: the stem alone.
  const bool zero_pattern = out.pattern == kZeroMorpheme;
  if (zero_pattern) out.pattern.clear();
  size_t star = out.pattern.find('*');
  if ((out.pattern.empty() && !zero_pattern) || out.pattern.find('*', star == std::string::npos ? 0 : star + 1) != std::string::npos) {
    return file.error(row, "bad pattern '" + out.pattern + "' (letters with at most one '*')");
  }
  out.wildcard = star != std::string::npos;
  if (out.wildcard) {
    out.before = out.pattern.substr(0, star);
    out.after = out.pattern.substr(star + 1);
    if (out.before.empty() || out.after.empty()) {
      return file.error(row, "bad pattern '" + out.pattern + "' ('*' needs letters on both sides)");
    }
  } else {
    out.before = out.pattern;
  }
  for (size_t c = 0; c < kModelColumns; ++c) {
    std::string column(kColumnNames[c]);
    std::string cell = normalize_word(row.fields[2 + c]);
    std::vector<std::string_view> slots = split(cell, ' ');
    if (slots.size() != kSlots[c]) {
      return file.error(row, column + ": expected " + std::to_string(kSlots[c]) + " endings, got " +
                                 std::to_string(slots.size()));
    }
    for (std::string_view slot : slots) {
      std::vector<std::string>& alternatives = out.cells[c].emplace_back();
      if (slot == "-") continue;
      for (std::string_view ending : split(slot, '|')) {
        bool has_star = ending.find('*') != std::string_view::npos;
        if (has_star != out.wildcard || (has_star && ending.find('*') != ending.rfind('*'))) {
          return file.error(row, column + ": ending '" + std::string(ending) +
                                     (out.wildcard ? "' needs one '*' like the pattern" : "' has a '*' but the pattern has none"));
        }
        alternatives.emplace_back(ending == kZeroMorpheme ? std::string_view() : ending);
      }
      if (alternatives.empty()) return file.error(row, column + ": empty ending '" + std::string(slot) + "'");
    }
  }
  return {};
}

std::string invert(std::string_view form, std::string_view clitic) {
  std::string out(form);
  char last = form.empty() ? '\0' : form.back();
  out += (last == 't' || last == 'd') ? "-" : "-t-";
  out += clitic;
  return out;
}

bool conjugate(const ConjugationModel& model, std::string_view lemma, const std::vector<Clitic>& clitics,
               std::vector<GeneratedForm>& out, std::string& error) {
  std::string stem, captured;
  auto ends_with = [](std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
  };
  if (!model.wildcard) {
    if (!ends_with(lemma, model.pattern)) {
      error = "the lemma '" + std::string(lemma) + "' does not end in '" + model.pattern + "' as model '" + model.name + "' needs";
      return false;
    }
    stem = lemma.substr(0, lemma.size() - model.pattern.size());
  } else {
    // "é*er" on "considérer": the last "é" before the final "er".
    size_t head = ends_with(lemma, model.after) ? lemma.size() - model.after.size() : std::string_view::npos;
    // '*' stands for at least one letter, so the literal must end before head - 1.
    size_t at = head == std::string_view::npos || head < model.before.size() + 1
                    ? std::string_view::npos
                    : lemma.rfind(model.before, head - model.before.size() - 1);
    if (at == std::string_view::npos) {
      error = "the lemma '" + std::string(lemma) + "' does not fit the pattern '" + model.pattern + "' of model '" + model.name + "'";
      return false;
    }
    stem = lemma.substr(0, at);
    captured = lemma.substr(at + model.before.size(), head - at - model.before.size());
  }
  auto build = [&](const std::string& ending) {
    std::string form = stem;
    for (char c : ending) {
      if (c == '*') form += captured;
      else form += c;
    }
    return form;
  };

  bool gives_lemma = false;
  for (const std::string& ending : model.cells[kInfinitive][0]) gives_lemma |= build(ending) == lemma;
  if (!gives_lemma) {
    error = "model '" + model.name + "' does not give back the infinitive '" + std::string(lemma) + "'";
    return false;
  }

  static constexpr Gender kParticipleGender[4] = {Gender::masculine, Gender::feminine, Gender::masculine, Gender::feminine};

  for (size_t c = 0; c < kModelColumns; ++c) {
    const auto& slots = model.cells[c];
    for (size_t k = 0; k < slots.size(); ++k) {
      for (const std::string& ending : slots[k]) {
        GeneratedForm g;
        g.form = build(ending);
        VerbForm& f = g.features;
        f.tense = kTenses[c];
        f.person = 0;
        if (c <= kSubjonctif) {
          f.mood = Mood::finite;
          f.person = static_cast<uint8_t>(k % 3 + 1);
          f.plural = k >= 3;
        } else if (c == kPastParticiple) {
          f.mood = Mood::past_participle;
          f.gender = kParticipleGender[k];
          f.plural = k >= 2;
        } else if (c == kPresentParticiple) {
          f.mood = Mood::present_participle;
        } else {
          f.mood = Mood::infinitive;
        }
        bool invertible = c <= kConditionnel && f.person == 3;
        std::string base = g.form;
        out.push_back(std::move(g));
        if (!invertible) continue;
        for (const Clitic& cl : clitics) {
          if (cl.plural != f.plural) continue;
          GeneratedForm inv;
          inv.form = invert(base, cl.form);
          inv.features = f;
          inv.features.inverted = true;
          inv.features.inverted_gender = cl.gender;
          out.push_back(std::move(inv));
        }
      }
    }
  }
  return true;
}

}  // namespace whosaid::lang
