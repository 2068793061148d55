// Reading one plain-text input (a path, or "-" for standard input) into a
// Document. The bytes are checked to be UTF-8 text: invalid UTF-8 fails with
// the input's name and the byte offset of the first bad sequence, a NUL byte
// fails as "binary file". A UTF-8 byte order mark is dropped and CRLF kept as is.
#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/status.h"

namespace whosaid {

Status read_text_input(const std::string& path, Document& out);

// The bytes of an open file or stream into `out`: a regular file in one read
// of its size (no growing buffer holding a copy of the text twice), anything
// else as it comes. False on a read error.
bool read_all_bytes(std::istream& in, std::string& out);

// The same checks on bytes already read (standard input sniffed by the CLI):
// `name` names the input in errors, `id` becomes doc.id.
Status text_document(std::string bytes, const std::string& name, const std::string& id, Document& out);

// Whether an input of unknown kind is JSON Lines rather than prose, from its
// head: the first non-blank byte is '{' and the first line that holds it
// parses as a JSON object with "text" or "html" (what read_jsonl.h reads).
// Prose never starts that way; a first line cut short reads as prose.
bool looks_like_json_lines(std::string_view head);

// Checks `bytes` for valid UTF-8 text without NUL bytes; `name` names the input
// in the error. Returns ok or an invalid_input Status with byte offset and fragment.
Status check_utf8_text(std::string_view bytes, const std::string& name);

}  // namespace whosaid
