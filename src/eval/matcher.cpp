#include "eval/matcher.h"

#include <algorithm>
#include <iterator>

#include "eval/words.h"

namespace whosaid::eval {
namespace {

constexpr double kMinContentJaccard = 0.5;

// What the criteria read from one attribution, computed once per attribution.
struct Prepared {
  std::optional<std::vector<Word>> content;  // without the leading complementizer
  std::optional<TextSpan> cue;
  std::optional<std::vector<Word>> source;
};

// The words of every fragment of a span, in text order (a discontinuous
// span's fragments may be given in any order).
std::vector<Word> span_words(const TextSpan& span) {
  std::vector<Word> words = word_tokens(span.text, span.start);
  if (span.more.empty()) return words;
  for (const TextSpan& f : span.more) {
    std::vector<Word> more = word_tokens(f.text, f.start);
    words.insert(words.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  std::stable_sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.start < b.start; });
  return words;
}

// A content's word tokens without a leading complementizer (que, qu', that).
// A content that is nothing but that word keeps it: "that" alone is a
// pronoun ("the policy that Marta Lindqvist so admires"), and a content with
// no words could never match.
std::vector<Word> content_words(const TextSpan& content) {
  std::vector<Word> words = span_words(content);
  if (words.size() > 1 && is_complementizer(words.front().lower)) words.erase(words.begin());
  return words;
}

template <typename A>
Prepared prepare(const A& a) {
  Prepared p;
  if (a.content) p.content = content_words(*a.content);
  p.cue = a.cue;
  if (a.source) p.source = span_words(*a.source);
  return p;
}

bool overlap(const Word& a, const Word& b) { return a.start < b.end && b.start < a.end; }

// Number of gold words that overlap a predicted word, counting only words
// that are not determiners on either side unless the gold has nothing else;
// -1 when the gold gives no source (no condition).
int shared_source_words(const std::optional<std::vector<Word>>& gold,
                        const std::optional<std::vector<Word>>& predicted) {
  if (!gold) return -1;
  if (!predicted) return 0;
  bool gold_has_content_word =
      std::any_of(gold->begin(), gold->end(), [](const Word& w) { return !is_determiner(w.lower); });
  int shared = 0;
  for (const Word& g : *gold) {
    if (gold_has_content_word && is_determiner(g.lower)) continue;
    for (const Word& p : *predicted) {
      if (!overlap(g, p)) continue;
      if (gold_has_content_word && is_determiner(p.lower)) continue;
      ++shared;
      break;
    }
  }
  return shared;
}

// Code points shared by two overlapping cues over the code points of their
// union; over all fragments for a discontinuous cue (the fragments of one
// span do not overlap each other).
double cue_overlap(const TextSpan& a, const TextSpan& b) {
  if (a.more.empty() && b.more.empty()) {
    uint32_t inter = std::min(a.end, b.end) - std::max(a.start, b.start);
    uint32_t uni = std::max(a.end, b.end) - std::min(a.start, b.start);
    return uni == 0 ? 0.0 : static_cast<double>(inter) / static_cast<double>(uni);
  }
  uint64_t inter = 0;
  for_each_fragment(a, [&](const TextSpan& x) {
    for_each_fragment(b, [&](const TextSpan& y) {
      if (x.start < y.end && y.start < x.end) inter += std::min(x.end, y.end) - std::max(x.start, y.start);
    });
  });
  uint64_t uni = uint64_t{a.length()} + b.length() - inter;
  return uni == 0 ? 0.0 : static_cast<double>(inter) / static_cast<double>(uni);
}

// Score of a pair, nullopt when the criteria fail; `source_shared` gets the
// tie-break.
std::optional<double> score(const Prepared& g, const Prepared& p, int& source_shared) {
  double s = 0;
  if (g.content) {
    if (!p.content) return std::nullopt;
    s = position_jaccard(*g.content, *p.content);
    if (s < kMinContentJaccard) return std::nullopt;
  } else {
    if (!g.cue || !p.cue || !g.cue->overlaps(*p.cue)) return std::nullopt;
    s = cue_overlap(*g.cue, *p.cue);
  }
  source_shared = shared_source_words(g.source, p.source);
  if (source_shared == 0) return std::nullopt;
  return s;
}

}  // namespace

double content_jaccard(const TextSpan& gold, const TextSpan& predicted) {
  return position_jaccard(content_words(gold), content_words(predicted));
}

bool sources_agree(const std::optional<TextSpan>& gold, const std::optional<TextSpan>& predicted) {
  std::optional<std::vector<Word>> g, p;
  if (gold) g = span_words(*gold);
  if (predicted) p = span_words(*predicted);
  return shared_source_words(g, p) != 0;
}

std::optional<double> pair_score(const GoldAttribution& gold, const PredictedAttribution& predicted) {
  int shared = 0;
  return score(prepare(gold), prepare(predicted), shared);
}

Matching match_attributions(const Gold& gold, const Predictions& predictions) {
  const size_t ng = gold.attributions.size(), np = predictions.attributions.size();
  std::vector<Prepared> gp, pp;
  gp.reserve(ng);
  pp.reserve(np);
  for (const GoldAttribution& a : gold.attributions) gp.push_back(prepare(a));
  for (const PredictedAttribution& a : predictions.attributions) pp.push_back(prepare(a));

  struct Candidate {
    double score;
    int shared;
    int g;
    int p;
  };
  std::vector<Candidate> candidates;
  for (size_t g = 0; g < ng; ++g)
    for (size_t p = 0; p < np; ++p) {
      int shared = 0;
      if (auto s = score(gp[g], pp[p], shared))
        candidates.push_back({*s, shared, static_cast<int>(g), static_cast<int>(p)});
    }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.shared != b.shared) return a.shared > b.shared;
    if (a.g != b.g) return a.g < b.g;
    return a.p < b.p;
  });

  Matching m;
  m.gold_to_pred.assign(ng, -1);
  m.pred_to_gold.assign(np, -1);
  m.score.assign(ng, 0.0);
  for (const Candidate& c : candidates) {
    if (m.gold_to_pred[c.g] >= 0 || m.pred_to_gold[c.p] >= 0) continue;
    m.gold_to_pred[c.g] = c.p;
    m.pred_to_gold[c.p] = c.g;
    m.score[c.g] = c.score;
  }
  return m;
}

}  // namespace whosaid::eval
