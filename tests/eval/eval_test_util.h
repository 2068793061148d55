// Helpers for the eval tests: write gold and prediction JSON from a text and
// substrings, so tables stay readable and offsets are never typed by hand
// (the code point tests type theirs on purpose).
//
// A span is given as a substring of the text; brackets pick part of a longer,
// unique context: "[la] source" is the "la" that precedes "source". An empty
// string is null (no span).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace whosaid::eval::test {

using nlohmann::json;

inline uint32_t codepoints_before(const std::string& text, size_t byte) {
  uint32_t n = 0;
  for (size_t i = 0; i < byte; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

struct Found {
  uint32_t start = 0, end = 0;
  std::string text;
};

inline Found find_span(const std::string& text, std::string needle) {
  size_t open = needle.find('['), close = needle.find(']');
  std::string inner = needle;
  size_t inner_offset = 0;
  if (open != std::string::npos && close != std::string::npos && close > open) {
    inner = needle.substr(open + 1, close - open - 1);
    inner_offset = open;
    needle = needle.substr(0, open) + inner + needle.substr(close + 1);
  }
  size_t at = text.find(needle);
  if (at == std::string::npos) throw std::runtime_error("test bug: '" + needle + "' not in text");
  size_t b = at + inner_offset, e = b + inner.size();
  return {codepoints_before(text, b), codepoints_before(text, e), inner};
}

// One attribution of a table row; positional, so rows read like the gold:
//   A("g1", "Le ministre", "a déclaré", "que la réforme était prête", "min")
struct A {
  A(std::string id_, std::string source_, std::string cue_, std::string content_, std::string entity_ = "",
    std::string type_ = "statement", std::string quote_ = "indirect", std::string parent_ = "",
    bool optional_ = false)
      : id(std::move(id_)), source(std::move(source_)), cue(std::move(cue_)), content(std::move(content_)),
        entity(std::move(entity_)), type(std::move(type_)), quote(std::move(quote_)),
        parent(std::move(parent_)), optional(optional_) {}

  std::string id;
  std::string source;   // substring, "" = null
  std::string cue;
  std::string content;
  std::string entity;   // "" = null
  std::string type;
  std::string quote;
  std::string parent;   // "" = null
  bool optional;
};

inline json gold_json(const std::string& text, const std::vector<A>& as, json entities = json::array(),
                      json uncertain = json::array()) {
  json attributions = json::array();
  for (const A& a : as) {
    json j = {{"id", a.id}, {"type", a.type}, {"quote", a.quote}, {"optional", a.optional}, {"section", "body"}};
    j["entity"] = a.entity.empty() ? json(nullptr) : json(a.entity);
    j["parent"] = a.parent.empty() ? json(nullptr) : json(a.parent);
    for (const auto& [key, needle] : {std::pair<std::string, std::string>{"source", a.source},
                                      {"cue", a.cue}, {"content", a.content}}) {
      if (needle.empty()) {
        j[key] = nullptr;
        continue;
      }
      Found f = find_span(text, needle);
      j[key] = f.text;
      j[key + "_span"] = {f.start, f.end};
    }
    attributions.push_back(j);
  }
  return {{"document", "test.txt"}, {"lang", "fr"}, {"entities", entities},
          {"uncertain_pairs", uncertain}, {"attributions", attributions}};
}

inline json pred_json(const std::string& text, const std::vector<A>& as, json entities = json::array()) {
  json attributions = json::array();
  for (const A& a : as) {
    json j = {{"id", a.id}, {"type", a.type}, {"quote", a.quote}};
    j["entity"] = a.entity.empty() ? json(nullptr) : json(a.entity);
    j["parent"] = a.parent.empty() ? json(nullptr) : json(a.parent);
    for (const auto& [key, needle] : {std::pair<std::string, std::string>{"source", a.source},
                                      {"cue", a.cue}, {"content", a.content}}) {
      if (needle.empty()) {
        j[key] = nullptr;
        continue;
      }
      Found f = find_span(text, needle);
      j[key] = {{"text", f.text}, {"start", f.start}, {"end", f.end}};
    }
    attributions.push_back(j);
  }
  return {{"entities", entities}, {"attributions", attributions}};
}

// A file under WHOSAID_TEST_DATA (set by CTest).
inline std::string test_data(const std::string& relative) {
  const char* root = std::getenv("WHOSAID_TEST_DATA");
  if (root == nullptr) throw std::runtime_error("WHOSAID_TEST_DATA is not set (run the tests through ctest)");
  return std::string(root) + "/" + relative;
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace whosaid::eval::test
