// Helpers for the export tests: writing a graph to a string, running an
// external checker (dot, xmllint) when it is installed, and a small RFC 4180
// CSV reader to read the CSV writer's output back.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "export/graph_writer.h"

namespace whosaid::testing {

inline std::string write_graph(const graph::AttributionGraph& graph, std::string_view format,
                               const GraphWriterOptions& options = {}) {
  auto writer = make_graph_writer(format, options);
  if (!writer) throw std::logic_error("no writer for " + std::string(format));
  std::ostringstream out;
  Status s = writer->write(graph, out);
  if (!s.ok()) throw std::runtime_error(s.message());
  return out.str();
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A fresh directory under the system temp dir, removed with the object.
class TempDir {
 public:
  explicit TempDir(const std::string& tag) {
    path_ = std::filesystem::temp_directory_path() /
            ("whosaid-" + tag + "-" + std::to_string(std::rand()) + "-" + std::to_string(counter()++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path_ / name, std::ios::binary) << bytes;
    return path_ / name;
  }

 private:
  static int& counter() {
    static int n = 0;
    return n;
  }
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs `program args...` (args are our own temp paths and flags, single-quoted
// for the shell), capturing stdout and stderr.
// Runs `program args` (in `cwd` when given), capturing both streams in `dir`.
inline CommandResult run(const TempDir& dir, const std::string& program, const std::vector<std::string>& args,
                         const std::filesystem::path& cwd = {}) {
  std::string command = cwd.empty() ? program : "cd '" + cwd.string() + "' && '" + program + "'";
  for (const std::string& a : args) command += " '" + a + "'";
  auto out = dir.path() / "cmd.out", err = dir.path() / "cmd.err";
  command += " > '" + out.string() + "' 2> '" + err.string() + "'";
  int status = std::system(command.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

inline bool installed(const char* path) { return std::filesystem::exists(path); }

// RFC 4180: records end with CRLF; a field is quoted when it holds , " CR LF;
// "" is a quote inside a quoted field. Returns false on a malformed input
// (a quote inside an unquoted field, an unterminated quote, a bare LF).
inline bool parse_csv(std::string_view text, std::vector<std::vector<std::string>>& records) {
  records.clear();
  std::vector<std::string> record;
  std::string field;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      ++i;
      for (;;) {
        if (i >= text.size()) return false;
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        if (text[i] == '"') return false;
        field += text[i++];
      }
    }
    record.push_back(std::move(field));
    field.clear();
    if (i < text.size() && text[i] == ',') {
      ++i;
      continue;
    }
    if (i + 1 < text.size() + 1 && text.substr(i, 2) == "\r\n") {
      i += 2;
      records.push_back(std::move(record));
      record.clear();
      continue;
    }
    return false;  // a bare CR or LF, or text after a closing quote, or no final CRLF
  }
  return record.empty();
}

// Undoes the writer's formula guard: a leading apostrophe before = + - @ TAB CR.
inline std::string unguard(const std::string& cell) {
  if (cell.size() >= 2 && cell[0] == '\'' && std::string_view("=+-@\t\r").find(cell[1]) != std::string_view::npos)
    return cell.substr(1);
  return cell;
}

}  // namespace whosaid::testing
