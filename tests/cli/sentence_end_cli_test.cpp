// A text whose last token is an auxiliary with no final punctuation ("Il a")
// ended every subcommand in SIGSEGV (issue 8): extract, each graph format and
// audit must now succeed on it, and a JSON Lines corpus where one document
// ends so must process every document.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "support/command.h"

using namespace whosaid::test;
using nlohmann::json;

namespace {

std::string q(const std::filesystem::path& p) { return shell_quote(p.string()); }

constexpr const char* kEndings[] = {"Il a", "Il est", "Ils ont", "Elle sera", "Il a pas"};

}  // namespace

TEST_CASE("extract, every graph format and audit run on a text that ends on an auxiliary", "[cli]") {
  Scratch scratch("sentence-end");
  for (const char* text : kEndings) {
    INFO(text);
    scratch.write("end.txt", text);
    const std::string file = q(scratch.path("end.txt"));
    const CommandResult extracted = run_whosaid(scratch, "extract " + file);
    INFO(extracted.err);
    REQUIRE(extracted.code == 0);
    CHECK(json::parse(extracted.out)["attributions"].empty());
    const CommandResult piped = run_whosaid(scratch, "extract -", scratch.path("end.txt").string());
    CHECK(piped.code == 0);
    for (const char* format : {"dot", "json", "graphml", "csv", "cytoscape"}) {
      INFO(format);
      const CommandResult graph = run_whosaid(scratch, std::string("graph --format ") + format + " " + file);
      INFO(graph.err);
      CHECK(graph.code == 0);
      CHECK(!graph.out.empty());
    }
    const CommandResult audit = run_whosaid(scratch, "audit " + file);
    INFO(audit.err);
    CHECK(audit.code == 0);
  }
}

TEST_CASE("a JSON Lines corpus with one document ending on an auxiliary processes every document", "[cli][jsonl]") {
  Scratch scratch("sentence-end-jsonl");
  std::string corpus;
  corpus += json{{"id", "d1"}, {"text", "Le ministre a déclaré que la réforme serait votée en juin."}}.dump() + "\n";
  corpus += json{{"id", "d2"}, {"text", "Une source a affirmé que rien n'était décidé. Ils ont"}}.dump() + "\n";
  corpus += json{{"id", "d3"}, {"text", "La porte-parole affirme que les négociations continuent."}}.dump() + "\n";
  scratch.write("corpus.jsonl", corpus);
  const CommandResult r = run_whosaid(scratch, "extract --format jsonl " + q(scratch.path("corpus.jsonl")));
  INFO(r.err);
  REQUIRE(r.code == 0);
  std::istringstream lines(r.out);
  std::vector<json> docs;
  for (std::string line; std::getline(lines, line);) docs.push_back(json::parse(line));
  REQUIRE(docs.size() == 3);
  for (const json& doc : docs) {
    INFO(doc["id"]);
    CHECK(doc["attributions"].size() == 1);
  }
  const CommandResult graph = run_whosaid(scratch, "graph --input jsonl --format csv " + q(scratch.path("corpus.jsonl")));
  INFO(graph.err);
  CHECK(graph.code == 0);
}
