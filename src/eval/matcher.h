// The matcher: which predicted attribution stands for which gold one
// (FORMAT.md, "Matching"). One-to-one, best pairs first.
//
// A prediction P can match a gold attribution G when
//   1. contents: the Jaccard index of their content word positions is >= 0.5,
//      after dropping a leading "que"/"qu'"/"that" from each (quotation marks
//      are never words, see words.h). When G has no content (a refusal), their
//      cue spans overlap instead (P's content does not matter then);
//   2. sources: their source spans share a word position where neither word
//      is a determiner ("la" alone does not make "la source" and "la ministre"
//      one source). When G's source is nothing but determiners ("son"), any
//      shared word counts. A G without a source puts no condition on P's.
// Every possible pair gets a score: the content Jaccard, or for a cue match
// the code point overlap of the cues over their union. Pairs are taken best
// score first (ties: higher source word overlap, then gold order, then
// prediction order), each gold and each prediction at most once.
//
//   Matching m = match_attributions(gold, predictions);
//   if (m.gold_to_pred[3] >= 0) ... predictions.attributions[m.gold_to_pred[3]] ...
#pragma once

#include <optional>
#include <vector>

#include "eval/gold.h"
#include "eval/predictions.h"

namespace whosaid::eval {

struct Matching {
  std::vector<int> gold_to_pred;  // per gold attribution: the prediction's index, or -1
  std::vector<int> pred_to_gold;  // per prediction: the gold attribution's index, or -1
  std::vector<double> score;      // per gold attribution: the matched pair's score, or 0
};

// Criterion 1 for two contents: Jaccard of word positions after the leading
// complementizer is dropped.
double content_jaccard(const TextSpan& gold, const TextSpan& predicted);
// Criterion 2.
bool sources_agree(const std::optional<TextSpan>& gold, const std::optional<TextSpan>& predicted);
// The pair's score when both criteria hold, nullopt when they cannot match.
std::optional<double> pair_score(const GoldAttribution& gold, const PredictedAttribution& predicted);

Matching match_attributions(const Gold& gold, const Predictions& predictions);

}  // namespace whosaid::eval
