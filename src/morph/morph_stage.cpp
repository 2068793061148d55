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
  }
}

void MorphStage::run(Document& doc) const {
  if (!available_) return;
  tag(doc);
  Chunker(roles_).run(doc);
}

}  // namespace whosaid::morph
