// Nesting of attributions: an attribution whose cue and source lie inside
// another's content is relayed by it ("X a dit que Y a affirmé que ...").
#pragma once

#include <vector>

#include "core/document.h"

namespace whosaid::extract {

// Sets each attribution's parent: the attribution with the smallest content
// that holds its cue and its source (the first in order among equals),
// other than those whose content is its own; -1 when none. O(n log n) in
// the number of attributions, whatever their overlap.
void link_parents(Document& doc);

// How many contents one stretch of text may lie in (docs/reliability.md,
// "Limits"): each content is written whole, and nested ones hold one another
// ("X a dit : « ... Y a dit : « ... » »"), so this bounds the output to this
// many times the text, and how deep attributions nest; real copy nests two or
// three deep.
constexpr uint32_t kMaxNestingDepth = 16;

// Which attributions to keep, in order, so that no byte of the text lies in
// the contents of more than kMaxNestingDepth kept ones: an attribution that
// would make one more is dropped. O(n log n) in the number of attributions.
std::vector<bool> within_nesting_depth(const std::vector<Attribution>& attributions);

}  // namespace whosaid::extract
