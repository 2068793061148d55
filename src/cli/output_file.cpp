#include "cli/output_file.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string_view>

#include "cli/signal_cleanup.h"

namespace whosaid::cli {
namespace {

// The descriptor a name stands for when it is one of the process's own
// (/dev/stdout, /dev/fd/3, /proc/self/fd/1): written through that descriptor,
// so `-o /dev/stdout` goes where standard output goes, appending if it appends.
int descriptor_alias(std::string_view path) {
  if (path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  for (std::string_view prefix : {std::string_view("/dev/fd/"), std::string_view("/proc/self/fd/")}) {
    if (!path.starts_with(prefix)) continue;
    const std::string_view digits = path.substr(prefix.size());
    int fd = -1;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), fd);
    if (ec == std::errc() && end == digits.data() + digits.size() && !digits.empty()) return fd;
  }
  return -1;
}

// Where a chain of symbolic links ends (the path itself when it is not a
// link, or the first name that does not exist). `alias` is set when the chain
// passes through a descriptor alias. "" with errno on failure (ELOOP ...).
std::string follow_links(std::string path, int& alias) {
  alias = -1;
  for (int hops = 0; hops < 40; ++hops) {
    if ((alias = descriptor_alias(path)) >= 0) return path;
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) return errno == ENOENT ? path : std::string();
    if (!S_ISLNK(st.st_mode)) return path;
    char link[PATH_MAX];
    const ssize_t n = ::readlink(path.c_str(), link, sizeof link);
    if (n < 0) return "";
    if (static_cast<size_t>(n) == sizeof link) {
      errno = ENAMETOOLONG;
      return "";
    }
    const std::filesystem::path next(std::string(link, static_cast<size_t>(n)));
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    path = next.is_absolute() || parent.empty() ? next.string() : (parent / next).string();
  }
  errno = ELOOP;
  return "";
}

void sync_directory_of(const std::string& file) {
  // The rename is durable once the directory is: a crash right after commit
  // then leaves the new OUT, not the old one or none.
  std::string dir = std::filesystem::path(file).parent_path().string();
  if (dir.empty()) dir = ".";
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

OutputFile::OutputFile(std::string path, Kind kind) : path_(std::move(path)), kind_(kind) {
  if (path_.empty() || path_ == "-") {
    // Whatever the command printed through std::cout goes out first.
    std::cout.flush();
    std::fflush(stdout);
    fd_ = 1;
  } else {
    int alias = -1;
    const std::string target = follow_links(path_, alias);
    struct stat st {};
    if (alias >= 0) {
      open_through(alias, path_);
    } else if (target.empty()) {
      fail("cannot write", errno);
    } else if (::stat(target.c_str(), &st) != 0) {
      if (errno == ENOENT) open_replace(target);
      else fail("cannot write", errno);
    } else if (S_ISDIR(st.st_mode)) {
      fail("cannot write", EISDIR);
    } else if (S_ISREG(st.st_mode)) {
      open_replace(target);
    } else {
      open_through(-1, target);  // a device, FIFO or socket: it cannot be replaced
    }
  }
  if (!ok()) return;
  buffer_ = std::make_unique<FdStreambuf>(fd_);
  stream_.rdbuf(buffer_.get());
}

void OutputFile::open_through(int fd, const std::string& path) {
  mode_ = Mode::through;
  if (fd >= 0) {
    fd_ = fd;
    return;
  }
  // Neither created nor truncated: a FIFO or a device is only written to.
  fd_ = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd_ < 0) return fail("cannot write", errno);
  owns_fd_ = true;
}

void OutputFile::open_replace(const std::string& target) {
  mode_ = Mode::replace;
  target_ = target;
  struct stat existing {};
  const bool exists = ::stat(target_.c_str(), &existing) == 0;
  // rename() would replace a file we may not write; say so instead.
  if (exists && ::access(target_.c_str(), W_OK) != 0) return fail("cannot write", errno);
  temporary_ = target_ + ".tmp." + std::to_string(::getpid());
  // A signal between open() and the arming below would leave the temporary.
  const HeldSignals held;
  fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd_ < 0) return fail("cannot write", errno);
  owns_fd_ = true;
  if (exists) {
    // The new OUT keeps the old one's permissions (and owner, when we may).
    ::fchmod(fd_, existing.st_mode & 07777);
    if (::geteuid() == 0 && ::fchown(fd_, existing.st_uid, existing.st_gid) != 0) {
      // Not fatal: the output is right, only its owner differs.
    }
  }
  arm_signal_cleanup(temporary_, kind_ == Kind::stream ? target_ + ".partial" : std::string(), fd_);
}

OutputFile::~OutputFile() {
  if (!done_) discard_temporary();
}

void OutputFile::fail(const std::string& what, int error_number) {
  if (error_.empty()) error_ = (path_.empty() || path_ == "-" ? std::string("<stdout>") : path_) + ": " + what + ": " + std::strerror(error_number);
}

void OutputFile::discard_temporary() {
  done_ = true;
  if (mode_ == Mode::replace) disarm_signal_cleanup();
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
  owns_fd_ = false;
  if (mode_ == Mode::replace && !temporary_.empty()) ::unlink(temporary_.c_str());
}

bool OutputFile::end_record() {
  if (buffer_ && mode_ == Mode::replace) set_signal_cleanup_pending(buffer_->written() + buffer_->buffered());
  if (!buffer_ || !buffer_->flush()) {
    fail("write error", buffer_ ? buffer_->error() : EBADF);
    return false;
  }
  complete_ = buffer_->written();
  if (mode_ == Mode::replace) set_signal_cleanup_complete(complete_);
  return true;
}

bool OutputFile::commit() {
  if (done_ || !buffer_) return false;
  if (!buffer_->flush()) {
    fail("write error", buffer_->error());
    discard_temporary();
    return false;
  }
  if (mode_ == Mode::replace) {
    if (::fsync(fd_) != 0) {
      fail("cannot write", errno);
      discard_temporary();
      return false;
    }
    const int closed = ::close(fd_);
    owns_fd_ = false;
    if (closed != 0) {
      fail("write error", errno);
      discard_temporary();
      return false;
    }
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
      fail("cannot rename into place", errno);
      discard_temporary();
      return false;
    }
    disarm_signal_cleanup();
    sync_directory_of(target_);
  } else if (owns_fd_) {
    owns_fd_ = false;
    if (::close(fd_) != 0) {
      fail("write error", errno);
      done_ = true;
      return false;
    }
  }
  done_ = true;
  return true;
}

std::string OutputFile::keep_partial() {
  if (done_ || mode_ != Mode::replace || kind_ != Kind::stream || complete_ == 0) return "";
  disarm_signal_cleanup();
  const std::string partial = target_ + ".partial";
  // Only whole records: a document cut by the failure is not kept.
  const bool cut = ::ftruncate(fd_, static_cast<off_t>(complete_)) == 0;
  const bool closed = ::close(fd_) == 0;
  owns_fd_ = false;
  if (!cut || !closed || ::rename(temporary_.c_str(), partial.c_str()) != 0) {
    discard_temporary();
    return "";
  }
  done_ = true;
  return partial;
}

}  // namespace whosaid::cli
