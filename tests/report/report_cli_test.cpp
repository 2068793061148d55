// `whosaid report` as a command: its usage errors, a bad labels file (exit 78,
// naming file and line), an input that fails (exit 65) leaving no -o file,
// standard input, and several inputs on one page.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "support/command.h"

using namespace whosaid::test;
namespace fs = std::filesystem;

namespace {

std::string q(const fs::path& p) { return shell_quote(p.string()); }

fs::path seed() { return fs::path(std::getenv("WHOSAID_EXAMPLES")) / "reuters-ceasefire-fr.txt"; }

}  // namespace

TEST_CASE("command: usage errors and bad input give their exit codes and no file", "[report][cli]") {
  Scratch scratch("report-cli");
  const fs::path out = scratch.path("out.html");
  struct Row {
    std::string args;
    int code;
    std::string message;
  };
  const fs::path binary = scratch.write("binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10));
  const fs::path bad_utf8 = scratch.write("bad.txt", "Le ministre a d\xe9" "clar\xe9 que non.");
  const Row rows[] = {
      {"report -o " + q(out), 64, "no input"},
      {"report --layout neato " + q(seed()) + " -o " + q(out), 64, "unknown --layout 'neato'"},
      {"report " + q(bad_utf8) + " -o " + q(out), 65, "bad.txt"},
      {"report " + q(seed()) + " " + q(binary) + " -o " + q(out), 65, "binary.txt"},
  };
  for (const Row& row : rows) {
    INFO(row.args);
    CommandResult r = run_whosaid(scratch, row.args);
    CHECK(r.code == row.code);
    CHECK(r.err.find(row.message) != std::string::npos);
    CHECK_FALSE(fs::exists(out));
  }
}

TEST_CASE("command: a wrong labels file stops the run naming its line", "[report][cli]") {
  Scratch scratch("report-cli-labels");
  const fs::path data = scratch.path("data");
  fs::copy(fs::path(std::getenv("WHOSAID_DATA_DIR")), data, fs::copy_options::recursive);
  const fs::path labels = data / "lang" / "fr" / "report_labels.tsv";
  std::string text = read_file(labels);
  text += "no_such_label\tNothing\n";
  scratch.write("data/lang/fr/report_labels.tsv", text);
  const fs::path out = scratch.path("out.html");
  CommandResult r = run_whosaid(scratch, "report --data-dir " + q(data) + " " + q(seed()) + " -o " + q(out));
  CHECK(r.code == 78);
  const auto lines = std::count(text.begin(), text.end(), '\n');
  CHECK(r.err.find("report_labels.tsv:" + std::to_string(lines) + ": unknown label 'no_such_label'") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("command: standard input, and several inputs on one page", "[report][cli]") {
  Scratch scratch("report-cli-inputs");
  CommandResult one = run_whosaid(scratch, "report -", seed().string());
  CHECK(one.code == 0);
  CHECK(one.out.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(one.out.find("<article id=\"d1\"") != std::string::npos);
  CHECK(one.out.find("<article id=\"d2\"") == std::string::npos);
  const fs::path other = scratch.write("other.txt", "Le ministre a déclaré que tout allait bien, selon un communiqué.\n");
  const fs::path out = scratch.path("both.html");
  CommandResult both = run_whosaid(scratch, "report " + q(seed()) + " " + q(other) + " --layout own -o " + q(out));
  INFO(both.err);
  CHECK(both.code == 0);
  CHECK(both.out.empty());
  const std::string page = read_file(out);
  CHECK(page.find("<article id=\"d2\"") != std::string::npos);
  CHECK(page.find("<section class=\"shared\"") != std::string::npos);
  CHECK(page.find("class=\"graph-svg own\"") != std::string::npos);
  CHECK(page.find("class=\"graph-svg\" role=\"img\"") == std::string::npos);
}
