// Fuzz target: the language data loaders (src/lang: the lexicon tables and
// the stopwords; src/input: web_chrome.tsv). The first byte picks one file of
// data/lang/fr (in name order, modulo their number) and the rest of the input
// replaces that file in a temporary copy of the folder; the whole language is
// then loaded as `whosaid` loads it. A load that succeeds must give a
// pipeline that analyses the example article without failing, so a table
// the loaders accept cannot break a later stage.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/fuzz_support.h"
#include "lang/detect.h"

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) whosaid::fuzz::fail("cannot write " + path.string());
}

// A copy of data/lang/fr under a fresh temporary folder (removed at exit),
// with the original bytes of every file, to put back after each input.
struct DataCopy {
  fs::path root;  // holds lang/fr/
  fs::path language;
  std::vector<std::string> names;
  std::vector<std::string> originals;
  std::string sample;  // the text analysed with a loaded language

  DataCopy() {
    std::string pattern = (fs::temp_directory_path() / "whosaid-fuzz-lang-XXXXXX").string();
    if (!mkdtemp(pattern.data())) whosaid::fuzz::fail("mkdtemp failed");
    root = pattern;
    language = root / "lang" / "fr";
    fs::create_directories(language);
    const fs::path source = whosaid::fuzz::data_dir() / "lang" / "fr";
    for (const fs::directory_entry& e : fs::directory_iterator(source))
      if (e.is_regular_file()) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    if (names.empty()) whosaid::fuzz::fail("no data files in " + source.string());
    for (const std::string& name : names) {
      originals.push_back(read_file(source / name));
      write_file(language / name, originals.back());
    }
    sample = read_file(fs::path(WHOSAID_FUZZ_EXAMPLES_DIR) / "reuters-ceasefire-fr.txt");
  }
  // Never destroyed, so the exit handler that removes the folder can read it.
  static DataCopy& instance() {
    static DataCopy* copy = [] {
      DataCopy* made = new DataCopy;
      std::atexit([] {
        std::error_code ec;
        fs::remove_all(instance().root, ec);
      });
      return made;
    }();
    return *copy;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  if (size == 0) return 0;
  DataCopy& copy = DataCopy::instance();
  const size_t which = data[0] % copy.names.size();
  const fs::path file = copy.language / copy.names[which];
  write_file(file, fuzz::as_text(data + 1, size - 1));

  PipelineOptions options;
  options.data_dir = copy.root;
  Pipeline pipeline;
  if (Pipeline::create(options, pipeline).ok()) {
    Document doc;
    doc.id = doc.name = "example";
    doc.text = copy.sample;
    if (Status s = pipeline.analyze(doc); !s.ok()) fuzz::fail("a loaded language fails the example: " + s.message());
  }
  std::vector<lang::StopwordSet> sets;
  (void)lang::load_stopword_sets(copy.root / "lang", sets);

  write_file(file, copy.originals[which]);
  return 0;
}
