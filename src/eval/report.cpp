#include "eval/report.h"

#include <cstdio>

namespace whosaid::eval {
namespace {

using nlohmann::json;

json number(std::optional<double> v) { return v ? json(*v) : json(nullptr); }
json ratio_json(const Ratio& r) {
  return json{{"correct", r.correct}, {"total", r.total}, {"value", number(r.value())}};
}

std::string fixed(std::optional<double> v) {
  if (!v) return "    -";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", *v);
  return buf;
}

std::string ratio_text(const Ratio& r) {
  return fixed(r.value()) + "  (" + std::to_string(r.correct) + "/" + std::to_string(r.total) + ")";
}

std::string detection_line(const Counts& c) {
  Figures f = figures(c);
  return "P " + fixed(f.precision) + "  R " + fixed(f.recall) + "  F1 " + fixed(f.f1) + "  (" +
         std::to_string(c.matched) + " of " + std::to_string(c.gold) + " found, " +
         std::to_string(c.false_positives()) + (c.false_positives() == 1 ? " false positive)" : " false positives)");
}

// "  exact cue     P 0.500  R 0.333  F1 0.400  (1 of 3 gold spans, 2 predicted)"
std::string span_line(const std::string& role, const SpanCounts& c) {
  Figures::Span f = span_figures(c);
  std::string label = "exact " + role;
  label.resize(14, ' ');
  return "  " + label + "P " + fixed(f.precision) + "  R " + fixed(f.recall) + "  F1 " + fixed(f.f1) + "  (" +
         std::to_string(c.matched) + " of " + std::to_string(c.gold) + " gold spans, " +
         std::to_string(c.predicted) + " predicted)\n";
}

std::string figures_block(const Counts& c) {
  Figures f = figures(c);
  std::string out;
  out += "  attributions  " + detection_line(c) + "\n";
  out += "                gold " + std::to_string(c.gold) + " required + " + std::to_string(c.optional_gold) +
         " optional (" + std::to_string(c.optional_matched) + " matched, not counted); predicted " +
         std::to_string(c.predicted + c.optional_matched) + "\n";
  out += "  type          " + ratio_text(c.type) + "\n";
  out += "  quote         " + ratio_text(c.quote) + "\n";
  out += "  nesting       " + ratio_text(c.nesting) + "\n";
  out += "  resolution    P " + fixed(f.resolution_precision) + "  R " + fixed(f.resolution_recall) + "  F1 " +
         fixed(f.resolution_f1) + "  (" + std::to_string(c.pairs_scored) + " pairs scored, " +
         std::to_string(c.pairs_left_out) + " left out; same entity: " + std::to_string(c.same_tp) +
         " right, " + std::to_string(c.same_fp) + " wrongly, " + std::to_string(c.same_fn) + " missed)\n";
  out += "  anonymous     " + ratio_text(c.anonymous) + "\n";
  out += "  affiliation   " + ratio_text(c.affiliation) + "\n";
  out += "  group count   " + ratio_text(c.count) + "\n";
  const std::pair<const char*, const SpanCounts*> spans[] = {
      {"source", &c.spans.source}, {"cue", &c.spans.cue}, {"content", &c.spans.content}};
  for (const auto& [role, counts] : spans) out += span_line(role, *counts);
  return out;
}

std::string findings_block(const DocumentScore& d) {
  std::string out;
  for (const Finding& f : d.findings) out += "  " + finding_to_text(f) + "\n";
  return out;
}

}  // namespace

Counts total_counts(const std::vector<DocumentScore>& documents) {
  Counts total;
  for (const DocumentScore& d : documents) total += d.counts;
  return total;
}

json span_counts_json(const SpanCounts& c) {
  return json{{"gold", c.gold}, {"predicted", c.predicted}, {"matched", c.matched}};
}

json span_figures_json(const Figures::Span& f) {
  return json{{"precision", number(f.precision)}, {"recall", number(f.recall)}, {"f1", number(f.f1)}};
}

json counts_to_json(const Counts& c) {
  return json{{"gold", c.gold},
              {"predicted", c.predicted},
              {"matched", c.matched},
              {"false_positives", c.false_positives()},
              {"misses", c.misses()},
              {"optional_gold", c.optional_gold},
              {"optional_matched", c.optional_matched},
              {"type", ratio_json(c.type)},
              {"quote", ratio_json(c.quote)},
              {"nesting", ratio_json(c.nesting)},
              {"resolution", {{"pairs_scored", c.pairs_scored},
                              {"pairs_left_out", c.pairs_left_out},
                              {"same_tp", c.same_tp},
                              {"same_fp", c.same_fp},
                              {"same_fn", c.same_fn}}},
              {"anonymous", ratio_json(c.anonymous)},
              {"affiliation", ratio_json(c.affiliation)},
              {"count", ratio_json(c.count)},
              {"spans", {{"source", span_counts_json(c.spans.source)},
                         {"cue", span_counts_json(c.spans.cue)},
                         {"content", span_counts_json(c.spans.content)}}}};
}

json figures_to_json(const Figures& f) {
  return json{{"precision", number(f.precision)},
              {"recall", number(f.recall)},
              {"f1", number(f.f1)},
              {"type_accuracy", number(f.type_accuracy)},
              {"quote_accuracy", number(f.quote_accuracy)},
              {"nesting_accuracy", number(f.nesting_accuracy)},
              {"resolution_precision", number(f.resolution_precision)},
              {"resolution_recall", number(f.resolution_recall)},
              {"resolution_f1", number(f.resolution_f1)},
              {"anonymous_accuracy", number(f.anonymous_accuracy)},
              {"affiliation_accuracy", number(f.affiliation_accuracy)},
              {"count_accuracy", number(f.count_accuracy)},
              {"spans", {{"source", span_figures_json(f.source_span)},
                         {"cue", span_figures_json(f.cue_span)},
                         {"content", span_figures_json(f.content_span)}}}};
}

json finding_to_json(const Finding& f) {
  json j = {{"kind", std::string(to_string(f.kind))}};
  if (!f.gold_id.empty()) j["gold"] = f.gold_id;
  if (!f.predicted_id.empty()) j["prediction"] = f.predicted_id;
  j["source"] = f.source;
  j["cue"] = f.cue;
  j["content"] = f.content;
  if (!f.expected.empty() || !f.found.empty()) {
    j["expected"] = f.expected;
    j["found"] = f.found;
  }
  return j;
}

json report_json(const std::vector<DocumentScore>& documents, bool verbose) {
  json docs = json::array();
  for (const DocumentScore& d : documents) {
    json jd = {{"name", d.name}, {"counts", counts_to_json(d.counts)}, {"figures", figures_to_json(figures(d.counts))}};
    if (verbose) {
      json findings = json::array();
      for (const Finding& f : d.findings) findings.push_back(finding_to_json(f));
      jd["findings"] = std::move(findings);
    }
    docs.push_back(std::move(jd));
  }
  Counts total = total_counts(documents);
  return json{{"documents", std::move(docs)},
              {"total", {{"documents", documents.size()},
                         {"counts", counts_to_json(total)},
                         {"figures", figures_to_json(figures(total))}}}};
}

std::string finding_to_text(const Finding& f) {
  std::string out(to_string(f.kind));
  out += " ";
  if (f.kind == Finding::Kind::false_positive) {
    out += f.predicted_id;
  } else {
    out += f.gold_id;
    if (!f.predicted_id.empty()) out += " -> " + f.predicted_id;
  }
  out += ":";
  if (!f.expected.empty() || !f.found.empty())
    out += " expected " + f.expected + ", found " + f.found + ";";
  out += " source '" + f.source + "', cue '" + f.cue + "', content '" + f.content + "'";
  return out;
}

std::string report_text(const std::vector<DocumentScore>& documents, bool verbose) {
  std::string out;
  if (documents.size() == 1) {
    const DocumentScore& d = documents.front();
    out += d.name + "\n" + figures_block(d.counts);
    if (verbose && !d.findings.empty()) out += "findings:\n" + findings_block(d);
    return out;
  }
  size_t width = 0;
  for (const DocumentScore& d : documents) width = std::max(width, d.name.size());
  for (const DocumentScore& d : documents) {
    out += d.name + std::string(width - d.name.size() + 2, ' ') + detection_line(d.counts) + "\n";
    if (verbose) out += findings_block(d);
  }
  out += "micro-average over " + std::to_string(documents.size()) + " documents\n";
  out += figures_block(total_counts(documents));
  return out;
}

}  // namespace whosaid::eval
