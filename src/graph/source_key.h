// source_key: when two documents name the same source. The graph merges named
// sources across documents by this key and nothing else, so changing how
// sources are matched (aliases, titles, transliterations) is a change here.
//
//   source_key(entity "Vladimir Poutine")  -> "vladimir poutine"
//   source_key(entity "  VLADIMIR  Poutine") -> "vladimir poutine"
//   source_key(anonymous entity)           -> ""   (never merged)
#pragma once

#include <string>
#include <string_view>

#include "core/attribution.h"

namespace whosaid::graph {

// The merge key of a source entity: its normalized name when it is named
// (not anonymous, name not empty), else "" (the source stays in its document).
std::string source_key(const Entity& entity);

// Lower-cases Latin letters (ASCII, Latin-1, Latin Extended-A, Greek and
// Cyrillic basic), collapses runs of white space to one space and trims.
// Other characters are kept as they are.
std::string normalize_name(std::string_view name);

}  // namespace whosaid::graph
