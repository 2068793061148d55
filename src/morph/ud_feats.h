// Packed features (core/morph.h) to and from Universal Dependencies' FEATS
// column: "Gender=Masc|Number=Sing|Person=3". The proper-noun class is written
// NameType=Giv|Sur|Geo (first name, surname, place), as the chunker tests read it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace whosaid::morph {

// Appends the FEATS text of `feats` to `out` ("_" when there is none), the
// features in UD's alphabetical order.
void append_ud_feats(uint32_t feats, std::string& out);

// Parses a FEATS column; features or values whosaid does not pack are skipped.
uint32_t parse_ud_feats(std::string_view text);

}  // namespace whosaid::morph
