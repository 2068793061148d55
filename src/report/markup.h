// Laying marks (spans of the text, which may nest, coincide or cross) out as
// properly nested HTML elements. Marks that nest or coincide become nested
// elements; where two marks cross, the one opened later is closed at the
// crossing and reopened after it, as a second piece. Every mark's text is then
// the text of its pieces, in order.
//
//   text "abcdef", marks 0:[0,4) 1:[2,6)
//   -> open 0, "ab", open 1, "cd", close 1, close 0, open 1 (piece 2), "ef", close 1
//
// Of marks with the same span, the one with the higher id is outside.
//
// Linear in the text and the marks (times the nesting depth, which is a few).
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "core/span.h"

namespace whosaid::report {

struct Mark {
  Span span;     // byte offsets into the text; empty marks are ignored
  uint32_t id;   // the caller's index
};

struct MarkupEvent {
  enum Kind : uint8_t { open, close, text } kind;
  uint32_t mark = 0;  // open, close: which mark
  uint32_t piece = 0; // open: 0 for a mark's first piece, 1, 2 ... for the pieces after a crossing
  bool last = true;   // close: the mark's last piece
  Span span;          // text: what to write
};

// The events that write `range` of a text with `marks` (any order) laid over
// it. Marks are clipped to `range`; a mark that starts before it opens as a
// later piece (piece 1), one that ends after it closes with last = false.
std::vector<MarkupEvent> lay_out_marks(Span range, std::vector<Mark> marks);

}  // namespace whosaid::report
