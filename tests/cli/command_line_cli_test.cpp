// The command line's smaller promises: every command knows --help and
// --version, an empty JSON Lines input is an error that names it, JSON Lines
// on standard input are recognised without --input jsonl (and prose that
// starts with a brace is still prose), and `audit` reads the inputs `extract`
// reads, with -o.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "support/command.h"

using namespace whosaid::test;
using nlohmann::json;

namespace {

std::string q(const std::filesystem::path& p) { return shell_quote(p.string()); }

std::string jsonl_line(const std::string& id, const std::string& text) {
  return json{{"id", id}, {"text", text}}.dump() + "\n";
}

std::vector<json> lines_of(const std::string& out) {
  std::vector<json> docs;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) docs.push_back(json::parse(line));
  return docs;
}

const char* const kCommands[] = {"extract", "graph", "audit", "eval", "merge"};

}  // namespace

TEST_CASE("every command knows --version and --help", "[cli]") {
  Scratch scratch("cli-version");
  const CommandResult top = run_whosaid(scratch, "--version");
  REQUIRE(top.code == 0);
  REQUIRE(top.out.starts_with("whosaid "));
  for (const char* command : kCommands) {
    INFO(command);
    const CommandResult version = run_whosaid(scratch, std::string(command) + " --version");
    CHECK(version.code == 0);
    CHECK(version.out == top.out);
    const CommandResult help = run_whosaid(scratch, std::string(command) + " --help");
    CHECK(help.code == 0);
    CHECK(help.out.find("whosaid " + std::string(command)) != std::string::npos);
    CHECK(help.out.find("--version") != std::string::npos);
  }
}

TEST_CASE("an empty JSON Lines input is an error naming it", "[cli][input][jsonl]") {
  Scratch scratch("cli-empty-jsonl");
  const std::filesystem::path empty = scratch.write("empty.jsonl", "");
  const std::filesystem::path blank = scratch.write("blank.jsonl", "\n  \n\n");
  for (const std::string& command : {std::string("extract --format jsonl"), std::string("graph"), std::string("audit")}) {
    INFO(command);
    const CommandResult r = run_whosaid(scratch, command + " " + q(empty));
    CHECK(r.code == 65);
    CHECK(r.err.find(empty.string() + ": empty input: no JSON Lines document") != std::string::npos);
    CHECK(r.out.empty());
  }
  CHECK(run_whosaid(scratch, "extract --format jsonl " + q(blank)).code == 65);
  const CommandResult piped = run_whosaid(scratch, "extract --input jsonl -", empty.string());
  CHECK(piped.code == 65);
  CHECK(piped.err.find("<stdin>: empty input") != std::string::npos);
  // With -o, nothing is created.
  CHECK(run_whosaid(scratch, "extract --format jsonl -o " + q(scratch.path("out.jsonl")) + " " + q(empty)).code == 65);
  CHECK(!std::filesystem::exists(scratch.path("out.jsonl")));
  CHECK(!std::filesystem::exists(scratch.path("out.jsonl.partial")));
  // Skipped and counted when asked, like any bad document.
  const CommandResult skip = run_whosaid(scratch, "extract --format jsonl --on-error skip " + q(empty));
  CHECK(skip.code == 0);
  CHECK(skip.err.find("1 bad document skipped, 0 written") != std::string::npos);
}

TEST_CASE("JSON Lines on standard input are recognised without --input jsonl", "[cli][input][jsonl]") {
  Scratch scratch("cli-stdin-jsonl");
  const std::string corpus = "\n" + jsonl_line("d1", "Le ministre a déclaré que la réforme serait votée en juin.") +
                             json{{"id", "d2"}, {"html", "<p>Selon la police, la foule était calme.</p>"}}.dump() + "\n";
  const std::filesystem::path file = scratch.write("corpus.jsonl", corpus);
  const CommandResult from_file = run_whosaid(scratch, "extract --format jsonl " + q(file));
  REQUIRE(from_file.code == 0);
  const CommandResult piped = run_whosaid(scratch, "extract --format jsonl -", file.string());
  INFO(piped.err);
  REQUIRE(piped.code == 0);
  CHECK(piped.out == from_file.out);
  REQUIRE(lines_of(piped.out).size() == 2);
  // --format json of a JSON Lines stream is a list, as for a .jsonl file.
  const CommandResult array = run_whosaid(scratch, "extract -", file.string());
  REQUIRE(array.code == 0);
  CHECK(json::parse(array.out).is_array());
  CHECK(run_whosaid(scratch, "graph --format csv -", file.string()).out ==
        run_whosaid(scratch, "graph --format csv " + q(file)).out);

  // A JSON object without "text" or "html", or prose that starts with a
  // brace, is prose.
  const char* prose[] = {
      "{\"titre\": \"Le maire\"}\nLe maire a déclaré que la route serait fermée.\n",
      "{Note de la rédaction} Le maire a déclaré que la route serait fermée.\n",
      "  Le maire a déclaré que la route serait fermée. {\"text\": \"x\"}\n",
  };
  for (const char* text : prose) {
    INFO(text);
    const std::filesystem::path p = scratch.write("prose.txt", text);
    const CommandResult r = run_whosaid(scratch, "extract -", p.string());
    REQUIRE(r.code == 0);
    const json doc = json::parse(r.out);
    CHECK(doc["name"] == "<stdin>");
    CHECK(doc["attributions"].size() == 1);
  }
  // --input text keeps a JSON line as text.
  const CommandResult as_text = run_whosaid(scratch, "extract --input text -", file.string());
  REQUIRE(as_text.code == 0);
  CHECK(json::parse(as_text.out)["name"] == "<stdin>");
}

TEST_CASE("audit reads HTML and JSON Lines like extract, and writes -o whole", "[cli][input][audit]") {
  Scratch scratch("cli-audit-inputs");
  const std::filesystem::path page = test_data("input/reuters-ceasefire-fr.html");
  const CommandResult extracted = run_whosaid(scratch, "extract " + q(page));
  REQUIRE(extracted.code == 0);
  const json audit = json::parse(extracted.out)["audit"];
  const CommandResult table = run_whosaid(scratch, "audit " + q(page));
  INFO(table.err);
  REQUIRE(table.code == 0);
  // The page's article, not its markup: the same figures as extract's audit.
  std::ostringstream figures;
  figures << "  sources " << audit["sources"].get<int>() << " (named " << audit["named"].get<int>() << ", anonymous "
          << audit["anonymous"].get<int>() << ")";
  CHECK(table.out.find(figures.str()) != std::string::npos);
  CHECK(table.out.find("<p>") == std::string::npos);

  const std::filesystem::path corpus =
      scratch.write("corpus.jsonl", jsonl_line("first", "Le maire a déclaré que la route serait fermée.") +
                                        jsonl_line("second", "Selon une source proche du dossier, rien n'est décidé."));
  const CommandResult both = run_whosaid(scratch, "audit " + q(corpus));
  REQUIRE(both.code == 0);
  CHECK(both.out.starts_with("first\n"));
  CHECK(both.out.find("\n\nsecond\n") != std::string::npos);
  // Same as --input jsonl on standard input, and -o writes it whole.
  CHECK(run_whosaid(scratch, "audit --input jsonl -", corpus.string()).out == both.out);
  const CommandResult to_file = run_whosaid(scratch, "audit -o " + q(scratch.path("audit.txt")) + " " + q(corpus));
  REQUIRE(to_file.code == 0);
  CHECK(to_file.out.empty());
  CHECK(read_file(scratch.path("audit.txt")) == both.out);
  // --comments is accepted as in extract (comments stay out of the audit).
  CHECK(run_whosaid(scratch, "audit --comments " + q(test_data("input/reuters-ceasefire-fr-webpage.txt"))).code == 0);
}
