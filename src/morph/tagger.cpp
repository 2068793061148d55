#include "morph/tagger.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <fstream>
#include <system_error>

#include "core/form_table.h"

namespace whosaid::morph {
namespace {

constexpr char kMagic[8] = {'W', 'S', 'T', 'A', 'G', '0', '0', '1'};
// A model trained to read a stacked tagger's tags (morph/stacked_tagger.h).
constexpr char kStackedMagic[8] = {'W', 'S', 'T', 'A', 'G', '0', '0', '2'};

struct Header {
  char magic[8];
  uint32_t bits, slots;
  float scale;
  uint32_t lemma_count, string_bytes;
};

struct RawLemma {
  uint32_t form_offset, lemma_offset, feats;
  uint16_t form_length, lemma_length;
  uint8_t upos, words[3];
};
static_assert(sizeof(RawLemma) == 20);


// Tags whose lemma a reading of another tag gives when the lexicon has none
// of the tag itself: an auxiliary's is the verb's, a noun's the proper noun's.
Upos related(Upos u) {
  switch (u) {
    case Upos::AUX: return Upos::VERB;
    case Upos::VERB: return Upos::AUX;
    case Upos::NOUN: return Upos::ADJ;
    case Upos::ADJ: return Upos::NOUN;
    case Upos::PROPN: return Upos::NOUN;
    case Upos::SCONJ: return Upos::PRON;
    case Upos::PRON: return Upos::SCONJ;
    default: return Upos::unknown;
  }
}

// The first reading of `upos`; when `verb_form` is given, the first of that
// verb form if there is one ("prise" after an auxiliary: the participle of
// prendre, not the present of priser).
const Reading* reading_of(std::span<const Reading> readings, Upos upos, uint8_t verb_form = 0) {
  const Reading* first = nullptr;
  for (const Reading& r : readings) {
    if (r.upos != upos) continue;
    if (verb_form == 0 || feature(r.feats, Feat::verb_form) == verb_form) return &r;
    if (first == nullptr) first = &r;
  }
  return first;
}

// The verb form the tag before a verb asks for: a participle after an
// auxiliary, an infinitive after a preposition; none otherwise.
uint8_t expected_verb_form(Upos upos, Upos previous) {
  if (upos != Upos::VERB && upos != Upos::AUX) return 0;
  if (previous == Upos::AUX) return feat::part;
  if (previous == Upos::ADP) return feat::inf;
  return 0;
}

// Tags whose lemma is the form as written (UD): names, numbers, symbols.
bool lemma_is_form(Upos u) {
  return u == Upos::PROPN || u == Upos::NUM || u == Upos::PUNCT || u == Upos::SYM || u == Upos::X;
}

}  // namespace

Status TaggerModel::save(const std::filesystem::path& path) const {
  std::string strings;
  std::vector<RawLemma> raw;
  for (const LemmaEntry& e : lemmas) {
    RawLemma r{};
    r.form_offset = static_cast<uint32_t>(strings.size());
    r.form_length = static_cast<uint16_t>(e.form.size());
    strings += e.form;
    r.lemma_offset = static_cast<uint32_t>(strings.size());
    r.lemma_length = static_cast<uint16_t>(e.lemma.size());
    strings += e.lemma;
    r.feats = e.feats;
    r.upos = static_cast<uint8_t>(e.upos);
    for (int k = 0; k < 3; ++k) r.words[k] = static_cast<uint8_t>(e.words[k]);
    raw.push_back(r);
  }
  Header h{};
  std::memcpy(h.magic, stacked ? kStackedMagic : kMagic, sizeof kMagic);
  h.bits = bits;
  h.slots = kTagSlots;
  h.scale = scale;
  h.lemma_count = static_cast<uint32_t>(raw.size());
  h.string_bytes = static_cast<uint32_t>(strings.size());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(&h), sizeof h);
  out.write(reinterpret_cast<const char*>(weights.data()), static_cast<std::streamsize>(weights.size() * sizeof(int16_t)));
  out.write(reinterpret_cast<const char*>(raw.data()), static_cast<std::streamsize>(raw.size() * sizeof(RawLemma)));
  out.write(strings.data(), static_cast<std::streamsize>(strings.size()));
  out.close();
  if (!out) return Status::io_error(path.string(), "cannot write the tagger model");
  return {};
}

namespace {

// Reads a model file; read_weights(weights, rows, model) takes its 2^bits rows
// of kTagSlots weights (into the model, or straight into a tagger's rows).
// The file is mapped for the time of the read and each part copied from it
// where it goes: no buffer of the weights, entries or strings in between
// (those buffers were some 130 page faults of a process's start-up).
template <typename ReadWeights>
Status read_model(const std::filesystem::path& path, TaggerModel& out, ReadWeights read_weights) {
  const std::string name = path.string();
  const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::io_error(name, "cannot open the tagger model");
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::io_error(name, "cannot open the tagger model");
  }
  const auto file_size = static_cast<uint64_t>(st.st_size);
  Header h{};
  if (file_size < sizeof h) {
    ::close(fd);
    return Status::bad_data(name, "the tagger model is truncated (no header)");
  }
  void* map = mmap(nullptr, file_size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return Status::io_error(name, "cannot map the tagger model");
  struct Unmap {
    void* at;
    size_t size;
    ~Unmap() { munmap(at, size); }
  } unmap{map, file_size};
  const char* const base = static_cast<const char*>(map);
  std::memcpy(&h, base, sizeof h);
  const bool stacked = std::memcmp(h.magic, kStackedMagic, sizeof kStackedMagic) == 0;
  if (!stacked && std::memcmp(h.magic, kMagic, sizeof kMagic) != 0)
    return Status::bad_data(name, "not a whosaid tagger model (bad magic)");
  if (h.bits < 8 || h.bits > 24 || h.slots != static_cast<uint32_t>(kTagSlots))
    return Status::bad_data(name, "the tagger model's table size or tag count is not this build's");
  // The sizes the header announces must fit in the file before anything is allocated.
  const uint64_t weight_bytes = (uint64_t{1} << h.bits) * kTagSlots * sizeof(int16_t);
  const uint64_t needed = sizeof h + weight_bytes + uint64_t{h.lemma_count} * sizeof(RawLemma) + h.string_bytes;
  if (needed != file_size)
    return Status::bad_data(name, "the tagger model's size is not the one its header announces (truncated or damaged)");
  TaggerModel m;
  m.bits = h.bits;
  m.scale = h.scale;
  m.stacked = stacked;
  read_weights(base + sizeof h, size_t{1} << h.bits, m);
  const char* const raw = base + sizeof h + weight_bytes;
  const std::string_view strings(raw + uint64_t{h.lemma_count} * sizeof(RawLemma), h.string_bytes);
  m.lemmas.resize(h.lemma_count);
  std::string_view previous_form;
  uint8_t previous_upos = 0;
  for (uint32_t i = 0; i < h.lemma_count; ++i) {
    RawLemma r;
    std::memcpy(&r, raw + uint64_t{i} * sizeof r, sizeof r);
    if (uint64_t{r.form_offset} + r.form_length > strings.size() ||
        uint64_t{r.lemma_offset} + r.lemma_length > strings.size() || r.upos >= kUposCount ||
        r.words[0] >= kUposCount || r.words[1] >= kUposCount || r.words[2] >= kUposCount)
      return Status::bad_data(name, "a lemma entry of the tagger model lies outside its strings or has no valid tag");
    // Sorted by (form, upos): checked on the file's bytes as they are read
    // (std::is_sorted over the entries' strings cost a million instructions).
    const std::string_view form = strings.substr(r.form_offset, r.form_length);
    const int order = i == 0 ? 0 : form.compare(previous_form);
    if (order < 0 || (order == 0 && r.upos < previous_upos))
      return Status::bad_data(name, "the tagger model's lemma entries are not sorted");
    previous_form = form;
    previous_upos = r.upos;
    LemmaEntry& e = m.lemmas[i];
    e.form.assign(form);
    e.upos = static_cast<Upos>(r.upos);
    e.lemma.assign(strings.substr(r.lemma_offset, r.lemma_length));
    e.feats = r.feats;
    for (int k = 0; k < 3; ++k) e.words[k] = static_cast<Upos>(r.words[k]);
  }
  out = std::move(m);
  return {};
}

}  // namespace

Status TaggerModel::read(const std::filesystem::path& path, TaggerModel& out) {
  return read_model(path, out, [](const char* weights, size_t rows, TaggerModel& m) {
    m.weights.resize(rows * kTagSlots);
    std::memcpy(m.weights.data(), weights, m.weights.size() * sizeof(int16_t));
  });
}

// The weights copied straight into the padded rows, one row at a time: the
// model's own copy of them (9 MB, filled with zeros, then copied weight by
// weight) cost a tenth of the start-up.
Status Tagger::load(const std::filesystem::path& path, Tagger& out) {
  Tagger t;
  TaggerModel model;
  const Status s = read_model(path, model, [&t](const char* weights, size_t rows, TaggerModel&) {
    t.rows_.assign(rows, Row{});
    for (size_t r = 0; r < rows; ++r)
      std::memcpy(t.rows_[r].w, weights + r * kTagSlots * sizeof(int16_t), kTagSlots * sizeof(int16_t));
  });
  if (!s.ok()) return s;
  t.mask_ = static_cast<uint32_t>(t.rows_.size() - 1);
  t.reads_stacked_ = model.stacked;
  t.index_lemmas(std::move(model));
  out = std::move(t);
  return {};
}

namespace {

// The form's hash (core/form_table.h, eight bytes a step, not FNV's one)
// mixed with the tag.
uint64_t lemma_key(std::string_view form, Upos upos) {
  return form_hash(form) ^ ((static_cast<uint64_t>(upos) + 1) * 0x9E3779B97F4A7C15ull);
}

}  // namespace

Tagger Tagger::from_model(TaggerModel model) {
  Tagger t;
  t.mask_ = (uint32_t{1} << model.bits) - 1;
  t.rows_.assign(size_t{1} << model.bits, Row{});
  // A row's weights in one copy of a constant size (inlined), not one by one.
  const int16_t* weights = model.weights.data();
  for (size_t r = 0; r < t.rows_.size(); ++r)
    std::memcpy(t.rows_[r].w, weights + r * kTagSlots, kTagSlots * sizeof(int16_t));
  model.weights = {};  // now in rows_
  t.reads_stacked_ = model.stacked;
  t.index_lemmas(std::move(model));
  return t;
}

void Tagger::index_lemmas(TaggerModel model) {
  size_t slots = 1;
  while (slots < 2 * model.lemmas.size() + 2) slots *= 2;
  lemma_slots_.assign(slots, 0);
  for (size_t e = 0; e < model.lemmas.size(); ++e) {
    const uint64_t key = lemma_key(model.lemmas[e].form, model.lemmas[e].upos);
    size_t s = key & (slots - 1);
    while (lemma_slots_[s] != 0) s = (s + 1) & (slots - 1);
    lemma_slots_[s] = (uint64_t{e + 1} << 32) | (key >> 32);
  }
  model_ = std::move(model);
}

void Tagger::own_scores(const WordInfo& w, OwnScores& out) const {
  uint32_t rows[kOwnFeatureCount];
  own_feature_rows(w, mask_, rows);
  for (int c = 0; c < kRowWidth; ++c) out.s[c] = 0;
  for (const uint32_t row : rows)
    for (int c = 0; c < kSumWidth; ++c) out.s[c] += rows_[row].w[c];
}

Upos Tagger::predict(std::span<const WordInfo> words, size_t i, Upos prev1, Upos prev2) const {
  OwnScores own;
  own_scores(words[i], own);
  return predict(words, i, prev1, prev2, own);
}

Upos Tagger::predict(std::span<const WordInfo> words, size_t i, Upos prev1, Upos prev2, const OwnScores& own) const {
  uint32_t neighbours[kNeighbourFeatureCount];
  neighbour_feature_rows(words, i, mask_, neighbours);
  return best_tag(words, i, prev1, prev2, own, neighbours);
}

Upos Tagger::best_tag(std::span<const WordInfo> words, size_t i, Upos prev1, Upos prev2, const OwnScores& own,
                      const uint32_t (&neighbour_rows)[kNeighbourFeatureCount]) const {
  uint32_t tag_rows[kTagFeatureCount];
  tag_feature_rows(words, i, prev1, prev2, mask_, tag_rows);
  // The sums in registers, four 32-bit lanes a vector (GCC and clang vector
  // extensions, any target), each row's 16-bit weights widened as they are
  // added: the same integers as one weight at a time, without storing the
  // sums back after every row. A weight is widened by pairing it with itself
  // in a 32-bit lane and shifting right (arithmetic) by 16: little-endian.
  static_assert(kSumWidth % 8 == 0);
  static_assert(std::endian::native == std::endian::little);
  using Sum4 = int32_t __attribute__((vector_size(16)));
  using Weights8 = int16_t __attribute__((vector_size(16)));
  constexpr int kVectors = kSumWidth / 4;
  Sum4 sums[kVectors];
#pragma GCC unroll 8
  for (int k = 0; k < kVectors; ++k) std::memcpy(&sums[k], own.s + 4 * k, sizeof(Sum4));
  auto add_row = [&](uint32_t row) {
    const int16_t* w = rows_[row].w;
#pragma GCC unroll 8
    for (int k = 0; k < kVectors / 2; ++k) {
      Weights8 v;
      std::memcpy(&v, w + 8 * k, sizeof v);
      // (Sum4)x: the same 16 bytes read as four lanes (a vector cast).
      const Weights8 low = __builtin_shufflevector(v, v, 0, 0, 1, 1, 2, 2, 3, 3);
      const Weights8 high = __builtin_shufflevector(v, v, 4, 4, 5, 5, 6, 6, 7, 7);
      sums[2 * k] += (Sum4)low >> 16;
      sums[2 * k + 1] += (Sum4)high >> 16;
    }
  };
  for (const uint32_t row : neighbour_rows) add_row(row);
  for (const uint32_t row : tag_rows) add_row(row);
  uint32_t stacked_rows[kStackedFeatureCount];
  const int stacked = stacked_feature_rows(words, i, mask_, stacked_rows);
  for (int f = 0; f < stacked; ++f) add_row(stacked_rows[f]);
  int32_t scores[kSumWidth];
  std::memcpy(scores, sums, sizeof scores);
  // A verb with its inverted subject can only be what its verb is.
  const uint32_t allowed = (words[i].shape & kShapeInverted) ? words[i].classes : ~0u;
  int best = 0;
  for (int c = 1; c < kTagSlots; ++c)
    if ((allowed >> c & 1u) && (best == 0 || scores[c] > scores[best])) best = c;
  return static_cast<Upos>(best == 0 ? 1 : best);
}

const LemmaEntry* Tagger::lemma_entry(std::string_view lower, Upos upos) const {
  const size_t mask = lemma_slots_.size() - 1;
  const uint64_t key = lemma_key(lower, upos);
  for (size_t s = key & mask;; s = (s + 1) & mask) {
    const uint64_t slot = lemma_slots_[s];
    if (slot == 0) return nullptr;  // the table is never full
    if ((slot & 0xffffffffu) != (key >> 32)) continue;
    const LemmaEntry& e = model_.lemmas[(slot >> 32) - 1];
    if (e.upos == upos && e.form == lower) return &e;
  }
}

LemmaChoice Tagger::choose_lemma(const WordInfo& w, std::string_view lower, const FormLexicon& lexicon, Upos upos,
                                 uint8_t verb_form) const {
  const Reading* r = reading_of(w.cased, upos, verb_form);
  if (r == nullptr) r = reading_of(w.lower, upos, verb_form);
  const uint32_t name_class = r != nullptr ? with_feature(0, Feat::name_class, feature(r->feats, Feat::name_class)) : 0;
  if (const LemmaEntry* e = lemma_entry(lower, upos)) {
    if (lemma_is_form(upos)) return {LemmaChoice::form, e->feats | name_class, {}};
    return {LemmaChoice::stored, e->feats | name_class, e->lemma};
  }
  if (r == nullptr && related(upos) != Upos::unknown) {
    r = reading_of(w.cased, related(upos), verb_form);
    if (r == nullptr) r = reading_of(w.lower, related(upos), verb_form);
  }
  if (lemma_is_form(upos)) return {LemmaChoice::form, name_class, {}};
  if (r != nullptr) return {LemmaChoice::stored, r->feats, lexicon.lemma(*r)};
  // A word the lexicon does not know: a plural noun or adjective loses its
  // final -s ("tweets" -> "tweet"); anything else is its own lemma.
  const bool plural_ending = lower.size() > 3 && lower.back() == 's' && lower[lower.size() - 2] != 's';
  if ((upos == Upos::NOUN || upos == Upos::ADJ) && plural_ending) return {LemmaChoice::lower_without_s, 0, {}};
  return {LemmaChoice::lower, 0, {}};
}

namespace {

void apply(const LemmaChoice& choice, std::string_view form, std::string_view lower, TaggedWord& out) {
  out.feats = choice.feats;
  switch (choice.source) {
    case LemmaChoice::stored: out.lemma = choice.stored_lemma; break;
    case LemmaChoice::form: out.lemma = form; break;
    case LemmaChoice::lower: out.lemma = lower; break;
    case LemmaChoice::lower_without_s: out.lemma = lower.substr(0, lower.size() - 1); break;
  }
}

// The memo key of a lemma choice: the tag and the verb form asked for.
uint8_t memo_key(Upos upos, uint8_t verb_form) {
  return static_cast<uint8_t>(static_cast<unsigned>(upos) | (unsigned{verb_form} << 5));
}

}  // namespace

void Tagger::complete(const WordInfo& w, std::string_view form, std::string_view lower, const FormLexicon& lexicon,
                      Upos previous, TaggedWord& out) const {
  apply(choose_lemma(w, lower, lexicon, out.upos, expected_verb_form(out.upos, previous)), form, lower, out);
}

TaggedWord Tagger::word_as(const WordInfo& w, std::string_view form, std::string_view lower,
                           const FormLexicon& lexicon, Upos upos, Upos previous) const {
  TaggedWord out;
  out.upos = upos;
  complete(w, form, lower, lexicon, previous, out);
  return out;
}

void Tagger::tag(std::span<const WordInfo> words, std::span<TypeScores* const> types,
                 std::span<const std::string_view> forms, std::span<const std::string_view> lowers,
                 const FormLexicon& lexicon, std::span<TaggedWord> out) const {
  Upos prev1 = Upos::unknown, prev2 = Upos::unknown;
  tag_part(words, types, forms, lowers, lexicon, out, 0, words.size(), prev1, prev2);
}

void Tagger::tag_part(std::span<const WordInfo> words, std::span<TypeScores* const> types,
                      std::span<const std::string_view> forms, std::span<const std::string_view> lowers,
                      const FormLexicon& lexicon, std::span<TaggedWord> out, size_t from, size_t to, Upos& prev1,
                      Upos& prev2) const {
  static_assert(kUposCount <= 32 && feat::inf < 8 && feat::part < 8, "the memo key packs a tag and a verb form");
  uint32_t neighbours[kNeighbourFeatureCount], next[kNeighbourFeatureCount];
  if (from < to) neighbour_feature_rows(words, from, mask_, next);
  for (size_t i = from; i < to; ++i) {
    std::copy(std::begin(next), std::end(next), std::begin(neighbours));
    // The next word's rows that do not wait for this word's tag: fetched
    // while this one is scored (the table is larger than the caches).
    TypeScores& type = *types[i];
    if (i + 1 < words.size()) {
      neighbour_feature_rows(words, i + 1, mask_, next);
      for (const uint32_t row : next) __builtin_prefetch(&rows_[row]);
      uint32_t stacked_rows[kStackedFeatureCount];
      const int stacked = stacked_feature_rows(words, i + 1, mask_, stacked_rows);
      for (int f = 0; f < stacked; ++f) __builtin_prefetch(&rows_[stacked_rows[f]]);
      __builtin_prefetch(&types[i + 1]->own);
      __builtin_prefetch(reinterpret_cast<const char*>(&types[i + 1]->own) + 64);
      // Its tag rows too, betting that this word takes the tag its type
      // took last (a type mostly has one): a lost bet costs a useless fetch.
      if (const auto guess = static_cast<Upos>(type.memo_key[0] & 31u); guess != Upos::unknown) {
        uint32_t tag_rows[kTagFeatureCount];
        tag_feature_rows(words, i + 1, guess, prev1, mask_, tag_rows);
        for (const uint32_t row : tag_rows) __builtin_prefetch(&rows_[row]);
      }
    }
    const Upos upos = best_tag(words, i, prev1, prev2, type.own, neighbours);
    out[i].upos = upos;
    const uint8_t key = memo_key(upos, expected_verb_form(upos, prev1));
    if (type.memo_key[0] != key) {
      if (type.memo_key[1] == key) {
        std::swap(type.memo_key[0], type.memo_key[1]);
        std::swap(type.memo[0], type.memo[1]);
      } else {
        type.memo_key[1] = type.memo_key[0];
        type.memo[1] = type.memo[0];
        type.memo_key[0] = key;
        type.memo[0] = choose_lemma(words[i], lowers[i], lexicon, upos, expected_verb_form(upos, prev1));
      }
    }
    apply(type.memo[0], forms[i], lowers[i], out[i]);
    prev2 = prev1;
    prev1 = upos;
  }
}

void Tagger::tag(std::span<const WordInfo> words, std::span<const std::string_view> forms,
                 std::span<const std::string_view> lowers, const FormLexicon& lexicon, std::span<TaggedWord> out) const {
  Upos prev1 = Upos::unknown, prev2 = Upos::unknown;
  for (size_t i = 0; i < words.size(); ++i) {
    out[i].upos = predict(words, i, prev1, prev2);
    complete(words[i], forms[i], lowers[i], lexicon, prev1, out[i]);
    prev2 = prev1;
    prev1 = out[i].upos;
  }
}

}  // namespace whosaid::morph
