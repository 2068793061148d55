// A buffered std::streambuf over a file descriptor, so every write error
// (a full disk, /dev/full, a closed pipe's EPIPE) is seen with its errno:
// std::ofstream and std::cout report only "bad", and stdio's buffer may hide
// the error until exit, where it is lost.
//
//   FdStreambuf buffer(fd);
//   std::ostream out(&buffer);
//   out << "...";
//   if (!buffer.flush()) ... std::strerror(buffer.error()) ...
#pragma once

#include <cstdint>
#include <streambuf>
#include <vector>

namespace whosaid::cli {

class FdStreambuf : public std::streambuf {
 public:
  explicit FdStreambuf(int fd, size_t buffer_bytes = 1 << 16);
  FdStreambuf(const FdStreambuf&) = delete;
  FdStreambuf& operator=(const FdStreambuf&) = delete;

  // Writes out the buffer; false once any write failed (error() says why).
  bool flush();
  int error() const { return error_; }         // errno of the first failed write, else 0
  uint64_t written() const { return written_; }  // bytes handed to the kernel so far
  uint64_t buffered() const { return static_cast<uint64_t>(pptr() - pbase()); }  // bytes waiting in the buffer

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override { return flush() ? 0 : -1; }

 private:
  bool write_all(const char* data, size_t size);

  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
  uint64_t written_ = 0;
};

}  // namespace whosaid::cli
