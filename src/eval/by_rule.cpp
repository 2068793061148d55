#include "eval/by_rule.h"

#include <algorithm>
#include <cstdio>

namespace whosaid::eval {
namespace {

RuleCounts& row_for(std::vector<RuleCounts>& rows, const std::string& rule) {
  auto at = std::lower_bound(rows.begin(), rows.end(), rule,
                             [](const RuleCounts& r, const std::string& name) { return r.rule < name; });
  if (at == rows.end() || at->rule != rule) at = rows.insert(at, RuleCounts{rule});
  return *at;
}

std::string ratio(uint64_t num, uint64_t den) {
  if (den == 0) return "    -";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", static_cast<double>(num) / static_cast<double>(den));
  return buf;
}

std::string padded(std::string s, size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

std::string right(const std::string& s, size_t width) {
  return s.size() < width ? std::string(width - s.size(), ' ') + s : s;
}

}  // namespace

std::vector<RuleCounts> counts_by_rule(const Gold& gold, const Predictions& predictions, const Matching& matching) {
  std::vector<RuleCounts> rows;
  for (size_t p = 0; p < predictions.attributions.size(); ++p) {
    const std::string& rule = predictions.attributions[p].rule;
    RuleCounts& row = row_for(rows, rule.empty() ? "(none)" : rule);
    ++row.predicted;
    const int g = p < matching.pred_to_gold.size() ? matching.pred_to_gold[p] : -1;
    if (g < 0) continue;
    if (gold.attributions[static_cast<size_t>(g)].optional) ++row.optional_matched;
    else ++row.matched;
  }
  return rows;
}

void add_rule_counts(std::vector<RuleCounts>& total, const std::vector<RuleCounts>& rows) {
  for (const RuleCounts& r : rows) {
    RuleCounts& t = row_for(total, r.rule);
    t.predicted += r.predicted;
    t.matched += r.matched;
    t.optional_matched += r.optional_matched;
  }
}

std::string by_rule_text(const std::vector<RuleCounts>& rows, uint64_t required_gold) {
  size_t width = 6;
  for (const RuleCounts& r : rows) width = std::max(width, r.rule.size());
  std::string out = padded("rule", width) + "  predicted  matched  optional  false+      P  R share\n";
  uint64_t matched = 0;
  for (const RuleCounts& r : rows) {
    matched += r.matched;
    out += padded(r.rule, width) + right(std::to_string(r.predicted), 11) + right(std::to_string(r.matched), 9) +
           right(std::to_string(r.optional_matched), 10) + right(std::to_string(r.false_positives()), 8) + "  " +
           ratio(r.matched, r.predicted - r.optional_matched) + "  " + ratio(r.matched, required_gold) + "\n";
  }
  out += padded("missed", width) + right("", 11) + right("", 9) + right("", 10) + right("", 8) + "  " +
         right("", 5) + "  " + ratio(required_gold - matched, required_gold) + "  (" +
         std::to_string(required_gold - matched) + " of " + std::to_string(required_gold) + " required)\n";
  return out;
}

nlohmann::json by_rule_json(const std::vector<RuleCounts>& rows, uint64_t required_gold) {
  auto share = [](uint64_t num, uint64_t den) {
    return den == 0 ? nlohmann::json(nullptr) : nlohmann::json(static_cast<double>(num) / static_cast<double>(den));
  };
  nlohmann::json list = nlohmann::json::array();
  uint64_t matched = 0;
  for (const RuleCounts& r : rows) {
    matched += r.matched;
    list.push_back({{"rule", r.rule},
                    {"predicted", r.predicted},
                    {"matched", r.matched},
                    {"optional_matched", r.optional_matched},
                    {"false_positives", r.false_positives()},
                    {"precision", share(r.matched, r.predicted - r.optional_matched)},
                    {"recall", share(r.matched, required_gold)}});
  }
  return {{"rules", std::move(list)}, {"missed", required_gold - matched}, {"required_gold", required_gold}};
}

}  // namespace whosaid::eval
