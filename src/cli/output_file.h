// Writing a command's output (-o OUT, or standard output) so that OUT is
// never left half-written and never replaced by something it was not:
//
//   - "-" or empty: standard output, through a checked buffer (a write error
//     is an error, exit 74, not a silent loss);
//   - a regular file, or a name that does not exist yet: written to a
//     temporary in the same directory (OUT.tmp.PID), fsynced and renamed onto
//     OUT only when whole; a symlink to one is followed and its target
//     replaced (the link stays a link);
//   - anything else (a FIFO, a terminal, /dev/null, /dev/stdout ...): written
//     through directly, since it cannot be replaced (and must not be);
//   - a failure, SIGINT, SIGTERM or SIGHUP removes the temporary; a stream of
//     records (Kind::stream, JSON Lines) keeps its whole records in
//     OUT.partial instead (docs/input.md).
//
//   OutputFile out(path, OutputFile::Kind::stream);
//   if (!out.ok()) ... out.error() ...
//   out.stream() << line; out.end_record();
//   if (!out.commit()) ... out.error() ...
#pragma once

#include <sys/types.h>

#include <memory>
#include <ostream>
#include <string>

#include "cli/fd_streambuf.h"

namespace whosaid::cli {

class OutputFile {
 public:
  enum class Kind { whole, stream };

  // path empty or "-": standard output.
  explicit OutputFile(std::string path, Kind kind = Kind::whole);
  ~OutputFile();  // removes the temporary if commit() was not reached
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }  // "OUT: cannot write: ..."
  std::ostream& stream() { return stream_; }

  // A whole record was written: it is flushed (a reader of the stream sees
  // it now) and kept in OUT.partial if the run stops later. False on a write
  // error (error() says which).
  bool end_record();
  // Flushes; a temporary is fsynced and renamed onto its target. False (with
  // error()) on failure, and then the temporary is removed.
  bool commit();
  // After a failure: moves the whole records written so far to OUT.partial
  // (OUT stays as it was) and returns that path; "" when there is none (no
  // record, standard output, or an output written through).
  std::string keep_partial();

 private:
  enum class Mode { standard_output, through, replace };
  void open_through(int fd_or_minus_one, const std::string& path);
  void open_replace(const std::string& target);
  void fail(const std::string& what, int error_number);
  void discard_temporary();

  std::string path_;         // as given, for messages
  std::string target_;       // replace: the regular file that gets replaced
  std::string temporary_;    // replace: TARGET.tmp.PID
  Kind kind_;
  Mode mode_ = Mode::standard_output;
  int fd_ = -1;
  bool owns_fd_ = false, done_ = false;
  uint64_t complete_ = 0;  // bytes of whole records, for OUT.partial
  std::unique_ptr<FdStreambuf> buffer_;
  std::ostream stream_{nullptr};
  std::string error_;
};

}  // namespace whosaid::cli
