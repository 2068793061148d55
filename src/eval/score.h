// Scoring one document's predictions against its gold, and adding documents
// up (FORMAT.md, "Figures"). Everything is kept as counts, so a corpus is
// micro-averaged by summing Counts and computing the figures once:
//
//   eval::Counts total;
//   for (...) {
//     eval::DocumentScore d = eval::score_document(gold, predictions);
//     total += d.counts;
//   }
//   eval::Figures f = eval::figures(total);  // f.f1, f.resolution_f1 ...
//
// Which attributions count:
//   - detection: a required gold attribution is found when it is matched; a
//     prediction is a false positive when it matches nothing; a gold marked
//     optional and the prediction matched to it count neither way.
//   - type, quote, nesting, resolution and entity attributes are read over the
//     matched required gold attributions only.
//   - nesting: over matched gold attributions with a parent; correct when the
//     parent is matched and the prediction's parent is that match.
//   - resolution: over unordered pairs of matched attributions whose gold
//     entities are both given and not uncertain (uncertain_pairs, or twice a
//     self_uncertain entity). Gold says "same" when the entity ids are equal,
//     the prediction when both predicted entity ids are given and equal.
//   - anonymous: gold `named: false` == predicted `anonymous: true` (a missing
//     predicted entity or flag is wrong); affiliation: gold and predicted
//     codes equal, null == null; count: over gold group entities with a count,
//     the predicted count equal.
//   - type and quote are not scored for a gold attribution that leaves them
//     empty (brat gold, which does not annotate them).
//   - exact spans per role (exact_spans.h): independent of the matching.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "eval/by_rule.h"
#include "eval/exact_spans.h"
#include "eval/gold.h"
#include "eval/matcher.h"
#include "eval/predictions.h"

namespace whosaid::eval {

struct Ratio {
  uint64_t correct = 0;
  uint64_t total = 0;
  std::optional<double> value() const;  // nullopt when total is 0
  Ratio& operator+=(const Ratio& o) { correct += o.correct; total += o.total; return *this; }
};

struct Counts {
  uint64_t gold = 0;            // required gold attributions
  uint64_t predicted = 0;       // predictions, less those matched to optional gold
  uint64_t matched = 0;         // required gold attributions matched (true positives)
  uint64_t optional_gold = 0;   // gold attributions marked optional
  uint64_t optional_matched = 0;
  Ratio type;                   // over matched
  Ratio quote;                  // over matched
  Ratio nesting;                // over matched with a gold parent
  uint64_t pairs_scored = 0;    // resolution pairs scored
  uint64_t pairs_left_out = 0;  // pairs with an uncertain or missing gold entity
  uint64_t same_tp = 0;         // "same entity" in gold and predicted
  uint64_t same_fp = 0;         // predicted same, gold different
  uint64_t same_fn = 0;         // gold same, predicted different
  Ratio anonymous;
  Ratio affiliation;
  Ratio count;                  // group mentions with a gold count
  ExactSpanCounts spans;        // exact trimmed spans per role, whatever the matching

  uint64_t false_positives() const { return predicted - matched; }
  uint64_t misses() const { return gold - matched; }
  Counts& operator+=(const Counts& o);
};

// Figures from counts; nullopt where the denominator is 0 (no predictions:
// no precision).
struct Figures {
  std::optional<double> precision, recall, f1;
  std::optional<double> type_accuracy, quote_accuracy, nesting_accuracy;
  std::optional<double> resolution_precision, resolution_recall, resolution_f1;
  std::optional<double> anonymous_accuracy, affiliation_accuracy, count_accuracy;
  struct Span {
    std::optional<double> precision, recall, f1;
  };
  Span source_span, cue_span, content_span;  // exact span match per role
};
Figures figures(const Counts& counts);
Figures::Span span_figures(const SpanCounts& counts);

// One thing the verbose listing reports.
struct Finding {
  enum class Kind { miss, false_positive, wrong_type, wrong_quote, wrong_nesting, wrong_anonymous, wrong_affiliation };
  Kind kind = Kind::miss;
  std::string gold_id;        // empty for a false positive
  std::string predicted_id;   // empty for a miss
  std::string source;         // the gold's (the prediction's for a false positive)
  std::string cue;
  std::string content;        // an excerpt: at most 80 code points
  std::string expected;       // wrong_*: the gold's value ("direct", "b03")
  std::string found;          // wrong_*: the prediction's value, mapped to gold ids for nesting
};
std::string_view to_string(Finding::Kind kind);

struct DocumentScore {
  std::string name;           // the gold's document, or the gold file's name
  Counts counts;
  Matching matching;
  std::vector<Finding> findings;  // in gold order, then false positives in prediction order
  std::vector<RuleCounts> rules;  // detection per extractor rule (by_rule.h)
};

DocumentScore score_document(const Gold& gold, const Predictions& predictions);

}  // namespace whosaid::eval
