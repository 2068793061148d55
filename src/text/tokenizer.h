// Tokenizer: splits a Document's normalized view into tokens (core/token.h)
// without allocating per token: tokens are spans into the view and the
// original. Words keep inner hyphens ("États-Unis", "a-t-il", "porte-parole")
// and inner apostrophes ("aujourd'hui"), but an elided article or pronoun is
// its own token ("l'" "Ukraine", "qu'" "il"). Abbreviations listed by the
// language keep their period ("m." "Poutine"), so the sentence splitter does
// not stop there. Quotation marks become quote_open / quote_close tokens: «
// and “ open, » and ” close, and a straight " is judged by the characters
// around it.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"

namespace whosaid::text {

struct TokenizerOptions {
  std::vector<std::string> elisions;       // normalized, apostrophe-final: "l'", "qu'"
  std::vector<std::string> abbreviations;  // normalized, with the final period: "m.", "mme."
  // Normalized suffixes split off the word they end, as tokens of their own:
  // "'s", "'re", or one letter before the apostrophe, "n't" ("didn't" -> "did"
  // "n't"). Only at the end of a word: "o'clock" stays whole.
  std::vector<std::string> enclitics;
};

// Fills doc.tokens from doc.view (which must be built).
void tokenize(Document& doc, const TokenizerOptions& options);

}  // namespace whosaid::text
