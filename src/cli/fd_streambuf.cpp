#include "cli/fd_streambuf.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace whosaid::cli {

FdStreambuf::FdStreambuf(int fd, size_t buffer_bytes) : fd_(fd), buffer_(buffer_bytes) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

bool FdStreambuf::write_all(const char* data, size_t size) {
  // After a failure nothing more is written: the output is already wrong, and
  // a later write must not succeed past a hole.
  while (size > 0 && error_ == 0) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
      break;
    }
    data += n;
    size -= static_cast<size_t>(n);
    written_ += static_cast<uint64_t>(n);
  }
  return error_ == 0;
}

bool FdStreambuf::flush() {
  const size_t pending = static_cast<size_t>(pptr() - pbase());
  const bool ok = write_all(pbase(), pending);
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return ok;
}

FdStreambuf::int_type FdStreambuf::overflow(int_type c) {
  if (!flush()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

std::streamsize FdStreambuf::xsputn(const char* s, std::streamsize n) {
  const size_t size = static_cast<size_t>(n);
  if (size <= static_cast<size_t>(epptr() - pptr())) {
    std::memcpy(pptr(), s, size);
    pbump(static_cast<int>(size));
    return n;
  }
  // Larger than what is left: write the buffer, then the block itself (a
  // document's JSON line is often larger than the buffer).
  if (!flush()) return 0;
  if (size < buffer_.size()) {
    std::memcpy(pptr(), s, size);
    pbump(static_cast<int>(size));
    return n;
  }
  return write_all(s, size) ? n : 0;
}

}  // namespace whosaid::cli
