// Finds quotations in a tokenized, sentence-split Document (core/token.h
// Quotation) and marks each token with the innermost quotation holding it.
//
// Marks pair up within a paragraph, innermost first, so quotations may nest
// and may run over sentence boundaries. Real copy is not always balanced:
//  - a quotation still open at the end of its paragraph ends there (closed =
//    false), or, when it holds a complete nested quotation that ends its
//    sentence (`"A : "B".`, where the outer mark was lost), with that one;
//  - a paragraph that starts with an opening mark while the previous one
//    ended inside a quotation continues it (French style for long quotes);
//  - a closing mark with nothing open is ignored.
#pragma once

#include "core/document.h"

namespace whosaid::text {

void find_quotations(Document& doc);

}  // namespace whosaid::text
