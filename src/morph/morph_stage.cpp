#include "morph/morph_stage.h"

#include <algorithm>
#include <atomic>
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
 public:
  static constexpr size_t kMaxTypes = size_t{1} << 15;

  // This thread's cache, ready for a document of `tokens` tokens tagged by `stage`.
  static TypeCache& for_document(uint64_t stage, size_t tokens) {
    thread_local TypeCache cache;
    if (cache.stage_ != stage || cache.types_.size() > kMaxTypes) cache.clear(stage);
    cache.reserve(cache.types_.size() + tokens);
    return cache;
  }

  static void forget() { for_document(0, 0); }

  // The index of a type, described on its first occurrence.
  uint32_t of(std::string_view form, std::string_view lower, const FormLexicon& lexicon, const Tagger& tagger,
             const Roles& roles) {
    const size_t mask = slots_.size() - 1;
    for (size_t s = slot_of(form, lower) & mask;; s = (s + 1) & mask) {
      if (slots_[s] == 0) {
        Type& type = types_.emplace_back();
        type.key_at = static_cast<uint32_t>(keys_.size());
        type.form_size = static_cast<uint32_t>(form.size());
        type.lower_size = static_cast<uint32_t>(lower.size());
        keys_.append(form).append(lower);
        describe_word(form, lower, lexicon, type.info);
        tagger.own_scores(type.info, type.scores.own);
        type.form_entry = roles.entry(lower);
        slots_[s] = static_cast<uint32_t>(types_.size());
        return slots_[s] - 1;
      }
      const Type& type = types_[slots_[s] - 1];
      if (type.form_size == form.size() && type.lower_size == lower.size() && key_form(type) == form &&
          key_lower(type) == lower)
        return slots_[s] - 1;
    }
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
    uint32_t key_at = 0, form_size = 0, lower_size = 0;  // the form then the lower-case form in keys_
    WordInfo info;
    TypeScores scores;
    const Roles::WordEntry* form_entry = nullptr;   // of the lower-case form
    std::string_view entry_lemma;                   // the last lasting lemma looked up, and its entry
    const Roles::WordEntry* lemma_entry = nullptr;
  };

  static uint64_t slot_of(std::string_view form, std::string_view lower) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : form) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    h = (h ^ 0xffu) * 0x100000001b3ull;  // ("ab", "c") and ("a", "bc") differ
    for (const char c : lower) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    return h ^ (h >> 31);
  }

  std::string_view key_form(const Type& t) const { return std::string_view(keys_).substr(t.key_at, t.form_size); }
  std::string_view key_lower(const Type& t) const {
    return std::string_view(keys_).substr(t.key_at + t.form_size, t.lower_size);
  }

  void clear(uint64_t stage) {
    stage_ = stage;
    types_.clear();
    keys_.clear();
    slots_.assign(1024, 0);
  }

  // Room for `count` types at most half full; rehashing happens between
  // documents, never while a sentence holds type indices.
  void reserve(size_t count) {
    if (2 * count <= slots_.size()) return;
    size_t size = slots_.size();
    while (2 * count > size) size *= 2;
    slots_.assign(size, 0);
    const size_t mask = size - 1;
    for (size_t t = 0; t < types_.size(); ++t) {
      size_t s = slot_of(key_form(types_[t]), key_lower(types_[t])) & mask;
      while (slots_[s] != 0) s = (s + 1) & mask;
      slots_[s] = static_cast<uint32_t>(t + 1);
    }
  }

  uint64_t stage_ = 0;
  std::vector<uint32_t> slots_;  // type index + 1, 0 empty
  std::vector<Type> types_;      // grows: hold indices, not references, while adding
  std::string keys_;
};

}  // namespace

void MorphStage::forget_word_types() { TypeCache::forget(); }

void MorphStage::tag_words(Document& doc, std::span<Roles::TokenEntries> entries) const {
  size_t longest = 0;
  for (const Sentence& s : doc.sentences) longest = std::max<size_t>(longest, s.end_token - s.first_token);
  TypeCache& types = TypeCache::for_document(id_, doc.tokens.size());
  std::vector<WordInfo> info(longest);
  std::vector<TypeScores*> scores(longest);
  std::vector<uint32_t> type_of(longest);
  std::vector<std::string_view> forms(longest), lowers(longest);
  std::vector<TaggedWord> tags(longest);
  std::vector<const Roles::WordEntry*> form_entries(longest);
  const std::string_view text = doc.text, view = doc.view.text;
  for (const Sentence& s : doc.sentences) {
    const size_t n = s.end_token - s.first_token;
    for (size_t k = 0; k < n; ++k) {
      const Token& t = doc.tokens[s.first_token + k];
      forms[k] = t.original.in(text);
      lowers[k] = t.normalized.in(view);
      type_of[k] = types.of(forms[k], lowers[k], forms_, tagger_, roles_);
    }
    // Every type of the sentence is known now: references stay valid.
    for (size_t k = 0; k < n; ++k) {
      info[k] = types.info(type_of[k]);
      form_entries[k] = types.form_entry(type_of[k]);
      scores[k] = &types.scores(type_of[k]);
    }
    tagger_.tag(std::span(info.data(), n), std::span(scores.data(), n), std::span(forms.data(), n),
                std::span(lowers.data(), n), forms_, std::span(tags.data(), n));
    for (size_t k = 0; k < n; ++k) {
      Token& t = doc.tokens[s.first_token + k];
      t.upos = tags[k].upos;
      t.feats = tags[k].feats;
      t.lemma = tags[k].lemma;
    }
    mark_handles(doc, s, std::span(info.data(), n), std::span(form_entries.data(), n));
    if (entries.empty()) continue;
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
