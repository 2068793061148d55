// Fuzz target: the full-form table loader (src/morph/lexicon.h). The input is
// written as a table file and opened; a table the loader accepts must answer
// lookups (of forms of its own and of others) without reading outside the
// file: every lemma of every reading found is read whole.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz/fuzz_support.h"
#include "morph/lexicon.h"

namespace {

namespace fs = std::filesystem;

const fs::path& table_path() {
  static const fs::path path = [] {
    std::string pattern = (fs::temp_directory_path() / "whosaid-fuzz-forms-XXXXXX").string();
    if (!mkdtemp(pattern.data())) whosaid::fuzz::fail("mkdtemp failed");
    static const fs::path dir = pattern;
    std::atexit([] { fs::remove_all(dir); });
    return dir / "forms.bin";
  }();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  {
    std::ofstream out(table_path(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    if (!out) fuzz::fail("cannot write " + table_path().string());
  }
  morph::FormLexicon lexicon;
  if (!morph::FormLexicon::open(table_path(), lexicon).ok()) return 0;
  // Forms that small tables hold, forms no table holds, and slices of the input itself.
  std::string_view probes[] = {"a", "la", "que", "déclarait", "", "zz"};
  size_t lemma_bytes = 0;
  auto look_up = [&](std::string_view form) {
    for (const morph::Reading& r : lexicon.find(form)) {
      const std::string_view lemma = lexicon.lemma(r);
      for (const char c : lemma) lemma_bytes += static_cast<unsigned char>(c) != 0;
    }
  };
  for (const std::string_view form : probes) look_up(form);
  const std::string_view bytes = fuzz::as_text(data, size);
  for (size_t at = 0; at + 4 <= bytes.size() && at < 4096; at += 97) look_up(bytes.substr(at, 1 + bytes[at] % 8));
  (void)lemma_bytes;
  return 0;
}
