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
        return true;
      }
      if (slot.tag == static_cast<uint32_t>(h >> 32) && form_at(slot.index - 1) == form) return false;
    }
  }

  void reserve(size_t n) {
    forms_.reserve(n);
    entries_.reserve(n);
    while (slots_.size() < n * 2) grow();
  }

  // nullptr when `form` is not in the table.
  const Entry* find(std::string_view form) const { return find(form, form_hash(form)); }
  // The same, h being form_hash(form): a caller that looks up many words
  // hashes them ahead and fetches their slots (prefetch) while it probes.
  void prefetch(uint64_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
  }
  const Entry* find(std::string_view form, uint64_t h) const {
    if (slots_.empty()) return nullptr;
    const auto tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.index == 0) return nullptr;
      if (slot.tag == tag && same_form(form_at(slot.index - 1), form)) return &entries_[slot.index - 1];
    }
  }

  size_t size() const { return forms_.size(); }

  // f(form, entry) for every entry, in the order they were inserted.
  template <typename F>
  void for_each(F&& f) const {
    for (size_t k = 0; k < forms_.size(); ++k) f(form_at(k), entries_[k]);
  }

 private:
  struct Slot {
    uint32_t tag = 0;    // the upper 32 bits of the form's hash
    uint32_t index = 0;  // 1 + the form's index in forms_ and entries_; 0: empty
  };
  struct Span {
    uint32_t offset, length;  // in arena_
  };

  std::string_view form_at(size_t k) const {
    return std::string_view(arena_.data() + forms_[k].offset, forms_[k].length);
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
  }

  std::string arena_;
  std::vector<Span> forms_;
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace whosaid
