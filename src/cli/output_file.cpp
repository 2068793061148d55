#include "cli/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace whosaid::cli {

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {
  if (path_.empty() || path_ == "-") return;
  to_stdout_ = false;
  temporary_ = path_ + ".tmp." + std::to_string(::getpid());
  file_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!file_) {
    ok_ = false;
    error_ = path_ + ": cannot write: " + std::strerror(errno);
  }
}

OutputFile::~OutputFile() {
  if (!to_stdout_ && !committed_) {
    file_.close();
    std::remove(temporary_.c_str());
  }
}

bool OutputFile::commit() {
  if (to_stdout_) {
    std::cout.flush();
    if (!std::cout) { error_ = "<stdout>: write error"; return false; }
    return true;
  }
  file_.flush();
  file_.close();
  if (!file_) { error_ = path_ + ": write error"; return false; }
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    error_ = path_ + ": cannot rename into place: " + std::strerror(errno);
    return false;
  }
  committed_ = true;
  return true;
}

std::string OutputFile::keep_partial(const std::string& suffix) {
  if (to_stdout_) {
    std::cout.flush();
    return "";
  }
  file_.flush();
  file_.close();
  const std::string partial = path_ + suffix;
  if (std::rename(temporary_.c_str(), partial.c_str()) != 0) return "";
  committed_ = true;  // nothing left to remove
  return partial;
}

}  // namespace whosaid::cli
