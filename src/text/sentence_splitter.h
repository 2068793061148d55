// Sentence and paragraph splitting over a tokenized Document.
//
// A blank line ends a paragraph and a sentence. A line break ends a sentence
// unless the next line reads as the same sentence wrapped (it starts in lower
// case after a line with no final punctuation). Final punctuation (. ! ? ...)
// ends a sentence when what follows (after closing quotation marks and
// brackets, which stay with it) starts a new one: a capital, a digit, an
// opening quotation mark, a dash. Abbreviations never end one: the tokenizer
// keeps their period inside the word ("M.", "Mme.", "n°", initials). A line
// that ends without final punctuation and stands alone is a heading (a title,
// "CONTACTS", a kicker).
#pragma once

#include "core/document.h"

namespace whosaid::text {

// Fills doc.sentences and doc.paragraphs from doc.tokens.
void split_sentences(Document& doc);

}  // namespace whosaid::text
