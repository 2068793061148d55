// The place names of a language split into words and indexed by their first
// word, in flat arrays of offsets: what PlaceNames (place_names.h) looks a
// capitalized word up in.
//
// The build makes the index of every language of data/lang once
// (tools/compile_place_names.cpp, with the lexicon of data/lang/<code>) and
// compiles it into the library as constant arrays used in place: start-up
// no longer splits and indexes some 5,000 names (14 M instructions, the first
// document's). The index depends on the lexicon (its elisions, its
// determiners), so it carries the fingerprint of the data files the lexicon
// was read from (lang::Lexicon::data_fingerprint): a lexicon of other data (an
// edited data/lang not rebuilt yet, a test's language folder) gets an index
// made at run time by PlaceIndexBuilder, the same code the build runs.
//
//   PlaceIndexBuilder b;
//   b.add("États-Unis", "US", PlaceKind::country, lexicon);   // in order
//   PlaceIndex index = b.finish();
//   if (const PlaceKey* key = index.view().find("états-unis")) ... names [key->first_name, +name_count)
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/place_sources.h"

namespace whosaid::lang { class Lexicon; }

namespace whosaid::entities {

struct PlaceWord {
  uint32_t offset, length;  // in PlaceIndexView::text
};
struct PlaceEntry {
  uint32_t first_word, word_count;        // in PlaceIndexView::words
  uint32_t country_offset, country_length;  // ISO 3166 alpha-2, in text
  PlaceKind kind;
};
struct PlaceKey {
  uint32_t word;                   // the first word, in words
  uint32_t first_name, name_count; // its names, in names, in the order they were added
};

struct PlaceIndexView {
  std::string_view text;
  std::span<const PlaceWord> words;
  std::span<const PlaceEntry> names;  // grouped by first word
  std::span<const PlaceKey> keys;     // in the order their first word was first added
  std::span<const uint32_t> slots;    // a power of two: 1 + a key, 0 empty; probed from form_hash(word)

  std::string_view word(uint32_t k) const { return text.substr(words[k].offset, words[k].length); }
  std::string_view country(const PlaceEntry& e) const { return text.substr(e.country_offset, e.country_length); }
  // The names whose first word is `first` (normalized); nullptr when none.
  const PlaceKey* find(std::string_view first) const;
};

// An index made at run time: owns its arrays.
struct PlaceIndex {
  std::string text;
  std::vector<PlaceWord> words;
  std::vector<PlaceEntry> names;
  std::vector<PlaceKey> keys;
  std::vector<uint32_t> slots;
  PlaceIndexView view() const { return {text, words, names, keys, slots}; }
};

class PlaceIndexBuilder {
 public:
  // Splits `display_name` like a document's text (lang::split_phrase with the
  // lexicon's elisions); a name with a dot, a bracket or a comma in a word is
  // left out ("Hong Kong R.A.S. de Chine", "Saint-Martin (partie française)"),
  // and a name after a determiner ("Le Vatican") is also known without it,
  // as the text writes it lower-case, elides or contracts it ("du Vatican").
  void add(std::string_view display_name, std::string_view country, PlaceKind kind, const lang::Lexicon& lexicon);
  PlaceIndex finish() const;

 private:
  struct Name {
    std::vector<std::string> words;
    std::string country;
    PlaceKind kind;
  };
  std::vector<Name> names_;
  std::vector<std::string> firsts_;  // first words, in the order first added
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_;
  void push(Name name);
};

// The index the build made for language `code` from a lexicon of this
// fingerprint; false when it made none (another language, other data).
bool compiled_place_index(std::string_view code, uint64_t lexicon_fingerprint, PlaceIndexView& out);

}  // namespace whosaid::entities
