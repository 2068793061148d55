// `whosaid extract` end to end: the output contract on the seed article (the
// JSON Schema in docs/), determinism, standard input, JSON Lines, bad inputs
// and all-or-nothing output files.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/command.h"

using namespace whosaid::test;
using nlohmann::json;

namespace {

std::string seed() { return shell_quote(test_data("cli/reuters-ceasefire-fr.txt").string()); }

std::string docs(const std::string& name) {
  const char* dir = std::getenv("WHOSAID_DOCS");
  REQUIRE(dir != nullptr);
  return (std::filesystem::path(dir) / name).string();
}

// Validates files against docs/extract.schema.json with tests/tools/validate_schema.py.
void check_schema(const std::string& files) {
  const std::string tool = (test_data("").parent_path().parent_path() / "tools" / "validate_schema.py").string();
  const std::string cmd = "python3 " + shell_quote(tool) + " " + shell_quote(docs("extract.schema.json")) + " " + files + " 2>&1";
  FILE* pipe = ::popen(cmd.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string output;
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
  const int status = ::pclose(pipe);
  INFO(output);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

}  // namespace

TEST_CASE("extract gives the seed's attributions as JSON that follows the schema", "[cli]") {
  Scratch scratch("extract-seed");
  const CommandResult r = run_whosaid(scratch, "extract " + seed());
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.err.empty());
  const json doc = json::parse(r.out);
  CHECK(doc["id"] == "reuters-ceasefire-fr.txt");
  CHECK(doc["attributions"].size() >= 30);
  // Spans are code points: the first attribution's source text is the text at its offsets.
  const std::string text = read_file(test_data("cli/reuters-ceasefire-fr.txt"));
  const json& first = doc["attributions"][0];
  CHECK(first["source"]["text"] == "Une source américaine");
  CHECK(first["cue"]["text"] == "a nié");
  CHECK(first["type"] == "denial");
  CHECK(first["rule"] == "fr.que");
  scratch.write("seed.json", r.out);
  check_schema(shell_quote(scratch.path("seed.json").string()));
}

TEST_CASE("extract is deterministic and reads standard input", "[cli]") {
  Scratch scratch("extract-stdin");
  const CommandResult a = run_whosaid(scratch, "extract " + seed());
  const CommandResult b = run_whosaid(scratch, "extract " + seed());
  REQUIRE(a.code == 0);
  CHECK(a.out == b.out);
  const CommandResult piped = run_whosaid(scratch, "extract -", test_data("cli/reuters-ceasefire-fr.txt").string());
  REQUIRE(piped.code == 0);
  const json from_file = json::parse(a.out);
  const json from_stdin = json::parse(piped.out);
  CHECK(from_stdin["name"] == "<stdin>");
  CHECK(from_stdin["attributions"] == from_file["attributions"]);
  CHECK(from_stdin["entities"] == from_file["entities"]);
}

TEST_CASE("extract --format jsonl writes one valid document per line", "[cli]") {
  Scratch scratch("extract-jsonl");
  scratch.write("short.txt", "Le ministre a déclaré que la réforme serait votée en juin.\n");
  const CommandResult r =
      run_whosaid(scratch, "extract --format jsonl " + seed() + " " + shell_quote(scratch.path("short.txt").string()));
  REQUIRE(r.code == 0);
  const std::string out = r.out;
  REQUIRE(std::count(out.begin(), out.end(), '\n') == 2);
  const json second = json::parse(out.substr(out.find('\n') + 1));
  CHECK(second["attributions"].size() == 1);
  scratch.write("out.jsonl", out);
  check_schema(shell_quote(scratch.path("out.jsonl").string()));
}

TEST_CASE("bad inputs give a message naming the input and the place, and no output", "[cli]") {
  Scratch scratch("extract-bad");
  struct Case {
    std::string name;
    std::string bytes;  // empty name of a file that is not written: see below
    int code;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"latin1.txt", "Le caf\xE9 est froid.", 65, "latin1.txt:1: byte 6: invalid UTF-8 sequence near 'Le caf\\xE9 est fr'"},
      {"binary.bin", std::string("PK\x03\x04\0\0", 6), 65, "binary.bin:1: byte 4: NUL byte (binary file?)"},
      {"empty.txt", "", 65, "empty.txt: empty input: no text to analyse"},
      {"blank.txt", " \n\n\t\n", 65, "blank.txt: empty input: no text to analyse"},
      {"second-line.txt", "Ligne une.\nLigne \xC3\x28 deux.", 65, "second-line.txt:2: byte 17: invalid UTF-8 sequence"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const auto path = scratch.write(c.name, c.bytes);
    const CommandResult r = run_whosaid(scratch, "extract " + shell_quote(path.string()));
    CHECK(r.code == c.code);
    CHECK(r.out.empty());
    CHECK(r.err.find(c.message) != std::string::npos);
    CHECK(r.err.find(path.string()) != std::string::npos);
  }
  const CommandResult missing = run_whosaid(scratch, "extract " + shell_quote(scratch.path("nope.txt").string()));
  CHECK(missing.code == 74);
  CHECK(missing.err.find("nope.txt: cannot open") != std::string::npos);
  const CommandResult folder = run_whosaid(scratch, "extract " + shell_quote(scratch.path("").string()));
  CHECK(folder.code == 74);
  CHECK(folder.err.find("is a directory") != std::string::npos);
}

TEST_CASE("unbalanced quotation marks are text, not an error", "[cli]") {
  Scratch scratch("extract-unbalanced");
  const auto path = scratch.write("q.txt", "Il a déclaré : « Rien n'est joué.\n\n\"Une autre\" phrase \" seule.\n");
  const CommandResult r = run_whosaid(scratch, "extract " + shell_quote(path.string()));
  CHECK(r.code == 0);
  CHECK(json::parse(r.out)["attributions"].size() == 1);
}

TEST_CASE("extract -o writes the whole output or nothing", "[cli]") {
  Scratch scratch("extract-output");
  const auto out = scratch.path("result.json");
  const CommandResult ok = run_whosaid(scratch, "extract " + seed() + " -o " + shell_quote(out.string()));
  REQUIRE(ok.code == 0);
  CHECK(ok.out.empty());
  CHECK(json::parse(read_file(out))["attributions"].size() >= 30);

  const auto bad = scratch.write("bad.txt", "caf\xE9");
  const auto out2 = scratch.path("never.json");
  const CommandResult failed =
      run_whosaid(scratch, "extract " + seed() + " " + shell_quote(bad.string()) + " -o " + shell_quote(out2.string()));
  CHECK(failed.code == 65);
  CHECK_FALSE(std::filesystem::exists(out2));
  // No temporary left behind either.
  for (const auto& entry : std::filesystem::directory_iterator(scratch.path("")))
    CHECK(entry.path().filename().string().find("never.json") == std::string::npos);
}

TEST_CASE("usage errors exit 64", "[cli]") {
  Scratch scratch("usage");
  CHECK(run_whosaid(scratch, "").code == 64);
  CHECK(run_whosaid(scratch, "no-such-command").code == 64);
  CHECK(run_whosaid(scratch, "extract").code == 64);
  const CommandResult format = run_whosaid(scratch, "extract --format yaml " + seed());
  CHECK(format.code == 64);
  CHECK(format.err.find("unknown format 'yaml'") != std::string::npos);
  CHECK(run_whosaid(scratch, "--help").code == 0);
}
