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

void MorphStage::tag(Document& doc) const {
  if (!available_) return;
  size_t longest = 0;
  for (const Sentence& s : doc.sentences) longest = std::max<size_t>(longest, s.end_token - s.first_token);
  std::vector<WordInfo> info(longest);
  std::vector<std::string_view> forms(longest), lowers(longest);
  std::vector<TaggedWord> tags(longest);
  const std::string_view text = doc.text, view = doc.view.text;
  for (const Sentence& s : doc.sentences) {
    const size_t n = s.end_token - s.first_token;
    for (size_t k = 0; k < n; ++k) {
      const Token& t = doc.tokens[s.first_token + k];
      forms[k] = t.original.in(text);
      lowers[k] = t.normalized.in(view);
      describe_word(forms[k], lowers[k], forms_, info[k]);
    }
    tagger_.tag(std::span(info.data(), n), std::span(forms.data(), n), std::span(lowers.data(), n), forms_,
                std::span(tags.data(), n));
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
