// Reading a JSON Lines corpus one document at a time: each line is an object
// with "id" and "text" (plain text) or "html" (a page, read as read_html.h
// does); every other field is carried through as the document's metadata
// (Document::metadata_json). The document's name is its id ("FILE:LINE" when
// there is none), so outputs do not depend on how a corpus was split. Streaming: one line is held in memory at a time,
// so memory does not grow with the corpus.
//
// A broken line (not JSON, not an object, no "text" or "html", invalid UTF-8,
// longer than the line limit) gives a Status naming the input and the line
// number; the reader then goes on with the next line, so the caller decides
// whether to stop or skip. A line longer than the limit is never held whole:
// it is read past and reported.
//
//   JsonlReader reader(file, "corpus.jsonl", chrome);
//   Document doc;
//   while (reader.next(doc, status)) {
//     if (!status.ok()) { ... report, skip or stop ...; continue; }
//     ... analyse doc ...
//   }
//   if (!reader.io_status().ok()) ...   // a read error ends the stream
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "input/web_chrome.h"

namespace whosaid {

// Splits a FILE into lines without holding more than `max_bytes` of one line.
class LineReader {
 public:
  LineReader(std::FILE* file, uint64_t max_bytes) : file_(file), max_(max_bytes) {}
  // The next line (without '\n' or "\r\n") in `line`; false at the end of the
  // input or on a read error (error() tells). `too_long` is set when the line
  // went past the limit: `line` then holds its first max_bytes only and
  // `length` the whole line's size.
  bool next(std::string& line, bool& too_long, uint64_t& length);
  bool error() const { return error_; }
  uint64_t bytes_read() const { return consumed_; }

 private:
  bool fill();
  std::FILE* file_;
  uint64_t max_;
  // Not zero-filled: a one-line input reads a few KB of it (a zeroed 1 MiB
  // was 1 M instructions and 256 page faults of a process's start-up).
  static constexpr size_t kBufferBytes = size_t{1} << 20;
  std::unique_ptr<char[]> buffer_ = std::make_unique_for_overwrite<char[]>(kBufferBytes);
  size_t begin_ = 0, end_ = 0;
  uint64_t consumed_ = 0;
  bool eof_ = false, error_ = false;
};

class JsonlReader {
 public:
  static constexpr uint64_t kDefaultMaxLineBytes = 16u << 20;  // 16 MiB: a book, not an article

  // `file` stays owned by the caller; `name` names the input in messages.
  JsonlReader(std::FILE* file, std::string name, const input::WebChrome& chrome,
              uint64_t max_line_bytes = kDefaultMaxLineBytes);

  // Reads the next non-blank line into `doc` (replacing it). Returns false at
  // the end of the input; otherwise `status` is ok or says why this line gives
  // no document.
  bool next(Document& doc, Status& status);
  uint64_t line() const { return line_; }              // 1-based number of the last line read
  uint64_t bytes_read() const { return lines_.bytes_read(); }
  Status io_status() const;                            // a read error, once next() returned false

 private:
  Status parse(std::string_view line, Document& doc) const;
  std::optional<Status> parse_flat(std::string_view line, Document& doc) const;
  LineReader lines_;
  std::string name_;
  const input::WebChrome& chrome_;
  uint64_t max_;
  uint64_t line_ = 0;
  std::string buffer_;
};

}  // namespace whosaid
