// form_table.h: the flat form table finds what was inserted, nothing else,
// whatever the collisions and growth, and keeps the first entry of a form.
#include <catch2/catch.hpp>

#include <span>
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

// A table read from a file in place (the compiled lexicon table) is a view
// of another table's arrays: it finds what that one finds, and arrays that do
// not hold together are refused rather than read out of bounds.
TEST_CASE("a form table viewed from another's arrays finds the same, and damaged arrays are refused",
          "[lang][form_table]") {
  FormTable<int> t;
  for (int i = 0; i < 300; ++i) t.insert("valbourg" + std::to_string(i), i);
  // Copies of the arrays, as a file would hold them.
  const FormTable<int>::Raw raw = t.raw();
  std::string arena(raw.arena);
  std::vector<FormTable<int>::Span> forms(raw.forms.begin(), raw.forms.end());
  std::vector<int> entries(raw.entries.begin(), raw.entries.end());
  std::vector<FormTable<int>::Slot> slots(raw.slots.begin(), raw.slots.end());
  FormTable<int> v;
  REQUIRE(FormTable<int>::view({arena, forms, entries, slots}, v));
  CHECK(v.size() == 300);
  for (int i = 0; i < 300; ++i) {
    const int* e = v.find("valbourg" + std::to_string(i));
    REQUIRE(e != nullptr);
    CHECK(*e == i);
    CHECK(e >= entries.data());  // read in place, not copied
    CHECK(e < entries.data() + entries.size());
  }
  CHECK(v.find("valbourg300") == nullptr);
  // Moved and copied, it still reads the same arrays.
  FormTable<int> moved = std::move(v);
  CHECK(*moved.find("valbourg42") == 42);
  const FormTable<int> copied = moved;
  CHECK(*copied.find("valbourg7") == 7);

  FormTable<int> bad;
  CHECK_FALSE(FormTable<int>::view({arena, forms, std::span<const int>(entries).first(10), slots}, bad));
  CHECK_FALSE(FormTable<int>::view({arena.substr(0, 20), forms, entries, slots}, bad));
  CHECK_FALSE(FormTable<int>::view({arena, forms, entries, std::span<const FormTable<int>::Slot>(slots).first(100)}, bad));
  std::vector<FormTable<int>::Slot> wrong = slots;
  for (auto& s : wrong)
    if (s.index != 0) {
      s.index = 301;
      break;
    }
  CHECK_FALSE(FormTable<int>::view({arena, forms, entries, wrong}, bad));
  CHECK(bad.size() == 0);
  CHECK(bad.find("valbourg1") == nullptr);
}

}  // namespace
}  // namespace whosaid

namespace whosaid {
namespace {

// The hash as first written: eight bytes at a time, the tail byte by byte.
uint64_t reference_form_hash(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = s.size() * kMul;
  size_t k = 0;
  for (; k + 8 <= s.size(); k += 8) {
    uint64_t w = 0;
    for (size_t b = 0; b < 8; ++b) w |= uint64_t(static_cast<unsigned char>(s[k + b])) << (8 * b);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  if (k < s.size()) {
    uint64_t w = 0;
    for (size_t b = 0; k + b < s.size(); ++b) w |= uint64_t(static_cast<unsigned char>(s[k + b])) << (8 * b);
    h = (h ^ w) * kMul;
  }
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}

TEST_CASE("the form hash reads a tail of every length as the byte-by-byte hash does", "[lang][form_table]") {
  // Every length from 0 to 40, at every offset into a buffer (so that the
  // loads near a form's end are tested unaligned), bytes of every value.
  std::string buffer;
  for (int i = 0; i < 64; ++i) buffer += static_cast<char>((i * 37 + 11) & 0xFF);
  for (size_t at = 0; at < 8; ++at)
    for (size_t n = 0; n + at <= 48; ++n) {
      const std::string_view form(buffer.data() + at, n);
      INFO("offset " << at << ", length " << n);
      CHECK(form_hash(form) == reference_form_hash(form));
    }
}


TEST_CASE("a word's last bytes read by tail_word are its bytes, byte k at bits 8k", "[lang][form_table]") {
  std::string buffer;
  for (int i = 0; i < 64; ++i) buffer += static_cast<char>((i * 53 + 7) & 0xFF);
  for (size_t size = 0; size <= 24; ++size)
    for (size_t from = size >= 7 ? size - 7 : 0; from <= size; ++from) {
      const std::string_view s(buffer.data() + 3, size);
      uint64_t expected = 0;
      for (size_t k = from; k < size; ++k) expected |= uint64_t(static_cast<unsigned char>(s[k])) << (8 * (k - from));
      INFO("size " << size << ", from " << from);
      CHECK(tail_word(s, from) == expected);
    }
}


TEST_CASE("same_form tells equal forms of every size from forms that differ in any one byte", "[lang][form_table]") {
  std::string a, b;
  for (int i = 0; i < 40; ++i) a += static_cast<char>((i * 29 + 5) & 0xFF);
  for (size_t n = 0; n <= 40; ++n) {
    b = a;
    INFO("size " << n);
    CHECK(same_form(std::string_view(a.data(), n), std::string_view(b.data(), n)));
    if (n > 0) CHECK_FALSE(same_form(std::string_view(a.data(), n), std::string_view(b.data(), n - 1)));
    for (size_t k = 0; k < n; ++k) {
      b = a;
      b[k] = static_cast<char>(b[k] ^ 0x40);
      CHECK_FALSE(same_form(std::string_view(a.data(), n), std::string_view(b.data(), n)));
    }
  }
}

}  // namespace
}  // namespace whosaid
