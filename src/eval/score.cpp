#include "eval/score.h"

#include <algorithm>

#include "eval/words.h"

namespace whosaid::eval {
namespace {

constexpr uint32_t kExcerptCodepoints = 80;

// A span's text, its fragments joined by " [...] " when it is discontinuous,
// cut to 80 code points.
std::string excerpt(const std::optional<TextSpan>& span) {
  if (!span) return {};
  std::string text = span->text;
  for (const TextSpan& f : span->more) text += " [...] " + f.text;
  uint32_t length = span->more.empty() ? span->end - span->start : codepoint_length(text);
  if (length <= kExcerptCodepoints) return text;
  return codepoint_substr(text, 0, kExcerptCodepoints - 3) + "...";
}

template <typename A>
Finding finding(Finding::Kind kind, const A& a) {
  Finding f;
  f.kind = kind;
  f.source = excerpt(a.source);
  f.cue = excerpt(a.cue);
  f.content = excerpt(a.content);
  return f;
}

std::optional<double> ratio(uint64_t num, uint64_t den) {
  if (den == 0) return std::nullopt;
  return static_cast<double>(num) / static_cast<double>(den);
}

std::optional<double> harmonic(std::optional<double> p, std::optional<double> r) {
  if (!p || !r) return std::nullopt;
  if (*p + *r == 0) return 0.0;
  return 2 * *p * *r / (*p + *r);
}

// ISO codes compared without regard to case: "ru" is "RU".
std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return s;
}

void score_nesting(const Gold& gold, const Predictions& predictions, const Matching& m, size_t g,
                   DocumentScore& out) {
  const GoldAttribution& ga = gold.attributions[g];
  const PredictedAttribution& pa = predictions.attributions[m.gold_to_pred[g]];
  int gold_parent = gold.attribution_index(*ga.parent);
  int wanted = gold_parent >= 0 ? m.gold_to_pred[gold_parent] : -1;
  int got = pa.parent ? predictions.attribution_index(*pa.parent) : -1;
  ++out.counts.nesting.total;
  if (wanted >= 0 && got == wanted) {
    ++out.counts.nesting.correct;
    return;
  }
  Finding f = finding(Finding::Kind::wrong_nesting, ga);
  f.gold_id = ga.id;
  f.predicted_id = pa.id;
  f.expected = *ga.parent + (wanted < 0 ? " (not found)" : "");
  if (got < 0) {
    f.found = "none";
  } else if (int gp = m.pred_to_gold[got]; gp >= 0) {
    f.found = gold.attributions[gp].id;
  } else {
    f.found = "prediction " + pa.parent.value_or("") + " (a false positive)";
  }
  out.findings.push_back(std::move(f));
}

// The matched source's entity against the gold's: anonymity, affiliation and
// count are counted, and a wrong anonymity or affiliation is listed so that
// `eval -v` shows which sources the entity stage types wrong.
void score_entities(const Gold& gold, const Predictions& predictions, const GoldAttribution& ga,
                    const PredictedAttribution& pa, DocumentScore& out) {
  const GoldEntity* ge = ga.entity ? gold.entity(*ga.entity) : nullptr;
  if (ge == nullptr) return;
  const PredictedEntity* pe = pa.entity ? predictions.entity(*pa.entity) : nullptr;
  Counts& c = out.counts;
  auto report = [&](Finding::Kind kind, std::string expected, std::string found) {
    Finding f = finding(kind, ga);
    f.gold_id = ga.id;
    f.predicted_id = pa.id;
    f.expected = std::move(expected);
    f.found = std::move(found);
    out.findings.push_back(std::move(f));
  };

  ++c.anonymous.total;
  if (pe && pe->anonymous && *pe->anonymous == !ge->named) ++c.anonymous.correct;
  else report(Finding::Kind::wrong_anonymous, ge->named ? "named" : "anonymous",
              !pe || !pe->anonymous ? "none" : (*pe->anonymous ? "anonymous" : "named"));

  ++c.affiliation.total;
  std::optional<std::string> want = ge->affiliation, got;
  if (want && want->empty()) want.reset();
  if (pe) got = pe->affiliation;
  if (pe && (want ? got && upper(*got) == upper(*want) : !got)) ++c.affiliation.correct;
  else report(Finding::Kind::wrong_affiliation, want.value_or("none"), pe ? got.value_or("none") : "no entity");

  if (ge->kind == "group" && ge->count) {
    ++c.count.total;
    if (pe && pe->count == ge->count) ++c.count.correct;
  }
}

void score_resolution(const Gold& gold, const Predictions& predictions, const std::vector<size_t>& matched,
                      const Matching& m, Counts& c) {
  for (size_t i = 0; i < matched.size(); ++i)
    for (size_t j = i + 1; j < matched.size(); ++j) {
      const GoldAttribution& a = gold.attributions[matched[i]];
      const GoldAttribution& b = gold.attributions[matched[j]];
      if (!a.entity || !b.entity || gold.uncertain(*a.entity, *b.entity)) {
        ++c.pairs_left_out;
        continue;
      }
      ++c.pairs_scored;
      const PredictedAttribution& pa = predictions.attributions[m.gold_to_pred[matched[i]]];
      const PredictedAttribution& pb = predictions.attributions[m.gold_to_pred[matched[j]]];
      bool gold_same = *a.entity == *b.entity;
      bool predicted_same = pa.entity && pb.entity && *pa.entity == *pb.entity;
      if (gold_same && predicted_same) ++c.same_tp;
      else if (predicted_same) ++c.same_fp;
      else if (gold_same) ++c.same_fn;
    }
}

}  // namespace

std::optional<double> Ratio::value() const { return ratio(correct, total); }

Counts& Counts::operator+=(const Counts& o) {
  gold += o.gold;
  predicted += o.predicted;
  matched += o.matched;
  optional_gold += o.optional_gold;
  optional_matched += o.optional_matched;
  type += o.type;
  quote += o.quote;
  nesting += o.nesting;
  pairs_scored += o.pairs_scored;
  pairs_left_out += o.pairs_left_out;
  same_tp += o.same_tp;
  same_fp += o.same_fp;
  same_fn += o.same_fn;
  anonymous += o.anonymous;
  affiliation += o.affiliation;
  count += o.count;
  spans += o.spans;
  return *this;
}

Figures figures(const Counts& c) {
  Figures f;
  f.precision = ratio(c.matched, c.predicted);
  f.recall = ratio(c.matched, c.gold);
  f.f1 = harmonic(f.precision, f.recall);
  f.type_accuracy = c.type.value();
  f.quote_accuracy = c.quote.value();
  f.nesting_accuracy = c.nesting.value();
  f.resolution_precision = ratio(c.same_tp, c.same_tp + c.same_fp);
  f.resolution_recall = ratio(c.same_tp, c.same_tp + c.same_fn);
  f.resolution_f1 = harmonic(f.resolution_precision, f.resolution_recall);
  f.anonymous_accuracy = c.anonymous.value();
  f.affiliation_accuracy = c.affiliation.value();
  f.count_accuracy = c.count.value();
  f.source_span = span_figures(c.spans.source);
  f.cue_span = span_figures(c.spans.cue);
  f.content_span = span_figures(c.spans.content);
  return f;
}

Figures::Span span_figures(const SpanCounts& c) {
  Figures::Span f;
  f.precision = ratio(c.matched, c.predicted);
  f.recall = ratio(c.matched, c.gold);
  f.f1 = harmonic(f.precision, f.recall);
  return f;
}

std::string_view to_string(Finding::Kind kind) {
  switch (kind) {
    case Finding::Kind::miss: return "miss";
    case Finding::Kind::false_positive: return "false-positive";
    case Finding::Kind::wrong_type: return "wrong-type";
    case Finding::Kind::wrong_quote: return "wrong-quote";
    case Finding::Kind::wrong_nesting: return "wrong-nesting";
    case Finding::Kind::wrong_anonymous: return "wrong-anonymous";
    case Finding::Kind::wrong_affiliation: return "wrong-affiliation";
  }
  return "?";
}

namespace {

DocumentScore score_as_given(const Gold& gold, const Predictions& predictions) {
  DocumentScore out;
  out.name = gold.document.empty() ? gold.name : gold.document;
  out.matching = match_attributions(gold, predictions);
  const Matching& m = out.matching;
  out.rules = counts_by_rule(gold, predictions, m);
  Counts& c = out.counts;

  std::vector<size_t> matched;  // required gold attributions that are matched
  for (size_t g = 0; g < gold.attributions.size(); ++g) {
    const GoldAttribution& ga = gold.attributions[g];
    int p = m.gold_to_pred[g];
    if (ga.optional) {
      ++c.optional_gold;
      if (p >= 0) ++c.optional_matched;
      continue;
    }
    ++c.gold;
    if (p < 0) {
      Finding f = finding(Finding::Kind::miss, ga);
      f.gold_id = ga.id;
      out.findings.push_back(std::move(f));
      continue;
    }
    ++c.matched;
    matched.push_back(g);
    const PredictedAttribution& pa = predictions.attributions[p];
    const std::pair<Finding::Kind, std::pair<const std::string*, const std::string*>> labels[] = {
        {Finding::Kind::wrong_type, {&ga.type, &pa.type}}, {Finding::Kind::wrong_quote, {&ga.quote, &pa.quote}}};
    for (const auto& [kind, values] : labels) {
      if (values.first->empty()) continue;  // not annotated (brat gold): not scored
      Ratio& r = kind == Finding::Kind::wrong_type ? c.type : c.quote;
      ++r.total;
      if (*values.first == *values.second) {
        ++r.correct;
        continue;
      }
      Finding f = finding(kind, ga);
      f.gold_id = ga.id;
      f.predicted_id = pa.id;
      f.expected = *values.first;
      f.found = *values.second;
      out.findings.push_back(std::move(f));
    }
    if (ga.parent) score_nesting(gold, predictions, m, g, out);
    score_entities(gold, predictions, ga, pa, out);
  }
  score_resolution(gold, predictions, matched, m, c);
  c.spans = count_exact_spans(gold, predictions);

  c.predicted = predictions.attributions.size() - c.optional_matched;
  for (size_t p = 0; p < predictions.attributions.size(); ++p) {
    if (m.pred_to_gold[p] >= 0) continue;
    const PredictedAttribution& pa = predictions.attributions[p];
    Finding f = finding(Finding::Kind::false_positive, pa);
    f.predicted_id = pa.id;
    out.findings.push_back(std::move(f));
  }
  return out;
}

}  // namespace

DocumentScore score_document(const Gold& gold, const Predictions& predictions) {
  const bool any_fragments = std::any_of(predictions.attributions.begin(), predictions.attributions.end(),
                                         [](const PredictedAttribution& a) { return a.content_whole.has_value(); });
  if (gold.discontinuous_spans || !any_fragments) return score_as_given(gold, predictions);
  // Gold JSON's content runs over the tag inside it (GUIDELINES 5.3): a
  // content given as fragments is scored by its whole span.
  Predictions whole = predictions;
  for (PredictedAttribution& a : whole.attributions)
    if (a.content_whole) a.content = std::move(a.content_whole);
  return score_as_given(gold, whole);
}

}  // namespace whosaid::eval
