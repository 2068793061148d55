// pipeline.h: under --lang auto, create() loads the default language's data
// and the other languages' only when a document needs them, so a process
// given French documents never reads the English tables. A language's bad
// data then fails its documents, not the start-up; the default language's
// still fails the start-up.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "lang/lexicon_table.h"
#include "pipeline/pipeline.h"

using namespace whosaid;
namespace fs = std::filesystem;

namespace {

// A data folder with the source tree's fr and en, en's verbs.tsv removed.
fs::path data_with_broken_english() {
  const char* source = std::getenv("WHOSAID_DATA_DIR");
  REQUIRE(source != nullptr);
  const fs::path dir = fs::temp_directory_path() / ("whosaid-lazy-languages-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "lang");
  for (const char* code : {"fr", "en"}) {
    fs::copy(fs::path(source) / "lang" / code, dir / "lang" / code, fs::copy_options::recursive);
    fs::remove(dir / "lang" / code / lang::kLexiconTableName);
  }
  fs::remove(dir / "lang" / "en" / "verbs.tsv");
  return dir;
}

}  // namespace

TEST_CASE("under auto, a language's data is loaded by the first document that needs it", "[pipeline][lazy]") {
  const fs::path data = data_with_broken_english();
  PipelineOptions options;
  options.data_dir = data;
  Pipeline pipeline;
  const Status created = Pipeline::create(options, pipeline);
  INFO(created.message());
  REQUIRE(created.ok());  // English is not read yet
  CHECK(pipeline.languages() == std::vector<std::string>{"en", "fr"});

  Document french;
  french.name = "valbourg-fr";
  french.text = "Marta Lindqvist a déclaré mardi à Valbourg que le projet de tramway serait abandonné.\n";
  REQUIRE(pipeline.analyze(french).ok());
  CHECK(french.lang == "fr");
  CHECK_FALSE(french.attributions.empty());
  CHECK(pipeline.lexicon("fr") != nullptr);

  Document english;
  english.name = "valbourg-en";
  english.lang = "en";
  english.text = "Marta Lindqvist said on Tuesday that the tram project in Valbourg would be dropped.\n";
  const Status s = pipeline.analyze(english);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("verbs.tsv") != std::string::npos);
  CHECK(pipeline.lexicon("en") == nullptr);
  // The failure stays: the next English document fails the same way, French ones still pass.
  english.attributions.clear();
  CHECK_FALSE(pipeline.analyze(english).ok());
  Document again;
  again.text = french.text;
  CHECK(pipeline.analyze(again).ok());

  // The default language's bad data is the start-up's error.
  options.default_lang = "en";
  Pipeline english_first;
  CHECK_FALSE(Pipeline::create(options, english_first).ok());
  fs::remove_all(data);
}
