// The compiled lexicon table: a Lexicon as loaded from data/lang/<code>/*.tsv
// (the generated verb and cue forms above all, plus the listed words), written
// once at build time by tools/compile_lexicon_table.cpp and read back at start-up
// instead of conjugating every cue verb again (35 ms -> a few).
//
// The TSV files stay the source of truth: the table records each file the
// loader read with a digest of its bytes, and is used only while every one of
// them is unchanged; otherwise Lexicon::load reads the TSV files as before.
// The file is named for what it holds and kept apart from any other lexicon.
//
//   Where it is looked for (lexicon_table_candidates):
//     DATA/lang/<code>/compiled_verb_cue_forms.table     an installed prefix
//     EXE_DIR[/..]/lang-tables/<code>/compiled_verb_cue_forms.table    a build tree
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "lang/lexicon.h"

namespace whosaid::lang {

inline constexpr std::string_view kLexiconTableName = "compiled_verb_cue_forms.table";

// A 64-bit digest of a data file's bytes: which version of it a table was built from.
uint64_t data_digest(std::string_view bytes);

class LexiconTable {
 public:
  // Writes `lexicon` (loaded from its TSV files) to `file`.
  static Status write(const Lexicon& lexicon, const std::filesystem::path& file);
  // Reads `file` into `out` when it is a table of this build's format whose
  // every input file in `language_dir` is unchanged; false otherwise (`out`
  // is then untouched).
  static bool read(const std::filesystem::path& file, const std::filesystem::path& language_dir, Lexicon& out);
};

// The places a table for `language_dir` may be, in order.
std::vector<std::filesystem::path> lexicon_table_candidates(const std::filesystem::path& language_dir);

}  // namespace whosaid::lang
