// The full-form table built from Grammalecte's dictionary: readings of
// inflected forms, proper-noun classes, and clear errors on a damaged file.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "morph/lexicon.h"

using namespace whosaid;
using namespace whosaid::morph;

namespace {

const FormLexicon& french_forms() {
  static const FormLexicon lex = [] {
    FormLexicon l;
    const char* dir = std::getenv("WHOSAID_DATA_DIR");
    REQUIRE(dir != nullptr);
    const Status s = FormLexicon::open(form_table_path(std::filesystem::path(dir) / "lang" / "fr"), l);
    INFO(s.message());
    REQUIRE(s.ok());
    return l;
  }();
  return lex;
}

bool has(std::string_view form, Upos upos, std::string_view lemma, uint32_t required_feats = 0) {
  const FormLexicon& lex = french_forms();
  for (const Reading& r : lex.find(form))
    if (r.upos == upos && lex.lemma(r) == lemma && (r.feats & required_feats) == required_feats) return true;
  return false;
}

uint32_t feats(std::initializer_list<std::pair<Feat, uint8_t>> values) {
  uint32_t f = 0;
  for (const auto& [field, value] : values) f = with_feature(f, field, value);
  return f;
}

std::filesystem::path copy_prefix(size_t bytes, std::string_view name) {
  const auto path = std::filesystem::temp_directory_path() / (std::string("whosaid-lexicon-test-") + std::string(name));
  std::ifstream in(form_table_path(std::filesystem::path(std::getenv("WHOSAID_DATA_DIR")) / "lang" / "fr"), std::ios::binary);
  std::string data(bytes, '\0');
  in.read(data.data(), static_cast<std::streamsize>(bytes));
  std::ofstream(path, std::ios::binary).write(data.data(), static_cast<std::streamsize>(bytes));
  return path;
}

}  // namespace

TEST_CASE("the full-form table gives every reading of an inflected form") {
  REQUIRE(french_forms().size() > 300000);
  using namespace whosaid::feat;
  CHECK(has("déclarait", Upos::VERB, "déclarer",
            feats({{Feat::verb_form, fin}, {Feat::mood, ind}, {Feat::tense, imp_tense}, {Feat::person, 3}, {Feat::number, sing}})));
  CHECK(has("fustigeront", Upos::VERB, "fustiger", feats({{Feat::tense, fut}, {Feat::person, 3}, {Feat::number, plur}})));
  CHECK(has("démentirait", Upos::VERB, "démentir", feats({{Feat::mood, cnd}})));
  CHECK(has("tancé", Upos::VERB, "tancer", feats({{Feat::verb_form, part}, {Feat::tense, past}})));
  // A past participle is also an adjective, whose lemma is the masculine singular.
  CHECK(has("annoncées", Upos::ADJ, "annoncé", feats({{Feat::gender, fem}, {Feat::number, plur}})));
  // être and avoir: auxiliary and verb.
  CHECK(has("a", Upos::AUX, "avoir"));
  CHECK(has("a", Upos::VERB, "avoir"));
  CHECK(has("est", Upos::AUX, "être"));
  // Closed-class ambiguities the tagger decides from context.
  CHECK(has("la", Upos::DET, "la", feats({{Feat::pron_type, art}})));
  CHECK(has("la", Upos::PRON, "la"));
  CHECK(has("que", Upos::SCONJ, "que"));
  CHECK(has("que", Upos::PRON, "que", feats({{Feat::pron_type, rel}})));
  CHECK(has("au", Upos::ADP, "au", feats({{Feat::pron_type, art}, {Feat::definite, def}})));
  // Elided forms use the ASCII apostrophe, as the normalized text does.
  CHECK(has("l'", Upos::DET, "l'"));
  CHECK(has("qu'", Upos::SCONJ, "qu'"));
  CHECK(has("aujourd'hui", Upos::ADV, "aujourd'hui"));
}

TEST_CASE("proper nouns carry their class: first name, surname, place") {
  CHECK(has("Jean", Upos::PROPN, "Jean", feats({{Feat::name_class, feat::first_name}})));
  CHECK(has("Dupont", Upos::PROPN, "Dupont", feats({{Feat::name_class, feat::surname}})));
  CHECK(has("Besançon", Upos::PROPN, "Besançon", feats({{Feat::name_class, feat::place}})));
}

TEST_CASE("an unknown form has no reading, and case matters") {
  CHECK(french_forms().find("zorglubesque").empty());
  CHECK(french_forms().find("").empty());
  CHECK(french_forms().find("DÉCLARAIT").empty());
}

TEST_CASE("a damaged table is an error naming the file, never a crash") {
  FormLexicon lex;
  const auto truncated = copy_prefix(4096, "truncated");
  Status s = FormLexicon::open(truncated, lex);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find(truncated.string()) != std::string::npos);
  const auto header_only = copy_prefix(10, "short");
  CHECK_FALSE(FormLexicon::open(header_only, lex).ok());
  std::ofstream(header_only, std::ios::binary) << std::string(64, 'x');
  s = FormLexicon::open(header_only, lex);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("magic") != std::string::npos);
  CHECK_FALSE(FormLexicon::open("/nonexistent/forms.bin", lex).ok());
  std::filesystem::remove(truncated);
  std::filesystem::remove(header_only);
}
