// Reading extract JSON back (whosaid merge): mistyped fields are errors that
// name the field, never an exception or an out-of-range conversion. Found by
// the document_json fuzz target (fuzz/findings/document_json/).
#include <catch2/catch.hpp>

#include <string>

#include "export/document_json_reader.h"

namespace whosaid {
namespace {

// A small extract document whose attribution and mention fields the table
// below replaces one at a time.
std::string document(const std::string& attribution_extra, const std::string& entity_extra,
                     const std::string& mention_extra, const std::string& content_extra = "") {
  return R"({"id": "d", "stats": {"characters": 20},
    "entities": [{"id": "e1", "kind": "person", "label": "Paul")" + entity_extra + R"(,
                  "mentions": [{"text": "Paul", "start": 0, "end": 4)" + mention_extra + R"(}]}],
    "attributions": [{"id": "a1", "type": "statement", "quote": "indirect", "section": "body",
                      "source": {"text": "Paul", "start": 0, "end": 4}, "entity": "e1",
                      "cue": {"text": "dit", "start": 5, "end": 8},
                      "content": {"text": "oui", "start": 9, "end": 12)" + content_extra + "}" +
         attribution_extra + "}]}";
}

TEST_CASE("extract JSON with mistyped or out-of-range fields gives an error naming the field", "[export][json]") {
  struct Case {
    std::string json;
    std::string error;  // empty: reads
  };
  const Case cases[] = {
      {document("", "", ""), ""},
      {document(R"(, "sentence": 3, "belief": true)", R"(, "anonymous": false)", R"(, "sentence": 0)"), ""},
      {document(R"(, "sentence": null, "belief": null)", R"(, "anonymous": null)", ""), ""},
      {document(R"(, "sentence": 5.5e115)", "", ""), "d.json: attributions[0].sentence: not a 32-bit unsigned integer"},
      {document(R"(, "sentence": -1)", "", ""), "d.json: attributions[0].sentence: not a 32-bit unsigned integer"},
      {document(R"(, "sentence": 4294967296)", "", ""), "d.json: attributions[0].sentence: not a 32-bit unsigned integer"},
      {document(R"(, "sentence": "2")", "", ""), "d.json: attributions[0].sentence: not a 32-bit unsigned integer"},
      {document(R"(, "belief": "yes")", "", ""), "d.json: attributions[0].belief: not true or false"},
      {document("", R"(, "anonymous": 1)", ""), "d.json: entities[0].anonymous: not true or false"},
      {document("", "", R"(, "sentence": 1e300)"), "d.json: entities[0].mentions.sentence: not a 32-bit unsigned integer"},
  };
  for (const Case& c : cases) {
    INFO(c.json);
    const nlohmann::json value = nlohmann::json::parse(c.json);
    Document doc;
    const Status s = document_from_json(value, "d.json", doc);
    if (c.error.empty()) {
      CHECK(s.ok());
      CHECK(doc.attributions.size() == 1);
    } else {
      CHECK(s.code() == StatusCode::invalid_input);
      CHECK(s.message() == c.error);
    }
  }
}

TEST_CASE("a content's two fragments around its tag are read back as its incise", "[export][json]") {
  const std::string two = R"(, "fragments": [{"text": "o", "start": 9, "end": 10}, {"text": "i", "start": 11, "end": 12}])";
  Document doc;
  REQUIRE(document_from_json(nlohmann::json::parse(document("", "", "", two)), "d.json", doc).ok());
  REQUIRE(doc.attributions.size() == 1);
  CHECK(doc.attributions[0].content == Span{9, 12});
  CHECK(doc.attributions[0].incise == Span{10, 11});

  const std::pair<std::string, std::string> wrong[] = {
      {R"(, "fragments": [{"text": "o", "start": 9, "end": 10}])", "must be the content's two fragments"},
      {R"(, "fragments": {"text": "o", "start": 9, "end": 10})", "must be the content's two fragments"},
      {R"(, "fragments": [{"text": "i", "start": 11, "end": 12}, {"text": "o", "start": 9, "end": 10}])",
       "must cut the content in two, in text order"},
      {R"(, "fragments": [{"text": "o", "start": 9, "end": 10}, {"text": "u", "start": 10, "end": 11}])",
       "must cut the content in two, in text order"},
  };
  for (const auto& [extra, error] : wrong) {
    INFO(extra);
    Document d;
    const Status s = document_from_json(nlohmann::json::parse(document("", "", "", extra)), "d.json", d);
    CHECK(s.code() == StatusCode::invalid_input);
    CHECK(s.message() == "d.json: attributions[0].content.fragments: " + error);
  }
}

}  // namespace
}  // namespace whosaid
