#include "entities/place_names.h"

#include <map>
#include <memory>
#include <mutex>

#include "lang/tsv.h"

namespace whosaid::entities {

void PlaceNames::build(const lang::Lexicon& lexicon) {
  const std::string_view code = lexicon.code();
  if (code.empty()) return;
  if (compiled_place_index(code, lexicon.data_fingerprint(), index_)) {
    compiled_ = true;
    return;
  }
  PlaceIndexBuilder builder;
  if (CompiledPlaces compiled; compiled_place_sources(code, compiled)) {
    for (const CompiledPlace& place : compiled.places)
      builder.add(compiled.name(place), compiled.country(place), place.kind, lexicon);
  } else {
    for (const PlaceSource& place : place_sources(code)) builder.add(place.name, place.country, place.kind, lexicon);
  }
  owned_ = builder.finish();
  index_ = owned_.view();
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
  const PlaceKey* key = index_.find(ctx.word(i));
  if (key == nullptr) return best;
  for (const PlaceEntry& name : index_.names.subspan(key->first_name, key->name_count)) {
    const uint32_t n = name.word_count;
    if (n <= best.length || i + n > end) continue;
    bool match = true;
    for (uint32_t k = 1; k < n && match; ++k) match = ctx.word(i + k) == index_.word(name.first_word + k);
    if (!match) continue;
    best = {n, index_.country(name), name.kind};
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
