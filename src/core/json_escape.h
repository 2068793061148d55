// A JSON string for text already known to be well-formed UTF-8, escaped as
// nlohmann::json::dump() escapes it (ensure_ascii off): " \ and control
// characters (\b \f \n \r \t, else \u00xx in lower case), nothing else. Shared
// by the output writer (export/json_writer.h) and the JSON Lines reader's
// metadata, which must both give nlohmann's bytes.
#pragma once

#include <string>
#include <string_view>

namespace whosaid {

// Appends `valid_utf8` quoted and escaped.
void append_json_escaped(std::string_view valid_utf8, std::string& out);

}  // namespace whosaid
