// `whosaid merge`, the reduce step: a corpus split into 3 shards, each
// extracted alone, merged, gives the very bytes `whosaid graph` gives over the
// whole corpus, in every format; broken extract lines are reported by line.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <vector>

#include "support/command.h"

using namespace whosaid::test;
using nlohmann::json;

namespace {

std::string q(const std::filesystem::path& p) { return shell_quote(p.string()); }

// The fr-dev articles, both seed copies (named sources shared across
// documents, one wire story credited twice) and the HTML page.
std::vector<std::string> corpus_lines() {
  std::vector<std::string> lines;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(test_data("cli/fr-dev/text")))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 5);
  for (const auto& f : files) lines.push_back(json{{"id", f.filename().string()}, {"text", read_file(f)}}.dump());
  lines.push_back(json{{"id", "webpage"}, {"text", read_file(test_data("input/reuters-ceasefire-fr-webpage.txt"))}, {"site", "vlr"}}.dump());
  lines.push_back(json{{"id", "clean"}, {"text", read_file(test_data("input/reuters-ceasefire-fr.txt"))}}.dump());
  lines.push_back(json{{"id", "page"}, {"html", read_file(test_data("input/reuters-ceasefire-fr.html"))}}.dump());
  lines.push_back(json{{"id", "webpage-again"}, {"text", read_file(test_data("input/reuters-ceasefire-fr-webpage.txt"))}}.dump());
  return lines;
}

}  // namespace

TEST_CASE("merging 3 extracted shards gives the whole corpus's graph, byte for byte", "[cli][merge]") {
  Scratch scratch("merge-shards");
  const std::vector<std::string> lines = corpus_lines();
  std::string whole, shard[3];
  for (size_t i = 0; i < lines.size(); ++i) {
    whole += lines[i] + "\n";
    shard[i * 3 / lines.size()] += lines[i] + "\n";
  }
  scratch.write("corpus.jsonl", whole);
  std::string extracted;
  for (int k = 0; k < 3; ++k) {
    REQUIRE(!shard[k].empty());
    const std::string in = "shard" + std::to_string(k) + ".jsonl", out = "extract" + std::to_string(k) + ".jsonl";
    scratch.write(in, shard[k]);
    const CommandResult r = run_whosaid(scratch, "extract --format jsonl -o " + q(scratch.path(out)) + " " + q(scratch.path(in)));
    INFO(r.err);
    REQUIRE(r.code == 0);
    extracted += " " + q(scratch.path(out));
  }
  for (const char* format : {"dot", "json", "graphml", "csv"}) {
    INFO(format);
    const CommandResult graph = run_whosaid(scratch, std::string("graph --format ") + format + " " + q(scratch.path("corpus.jsonl")));
    const CommandResult merged = run_whosaid(scratch, std::string("merge --format ") + format + extracted);
    INFO(merged.err);
    REQUIRE(graph.code == 0);
    REQUIRE(merged.code == 0);
    CHECK(graph.out.size() > 1000);
    CHECK(merged.out == graph.out);
  }
  // The two copies of the wire story point to one origin.
  const json g = json::parse(run_whosaid(scratch, "merge --format json" + extracted).out);
  size_t origins = 0, republishes = 0;
  for (const json& n : g["nodes"])
    if (n["kind"] == "origin" && n["documents"] == 2) ++origins;
  for (const json& e : g["edges"])
    if (e["kind"] == "republishes") ++republishes;
  CHECK(origins == 1);
  CHECK(republishes >= 3);
}

TEST_CASE("merge reports a broken extract line with its number, and skips it when asked", "[cli][merge]") {
  Scratch scratch("merge-bad");
  scratch.write("a.txt", "Le ministre a déclaré que la réforme serait votée en juin.\n");
  const CommandResult good = run_whosaid(scratch, "extract --format jsonl " + q(scratch.path("a.txt")));
  REQUIRE(good.code == 0);
  json changed = json::parse(good.out);
  changed["attributions"][0]["type"] = "rumour";
  json outside = json::parse(good.out);
  outside["attributions"][0]["cue"]["end"] = 100000;
  scratch.write("bad.jsonl", good.out + "{not json\n" + changed.dump() + "\n" + outside.dump() + "\n" + good.out);
  const CommandResult fail = run_whosaid(scratch, "merge " + q(scratch.path("bad.jsonl")));
  CHECK(fail.code == 65);
  CHECK(fail.err.find("bad.jsonl:2: not JSON") != std::string::npos);
  const CommandResult skip = run_whosaid(scratch, "merge --format csv --on-error skip " + q(scratch.path("bad.jsonl")));
  INFO(skip.err);
  CHECK(skip.code == 0);
  CHECK(skip.err.find("bad.jsonl:3: attributions[0].type: unknown value 'rumour'") != std::string::npos);
  CHECK(skip.err.find("bad.jsonl:4: attributions[0].cue: lies outside the text") != std::string::npos);
  CHECK(skip.err.find("3 bad document(s) skipped, 2 merged") != std::string::npos);
  CHECK(run_whosaid(scratch, "merge").code == 64);
  CHECK(run_whosaid(scratch, "merge --format pdf " + q(scratch.path("bad.jsonl"))).code == 64);
}
