// Status: how the library reports an error. The library never prints and never
// exits; it returns a Status that names the input, the place (byte offset, and
// line where the input has lines) and the offending fragment. The CLI turns it
// into a message and an exit code.
//
//   Status s = read_document(path, doc);
//   if (!s.ok()) { std::cerr << s.message() << "\n"; return s.exit_code(); }
#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace whosaid {

enum class StatusCode : uint8_t {
  ok = 0,
  invalid_input,  // bad UTF-8, a binary file, broken JSON: the data is wrong (exit 65)
  io_error,       // cannot open, read or write a file (exit 74)
  bad_data,       // the language data files are wrong (exit 78)
  usage,          // a wrong option or argument (exit 64)
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string input, std::string what)
      : code_(code), input_(std::move(input)), what_(std::move(what)) {}

  static Status invalid_input(std::string input, std::string what) {
    return {StatusCode::invalid_input, std::move(input), std::move(what)};
  }
  static Status io_error(std::string input, std::string what) {
    return {StatusCode::io_error, std::move(input), std::move(what)};
  }
  static Status bad_data(std::string input, std::string what) {
    return {StatusCode::bad_data, std::move(input), std::move(what)};
  }
  static Status usage(std::string what) { return {StatusCode::usage, "", std::move(what)}; }

  // Place of the error in the input; chainable: Status::invalid_input(...).at_byte(12).
  Status& at_byte(uint64_t offset) { byte_ = offset; has_byte_ = true; return *this; }
  Status& at_line(uint64_t line) { line_ = line; return *this; }
  Status& with_fragment(std::string fragment) { fragment_ = std::move(fragment); return *this; }

  bool ok() const { return code_ == StatusCode::ok; }
  StatusCode code() const { return code_; }
  const std::string& input() const { return input_; }
  const std::string& what() const { return what_; }
  const std::string& fragment() const { return fragment_; }
  bool has_byte() const { return has_byte_; }
  uint64_t byte() const { return byte_; }
  uint64_t line() const { return line_; }  // 1-based; 0 when unknown

  // "INPUT:LINE: byte OFFSET: WHAT near 'FRAGMENT'", the parts that are known.
  std::string message() const;
  // sysexits-style code for the CLI: 65 data, 74 io, 78 config, 64 usage.
  int exit_code() const;

 private:
  StatusCode code_ = StatusCode::ok;
  std::string input_;
  std::string what_;
  std::string fragment_;
  uint64_t byte_ = 0;
  uint64_t line_ = 0;
  bool has_byte_ = false;
};

}  // namespace whosaid
