// lexicon_table.h: the compiled table gives back the very lexicon the TSV
// files give, and is refused as soon as one of those files changes.
#include <unistd.h>

#include <fstream>
#include <tuple>

#include "lang/lexicon_table.h"
#include "lang_test_data.h"

namespace whosaid::lang {
namespace {

namespace fs = std::filesystem;

fs::path scratch_french(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("whosaid-lang-table-" + std::to_string(getpid())) / name / "fr";
  fs::remove_all(dir);
  fs::create_directories(dir.parent_path());
  fs::copy(testing::data_dir() / "lang" / "fr", dir, fs::copy_options::recursive);
  fs::remove(dir / kLexiconTableName);  // an installed data folder holds one
  return dir;
}

// Member by member: padding bytes are not part of a value.
auto fields(const LexEntry& e) {
  return std::tie(e.flags, e.verb_forms_begin, e.verb_forms_end, e.cues_begin, e.cues_end, e.phrases_begin,
                  e.phrases_end, e.country[0], e.country[1], e.number, e.plural, e.gender, e.definite, e.indefinite,
                  e.possessive, e.noun_kind, e.any_number, e.honorific, e.approximate, e.noun);
}
auto fields(const VerbForm& f) {
  return std::tie(f.verb, f.mood, f.person, f.plural, f.gender, f.inverted, f.inverted_gender, f.tense);
}

void require_same(const Lexicon& a, const Lexicon& b) {
  REQUIRE(a.size() == b.size());
  CHECK(a.code() == b.code());
  a.for_each([&](std::string_view form, const LexEntry& entry) {
    const LexEntry* other = b.find(form);
    INFO(std::string(form));
    REQUIRE(other != nullptr);
    CHECK(fields(entry) == fields(*other));
  });
  REQUIRE(a.verbs().size() == b.verbs().size());
  for (size_t i = 0; i < a.verbs().size(); ++i) {
    CHECK(a.verbs()[i].lemma == b.verbs()[i].lemma);
    CHECK(a.verbs()[i].model == b.verbs()[i].model);
    CHECK(a.verbs()[i].auxiliary == b.verbs()[i].auxiliary);
    CHECK(a.verbs()[i].etre_auxiliary == b.verbs()[i].etre_auxiliary);
  }
  REQUIRE(a.verb_forms().size() == b.verb_forms().size());
  for (size_t i = 0; i < a.verb_forms().size(); ++i) CHECK(fields(a.verb_forms()[i]) == fields(b.verb_forms()[i]));
  REQUIRE(a.cues().size() == b.cues().size());
  CHECK(a.cue_count() == b.cue_count());
  for (size_t i = 0; i < a.cues().size(); ++i) {
    CHECK(a.cues()[i].expression == b.cues()[i].expression);
    CHECK(a.cues()[i].tail == b.cues()[i].tail);
    CHECK(a.cues()[i].verb == b.cues()[i].verb);
    CHECK(a.cues()[i].frames == b.cues()[i].frames);
    CHECK(a.cues()[i].negated == b.cues()[i].negated);
  }
  REQUIRE(a.phrases().size() == b.phrases().size());
  for (size_t i = 0; i < a.phrases().size(); ++i) {
    CHECK(a.phrases()[i].words == b.phrases()[i].words);
    CHECK(a.phrases()[i].value == b.phrases()[i].value);
  }
  CHECK(a.elisions() == b.elisions());
  CHECK(a.abbreviations() == b.abbreviations());
  CHECK(a.home_country() == b.home_country());
  CHECK(a.home_country() == "FR");
  REQUIRE(a.nouns().size() == b.nouns().size());
  for (size_t i = 0; i < a.nouns().size(); ++i) CHECK(a.nouns()[i].lemma == b.nouns()[i].lemma);
}

TEST_CASE("the compiled table gives back the lexicon of the TSV files", "[lang][table]") {
  const fs::path dir = scratch_french("round-trip");
  Lexicon from_files;
  REQUIRE(Lexicon::load_from_data_files(dir, from_files).ok());
  REQUIRE(LexiconTable::write(from_files, dir / kLexiconTableName).ok());
  Lexicon from_table;
  REQUIRE(LexiconTable::read(dir / kLexiconTableName, dir, from_table));
  require_same(from_files, from_table);
  // Lexicon::load takes the table beside the data.
  Lexicon loaded;
  REQUIRE(Lexicon::load(dir, loaded).ok());
  require_same(from_files, loaded);
  fs::remove_all(dir.parent_path());
}

TEST_CASE("a table is refused when a data file changed, went missing, or it is cut", "[lang][table]") {
  const fs::path dir = scratch_french("stale");
  Lexicon from_files;
  REQUIRE(Lexicon::load_from_data_files(dir, from_files).ok());
  const fs::path table = dir / kLexiconTableName;
  REQUIRE(LexiconTable::write(from_files, table).ok());
  Lexicon out;
  REQUIRE(LexiconTable::read(table, dir, out));

  // A new verb: the table would lack its forms.
  { std::ofstream(dir / "verbs.tsv", std::ios::app) << "# a comment changes the bytes\n"; }
  CHECK_FALSE(LexiconTable::read(table, dir, out));
  fs::copy_file(testing::data_dir() / "lang" / "fr" / "verbs.tsv", dir / "verbs.tsv",
                fs::copy_options::overwrite_existing);
  REQUIRE(LexiconTable::read(table, dir, out));

  fs::remove(dir / "stopwords.txt");
  CHECK_FALSE(LexiconTable::read(table, dir, out));
  fs::copy_file(testing::data_dir() / "lang" / "fr" / "stopwords.txt", dir / "stopwords.txt");

  std::string bytes;
  {
    std::ifstream in(table, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  for (const size_t keep : {size_t{0}, size_t{9}, bytes.size() / 2, bytes.size() - 1}) {
    { std::ofstream(table, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(keep)); }
    CHECK_FALSE(LexiconTable::read(table, dir, out));
  }
  // Refused tables leave the loader to the TSV files, which give the lexicon.
  Lexicon loaded;
  REQUIRE(Lexicon::load(dir, loaded).ok());
  require_same(from_files, loaded);
  fs::remove_all(dir.parent_path());
}

}  // namespace
}  // namespace whosaid::lang
