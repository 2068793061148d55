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

#include "core/form_table.h"
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

// Every set's words in one flat table (core/form_table.h), each with a bit per
// set that lists it: one probe a word whatever the number of sets, where
// detect_language above probes each set's node-based hash set. What a
// pipeline that detects the language of every document keeps.
class StopwordIndex {
 public:
  StopwordIndex() = default;
  explicit StopwordIndex(const std::vector<StopwordSet>& sets);
  // Whether it holds `sets` (at most 64 of them).
  bool usable() const { return usable_; }
  // The bits of the sets (bit k: sets[k]) that list `word`.
  uint64_t sets_of(std::string_view word) const {
    const uint64_t* bits = words_.find(word);
    return bits != nullptr ? *bits : 0;
  }

 private:
  FormTable<uint64_t> words_;
  bool usable_ = false;
};

// The same answer as detect_language(normalized_text, sets, max_words),
// `index` made from `sets` (when it is not usable, that function's).
std::string detect_language(std::string_view normalized_text, const std::vector<StopwordSet>& sets,
                            const StopwordIndex& index, size_t max_words = 2000);

}  // namespace whosaid::lang
