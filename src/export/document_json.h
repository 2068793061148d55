// The `whosaid extract` JSON for one analysed document: the output contract
// read by `whosaid eval`, by graph building across documents, and by users.
// Spans are reported in Unicode code points of the document text
// ({"text", "start", "end"}, Python's text[start:end]). The schema is in
// docs/extract.schema.json.
#pragma once

#include <nlohmann/json.hpp>

#include "core/document.h"

namespace whosaid {

nlohmann::json document_to_json(const Document& doc);

}  // namespace whosaid
