// The place names listed at build time (place_sources.h): the table
// tools/compile_place_names.cpp wrote into the build tree.
#include <cstdint>
#include <span>
#include <string_view>

#include "entities/place_index.h"
#include "entities/place_sources.h"

#include "compiled_place_names.inc"

namespace whosaid::entities {

bool compiled_place_sources(std::string_view code, CompiledPlaces& out) {
  for (const compiled::Language& language : compiled::kLanguages) {
    if (code != language.code) continue;
    out = {language.text, language.places};
    return true;
  }
  return false;
}

bool compiled_place_index(std::string_view code, uint64_t lexicon_fingerprint, PlaceIndexView& out) {
  for (const compiled::Index& index : compiled::kIndexes) {
    if (code != index.code || lexicon_fingerprint != index.fingerprint) continue;
    out = {index.text, index.words, index.names, index.keys, index.slots};
    return true;
  }
  return false;
}

}  // namespace whosaid::entities
