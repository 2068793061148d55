// json_writer.h: the writer must give nlohmann's dump() bytes exactly (the
// extract output is a contract), on hostile strings and on every shape of
// nesting, in both styles.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "export/json_writer.h"

using namespace whosaid;
using nlohmann::json;

namespace {

std::string nlohmann_string(const std::string& s) {
  return json(s).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("strings are escaped as nlohmann escapes them", "[export][json]") {
  const std::string cases[] = {
      "plain",
      "",
      "« guillemets » et l’apostrophe",
      "quote \" backslash \\ slash /",
      std::string("nul \0 byte", 10),
      "\x01\x02\x1f\x7f tabs\tnew\nline\rcr\bbs\fff",
      "bad \xC3 lead",             // truncated sequence
      "over \xC0\xAF long",        // overlong '/'
      "surrogate \xED\xA0\x80 x",  // UTF-16 surrogate encoded
      "high \xF4\x90\x80\x80 x",   // above U+10FFFF
      "end \xE2\x82",              // cut at the end
      "\xFF\xFE",
      "emoji 😀 and é",
  };
  for (const std::string& s : cases) {
    std::string out;
    append_json_string(s, out);
    CHECK(out == nlohmann_string(s));
  }
}

TEST_CASE("a character to escape is found at any place of a long string", "[export][json]") {
  // The escaper skips eight bytes at a time: every offset in and across words.
  for (const char special : {'"', '\\', '\n', '\x01', '\x1f', '\0'}) {
    for (size_t at = 0; at < 27; ++at) {
      std::string s = "abcdefghé€ijklmnopqrstu ~\x7f";
      s.insert(at, 1, special);
      std::string out;
      append_json_string(s, out);
      INFO(at);
      CHECK(out == nlohmann_string(s));
    }
  }
}

TEST_CASE("well_formed follows Unicode's table of well-formed UTF-8", "[core][utf8]") {
  CHECK(utf8::well_formed("ascii only, more than eight bytes"));
  CHECK(utf8::well_formed("é€😀"));
  CHECK_FALSE(utf8::well_formed("\xC0\x80"));
  CHECK_FALSE(utf8::well_formed("abcdefgh\xED\xBF\xBF"));
  CHECK_FALSE(utf8::well_formed("\xF4\x90\x80\x80"));
  CHECK_FALSE(utf8::well_formed("\xE2\x82"));
  CHECK(utf8::well_formed("\xF4\x8F\xBF\xBF"));
}

TEST_CASE("nesting, empty containers and values lay out as dump(-1) and dump(2)", "[export][json]") {
  const json tree = {
      {"a", json::array()},
      {"b", json::object()},
      {"c", {1, -2, true, false, nullptr, "x"}},
      {"d", {{"e", json::array({json::object(), json::array({3})})}, {"f", "g"}}},
      {"h", 4294967295u},
  };
  for (const auto style : {JsonWriter::Style::one_line, JsonWriter::Style::indented}) {
    std::string out;
    JsonWriter w(out, style);
    w.begin_object();
    w.key("a");
    w.begin_array();
    w.end_array();
    w.key("b");
    w.begin_object();
    w.end_object();
    w.key("c");
    w.begin_array();
    w.value(int64_t{1});
    w.value(int32_t{-2});
    w.value(true);
    w.value(false);
    w.null();
    w.value("x");
    w.end_array();
    w.key("d");
    w.begin_object();
    w.key("e");
    w.begin_array();
    w.begin_object();
    w.end_object();
    w.begin_array();
    w.value(uint32_t{3});
    w.end_array();
    w.end_array();
    w.key("f");
    w.value(std::string_view("g"));
    w.end_object();
    w.key("h");
    w.value(uint32_t{4294967295u});
    w.end_object();
    CHECK(out == tree.dump(style == JsonWriter::Style::indented ? 2 : -1));
  }
}

TEST_CASE("a JSON text inside is re-laid out at its depth, keys sorted", "[export][json]") {
  const std::string metadata = R"({"z":[1,{"y":"\u00e9\n"}],"a":{},"m":{"k":null}})";
  const json tree = {{"list", json::array({json::parse(metadata)})}};
  for (const auto style : {JsonWriter::Style::one_line, JsonWriter::Style::indented}) {
    std::string out;
    JsonWriter w(out, style);
    w.begin_object();
    w.key("list");
    w.begin_array();
    w.json_text(metadata);
    w.end_array();
    w.end_object();
    CHECK(out == tree.dump(style == JsonWriter::Style::indented ? 2 : -1));
  }
}
