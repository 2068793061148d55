// Internal to the language stage: reads the data tables (TSV, UTF-8, '#'
// comments) line by line and builds the errors that name file:line.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace whosaid::lang {

// One data line: its 1-based number in the file and its tab-separated fields,
// each trimmed of surrounding spaces. Views into TsvFile::text.
struct TsvRow {
  uint32_t line = 0;
  std::vector<std::string_view> fields;
};

struct TsvFile {
  std::string name;   // the path as given, for messages
  std::string text;   // the whole file
  std::vector<TsvRow> rows;

  // "NAME:LINE: WHAT", a bad_data status.
  Status error(const TsvRow& row, std::string what) const {
    return std::move(Status::bad_data(name, std::move(what)).at_line(row.line));
  }
  // Checks the row has between `min` and `max` fields.
  Status expect_columns(const TsvRow& row, size_t min, size_t max) const;
};

// Reads `path`. Skips blank lines and lines whose first non-space character is
// '#'. Fails on unreadable files (io_error) and invalid UTF-8 (bad_data, with
// the line). A trailing '\r' is dropped, so CRLF files load.
Status read_tsv(const std::filesystem::path& path, TsvFile& out);

// True when `s` is well-formed UTF-8.
bool valid_utf8(std::string_view s);

// Lower-cases (ASCII, Latin-1, Latin Extended-A, Œ) and unifies apostrophes
// (’ ‘ ʼ ` -> '), the way the text layer normalizes a token.
std::string normalize_word(std::string_view s);

// The form with its first letter's accent removed ("état" -> "etat",
// "élysée" -> "elysée"), or empty when the first letter has none or the word
// is that one letter ("à" stays "à": "a" is another word). French copy
// often drops accents on capitals ("Etats-Unis", "Elysée"), and the text layer
// only lower-cases, so the lexicon also knows these spellings.
std::string strip_initial_accent(std::string_view s);

// Splits a normalized phrase into tokens the way the tokenizer does: on spaces,
// and after a listed elision ("d'après" -> "d'", "après"); hyphenated words
// stay whole.
std::vector<std::string> split_phrase(std::string_view normalized,
                                      const std::vector<std::string>& elisions);

// Expands optional groups: "informé(e)(s)" -> informé, informée, informés,
// informées (in that order). Fails (returns false) on unbalanced parentheses.
bool expand_optional(std::string_view pattern, std::vector<std::string>& out);

}  // namespace whosaid::lang
