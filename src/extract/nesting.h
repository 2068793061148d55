// Nesting of attributions: an attribution whose cue and source lie inside
// another's content is relayed by it ("X a dit que Y a affirmé que ...").
#pragma once

#include "core/document.h"

namespace whosaid::extract {

// Sets each attribution's parent: the attribution with the smallest content
// that holds its cue and its source (the first in order among equals),
// other than those whose content is its own; -1 when none. O(n log n) in
// the number of attributions, whatever their overlap.
void link_parents(Document& doc);

}  // namespace whosaid::extract
