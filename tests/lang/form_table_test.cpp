// form_table.h: the flat form table finds what was inserted, nothing else,
// whatever the collisions and growth, and keeps the first entry of a form.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/form_table.h"

namespace whosaid {
namespace {

TEST_CASE("a form table finds every inserted form after growing, and no other", "[lang][form_table]") {
  FormTable<int> t;
  std::vector<std::string> forms;
  // Lengths 0 to 20 (the hash reads eight bytes at a time, then a tail), accents included.
  for (int i = 0; i < 5000; ++i) forms.push_back(std::string(static_cast<size_t>(i % 21), 'e') + "é" + std::to_string(i));
  forms.push_back("");
  for (size_t i = 0; i < forms.size(); ++i) CHECK(t.insert(forms[i], static_cast<int>(i)));
  REQUIRE(t.size() == forms.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    const int* e = t.find(forms[i]);
    REQUIRE(e != nullptr);
    CHECK(*e == static_cast<int>(i));
  }
  CHECK(t.find("é") == nullptr);
  CHECK(t.find("eé2") == nullptr);  // the prefix of "eé22" and others, not itself a form
  CHECK(t.find(forms[7] + "x") == nullptr);
  CHECK(t.find(forms[7].substr(0, forms[7].size() - 1)) == nullptr);
}

TEST_CASE("a form table keeps the first entry of a form inserted twice", "[lang][form_table]") {
  FormTable<int> t;
  CHECK(t.insert("dit", 1));
  CHECK_FALSE(t.insert("dit", 2));
  CHECK(*t.find("dit") == 1);
  CHECK(t.size() == 1);
}

TEST_CASE("an empty form table finds nothing", "[lang][form_table]") {
  const FormTable<int> t;
  CHECK(t.find("dit") == nullptr);
  CHECK(t.find("") == nullptr);
}

TEST_CASE("a form table lists its forms in insertion order", "[lang][form_table]") {
  FormTable<int> t;
  t.insert("b", 0);
  t.insert("a", 1);
  t.insert("c", 2);
  std::string order;
  t.for_each([&](std::string_view form, int) { order += form; });
  CHECK(order == "bac");
}

}  // namespace
}  // namespace whosaid
