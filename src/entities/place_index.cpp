#include "entities/place_index.h"

#include "core/form_table.h"
#include "lang/lexicon.h"
#include "lang/tsv.h"

namespace whosaid::entities {

const PlaceKey* PlaceIndexView::find(std::string_view first) const {
  if (slots.empty()) return nullptr;
  const size_t mask = slots.size() - 1;
  for (size_t s = form_hash(first) & mask;; s = (s + 1) & mask) {
    const uint32_t k = slots[s];
    if (k == 0) return nullptr;  // never full
    if (same_form(word(keys[k - 1].word), first)) return &keys[k - 1];
  }
}

void PlaceIndexBuilder::push(Name name) {
  auto [it, added] = by_first_.try_emplace(name.words.front());
  if (added) firsts_.push_back(name.words.front());
  it->second.push_back(static_cast<uint32_t>(names_.size()));
  names_.push_back(std::move(name));
}

void PlaceIndexBuilder::add(std::string_view display_name, std::string_view country, PlaceKind kind,
                            const lang::Lexicon& lexicon) {
  Name name{lang::split_phrase(lang::normalize_word(display_name), lexicon.elisions()), std::string(country), kind};
  for (const std::string& w : name.words)
    if (w.empty() || w.find_first_of(".()[],") != std::string::npos) return;
  if (name.words.empty()) return;
  if (name.words.size() > 1) {
    const lang::LexEntry* first = lexicon.find(name.words.front());
    if (first != nullptr && (first->flags & lang::kDeterminer)) {
      Name bare = name;
      bare.words.erase(bare.words.begin());
      push(std::move(bare));
    }
  }
  push(std::move(name));
}

PlaceIndex PlaceIndexBuilder::finish() const {
  PlaceIndex out;
  auto text = [&out](std::string_view s) {
    const auto offset = static_cast<uint32_t>(out.text.size());
    out.text.append(s);
    return offset;
  };
  for (const std::string& first : firsts_) {
    const std::vector<uint32_t>& group = by_first_.at(first);
    const PlaceKey key{static_cast<uint32_t>(out.words.size()), static_cast<uint32_t>(out.names.size()),
                       static_cast<uint32_t>(group.size())};
    for (const uint32_t n : group) {
      const Name& name = names_[n];
      PlaceEntry e{static_cast<uint32_t>(out.words.size()), static_cast<uint32_t>(name.words.size()), 0,
                   static_cast<uint32_t>(name.country.size()), name.kind};
      for (const std::string& w : name.words) out.words.push_back({text(w), static_cast<uint32_t>(w.size())});
      e.country_offset = text(name.country);
      out.names.push_back(e);
    }
    out.keys.push_back(key);
  }
  size_t slots = 16;
  while (slots < 2 * out.keys.size()) slots *= 2;
  out.slots.assign(slots, 0);
  const PlaceIndexView view = out.view();
  for (size_t k = 0; k < out.keys.size(); ++k) {
    size_t s = form_hash(view.word(out.keys[k].word)) & (slots - 1);
    while (out.slots[s] != 0) s = (s + 1) & (slots - 1);
    out.slots[s] = static_cast<uint32_t>(k + 1);
  }
  return out;
}

}  // namespace whosaid::entities
