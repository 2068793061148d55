// What a signal does to an output file being written through a temporary:
// SIGINT, SIGTERM and SIGHUP (and a crash, SIGSEGV SIGBUS SIGABRT SIGFPE
// SIGILL, unless a sanitizer already handles them) remove the temporary, or,
// for a stream of records (JSON Lines), cut it to the last complete record and
// rename it to OUT.partial; then the signal is raised again with its default
// action, so the exit status still says which signal ended the run.
//
// The handler is async-signal-safe: it only reads paths prepared in advance
// and calls fstat, ftruncate, rename, unlink and raise. One output is armed at a time
// (a command writes one output).
//
//   arm_signal_cleanup("out.jsonl.tmp.42", "out.jsonl.partial", fd);
//   ... write; before a whole record's flush: set_signal_cleanup_pending(end);
//   after it: set_signal_cleanup_complete(end) ...
//   disarm_signal_cleanup();  // once renamed into place, or removed
#pragma once

#include <signal.h>

#include <cstdint>
#include <string>

namespace whosaid::cli {

// `partial` empty: the temporary is only removed. False when a path is too
// long to be kept for the handler (the output then goes on, unprotected).
bool arm_signal_cleanup(const std::string& temporary, const std::string& partial, int fd);
// The temporary's first `bytes` are whole records (kept in OUT.partial).
void set_signal_cleanup_complete(uint64_t bytes);
// A record ending at `bytes` is being written out: once the file is that long
// it is whole too, even if the signal comes before set_signal_cleanup_complete
// (a reader of the temporary may see it there first).
void set_signal_cleanup_pending(uint64_t bytes);
void disarm_signal_cleanup();

// Holds SIGINT, SIGTERM and SIGHUP back for its lifetime (this thread), so a
// signal that arrives between creating a temporary and arming its cleanup is
// delivered after the arming and still removes it.
class HeldSignals {
 public:
  HeldSignals();
  ~HeldSignals();
  HeldSignals(const HeldSignals&) = delete;
  HeldSignals& operator=(const HeldSignals&) = delete;

 private:
  sigset_t previous_;
};

}  // namespace whosaid::cli
