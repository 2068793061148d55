// --jobs N analyses documents in parallel and changes nothing else: the same
// bytes on stdout, in -o files and in OUT.partial, the same messages in the
// same order, the same exit codes, for extract, graph and audit.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/command.h"

using namespace whosaid::test;
using nlohmann::json;

namespace {

std::string q(const std::filesystem::path& p) { return shell_quote(p.string()); }

// The dev articles as a JSON Lines corpus, each twice, with bad lines among them.
std::filesystem::path mixed_corpus(const Scratch& scratch, bool with_bad_lines) {
  std::vector<std::filesystem::path> texts;
  for (const auto& entry : std::filesystem::directory_iterator(test_data("cli/fr-dev/text")))
    if (entry.path().extension() == ".txt") texts.push_back(entry.path());
  std::sort(texts.begin(), texts.end());
  REQUIRE(texts.size() >= 3);
  std::string lines;
  int n = 0;
  for (int round = 0; round < 2; ++round) {
    for (const auto& t : texts) {
      lines += json{{"id", "doc" + std::to_string(n++)}, {"text", read_file(t)}}.dump() + "\n";
      if (with_bad_lines && n % 4 == 0) lines += "{\"id\": \"bad" + std::to_string(n) + "\", \"text\": oops}\n";
    }
  }
  lines += json{{"id", "short"}, {"text", "Le maire a déclaré que la route serait fermée."}}.dump() + "\n";
  return scratch.write(with_bad_lines ? "mixed.jsonl" : "clean.jsonl", lines);
}

void check_same(const CommandResult& one, const CommandResult& many) {
  CHECK(one.code == many.code);
  CHECK(one.out == many.out);
  CHECK(one.err == many.err);
}

}  // namespace

TEST_CASE("with --jobs the output is the bytes one job gives, in input order", "[cli][jobs]") {
  Scratch scratch("jobs-same");
  const std::string clean = q(mixed_corpus(scratch, false));
  const std::string mixed = q(mixed_corpus(scratch, true));
  const std::string files = q(test_data("cli/reuters-ceasefire-fr.txt")) + " " +
                            q(test_data("input/reuters-ceasefire-fr.html")) + " " +
                            q(test_data("input/reuters-ceasefire-fr-webpage.txt"));
  const std::string runs[] = {
      "extract --format jsonl " + clean,
      "extract --format json " + clean + " " + files,
      "extract --comments " + files,
      "extract --format jsonl --on-error skip " + mixed,
      "extract --format jsonl " + mixed,  // stops at the first bad line, exit 65
      "graph --format graphml " + clean + " " + files,
      "graph --format csv --on-error skip " + mixed,
      "audit " + files + " " + clean,
  };
  for (const std::string& run : runs) {
    const CommandResult one = run_whosaid(scratch, run);
    REQUIRE(!one.out.empty());
    for (const char* jobs : {"2", "3", "0"}) {
      INFO(run << " --jobs " << jobs);
      check_same(one, run_whosaid(scratch, run + " --jobs " + jobs));
    }
  }
}

TEST_CASE("with --jobs -o stays whole, and OUT.partial is the same after a failure", "[cli][jobs]") {
  Scratch scratch("jobs-files");
  const std::string mixed = q(mixed_corpus(scratch, true));
  for (const char* jobs : {"1", "4"}) {
    const std::string out = q(scratch.path(std::string("out") + jobs + ".jsonl"));
    const CommandResult r = run_whosaid(scratch, "extract --format jsonl --jobs " + std::string(jobs) + " -o " + out + " " + mixed);
    CHECK(r.code == 65);
    CHECK(!std::filesystem::exists(scratch.path(std::string("out") + jobs + ".jsonl")));
  }
  const std::string one = read_file(scratch.path("out1.jsonl.partial"));
  CHECK(!one.empty());
  CHECK(one == read_file(scratch.path("out4.jsonl.partial")));
  CHECK(run_whosaid(scratch, "extract --jobs 5000 " + mixed).code == 64);
  CHECK(run_whosaid(scratch, "extract --jobs two " + mixed).code == 64);
}
