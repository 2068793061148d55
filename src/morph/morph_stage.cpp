#include "morph/morph_stage.h"

#include "core/form_table.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <string>
#include <system_error>

#include "morph/chunker.h"

namespace whosaid::morph {
namespace {

// Each loaded stage's number, so that a thread's cache of word types
// (TypeCache below) is never read by a stage it was not filled by.
std::atomic<uint64_t> next_stage_id{1};

}  // namespace

Status MorphStage::load(const std::filesystem::path& language_dir, const std::vector<std::string>& elisions,
                        MorphStage& out) {
  std::error_code ec;
  const std::filesystem::path model = language_dir / "tagger.bin";
  if (!std::filesystem::exists(model, ec)) {
    out.available_ = false;
    return {};
  }
  MorphStage stage;
  if (Status s = FormLexicon::open(form_table_path(language_dir), stage.forms_); !s.ok()) return s;
  if (Status s = Tagger::load(model, stage.tagger_); !s.ok()) return s;
  // The stacked tagger a language's model was trained with, converted by the
  // build beside the full-form table (docs/morph.md, "English").
  if (stage.tagger_.reads_stacked()) {
    const std::filesystem::path stacked = stacked_table_path(language_dir);
    auto hmm = std::make_shared<StackedTagger>();
    if (Status s = StackedTagger::load(stacked, *hmm); !s.ok()) return s;
    stage.tagger_.set_stacked(std::move(hmm));
  }
  if (Status s = Roles::load(language_dir, elisions, stage.roles_); !s.ok()) return s;
  stage.available_ = true;
  stage.id_ = next_stage_id++;
  out = std::move(stage);
  return {};
}

namespace {

bool glued_word(const Token& t) {
  return !t.has(kSpaceBefore) && (t.kind == TokenKind::word || t.kind == TokenKind::number);
}

}  // namespace

// "@jdupont", "#grève": the tokenizer splits the mark (a handle_mark of the
// roles) from the name glued to it, and the treebanks have no handles. The
// mark is a symbol; a glued name the lexicon does not know is X, its own lemma
// (a known word keeps its tag: "#grève" is a noun).
void MorphStage::mark_handles(Document& doc, const Sentence& s, std::span<const WordInfo> info,
                               std::span<const Roles::WordEntry* const> form_entries) const {
  for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
    Token& mark = doc.tokens[i];
    const Roles::WordEntry* entry = form_entries[i - s.first_token];
    if (entry == nullptr || !has_role(entry->roles, Role::handle_mark)) continue;
    const bool free_before = i == s.first_token || mark.has(kSpaceBefore) || doc.tokens[i - 1].kind == TokenKind::punct;
    if (!free_before || !glued_word(doc.tokens[i + 1])) continue;
    mark.upos = Upos::SYM;
    mark.feats = 0;
    for (uint32_t k = i + 1; k < s.end_token && glued_word(doc.tokens[k]); ++k) {
      if (info[k - s.first_token].classes != 0) continue;
      Token& part = doc.tokens[k];
      part.upos = Upos::X;
      part.feats = 0;
      part.lemma = part.original.in(doc.text);
    }
  }
}

namespace {

// The word types this thread has tagged, across documents: each distinct
// (form as written, normalized form) is described (lexicon lookups, affixes)
// and its own scores summed once, and keeps its lemma choices. News
// vocabulary repeats from one article to the next, so most tokens find their
// type here. One cache per thread (the stage is const and shared by threads),
// tied to the stage that filled it (its spans point into that stage's
// lexicon); emptied between documents once it holds kMaxTypes types.
class TypeCache {
  // A slot holds what a lookup compares, so that a probe reads one slot and
  // the key's bytes, not the type.
  struct Slot {
    uint32_t type = 0;     // index + 1; 0 empty (and for a type kept out of the table)
    uint32_t tag = 0;      // the hash's high bits
    uint32_t key_at = 0;   // the form then the lower-case form in keys_
    uint16_t form_size = 0, lower_size = 0;
  };
  static_assert(sizeof(Slot) == 16);

 public:
  static constexpr size_t kMaxTypes = size_t{1} << 15;

  // This thread's cache, ready for a document of `tokens` tokens tagged by `stage`.
  static TypeCache& for_document(uint64_t stage, size_t tokens) {
    TypeCache& cache = current();
    if (cache.stage_ != stage || cache.types_.size() > kMaxTypes) cache.clear(stage);
    cache.reserve(cache.types_.size() + tokens);
    return cache;
  }

  static void forget() { for_document(0, 0); }
  // This thread's cache as it is (the last for_document's).
  static TypeCache& current() {
    thread_local TypeCache cache;
    return cache;
  }

  // The hash of a word, its slot fetched into the cache while the caller
  // hashes the next words of the sentence.
  uint64_t hash_and_fetch(std::string_view form, std::string_view lower) const {
    const uint64_t hash = hash_of(form, lower);
    __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
    return hash;
  }

  // The index of a type (hash: hash_and_fetch's), described on its first occurrence.
  uint32_t of(std::string_view form, std::string_view lower, uint64_t hash, const FormLexicon& lexicon,
              const Tagger& tagger, const Roles& roles) {
    // A word too long for a slot's sizes (hostile input) is described each time, never kept.
    if (form.size() > UINT16_MAX || lower.size() > UINT16_MAX) return add(Slot{}, form, lower, lexicon, tagger, roles);
    const auto tag = static_cast<uint32_t>(hash >> 32);
    const size_t mask = slots_.size() - 1;
    for (size_t s = hash & mask;; s = (s + 1) & mask) {
      Slot& slot = slots_[s];
      if (slot.type == 0) {
        slot = {static_cast<uint32_t>(types_.size() + 1), tag, static_cast<uint32_t>(keys_.size()),
                static_cast<uint16_t>(form.size()), static_cast<uint16_t>(lower.size())};
        keys_.append(form).append(lower);
        return add(slot, form, lower, lexicon, tagger, roles);
      }
      if (slot.tag == tag && slot.form_size == form.size() && slot.lower_size == lower.size() &&
          key_form(slot) == form && key_lower(slot) == lower)
        return slot.type - 1;
    }
  }

  uint32_t add(const Slot& slot, std::string_view form, std::string_view lower, const FormLexicon& lexicon,
               const Tagger& tagger, const Roles& roles) {
    Type& type = types_.emplace_back();
    describe_word(form, lower, lexicon, type.info);
    if (const StackedTagger* stacked = tagger.stacked()) type.info.stacked_entry = stacked->entry(lower);
    tagger.own_scores(type.info, type.scores.own);
    type.form_entry = roles.entry(lower);
    type.key = slot;
    return static_cast<uint32_t>(types_.size() - 1);
  }

  const WordInfo& info(uint32_t type) const { return types_[type].info; }
  TypeScores& scores(uint32_t type) { return types_[type].scores; }
  const Roles::WordEntry* form_entry(uint32_t type) const { return types_[type].form_entry; }

  // The role entry of a lemma the tagger gave the type. `lasting`: the lemma
  // lies in the model's or the lexicon's storage (not in the document), so
  // its address can be kept to find it again.
  const Roles::WordEntry* lemma_entry(uint32_t type, std::string_view lemma, bool lasting, const Roles& roles) {
    Type& t = types_[type];
    if (!lasting) return roles.entry(lemma);
    if (t.entry_lemma.data() != lemma.data() || t.entry_lemma.size() != lemma.size()) {
      t.entry_lemma = lemma;
      t.lemma_entry = roles.entry(lemma);
    }
    return t.lemma_entry;
  }

 private:
  struct Type {
    Slot key;  // its slot's content, to rehash
    WordInfo info;
    TypeScores scores;
    const Roles::WordEntry* form_entry = nullptr;   // of the lower-case form
    std::string_view entry_lemma;                   // the last lasting lemma looked up, and its entry
    const Roles::WordEntry* lemma_entry = nullptr;
  };

  // Eight bytes at a time: the lookup is made for every token.
  static uint64_t hash_of(std::string_view form, std::string_view lower) {
    uint64_t h = 0x9e3779b97f4a7c15ull ^ (form.size() << 16) ^ lower.size();
    for (const std::string_view part : {form, lower}) {
      size_t i = 0;
      for (; i + 8 <= part.size(); i += 8) {
        uint64_t v;
        std::memcpy(&v, part.data() + i, 8);
        h = (h ^ v) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
      }
      const uint64_t v = tail_word(part, i);  // the last bytes, byte k at bits 8k
      h = (h ^ v) * 0xc4ceb9fe1a85ec53ull;
      h ^= h >> 29;
    }
    return h;
  }

  std::string_view key_form(const Slot& s) const { return std::string_view(keys_).substr(s.key_at, s.form_size); }
  std::string_view key_lower(const Slot& s) const {
    return std::string_view(keys_).substr(s.key_at + s.form_size, s.lower_size);
  }

  void clear(uint64_t stage) {
    stage_ = stage;
    types_.clear();
    keys_.clear();
    slots_.assign(1024, Slot{});
  }

  // Room for `count` types at most half full; rehashing happens between
  // documents, never while a sentence holds type indices.
  void reserve(size_t count) {
    if (2 * count <= slots_.size()) return;
    size_t size = slots_.size();
    while (2 * count > size) size *= 2;
    slots_.assign(size, Slot{});
    const size_t mask = size - 1;
    for (const Type& t : types_) {
      if (t.key.type == 0) continue;  // kept out of the table
      size_t s = hash_of(key_form(t.key), key_lower(t.key)) & mask;
      while (slots_[s].type != 0) s = (s + 1) & mask;
      slots_[s] = t.key;
    }
  }

  uint64_t stage_ = 0;
  std::vector<Slot> slots_;
  std::vector<Type> types_;  // grows: hold indices, not references, while adding
  std::string keys_;
};

// Counts the sentences described on this thread (and the cache's emptying):
// a SentenceTags resumes a sentence's tagging only if no other sentence was
// described since, as its type state may have moved.
thread_local uint64_t type_epoch = 0;

}  // namespace

uint64_t MorphStage::described_sentences() { return type_epoch; }

void MorphStage::forget_word_types() {
  ++type_epoch;
  TypeCache::forget();
}

void SentenceScratch::fit(size_t tokens) {
  if (info.size() >= tokens) return;
  info.resize(tokens);
  scores.resize(tokens);
  type_of.resize(tokens);
  hashes.resize(tokens);
  forms.resize(tokens);
  lowers.resize(tokens);
  tags.resize(tokens);
  form_entries.resize(tokens);
}

void MorphStage::tag_words(Document& doc, std::span<Roles::TokenEntries> entries) const {
  size_t longest = 0;
  for (const Sentence& s : doc.sentences) longest = std::max<size_t>(longest, s.end_token - s.first_token);
  SentenceScratch scratch;
  scratch.fit(longest);
  for (const Sentence& s : doc.sentences) tag_sentence(doc, s, scratch, entries);
}

bool MorphStage::describe_sentence(const Document& doc, const Sentence& s, SentenceScratch& scratch) const {
  const size_t n = s.end_token - s.first_token;
  scratch.fit(n);
  ++type_epoch;
  // Rehashing (or emptying) the cache between sentences is safe: type indices
  // are held within one sentence only.
  TypeCache& types = TypeCache::for_document(id_, n);
  WordInfo* info = scratch.info.data();
  TypeScores** scores = scratch.scores.data();
  uint32_t* type_of = scratch.type_of.data();
  uint64_t* hashes = scratch.hashes.data();
  std::string_view* forms = scratch.forms.data();
  std::string_view* lowers = scratch.lowers.data();
  const Roles::WordEntry** form_entries = scratch.form_entries.data();
  const std::string_view text = doc.text, view = doc.view.text;
  for (size_t k = 0; k < n; ++k) {
    const Token& t = doc.tokens[s.first_token + k];
    forms[k] = t.original.in(text);
    lowers[k] = t.normalized.in(view);
    hashes[k] = types.hash_and_fetch(forms[k], lowers[k]);
  }
  for (size_t k = 0; k < n; ++k) type_of[k] = types.of(forms[k], lowers[k], hashes[k], forms_, tagger_, roles_);
  // Every type of the sentence is known now: references stay valid.
  bool handle = false;
  for (size_t k = 0; k < n; ++k) {
    info[k] = types.info(type_of[k]);
    form_entries[k] = types.form_entry(type_of[k]);
    scores[k] = &types.scores(type_of[k]);
    handle = handle || (form_entries[k] != nullptr && has_role(form_entries[k]->roles, Role::handle_mark));
  }
  if (const StackedTagger* stacked = tagger_.stacked())
    stacked->tag(std::span(forms, n), std::span(lowers, n), std::span(info, n), scratch.stacked);
  return !handle;
}

void MorphStage::tag_part(Document& doc, const Sentence& s, SentenceScratch& scratch, size_t from, size_t to,
                          Upos& prev1, Upos& prev2) const {
  const size_t n = s.end_token - s.first_token;
  TaggedWord* tags = scratch.tags.data();
  tagger_.tag_part(std::span(scratch.info.data(), n), std::span(scratch.scores.data(), n),
                   std::span(scratch.forms.data(), n), std::span(scratch.lowers.data(), n), forms_, std::span(tags, n),
                   from, to, prev1, prev2);
  for (size_t k = from; k < to; ++k) {
    Token& t = doc.tokens[s.first_token + k];
    t.upos = tags[k].upos;
    t.feats = tags[k].feats;
    t.lemma = tags[k].lemma;
  }
}

void MorphStage::tag_sentence(Document& doc, const Sentence& s, SentenceScratch& scratch,
                              std::span<Roles::TokenEntries> entries) const {
  const size_t n = s.end_token - s.first_token;
  describe_sentence(doc, s, scratch);
  TypeCache& types = TypeCache::current();
  WordInfo* info = scratch.info.data();
  uint32_t* type_of = scratch.type_of.data();
  std::string_view* lowers = scratch.lowers.data();
  const Roles::WordEntry** form_entries = scratch.form_entries.data();
  const std::string_view text = doc.text, view = doc.view.text;
  Upos prev1 = Upos::unknown, prev2 = Upos::unknown;
  tag_part(doc, s, scratch, 0, n, prev1, prev2);
  mark_handles(doc, s, std::span(info, n), std::span(form_entries, n));
  if (entries.empty()) return;
  // What Roles::entries would find, from the types.
  for (size_t k = 0; k < n; ++k) {
    const Token& t = doc.tokens[s.first_token + k];
    Roles::TokenEntries& e = entries[s.first_token + k];
    e.form = form_entries[k];
    e.lemma = nullptr;
    if (t.lemma.empty() || t.lemma == lowers[k]) continue;
    const bool in_document = (t.lemma.data() >= text.data() && t.lemma.data() < text.data() + text.size()) ||
                             (t.lemma.data() >= view.data() && t.lemma.data() < view.data() + view.size());
    e.lemma = types.lemma_entry(type_of[k], t.lemma, !in_document, roles_);
  }
}

SentenceTags::SentenceTags(const MorphStage& stage, Document& doc)
    : stage_(stage),
      doc_(doc),
      done_(stage.available() ? doc.sentences.size() : 0, false),
      chunked_(done_.size(), false),
      upto_(done_.size(), 0) {
  for (size_t s = 0; s < upto_.size(); ++s) upto_[s] = doc.sentences[s].first_token;
}

void SentenceTags::need_chunks(uint32_t s) {
  if (s >= chunked_.size() || chunked_[s]) return;
  need(s);
  if (chunked_count_++ == 0) {
    doc_.chunks.clear();
    entries_.resize(doc_.tokens.size());
    token_roles_.resize(doc_.tokens.size());
  }
  chunked_[s] = true;
  const Sentence& sentence = doc_.sentences[s];
  // What run() takes from the word types: the same lookups (Roles::entries).
  for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i)
    entries_[i] = stage_.roles_.entries(doc_, doc_.tokens[i]);
  Chunker(stage_.roles_).run_sentence(doc_, sentence.first_token, sentence.end_token, entries_, token_roles_);
}

bool SentenceTags::may_be(std::string_view form, uint32_t upos_mask) const {
  if (done_.empty()) return false;
  for (const Reading& r : stage_.forms().find(form))
    if (upos_mask & (1u << static_cast<uint32_t>(r.upos))) return true;
  return false;
}

void SentenceTags::tag(uint32_t s) {
  done_[s] = true;
  if (upto_[s] == doc_.sentences[s].first_token) ++count_;
  if (current_ == s) current_ = UINT32_MAX;
  upto_[s] = doc_.sentences[s].end_token;
  stage_.tag_sentence(doc_, doc_.sentences[s], scratch_, {});
}

void SentenceTags::tag_through(uint32_t s, uint32_t token) {
  const Sentence& sentence = doc_.sentences[s];
  if (token >= sentence.end_token) return;
  if (current_ != s || epoch_ != MorphStage::described_sentences()) {
    // A sentence with a handle mark is tagged whole (mark_handles rewrites
    // the words after the mark).
    if (!stage_.describe_sentence(doc_, sentence, scratch_)) return tag(s);
    current_ = s;
    epoch_ = MorphStage::described_sentences();
    // The tags of the two words before the part, as tagging left them.
    const uint32_t done = upto_[s];
    prev1_ = done > sentence.first_token ? doc_.tokens[done - 1].upos : Upos::unknown;
    prev2_ = done > sentence.first_token + 1 ? doc_.tokens[done - 2].upos : Upos::unknown;
  }
  if (upto_[s] == sentence.first_token) ++count_;
  const uint32_t to = std::min<uint32_t>(sentence.end_token, token + 1);
  stage_.tag_part(doc_, sentence, scratch_, upto_[s] - sentence.first_token, to - sentence.first_token, prev1_, prev2_);
  upto_[s] = to;
  if (to == sentence.end_token) {
    done_[s] = true;
    current_ = UINT32_MAX;
  }
}

void MorphStage::tag(Document& doc) const {
  if (available_) tag_words(doc, {});
}

void MorphStage::run(Document& doc) const {
  if (!available_) return;
  std::vector<Roles::TokenEntries> entries(doc.tokens.size());
  tag_words(doc, entries);
  // Tokens outside every sentence (none, normally) are not tagged: their
  // entries looked up as the chunker would.
  std::vector<bool> tagged(doc.tokens.size(), false);
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token; i < s.end_token; ++i) tagged[i] = true;
  for (size_t i = 0; i < doc.tokens.size(); ++i)
    if (!tagged[i]) entries[i] = roles_.entries(doc, doc.tokens[i]);
  Chunker(roles_).run(doc, entries);
}

}  // namespace whosaid::morph
