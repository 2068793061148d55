// whosaid: who said what, to whom, how, and on whose word.
// The CLI only parses arguments, dispatches to a subcommand and turns library
// Status values into messages and exit codes; the logic is in the library.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string_view>

#include "cli/command_line.h"
#include "cli/commands.h"

namespace {

struct Command {
  std::string_view name;
  std::string_view summary;
  int (*run)(const whosaid::cli::Args&);
};

// One line per subcommand; each lives in its own <name>_command.cpp.
constexpr Command kCommands[] = {
    {"extract", "find the attributions and sources in articles (json, jsonl)", whosaid::cli::run_extract},
    {"eval", "score attributions against gold annotations (precision, recall, resolution)", whosaid::cli::run_eval},
    {"graph", "build the source-attribution graph of articles (dot, json, graphml, csv)", whosaid::cli::run_graph},
    {"audit", "the sourcing of each article: sources, anonymity, groups, claims (a table)", whosaid::cli::run_audit},
    {"merge", "build one graph from extract JSONL outputs: the reduce step of a sharded corpus", whosaid::cli::run_merge},
    {"tag", "each token's lemma, part of speech, features and chunk; tagger evaluation (CoNLL-U)", whosaid::cli::run_tag},
    {"report", "the fact-checker's page: one self-contained HTML sourcing report of articles", whosaid::cli::run_report},
};

// What was printed through std::cout (help, reports) is flushed here, so a
// write error (a full disk, /dev/full) is an exit code instead of a loss that
// exit() would hide. Outputs written through OutputFile check their own.
int check_standard_output(std::string_view name, int code) {
  errno = 0;
  std::cout.flush();
  const bool failed = !std::cout.good() || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!failed) return code;
  std::cerr << "whosaid" << (name.empty() ? "" : " ") << name << ": <stdout>: write error"
            << (errno != 0 ? std::string(": ") + std::strerror(errno) : std::string()) << "\n";
  return code == 0 ? 74 : code;
}

void print_usage(std::ostream& out) {
  out << "usage: whosaid COMMAND [OPTIONS] [FILE...]\n\ncommands:\n";
  for (const Command& c : kCommands) out << "  " << c.name << std::string(10 - c.name.size(), ' ') << c.summary << "\n";
  out << "\n'whosaid COMMAND --help' describes a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    print_usage(std::cerr);
    return 64;
  }
  std::string_view name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_usage(std::cout);
    return check_standard_output("", 0);
  }
  if (name == "--version") {
    std::cout << whosaid::cli::version_line() << "\n";
    return check_standard_output("", 0);
  }
  for (const Command& c : kCommands) {
    if (c.name == name) {
      whosaid::cli::Args args(argv + 2, argv + argc);
      try {
        return check_standard_output(name, c.run(args));
      } catch (const std::exception& e) {
        // The library reports errors as Status values; an exception here is a bug
        // or an out-of-memory condition, reported rather than crashing.
        std::cerr << "whosaid " << name << ": internal error: " << e.what() << "\n";
        return 70;
      }
    }
  }
  std::cerr << "whosaid: unknown command '" << name << "'\n\n";
  print_usage(std::cerr);
  return 64;
}
