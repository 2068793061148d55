// jsonl_scan.h: on every line the targeted scanner accepts, it reads what
// nlohmann reads (text, id, metadata bytes); every other line it leaves to
// nlohmann.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "input/jsonl_scan.h"

using namespace whosaid::input;
using nlohmann::json;

namespace {

// What the nlohmann path of read_jsonl.cpp makes of a line's metadata.
std::string nlohmann_metadata(json object) {
  object.erase("id");
  object.erase("text");
  object.erase("html");
  return object.empty() ? "" : object.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("flat lines read as nlohmann reads them", "[input][jsonl]") {
  const char* lines[] = {
      R"({"id":"d1","text":"Il a dit « oui ».","source":"x.txt"})",
      R"(  { "text" : "a\nb\t\"c\"\\ \/ \u00e9\u20ac" , "id" : 42 }  )",
      R"({"text":"x","id":-7,"z":"last","a":"first","n":0})",
      R"({"text":"ctl \u0001\u001f \b\f\r","meta":"\u0000 in metadata"})",
      R"({"text":"é","html":"<p>ignored</p>","Text":"another key"})",
      R"({"text":"","id":"empty text is the reader's to refuse"})",
  };
  for (const char* line : lines) {
    INFO(line);
    std::string text;
    FlatLine flat;
    flat.text = &text;
    REQUIRE(scan_flat_line(line, flat));
    const json object = json::parse(line);
    CHECK(text == object["text"].get<std::string>());
    CHECK(flat_metadata_json(flat) == nlohmann_metadata(object));
    for (const FlatField& f : flat.fields)
      if (f.key == "id") CHECK(f.value == (object["id"].is_string() ? object["id"].get<std::string>() : object["id"].dump()));
  }
}

TEST_CASE("lines of any other shape are left to nlohmann", "[input][jsonl]") {
  const char* lines[] = {
      R"({"id":"d1"})",                              // no text
      R"({"html":"<p>page</p>"})",                   // html only
      R"({"text":1})",                               // text not a string
      R"({"text":"a","text":"b"})",                  // repeated key
      R"({"text":"a","id":"x","id":"y"})",
      R"({"text":"\ud83d\ude00"})",                  // surrogate pair: nlohmann joins it
      R"({"text":"\ud800"})",                        // lone surrogate: an error
      R"({"text":"a","n":-0})",                      // nlohmann writes 0
      R"({"text":"a","n":007})",
      R"({"text":"a","n":1.5})",
      R"({"text":"a","n":1e3})",
      R"({"text":"a","n":12345678901234567890})",
      R"({"text":"a","tags":["x"]})",
      R"({"text":"a","ok":true})",
      R"({"text":"a","none":null})",
      R"({"text":"a"} trailing)",
      R"({"text":"a",})",
      R"({"text":"a\x"})",
      "{\"text\":\"raw\ttab\"}",
      R"({"text":"unterminated)",
      R"(["text"])",
      "",
  };
  for (const char* line : lines) {
    INFO(line);
    std::string text;
    FlatLine flat;
    flat.text = &text;
    CHECK_FALSE(scan_flat_line(line, flat));
  }
}
