// The graph's strings, stored once: a corpus graph of millions of vertices
// must not pay a std::string (32 bytes, often a heap block) for every field of
// every vertex and edge, most of them empty or repeated (the document id on
// every element, a handful of rule ids and cue lemmas, roles, affiliations).
//
// A Text is 8 bytes: a pointer into a TextStore's append-only blocks, the
// length just before the bytes. It reads like a const std::string (empty,
// size, ==, <, <<, +, a string_view conversion, nlohmann::json conversion) and
// stays valid as long as the store that made it: the graph's, for every
// VertexProps and EdgeProps field.
//
//   TextStore store;
//   Text a = store.intern("a déclaré"), b = store.intern("a déclaré");  // one copy
//   Text c = store.keep(claim_text);                                   // stored as is
//   std::string_view v = a;  a == b;  "cue: " + a;
#pragma once

#include <compare>
#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace whosaid::graph {

class Text {
 public:
  Text() = default;

  std::string_view view() const { return data_ ? std::string_view(data_, length()) : std::string_view(); }
  operator std::string_view() const { return view(); }
  // Implicit too, so `cond ? some_string : text` and std::string parameters
  // take a Text (a copy: hot paths use view()).
  operator std::string() const { return str(); }
  std::string str() const { return std::string(view()); }
  const char* data() const { return data_ ? data_ : ""; }
  std::size_t size() const { return data_ ? length() : 0; }
  bool empty() const { return data_ == nullptr; }
  auto begin() const { return view().begin(); }
  auto end() const { return view().end(); }

  friend bool operator==(const Text& a, const Text& b) { return a.data_ == b.data_ || a.view() == b.view(); }
  friend bool operator==(const Text& a, std::string_view b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const Text& a, const Text& b) { return a.view() <=> b.view(); }
  friend std::strong_ordering operator<=>(const Text& a, std::string_view b) { return a.view() <=> b; }
  friend std::ostream& operator<<(std::ostream& out, const Text& t) { return out << t.view(); }

  friend std::string operator+(std::string a, const Text& b) { return a.append(b.view()); }
  friend std::string operator+(const char* a, const Text& b) { return std::string(a).append(b.view()); }
  friend std::string operator+(const Text& a, std::string_view b) { return a.str().append(b); }
  friend std::string operator+(const Text& a, const char* b) { return a.str().append(b); }
  friend std::string operator+(const Text& a, const Text& b) { return a.str().append(b.view()); }

 private:
  friend class TextStore;
  explicit Text(const char* data) : data_(data) {}
  uint32_t length() const {
    uint32_t n;
    std::memcpy(&n, data_ - sizeof n, sizeof n);
    return n;
  }

  const char* data_ = nullptr;  // null for the empty text
};

// nlohmann::json (and ordered_json) take a Text as a string: {"id", v.id}.
template <class BasicJson>
void to_json(BasicJson& j, const Text& t) {
  j = std::string(t.view());
}

// Append-only: bytes never move, so every Text it gave stays valid until the
// store is destroyed. Not thread-safe (the graph is built by one thread).
class TextStore {
 public:
  TextStore() = default;
  TextStore(TextStore&&) = default;
  TextStore& operator=(TextStore&&) = default;
  TextStore(const TextStore&) = delete;
  TextStore& operator=(const TextStore&) = delete;

  // One copy per distinct string: for fields whose values repeat.
  Text intern(std::string_view s);
  // A copy of its own: for text that rarely repeats (claim text, ids), where
  // an index would cost more than it saves.
  Text keep(std::string_view s);

  // Bytes held in blocks (what the strings cost, index excluded).
  std::size_t bytes() const { return bytes_; }

 private:
  static constexpr std::size_t kBlockBytes = 64 * 1024;
  char* allocate(std::size_t n);

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;
  std::size_t left_ = 0;
  std::size_t bytes_ = 0;
  std::unordered_set<std::string_view> interned_;  // views into the blocks
};

}  // namespace whosaid::graph

template <>
struct std::hash<whosaid::graph::Text> {
  std::size_t operator()(const whosaid::graph::Text& t) const noexcept { return std::hash<std::string_view>()(t.view()); }
};
