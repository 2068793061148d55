// The `whosaid extract` JSON for one analysed document: the output contract
// read by `whosaid eval`, by graph building across documents, and by users.
// Spans are reported in Unicode code points of the document text
// ({"text", "start", "end"}, Python's text[start:end]). The schema is in
// docs/extract.schema.json.
//
// write_document_json() writes the text straight into a buffer (no JSON tree,
// one code point index per document): it is the extract hot path. Keys come
// sorted, as nlohmann objects have always written them.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <string_view>

#include "core/document.h"
#include "export/json_writer.h"

namespace whosaid {

// Appends the document's JSON to `out` (one line, or indented by 2).
void write_document_json(const Document& doc, JsonWriter::Style style, std::string& out);
// The same bytes handed to `sink` in pieces of about `piece` bytes (more when
// one attribution or entity is longer), through `buffer`: the JSON of a long
// document is never held whole (the extract command streams documents longer
// than a pipeline window).
void write_document_json(const Document& doc, JsonWriter::Style style, std::string& buffer,
                         const std::function<void(std::string_view)>& sink, size_t piece = 1 << 20);

// The same JSON as a tree, for readers that walk it (eval's predictions).
nlohmann::json document_to_json(const Document& doc);

}  // namespace whosaid
