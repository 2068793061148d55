// A JSON Lines line in the shape nearly every corpus has, read without a JSON
// tree: one object whose values are strings or integers, each key once, with
// a string "text". The text is unescaped straight into its destination; the
// other fields are kept for the metadata.
//
// scan_flat_line() accepts only lines that nlohmann reads to the same values
// (no surrogate escapes, integers in the form nlohmann writes back, nothing
// after the object but white space); for any other line it returns false and
// the caller reads it with nlohmann, which also names what is wrong.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace whosaid::input {

struct FlatField {
  std::string key;
  std::string value;     // unescaped string, or the integer's digits
  bool integer = false;
};

struct FlatLine {
  std::string* text = nullptr;     // where "text" goes (set by the caller)
  bool text_has_unicode_escape = false;  // a \uXXXX in "text" (may be U+0000)
  std::vector<FlatField> fields;   // every other field, sorted by key
};

// Reads `line` into `out`; false when it is not a flat object with a string "text".
bool scan_flat_line(std::string_view line, FlatLine& out);

// The fields of `line` other than id, text and html as the JSON object
// nlohmann's dump() writes (keys sorted), or "" when there are none.
std::string flat_metadata_json(const FlatLine& line);

}  // namespace whosaid::input
