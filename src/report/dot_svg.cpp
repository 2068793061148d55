#include "report/dot_svg.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

extern char** environ;

namespace whosaid::report {
namespace {

namespace fs = std::filesystem;

// A fresh private folder, removed with the object.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "whosaid-dot-XXXXXX").string();
    if (::mkdtemp(pattern.data())) path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Runs `dot -Tsvg -o OUT IN` with no shell, its streams on /dev/null.
int run_dot(const std::string& in, const std::string& out) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::string program = "dot", format = "-Tsvg", flag = "-o", input = in, output = out;
  char* argv[] = {program.data(), format.data(), flag.data(), output.data(), input.data(), nullptr};
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "dot", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return -1;
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

Status render_with_dot(const std::string& dot, std::string& svg) {
  ScratchDir dir;
  if (dir.path().empty()) return Status::io_error("dot", "cannot make a temporary folder");
  const std::string in = (dir.path() / "graph.dot").string(), out = (dir.path() / "graph.svg").string();
  {
    std::ofstream file(in, std::ios::binary);
    file << dot;
    if (!file.flush()) return Status::io_error(in, "cannot write");
  }
  const int code = run_dot(in, out);
  if (code != 0) return Status::io_error("dot", code < 0 ? "Graphviz dot cannot be run" : "dot -Tsvg failed");
  std::ifstream file(out, std::ios::binary);
  svg.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  if (svg.find("<svg") == std::string::npos) return Status::io_error("dot", "dot -Tsvg wrote no SVG");
  return {};
}

std::string embed_dot_svg(std::string_view svg, std::string_view caption_id) {
  const std::size_t begin = svg.find("<svg");
  const std::size_t close = svg.rfind("</svg>");
  if (begin == std::string_view::npos || close == std::string_view::npos || close < begin) return "";
  const std::string_view body = svg.substr(begin, close + 6 - begin);
  std::string out;
  out.reserve(body.size());
  out += "<svg class=\"graph-svg\" role=\"img\" aria-labelledby=\"";
  out += caption_id;
  out += "\"";
  std::size_t i = 4;  // past "<svg"
  while (i < body.size()) {
    if (body.compare(i, 4, "<!--") == 0) {
      const std::size_t end = body.find("-->", i + 4);
      i = end == std::string_view::npos ? body.size() : end + 3;
      while (i < body.size() && body[i] == '\n') ++i;
      continue;
    }
    if (body.compare(i, 7, "<title>") == 0) {
      const std::size_t end = body.find("</title>", i);
      i = end == std::string_view::npos ? body.size() : end + 8;
      while (i < body.size() && body[i] == '\n') ++i;
      continue;
    }
    if (body.compare(i, 3, "<a ") == 0) {
      // An anchor carries the tooltip as xlink:title; browsers show a <title> child.
      const std::size_t end = body.find('>', i);
      if (end == std::string_view::npos) break;
      const std::string_view tag = body.substr(i, end + 1 - i);
      out += tag;
      constexpr std::string_view kTitle = "xlink:title=\"";
      if (const std::size_t t = tag.find(kTitle); t != std::string_view::npos) {
        const std::size_t from = t + kTitle.size(), to = tag.find('"', from);
        if (to != std::string_view::npos) {
          out += "<title>";
          out += tag.substr(from, to - from);  // already escaped by dot, and valid as text
          out += "</title>";
        }
      }
      i = end + 1;
      continue;
    }
    out += body[i++];
  }
  return out;
}

}  // namespace whosaid::report
