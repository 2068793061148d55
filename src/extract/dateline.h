// A dateline or kicker that opens a paragraph ("VALBOURG, 3 May (Agency) -",
// "WASHINGTON -", "Exclusive -"): a run of capitalised words, numbers and
// dates closed by a dash, with no verb. It is no part of the sentence it
// opens: a source found before the cue stops after its dash, so the
// dateline's date and place are not taken for the speaker.
#pragma once

#include "core/token.h"
#include "extract/context.h"

namespace whosaid::extract {

// The sentence without the dateline that opens it, or the sentence as it is.
Sentence without_dateline(const Context& ctx, const Sentence& sentence);

}  // namespace whosaid::extract
