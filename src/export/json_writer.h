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
  void before_value();
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
