// Exact span F1 per role (src/eval/exact_spans.h): trimming, fragments, and a
// gold/prediction pair whose counts were worked out by hand.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "eval/exact_spans.h"
#include "eval/report.h"
#include "eval/score.h"
#include "eval_test_util.h"

using namespace whosaid::eval;
using namespace whosaid::eval::test;

namespace {

const std::string kText =
    "Marta Lindqvist said that the ferry would run. \u201CIt will,\u201D she added, \u201Cin May.\u201D "
    "Jonas Ekwall believes the plan is sound.";

// A span from substrings of kText (see find_span); several make a
// discontinuous span.
std::optional<TextSpan> span(std::vector<std::string> needles) {
  if (needles.empty()) return std::nullopt;
  std::optional<TextSpan> out;
  for (const std::string& n : needles) {
    Found f = find_span(kText, n);
    TextSpan t{f.start, f.end, f.text};
    if (!out) out = t;
    else out->more.push_back(t);
  }
  return out;
}

template <typename Attribution>
Attribution make(std::string id, std::vector<std::string> source, std::vector<std::string> cue,
                 std::vector<std::string> content) {
  Attribution a;
  a.id = std::move(id);
  a.source = span(std::move(source));
  a.cue = span(std::move(cue));
  a.content = span(std::move(content));
  a.type = "statement";
  a.quote = "indirect";
  return a;
}

}  // namespace

TEST_CASE("exact spans: fragments are trimmed of white space and punctuation, sorted and merged", "[eval][spans]") {
  struct Row {
    std::vector<std::string> needles;
    TrimmedSpan expected;
  };
  const std::vector<Row> rows = {
      {{"Marta Lindqvist"}, {{0, 15}}},
      {{"run. "}, {{42, 45}}},                              // trailing full stop and space
      {{"\u201CIt will,\u201D"}, {{48, 55}}},               // curly quotes and the comma
      {{"\u201D she"}, {{58, 61}}},                          // a leading closing quote
      {{"\u201Cin May.\u201D", "\u201CIt will,\u201D"}, {{48, 55}, {70, 76}}},  // given out of order
      {{"Marta Lindq", "vist"}, {{0, 15}}},                 // fragments that touch are one
      {{"Marta", " Lindqvist"}, {{0, 5}, {6, 15}}},         // a space between them is a gap
      {{". \u201C"}, {}},                                    // nothing left
  };
  for (const Row& row : rows) {
    INFO(row.needles.front());
    CHECK(trim_span(*span(row.needles)) == row.expected);
  }
  CHECK(is_trimmed(U'\u00A0'));  // no-break space
  CHECK(is_trimmed(U'\u2014'));  // em dash
  CHECK(is_trimmed(U'\u00AB'));  // «
  CHECK_FALSE(is_trimmed(U'$'));  // a symbol, not punctuation
  CHECK_FALSE(is_trimmed(U'é'));
}

TEST_CASE("exact spans: per role, independent of the attribution matching, counts by hand", "[eval][spans]") {
  Gold gold;
  gold.document = "spans.txt";
  gold.attributions = {
      make<GoldAttribution>("g1", {"Marta Lindqvist"}, {"said"}, {"that the ferry would run"}),
      make<GoldAttribution>("g2", {"she"}, {"added"}, {"\u201CIt will,\u201D", "\u201Cin May.\u201D"}),
      make<GoldAttribution>("g3", {"Jonas Ekwall"}, {"believes"}, {"the plan is sound"}),
  };
  gold.attributions[2].optional = true;
  Predictions predictions;
  predictions.attributions = {
      // the full stop is trimmed: exact
      make<PredictedAttribution>("p1", {"Marta Lindqvist"}, {"said"}, {"that the ferry would run."}),
      // the quotation marks and comma are trimmed from the gold's fragments: exact content; cue too long
      make<PredictedAttribution>("p2", {"she"}, {"she added"}, {"It will", "in May"}),
      // equal to the optional g3's spans only: not counted
      make<PredictedAttribution>("p3", {"Jonas Ekwall"}, {"believes"}, {"the plan is sound."}),
      // the same source and cue as p1: counted once; the content lacks "that"
      make<PredictedAttribution>("p4", {"Marta Lindqvist"}, {"said"}, {"the ferry would run"}),
      // a false positive of the attribution matching whose cue is exact all the same
      make<PredictedAttribution>("p5", {}, {"added"}, {"in May"}),
  };
  DocumentScore d = score_document(gold, predictions);
  // Attribution matching: p1-g1, p2-g2, p3-g3 (optional); p4 and p5 false positives.
  CHECK(d.counts.matched == 2);
  CHECK(d.counts.false_positives() == 2);

  const ExactSpanCounts& c = d.counts.spans;
  // source: gold {Marta Lindqvist, she}; predicted {Marta Lindqvist, she} (Jonas Ekwall only optional)
  CHECK(c.source.gold == 2);
  CHECK(c.source.predicted == 2);
  CHECK(c.source.matched == 2);
  // cue: gold {said, added}; predicted {said, she added, added}
  CHECK(c.cue.gold == 2);
  CHECK(c.cue.predicted == 3);
  CHECK(c.cue.matched == 2);
  // content: gold {that the ferry would run, It will + in May};
  // predicted {that the ferry would run, It will + in May, the ferry would run, in May}
  CHECK(c.content.gold == 2);
  CHECK(c.content.predicted == 4);
  CHECK(c.content.matched == 2);

  Figures f = figures(d.counts);
  CHECK(*f.source_span.f1 == Approx(1.0));
  CHECK(*f.cue_span.precision == Approx(2.0 / 3));
  CHECK(*f.cue_span.f1 == Approx(0.8));
  CHECK(*f.content_span.precision == Approx(0.5));
  CHECK(*f.content_span.recall == Approx(1.0));
  CHECK(*f.content_span.f1 == Approx(2.0 / 3));

  // The report: three extra lines after the existing block, and JSON.
  const std::string text = report_text({d}, false);
  CHECK(text.find("  group count   ") != std::string::npos);
  CHECK(text.find("\n  exact source  P 1.000  R 1.000  F1 1.000  (2 of 2 gold spans, 2 predicted)\n") !=
        std::string::npos);
  CHECK(text.find("\n  exact cue     P 0.667  R 1.000  F1 0.800  (2 of 2 gold spans, 3 predicted)\n") !=
        std::string::npos);
  CHECK(text.find("\n  exact content P 0.500  R 1.000  F1 0.667  (2 of 2 gold spans, 4 predicted)\n") !=
        std::string::npos);
  const json j = report_json({d}, false);
  CHECK(j["total"]["counts"]["spans"]["content"]["predicted"] == 4);
  CHECK(j["total"]["figures"]["spans"]["cue"]["f1"].get<double>() == Approx(0.8));
}

TEST_CASE("exact spans: documents add up (micro-average), no gold gives no recall", "[eval][spans]") {
  Gold gold;
  gold.attributions = {make<GoldAttribution>("g1", {"Marta Lindqvist"}, {"said"}, {"that the ferry would run"})};
  Predictions none;
  DocumentScore a = score_document(gold, none);
  Gold empty;
  Predictions one;
  one.attributions = {make<PredictedAttribution>("p1", {"she"}, {"added"}, {"in May"})};
  DocumentScore b = score_document(empty, one);
  Counts total = total_counts({a, b});
  CHECK(total.spans.source.gold == 1);
  CHECK(total.spans.source.predicted == 1);
  CHECK(total.spans.source.matched == 0);
  CHECK(*figures(total).source_span.f1 == 0.0);
  CHECK_FALSE(figures(a.counts).source_span.precision);  // nothing predicted
  CHECK_FALSE(figures(b.counts).source_span.recall);     // nothing to find
}

TEST_CASE("exact spans: a content given as fragments is scored by them against brat, by its whole span against gold JSON",
          "[eval][spans]") {
  // extract JSON's content cut by its tag: the whole span, tag inside, and
  // its two fragments (predictions.cpp keeps both).
  PredictedAttribution p = make<PredictedAttribution>("p1", {"she"}, {"added"}, {"\u201CIt will,\u201D", "\u201Cin May.\u201D"});
  p.content_whole = span({"\u201CIt will,\u201D she added, \u201Cin May.\u201D"});
  Predictions predictions;
  predictions.attributions = {p};

  Gold brat;  // PolNeAR's convention: the content is its fragments
  brat.discontinuous_spans = true;
  brat.attributions = {make<GoldAttribution>("g1", {"she"}, {"added"}, {"\u201CIt will,\u201D", "\u201Cin May.\u201D"})};
  CHECK(score_document(brat, predictions).counts.spans.content.matched == 1);

  Gold json_gold;  // GUIDELINES 5.3: the content runs over the tag
  json_gold.attributions = {
      make<GoldAttribution>("g1", {"she"}, {"added"}, {"\u201CIt will,\u201D she added, \u201Cin May.\u201D"})};
  CHECK(score_document(json_gold, predictions).counts.spans.content.matched == 1);
  // The same gold against the fragments alone does not match exactly.
  Predictions fragments_only = predictions;
  fragments_only.attributions[0].content_whole.reset();
  CHECK(score_document(json_gold, fragments_only).counts.spans.content.matched == 0);
}
