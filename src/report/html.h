// HTML escaping for the report: every piece of text that comes from an
// article, its analysis or the language data reaches the page through one of
// these, and by no other path. The article is hostile input: a text
// "<script>alert(1)</script>" must show those characters and run nothing.
//
//   html::text("<b> & co")         -> "&lt;b&gt; &amp; co"
//   html::attr("say \"hi\"")       -> "say &quot;hi&quot;"     (for a double-quoted attribute)
//   html::text("a\x01b")            -> "a\uFFFDb"                 (U+FFFD: same code point count)
//
// What HTML5 forbids in a document (C0 and C1 controls other than tab, line
// feed and form feed, U+007F, noncharacters, invalid UTF-8) becomes U+FFFD,
// one for one, so code point offsets shown beside a text still hold. A CR is
// written as a line feed (CR LF as one), as an HTML parser reads it anyway.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace whosaid::report::html {

// Appends `s` escaped for element content: & < > " ' as references.
void append_text(std::string& out, std::string_view s);
// The same for a double-quoted attribute value (the same escaping: one rule
// for both keeps a text moved between the two safe).
inline void append_attr(std::string& out, std::string_view s) { append_text(out, s); }

inline std::string text(std::string_view s) {
  std::string out;
  append_text(out, s);
  return out;
}
inline std::string attr(std::string_view s) { return text(s); }

// At most `max_codepoints` code points of valid UTF-8 `s`, ending with "…"
// when cut (the ellipsis counted). Never splits a UTF-8 sequence.
std::string shorten(std::string_view s, std::size_t max_codepoints);

}  // namespace whosaid::report::html
