#include "core/status.h"

namespace whosaid {

std::string Status::message() const {
  std::string out = input_.empty() ? std::string("whosaid") : input_;
  if (line_ > 0) out += ":" + std::to_string(line_);
  out += ": ";
  if (has_byte_) out += "byte " + std::to_string(byte_) + ": ";
  out += what_;
  if (!fragment_.empty()) out += " near '" + fragment_ + "'";
  return out;
}

int Status::exit_code() const {
  switch (code_) {
    case StatusCode::ok: return 0;
    case StatusCode::invalid_input: return 65;
    case StatusCode::io_error: return 74;
    case StatusCode::bad_data: return 78;
    case StatusCode::usage: return 64;
  }
  return 1;
}

}  // namespace whosaid
