// Tagging a CoNLL-U sentence the way the pipeline sees text: a multi-word
// token ("du", "auquel", "don't") is one token, as the tokenizer gives it; its
// words then get the tags the training data gave that token's words (a token
// it never had: the first word the token's tag, the others the tags of the
// words tagged one by one), and each word its own lemma and features.
// `whosaid tag --conllu/--eval` and the trainer's held-out score use it, so
// the figures are those of the pipeline's tagging.
#pragma once

#include <string>
#include <vector>

#include "morph/conllu.h"
#include "morph/lexicon.h"
#include "morph/tagger.h"
#include "morph/word_list.h"

namespace whosaid::morph {

// The surface tokens of a sentence: multi-word tokens as written, other words as they are.
std::vector<std::string> surface_tokens(const ConlluSentence& s);

// out: one TaggedWord per word of `s`. Lemmas point into the lexicon, the
// model or `scratch`, valid until the next call with the same scratch.
void tag_conllu_sentence(const ConlluSentence& s, const Tagger& tagger, const FormLexicon& lexicon,
                         WordList& scratch, WordList& word_scratch, std::vector<TaggedWord>& out);

}  // namespace whosaid::morph
