// Bad language data: each case in tests/data/lang/bad/<case>/ holds the
// table(s) that replace the real ones in a copy of data/lang/fr; loading the
// copy must fail with exactly the message given here (the path of the copied
// file, the line, what is wrong). A file named DELETE_<table> removes <table>.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <unistd.h>

#include "lang_test_data.h"

namespace whosaid::lang {
namespace {

namespace fs = std::filesystem;

// Copies the French data to a scratch folder and lays the case's files over it.
fs::path prepare(const std::string& name) {
  fs::path scratch = fs::temp_directory_path() / ("whosaid-lang-bad-" + std::to_string(getpid())) / name / "fr";
  fs::remove_all(scratch);
  fs::create_directories(scratch.parent_path());
  fs::copy(testing::data_dir() / "lang" / "fr", scratch, fs::copy_options::recursive);
  fs::path overlay = testing::test_data_dir() / "lang" / "bad" / name;
  REQUIRE(fs::is_directory(overlay));
  for (const auto& file : fs::directory_iterator(overlay)) {
    std::string filename = file.path().filename().string();
    if (filename.rfind("DELETE_", 0) == 0) {
      fs::remove(scratch / filename.substr(7));
    } else {
      fs::copy_file(file.path(), scratch / filename, fs::copy_options::overwrite_existing);
    }
  }
  return scratch;
}

TEST_CASE("bad data files give an error naming file, line and field", "[lang][bad-data]") {
  struct Row {
    const char* name;     // folder under tests/data/lang/bad
    const char* message;  // after "<scratch>/": "FILE:LINE: WHAT"
    StatusCode code = StatusCode::bad_data;
  };
  const Row rows[] = {
      {"unknown_model", "cue_verbs.tsv:3: unknown conjugation model 'xyz'"},
      {"unknown_type", "cue_verbs.tsv:3: unknown type 'denies' (statement, denial, refusal)"},
      {"unknown_frame",
       "cue_verbs.tsv:1: unknown frame 'quote' (que, colon, postposed, object, de_inf, a_inf, inf, passive, clause, recipient, possessive, raising, question)"},
      {"bad_belief", "cue_verbs.tsv:1: belief must be yes or no, not 'maybe'"},
      {"cue_columns", "cue_verbs.tsv:2: expected 5 tab-separated columns, got 3"},
      {"duplicate_cue", "cue_verbs.tsv:2: duplicate cue 'déclarer'"},
      {"lemma_model_mismatch", "cue_verbs.tsv:2: the lemma 'dire' does not end in 'er' as model 'er' needs"},
      {"wildcard_mismatch", "cue_verbs.tsv:2: the lemma 'annoncer' does not fit the pattern 'é*er' of model 'é*er'"},
      {"empty_cue", "cue_verbs.tsv:1: cue 'se' has no verb"},
      {"bad_role", "verbs.tsv:2: unknown role 'model' (auxiliary, passive_auxiliary, modal, perception, plain)"},
      {"model_slots", "conjugation_models.tsv:2: present: expected 6 endings, got 5"},
      {"model_star", "conjugation_models.tsv:1: participe_passe: ending 'ées' needs one '*' like the pattern"},
      {"model_duplicate", "conjugation_models.tsv:2: duplicate model 'er'"},
      {"model_infinitive", "cue_verbs.tsv:1: model 'er' does not give back the infinitive 'déclarer'"},
      {"country_code", "nationalities.tsv:2: bad country code 'USA' (ISO 3166 alpha-2, e.g. RU)"},
      {"country_conflict", "nationalities.tsv:3: 'russe' already belongs to the country RU, not XX"},
      {"home_twice", "nationalities.tsv:2: a second home country 'BE' (the first is FR)"},
      {"home_column", "nationalities.tsv:1: unknown sixth column 'maison' (home or nothing)"},
      {"noun_kind", "source_nouns.tsv:2: unknown kind 'institution' (person, organization, group)"},
      {"noun_conflict", "source_nouns.tsv:2: 'conseillers' is already a form of the noun 'conseiller'"},
      {"noun_no_form", "source_nouns.tsv:1: noun 'source' has no form"},
      {"bad_utf8", "source_nouns.tsv:2: invalid UTF-8"},
      {"phrase_kind",
       "phrases.tsv:2: unknown kind 'quotation' (according_to, anonymity_reason, knowledge, refusal_object, institution, cleft)"},
      {"phrase_parens", "phrases.tsv:2: unbalanced ( ) in 'informé(e de'"},
      {"institution_country",
       "phrases.tsv:2: bad country code 'United States' (ISO 3166 alpha-2, or - for none)"},
      {"pronoun_gender", "pronouns.tsv:2: bad gender 'x' (m, f, -)"},
      {"pronoun_inversion", "pronouns.tsv:2: an inversion clitic needs a number (sg or pl)"},
      {"determiner_number", "determiners.tsv:2: bad number 'plural' (sg, pl, -)"},
      {"number_value", "numbers.tsv:2: bad value 'two' (a whole number from 1 to 32767)"},
      {"number_kind", "numbers.tsv:1: unknown kind 'rank' (cardinal, ordinal, approximate)"},
      {"title_kind", "titles.tsv:2: unknown kind 'job' (honorific, function)"},
      {"elision", "function_words.tsv:3: elision 'd' must end in an apostrophe"},
      {"abbreviation", "function_words.tsv:2: abbreviation 'mme' must end in a period (or hold °)"},
      {"function_class",
       "function_words.tsv:2: unknown class 'adverbe' (complementizer, negation, conjunction, adverb, preposition, comparative, time, hypothetical, purpose, privative, "
       "reflexive_clitic, dative_clitic, accusative_clitic, adverbial_clitic, neuter_clitic, relative_pronoun, subject_relative, "
       "genitive, dative, contracted, agent_preposition, attached_preposition, informant_preposition, document_preposition, "
       "negation_particle, impersonal_pronoun, generic_pronoun, gerund_marker, gerund_preposition, comparison, other, noun_coordinator, "
       "demonstrative_pronoun, name_particle, complement_preposition, demonstrative_determiner, interrogative, elision, "
       "abbreviation)"},
      {"stopword", "stopwords.txt:3: bad stopword 'de la' (one word)"},
      {"syntax_option",
       "syntax.tsv:2: unknown option 'word_order' (tag_subject, resumed_quotation, cue_homographs, headline_speaker, "
       "coordinated_subject, tail_preposition, object_recipient, relative_source, refusal_object)"},
      {"syntax_value", "syntax.tsv:2: tail_preposition must be content or cue, not 'verb'"},
      {"syntax_twice", "syntax.tsv:2: coordinated_subject given twice"},
      {"missing_file", "titles.tsv: cannot open the language data file", StatusCode::io_error},
  };
  for (const Row& r : rows) {
    INFO("case " << r.name);
    fs::path dir = prepare(r.name);
    Lexicon lexicon;
    Status s = Lexicon::load(dir, lexicon);
    REQUIRE_FALSE(s.ok());
    CHECK(s.code() == r.code);
    CHECK(s.message() == (dir / "").string() + r.message);
    CHECK(s.exit_code() == (r.code == StatusCode::bad_data ? 78 : 74));
  }
  fs::remove_all(fs::temp_directory_path() / ("whosaid-lang-bad-" + std::to_string(getpid())));
}

TEST_CASE("a verb named with two models points at the first row", "[lang][bad-data]") {
  fs::path dir = prepare("verb_two_models");
  Lexicon lexicon;
  Status s = Lexicon::load(dir, lexicon);
  REQUIRE_FALSE(s.ok());
  // The real cue_verbs.tsv lists "dire" with the model "dire"; verbs.tsv said "dire_ez" first.
  std::string expected_tail = ": verb 'dire' already uses model 'dire_ez' (" + (dir / "verbs.tsv").string() + ":3)";
  CHECK(s.message().rfind((dir / "cue_verbs.tsv").string() + ":", 0) == 0);
  CHECK(s.message().size() > expected_tail.size());
  CHECK(s.message().substr(s.message().size() - expected_tail.size()) == expected_tail);
  fs::remove_all(fs::temp_directory_path() / ("whosaid-lang-bad-" + std::to_string(getpid())));
}

TEST_CASE("a missing language folder is an io error", "[lang][bad-data]") {
  Lexicon lexicon;
  Status s = Lexicon::load(testing::test_data_dir() / "lang" / "no-such-language", lexicon);
  REQUIRE_FALSE(s.ok());
  CHECK(s.code() == StatusCode::io_error);
  CHECK(s.message() == (testing::test_data_dir() / "lang" / "no-such-language").string() +
                           ": no such language data folder");
}

}  // namespace
}  // namespace whosaid::lang
