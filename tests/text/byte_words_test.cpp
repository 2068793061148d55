// The eight-bytes-a-word tests of core/byte_words.h against a byte loop, for
// every byte value at every position of a word of plain letters.
#include <catch2/catch.hpp>

#include <cstring>

#include "core/byte_words.h"

using namespace whosaid;

namespace {

uint64_t word_with(unsigned char byte, int at) {
  unsigned char bytes[8] = {'b', 'o', 'n', 'j', 'o', 'u', 'r', 's'};
  bytes[at] = byte;
  uint64_t w;
  std::memcpy(&w, bytes, 8);
  return w;
}

}  // namespace

TEST_CASE("byte words: each test finds a byte where a byte loop does", "[text][byte-words]") {
  for (int at = 0; at < 8; ++at) {
    for (int b = 0; b < 256; ++b) {
      const auto c = static_cast<unsigned char>(b);
      const uint64_t w = word_with(c, at);
      INFO("byte " << b << " at " << at);
      CHECK((byte_words::zero_bytes(w) != 0) == (c == 0));
      CHECK((byte_words::bytes_equal(w, 0xE2) != 0) == (c == 0xE2));
      CHECK((byte_words::bytes_below(w, 0x20) != 0) == (c < 0x20));
      CHECK(byte_words::any_json_special(w) == (c < 0x20 || c == '"' || c == '\\'));
      const unsigned char lowered = c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 0x20) : c;
      CHECK(byte_words::lower_ascii_letters(w) == word_with(lowered, at));
    }
  }
}
