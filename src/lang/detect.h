// Language detection by stopwords: the language whose stopword list
// (data/lang/<code>/stopwords.txt) the first words of a text hit most often.
// Crude and fast, and enough to tell French copy from English copy.
//
//   std::vector<StopwordSet> sets;
//   Status s = load_stopword_sets(Lexicon::default_data_dir() / "lang", sets);
//   std::string code = detect_language(doc.view.text, sets);   // "fr", "en" or ""
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/status.h"

namespace whosaid::lang {

struct StopwordSet {
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::string code;  // the folder's name: "fr"
  std::unordered_set<std::string, Hash, std::equal_to<>> words;  // normalized: "le", "l'", "qu'"
};

// Loads <language_dir>/stopwords.txt (one word a line, '#' comments).
Status load_stopwords(const std::filesystem::path& language_dir, StopwordSet& out);

// Loads the stopwords of every <lang_root>/<code>/ that has a stopwords.txt,
// in order of code, so ties break the same way every run.
Status load_stopword_sets(const std::filesystem::path& lang_root, std::vector<StopwordSet>& out);

// The code of the set with the most hits among the first `max_words` words of
// `normalized_text` (lower-cased, apostrophes unified: see core/text_view.h);
// ties go to the earlier set; "" when no word is a stopword of any set.
// Words are runs of letters (any non-ASCII byte counts as a letter) and inner
// hyphens; an apostrophe ends a word and stays on it ("l'", "qu'", "don'").
std::string detect_language(std::string_view normalized_text, const std::vector<StopwordSet>& sets,
                            size_t max_words = 2000);

}  // namespace whosaid::lang
