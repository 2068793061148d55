// Reading gold files: a good one, the real seed gold, and a table of bad ones
// with the error each must give (the message names the file and the place).
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "eval/gold.h"
#include "eval_test_util.h"

using whosaid::Status;
using whosaid::StatusCode;
using namespace whosaid::eval;
using namespace whosaid::eval::test;

namespace {

const std::string kText = "Le ministre a déclaré que la réforme était prête. Elle a refusé de commenter.";

json good_gold() {
  json entities = json::array({
      {{"id", "min"}, {"label", "le ministre"}, {"named", false}, {"affiliation", "FR"}, {"count", 1}, {"kind", "person"}},
      {{"id", "elle"}, {"label", "Elle"}, {"named", false}, {"affiliation", nullptr}, {"count", nullptr}, {"kind", "person"}},
  });
  return gold_json(kText,
                   {A("g1", "Le ministre", "a déclaré", "que la réforme était prête", "min"),
                    A("g2", "Elle", "a refusé de commenter", "", "elle", "refusal", "none")},
                   entities);
}

}  // namespace

TEST_CASE("a good gold file is read whole", "[eval][gold]") {
  Gold g;
  Status s = gold_from_json(good_gold(), "good.json", g);
  REQUIRE(s.ok());
  CHECK(g.document == "test.txt");
  REQUIRE(g.attributions.size() == 2);
  CHECK(g.attributions[0].content->text == "que la réforme était prête");
  CHECK(g.attributions[0].content->start == 22);
  CHECK(g.attributions[0].content->end == 48);
  CHECK_FALSE(g.attributions[1].content.has_value());
  CHECK(g.entity("min")->affiliation == std::optional<std::string>("FR"));
  CHECK(g.entity("nobody") == nullptr);
  CHECK(check_gold_text(g, kText).ok());
}

TEST_CASE("the seed gold reads and fits its text", "[eval][gold]") {
  Gold g;
  Status s = read_gold(test_data("eval/reuters-ceasefire-fr.json"), g);
  REQUIRE(s.ok());
  CHECK(g.document == "reuters-ceasefire-fr.txt");
  CHECK(g.attributions.size() == 36);
  CHECK(g.uncertain("us_source", "us_official"));
  CHECK(g.uncertain("us_official", "us_source"));
  CHECK(g.uncertain("ru_one_of", "ru_one_of"));   // self_uncertain
  CHECK_FALSE(g.uncertain("putin", "putin"));
  CHECK(check_gold_text(g, slurp(test_data("eval/reuters-ceasefire-fr.txt"))).ok());
}

TEST_CASE("spans are code points: accents and emoji count one each", "[eval][gold]") {
  // "Élodie 🎉 a dit «oui»." : É is 2 bytes, 🎉 4 bytes; in code points the
  // source is [0,6), the cue [9,14), the content "oui" [16,19); in bytes the
  // cue is [13,18) and the content [21,24).
  const std::string text = "Élodie \xF0\x9F\x8E\x89 a dit «oui».";
  const char* in_codepoints = R"({"document": "t.txt", "entities": [], "attributions": [
      {"id": "g1", "source": "Élodie", "source_span": [0, 6], "cue": "a dit", "cue_span": [9, 14],
       "content": "oui", "content_span": [16, 19], "entity": null, "type": "statement",
       "quote": "direct", "parent": null}]})";
  Gold g;
  REQUIRE(parse_gold(in_codepoints, "cp.json", g).ok());
  CHECK(check_gold_text(g, text).ok());

  // The same annotation in bytes is wrong, and the error says what it covers.
  const char* in_bytes = R"({"document": "t.txt", "entities": [], "attributions": [
      {"id": "g1", "source": "Élodie", "source_span": [0, 6], "cue": "a dit", "cue_span": [13, 18],
       "content": "oui", "content_span": [21, 24], "entity": null, "type": "statement",
       "quote": "direct", "parent": null}]})";
  REQUIRE(parse_gold(in_bytes, "bytes.json", g).ok());
  Status s = check_gold_text(g, text);
  CHECK(s.code() == StatusCode::invalid_input);
  CHECK(s.message() == "bytes.json: attributions[0] (g1).cue_span: span [13, 18) covers 't «ou' in the text, not 'a dit'");
}

TEST_CASE("bad gold files: each gives its error, naming the file", "[eval][gold]") {
  struct Row {
    const char* what;
    std::function<void(json&)> mutate;
    const char* expected;  // the whole message
  };
  const Row rows[] = {
      {"no document", [](json& j) { j.erase("document"); }, "bad.json: missing field 'document'"},
      {"no attributions", [](json& j) { j.erase("attributions"); }, "bad.json: missing field 'attributions'"},
      {"attributions not an array", [](json& j) { j["attributions"] = 3; },
       "bad.json: attributions: expected an array near '3'"},
      {"missing type", [](json& j) { j["attributions"][1].erase("type"); },
       "bad.json: attributions[1] (g2): missing field 'type'"},
      {"missing content", [](json& j) { j["attributions"][0].erase("content"); },
       "bad.json: attributions[0] (g1): missing field 'content' (null when there is none)"},
      {"unknown type", [](json& j) { j["attributions"][0]["type"] = "claim"; },
       "bad.json: attributions[0] (g1).type: unknown value, expected one of statement, denial, refusal near '\"claim\"'"},
      {"unknown quote", [](json& j) { j["attributions"][0]["quote"] = "partial"; },
       "bad.json: attributions[0] (g1).quote: unknown value, expected one of direct, indirect, mixed, none near '\"partial\"'"},
      {"span without its field", [](json& j) { j["attributions"][0].erase("cue_span"); },
       "bad.json: attributions[0] (g1): field 'cue' has no 'cue_span'"},
      {"span not a pair", [](json& j) { j["attributions"][0]["cue_span"] = {12}; },
       "bad.json: attributions[0] (g1).cue_span: expected [start, end] in code points near '[12]'"},
      {"negative span", [](json& j) { j["attributions"][0]["source_span"] = {-1, 10}; },
       "bad.json: attributions[0] (g1).source_span: span out of range: offsets must be between 0 and 2^32 near '[-1,10]'"},
      {"reversed span", [](json& j) { j["attributions"][0]["source_span"] = {11, 0}; },
       "bad.json: attributions[0] (g1).source_span: span ends before it starts: [11, 0)"},
      {"span longer than its text", [](json& j) { j["attributions"][0]["source_span"] = {0, 12}; },
       "bad.json: attributions[0] (g1).source_span: span [0, 12) is 12 code points long but its text 'Le ministre' has 11"},
      {"unknown entity", [](json& j) { j["attributions"][0]["entity"] = "ghost"; },
       "bad.json: attributions[0] (g1): entity refers to no entity: 'ghost'"},
      {"unknown parent", [](json& j) { j["attributions"][1]["parent"] = "g9"; },
       "bad.json: attributions[1] (g2): parent refers to no attribution: 'g9'"},
      {"duplicate id", [](json& j) { j["attributions"][1]["id"] = "g1"; },
       "bad.json: attributions[1]: duplicate attribution id 'g1'"},
      {"optional not a bool", [](json& j) { j["attributions"][0]["optional"] = "yes"; },
       "bad.json: attributions[0] (g1).optional: expected true or false, found string near '\"yes\"'"},
      {"entity without named", [](json& j) { j["entities"][0].erase("named"); },
       "bad.json: entities[0] (min): missing field 'named'"},
      {"entity count not a number", [](json& j) { j["entities"][0]["count"] = "trois"; },
       "bad.json: entities[0] (min).count: expected an integer or null, found string near '\"trois\"'"},
      {"uncertain pair of strangers", [](json& j) { j["uncertain_pairs"] = json::array({json::array({"min", "ghost"})}); },
       "bad.json: uncertain_pairs[0]: refers to no entity: 'ghost' near '[\"min\",\"ghost\"]'"},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    json j = good_gold();
    r.mutate(j);
    Gold g;
    Status s = gold_from_json(j, "bad.json", g);
    CHECK(s.code() == StatusCode::invalid_input);
    CHECK(s.message() == r.expected);
  }
}

TEST_CASE("bad gold text: broken JSON and a span out of the document", "[eval][gold]") {
  Gold g;
  Status s = parse_gold("{\"document\": \"x.txt\",\n \"entities\": [}", "broken.json", g);
  CHECK(s.code() == StatusCode::invalid_input);
  CHECK(s.line() == 2);
  CHECK(s.message().rfind("broken.json:2: byte ", 0) == 0);
  CHECK(s.what().find("broken JSON: parse error") == 0);

  s = parse_gold("", "empty.json", g);
  CHECK(s.code() == StatusCode::invalid_input);
  CHECK(s.what().find("broken JSON") == 0);

  s = read_gold(test_data("eval/no-such-file.json"), g);
  CHECK(s.code() == StatusCode::io_error);
  CHECK(s.exit_code() == 74);
  CHECK(s.message().find("no-such-file.json: cannot open file") != std::string::npos);

  REQUIRE(gold_from_json(good_gold(), "short.json", g).ok());
  s = check_gold_text(g, "Le ministre a déclaré");  // the text is shorter than the gold's spans
  CHECK(s.message() == "short.json: attributions[0] (g1).content_span: span [22, 48) is out of range: the text has 21 code points");
}
