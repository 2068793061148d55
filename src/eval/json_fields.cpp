#include "eval/json_fields.h"

#include <fstream>
#include <sstream>

#include "eval/words.h"

namespace whosaid::eval::detail {
namespace {

std::string quoted_value(const nlohmann::json& v) {
  // error_handler::replace: a dump never throws on odd UTF-8 inside a message.
  std::string s = v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (s.size() > 60) s = s.substr(0, 57) + "...";
  return s;
}

const char* type_name(const nlohmann::json& v) { return v.type_name(); }

}  // namespace

Status read_json_file(const std::string& path, nlohmann::json& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error(path, "cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::io_error(path, "cannot read file");
  return parse_json_text(buffer.str(), path, out);
}

Status parse_json_text(std::string_view text, const std::string& name, nlohmann::json& out) {
  try {
    out = nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    // e.what() is "[json.exception.parse_error.101] parse error at line 3, ...":
    // keep the readable part, and place it by line and byte ourselves.
    std::string what = e.what();
    if (size_t p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    uint64_t byte = e.byte > 0 ? e.byte - 1 : 0;
    uint64_t line = 1;
    for (uint64_t i = 0; i < byte && i < text.size(); ++i)
      if (text[i] == '\n') ++line;
    Status s = Status::invalid_input(name, "broken JSON: " + what);
    s.at_line(line).at_byte(byte);
    return s;
  } catch (const nlohmann::json::exception& e) {
    return Status::invalid_input(name, std::string("broken JSON: ") + e.what());
  }
  return {};
}

Where Where::at(std::string_view key) const {
  return {input, path.empty() ? std::string(key) : path + "." + std::string(key)};
}

Where Where::at(size_t index, std::string_view id) const {
  std::string p = path + "[" + std::to_string(index) + "]";
  if (!id.empty()) p += " (" + std::string(id) + ")";
  return {input, p};
}

Status Where::error(const std::string& what, const nlohmann::json* value) const {
  Status s = Status::invalid_input(input, path.empty() ? what : path + ": " + what);
  if (value != nullptr) s.with_fragment(quoted_value(*value));
  return s;
}

Status required_string(const nlohmann::json& obj, const char* key, const Where& w, std::string& out) {
  auto it = obj.find(key);
  if (it == obj.end()) return w.error(std::string("missing field '") + key + "'");
  if (!it->is_string())
    return w.at(key).error(std::string("expected a string, found ") + type_name(*it), &*it);
  out = it->get<std::string>();
  return {};
}

Status optional_string(const nlohmann::json& obj, const char* key, const Where& w,
                       std::optional<std::string>& out) {
  out.reset();
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return {};
  if (!it->is_string())
    return w.at(key).error(std::string("expected a string or null, found ") + type_name(*it), &*it);
  out = it->get<std::string>();
  return {};
}

Status optional_bool(const nlohmann::json& obj, const char* key, const Where& w, bool& out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return {};
  if (!it->is_boolean())
    return w.at(key).error(std::string("expected true or false, found ") + type_name(*it), &*it);
  out = it->get<bool>();
  return {};
}

Status optional_int(const nlohmann::json& obj, const char* key, const Where& w, std::optional<int>& out) {
  out.reset();
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return {};
  if (!it->is_number_integer())
    return w.at(key).error(std::string("expected an integer or null, found ") + type_name(*it), &*it);
  out = it->get<int>();
  return {};
}

Status optional_id(const nlohmann::json& obj, const char* key, const Where& w,
                   std::optional<std::string>& out) {
  out.reset();
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return {};
  if (it->is_string()) {
    out = it->get<std::string>();
  } else if (it->is_number_integer()) {
    out = std::to_string(it->get<long long>());
  } else {
    return w.at(key).error(std::string("expected an id (string or integer), found ") + type_name(*it), &*it);
  }
  return {};
}

namespace {

Status check_fragment(const TextSpan& span, const Where& w) {
  if (span.end < span.start)
    return w.error("span ends before it starts: [" + std::to_string(span.start) + ", " +
                   std::to_string(span.end) + ")");
  uint32_t length = codepoint_length(span.text);
  if (span.end - span.start != length)
    return w.error("span [" + std::to_string(span.start) + ", " + std::to_string(span.end) + ") is " +
                   std::to_string(span.end - span.start) + " code points long but its text '" + span.text +
                   "' has " + std::to_string(length));
  return {};
}

Status check_fragment_in_text(const TextSpan& span, std::u32string_view doc, const Where& w) {
  if (span.end > doc.size())
    return w.error("span [" + std::to_string(span.start) + ", " + std::to_string(span.end) +
                   ") is out of range: the text has " + std::to_string(doc.size()) + " code points");
  if (decode_utf8(span.text) != doc.substr(span.start, span.end - span.start)) {
    std::string found = encode_utf8(doc.substr(span.start, span.end - span.start));
    return w.error("span [" + std::to_string(span.start) + ", " + std::to_string(span.end) + ") covers '" +
                   found + "' in the text, not '" + span.text + "'");
  }
  return {};
}

// Runs `check` on each fragment; the error of a discontinuous span's fragment
// says which one it is.
template <typename Check>
Status each_fragment(const TextSpan& span, const Where& w, Check check) {
  if (Status s = check(span, span.more.empty() ? w : w.at("fragments").at(0)); !s.ok()) return s;
  for (size_t i = 0; i < span.more.size(); ++i)
    if (Status s = check(span.more[i], w.at("fragments").at(i + 1)); !s.ok()) return s;
  return {};
}

}  // namespace

Status check_span(const TextSpan& span, const Where& w) { return each_fragment(span, w, check_fragment); }

Status check_span_in_text(const TextSpan& span, std::u32string_view doc, const Where& w) {
  return each_fragment(span, w,
                       [doc](const TextSpan& f, const Where& fw) { return check_fragment_in_text(f, doc, fw); });
}

}  // namespace whosaid::eval::detail
