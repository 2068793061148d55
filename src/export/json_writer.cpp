#include "export/json_writer.h"

#include <nlohmann/json.hpp>

#include <cassert>
#include <charconv>

#include "core/json_escape.h"
#include "core/utf8.h"

namespace whosaid {

void append_json_string(std::string_view text, std::string& out) {
  if (!utf8::well_formed(text)) {
    // Rare (the pipeline's text is validated): nlohmann's own replacement
    // rules, so that the bytes stay what they always were.
    out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  append_json_escaped(text, out);
}

bool JsonWriter::string_pieces_allowed(std::string_view text) { return utf8::well_formed(text); }

void JsonWriter::newline_and_indent(size_t depth) {
  out_ += '\n';
  out_.append(2 * depth, ' ');
}

void JsonWriter::before_key([[maybe_unused]] std::string_view name) {
  assert(depth_ > 0 && !after_key_);
#ifndef NDEBUG
  assert(!has_items_[depth_ - 1] || last_key_[depth_ - 1] < name);  // nlohmann's order
  last_key_[depth_ - 1] = name;
#endif
  before_value();
}

void JsonWriter::key(std::string_view name) {
  before_key(name);
  // A key is a name of the format, printable ASCII with nothing to escape:
  // written as it is, the bytes append_json_string gives it.
  if (plain_key(name)) {
    out_ += '"';
    out_.append(name);
    out_ += '"';
  } else {
    append_json_string(name, out_);
  }
  out_ += indented_ ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::open(char bracket) {
  before_value();
  assert(depth_ < kMaxDepth);
  out_ += bracket;
  has_items_[depth_++] = false;
}

void JsonWriter::close(char bracket) {
  assert(depth_ > 0);
  --depth_;
  if (has_items_[depth_] && indented_) newline_and_indent(depth_);
  out_ += bracket;
}

void JsonWriter::value(std::string_view text) {
  before_value();
  append_json_string(text, out_);
}

void JsonWriter::value(int64_t number) {
  before_value();
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
  out_.append(buffer, end);
}

void JsonWriter::value(uint64_t number) {
  before_value();
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
  out_.append(buffer, end);
}

void JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

void JsonWriter::json_text(std::string_view one_line_json) {
  before_value();
  const nlohmann::json parsed = nlohmann::json::parse(one_line_json, nullptr, false);
  const std::string dumped = parsed.dump(indented_ ? 2 : -1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (!indented_) {
    out_ += dumped;
    return;
  }
  // nlohmann indents a nested value by its depth; strings hold no raw line break.
  for (const char c : dumped) {
    out_ += c;
    if (c == '\n') out_.append(2 * depth_, ' ');
  }
}

}  // namespace whosaid
