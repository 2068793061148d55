// Writing a command's output: to stdout, or to a file that appears only when
// complete (written to a temporary beside it, then renamed), so a failure
// never leaves a half-written output file.
#pragma once

#include <fstream>
#include <iostream>
#include <string>

namespace whosaid::cli {

class OutputFile {
 public:
  // path empty or "-": standard output.
  explicit OutputFile(std::string path);
  ~OutputFile();  // removes the temporary if commit() was not reached
  bool ok() const { return ok_; }
  const std::string& error() const { return error_; }
  std::ostream& stream() { return to_stdout_ ? std::cout : file_; }
  // Flushes and moves the temporary into place; false (with error()) on failure.
  bool commit();
  // After a failure: moves what was written to PATH + suffix instead (the
  // named output stays as it was; what a long stream wrote is not lost) and
  // returns that path; stdout is only flushed ("").
  std::string keep_partial(const std::string& suffix);

 private:
  std::string path_, temporary_, error_;
  std::ofstream file_;
  bool to_stdout_ = true, ok_ = true, committed_ = false;
};

}  // namespace whosaid::cli
