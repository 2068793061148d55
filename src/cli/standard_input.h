// Standard input given as `-` with --input auto: read far enough to tell
// JSON Lines from prose (input/read_text.h looks_like_json_lines), then read
// on from there without losing a byte. Read with read(2), not stdio, so a
// pipe's first line is judged as soon as it arrives.
//
//   StandardInput in;
//   if (Status s = in.sniff(max_line_bytes); !s.ok()) ...
//   if (in.json_lines()) { std::FILE* f = in.release_file(); ... fclose(f); }
//   else { std::string text; in.read_all(text); }
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include "core/status.h"

namespace whosaid::cli {

class StandardInput {
 public:
  // Reads up to the end of the first non-blank line (at most max_line_bytes
  // of it: a longer first line is prose).
  Status sniff(uint64_t max_line_bytes);
  bool json_lines() const { return json_lines_; }
  // All of standard input, the sniffed head included.
  Status read_all(std::string& out);
  // A FILE that reads the sniffed head, then the rest of standard input; the
  // caller fcloses it (standard input itself stays open).
  std::FILE* release_file();

 private:
  std::string head_;
  bool json_lines_ = false, at_end_ = false;
};

}  // namespace whosaid::cli
