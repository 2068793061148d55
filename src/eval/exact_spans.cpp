#include "eval/exact_spans.h"

#include <algorithm>
#include <optional>

#include <unicode/uchar.h>

#include "core/utf8.h"

namespace whosaid::eval {
namespace {

// Trims one fragment and appends what is left.
void trim_fragment(const TextSpan& f, TrimmedSpan& out) {
  uint32_t i = 0, first = UINT32_MAX, last = 0;  // code point offsets in the fragment
  for (size_t b = 0; b < f.text.size(); ++i) {
    char32_t c = utf8::decode(f.text, b);
    if (is_trimmed(c)) continue;
    if (first == UINT32_MAX) first = i;
    last = i + 1;
  }
  if (first == UINT32_MAX) return;
  out.emplace_back(f.start + first, f.start + last);
}

void sort_unique(std::vector<TrimmedSpan>& spans) {
  std::sort(spans.begin(), spans.end());
  spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
}

bool contains(const std::vector<TrimmedSpan>& sorted, const TrimmedSpan& s) {
  return std::binary_search(sorted.begin(), sorted.end(), s);
}

template <typename Attribution>
void collect(const Attribution& a, std::optional<TextSpan> Attribution::*role, std::vector<TrimmedSpan>& out) {
  const std::optional<TextSpan>& span = a.*role;
  if (!span) return;
  TrimmedSpan t = trim_span(*span);
  if (!t.empty()) out.push_back(std::move(t));
}

SpanCounts count_role(const Gold& gold, const Predictions& predictions,
                      std::optional<TextSpan> GoldAttribution::*gold_role,
                      std::optional<TextSpan> PredictedAttribution::*predicted_role) {
  std::vector<TrimmedSpan> required, optional, predicted;
  for (const GoldAttribution& a : gold.attributions) collect(a, gold_role, a.optional ? optional : required);
  for (const PredictedAttribution& a : predictions.attributions) collect(a, predicted_role, predicted);
  sort_unique(required);
  sort_unique(optional);
  sort_unique(predicted);
  SpanCounts c;
  c.gold = required.size();
  for (const TrimmedSpan& p : predicted) {
    if (contains(required, p)) {
      ++c.matched;
      ++c.predicted;
    } else if (!contains(optional, p)) {
      ++c.predicted;
    }
  }
  return c;
}

}  // namespace

bool is_trimmed(char32_t c) {
  const auto cp = static_cast<UChar32>(c);
  return u_isUWhiteSpace(cp) || (U_GET_GC_MASK(cp) & U_GC_P_MASK) != 0;
}

TrimmedSpan trim_span(const TextSpan& span) {
  TrimmedSpan out;
  for_each_fragment(span, [&](const TextSpan& f) { trim_fragment(f, out); });
  std::sort(out.begin(), out.end());
  TrimmedSpan merged;
  for (const auto& f : out) {
    if (!merged.empty() && f.first <= merged.back().second)
      merged.back().second = std::max(merged.back().second, f.second);
    else
      merged.push_back(f);
  }
  return merged;
}

ExactSpanCounts count_exact_spans(const Gold& gold, const Predictions& predictions) {
  ExactSpanCounts c;
  c.source = count_role(gold, predictions, &GoldAttribution::source, &PredictedAttribution::source);
  c.cue = count_role(gold, predictions, &GoldAttribution::cue, &PredictedAttribution::cue);
  c.content = count_role(gold, predictions, &GoldAttribution::content, &PredictedAttribution::content);
  return c;
}

}  // namespace whosaid::eval
