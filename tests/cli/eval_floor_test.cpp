// The extraction bars of the project, asserted through `whosaid eval` on the
// copies in tests/data/cli: the seed article (F1 >= 0.95, type >= 0.95, quote
// >= 0.90, its 4 nested attributions linked) and the 8 original French dev articles (micro
// F1 >= 0.95). A change that lowers them fails here.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/command.h"

using namespace whosaid::test;
using nlohmann::json;

TEST_CASE("the seed article meets its bars", "[cli][eval]") {
  Scratch scratch("floor-seed");
  const CommandResult r = run_whosaid(scratch, "eval --json --gold " +
                                                   shell_quote(test_data("cli/reuters-ceasefire-fr.json").string()) + " " +
                                                   shell_quote(test_data("cli/reuters-ceasefire-fr.txt").string()));
  INFO(r.err);
  REQUIRE(r.code == 0);
  const json report = json::parse(r.out);
  const json& figures = report["total"]["figures"];
  INFO(figures.dump(1));
  CHECK(figures["f1"].get<double>() >= 0.95);
  CHECK(figures["type_accuracy"].get<double>() >= 0.95);
  CHECK(figures["quote_accuracy"].get<double>() >= 0.90);
  const json& nesting = report["total"]["counts"]["nesting"];
  CHECK(nesting["total"] == 4);
  CHECK(nesting["correct"] == 4);
}

TEST_CASE("the French dev set meets its bar", "[cli][eval]") {
  Scratch scratch("floor-frdev");
  const CommandResult r = run_whosaid(scratch, "eval --json --gold " + shell_quote(test_data("cli/fr-dev/gold").string()) +
                                                   " " + shell_quote(test_data("cli/fr-dev/text").string()));
  INFO(r.err);
  REQUIRE(r.code == 0);
  const json report = json::parse(r.out);
  CHECK(report["documents"].size() == 8);
  const json& figures = report["total"]["figures"];
  INFO(figures.dump(1));
  CHECK(figures["f1"].get<double>() >= 0.95);
}
