// Country and city names of a language, taken from ICU's locale data rather
// than a hand table, so that every ISO 3166 region is known by the names the
// language's press uses:
//  - countries: icu::Locale::getDisplayCountry in the language, over every
//    ISO 3166 region ("Allemagne" DE, "États-Unis" US, "Israël" IL);
//  - cities: ICU's exemplar city of each canonical time zone in the language
//    ("Paris" FR, "Berlin" DE, "Jérusalem" IL, "Le Vatican" VA), mostly
//    capitals and the largest cities; Antarctic stations and zones named with
//    a bracket ("Knox [Indiana]") are left out;
//  - regions: ISO 3166-2 subdivision names from Debian's iso-codes, when
//    installed ("Deux-Sèvres" FR, "Bretagne" FR), written in the country's
//    own language; a name two countries share, and one-word names of four
//    letters or fewer ("Ain", "Var", "Lot": words too), are left out.
// The names are listed at build time (place_sources.h) and split and indexed
// at build time too (place_index.h), with the lexicon; a lexicon of other data
// than the build's has them split and indexed at run time, the same way.
// Names are split like a document's text (lang::split_phrase with the
// lexicon's elisions), and a variant without the accent on the first capital
// is kept ("Etats-Unis", "Equateur"), as French copy often drops it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include "entities/place_index.h"
#include "entities/place_sources.h"
#include "extract/context.h"

namespace whosaid::entities {

struct PlaceMatch {
  uint32_t length = 0;  // tokens; 0 when no place starts there
  std::string_view country;
  PlaceKind kind = PlaceKind::country;
};

class PlaceNames {
 public:
  // The table for the lexicon's language, built once per language and shared
  // (thread-safe). An unknown language gives an empty table.
  static const PlaceNames& of(const lang::Lexicon& lexicon);

  // The longest place name written at token i (capitalized, ending by `end`),
  // unless the capitalized word belongs to a person's name around it ("Maurice
  // Dupont", "Jean Maurice"); a city counts only inside a sentence ("à Paris",
  // "de Berlin"), never as a sentence's first word, where a first name stands; a region
  // likewise.
  PlaceMatch at(const extract::Context& ctx, uint32_t i, uint32_t end) const;

  size_t size() const { return index_.names.size(); }
  // Whether the index is the one the build compiled (else made at run time).
  bool compiled() const { return compiled_; }

 private:
  PlaceIndex owned_;      // when made at run time
  PlaceIndexView index_;  // into owned_ or the compiled arrays
  bool compiled_ = false;

  void build(const lang::Lexicon& lexicon);
};

}  // namespace whosaid::entities
