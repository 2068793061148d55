// Where -o and standard output go, and what is left when a run stops: a FIFO
// and a symlink are written through (never replaced), a regular file is
// replaced whole, a signal leaves no temporary (and, for JSON Lines, the
// whole documents in OUT.partial), and a write error on standard output is
// exit 74 in every command. Only files of a scratch folder are used; /dev/full
// appears only as a redirection target.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <set>
#include <sstream>
#include <thread>

#include "support/command.h"

using namespace whosaid::test;
using nlohmann::json;

extern char** environ;

namespace {

std::string q(const std::filesystem::path& p) { return shell_quote(p.string()); }
std::string seed() { return q(test_data("cli/reuters-ceasefire-fr.txt")); }

// Runs a shell command line; its exit code.
int shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Names in a folder other than the ones a test made itself.
std::vector<std::string> leftovers(const std::filesystem::path& dir, const std::set<std::string>& expected) {
  std::vector<std::string> extra;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (!expected.count(name)) extra.push_back(name);
  }
  return extra;
}

bool is_a_fifo(const std::filesystem::path& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0 && S_ISFIFO(st.st_mode);
}

size_t count_lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

// A JSON Lines corpus long enough that a run is still going when the test
// signals it (it is stopped early, so its length costs nothing).
std::filesystem::path long_corpus(const Scratch& scratch) {
  std::string lines;
  for (int i = 0; i < 60000; ++i)
    lines += json{{"id", "doc" + std::to_string(i)}, {"text", "Le maire a déclaré que la route serait fermée lundi."}}.dump() + "\n";
  return scratch.write("corpus.jsonl", lines);
}

// Starts whosaid with `args`, stdout and stderr into the scratch folder, the
// signals at their default action whatever the test runner ignores.
pid_t spawn_whosaid(const Scratch& scratch, const std::vector<std::string>& args) {
  std::vector<std::string> argv_strings{whosaid_binary()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&files, 1, scratch.path("stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&files, 2, scratch.path("stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t defaults;
  sigemptyset(&defaults);
  for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&defaults, s);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
  pid_t pid = -1;
  const int error = posix_spawn(&pid, argv[0], &files, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&files);
  posix_spawnattr_destroy(&attributes);
  REQUIRE(error == 0);
  return pid;
}

// Waits (at most a minute) until `ready` holds; false if the process ended first.
template <class Ready>
bool wait_until(pid_t pid, Ready ready) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    if (ready()) return true;
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return false;
}

int wait_for_signal(pid_t pid) {
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  return WIFSIGNALED(status) ? WTERMSIG(status) : -1;
}

}  // namespace

TEST_CASE("an output FIFO is written through and stays a FIFO", "[cli][output]") {
  Scratch scratch("output-fifo");
  const std::filesystem::path fifo = scratch.path("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const CommandResult direct = run_whosaid(scratch, "extract " + seed());
  REQUIRE(direct.code == 0);
  for (const std::string& command : {std::string("extract"), std::string("extract --format jsonl"),
                                     std::string("graph --format dot"), std::string("audit")}) {
    INFO(command);
    const std::filesystem::path got = scratch.path("got");
    const std::string line = "timeout 60 cat " + q(fifo) + " > " + q(got) + " & reader=$!; " +
                             shell_quote(whosaid_binary()) + " " + command + " " + seed() + " -o " + q(fifo) +
                             " 2>" + q(scratch.path("err")) + "; code=$?; wait $reader; exit $code";
    CHECK(shell(line) == 0);
    CHECK(read_file(scratch.path("err")).empty());
    CHECK(is_a_fifo(fifo));
    CHECK(!read_file(got).empty());
    if (command == "extract") CHECK(read_file(got) == direct.out);
    CHECK(leftovers(scratch.path(""), {"pipe", "got", "err", "stdout", "stderr"}).empty());
  }
}

TEST_CASE("an output symlink stays a link: its target is replaced, with its mode", "[cli][output]") {
  Scratch scratch("output-symlink");
  const std::filesystem::path target = scratch.write("real/target.json", "old\n");
  std::filesystem::permissions(target, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                           std::filesystem::perms::group_read);
  std::filesystem::create_directories(scratch.path("links"));
  std::filesystem::create_symlink("../real/target.json", scratch.path("links/out.json"));
  const CommandResult r = run_whosaid(scratch, "extract " + seed() + " -o " + q(scratch.path("links/out.json")));
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(std::filesystem::is_symlink(scratch.path("links/out.json")));
  const json doc = json::parse(read_file(target));
  CHECK(doc["id"] == "reuters-ceasefire-fr.txt");
  CHECK(std::filesystem::status(target).permissions() ==
        (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write | std::filesystem::perms::group_read));
  CHECK(leftovers(scratch.path("real"), {"target.json"}).empty());
  CHECK(leftovers(scratch.path("links"), {"out.json"}).empty());

  // A link to nothing yet: its target is created, the link stays.
  std::filesystem::create_symlink("new.dot", scratch.path("links/graph.dot"));
  const CommandResult g = run_whosaid(scratch, "graph " + seed() + " -o " + q(scratch.path("links/graph.dot")));
  REQUIRE(g.code == 0);
  CHECK(std::filesystem::is_symlink(scratch.path("links/graph.dot")));
  CHECK(read_file(scratch.path("links/new.dot")).starts_with("digraph"));

  // A link to a FIFO: written through.
  REQUIRE(::mkfifo(scratch.path("pipe").c_str(), 0600) == 0);
  std::filesystem::create_symlink(scratch.path("pipe"), scratch.path("links/to-pipe"));
  const std::string line = "timeout 60 cat " + q(scratch.path("pipe")) + " > " + q(scratch.path("got")) +
                           " & reader=$!; " + shell_quote(whosaid_binary()) + " audit " + seed() + " -o " +
                           q(scratch.path("links/to-pipe")) + "; code=$?; wait $reader; exit $code";
  CHECK(shell(line) == 0);
  CHECK(is_a_fifo(scratch.path("pipe")));
  CHECK(read_file(scratch.path("got")).starts_with(test_data("cli/reuters-ceasefire-fr.txt").string()));
}

TEST_CASE("an output that is a folder, or in a missing folder, is an I/O error that names it", "[cli][output]") {
  Scratch scratch("output-bad-target");
  std::filesystem::create_directories(scratch.path("folder"));
  const CommandResult on_folder = run_whosaid(scratch, "extract " + seed() + " -o " + q(scratch.path("folder")));
  CHECK(on_folder.code == 74);
  CHECK(on_folder.err.find(scratch.path("folder").string() + ": cannot write: Is a directory") != std::string::npos);
  CHECK(std::filesystem::is_directory(scratch.path("folder")));
  const CommandResult missing = run_whosaid(scratch, "graph " + seed() + " -o " + q(scratch.path("no/such/out.dot")));
  CHECK(missing.code == 74);
  CHECK(missing.err.find("no/such/out.dot: cannot write: No such file or directory") != std::string::npos);
}

TEST_CASE("a write error on standard output is exit 74 in every command", "[cli][output]") {
  Scratch scratch("output-full");
  const std::string text = seed();
  const std::string gold = q(test_data("eval/reuters-ceasefire-fr.json"));
  const std::string eval_text = q(test_data("eval/reuters-ceasefire-fr.txt"));
  const CommandResult shard = run_whosaid(scratch, "extract --format jsonl " + text);
  REQUIRE(shard.code == 0);
  scratch.write("shard.jsonl", shard.out);
  const std::string commands[] = {
      "extract " + text,
      "extract --format jsonl " + text,
      "graph --format dot " + text,
      "graph --format csv " + text,
      "audit " + text,
      "eval --gold " + gold + " " + eval_text,
      "eval --json --gold " + gold + " " + eval_text,
      "merge " + q(scratch.path("shard.jsonl")),
      "--help",
      "--version",
      "extract --help",
      "audit --version",
  };
  for (const std::string& command : commands) {
    INFO(command);
    const std::string line = shell_quote(whosaid_binary()) + " " + command + " > /dev/full 2>" + q(scratch.path("err"));
    CHECK(shell(line) == 74);
    CHECK(read_file(scratch.path("err")).find("<stdout>: write error") != std::string::npos);
  }
}

TEST_CASE("SIGTERM or SIGINT during a JSON Lines run leaves the whole documents in OUT.partial, no temporary",
          "[cli][output][signal]") {
  for (const int signal_number : {SIGTERM, SIGINT}) {
    Scratch scratch("output-signal-" + std::to_string(signal_number));
    const std::filesystem::path corpus = long_corpus(scratch);
    const std::filesystem::path out = scratch.path("out.jsonl");
    const pid_t pid = spawn_whosaid(scratch, {"extract", "--format", "jsonl", "-o", out.string(), corpus.string()});
    const std::filesystem::path temporary = out.string() + ".tmp." + std::to_string(pid);
    // Signalled once a few documents are written, long before the end.
    const bool running = wait_until(pid, [&] { return count_lines(read_file(temporary)) >= 3; });
    REQUIRE(running);
    REQUIRE(::kill(pid, signal_number) == 0);
    CHECK(wait_for_signal(pid) == signal_number);
    CHECK(!std::filesystem::exists(out));
    CHECK(!std::filesystem::exists(temporary));
    const std::string partial = read_file(out.string() + ".partial");
    REQUIRE(count_lines(partial) >= 3);
    CHECK(partial.back() == '\n');
    std::istringstream lines(partial);
    int n = 0;
    for (std::string line; std::getline(lines, line); ++n) CHECK(json::parse(line)["id"] == "doc" + std::to_string(n));
    CHECK(leftovers(scratch.path(""), {"corpus.jsonl", "out.jsonl.partial", "stdout", "stderr"}).empty());
  }
}

TEST_CASE("a signal during a whole-output run leaves neither OUT nor a temporary", "[cli][output][signal]") {
  Scratch scratch("output-signal-whole");
  const std::filesystem::path corpus = long_corpus(scratch);
  scratch.write("out.dot", "the previous graph\n");
  const std::filesystem::path out = scratch.path("out.json");
  const pid_t pid = spawn_whosaid(scratch, {"extract", "--format", "json", "-o", out.string(), corpus.string()});
  const std::filesystem::path temporary = out.string() + ".tmp." + std::to_string(pid);
  REQUIRE(wait_until(pid, [&] { return std::filesystem::exists(temporary); }));
  REQUIRE(::kill(pid, SIGTERM) == 0);
  CHECK(wait_for_signal(pid) == SIGTERM);
  CHECK(leftovers(scratch.path(""), {"corpus.jsonl", "out.dot", "stdout", "stderr"}).empty());

  // graph opens its output once the graph is built: a signal before leaves the old file as it was.
  const pid_t graph = spawn_whosaid(scratch, {"graph", "-o", scratch.path("out.dot").string(), corpus.string()});
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  REQUIRE(::kill(graph, SIGTERM) == 0);
  CHECK(wait_for_signal(graph) == SIGTERM);
  CHECK(read_file(scratch.path("out.dot")) == "the previous graph\n");
  CHECK(leftovers(scratch.path(""), {"corpus.jsonl", "out.dot", "stdout", "stderr"}).empty());
}
