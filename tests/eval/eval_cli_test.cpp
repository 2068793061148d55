// `whosaid eval` end to end on prediction files (no pipeline needed): exit
// codes, one document, a gold folder. Runs the binary named in WHOSAID_BIN
// (tests/support/command.h); a missing binary fails.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "eval/brat.h"
#include "eval/gold.h"
#include "eval_test_util.h"
#include "support/command.h"

using namespace whosaid::eval;
using namespace whosaid::eval::test;
namespace fs = std::filesystem;

namespace {

using whosaid::test::CommandResult;
using whosaid::test::Scratch;

std::string quote(const std::string& s) { return whosaid::test::shell_quote(s); }

CommandResult run(const Scratch& box, const std::string& args) { return whosaid::test::run_whosaid(box, "eval " + args); }

std::string self_predictions(const std::string& gold_path) {
  Gold g;
  if (!read_gold(gold_path, g).ok()) throw std::runtime_error("cannot read " + gold_path);
  return gold_as_predictions(g).dump();
}

}  // namespace

TEST_CASE("whosaid eval: exit codes and messages", "[eval][cli]") {
  Scratch box("eval-cli");
  const std::string gold = test_data("eval/reuters-ceasefire-fr.json");
  const std::string text = test_data("eval/reuters-ceasefire-fr.txt");

  CommandResult r = run(box, "");
  CHECK(r.code == 64);
  CHECK(r.err.find("no gold") != std::string::npos);

  r = run(box, "--gold " + quote(gold));
  CHECK(r.code == 64);
  CHECK(r.err.find("nothing to score") != std::string::npos);

  r = run(box, "--gold " + quote(box.path("missing.json").string()) + " " + quote(text));
  CHECK(r.code == 74);
  CHECK(r.err.find("missing.json") != std::string::npos);

  fs::path broken = box.write("broken.json", "{\"document\": ");
  r = run(box, "--gold " + quote(broken.string()) + " --predictions " + quote(broken.string()));
  CHECK(r.code == 65);
  CHECK(r.err.find("broken.json:1: byte") != std::string::npos);

  // Predictions whose spans do not fit the text: caught when TEXT is given.
  fs::path pred = box.write("pred.json", R"({"attributions": [{"id": "a1", "type": "statement", "quote": "indirect",
      "source": {"text": "abc", "start": 0, "end": 3}, "cue": null, "content": null}]})");
  r = run(box, "--gold " + quote(gold) + " --predictions " + quote(pred.string()) + " " + quote(text));
  CHECK(r.code == 65);
  CHECK(r.err.find("pred.json: attributions[0] (a1).source: span [0, 3) covers") != std::string::npos);
}

TEST_CASE("whosaid eval: one document and a gold folder, from prediction files", "[eval][cli]") {
  Scratch box("eval-cli");
  const char* names[] = {"reuters-ceasefire-fr", "franceinfo-velos-electriques"};
  for (const char* name : names) {
    std::string gold = test_data(std::string("eval/") + name + ".json");
    box.write(std::string("gold/") + name + ".json", slurp(gold));
    box.write(std::string("pred/") + name + ".json", self_predictions(gold));
  }

  std::string gold = box.path("gold/reuters-ceasefire-fr.json").string();
  std::string pred = box.path("pred/reuters-ceasefire-fr.json").string();
  CommandResult r = run(box, "--gold " + quote(gold) + " --predictions " + quote(pred) + " " +
                       quote(test_data("eval/reuters-ceasefire-fr.txt")) + " --json");
  REQUIRE(r.code == 0);
  json report = json::parse(r.out);
  CHECK(report["total"]["figures"]["f1"] == 1.0);
  CHECK(report["total"]["figures"]["resolution_f1"] == 1.0);
  CHECK(report["documents"][0]["name"] == "reuters-ceasefire-fr.txt");

  // The folder: texts found by the gold's "document" field in TEXT_DIR.
  r = run(box, "--gold " + quote(box.path("gold").string()) + " --predictions " + quote(box.path("pred").string()) +
                   " " + quote(test_data("eval")));
  REQUIRE(r.code == 0);
  CHECK(r.out.find("micro-average over 2 documents") != std::string::npos);
  CHECK(r.out.find("franceinfo-velos-electriques.txt  P 1.000  R 1.000  F1 1.000") != std::string::npos);

  // A prediction folder that lacks a document is an I/O error naming it.
  fs::remove(box.path("pred/franceinfo-velos-electriques.json"));
  r = run(box, "--gold " + quote(box.path("gold").string()) + " --predictions " + quote(box.path("pred").string()));
  CHECK(r.code == 74);
  CHECK(r.err.find("franceinfo-velos-electriques.json: no predictions for gold") != std::string::npos);
}

TEST_CASE("whosaid eval --by-rule: the extractor's rules on the seed", "[eval][cli][by_rule]") {
  Scratch box("eval-cli-by-rule");
  const std::string gold = test_data("eval/reuters-ceasefire-fr.json");
  const std::string text = test_data("eval/reuters-ceasefire-fr.txt");
  CommandResult r = run(box, "--gold " + quote(gold) + " " + quote(text) + " --by-rule");
  REQUIRE(r.code == 0);
  CHECK(r.out.find("by rule\nrule") != std::string::npos);
  CHECK(r.out.find("fr.postposed") != std::string::npos);
  CHECK(r.out.find("required)") != std::string::npos);

  r = run(box, "--gold " + quote(gold) + " " + quote(text) + " --by-rule --json");
  REQUIRE(r.code == 0);
  const json report = json::parse(r.out);
  const json& rows = report["by_rule"]["rules"];
  REQUIRE(rows.size() >= 3);
  uint64_t matched = 0;
  for (const json& row : rows) {
    CHECK(row["rule"].get<std::string>() != "(none)");  // every extracted attribution names its rule
    matched += row["matched"].get<uint64_t>();
  }
  CHECK(matched == report["total"]["counts"]["matched"].get<uint64_t>());
}

namespace {

// The brat gold's own spans as predictions (gold_as_predictions), by article.
std::string brat_self_predictions(const std::string& ann, const std::string& text) {
  Gold g;
  if (!read_brat_gold(ann, slurp(text), "x.txt", g).ok()) throw std::runtime_error("cannot read " + ann);
  return gold_as_predictions(g).dump();
}

}  // namespace

TEST_CASE("whosaid eval on a brat folder (.ann beside the texts' folder, as PolNeAR)", "[eval][cli][brat]") {
  Scratch box("eval-cli-brat");
  const std::string ann_dir = test_data("eval/brat/attributions");
  const std::string text_dir = test_data("eval/brat/text");

  // The pipeline on the texts: both articles read; the second annotator of
  // one is named and left out.
  CommandResult r = run(box, "--gold " + quote(ann_dir) + " " + quote(text_dir) + " --json");
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.err.find("lindqvist-harbour has 2 annotation files: scored against lindqvist-harbour_a1.ann, not "
                   "lindqvist-harbour_b2.ann") != std::string::npos);
  json report = json::parse(r.out);
  REQUIRE(report["documents"].size() == 2);
  CHECK(report["documents"][0]["name"] == "ferry-strike.txt");
  CHECK(report["documents"][1]["name"] == "lindqvist-harbour.txt");
  CHECK(report["total"]["counts"]["gold"] == 7);  // 2 + 5 (not the 1 of the second annotator)
  CHECK(report["total"]["counts"]["spans"]["content"]["gold"] == 7);
  CHECK(report["total"]["counts"]["spans"]["source"]["gold"] == 6);  // E5 has no source
  CHECK(report["total"]["counts"]["type"]["total"] == 0);           // brat has no types: not scored

  // Predictions by article name: the gold's own spans give perfect figures.
  box.write("pred/lindqvist-harbour.json",
            brat_self_predictions(test_data("eval/brat/attributions/lindqvist-harbour_a1.ann"),
                                  test_data("eval/brat/text/lindqvist-harbour.txt")));
  box.write("pred/ferry-strike.json", brat_self_predictions(test_data("eval/brat/attributions/ferry-strike.ann"),
                                                            test_data("eval/brat/text/ferry-strike.txt")));
  r = run(box, "--gold " + quote(ann_dir) + " --predictions " + quote(box.path("pred").string()) + " " +
                   quote(text_dir));
  REQUIRE(r.code == 0);
  CHECK(r.out.find("lindqvist-harbour.txt  P 1.000  R 1.000  F1 1.000  (5 of 5 found, 0 false positives)") !=
        std::string::npos);
  CHECK(r.out.find("micro-average over 2 documents") != std::string::npos);
  CHECK(r.out.find("  type              -  (0/0)") != std::string::npos);
  CHECK(r.out.find("  exact source  P 1.000  R 1.000  F1 1.000  (6 of 6 gold spans, 6 predicted)") !=
        std::string::npos);
  CHECK(r.out.find("  exact content P 1.000  R 1.000  F1 1.000  (7 of 7 gold spans, 7 predicted)") !=
        std::string::npos);

  // Without TEXT_DIR, a brat file's text must be beside it.
  r = run(box, "--gold " + quote(ann_dir) + " --predictions " + quote(box.path("pred").string()));
  CHECK(r.code == 74);
  CHECK(r.err.find("ferry-strike.ann: a brat file is read with its text: give TEXT_DIR, or put ferry-strike.txt "
                   "beside it") != std::string::npos);
}

TEST_CASE("whosaid eval on one brat file: its text beside it, a broken line", "[eval][cli][brat]") {
  Scratch box("eval-cli-brat-one");
  const std::string broken = test_data("eval/brat/broken/broken.ann");
  // TEXT given, or broken.txt beside it: the same error, naming the file and line.
  for (const std::string& args : {"--gold " + quote(broken) + " " + quote(test_data("eval/brat/broken/broken.txt")),
                                  "--gold " + quote(broken) + " --predictions " + quote(broken)}) {
    CommandResult r = run(box, args);
    CHECK(r.code == 65);
    CHECK(r.err.find("broken.ann:2: T2: offsets '69' are not START END (code points) near 'T2\\tCue 69\\tsaid'") !=
          std::string::npos);
  }
  // A good file with its text beside it and predictions.
  fs::path ann = box.write("one/ferry-strike.ann", slurp(test_data("eval/brat/attributions/ferry-strike.ann")));
  box.write("one/ferry-strike.txt", slurp(test_data("eval/brat/text/ferry-strike.txt")));
  fs::path pred =
      box.write("pred.json", brat_self_predictions(ann.string(), test_data("eval/brat/text/ferry-strike.txt")));
  CommandResult r = run(box, "--gold " + quote(ann.string()) + " --predictions " + quote(pred.string()));
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("ferry-strike.txt\n  attributions  P 1.000  R 1.000  F1 1.000  (2 of 2 found") == 0);
}
