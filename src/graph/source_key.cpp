#include "graph/source_key.h"

#include <cstdint>

namespace whosaid::graph {
namespace {

// Decodes one code point at text[i] (the text is valid UTF-8: Document::text is
// checked on input), advancing i.
char32_t next_codepoint(std::string_view text, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (i + len > text.size()) len = 1;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (byte(i + k) & 0x3F);
  i += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Enough case folding for names in European news copy without pulling ICU into
// the graph stage: the blocks where upper and lower case sit at a fixed offset.
char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;                 // À..Þ
  if (c >= 0x100 && c <= 0x137 && c % 2 == 0) return c + 1;                  // Ā..ķ
  if (c >= 0x139 && c <= 0x148 && c % 2 == 1) return c + 1;                  // Ĺ..ň
  if (c >= 0x14A && c <= 0x177 && c % 2 == 0) return c + 1;                  // Ŋ..ŷ
  if (c == 0x178) return 0xFF;                                               // Ÿ
  if (c >= 0x179 && c <= 0x17E && c % 2 == 1) return c + 1;                  // Ź..ž
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;                 // Greek
  if (c >= 0x410 && c <= 0x42F) return c + 32;                               // Cyrillic А..Я
  if (c >= 0x400 && c <= 0x40F) return c + 80;                               // Ѐ..Џ
  return c;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2009;
}

}  // namespace

std::string normalize_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < name.size();) {
    char32_t c = next_codepoint(name, i);
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    append_utf8(out, to_lower(c));
  }
  return out;
}

std::string source_key(const Entity& entity) {
  if (entity.anonymous || entity.name.empty()) return {};
  return normalize_name(entity.name);
}

}  // namespace whosaid::graph
