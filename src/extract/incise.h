// The tag inside its own content: "he said" of "'We tried,' he said, 'and we
// failed.'", "ajoute X" of « A, ajoute X, B ». Such a content is written as
// one span (GUIDELINES 5.3: T runs over the incise) and, beside it, as its
// two fragments around the tag, the convention of corpora that annotate
// discontinuous spans (PolNeAR's brat "Content 10 20;25 40").
#pragma once

#include "core/span.h"
#include "extract/context.h"
#include "extract/finding.h"

namespace whosaid::extract {

// The bytes between the content's two fragments, or an empty span when the
// finding's tag is not inside its content (then the content is one piece).
// `content` is the content as written (after without_own_marks).
Span incise_in_content(const Context& ctx, const Finding& f, TokenRange content);

}  // namespace whosaid::extract
