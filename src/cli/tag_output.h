// The parts of `whosaid tag` (tag_command.cpp dispatches): a document's tokens
// one a line, a CoNLL-U file re-tagged or scored, and the lexicon's coverage.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"

namespace whosaid::cli {

// One token a line: form, lemma, UPOS, FEATS, chunk ("B-NP*": begins a noun
// phrase and is its head); a blank line between sentences.
void write_tagged_document(const Document& doc, std::ostream& out);

// Reads the plain-text file at `path` into `doc` and runs the pipeline on it;
// 0, or the exit code after an error naming the file has gone to stderr.
int analyze_text_file(const Pipeline& pipeline, const std::string& path, Document& doc);

// `--conllu`: the file with predicted LEMMA, UPOS, FEATS. `--eval`: accuracy.
int tag_conllu(const Pipeline& pipeline, const std::string& path, bool evaluate, std::ostream& out);

// `--benchmark FILE...`: tokens per second of the tagging alone, on one thread.
int tag_benchmark(const Pipeline& pipeline, const std::filesystem::path& language_dir, const std::vector<std::string>& paths,
                  std::ostream& out);

// `--coverage DIR`: the share of lower-case word tokens of DIR's *.txt the full-form table knows.
int lexicon_coverage(const Pipeline& pipeline, const std::string& dir, std::ostream& out);

}  // namespace whosaid::cli
