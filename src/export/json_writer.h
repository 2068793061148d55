// JsonWriter: JSON text appended straight to a caller's buffer, with no tree
// in between, byte for byte what nlohmann's dump() gives for the same values
// (indent 2 or one line, ensure_ascii off, invalid UTF-8 replaced by U+FFFD):
// the extract output is a contract, and it must not change with its writer.
// Keys are written in the order given; nlohmann objects sort theirs, so the
// caller gives them sorted (checked in debug builds).
//
//   std::string out;
//   JsonWriter w(out, JsonWriter::Style::one_line);
//   w.begin_object(); w.key("a"); w.value(1); w.key("b"); w.null(); w.end_object();
//   // out == R"({"a":1,"b":null})"
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace whosaid {

void append_json_string(std::string_view text, std::string& out);

class JsonWriter {
 public:
  enum class Style { one_line, indented };  // nlohmann's dump(-1) and dump(2)

  JsonWriter(std::string& out, Style style) : out_(out), indented_(style == Style::indented) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  void key(std::string_view name);
  // A key the format names in the code ("cue"): its plainness is known when
  // compiling, and `"name":` goes in with one append.
  template <size_t N>
  void key(const char (&name)[N]);

  void value(std::string_view text);
  // The same bytes as value(text), escaped a piece of about `piece` bytes at
  // a time, `after_piece` called after each (it may empty the buffer): a long
  // text is never escaped whole into the buffer.
  template <typename AfterPiece>
  void value_in_pieces(std::string_view text, size_t piece, AfterPiece&& after_piece);
  void value(const char* text) { value(std::string_view(text)); }
  void value(int64_t number);
  void value(uint32_t number) { value(static_cast<int64_t>(number)); }
  void value(int32_t number) { value(static_cast<int64_t>(number)); }
  void value(uint64_t number);
  void value(bool flag);
  void null();
  // A JSON value already written on one line by nlohmann (sorted keys),
  // re-laid out in this writer's style.
  void json_text(std::string_view one_line_json);

 private:
  static constexpr size_t kMaxDepth = 32;
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    if (has_items_[depth_ - 1]) out_ += ',';
    has_items_[depth_ - 1] = true;
    if (indented_) newline_and_indent(depth_);
  }
  void before_key(std::string_view name);
  static constexpr bool plain_key(std::string_view name) {
    for (const char c : name) {
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x20 || u >= 0x7F || c == '"' || c == '\\') return false;
    }
    return true;
  }
  void open(char bracket);
  void close(char bracket);
  void newline_and_indent(size_t depth);
  // Well-formed UTF-8: escaped piece by piece, it gives the bytes escaped whole.
  static bool string_pieces_allowed(std::string_view text);

  std::string& out_;
  bool indented_;
  bool after_key_ = false;
  size_t depth_ = 0;
  std::array<bool, kMaxDepth> has_items_{};  // per open container: something written in it
#ifndef NDEBUG
  std::array<std::string_view, kMaxDepth> last_key_{};
#endif
};

template <size_t N>
void JsonWriter::key(const char (&name)[N]) {
  constexpr size_t n = N - 1;  // without the terminating NUL
  // (A char buffer rather than a literal: its text up to the first NUL.)
  if (std::char_traits<char>::length(name) != n || !plain_key(std::string_view(name, n)))
    return key(std::string_view(name));
  before_key(std::string_view(name, n));
  char piece[N + 3];  // "name": and the space of the indented style
  piece[0] = '"';
  for (size_t i = 0; i < n; ++i) piece[1 + i] = name[i];
  piece[n + 1] = '"';
  piece[n + 2] = ':';
  piece[n + 3] = ' ';
  out_.append(piece, indented_ ? n + 4 : n + 3);
  after_key_ = true;
}

template <typename AfterPiece>
void JsonWriter::value_in_pieces(std::string_view text, size_t piece, AfterPiece&& after_piece) {
  if (text.size() <= piece || !string_pieces_allowed(text)) return value(text);
  before_value();
  out_ += '"';
  std::string escaped;
  while (!text.empty()) {
    size_t n = std::min(std::max<size_t>(piece, 1), text.size());
    // A piece ends on a character's end (the text is well-formed UTF-8).
    while (n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) ++n;
    escaped.clear();
    append_json_string(text.substr(0, n), escaped);
    out_.append(escaped, 1, escaped.size() - 2);  // without its quotes
    text.remove_prefix(n);
    after_piece();
  }
  out_ += '"';
}

// Appends `text` as a JSON string (quotes included), escaped as nlohmann does:
// " \ and control characters, nothing else; bytes that are not well-formed
// UTF-8 become U+FFFD.
void append_json_string(std::string_view text, std::string& out);

}  // namespace whosaid
