// Predictions: the extractor's JSON for one document as the scorer reads it
// (FORMAT.md, "Predictions that a scorer reads"):
//
//   {"entities": [{"id": "e1", "anonymous": true, "affiliation": "RU", "count": 3}],
//    "attributions": [{"id": "a1", "entity": "e1", "type": "statement",
//                      "quote": "indirect", "parent": null,
//                      "source": {"text": "...", "start": 0, "end": 10},
//                      "cue": {...}, "content": null}]}
//
// Spans are in code points of the document text. Other fields are ignored,
// so `whosaid extract` output is read as it is. `id`, `entity` and `parent`
// may be strings or integers; `type` and `quote` are compared with the gold's
// as they are written. A span must be well formed and as long as its text;
// check_predictions_text() checks the spans against the document.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "eval/text_span.h"

namespace whosaid::eval {

struct PredictedEntity {
  std::string id;
  std::optional<bool> anonymous;            // absent: unknown
  std::optional<std::string> affiliation;   // null or "": none
  std::optional<int> count;
};

struct PredictedAttribution {
  std::string id;
  std::optional<TextSpan> source;
  std::optional<TextSpan> cue;
  std::optional<TextSpan> content;          // null for a refusal; its fragments when it has "fragments"
  std::optional<TextSpan> content_whole;    // with "fragments": the whole span, tag inside; else empty
  std::optional<std::string> entity;
  std::string type;
  std::string quote;
  std::optional<std::string> parent;
  std::string rule;                         // the extractor's rule id ("fr.que"), empty when not given
};

struct Predictions {
  std::string name;                         // the input, for messages
  std::vector<PredictedEntity> entities;
  std::vector<PredictedAttribution> attributions;

  const PredictedEntity* entity(std::string_view id) const;  // nullptr when unknown
  int attribution_index(std::string_view id) const;          // -1 when unknown
};

Status read_predictions(const std::string& path, Predictions& out);
Status parse_predictions(std::string_view json_text, const std::string& name, Predictions& out);
Status predictions_from_json(const nlohmann::json& json, const std::string& name, Predictions& out);

// Checks every span against the document text: in range and covering the
// text the prediction gives. Errors name the predictions' input.
Status check_predictions_text(const Predictions& predictions, std::string_view document_text);

}  // namespace whosaid::eval
