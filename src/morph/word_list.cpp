#include "morph/word_list.h"

#include "core/utf8.h"

namespace whosaid::morph {

void lower_form(std::string_view form, std::string& out) {
  out.clear();
  for (size_t i = 0; i < form.size();) {
    const char32_t cp = utf8::decode(form, i);
    utf8::append(cp == U'\u2019' ? U'\'' : utf8::to_lower(cp), out);
  }
}

void WordList::assign(std::span<const std::string> words, const FormLexicon& lexicon) {
  const size_t n = words.size();
  form_text.assign(words.begin(), words.end());
  lower_text.resize(n);
  forms.resize(n);
  lowers.resize(n);
  info.resize(n);
  tags.assign(n, {});
  for (size_t i = 0; i < n; ++i) {
    lower_form(form_text[i], lower_text[i]);
    forms[i] = form_text[i];
    lowers[i] = lower_text[i];
  }
  for (size_t i = 0; i < n; ++i) describe_word(forms[i], lowers[i], lexicon, info[i]);
}

void WordList::stack(const StackedTagger& stacked) { stacked.tag(forms, lowers, info, stacked_scratch); }

void WordList::tag(const Tagger& tagger, const FormLexicon& lexicon) {
  if (tagger.stacked() != nullptr) stack(*tagger.stacked());
  tagger.tag(info, forms, lowers, lexicon, tags);
}

}  // namespace whosaid::morph
