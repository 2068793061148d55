// TextView: the normalized, lower-cased copy of a document's text that
// matching runs on, with a map back to the original.
//
// Normalization unifies what copy varies in: ’ ‘ ʼ ` -> ', « » “ ” „ ‟ -> ",
// NBSP / narrow NBSP / other spaces -> ' ', … -> "...", dashes – — -> '-',
// and lower-cases letters (É -> é). A match found in `text` at view bytes
// [b, e) is the original span {to_original[b], to_original[e]}.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace whosaid {

struct TextView {
  std::string text;                     // normalized, lower-cased
  std::vector<uint32_t> to_original;    // size text.size() + 1: view byte -> original byte

  Span original(uint32_t view_begin, uint32_t view_end) const {
    return {to_original[view_begin], to_original[view_end]};
  }
};

}  // namespace whosaid
