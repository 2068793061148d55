// Exact span match per role: the metric of the published PolNeAR results
// (source, cue and content labelled as spans, a span right only when its
// boundaries are exactly the gold's). It is independent of the one-to-one
// attribution matching of matcher.h: a predicted source span is right when
// some gold attribution of the document has that very source span, whether
// or not the two attributions are matched. docs/eval.md, "Exact spans".
//
// Per document and role, the gold spans and the predicted spans are two
// sets of trimmed spans:
//   - each fragment is trimmed of white space and punctuation (Unicode
//     White_Space and general category P*) at both ends; a fragment left
//     empty is dropped, and a span left with no fragment is not counted;
//   - a span is the set of its fragments: sorted, and fragments that overlap
//     or touch after trimming are one ("10 20;20 30" is "10 30");
//   - a span given by several attributions (a source shared by two
//     attributions) is counted once.
// matched = |gold & predicted|; precision = matched / predicted, recall =
// matched / gold. Spans of optional gold attributions are not gold; a
// predicted span equal to one of them, and to no required gold span, is not
// counted as predicted.
//
//   eval::ExactSpanCounts c = eval::count_exact_spans(gold, predictions);
//   c.content.matched, c.content.gold, c.content.predicted
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "eval/gold.h"
#include "eval/predictions.h"
#include "eval/text_span.h"

namespace whosaid::eval {

struct SpanCounts {
  uint64_t gold = 0;       // distinct trimmed spans of required gold attributions
  uint64_t predicted = 0;  // distinct trimmed predicted spans (less those only optional gold has)
  uint64_t matched = 0;    // spans in both
  SpanCounts& operator+=(const SpanCounts& o) {
    gold += o.gold;
    predicted += o.predicted;
    matched += o.matched;
    return *this;
  }
};

struct ExactSpanCounts {
  SpanCounts source, cue, content;
  ExactSpanCounts& operator+=(const ExactSpanCounts& o) {
    source += o.source;
    cue += o.cue;
    content += o.content;
    return *this;
  }
};

// A trimmed span: its fragments [start, end) in code points, sorted, not
// overlapping or touching; empty when nothing is left.
using TrimmedSpan = std::vector<std::pair<uint32_t, uint32_t>>;

// Whether code point c is trimmed from the ends of a fragment: white space
// or punctuation (quotation marks, dashes, brackets, commas, full stops...).
bool is_trimmed(char32_t c);
TrimmedSpan trim_span(const TextSpan& span);

ExactSpanCounts count_exact_spans(const Gold& gold, const Predictions& predictions);

}  // namespace whosaid::eval
