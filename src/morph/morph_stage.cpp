#include "morph/morph_stage.h"

#include <algorithm>
#include <system_error>

#include "morph/chunker.h"

namespace whosaid::morph {

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
void MorphStage::mark_handles(Document& doc, const Sentence& s, std::span<const WordInfo> info) const {
  const std::string_view view = doc.view.text;
  for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
    Token& mark = doc.tokens[i];
    if (!has_role(roles_.of_word(mark.normalized.in(view)), Role::handle_mark)) continue;
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

// The word types of one document: each distinct (form, normalized form) is
// described and its own scores summed once. Open addressing over a table
// sized from the token count, allocated once per document.
class WordTypes {
 public:
  WordTypes(const Document& doc, const FormLexicon& lexicon, const Tagger& tagger)
      : doc_(doc), lexicon_(lexicon), tagger_(tagger) {
    size_t slots = 16;
    while (slots < 2 * doc.tokens.size()) slots *= 2;
    slots_.assign(slots, 0);
  }

  // The index of the token's type, described on its first occurrence.
  uint32_t of(const Token& t) {
    const std::string_view form = t.original.in(doc_.text), lower = t.normalized.in(doc_.view.text);
    uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : form) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    for (const char c : lower) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    const size_t mask = slots_.size() - 1;
    for (size_t s = (h ^ (h >> 31)) & mask;; s = (s + 1) & mask) {
      if (slots_[s] == 0) {
        Type& type = types_.emplace_back();
        type.form = form;
        type.lower = lower;
        describe_word(form, lower, lexicon_, type.info);
        tagger_.own_scores(type.info, type.scores);
        slots_[s] = static_cast<uint32_t>(types_.size());
        return slots_[s] - 1;
      }
      const Type& type = types_[slots_[s] - 1];
      if (type.form == form && type.lower == lower) return slots_[s] - 1;
    }
  }

  const WordInfo& info(uint32_t type) const { return types_[type].info; }
  const OwnScores& scores(uint32_t type) const { return types_[type].scores; }

 private:
  struct Type {
    std::string_view form, lower;
    WordInfo info;
    OwnScores scores;
  };
  const Document& doc_;
  const FormLexicon& lexicon_;
  const Tagger& tagger_;
  std::vector<uint32_t> slots_;  // type index + 1, 0 empty
  std::vector<Type> types_;      // grows: hold indices, not references, while adding
};

}  // namespace

void MorphStage::tag(Document& doc) const {
  if (!available_) return;
  size_t longest = 0;
  for (const Sentence& s : doc.sentences) longest = std::max<size_t>(longest, s.end_token - s.first_token);
  WordTypes types(doc, forms_, tagger_);
  std::vector<WordInfo> info(longest);
  std::vector<const OwnScores*> own(longest);
  std::vector<uint32_t> type_of(longest);
  std::vector<std::string_view> forms(longest), lowers(longest);
  std::vector<TaggedWord> tags(longest);
  const std::string_view text = doc.text, view = doc.view.text;
  for (const Sentence& s : doc.sentences) {
    const size_t n = s.end_token - s.first_token;
    for (size_t k = 0; k < n; ++k) {
      const Token& t = doc.tokens[s.first_token + k];
      forms[k] = t.original.in(text);
      lowers[k] = t.normalized.in(view);
      type_of[k] = types.of(t);
    }
    // Every type of the sentence is known now: references stay valid.
    for (size_t k = 0; k < n; ++k) {
      info[k] = types.info(type_of[k]);
      own[k] = &types.scores(type_of[k]);
    }
    tagger_.tag(std::span(info.data(), n), std::span(own.data(), n), std::span(forms.data(), n),
                std::span(lowers.data(), n), forms_, std::span(tags.data(), n));
    for (size_t k = 0; k < n; ++k) {
      Token& t = doc.tokens[s.first_token + k];
      t.upos = tags[k].upos;
      t.feats = tags[k].feats;
      t.lemma = tags[k].lemma;
    }
    mark_handles(doc, s, std::span(info.data(), n));
  }
}

void MorphStage::run(Document& doc) const {
  if (!available_) return;
  tag(doc);
  Chunker(roles_).run(doc);
}

}  // namespace whosaid::morph
