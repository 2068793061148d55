// Reads a source mention's features off its words: pronoun, determiner
// (definite / indefinite), number, gender, "autre", "l'une des", ordinal,
// count, proper name, head. The entity stage builds on these.
#pragma once

#include "core/attribution.h"
#include "extract/context.h"

namespace whosaid::extract {

Mention phrase_mention(const Context& ctx, TokenRange phrase);
Mention clitic_mention(Span clitic, Gender gender, bool plural);

}  // namespace whosaid::extract
