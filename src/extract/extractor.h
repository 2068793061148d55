// The extraction stage: finds every attribution of a document and the source
// mention of each, after the text stage has run. The pattern families live in
// one file each (refusal.cpp, postposed.cpp, reported_speech.cpp,
// according_to.cpp); this runs them per sentence, turns their findings into
// Mentions and Attributions, and links nested attributions to their parent.
//
//   Context ctx(doc, lexicon);   // flags the tokens from the lexicon
//   extract_attributions(ctx);   // fills doc.mentions and doc.attributions
#pragma once

#include "extract/context.h"

namespace whosaid::extract {

void extract_attributions(Context& ctx, Document& doc);

}  // namespace whosaid::extract
