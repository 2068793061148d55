// The English stacked tagger (morph/stacked_tagger.h): the second-order HMM
// of the WSJ's Penn tags that the build converts from festlex-poslex, on
// sentences written for these tests; its table's checks; the features the
// perceptron reads from its tags, none for a language without it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "morph/stacked_tagger.h"
#include "morph/word_list.h"

using namespace whosaid;
using namespace whosaid::morph;

namespace {

const StackedTagger& english() {
  static const StackedTagger& hmm = *[] {
    auto* t = new StackedTagger;
    const char* dir = std::getenv("WHOSAID_DATA_DIR");
    REQUIRE(dir != nullptr);
    const Status s = StackedTagger::load(stacked_table_path(std::filesystem::path(dir) / "lang" / "en"), *t);
    INFO(s.message());
    REQUIRE(s.ok());
    return t;
  }();
  return hmm;
}

// The Penn tags of a sentence given as words separated by spaces.
std::string penn(const std::string& sentence) {
  std::vector<std::string> words;
  std::istringstream in(sentence);
  for (std::string w; in >> w;) words.push_back(w);
  std::vector<std::string> lowers(words.size());
  std::vector<std::string_view> forms, lower_views;
  for (size_t i = 0; i < words.size(); ++i) {
    lower_form(words[i], lowers[i]);
    forms.push_back(words[i]);
    lower_views.push_back(lowers[i]);
  }
  std::vector<WordInfo> info(words.size());
  StackedTagger::Scratch scratch;
  english().tag(forms, lower_views, info, scratch);
  std::string out;
  for (const WordInfo& w : info) out += (out.empty() ? "" : " ") + std::string(english().tag_name(w.stacked));
  return out;
}

std::filesystem::path write_temp(const std::string& bytes, std::string_view name) {
  const auto path = std::filesystem::temp_directory_path() / ("whosaid-stacked-test-" + std::string(name));
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

TEST_CASE("the English stacked tagger tags sentences with the WSJ's context", "[morph][english]") {
  REQUIRE(english().tag_count() == 38);
  // A modal before its verb, an unknown name by its capitals, "the" before an adjective and a noun.
  CHECK(penn("Marta Lindqvist will open the new bridge in Valbourg .") == "nnp nnp md vb dt jj nn in nnp punc");
  // Auxiliary "do" reads as a modal (data/lang/en/stacked_readings.tsv): a bare verb after it.
  CHECK(penn("The council did not approve the plan .") == "dt nn md rb vb dt nn punc");
  // Possessive determiners read as "dt" (closed_forms.tsv): a noun after them.
  CHECK(penn("She sold her old house last year .") == "prp vbd dt jj nn jj nn punc");
  // Numbers are "cd" whatever the WSJ lexicon knew of them.
  CHECK(penn("The mayor won 1,250 votes on 03/14/2026 .") == "dt nn vbd cd nns in cd punc");
  // The same word, a noun after a determiner and a verb after "to".
  CHECK(penn("They want to record the record .") == "prp vbp to vb dt nn punc");
}

TEST_CASE("the stacked tagger tags an empty sentence and a long one without fault", "[morph][english]") {
  CHECK(penn("") == "");
  std::string long_sentence;
  // 2,001 words: tagged in runs of StackedTagger::kMaxRun, each word a tag.
  for (int k = 0; k < 500; ++k) long_sentence += "the council met , ";
  const std::string tags = penn(long_sentence + ".");
  CHECK(tags.substr(0, 15) == "dt nn vbd punc ");
  CHECK(std::count(tags.begin(), tags.end(), ' ') == 2000);
  CHECK(tags.find("dt nn vbd punc dt nn vbd punc", tags.size() / 2) != std::string::npos);
}

TEST_CASE("a damaged stacked tagger table is an error naming the file", "[morph]") {
  const char* dir = std::getenv("WHOSAID_DATA_DIR");
  REQUIRE(dir != nullptr);
  std::ifstream in(stacked_table_path(std::filesystem::path(dir) / "lang" / "en"), std::ios::binary);
  const std::string table(std::istreambuf_iterator<char>(in), {});
  REQUIRE(table.size() > 1000);
  StackedTagger t;
  const auto truncated = write_temp(table.substr(0, table.size() - 1), "truncated");
  Status s = StackedTagger::load(truncated, t);
  CHECK(!s.ok());
  CHECK(s.message().find(truncated.string()) != std::string::npos);
  const auto garbage = write_temp(std::string(100, 'x'), "garbage");
  s = StackedTagger::load(garbage, t);
  CHECK(!s.ok());
  CHECK(s.message().find("bad magic") != std::string::npos);
  s = StackedTagger::load(write_temp("", "empty"), t);
  CHECK(!s.ok());
  CHECK(t.empty());
}

TEST_CASE("the stacked features exist only where the words have stacked tags", "[morph]") {
  std::vector<WordInfo> words(3);
  uint32_t rows[kStackedFeatureCount];
  // French, or any language without a stacked tagger: no feature, its model unchanged.
  for (size_t i = 0; i < words.size(); ++i) CHECK(stacked_feature_rows(words, i, 0xffff, rows) == 0);
  words[0].stacked = 3;
  words[1].stacked = 7;
  words[2].stacked = 3;
  REQUIRE(stacked_feature_rows(words, 0, 0xffff, rows) == kStackedFeatureCount);
  uint32_t first[kStackedFeatureCount], last[kStackedFeatureCount];
  std::copy(std::begin(rows), std::end(rows), first);
  REQUIRE(stacked_feature_rows(words, 2, 0xffff, last) == kStackedFeatureCount);
  // The same tag: the same row of its own; other neighbours: other rows.
  CHECK(first[0] == last[0]);
  CHECK(first[1] != last[1]);
  CHECK(first[2] != last[2]);
}
