// Running the whosaid binary from tests: a scratch folder per test and a
// runner that captures exit code, stdout and stderr. The binary is the one
// the build names in WHOSAID_BIN (tests/catch_main.cpp sets it); a missing
// binary fails the test rather than skipping it.
#pragma once

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace whosaid::test {

struct CommandResult {
  int code = -1;
  std::string out;
  std::string err;
};

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A fresh folder under the system temp dir, removed at the end of the test.
class Scratch {
 public:
  explicit Scratch(const std::string& name)
      : dir_(std::filesystem::temp_directory_path() / ("whosaid-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~Scratch() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  std::filesystem::path path(const std::string& name) const { return dir_ / name; }
  std::filesystem::path write(const std::string& name, const std::string& bytes) const {
    const std::filesystem::path p = dir_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

 private:
  std::filesystem::path dir_;
};

inline std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// The binary's path, which must exist.
inline std::string whosaid_binary() {
  const char* bin = std::getenv("WHOSAID_BIN");
  REQUIRE(bin != nullptr);
  INFO("WHOSAID_BIN=" << bin);
  REQUIRE(std::filesystem::exists(bin));
  return bin;
}

// Runs `whosaid ARGS` (ARGS already shell-quoted as needed), with `stdin_file`
// as standard input when given.
inline CommandResult run_whosaid(const Scratch& scratch, const std::string& args, const std::string& stdin_file = "") {
  const std::string out = scratch.path("stdout").string();
  const std::string err = scratch.path("stderr").string();
  std::string cmd = shell_quote(whosaid_binary()) + " " + args + " >" + shell_quote(out) + " 2>" + shell_quote(err);
  cmd += stdin_file.empty() ? " </dev/null" : " <" + shell_quote(stdin_file);
  const int status = std::system(cmd.c_str());
  CommandResult r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

// A file of the test data folder (WHOSAID_TEST_DATA).
inline std::filesystem::path test_data(const std::string& relative) {
  const char* root = std::getenv("WHOSAID_TEST_DATA");
  REQUIRE(root != nullptr);
  return std::filesystem::path(root) / relative;
}

}  // namespace whosaid::test
