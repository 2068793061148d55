#include "entities/place_names.h"

#include <map>
#include <memory>
#include <mutex>

#include "lang/tsv.h"

namespace whosaid::entities {

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
  const std::string_view code = lexicon.code();
  if (code.empty()) return;
  if (std::span<const CompiledPlace> compiled; compiled_place_sources(code, compiled)) {
    for (const CompiledPlace& place : compiled) add(place.name, place.country, place.kind, lexicon);
    return;
  }
  for (const PlaceSource& place : place_sources(code)) add(place.name, place.country, place.kind, lexicon);
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
