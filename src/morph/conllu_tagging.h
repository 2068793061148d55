// Tagging a CoNLL-U sentence the way the pipeline sees text: a multi-word
// token ("du", "auquel") is one token, as the tokenizer gives it (one it splits
// into its words, "don't", is its words: split_as_tokenizer); its
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
#include "text/tokenizer.h"

namespace whosaid::morph {

// Drops the multi-word tokens that the tokenizer splits into their very words
// (English "don't" -> "do" "n't", "Marta's" -> "Marta" "'s", by the
// language's enclitics): their words are tokens, as the pipeline sees them.
// The others stay one token ("du", "cannot", "gonna").
void split_as_tokenizer(std::vector<ConlluSentence>& sentences, const text::TokenizerOptions& options);

// The surface tokens of a sentence: multi-word tokens as written, other words as they are.
std::vector<std::string> surface_tokens(const ConlluSentence& s);

// out: one TaggedWord per word of `s`. Lemmas point into the lexicon, the
// model or `scratch`, valid until the next call with the same scratch.
void tag_conllu_sentence(const ConlluSentence& s, const Tagger& tagger, const FormLexicon& lexicon,
                         WordList& scratch, WordList& word_scratch, std::vector<TaggedWord>& out);

}  // namespace whosaid::morph
