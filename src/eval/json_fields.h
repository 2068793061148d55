// Internal to src/eval: reading JSON files and typed fields into Status
// values. Every error names the input file, the JSON path of the offending
// value ("attributions[3] (b04).content_span") and quotes the value.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "eval/text_span.h"

namespace whosaid::eval::detail {

// Reads and parses a JSON file: io_error when it cannot be read,
// invalid_input (with line and byte) when it is not JSON.
Status read_json_file(const std::string& path, nlohmann::json& out);
Status parse_json_text(std::string_view text, const std::string& name, nlohmann::json& out);

// Where a value sits: the input's name and a JSON path inside it.
struct Where {
  std::string input;
  std::string path;

  Where at(std::string_view key) const;
  Where at(size_t index, std::string_view id = {}) const;
  // invalid_input naming the input and path, quoting `value` when given.
  Status error(const std::string& what, const nlohmann::json* value = nullptr) const;
};

// `obj` must be an object. Missing keys and nulls give the default/nullopt
// for the optional readers; wrong types are errors.
Status required_string(const nlohmann::json& obj, const char* key, const Where& w, std::string& out);
Status optional_string(const nlohmann::json& obj, const char* key, const Where& w,
                       std::optional<std::string>& out);
Status optional_bool(const nlohmann::json& obj, const char* key, const Where& w, bool& out);
Status optional_int(const nlohmann::json& obj, const char* key, const Where& w, std::optional<int>& out);
// An id: a string, or an integer written in decimal ("3").
Status optional_id(const nlohmann::json& obj, const char* key, const Where& w,
                   std::optional<std::string>& out);

// A span checked on its own: 0 <= start <= end and end - start equal to the
// code point length of `text`, for each fragment of a discontinuous span.
Status check_span(const TextSpan& span, const Where& w);
// A span checked against the document text: in range, and covering `text`
// (each fragment).
Status check_span_in_text(const TextSpan& span, std::u32string_view doc, const Where& w);

}  // namespace whosaid::eval::detail
