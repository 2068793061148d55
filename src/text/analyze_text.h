// The text stage in one call: validate UTF-8, build the normalized view,
// tokenize, split sentences and paragraphs, find quotations.
#pragma once

#include "core/document.h"
#include "core/status.h"
#include "text/tokenizer.h"

namespace whosaid::text {

// Fails (invalid_input, naming doc.name and the byte offset) on invalid UTF-8.
Status analyze_text(Document& doc, const TokenizerOptions& options);

}  // namespace whosaid::text
