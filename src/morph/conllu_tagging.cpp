#include "morph/conllu_tagging.h"

#include <unordered_map>

#include "text/analyze_text.h"

namespace whosaid::morph {

void split_as_tokenizer(std::vector<ConlluSentence>& sentences, const text::TokenizerOptions& options) {
  std::unordered_map<std::string, std::vector<std::string>> tokens_of;  // a form -> the tokenizer's tokens
  for (ConlluSentence& s : sentences) {
    std::vector<ConlluToken> kept;
    for (const ConlluToken& f : s.fused) {
      auto [it, inserted] = tokens_of.try_emplace(f.form);
      if (inserted) {
        Document doc;
        doc.text = f.form;
        if (text::analyze_text(doc, options).ok())
          for (const Token& t : doc.tokens) it->second.emplace_back(t.original.in(doc.text));
      }
      bool same = it->second.size() == f.end_word - f.first_word;
      for (size_t k = 0; same && k < it->second.size(); ++k) same = it->second[k] == s.words[f.first_word + k].form;
      if (!same) kept.push_back(f);
    }
    s.fused = std::move(kept);
  }
}

std::vector<std::string> surface_tokens(const ConlluSentence& s) {
  std::vector<std::string> out;
  size_t next = 0;
  for (size_t i = 0; i < s.words.size();) {
    while (next < s.fused.size() && s.fused[next].end_word <= i) ++next;
    if (next < s.fused.size() && s.fused[next].first_word == i && s.fused[next].end_word > i) {
      out.push_back(s.fused[next].form);
      i = s.fused[next].end_word;
      continue;
    }
    out.push_back(s.words[i].form);
    ++i;
  }
  return out;
}

void tag_conllu_sentence(const ConlluSentence& s, const Tagger& tagger, const FormLexicon& lexicon,
                         WordList& scratch, WordList& word_scratch, std::vector<TaggedWord>& out) {
  scratch.assign(surface_tokens(s), lexicon);
  scratch.tag(tagger, lexicon);
  std::vector<std::string> forms;
  for (const ConlluWord& w : s.words) forms.push_back(w.form);
  word_scratch.assign(forms, lexicon);
  out.assign(s.words.size(), {});
  size_t token = 0, next = 0;
  Upos previous = Upos::unknown;
  bool words_tagged = false;
  for (size_t i = 0; i < s.words.size(); ++token) {
    while (next < s.fused.size() && s.fused[next].end_word <= i) ++next;
    const bool fused = next < s.fused.size() && s.fused[next].first_word == i && s.fused[next].end_word > i;
    if (!fused) {
      out[i] = scratch.tags[token];
      previous = out[i].upos;
      ++i;
      continue;
    }
    const TaggedWord& t = scratch.tags[token];
    const LemmaEntry* e = tagger.lemma_entry(scratch.lowers[token], t.upos);
    // A multi-word token the training data never had with this tag
    // ("Marta's", an unseen name and its possessive): its first word takes
    // the token's tag, the others the tags of the words tagged one by one.
    if (e == nullptr && !words_tagged) {
      word_scratch.tag(tagger, lexicon);
      words_tagged = true;
    }
    for (size_t k = 0; i < s.fused[next].end_word; ++i, ++k) {
      const Upos upos = e != nullptr ? (k < 3 && e->words[k] != Upos::unknown ? e->words[k] : t.upos)
                        : k == 0     ? t.upos
                                     : word_scratch.tags[i].upos;
      out[i] = tagger.word_as(word_scratch.info[i], word_scratch.forms[i], word_scratch.lowers[i], lexicon, upos, previous);
      previous = upos;
    }
  }
}

}  // namespace whosaid::morph
