// FormTable: words and their entries (the Lexicon's normalized forms, the
// morph roles' words), found by one hash of the word and a probe of a flat
// open-addressing table: no allocation, no node to chase, no division (every
// token of every document is looked up).
//
// The forms live end to end in one arena; a slot holds the upper half of the
// form's hash (most misses stop there, without touching the arena) and the
// index of its form and entry. Filled once while the lexicon loads, read-only
// afterwards.
//
//   FormTable<LexEntry> t;
//   t.insert("déclaré", entry);
//   if (const LexEntry* e = t.find("déclaré")) ...
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

// The bytes of s from `i` to its end (fewer than eight) as a little-endian
// word, byte k at bits 8k, the rest zero: on a little-endian machine by
// overlapping loads inside `s` (the bytes two loads share are the same),
// else byte by byte. Hashes read a word's last bytes with it.
inline uint64_t tail_word(std::string_view s, size_t i) {
  const size_t n = s.size() - i;
  const char* p = s.data() + i;
  uint64_t w = 0;
  if constexpr (std::endian::native == std::endian::little) {
    if (n == 0) {
      w = 0;
    } else if (s.size() >= 8) {
      std::memcpy(&w, s.data() + s.size() - 8, 8);
      w >>= 8 * (8 - n);
    } else if (n >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      w = lo | (uint64_t{hi} << (8 * (n - 4)));
    } else if (n >= 2) {
      uint16_t lo, hi;
      std::memcpy(&lo, p, 2);
      std::memcpy(&hi, p + n - 2, 2);
      w = lo | (uint64_t{hi} << (8 * (n - 2)));
    } else {
      w = static_cast<unsigned char>(p[0]);
    }
  } else {
    for (size_t k = 0; k < n; ++k) w |= uint64_t(static_cast<unsigned char>(p[k])) << (8 * k);
  }
  return w;
}

// Whether a and b, of one size, hold the same bytes: up to 16 bytes by two
// overlapping loads a side (inside each), without a call to memcmp.
inline bool same_form(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  auto equal = [&](auto word, size_t at) {
    decltype(word) x, y;
    std::memcpy(&x, p + at, sizeof x);
    std::memcpy(&y, q + at, sizeof y);
    return x == y;
  };
  if (n >= 8) {
    if (n > 16) return std::memcmp(p, q, n) == 0;
    return equal(uint64_t{}, 0) && equal(uint64_t{}, n - 8);
  }
  if (n >= 4) return equal(uint32_t{}, 0) && equal(uint32_t{}, n - 4);
  if (n >= 2) return equal(uint16_t{}, 0) && equal(uint16_t{}, n - 2);
  return n == 0 || *p == *q;
}

// The 64-bit hash of a form, eight bytes at a time (forms are short: a few words each).
inline uint64_t form_hash(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = s.size() * kMul;
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  if (n > 0) {
    const uint64_t w = tail_word(s, s.size() - n);
    h = (h ^ w) * kMul;
  }
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}

template <typename Entry>
class FormTable {
 public:
  struct Slot {
    uint32_t tag = 0;    // the upper 32 bits of the form's hash
    uint32_t index = 0;  // 1 + the form's index in forms_ and entries_; 0: empty
  };
  struct Span {
    uint32_t offset, length;  // in arena_
  };
  // The table's arrays as they are laid out, to be written to a file and
  // used from it in place (view()).
  struct Raw {
    std::string_view arena;
    std::span<const Span> forms;
    std::span<const Entry> entries;  // one a form
    std::span<const Slot> slots;     // a power of two, never full
  };

  FormTable() = default;
  FormTable(const FormTable& o)
      : arena_(o.arena_), forms_(o.forms_), entries_(o.entries_), slots_(o.slots_), mask_(o.mask_), raw_(o.raw_) {
    if (!viewed_(o)) refresh();
  }
  FormTable(FormTable&& o) noexcept
      : arena_(std::move(o.arena_)), forms_(std::move(o.forms_)), entries_(std::move(o.entries_)),
        slots_(std::move(o.slots_)), mask_(o.mask_), raw_(o.raw_) {
    if (!viewed_(o)) refresh();
    o.clear();
  }
  FormTable& operator=(const FormTable& o) {
    if (this != &o) *this = FormTable(o);
    return *this;
  }
  FormTable& operator=(FormTable&& o) noexcept {
    if (this == &o) return *this;
    const bool viewed = viewed_(o);
    arena_ = std::move(o.arena_);
    forms_ = std::move(o.forms_);
    entries_ = std::move(o.entries_);
    slots_ = std::move(o.slots_);
    mask_ = o.mask_;
    raw_ = o.raw_;
    if (!viewed) refresh();
    o.clear();
    return *this;
  }

  // A table of arrays that live elsewhere (a mapped file, kept alive by the
  // caller), used in place; false, and an empty table, unless they hold
  // together (every slot and form inside its arrays, a power of two of
  // slots with an empty one). insert() must not be called on it.
  static bool view(const Raw& raw, FormTable& out) {
    out = FormTable();
    const size_t n = raw.slots.size();
    if (raw.forms.size() != raw.entries.size() || n < 2 || (n & (n - 1)) != 0 || raw.forms.size() >= n ||
        raw.arena.size() >= UINT32_MAX)
      return false;
    for (const Span& f : raw.forms)
      if (f.offset > raw.arena.size() || f.length > raw.arena.size() - f.offset) return false;
    size_t used = 0;
    for (const Slot& s : raw.slots) {
      if (s.index > raw.forms.size()) return false;
      used += s.index != 0;
    }
    if (used != raw.forms.size()) return false;
    out.raw_ = raw;
    out.mask_ = n - 1;
    return true;
  }
  Raw raw() const { return raw_; }

  // Adds `form` unless it is already there; false then (the first entry stays,
  // as with a map's emplace).
  bool insert(std::string_view form, const Entry& entry) {
    if ((forms_.size() + 1) * 2 > slots_.size()) grow();
    const uint64_t h = form_hash(form);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.index == 0) {
        slot.tag = static_cast<uint32_t>(h >> 32);
        slot.index = static_cast<uint32_t>(forms_.size() + 1);
        forms_.push_back({static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(form.size())});
        arena_.append(form);
        entries_.push_back(entry);
        refresh();
        return true;
      }
      if (slot.tag == static_cast<uint32_t>(h >> 32) && form_at(slot.index - 1) == form) return false;
    }
  }

  void reserve(size_t n) {
    forms_.reserve(n);
    entries_.reserve(n);
    while (slots_.size() < n * 2) grow();
    refresh();
  }

  // nullptr when `form` is not in the table.
  const Entry* find(std::string_view form) const { return find(form, form_hash(form)); }
  // The same, h being form_hash(form): a caller that looks up many words
  // hashes them ahead and fetches their slots (prefetch) while it probes.
  void prefetch(uint64_t h) const {
    if (!raw_.slots.empty()) __builtin_prefetch(&raw_.slots[h & mask_]);
  }
  const Entry* find(std::string_view form, uint64_t h) const {
    if (raw_.slots.empty()) return nullptr;
    const auto tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = raw_.slots[i];
      if (slot.index == 0) return nullptr;
      if (slot.tag == tag && same_form(form_at(slot.index - 1), form)) return &raw_.entries[slot.index - 1];
    }
  }

  size_t size() const { return raw_.forms.size(); }

  // f(form, entry) for every entry, in the order they were inserted.
  template <typename F>
  void for_each(F&& f) const {
    for (size_t k = 0; k < raw_.forms.size(); ++k) f(form_at(k), raw_.entries[k]);
  }

 private:
  std::string_view form_at(size_t k) const {
    return std::string_view(raw_.arena.data() + raw_.forms[k].offset, raw_.forms[k].length);
  }
  // The arrays read through raw_: the owned ones, unless viewed.
  void refresh() { raw_ = {arena_, forms_, entries_, slots_}; }
  bool viewed_(const FormTable& o) const { return o.raw_.slots.data() != o.slots_.data(); }
  void clear() {
    arena_.clear();
    forms_.clear();
    entries_.clear();
    slots_.clear();
    mask_ = 0;
    refresh();
  }

  // Doubles the slots (at least 16) and places every form again.
  void grow() {
    std::vector<Slot> slots(slots_.empty() ? 16 : slots_.size() * 2);
    const size_t mask = slots.size() - 1;
    for (const Slot& old : slots_) {
      if (old.index == 0) continue;
      size_t i = form_hash(form_at(old.index - 1)) & mask;
      while (slots[i].index != 0) i = (i + 1) & mask;
      slots[i] = old;
    }
    slots_ = std::move(slots);
    mask_ = mask;
    refresh();
  }

  std::string arena_;
  std::vector<Span> forms_;
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  Raw raw_;  // what find() reads: the vectors above, or arrays elsewhere (view())
};

}  // namespace whosaid
