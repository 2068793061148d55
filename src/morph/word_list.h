// A sentence given as a list of word forms (CoNLL-U, the trainer, tests),
// made ready for the tagger: lower-case forms and word descriptions. The
// pipeline's documents take another road (morph/morph_stage.h), from tokens.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "morph/lexicon.h"
#include "morph/tagger.h"
#include "morph/tagger_features.h"

namespace whosaid::morph {

// Lower case, curly apostrophes made ASCII: what the pipeline's normalized view gives.
void lower_form(std::string_view form, std::string& out);

struct WordList {
  std::vector<std::string> form_text, lower_text;
  std::vector<std::string_view> forms, lowers;
  std::vector<WordInfo> info;
  std::vector<TaggedWord> tags;

  StackedTagger::Scratch stacked_scratch;

  void assign(std::span<const std::string> words, const FormLexicon& lexicon);
  // Sets info[i].stacked with the stacked tagger's tags (tag() does when the tagger has one).
  void stack(const StackedTagger& stacked);
  void tag(const Tagger& tagger, const FormLexicon& lexicon);
};

}  // namespace whosaid::morph
