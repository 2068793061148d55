#include "input/jsonl_scan.h"

#include <cstdint>
#include <cstring>

#include <algorithm>

#include "core/byte_words.h"
#include "core/json_escape.h"
#include "core/utf8.h"

namespace whosaid::input {
namespace {

bool is_white(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

void skip_white(std::string_view s, size_t& i) {
  while (i < s.size() && is_white(s[i])) ++i;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The \uXXXX at s[i] (i at the backslash) into out; false for a surrogate
// (nlohmann pairs or rejects them: left to it) or a bad escape.
bool unescape_unicode(std::string_view s, size_t i, std::string& out) {
  if (s.size() - i < 6) return false;
  char32_t cp = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    const int v = hex_value(s[k]);
    if (v < 0) return false;
    cp = cp << 4 | static_cast<char32_t>(v);
  }
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  utf8::append(cp, out);
  return true;
}

// The string opening at s[i] (a '"') appended to out, unescaped; i ends past
// its closing quote. Runs without escapes are copied whole.
bool scan_string(std::string_view s, size_t& i, std::string& out, bool& unicode_escape) {
  size_t run = ++i;
  while (i < s.size()) {
    // Eight plain bytes at a time, most of a text.
    for (uint64_t word; i + 8 <= s.size(); i += 8) {
      std::memcpy(&word, s.data() + i, 8);
      if (byte_words::any_json_special(word)) break;  // a quote, a backslash, a control byte
    }
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"') {
      out.append(s.data() + run, i - run);
      ++i;
      return true;
    }
    if (c < 0x20) return false;  // JSON wants control characters escaped
    if (c != '\\') {
      ++i;
      continue;
    }
    out.append(s.data() + run, i - run);
    if (i + 1 >= s.size()) return false;
    size_t length = 2;
    switch (s[i + 1]) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u':
        if (!unescape_unicode(s, i, out)) return false;
        unicode_escape = true;
        length = 6;
        break;
      default: return false;
    }
    i += length;
    run = i;
  }
  return false;
}

// An integer as nlohmann writes it back: no leading zero, no "-0", no
// fraction or exponent, small enough for int64.
bool scan_integer(std::string_view s, size_t& i, std::string& out) {
  const size_t start = i;
  if (s[i] == '-') ++i;
  const size_t digits = i;
  while (i < s.size() && is_digit(s[i])) ++i;
  const size_t n = i - digits;
  if (n == 0 || n > 18 || (s[digits] == '0' && (n > 1 || digits > start))) return false;
  if (i < s.size() && (s[i] == '.' || s[i] == 'e' || s[i] == 'E')) return false;
  out.assign(s.substr(start, i - start));
  return true;
}

// One "key": value member at s[i] into out.
bool scan_member(std::string_view s, size_t& i, FlatLine& out, bool& has_text) {
  if (i >= s.size() || s[i] != '"') return false;
  FlatField field;
  bool ignored = false;
  if (!scan_string(s, i, field.key, ignored)) return false;
  skip_white(s, i);
  if (i >= s.size() || s[i] != ':') return false;
  ++i;
  skip_white(s, i);
  if (i >= s.size()) return false;
  if (field.key == "text") {
    if (has_text || s[i] != '"') return false;
    has_text = true;
    return scan_string(s, i, *out.text, out.text_has_unicode_escape);
  }
  if (s[i] == '"') {
    if (!scan_string(s, i, field.value, ignored)) return false;
  } else if (s[i] == '-' || is_digit(s[i])) {
    if (!scan_integer(s, i, field.value)) return false;
    field.integer = true;
  } else {
    return false;  // objects, arrays, true, false, null: nlohmann's
  }
  out.fields.push_back(std::move(field));
  return true;
}

}  // namespace

bool scan_flat_line(std::string_view s, FlatLine& out) {
  out.fields.clear();
  out.text->clear();
  out.text_has_unicode_escape = false;
  size_t i = 0;
  skip_white(s, i);
  if (i >= s.size() || s[i] != '{') return false;
  ++i;
  skip_white(s, i);
  bool has_text = false;
  for (;;) {
    if (!scan_member(s, i, out, has_text)) return false;
    skip_white(s, i);
    if (i >= s.size()) return false;
    if (s[i] == '}') break;
    if (s[i] != ',') return false;
    ++i;
    skip_white(s, i);
  }
  ++i;
  skip_white(s, i);
  if (i != s.size() || !has_text) return false;
  std::sort(out.fields.begin(), out.fields.end(),
            [](const FlatField& a, const FlatField& b) { return a.key < b.key; });
  // A repeated key: which one wins is nlohmann's rule, so it reads the line.
  for (size_t k = 1; k < out.fields.size(); ++k)
    if (out.fields[k].key == out.fields[k - 1].key) return false;
  return true;
}

std::string flat_metadata_json(const FlatLine& line) {
  std::string out;
  for (const FlatField& f : line.fields) {
    if (f.key == "id" || f.key == "html") continue;
    out += out.empty() ? '{' : ',';
    append_json_escaped(f.key, out);
    out += ':';
    if (f.integer) out += f.value;
    else append_json_escaped(f.value, out);
  }
  if (!out.empty()) out += '}';
  return out;
}

}  // namespace whosaid::input
