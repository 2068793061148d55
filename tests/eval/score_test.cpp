// Figures: type, quote, nesting, source resolution and entity attributes on a
// hand-built document; micro-averaging; the seed gold scored against itself.
#include <catch2/catch.hpp>

#include "eval/report.h"
#include "eval/score.h"
#include "eval_test_util.h"

using namespace whosaid::eval;
using namespace whosaid::eval::test;

namespace {

const std::string kText =
    "Le ministre a déclaré que son collègue avait dit que tout allait bien. "
    "Il a ajouté que la réforme était prête. "
    "Selon trois sources russes, la paix est proche. "
    "Une source russe a affirmé que rien n'était signé. "
    "L'une des sources a ajouté que les discussions continuaient. "
    "L'une des sources a précisé que Moscou attendait.";

json gold_entities() {
  return json::array({
      {{"id", "min"}, {"named", false}, {"affiliation", "FR"}, {"count", 1}, {"kind", "person"}},
      {{"id", "coll"}, {"named", false}, {"affiliation", nullptr}, {"count", 1}, {"kind", "person"}},
      {{"id", "ru3"}, {"named", false}, {"affiliation", "RU"}, {"count", 3}, {"kind", "group"}},
      {{"id", "ru1"}, {"named", false}, {"affiliation", "RU"}, {"count", 1}, {"kind", "person"}},
      {{"id", "one_of"}, {"named", false}, {"affiliation", "RU"}, {"count", 1}, {"kind", "person"},
       {"member_of", "ru3"}, {"self_uncertain", true}},
  });
}

// Attribution i of the table, with the entity and parent of the caller's choice.
std::vector<A> attributions(const std::string& prefix, const std::vector<std::string>& entities,
                            const std::string& parent_of_2) {
  return {
      A(prefix + "1", "Le ministre", "a déclaré", "que son collègue avait dit que tout allait bien", entities[0]),
      A(prefix + "2", "son collègue", "avait dit", "que tout allait bien", entities[1], "statement", "indirect",
        parent_of_2),
      A(prefix + "3", "Il", "Il [a ajouté]", "que la réforme était prête", entities[2]),
      A(prefix + "4", "trois sources russes", "Selon", "la paix est proche", entities[3]),
      A(prefix + "5", "Une source russe", "a affirmé", "que rien n'était signé", entities[4]),
      A(prefix + "6", "[L'une des sources] a ajouté", "sources [a ajouté]", "que les discussions continuaient",
        entities[5]),
      A(prefix + "7", "[L'une des sources] a précisé", "a précisé", "que Moscou attendait", entities[6]),
  };
}

Gold the_gold() {
  json j = gold_json(kText, attributions("g", {"min", "coll", "min", "ru3", "ru1", "one_of", "one_of"}, "g1"),
                     gold_entities(), json::array({json::array({"ru1", "one_of"})}));
  Gold g;
  whosaid::Status s = gold_from_json(j, "gold.json", g);
  if (!s.ok()) FAIL(s.message());
  return g;
}

Predictions predictions_from(json j) {
  Predictions p;
  whosaid::Status s = predictions_from_json(j, "pred.json", p);
  if (!s.ok()) FAIL(s.message());
  return p;
}

json predicted_entities() {
  return json::array({
      {{"id", "e1"}, {"anonymous", true}, {"affiliation", "RU"}, {"count", 3}},
      {{"id", "e2"}, {"anonymous", true}, {"affiliation", "RU"}, {"count", 1}},
      {{"id", "e3"}, {"anonymous", false}, {"affiliation", "fr"}, {"count", 1}},
  });
}

}  // namespace

TEST_CASE("figures: type, quote, nesting, resolution, entity attributes", "[eval][score]") {
  Gold g = the_gold();
  json pj = pred_json(kText, attributions("p", {"e3", "e3", "e3", "e1", "e2", "e2", "e2"}, "p1"), predicted_entities());
  pj["attributions"][4]["type"] = "denial";  // p5: wrong type
  pj["attributions"][3]["quote"] = "direct";  // p4: wrong quote
  DocumentScore d = score_document(g, predictions_from(pj));
  const Counts& c = d.counts;

  CHECK(c.gold == 7);
  CHECK(c.matched == 7);
  CHECK(c.false_positives() == 0);
  CHECK(c.type.correct == 6);
  CHECK(c.type.total == 7);
  CHECK(c.quote.correct == 6);
  CHECK(c.nesting.correct == 1);
  CHECK(c.nesting.total == 1);

  // 21 pairs; left out: g5-g6, g5-g7 (uncertain pair), g6-g7 (self_uncertain).
  // Gold same: g1-g3 (predicted same: right). Predicted same but gold not:
  // g1-g2, g2-g3 (the colleague merged with the minister).
  CHECK(c.pairs_left_out == 3);
  CHECK(c.pairs_scored == 18);
  CHECK(c.same_tp == 1);
  CHECK(c.same_fp == 2);
  CHECK(c.same_fn == 0);
  Figures f = figures(c);
  CHECK(*f.resolution_precision == Approx(1.0 / 3));
  CHECK(*f.resolution_recall == Approx(1.0));
  CHECK(*f.resolution_f1 == Approx(0.5));

  // anonymous: e3 says named for the minister and colleague (3 wrong);
  // affiliation: "fr" is FR (case does not matter), the colleague has none (1 wrong);
  // count: only the group ru3 has a gold group count, and e1 gives 3.
  CHECK(c.anonymous.correct == 4);
  CHECK(c.anonymous.total == 7);
  CHECK(c.affiliation.correct == 6);
  CHECK(c.affiliation.total == 7);
  CHECK(c.count.correct == 1);
  CHECK(c.count.total == 1);

  std::vector<Finding> labels, anonymity, affiliations;
  for (const Finding& x : d.findings) {
    if (x.kind == Finding::Kind::wrong_quote || x.kind == Finding::Kind::wrong_type) labels.push_back(x);
    if (x.kind == Finding::Kind::wrong_anonymous) anonymity.push_back(x);
    if (x.kind == Finding::Kind::wrong_affiliation) affiliations.push_back(x);
  }
  CHECK(d.findings.size() == labels.size() + anonymity.size() + affiliations.size());
  REQUIRE(labels.size() == 2);
  CHECK(labels[0].kind == Finding::Kind::wrong_quote);
  CHECK(labels[0].gold_id == "g4");
  CHECK(labels[0].expected == "indirect");
  CHECK(labels[0].found == "direct");
  CHECK(labels[1].kind == Finding::Kind::wrong_type);
  CHECK(labels[1].gold_id == "g5");
  CHECK(finding_to_text(labels[1]) ==
        "wrong-type g5 -> p5: expected statement, found denial; source 'Une source russe', cue 'a affirmé', "
        "content 'que rien n'était signé'");

  // The verbose listing names each wrongly typed source: the minister (g1,
  // g3) and the colleague (g2) are anonymous in the gold, e3 says named; the
  // colleague has no country in the gold, e3 says "fr".
  REQUIRE(anonymity.size() == 3);
  CHECK(anonymity[0].gold_id == "g1");
  CHECK(anonymity[0].expected == "anonymous");
  CHECK(anonymity[0].found == "named");
  REQUIRE(affiliations.size() == 1);
  CHECK(finding_to_text(affiliations[0]) ==
        "wrong-affiliation g2 -> p2: expected none, found fr; source 'son collègue', cue 'avait dit', "
        "content 'que tout allait bien'");
}

TEST_CASE("nesting: the prediction's parent must be the match of the gold parent", "[eval][score]") {
  Gold g = the_gold();
  struct Row {
    const char* what;
    std::string parent;  // of p2
    bool right;
    const char* found;   // in the finding when wrong
  };
  const Row rows[] = {
      {"parent is the match of g1", "p1", true, ""},
      {"no parent", "", false, "none"},
      {"parent is the match of another gold", "p4", false, "g4"},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    json pj = pred_json(kText, attributions("p", {"e3", "e3", "e3", "e1", "e2", "e2", "e2"}, r.parent),
                        predicted_entities());
    DocumentScore d = score_document(g, predictions_from(pj));
    CHECK(d.counts.nesting.total == 1);
    CHECK(d.counts.nesting.correct == (r.right ? 1u : 0u));
    std::vector<Finding> nesting;
    for (const Finding& x : d.findings)
      if (x.kind == Finding::Kind::wrong_nesting) nesting.push_back(x);
    if (!r.right) {
      REQUIRE(nesting.size() == 1);
      CHECK(nesting[0].gold_id == "g2");
      CHECK(nesting[0].expected == "g1");
      CHECK(nesting[0].found == r.found);
    } else {
      CHECK(nesting.empty());
    }
  }

  // The gold parent is not found: the nested attribution cannot be right.
  json pj = pred_json(kText, attributions("p", {"e3", "e3", "e3", "e1", "e2", "e2", "e2"}, ""), predicted_entities());
  pj["attributions"].erase(0);
  DocumentScore d = score_document(g, predictions_from(pj));
  CHECK(d.counts.nesting.total == 1);
  CHECK(d.counts.nesting.correct == 0);
  bool reported = false;
  for (const Finding& x : d.findings)
    if (x.kind == Finding::Kind::wrong_nesting) {
      reported = true;
      CHECK(x.expected == "g1 (not found)");
    }
  CHECK(reported);
}

TEST_CASE("resolution: one entity for everyone is all false 'same' decisions", "[eval][score]") {
  Gold g = the_gold();
  json pj = pred_json(kText, attributions("p", {"e1", "e1", "e1", "e1", "e1", "e1", "e1"}, "p1"), predicted_entities());
  Counts c = score_document(g, predictions_from(pj)).counts;
  CHECK(c.pairs_scored == 18);
  CHECK(c.same_tp == 1);   // g1-g3
  CHECK(c.same_fp == 17);
  CHECK(c.same_fn == 0);
  // No entities at all: every gold "same" is missed, nothing predicted same.
  pj = pred_json(kText, attributions("p", {"", "", "", "", "", "", ""}, "p1"));
  c = score_document(g, predictions_from(pj)).counts;
  CHECK(c.same_tp == 0);
  CHECK(c.same_fp == 0);
  CHECK(c.same_fn == 1);
  CHECK(c.anonymous.correct == 0);
  CHECK(c.anonymous.total == 7);
  CHECK_FALSE(figures(c).resolution_precision.has_value());
  CHECK(*figures(c).resolution_recall == 0.0);
}

TEST_CASE("micro-averaging sums counts before dividing", "[eval][score]") {
  Gold g = the_gold();
  // Document A: 2 of 7 found, no false positive. Document B: 7 of 7 found, 3 false positives.
  json a = pred_json(kText, {attributions("p", {"", "", "", "", "", "", ""}, "")[0],
                             attributions("p", {"", "", "", "", "", "", ""}, "")[3]});
  json b = pred_json(kText, attributions("p", {"", "", "", "", "", "", ""}, "p1"));
  for (const char* id : {"x1", "x2", "x3"})
    b["attributions"].push_back({{"id", id}, {"type", "statement"}, {"quote", "indirect"},
                                 {"source", {{"text", "Le"}, {"start", 0}, {"end", 2}}},
                                 {"cue", nullptr}, {"content", {{"text", "ministre"}, {"start", 3}, {"end", 11}}}});
  std::vector<DocumentScore> docs = {score_document(g, predictions_from(a)), score_document(g, predictions_from(b))};
  CHECK(*figures(docs[0].counts).precision == 1.0);
  CHECK(*figures(docs[1].counts).precision == Approx(0.7));

  Counts total = total_counts(docs);
  CHECK(total.gold == 14);
  CHECK(total.matched == 9);
  CHECK(total.predicted == 12);
  Figures f = figures(total);
  CHECK(*f.precision == Approx(9.0 / 12));  // not (1.0 + 0.7) / 2
  CHECK(*f.recall == Approx(9.0 / 14));
  CHECK(*f.f1 == Approx(2 * (9.0 / 12) * (9.0 / 14) / (9.0 / 12 + 9.0 / 14)));

  json r = report_json(docs, true);
  CHECK(r["total"]["documents"] == 2);
  CHECK(r["total"]["counts"]["matched"] == 9);
  CHECK(r["total"]["figures"]["precision"].get<double>() == Approx(0.75));
  CHECK(r["documents"][0]["counts"]["misses"] == 5);
  // The predictions carry no entities, so each match also lists its wrong
  // anonymity and affiliation; the false positives come last.
  json false_positives = json::array();
  for (const json& finding : r["documents"][1]["findings"])
    if (finding["kind"] == "false-positive") false_positives.push_back(finding);
  CHECK(false_positives.size() == 3);
  CHECK(false_positives[0]["prediction"] == "x1");
  CHECK(r["documents"][1]["findings"].back()["prediction"] == "x3");

  std::string text = report_text(docs, false);
  CHECK(text.find("micro-average over 2 documents") != std::string::npos);
  CHECK(text.find("attributions  P 0.750  R 0.643  F1 0.692  (9 of 14 found, 3 false positives)") != std::string::npos);
}

TEST_CASE("an empty prediction has no precision, zero recall", "[eval][score]") {
  Gold g = the_gold();
  DocumentScore d = score_document(g, predictions_from(json{{"attributions", json::array()}}));
  Figures f = figures(d.counts);
  CHECK_FALSE(f.precision.has_value());
  CHECK(*f.recall == 0.0);
  CHECK_FALSE(f.f1.has_value());
  CHECK(d.findings.size() == 7);
  CHECK(report_json({d}, false)["total"]["figures"]["precision"].is_null());
}

TEST_CASE("the real gold scored against itself is perfect", "[eval][score]") {
  std::vector<DocumentScore> docs;
  for (const char* name : {"reuters-ceasefire-fr", "franceinfo-velos-electriques"}) {
    INFO(name);
    Gold g;
    REQUIRE(read_gold(test_data(std::string("eval/") + name + ".json"), g).ok());
    std::string text = slurp(test_data(std::string("eval/") + name + ".txt"));
    REQUIRE(check_gold_text(g, text).ok());

    Predictions p;
    REQUIRE(predictions_from_json(gold_as_predictions(g), "self", p).ok());
    REQUIRE(check_predictions_text(p, text).ok());
    DocumentScore d = score_document(g, p);
    const Counts& c = d.counts;
    CHECK(d.findings.empty());
    CHECK(c.matched == c.gold);
    CHECK(c.optional_matched == c.optional_gold);
    CHECK(c.false_positives() == 0);
    Figures f = figures(c);
    CHECK(*f.precision == 1.0);
    CHECK(*f.recall == 1.0);
    CHECK(*f.f1 == 1.0);
    CHECK(*f.type_accuracy == 1.0);
    CHECK(*f.quote_accuracy == 1.0);
    CHECK(*f.anonymous_accuracy == 1.0);
    CHECK(*f.affiliation_accuracy == 1.0);
    if (c.nesting.total > 0) CHECK(*f.nesting_accuracy == 1.0);
    if (c.count.total > 0) CHECK(*f.count_accuracy == 1.0);
    CHECK(c.same_fp == 0);
    CHECK(c.same_fn == 0);
    docs.push_back(std::move(d));
  }
  // The seed has 33 required attributions, 4 nested, and a resolution with
  // uncertain pairs left out.
  const Counts& seed = docs[0].counts;
  CHECK(seed.gold == 33);
  CHECK(seed.nesting.total == 4);
  CHECK(seed.pairs_left_out > 0);
  CHECK(*figures(seed).resolution_f1 == 1.0);

  Figures total = figures(total_counts(docs));
  CHECK(*total.precision == 1.0);
  CHECK(*total.recall == 1.0);
}

TEST_CASE("bad predictions: each gives its error", "[eval][predictions]") {
  struct Row {
    const char* what;
    const char* text;
    const char* expected;
  };
  const Row rows[] = {
      {"not an object", "[]", "p.json: predictions are a JSON object near '[]'"},
      {"no attributions", "{\"entities\": []}", "p.json: missing field 'attributions'"},
      {"span without text", R"({"attributions": [{"id": "a1", "type": "statement", "quote": "indirect",
        "source": {"start": 0, "end": 2}}]})",
       "p.json: attributions[0] (a1).source: missing field 'text'"},
      {"span length", R"({"attributions": [{"id": "a1", "type": "statement", "quote": "indirect",
        "cue": {"text": "dit", "start": 0, "end": 2}}]})",
       "p.json: attributions[0] (a1).cue: span [0, 2) is 2 code points long but its text 'dit' has 3"},
      {"negative offset", R"({"attributions": [{"id": "a1", "type": "statement", "quote": "indirect",
        "cue": {"text": "dit", "start": -3, "end": 0}}]})",
       "p.json: attributions[0] (a1).cue.start: expected an offset in code points near '-3'"},
      {"unknown entity", R"({"entities": [{"id": "e1"}], "attributions": [{"id": 1, "entity": "e2",
        "type": "statement", "quote": "indirect"}]})",
       "p.json: attributions[0] (1): entity refers to no entity: 'e2'"},
      {"no type", R"({"attributions": [{"id": "a1", "quote": "indirect"}]})",
       "p.json: attributions[0] (a1): missing field 'type'"},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    Predictions p;
    whosaid::Status s = parse_predictions(r.text, "p.json", p);
    CHECK(s.code() == whosaid::StatusCode::invalid_input);
    CHECK(s.message() == r.expected);
  }
  // Integer ids and parents are read as their decimal text.
  Predictions p;
  REQUIRE(parse_predictions(R"({"entities": [{"id": 1, "anonymous": true}], "attributions": [
      {"id": 1, "entity": 1, "type": "statement", "quote": "indirect", "parent": null},
      {"id": 2, "entity": 1, "type": "statement", "quote": "indirect", "parent": 1}]})", "p.json", p).ok());
  CHECK(p.attributions[1].parent == std::optional<std::string>("1"));
  CHECK(p.entity("1")->anonymous == std::optional<bool>(true));
}
