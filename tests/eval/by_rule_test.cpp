// Detection per extractor rule (eval --by-rule): each prediction counts for
// the rule it names, matched required gold as true positives, matched
// optional gold neither way, the rest as false positives.
#include <catch2/catch.hpp>

#include "eval/by_rule.h"
#include "eval/score.h"
#include "eval_test_util.h"

using namespace whosaid::eval;
using namespace whosaid::eval::test;

namespace {

const std::string kText =
    "La maire a déclaré que le pont rouvrirait. "
    "« Rien n'est joué », a ajouté la maire. "
    "Le préfet pense que la crue baisse. "
    "Le garde champêtre a dit que la route était sèche.";

Gold gold_of(const json& j) {
  Gold g;
  whosaid::Status s = gold_from_json(j, "gold.json", g);
  if (!s.ok()) FAIL(s.message());
  return g;
}

Predictions predictions_of(const json& j) {
  Predictions p;
  whosaid::Status s = predictions_from_json(j, "pred.json", p);
  if (!s.ok()) FAIL(s.message());
  return p;
}

}  // namespace

TEST_CASE("by rule: matches, optional matches and false positives per rule", "[eval][by_rule]") {
  std::vector<A> gold = {
      A("g1", "La maire", "[a déclaré] que le pont", "que le pont rouvrirait"),
      A("g2", "[la maire].", "a ajouté", "Rien n'est joué", "", "statement", "direct"),
      A("g3", "Le préfet", "pense", "que la crue baisse", "", "statement", "indirect", "", true),
      A("g4", "Le garde champêtre", "a dit", "que la route était sèche"),
  };
  std::vector<A> predicted = {
      A("p1", "La maire", "[a déclaré] que le pont", "que le pont rouvrirait"),
      A("p2", "[la maire].", "a ajouté", "Rien n'est joué", "", "statement", "direct"),
      A("p3", "Le préfet", "pense", "que la crue baisse"),
      A("p4", "Le préfet", "pense", "la crue"),  // a second, wrong reading: matches nothing
  };
  json pj = pred_json(kText, predicted);
  pj["attributions"][0]["rule"] = "fr.que";
  pj["attributions"][1]["rule"] = "fr.postposed";
  pj["attributions"][2]["rule"] = "fr.que";
  // p4 names no rule.
  const Gold g = gold_of(gold_json(kText, gold));
  const DocumentScore d = score_document(g, predictions_of(pj));

  REQUIRE(d.rules.size() == 3);
  CHECK(d.rules[0].rule == "(none)");
  CHECK(d.rules[0].predicted == 1);
  CHECK(d.rules[0].false_positives() == 1);
  CHECK(d.rules[1].rule == "fr.postposed");
  CHECK(d.rules[1].matched == 1);
  CHECK(d.rules[2].rule == "fr.que");
  CHECK(d.rules[2].predicted == 2);
  CHECK(d.rules[2].matched == 1);
  CHECK(d.rules[2].optional_matched == 1);
  CHECK(d.rules[2].false_positives() == 0);

  // Two documents add up; the table gives the recall share of the required gold
  // (3 required: g1, g2, g4) and what no rule found (g4).
  std::vector<RuleCounts> total;
  add_rule_counts(total, d.rules);
  add_rule_counts(total, d.rules);
  REQUIRE(total.size() == 3);
  CHECK(total[2].predicted == 4);
  CHECK(total[2].matched == 2);
  const std::string table = by_rule_text(total, 2 * d.counts.gold);
  CHECK(table.find("fr.que") != std::string::npos);
  CHECK(table.find("(2 of 6 required)") != std::string::npos);
  const json j = by_rule_json(total, 2 * d.counts.gold);
  CHECK(j["missed"] == 2);
  CHECK(j["rules"][2]["precision"].get<double>() == Approx(1.0));
  CHECK(j["rules"][2]["recall"].get<double>() == Approx(2.0 / 6));
}
