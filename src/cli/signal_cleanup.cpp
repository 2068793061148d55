#include "cli/signal_cleanup.h"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace whosaid::cli {
namespace {

// Read by the handler: plain arrays filled before `armed` is set, so the
// handler never touches a std::string being built or freed.
char temporary_path[PATH_MAX];
char partial_path[PATH_MAX];
std::atomic<int> armed{0};
std::atomic<int> output_fd{-1};
std::atomic<int64_t> complete_bytes{0};
std::atomic<int64_t> pending_bytes{0};
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<int64_t>::is_always_lock_free,
              "the signal handler needs lock-free atomics");

// The bytes of whole records in the temporary: the last one counted, or the
// one being flushed if it is already all in the file.
int64_t whole_record_bytes() {
  const int64_t complete = complete_bytes.load();
  const int64_t pending = pending_bytes.load();
  struct stat st {};
  if (pending > complete && ::fstat(output_fd.load(), &st) == 0 && st.st_size >= pending) return pending;
  return complete;
}

void on_signal(int signal_number) {
  const int saved_errno = errno;
  if (armed.exchange(0) != 0) {
    const int64_t keep = whole_record_bytes();
    if (partial_path[0] != '\0' && keep > 0) {
      // A record cut by the signal is dropped: OUT.partial holds whole ones.
      if (::ftruncate(output_fd.load(), keep) == 0 && ::rename(temporary_path, partial_path) == 0) {
        errno = saved_errno;
        ::raise(signal_number);
        return;
      }
    }
    ::unlink(temporary_path);
  }
  errno = saved_errno;
  // SA_RESETHAND restored the default action; the signal stays blocked until
  // this handler returns, then ends the process as it would have.
  ::raise(signal_number);
}

void install(int signal_number, bool only_over_default) {
  struct sigaction current {};
  if (::sigaction(signal_number, nullptr, &current) != 0) return;
  // An ignored signal stays ignored (nohup, a background job); a crash signal
  // already handled (AddressSanitizer) keeps its handler and its report.
  if (current.sa_handler == SIG_IGN) return;
  if (only_over_default && ((current.sa_flags & SA_SIGINFO) != 0 || current.sa_handler != SIG_DFL)) return;
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;
  ::sigaction(signal_number, &action, nullptr);
}

void install_handlers_once() {
  static const bool installed = [] {
    for (int s : {SIGINT, SIGTERM, SIGHUP}) install(s, false);
    for (int s : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL}) install(s, true);
    return true;
  }();
  (void)installed;
}

bool copy_path(char* into, const std::string& path) {
  if (path.size() >= PATH_MAX) return false;
  std::memcpy(into, path.c_str(), path.size() + 1);
  return true;
}

}  // namespace

bool arm_signal_cleanup(const std::string& temporary, const std::string& partial, int fd) {
  armed.store(0);
  if (!copy_path(temporary_path, temporary) || !copy_path(partial_path, partial)) return false;
  output_fd.store(fd);
  complete_bytes.store(0);
  pending_bytes.store(0);
  install_handlers_once();
  armed.store(1);
  return true;
}

void set_signal_cleanup_complete(uint64_t bytes) { complete_bytes.store(static_cast<int64_t>(bytes)); }

void set_signal_cleanup_pending(uint64_t bytes) { pending_bytes.store(static_cast<int64_t>(bytes)); }

void disarm_signal_cleanup() { armed.store(0); }

HeldSignals::HeldSignals() {
  sigset_t held;
  sigemptyset(&held);
  for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&held, s);
  pthread_sigmask(SIG_BLOCK, &held, &previous_);
}

HeldSignals::~HeldSignals() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

}  // namespace whosaid::cli
