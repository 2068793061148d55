// graphs/ holds `whosaid graph` outputs for every examples/NAME.txt, in every
// format, plus the SVG that `dot` renders from the DOT. This test makes them
// again with the built binary and fails when a committed file differs (the
// pipeline changed and nobody regenerated them). To regenerate:
//
//   WHOSAID_REGENERATE_GRAPHS=1 ctest -R 'export: graphs'
//
// Outputs per example: NAME.dot, NAME.svg, NAME.json ("edges" key),
// NAME.links.json, NAME.graphml, NAME.csv; with several examples, the corpus
// graph of them all as all-examples.*. Beside each example, its `whosaid
// report` page: examples/NAME.report.html. The tool runs from the repository root
// on relative paths, so the files do not depend on where the checkout lives.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

#include "export/export_test_util.h"

using namespace whosaid::testing;
namespace fs = std::filesystem;

namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

struct Output {
  std::string suffix;             // "dot", "links.json"
  std::vector<std::string> args;  // format options
};

const std::vector<Output>& outputs() {
  static const std::vector<Output> list = {
      {"dot", {"--format", "dot"}},
      {"json", {"--format", "json"}},
      {"links.json", {"--format", "json", "--json-edges-key", "links"}},
      {"graphml", {"--format", "graphml"}},
      {"csv", {"--format", "csv"}},
  };
  return list;
}

}  // namespace

TEST_CASE("graphs: the outputs in graphs/ match the examples", "[export][graphs]") {
  fs::path bin = env("WHOSAID_BIN"), examples = env("WHOSAID_EXAMPLES"), graphs = env("WHOSAID_GRAPHS");
  INFO("WHOSAID_BIN=" << bin << " WHOSAID_EXAMPLES=" << examples << " WHOSAID_GRAPHS=" << graphs);
  REQUIRE_FALSE(examples.empty());
  REQUIRE_FALSE(graphs.empty());
  REQUIRE(fs::exists(bin));
  bool regenerate = !env("WHOSAID_REGENERATE_GRAPHS").empty();

  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(examples))
    if (entry.path().extension() == ".txt") inputs.push_back(entry.path());
  std::sort(inputs.begin(), inputs.end());
  REQUIRE_FALSE(inputs.empty());

  // (name, inputs) of every graph to make.
  // Inputs are named relative to the repository root and the tool runs there,
  // so the outputs (which name their inputs) do not depend on where the
  // checkout lives.
  const fs::path root = examples.parent_path();
  auto relative = [&](const fs::path& input) { return (fs::path("examples") / input.filename()).string(); };
  std::vector<std::pair<std::string, std::vector<std::string>>> jobs;
  for (const fs::path& input : inputs) jobs.push_back({input.stem().string(), {relative(input)}});
  if (inputs.size() > 1) {
    std::vector<std::string> all;
    for (const fs::path& input : inputs) all.push_back(relative(input));
    jobs.push_back({"all-examples", all});
  }

  TempDir dir("graphs");
  if (regenerate) fs::create_directories(graphs);
  for (const auto& [name, files] : jobs) {
    for (const Output& out : outputs()) {
      fs::path made = dir.path() / (name + "." + out.suffix);
      std::vector<std::string> args = {"graph"};
      args.insert(args.end(), files.begin(), files.end());
      args.insert(args.end(), out.args.begin(), out.args.end());
      args.insert(args.end(), {"-o", made.string()});
      CommandResult r = run(dir, bin.string(), args, root);
      INFO(name << "." << out.suffix << ": " << r.err);
      REQUIRE(r.exit_code == 0);
      std::vector<std::pair<std::string, std::string>> files_made = {{out.suffix, read_file(made)}};
      if (out.suffix == "dot" && installed("/usr/bin/dot")) {
        CommandResult svg = run(dir, "/usr/bin/dot", {"-Tsvg", made.string()});
        CHECK(svg.exit_code == 0);
        CHECK(svg.err == "");
        files_made.push_back({"svg", svg.out});
      }
      for (const auto& [suffix, bytes] : files_made) {
        fs::path committed = graphs / (name + "." + suffix);
        if (regenerate) {
          dir.write("tmp", bytes);
          fs::copy_file(dir.path() / "tmp", committed, fs::copy_options::overwrite_existing);
          continue;
        }
        INFO(committed.string() << " is stale or missing: WHOSAID_REGENERATE_GRAPHS=1 ctest -R 'export: graphs'");
        REQUIRE(fs::exists(committed));
        CHECK(read_file(committed) == bytes);
      }
    }
  }
  for (const fs::path& input : inputs) {
    const fs::path made = dir.path() / "report.html", committed = examples / (input.stem().string() + ".report.html");
    CommandResult r = run(dir, bin.string(), {"report", relative(input), "-o", made.string()}, root);
    INFO(committed.string() << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    if (regenerate) {
      fs::copy_file(made, committed, fs::copy_options::overwrite_existing);
      continue;
    }
    INFO(committed.string() << " is stale or missing: WHOSAID_REGENERATE_GRAPHS=1 ctest -R 'export: graphs'");
    REQUIRE(fs::exists(committed));
    CHECK(read_file(committed) == read_file(made));
  }
}
