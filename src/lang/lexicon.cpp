#include "lang/lexicon.h"

#include <cstdlib>
#include <fstream>
#include <string>
#include <system_error>

namespace whosaid::lang {

std::filesystem::path Lexicon::default_data_dir() {
  if (const char* env = std::getenv("WHOSAID_DATA_DIR"); env != nullptr && *env != '\0') {
    return std::filesystem::path(env);
  }
  // Found from the executable, so a moved build or install still finds it.
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return std::filesystem::path("share") / "whosaid" / "data";
  const std::filesystem::path bin = exe.parent_path();
  // A build tree: the build writes the source tree's data folder into
  // whosaid-data-dir beside the binary (test binaries sit one folder down).
  for (const std::filesystem::path& dir : {bin, bin.parent_path()}) {
    std::ifstream marker(dir / "whosaid-data-dir");
    std::string line;
    if (marker && std::getline(marker, line) && std::filesystem::is_directory(line, ec)) return line;
  }
  // An installed binary: <prefix>/bin/whosaid -> <prefix>/share/whosaid/data.
  return (bin / ".." / "share" / "whosaid" / "data").lexically_normal();
}

uint64_t Lexicon::data_fingerprint() const {
  uint64_t h = 14695981039346656037ull;
  auto mix = [&h](uint64_t v) { h = (h ^ v) * 1099511628211ull; };
  for (const auto& [name, digest] : inputs_) {
    for (const char c : name) mix(static_cast<unsigned char>(c));
    mix(name.size());
    mix(digest);
  }
  return h ^ inputs_.size();
}

// The keywords of phrases.tsv's value column for according_to rows.
bool initial_only(const Phrase& p) { return p.kind == PhraseKind::according_to && p.value == "initial"; }
bool names_according_to(const Phrase& p) { return p.kind == PhraseKind::according_to && p.value == "lemma"; }

std::string Lexicon::according_to_lemma() const {
  std::string out;
  for (const Phrase& p : phrases_) {
    if (!names_according_to(p)) continue;
    // Written as text is: no space after an elision ("d'après").
    for (const std::string& w : p.words) {
      if (!out.empty() && out.back() != '\'') out += ' ';
      out += w;
    }
    break;
  }
  return out;
}

}  // namespace whosaid::lang
