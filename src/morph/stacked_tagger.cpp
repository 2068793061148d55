#include "morph/stacked_tagger.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <system_error>

#include "morph/lexicon.h"

namespace whosaid::morph {
namespace {

constexpr char kMagic[8] = {'W', 'S', 'H', 'M', 'M', '0', '0', '1'};

struct Header {
  char magic[8];
  uint32_t tags, slots, emissions, key_bytes, start, proper[2];
  float capital_bonus, capital_new;
};
static_assert(sizeof(Header) == 44);
constexpr size_t kNameBytes = 8;

uint64_t fnv(std::string_view a, std::string_view b = {}) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (const char c : a) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  for (const char c : b) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h;
}

bool digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool letter_or_digit(unsigned char c) { return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

// The shape class of a lower-case form (tools/tagger/wsj_hmm.py, shape_key),
// or empty: then its final letters decide.
std::string_view shape_class(std::string_view lower) {
  bool number = !lower.empty() && digit(static_cast<unsigned char>(lower[0]));
  bool any_letter_or_digit = false, any_digit = false, hyphen = false;
  for (const char ch : lower) {
    const auto c = static_cast<unsigned char>(ch);
    if (!digit(c) && std::strchr(".,:/-", c) == nullptr) number = false;
    any_letter_or_digit = any_letter_or_digit || letter_or_digit(c);
    any_digit = any_digit || digit(c);
    hyphen = hyphen || c == '-';
  }
  if (number) return "number";
  if (!any_letter_or_digit) return "punc";
  if (any_digit) return "digit";
  if (hyphen) return "hyphen";
  return {};
}

constexpr int kMaxSuffix = 4;

}  // namespace

Status StackedTagger::load(const std::filesystem::path& path, StackedTagger& out) {
  const std::string name = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error(name, "cannot open the stacked tagger's table");
  std::error_code ec;
  const uint64_t size = std::filesystem::file_size(path, ec);
  if (ec || size < sizeof(Header) || size > (uint64_t{1} << 31)) return Status::bad_data(name, "the stacked tagger's table is truncated (no header)");
  StackedTagger t;
  // The whole file in 8-byte words: every section starts at a multiple of 4.
  t.storage_.resize((size + 7) / 8);
  char* base = reinterpret_cast<char*>(t.storage_.data());
  if (!in.read(base, static_cast<std::streamsize>(size))) return Status::io_error(name, "cannot read the stacked tagger's table");
  Header h;
  std::memcpy(&h, base, sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0)
    return Status::bad_data(name, "not a stacked tagger's table (bad magic)");
  if (h.tags == 0 || h.tags > 64 || h.emissions >= (1u << 27) || h.slots == 0 || (h.slots & (h.slots - 1)) != 0 || h.start >= h.tags ||
      h.proper[0] >= h.tags || h.proper[1] >= h.tags)
    return Status::bad_data(name, "the stacked tagger's header is not valid (tag count, slot count or tags)");
  const uint64_t names = sizeof h, transitions = names + uint64_t{h.tags} * kNameBytes;
  const uint64_t slots = transitions + uint64_t{h.tags} * h.tags * h.tags * sizeof(float);
  const uint64_t emissions = slots + uint64_t{h.slots} * sizeof(Slot);
  const uint64_t keys = emissions + uint64_t{h.emissions} * sizeof(Emission);
  if (keys + h.key_bytes != size)
    return Status::bad_data(name, "the stacked tagger's table is not the size its header announces (truncated or damaged)");
  static_assert(sizeof(Header) % 4 == 0 && kNameBytes % 4 == 0);
  t.tag_count_ = h.tags;
  t.slot_mask_ = h.slots - 1;
  t.start_ = h.start;
  t.proper_[0] = h.proper[0];
  t.proper_[1] = h.proper[1];
  t.capital_bonus_ = h.capital_bonus;
  t.capital_new_ = h.capital_new;
  t.names_ = base + names;
  t.transitions_ = reinterpret_cast<const float*>(base + transitions);
  t.slots_ = reinterpret_cast<const Slot*>(base + slots);
  t.emissions_ = reinterpret_cast<const Emission*>(base + emissions);
  t.keys_ = base + keys;
  for (uint32_t s = 0; s < h.slots; ++s) {
    const Slot& slot = t.slots_[s];
    if (slot.count == 0) continue;
    if (slot.count > kMaxCandidates - 1 || uint64_t{slot.key_offset} + slot.key_length > h.key_bytes ||
        uint64_t{slot.first} + slot.count > h.emissions)
      return Status::bad_data(name, "a slot of the stacked tagger's table lies outside its keys or emissions");
  }
  if (t.find_prefixed('\x02', "any").empty()) return Status::bad_data(name, "the stacked tagger's table has no class 'any'");
  for (uint32_t e = 0; e < h.emissions; ++e)
    if (t.emissions_[e].tag >= h.tags) return Status::bad_data(name, "an emission of the stacked tagger's table has no valid tag");
  out = std::move(t);
  return {};
}

std::string_view StackedTagger::tag_name(uint8_t t) const {
  if (t == 0 || t > tag_count_) return {};
  const char* n = names_ + (t - 1) * kNameBytes;
  return std::string_view(n, strnlen(n, kNameBytes));
}

std::span<const StackedTagger::Emission> StackedTagger::find_prefixed(char prefix, std::string_view rest) const {
  const std::string_view p(&prefix, prefix == 0 ? 0 : 1);
  for (uint32_t s = static_cast<uint32_t>(fnv(p, rest)) & slot_mask_;; s = (s + 1) & slot_mask_) {
    const Slot& slot = slots_[s];
    if (slot.count == 0) return {};  // the table is never full
    if (slot.key_length != p.size() + rest.size()) continue;
    const char* k = keys_ + slot.key_offset;
    if (std::memcmp(k, p.data(), p.size()) == 0 && std::memcmp(k + p.size(), rest.data(), rest.size()) == 0)
      return {emissions_ + slot.first, slot.count};
  }
}

std::span<const StackedTagger::Emission> StackedTagger::find(std::string_view key) const { return find_prefixed(0, key); }

// An entry: the first emission << 5 | known << 4 | count (at most 7).
uint32_t StackedTagger::entry(std::string_view lower) const {
  const std::string_view shape = shape_class(lower);
  std::span<const Emission> e;
  if (shape != "number") e = find(lower);
  const bool known = !e.empty();
  if (e.empty() && !shape.empty()) e = find_prefixed('\x02', shape);
  for (int k = kMaxSuffix; e.empty() && k > 0; --k)
    if (lower.size() > static_cast<size_t>(k)) e = find_prefixed('\x01', lower.substr(lower.size() - k));
  if (e.empty()) e = find_prefixed('\x02', "any");
  if (e.empty()) return 0;  // a table without the "any" class: checked on load, never here
  return static_cast<uint32_t>(e.data() - emissions_) << 5 | (known ? 16u : 0u) | static_cast<uint32_t>(e.size());
}

int StackedTagger::candidates(std::string_view form, uint32_t entry, bool first, Candidate* out) const {
  const std::span<const Emission> e(emissions_ + (entry >> 5), entry & 15u);
  const bool known = (entry & 16u) != 0;
  int n = 0;
  bool proper = false;
  // A capital marks a name, but at the start of a sentence only for a word
  // the table does not know.
  const bool capital = (!first || !known) && !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
  for (const Emission& x : e) {
    const bool p = x.tag == proper_[0] || x.tag == proper_[1];
    proper = proper || p;
    out[n++] = {x.tag, x.score + (capital && p ? capital_bonus_ : 0.0f)};
  }
  if (capital && !proper) out[n++] = {static_cast<uint8_t>(proper_[0]), capital_new_};
  return n;
}

void StackedTagger::tag(std::span<const std::string_view> forms, std::span<const std::string_view> lowers,
                        std::span<WordInfo> words, Scratch& s) const {
  // A sentence longer than kMaxRun words (hostile input, a list without
  // stops) is tagged in runs of kMaxRun, each from the sentence start's
  // context, so that the scratch stays bounded.
  for (size_t from = 0; from < words.size(); from += kMaxRun) {
    const size_t n = std::min(kMaxRun, words.size() - from);
    tag_run(forms.subspan(from, n), lowers.subspan(from, n), words.subspan(from, n), s);
  }
}

void StackedTagger::tag_run(std::span<const std::string_view> forms, std::span<const std::string_view> lowers,
                            std::span<WordInfo> words, Scratch& s) const {
  const size_t n = words.size();
  if (n == 0 || empty()) return;
  constexpr int K = kMaxCandidates;
  // Position p = i + 1 is word i; position 0 the sentence start (one tag).
  const size_t positions = n + 1;
  if (s.counts.size() < positions) {
    s.candidates.resize(positions * K);
    s.counts.resize(positions);
    s.scores.resize(positions * K * K);
    s.back.resize(positions * K * K);
    s.tags.resize(positions);
  }
  s.candidates[0] = {static_cast<uint8_t>(start_), 0.0f};
  s.counts[0] = 1;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t e = words[i].stacked_entry != 0 ? words[i].stacked_entry : entry(lowers[i]);
    s.counts[i + 1] = static_cast<uint8_t>(candidates(forms[i], e, i == 0, &s.candidates[(i + 1) * K]));
  }
  const size_t T = tag_count_;
  const uint32_t start = start_;
  // Position 1: the two tags before are the start's.
  for (int k = 0; k < s.counts[1]; ++k) {
    const Candidate& c = s.candidates[K + k];
    s.scores[K * K + k] = transitions_[(start * T + start) * T + c.tag] + c.score;
    s.back[K * K + k] = 0;
  }
  for (size_t p = 2; p < positions; ++p) {
    const Candidate* before = &s.candidates[(p - 2) * K];
    const Candidate* prev = &s.candidates[(p - 1) * K];
    const Candidate* here = &s.candidates[p * K];
    const float* prev_scores = &s.scores[(p - 1) * K * K];
    float* scores = &s.scores[p * K * K];
    uint8_t* back = &s.back[p * K * K];
    const int nh = s.counts[p - 2], nj = s.counts[p - 1], nk = s.counts[p];
    for (int j = 0; j < nj; ++j) {
      // For each tag k of this word, the best tag h of the word two back:
      // one row of transitions a (h, j), read for every k.
      float best[K];
      uint8_t from[K] = {};
      const float* row = transitions_ + (before[0].tag * T + prev[j].tag) * T;
      for (int k = 0; k < nk; ++k) best[k] = prev_scores[j] + row[here[k].tag];
      for (int h = 1; h < nh; ++h) {
        row = transitions_ + (before[h].tag * T + prev[j].tag) * T;
        const float ps = prev_scores[h * K + j];
        for (int k = 0; k < nk; ++k)
          if (const float x = ps + row[here[k].tag]; x > best[k]) {
            best[k] = x;
            from[k] = static_cast<uint8_t>(h);
          }
      }
      for (int k = 0; k < nk; ++k) {
        scores[j * K + k] = best[k] + here[k].score;
        back[j * K + k] = from[k];
      }
    }
  }
  // The best last pair, then back.
  int j = 0, k = 0;
  float best = 0;
  bool found = false;
  for (int a = 0; a < s.counts[n - 1]; ++a)
    for (int b = 0; b < s.counts[n]; ++b) {
      const float x = s.scores[n * K * K + a * K + b];
      if (!found || x > best) {
        best = x;
        j = a;
        k = b;
        found = true;
      }
    }
  for (size_t p = n; p >= 1; --p) {
    s.tags[p] = s.candidates[p * K + k].tag;
    const int h = s.back[p * K * K + j * K + k];
    k = j;
    j = h;
  }
  for (size_t i = 0; i < n; ++i) words[i].stacked = static_cast<uint8_t>(s.tags[i + 1] + 1);
}

std::filesystem::path stacked_table_path(const std::filesystem::path& language_dir) {
  return form_table_path(language_dir).parent_path() / "stacked_tags.bin";
}

}  // namespace whosaid::morph
