// Detection per extractor rule: which rules carry the recall and which
// misfire (whosaid eval --by-rule). A prediction's rule is the `rule` field
// the extractor writes ("fr.que", "fr.postposed.inverted"); predictions that
// give none are counted under "(none)".
//
//   std::vector<RuleCounts> rows = counts_by_rule(gold, predictions, matching);
//   ... add documents up with add_rule_counts(total, rows) ...
//   std::cout << by_rule_text(total, required_gold);
//
// Per rule: its predictions, the required gold attributions they match (true
// positives), the optional ones they match (not counted) and the false
// positives. Precision is matched / (predicted - optional matched); recall is
// the rule's share of all required gold (so the rows' recalls add up to the
// corpus recall, and the misses row says what no rule found).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/gold.h"
#include "eval/matcher.h"
#include "eval/predictions.h"

namespace whosaid::eval {

struct RuleCounts {
  std::string rule;
  uint64_t predicted = 0;
  uint64_t matched = 0;           // required gold matched
  uint64_t optional_matched = 0;  // optional gold matched: counts neither way
  uint64_t false_positives() const { return predicted - matched - optional_matched; }
};

// One row per rule that made a prediction in this document, sorted by rule.
std::vector<RuleCounts> counts_by_rule(const Gold& gold, const Predictions& predictions, const Matching& matching);
// Adds rows into a total, keeping it sorted by rule.
void add_rule_counts(std::vector<RuleCounts>& total, const std::vector<RuleCounts>& rows);
// A table: rule, predictions, matched, optional, false positives, precision,
// recall share of `required_gold`; then the misses no rule found.
std::string by_rule_text(const std::vector<RuleCounts>& rows, uint64_t required_gold);
// The same as JSON: {"rules": [{"rule", "predicted", "matched", "optional_matched",
// "false_positives", "precision", "recall"}], "missed": N, "required_gold": N}.
nlohmann::json by_rule_json(const std::vector<RuleCounts>& rows, uint64_t required_gold);

}  // namespace whosaid::eval
