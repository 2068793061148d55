// Reading back what `whosaid extract` wrote (docs/extract.schema.json) into a
// Document, so a graph can be built from extract outputs made elsewhere: the
// reduce step of a corpus extracted in shards (`whosaid merge`,
// docs/scale-out.md).
//
// The extract JSON of a plain-text input does not carry the text, only spans
// ({"text", "start", "end"} in code points) and the length ("stats.characters").
// The reader rebuilds a text of that length in which every span of the JSON
// has its own text at its own place (spaces elsewhere): everything a graph
// shows (labels, span texts, code point offsets, lengths) is then what the
// original would give. When the JSON carries "text" (HTML input) it is used as is.
//
//   Document doc;
//   if (Status s = document_from_json(json::parse(line), "a.jsonl:3", doc); !s.ok()) ...
//   graph.add_document(doc);
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "core/document.h"
#include "core/status.h"

namespace whosaid {

// Fails (invalid_input, naming `name` and the field) when the JSON is not an
// extract document: a missing or mistyped field, a span outside the text, an
// unknown enum value, an id that points nowhere.
Status document_from_json(const nlohmann::json& in, const std::string& name, Document& out);

}  // namespace whosaid
