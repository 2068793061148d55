// Circumstances between a cue and what it governs (circumstance.cpp).
#pragma once

#include <cstdint>

#include "extract/context.h"

namespace whosaid::extract {

// A time adverbial at i: "le mois dernier", "ce matin", "jeudi soir",
// "mi-mars". Returns the token after it, or i when none starts there.
uint32_t time_adverbial_end(const Context& ctx, uint32_t i, uint32_t end);

// Steps over adverbs, time adverbials and (when `prepositional`) prepositional
// phrases from i; returns the first token that is none of them. Bounded: a
// few hops, each linear in its phrase.
uint32_t skip_circumstances(const Context& ctx, uint32_t i, uint32_t end, bool prepositional);

}  // namespace whosaid::extract
