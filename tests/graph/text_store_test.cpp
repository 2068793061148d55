// The graph's string store: interned strings are stored once, kept ones each
// time, every Text stays valid and equal to what was given while the store
// grows, and a Text reads like a string (compare, concatenate, print, JSON).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "graph/text_store.h"

using whosaid::graph::Text;
using whosaid::graph::TextStore;

TEST_CASE("interned strings are stored once, kept strings each time", "[graph][text]") {
  TextStore store;
  const Text a = store.intern("a déclaré"), b = store.intern(std::string("a ") + "déclaré");
  CHECK(a.data() == b.data());
  CHECK(a == "a déclaré");
  const Text c = store.keep("a déclaré"), d = store.keep("a déclaré");
  CHECK(c.data() != d.data());
  CHECK(c == d);
  CHECK(c == a);
  CHECK(store.intern("a affirmé") != a);
}

TEST_CASE("an empty string is the empty Text, from either call", "[graph][text]") {
  TextStore store;
  CHECK(store.intern("").empty());
  CHECK(store.keep("").empty());
  CHECK(Text().size() == 0);
  CHECK(Text() == "");
  CHECK(std::string_view(Text()).empty());
  CHECK(store.bytes() == 0);
}

TEST_CASE("every Text keeps its bytes while the store grows past many blocks", "[graph][text]") {
  TextStore store;
  std::vector<std::string> written;
  std::vector<Text> texts;
  // Short and long strings mixed: the long ones (larger than a block) get
  // blocks of their own, the short ones fill shared blocks.
  for (int i = 0; i < 20000; ++i) {
    written.push_back(i % 997 == 0 ? std::string(100000 + i, static_cast<char>('a' + i % 26))
                                   : "le porte-parole n°" + std::to_string(i));
    texts.push_back(i % 2 ? store.intern(written.back()) : store.keep(written.back()));
  }
  for (std::size_t i = 0; i < written.size(); ++i) {
    INFO(i);
    REQUIRE(texts[i].size() == written[i].size());
    REQUIRE(texts[i] == written[i]);
  }
  CHECK(store.bytes() > 21 * 100000);
}

TEST_CASE("a Text reads like a string", "[graph][text]") {
  TextStore store;
  const Text name = store.intern("Kiev"), other = store.intern("Moscou");
  CHECK(name < other);
  CHECK(other > "Kiev");
  CHECK("à " + name == "à Kiev");
  CHECK(name + " et " + other == "Kiev et Moscou");
  CHECK(std::string("vers ") + name == "vers Kiev");
  std::ostringstream out;
  out << name << "/" << other;
  CHECK(out.str() == "Kiev/Moscou");
  CHECK(std::string(name) == "Kiev");
  CHECK(name.str() == "Kiev");
  nlohmann::json j = {{"id", name}};
  CHECK(j.dump() == R"({"id":"Kiev"})");
  nlohmann::ordered_json o = {{"id", Text()}};
  CHECK(o.dump() == R"({"id":""})");
  CHECK(std::hash<Text>()(name) == std::hash<std::string_view>()("Kiev"));
}
