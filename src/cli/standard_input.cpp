#include "cli/standard_input.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>

#include "input/read_text.h"

namespace whosaid::cli {
namespace {

// read(2) on standard input, retried when a signal interrupts it.
ssize_t read_stdin(char* into, size_t size) {
  for (;;) {
    const ssize_t n = ::read(0, into, size);
    if (n >= 0 || errno != EINTR) return n;
  }
}

Status read_error() { return Status::io_error("<stdin>", std::string("read error: ") + std::strerror(errno)); }

// The FILE handed to the JSON Lines reader: the head first, then the rest.
struct Replay {
  std::string head;
  bool at_end = false;  // standard input's end was already read (a terminal would wait again)
  size_t position = 0;
};

ssize_t replay_read(void* cookie, char* into, size_t size) {
  Replay& replay = *static_cast<Replay*>(cookie);
  if (replay.position < replay.head.size()) {
    const size_t n = std::min(size, replay.head.size() - replay.position);
    std::memcpy(into, replay.head.data() + replay.position, n);
    replay.position += n;
    return static_cast<ssize_t>(n);
  }
  if (replay.at_end) return 0;
  return read_stdin(into, size);
}

int replay_close(void* cookie) {
  delete static_cast<Replay*>(cookie);
  return 0;
}

}  // namespace

Status StandardInput::sniff(uint64_t max_line_bytes) {
  char chunk[1 << 16];
  size_t first = std::string::npos;  // the first non-blank byte
  for (;;) {
    std::string_view head(head_);
    const size_t bom = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    if (first == std::string::npos) first = head.find_first_not_of(" \t\r\n", bom);
    if (first != std::string::npos) {
      if (head[first] != '{') break;  // prose
      if (head.find('\n', first) != std::string::npos) break;
      if (head.size() - first > max_line_bytes) break;
    }
    const ssize_t n = read_stdin(chunk, sizeof chunk);
    if (n < 0) return read_error();
    if (n == 0) {
      at_end_ = true;
      break;
    }
    head_.append(chunk, static_cast<size_t>(n));
  }
  json_lines_ = looks_like_json_lines(head_);
  return {};
}

Status StandardInput::read_all(std::string& out) {
  out = std::move(head_);
  head_.clear();
  char chunk[1 << 16];
  while (!at_end_) {
    const ssize_t n = read_stdin(chunk, sizeof chunk);
    if (n < 0) return read_error();
    if (n == 0) break;
    out.append(chunk, static_cast<size_t>(n));
  }
  at_end_ = true;
  return {};
}

std::FILE* StandardInput::release_file() {
  auto* replay = new Replay{std::move(head_), at_end_};
  head_.clear();
  cookie_io_functions_t io{};
  io.read = replay_read;
  io.close = replay_close;
  std::FILE* file = ::fopencookie(replay, "r", io);
  if (file == nullptr) delete replay;
  return file;
}

}  // namespace whosaid::cli
