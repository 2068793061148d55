#include "lang/lexicon.h"

#include <cstdlib>
#include <system_error>

namespace whosaid::lang {

const LexEntry* Lexicon::find(std::string_view normalized_form) const {
  auto it = entries_.find(normalized_form);
  return it == entries_.end() ? nullptr : &it->second;
}

std::filesystem::path Lexicon::default_data_dir() {
  if (const char* env = std::getenv("WHOSAID_DATA_DIR"); env != nullptr && *env != '\0') {
    return std::filesystem::path(env);
  }
  std::error_code ec;
#ifdef WHOSAID_SOURCE_DATA_DIR
  // A build run from its tree uses the tree's data, so edits apply at once.
  std::filesystem::path source(WHOSAID_SOURCE_DATA_DIR);
  if (std::filesystem::is_directory(source, ec)) return source;
#endif
  // An installed binary: <prefix>/bin/whosaid -> <prefix>/share/whosaid/data.
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return std::filesystem::path("share") / "whosaid" / "data";
  return (exe.parent_path() / ".." / "share" / "whosaid" / "data").lexically_normal();
}

}  // namespace whosaid::lang
