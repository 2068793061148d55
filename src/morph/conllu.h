// Reading and writing CoNLL-U (https://universaldependencies.org/format.html)
// for the tagger's training, evaluation and `whosaid tag --conllu`.
// A sentence keeps every line as given (comments, multi-word token ranges,
// empty nodes) so that it can be written back with only the LEMMA, UPOS and
// FEATS columns of its words replaced.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/morph.h"
#include "core/status.h"

namespace whosaid::morph {

struct ConlluWord {
  std::string form;
  std::string lemma;
  Upos upos = Upos::unknown;
  std::string feats;  // as given
  size_t line = 0;    // index into ConlluSentence::lines
};

// A multi-word token ("du" = "de" + "le"): its surface form and word range.
struct ConlluToken {
  std::string form;
  size_t first_word = 0, end_word = 0;  // indices into ConlluSentence::words
};

struct ConlluSentence {
  std::vector<std::string> lines;    // every line, as read
  std::vector<ConlluWord> words;     // the syntactic words (integer ids), in order
  std::vector<ConlluToken> fused;    // multi-word tokens
};

// Reads every sentence of the file. Errors name the file and line.
Status read_conllu(const std::filesystem::path& path, std::vector<ConlluSentence>& out);

// One line of a sentence with its word's LEMMA, UPOS and FEATS replaced.
std::string with_columns(const std::string& line, std::string_view lemma, std::string_view upos, std::string_view feats);

}  // namespace whosaid::morph
