// Gold attribution annotations (the format of /eval/FORMAT.md, "Gold file"):
// reading and validating them. A Gold is what the scorer compares
// predictions with; reading never throws, it returns a Status naming the file,
// the JSON path of the bad value and the value itself:
//
//   eval::Gold gold;
//   if (Status s = eval::read_gold("gold/reuters-ceasefire-fr.json", gold); !s.ok())
//     std::cerr << s.message() << "\n";
//   // gold/reuters-ceasefire-fr.json: attributions[3] (b04): missing field 'type'
//
// What is checked: the fields the scorer reads are present with their types;
// `type`, `quote`, `section` and entity `kind` take their documented values;
// ids are unique; `entity`, `parent`, `member_of` and `uncertain_pairs` refer
// to ids of the file; a `source`/`cue`/`content` string has its `*_span`, the
// span is well formed and as long as its text. check_gold_text() then checks
// every span against the document text (in range, covering that text).
// Fields the scorer does not read (anchor, note, recipient, paragraph_span)
// are not checked. brat standoff gold (PolNeAR) is read into the same Gold by
// brat.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "eval/text_span.h"

namespace whosaid::eval {

struct GoldEntity {
  std::string id;
  std::string label;
  bool named = false;                       // false: an anonymous source
  std::string kind;                         // person, organization, group
  std::optional<std::string> affiliation;   // ISO 3166 alpha-2
  std::optional<int> count;                 // people a group mention stands for
  std::optional<std::string> member_of;     // a group entity's id
  bool self_uncertain = false;              // two mentions may be different people
};

struct GoldAttribution {
  std::string id;
  std::optional<TextSpan> source;           // from "source" + "source_span"
  std::optional<TextSpan> cue;              // null where no word carries it
  std::optional<TextSpan> content;          // null for a refusal
  std::optional<std::string> entity;
  std::string type;                         // statement, denial, refusal; empty: not annotated (brat), not scored
  std::string quote;                        // direct, indirect, mixed, none; empty: not annotated (brat)
  std::optional<std::string> parent;        // id of the attribution it is nested in
  bool optional = false;                    // finding it or not is not scored
  std::string section = "body";             // header, body, comment
};

struct Gold {
  std::string name;                         // the file read, for messages
  std::string document;                     // the text file it annotates
  std::string lang;
  // brat (PolNeAR) annotates discontinuous spans: a content cut by its tag
  // is its fragments, and a prediction's fragments are scored as they are.
  // Gold JSON's content runs over the tag (GUIDELINES 5.3): a prediction is
  // scored by its whole span.
  bool discontinuous_spans = false;
  std::vector<GoldEntity> entities;
  std::vector<GoldAttribution> attributions;
  std::vector<std::pair<std::string, std::string>> uncertain_pairs;

  const GoldEntity* entity(std::string_view id) const;  // nullptr when unknown
  int attribution_index(std::string_view id) const;     // -1 when unknown
  // Whether the identity of entities a and b is left open by the text: an
  // uncertain pair (either order), or a == b and that entity self_uncertain.
  bool uncertain(std::string_view a, std::string_view b) const;
};

// Reads `path` (io_error when it cannot be read, invalid_input when it is not
// valid gold). `name` in the parse functions names the input in errors.
Status read_gold(const std::string& path, Gold& out);
Status parse_gold(std::string_view json_text, const std::string& name, Gold& out);
Status gold_from_json(const nlohmann::json& json, const std::string& name, Gold& out);

// Checks every span of `gold` against the document text (UTF-8): in range and
// covering the text the gold gives. Errors name the gold file.
Status check_gold_text(const Gold& gold, std::string_view document_text);

// The gold written as the extractor's prediction JSON ("Predictions that a
// scorer reads"): attributions a1.. with the gold's spans, types, quotes and
// nesting, entities e1.. with anonymous = !named, affiliation and count.
// Scoring it against its gold gives perfect figures; it is also a template
// for hand-written predictions.
nlohmann::json gold_as_predictions(const Gold& gold);

}  // namespace whosaid::eval
