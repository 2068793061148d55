// The report's labels (report/report_labels.h): the project's French and
// English files load whole; a bad file fails naming the file, the line and
// what is wrong; a language without labels falls back to English, and a
// language code read from an input never reaches another path.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <unistd.h>

#include "report/report_labels.h"
#include "report/report_test_util.h"

using namespace whosaid;
using namespace whosaid::report;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A scratch data folder: lang/<code>/report_labels.tsv with the given text.
struct LabelDir {
  fs::path root = fs::temp_directory_path() / ("whosaid-labels-" + std::to_string(::getpid()));
  LabelDir() { fs::remove_all(root); }
  ~LabelDir() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  fs::path write(const std::string& code, const std::string& text) const {
    fs::create_directories(root / "lang" / code);
    fs::path p = root / "lang" / code / "report_labels.tsv";
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
};

}  // namespace

TEST_CASE("labels: the French and English files give every label", "[report][labels]") {
  for (const char* code : {"fr", "en"}) {
    INFO(code);
    ReportLabels labels;
    Status s = ReportLabels::load(testing::data_dir() / "lang" / code / "report_labels.tsv", code, labels);
    REQUIRE(s.ok());
    CHECK(labels.lang() == code);
    std::set<std::string> texts;
    for (std::size_t k = 0; k < kLabels; ++k) {
      const auto text = labels.get(static_cast<Label>(k));
      INFO(label_key(static_cast<Label>(k)));
      CHECK_FALSE(text.empty());
      texts.emplace(text);
    }
    // The names of values are told apart.
    CHECK(labels.of(AttributionType::statement) != labels.of(AttributionType::denial));
    CHECK(labels.of(QuoteKind::direct) != labels.of(QuoteKind::indirect));
    CHECK(labels.of(EntityKind::person) != labels.of(EntityKind::group));
    CHECK(labels.of(SectionKind::comment) != labels.of(SectionKind::body));
  }
  ReportLabels fr, en;
  REQUIRE(ReportLabels::load(testing::data_dir() / "lang" / "fr" / "report_labels.tsv", "fr", fr).ok());
  REQUIRE(ReportLabels::load(testing::data_dir() / "lang" / "en" / "report_labels.tsv", "en", en).ok());
  CHECK(fr.get(Label::audit) != en.get(Label::audit));
}

TEST_CASE("labels: a bad file names the file, the line and what is wrong", "[report][labels]") {
  const std::string good = read(testing::data_dir() / "lang" / "en" / "report_labels.tsv");
  auto replace_line = [&](const std::string& key, const std::string& line) {
    const std::size_t at = good.find("\n" + key + "\t");
    REQUIRE(at != std::string::npos);
    const std::size_t end = good.find('\n', at + 1);
    return good.substr(0, at + 1) + line + good.substr(end);
  };
  auto line_of = [&](const std::string& text, const std::string& key) {
    const std::size_t at = text.find("\n" + key + "\t");
    return std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<long>(at) + 1, '\n'));
  };
  struct Row {
    std::string what, text, message;
  };
  const std::string unknown = replace_line("legend", "legend_colour\tColour");
  const std::string twice = good + "audit\tAudit again\n";
  const std::string three = replace_line("graph", "graph\tGraph\textra");
  const std::string no_text = replace_line("graph", "graph\t");
  const std::string missing = replace_line("col_rule", "# col_rule removed");
  const Row rows[] = {
      {"unknown key", unknown, ":" + line_of(unknown, "legend_colour") + ": unknown label 'legend_colour'"},
      {"key twice", twice,
       ":" + std::to_string(std::count(twice.begin(), twice.end(), '\n')) + ": label 'audit' given twice (first on line " +
           line_of(good, "audit") + ")"},
      {"three columns", three, ":" + line_of(three, "graph") + ": expected 2 tab-separated columns, got 3"},
      {"no text", no_text, ":" + line_of(no_text, "graph") + ": expected 2 tab-separated columns, got 1"},
      {"a key missing", missing, ": no line for the label 'col_rule'"},
      {"invalid UTF-8", replace_line("audit", "audit\tAud\xFFit"), ":" + line_of(good, "audit") + ": invalid UTF-8"},
  };
  LabelDir dir;
  for (const Row& row : rows) {
    INFO(row.what);
    const fs::path path = dir.write("xx", row.text);
    ReportLabels labels;
    Status s = ReportLabels::load(path, "xx", labels);
    CHECK(s.code() == StatusCode::bad_data);
    CHECK(s.message().find(path.string() + row.message) != std::string::npos);
    INFO(s.message());
  }
  ReportLabels labels;
  CHECK(ReportLabels::load(dir.root / "none.tsv", "xx", labels).code() == StatusCode::io_error);
}

TEST_CASE("labels: the catalog loads each language once, falls back to English", "[report][labels]") {
  LabelCatalog catalog(testing::data_dir());
  const ReportLabels* fr = nullptr;
  const ReportLabels* again = nullptr;
  const ReportLabels* other = nullptr;
  REQUIRE(catalog.get("fr", fr).ok());
  REQUIRE(catalog.get("fr", again).ok());
  CHECK(fr == again);
  CHECK(fr->lang() == "fr");
  for (const char* code : {"de", "", "../../fr", "FR", "fr/../en", "frr"}) {
    INFO(code);
    REQUIRE(catalog.get(code, other).ok());
    CHECK(other->lang() == "en");
  }
  // A language whose file is wrong is an error, not a fallback.
  LabelDir dir;
  dir.write("en", read(testing::data_dir() / "lang" / "en" / "report_labels.tsv"));
  dir.write("it", "audit\tVerifica\n");
  LabelCatalog broken(dir.root);
  CHECK(broken.get("it", other).code() == StatusCode::bad_data);
  REQUIRE(broken.get("de", other).ok());
  CHECK(other->lang() == "en");
}
