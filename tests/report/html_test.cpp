// HTML escaping (report/html.h) and the page's hashes (report/sha256.h), as
// tables. The escaping must make any text inert and keep its code point count,
// so the offsets shown beside it hold; the hashes are checked on FIPS 180-4's
// examples and on lengths around the 56- and 64-byte block edges.
#include <catch2/catch.hpp>

#include <string>

#include "report/html.h"
#include "report/sha256.h"

using namespace whosaid::report;

TEST_CASE("html: document text is inert and keeps its length in code points", "[report][html]") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"a & b &amp; c", "a &amp; b &amp;amp; c"},
      {"\"]; x=\"y\" onload='z'", "&quot;]; x=&quot;y&quot; onload=&#39;z&#39;"},
      {"</textarea><!-- -->", "&lt;/textarea&gt;&lt;!-- --&gt;"},
      {"bip\x01" "bop\x1f" "fin\x7f", "bip\xEF\xBF\xBD" "bop\xEF\xBF\xBD" "fin\xEF\xBF\xBD"},
      {std::string("nul\0!", 5), "nul\xEF\xBF\xBD!"},
      {"tab\tline\nfeed\f", "tab\tline\nfeed\f"},
      {"cr\r\nlf, lone\rcr", "cr\nlf, lone\ncr"},
      {"C1 \xC2\x85 and \xC2\x9F", "C1 \xEF\xBF\xBD and \xEF\xBF\xBD"},
      {"nonchar \xEF\xB7\x90 \xEF\xBF\xBE \xF0\x9F\xBF\xBF", "nonchar \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD"},
      {"bad \xFF byte, cut \xE2\x82", "bad \xEF\xBF\xBD byte, cut \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"overlong \xC0\xAF, surrogate \xED\xA0\x80", "overlong \xEF\xBF\xBD\xEF\xBF\xBD, surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"« Élysée » 🔥 👍🏽 שלום", "« Élysée » 🔥 👍🏽 שלום"},
  };
  for (const Row& row : rows) {
    INFO(row.in);
    CHECK(html::text(row.in) == row.out);
    CHECK(html::attr(row.in) == row.out);
  }
}

TEST_CASE("html: shorten cuts at code points", "[report][html]") {
  CHECK(html::shorten("abcdef", 4) == "abc\u2026");
  CHECK(html::shorten("éèàù", 3) == "éè\u2026");
  CHECK(html::shorten("abc", 3) == "abc");
}

TEST_CASE("sha256 and the CSP hash", "[report][csp]") {
  auto hex = [](std::string_view s) {
    std::string out;
    for (uint8_t b : sha256(s)) {
      const char* digits = "0123456789abcdef";
      out += digits[b >> 4];
      out += digits[b & 15];
    }
    return out;
  };
  CHECK(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // Lengths on both sides of the padding edges give different digests.
  std::string previous;
  for (std::size_t n : {54, 55, 56, 57, 63, 64, 65, 119, 120}) {
    const std::string digest = hex(std::string(n, 'x'));
    CHECK(digest != previous);
    previous = digest;
  }
  CHECK(hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  CHECK(hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
  CHECK(csp_hash("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  const uint8_t bytes[] = {'M', 'a', 'n', 'y'};
  CHECK(base64(bytes, 1) == "TQ==");
  CHECK(base64(bytes, 2) == "TWE=");
  CHECK(base64(bytes, 3) == "TWFu");
  CHECK(base64(bytes, 4) == "TWFueQ==");
}
