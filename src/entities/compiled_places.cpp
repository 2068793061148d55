// The place names listed at build time (place_sources.h): the table
// tools/compile_place_names.cpp wrote into the build tree.
#include "entities/place_sources.h"

#include "compiled_place_names.inc"

namespace whosaid::entities {

bool compiled_place_sources(std::string_view code, std::span<const CompiledPlace>& out) {
  for (const compiled::Language& language : compiled::kLanguages) {
    if (code != language.code) continue;
    out = {language.places, language.count};
    return true;
  }
  return false;
}

}  // namespace whosaid::entities
