#include "lang/detect.h"

#include <algorithm>
#include <array>
#include <bit>
#include <unordered_map>
#include <system_error>

#include "lang/tsv.h"

namespace whosaid::lang {

namespace {

// A byte of a word: an ASCII letter or any byte of a multi-byte character.
constexpr std::array<bool, 256> kLetter = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  return table;
}();

bool letter(unsigned char c) { return kLetter[c]; }

}  // namespace

Status load_stopwords(const std::filesystem::path& language_dir, StopwordSet& out) {
  TsvFile f;
  if (Status s = read_tsv(language_dir / "stopwords.txt", f); !s.ok()) return s;
  out.code = language_dir.lexically_normal().filename().string();
  if (out.code.empty()) out.code = language_dir.lexically_normal().parent_path().filename().string();
  out.words.clear();
  for (const TsvRow& row : f.rows) {
    if (Status s = f.expect_columns(row, 1, 1); !s.ok()) return s;
    std::string word = normalize_word(row.fields[0]);
    if (word.find(' ') != std::string::npos) return f.error(row, "bad stopword '" + word + "' (one word)");
    out.words.insert(std::move(word));
  }
  return {};
}

Status load_stopword_sets(const std::filesystem::path& lang_root, std::vector<StopwordSet>& out) {
  out.clear();
  std::error_code ec;
  std::vector<std::filesystem::path> dirs;
  for (const auto& entry : std::filesystem::directory_iterator(lang_root, ec)) {
    if (entry.is_directory(ec) && std::filesystem::exists(entry.path() / "stopwords.txt", ec)) dirs.push_back(entry.path());
  }
  if (ec) return Status::io_error(lang_root.string(), "cannot list the language folders: " + ec.message());
  std::sort(dirs.begin(), dirs.end());
  for (const auto& dir : dirs) {
    StopwordSet set;
    if (Status s = load_stopwords(dir, set); !s.ok()) return s;
    out.push_back(std::move(set));
  }
  return {};
}

namespace {

// The scan of detect_language: hits(word, counts) adds a word's hits.
template <typename Hits>
std::string detect_with(std::string_view text, const std::vector<StopwordSet>& sets, size_t max_words, Hits&& hits_of) {
  std::vector<size_t> hits(sets.size(), 0);
  size_t words = 0;
  size_t i = 0;
  while (i < text.size() && words < max_words) {
    if (!letter(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size()) {
      auto c = static_cast<unsigned char>(text[i]);
      if (letter(c)) {
        ++i;
      } else if (c == '-' && i + 1 < text.size() && letter(static_cast<unsigned char>(text[i + 1]))) {
        ++i;
      } else {
        break;
      }
    }
    if (i < text.size() && text[i] == '\'') ++i;  // keep the apostrophe on "l'", "qu'"
    std::string_view word = text.substr(start, i - start);
    ++words;
    hits_of(word, hits);
  }
  size_t best = sets.size();
  for (size_t k = 0; k < sets.size(); ++k) {
    if (hits[k] > 0 && (best == sets.size() || hits[k] > hits[best])) best = k;
  }
  return best == sets.size() ? std::string() : sets[best].code;
}

}  // namespace

std::string detect_language(std::string_view text, const std::vector<StopwordSet>& sets, size_t max_words) {
  return detect_with(text, sets, max_words, [&](std::string_view word, std::vector<size_t>& hits) {
    for (size_t k = 0; k < sets.size(); ++k) {
      if (sets[k].words.find(word) != sets[k].words.end()) ++hits[k];
    }
  });
}

StopwordIndex::StopwordIndex(const std::vector<StopwordSet>& sets) {
  if (sets.size() > 64) return;
  std::unordered_map<std::string, uint64_t> bits;
  for (size_t k = 0; k < sets.size(); ++k)
    for (const std::string& w : sets[k].words) bits[w] |= uint64_t{1} << k;
  words_.reserve(bits.size());
  for (const auto& [word, b] : bits) words_.insert(word, b);
  usable_ = true;
}

std::string detect_language(std::string_view text, const std::vector<StopwordSet>& sets, const StopwordIndex& index,
                            size_t max_words) {
  if (!index.usable()) return detect_language(text, sets, max_words);
  return detect_with(text, sets, max_words, [&](std::string_view word, std::vector<size_t>& hits) {
    for (uint64_t b = index.sets_of(word); b != 0; b &= b - 1) ++hits[static_cast<size_t>(std::countr_zero(b))];
  });
}

}  // namespace whosaid::lang
