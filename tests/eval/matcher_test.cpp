// The matcher, as FORMAT.md states it: a table of one gold and one predicted
// attribution over the same text, and whether they match; then one-to-one
// and optional gold.
#include <catch2/catch.hpp>

#include "eval/matcher.h"
#include "eval/score.h"
#include "eval_test_util.h"

using namespace whosaid::eval;
using namespace whosaid::eval::test;

namespace {

const std::string kText =
    "Le ministre a déclaré que la réforme était prête et que le budget suivrait. "
    "Selon la source, « tout est réglé ». Son entourage a refusé de commenter. "
    "Il a dit qu'il viendrait demain matin. Le ministre a démenti.";

Gold make_gold(const std::vector<A>& as) {
  Gold g;
  whosaid::Status s = gold_from_json(gold_json(kText, as), "gold.json", g);
  if (!s.ok()) FAIL(s.message());
  return g;
}

Predictions make_predictions(const std::vector<A>& as) {
  Predictions p;
  whosaid::Status s = predictions_from_json(pred_json(kText, as), "pred.json", p);
  if (!s.ok()) FAIL(s.message());
  return p;
}

}  // namespace

TEST_CASE("matcher: one gold, one prediction, match or not", "[eval][matcher]") {
  const std::string reform = "que la réforme était prête et que le budget suivrait";
  struct Row {
    const char* what;
    A gold;
    A pred;
    bool match;
  };
  const Row rows[] = {
      {"exact", A("g", "Le ministre", "a déclaré", reform), A("p", "Le ministre", "a déclaré", reform), true},
      {"leading que dropped", A("g", "Le ministre", "a déclaré", reform),
       A("p", "Le ministre", "a déclaré", "la réforme était prête et que le budget suivrait"), true},
      {"Jaccard 7/9 above 0.5", A("g", "Le ministre", "a déclaré", reform),
       A("p", "Le ministre", "a déclaré", "la réforme était prête et que le"), true},
      {"Jaccard 4/9 below 0.5", A("g", "Le ministre", "a déclaré", reform),
       A("p", "Le ministre", "a déclaré", "que la réforme était prête"), false},
      {"Jaccard exactly 0.5 after dropping qu'", A("g", "Il", "a dit", "qu'il viendrait demain matin"),
       A("p", "Il", "a dit", "il viendrait"), true},
      {"Jaccard 1/4", A("g", "Il", "a dit", "qu'il viendrait demain matin"), A("p", "Il", "a dit", "viendrait"), false},
      {"a content that is nothing but 'que' keeps it", A("g", "Le ministre", "a déclaré", "[que] la réforme"),
       A("p", "Le ministre", "a déclaré", "[que] la réforme"), true},
      {"'que' alone against other words", A("g", "Le ministre", "a déclaré", "[que] la réforme"),
       A("p", "Le ministre", "a déclaré", "la réforme"), false},
      {"quotation marks are not words", A("g", "la source", "Selon", "« tout est réglé »"),
       A("p", "la source", "Selon", "tout est réglé"), true},
      {"sources share only a determiner", A("g", "la source", "Selon", "« tout est réglé »"),
       A("p", "[la] source", "Selon", "« tout est réglé »"), false},
      {"'la source' and 'le ministre' are different sources", A("g", "la source", "Selon", "« tout est réglé »"),
       A("p", "Le ministre", "Selon", "« tout est réglé »"), false},
      {"source partly given: 'source' is shared", A("g", "Selon la source", "Selon", "tout est réglé"),
       A("p", "la [source]", "Selon", "tout est réglé"), true},
      {"gold source 'son' alone: any shared word", A("g", "[Son] entourage", "a refusé de commenter", "", "", "refusal", "none"),
       A("p", "[Son] entourage", "a refusé de commenter", "", "", "refusal", "none"), true},
      {"gold source 'son' alone, prediction longer", A("g", "[Son] entourage", "a refusé de commenter", "", "", "refusal", "none"),
       A("p", "Son entourage", "a refusé de commenter", "", "", "refusal", "none"), true},
      {"gold 'Son entourage', prediction only 'Son'", A("g", "Son entourage", "a refusé de commenter", "", "", "refusal", "none"),
       A("p", "[Son] entourage", "a refusé de commenter", "", "", "refusal", "none"), false},
      {"refusal matched by cue overlap", A("g", "Son entourage", "a refusé de commenter", "", "", "refusal", "none"),
       A("p", "Son entourage", "a [refusé] de commenter", "", "", "refusal", "none"), true},
      {"refusal: cues apart", A("g", "Son entourage", "a refusé de commenter", "", "", "refusal", "none"),
       A("p", "Son entourage", "a déclaré", "", "", "refusal", "none"), false},
      {"refusal: a prediction with content still matches on the cue",
       A("g", "Son entourage", "a refusé de commenter", "", "", "refusal", "none"),
       A("p", "Son entourage", "a refusé", "commenter"), true},
      {"gold has content, prediction none", A("g", "Le ministre", "a déclaré", reform),
       A("p", "Le ministre", "a déclaré", ""), false},
      {"prediction without a source", A("g", "Le ministre", "a déclaré", reform), A("p", "", "a déclaré", reform), false},
      {"gold without a source: content alone decides", A("g", "", "a déclaré", reform),
       A("p", "Le ministre", "a déclaré", reform), true},
      {"the same words elsewhere are other words", A("g", "Le ministre", "a déclaré", reform),
       A("p", "[Le ministre] a démenti", "a démenti", reform), false},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    Gold g = make_gold({r.gold});
    Predictions p = make_predictions({r.pred});
    Matching m = match_attributions(g, p);
    CHECK((m.gold_to_pred[0] == 0) == r.match);
    CHECK(pair_score(g.attributions[0], p.attributions[0]).has_value() == r.match);
  }
}

TEST_CASE("matcher: one-to-one, the best pair first", "[eval][matcher]") {
  // Two predictions for one gold: the exact one is taken, the other is a false positive.
  Gold g = make_gold({A("g1", "Le ministre", "a déclaré", "que la réforme était prête et que le budget suivrait")});
  Predictions p = make_predictions({
      A("p1", "Le ministre", "a déclaré", "la réforme était prête et que le"),
      A("p2", "Le ministre", "a déclaré", "que la réforme était prête et que le budget suivrait"),
  });
  Matching m = match_attributions(g, p);
  CHECK(m.gold_to_pred == std::vector<int>{1});
  CHECK(m.pred_to_gold == std::vector<int>{-1, 0});
  CHECK(m.score[0] == Approx(1.0));

  DocumentScore d = score_document(g, p);
  CHECK(d.counts.gold == 1);
  CHECK(d.counts.matched == 1);
  CHECK(d.counts.predicted == 2);
  CHECK(d.counts.false_positives() == 1);
  REQUIRE(d.findings.size() == 1);
  CHECK(d.findings[0].kind == Finding::Kind::false_positive);
  CHECK(d.findings[0].predicted_id == "p1");

  // Two golds nested in each other and two predictions: each gets its own.
  g = make_gold({A("outer", "Le ministre", "a déclaré", "que la réforme était prête et que le budget suivrait"),
                 A("inner", "Le ministre", "a déclaré", "le budget suivrait")});
  p = make_predictions({A("p1", "Le ministre", "a déclaré", "le budget suivrait"),
                        A("p2", "Le ministre", "a déclaré", "la réforme était prête et que le budget suivrait")});
  m = match_attributions(g, p);
  CHECK(m.gold_to_pred == std::vector<int>{1, 0});
}

TEST_CASE("matcher: optional gold counts neither way", "[eval][matcher]") {
  Gold g = make_gold({A("req", "Le ministre", "a déclaré", "que la réforme était prête et que le budget suivrait"),
                      A("opt", "Il", "a dit", "qu'il viendrait demain matin", "", "statement", "indirect", "", true),
                      A("opt2", "la source", "Selon", "« tout est réglé »", "", "statement", "direct", "", true)});
  // The optional "opt" is found, "opt2" is not: neither changes the figures.
  Predictions p = make_predictions({A("p1", "Le ministre", "a déclaré", "que la réforme était prête"),
                                    A("p2", "Il", "a dit", "qu'il viendrait demain matin")});
  DocumentScore d = score_document(g, p);
  CHECK(d.counts.gold == 1);
  CHECK(d.counts.optional_gold == 2);
  CHECK(d.counts.optional_matched == 1);
  CHECK(d.counts.predicted == 1);  // p2 matched an optional gold: not counted
  CHECK(d.counts.matched == 0);    // p1 is too short (4/9)
  CHECK(d.counts.false_positives() == 1);
  CHECK(d.counts.misses() == 1);
  Figures f = figures(d.counts);
  CHECK(*f.precision == 0.0);
  CHECK(*f.recall == 0.0);
  // Misses list only required gold.
  int misses = 0;
  for (const Finding& x : d.findings)
    if (x.kind == Finding::Kind::miss) {
      ++misses;
      CHECK(x.gold_id == "req");
    }
  CHECK(misses == 1);
}

TEST_CASE("matcher: exposed criteria", "[eval][matcher]") {
  CHECK(content_jaccard({10, 20, "qu'il vient"}, {13, 20, "il vient"}) == Approx(1.0));
  // A content that is nothing but "que"/"that" keeps it (PolNeAR's "that"
  // of "the policy that X so admires"): otherwise it could never match.
  CHECK(content_jaccard({0, 3, "que"}, {0, 3, "que"}) == 1.0);
  CHECK(content_jaccard({0, 4, "that"}, {5, 8, "one"}) == 0.0);
  CHECK(sources_agree(TextSpan{0, 9, "la source"}, TextSpan{3, 9, "source"}));
  CHECK_FALSE(sources_agree(TextSpan{0, 9, "la source"}, TextSpan{0, 2, "la"}));
  CHECK(sources_agree(TextSpan{0, 3, "son"}, TextSpan{0, 3, "son"}));
  CHECK(sources_agree(std::nullopt, TextSpan{0, 3, "son"}));
  CHECK_FALSE(sources_agree(TextSpan{0, 3, "son"}, std::nullopt));
}
