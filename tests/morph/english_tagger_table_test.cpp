// The committed English tagger model (data/lang/en/tagger.bin) on sentences
// written for these tests: the part of speech (and lemma) of the words that
// English makes ambiguous, tagged in context through the whole morph stage
// (the English text stage's tokens, with "don't" -> "do" "n't" and "Marta's"
// -> "Marta" "'s"; the full-form table converted from festlex-poslex and
// WordNet; the tagger), then chunked. Also the full-form table alone: the
// readings it gives the closed-class and inflected words.
//
// Notation: "[form|UPOS]" or "[form|UPOS|lemma]" marks a token to check; the
// text tagged is the sentence without the brackets and tags.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>
#include <vector>

#include "lang/lexicon.h"
#include "morph/morph_stage.h"
#include "tag_notation.h"
#include "text/analyze_text.h"

namespace whosaid::morph::testing {
namespace {

std::filesystem::path english_dir() {
  const char* dir = std::getenv("WHOSAID_DATA_DIR");
  REQUIRE(dir != nullptr);
  return std::filesystem::path(dir) / "lang" / "en";
}

const lang::Lexicon& english_lexicon() {
  static const lang::Lexicon lexicon = [] {
    lang::Lexicon lex;
    const Status s = lang::Lexicon::load(english_dir(), lex);
    INFO(s.message());
    REQUIRE(s.ok());
    return lex;
  }();
  return lexicon;
}

const MorphStage& english_stage() {
  static const MorphStage stage = [] {
    MorphStage s;
    const Status status = MorphStage::load(english_dir(), english_lexicon().elisions(), s);
    INFO(status.message());
    REQUIRE(status.ok());
    REQUIRE(s.available());
    return s;
  }();
  return stage;
}


Document analysed(const std::string& text) {
  static const text::TokenizerOptions options = [] {
    text::TokenizerOptions o;
    o.elisions = english_lexicon().elisions();
    o.enclitics = english_lexicon().enclitics();
    o.abbreviations = english_lexicon().abbreviations();
    return o;
  }();
  Document doc;
  doc.text = text;
  REQUIRE(text::analyze_text(doc, options).ok());
  english_stage().run(doc);
  return doc;
}

void check_tags(std::string_view notation) { check_marked_tags(notation, analysed); }

// Whether the full-form table gives `form` a reading of `upos` with `lemma`.
bool has_reading(std::string_view form, Upos upos, std::string_view lemma) {
  const FormLexicon& forms = english_stage().forms();
  for (const Reading& r : forms.find(form))
    if (r.upos == upos && forms.lemma(r) == lemma) return true;
  return false;
}

}  // namespace

TEST_CASE("English table: closed-class words get their UD readings", "[lexicon][english]") {
  CHECK(has_reading("that", Upos::SCONJ, "that"));
  CHECK(has_reading("that", Upos::PRON, "that"));
  CHECK(has_reading("that", Upos::DET, "that"));
  CHECK(has_reading("to", Upos::PART, "to"));
  CHECK(has_reading("to", Upos::ADP, "to"));
  CHECK(has_reading("'s", Upos::PART, "'s"));
  CHECK(has_reading("'s", Upos::AUX, "be"));
  CHECK(has_reading("n't", Upos::PART, "not"));
  CHECK(has_reading("wo", Upos::AUX, "will"));
  CHECK(has_reading("ca", Upos::AUX, "can"));
  CHECK(has_reading("their", Upos::PRON, "their"));
  CHECK(has_reading("them", Upos::PRON, "they"));
  // A closed-class word has exactly its listed readings: no noun "can" of
  // WordNet's beside the auxiliary unless the list gives one, no verb "to".
  CHECK_FALSE(has_reading("to", Upos::VERB, "to"));
  CHECK_FALSE(has_reading("the", Upos::NOUN, "the"));
}

TEST_CASE("English table: inflected forms and their lemmas", "[lexicon][english]") {
  CHECK(has_reading("said", Upos::VERB, "say"));
  CHECK(has_reading("told", Upos::VERB, "tell"));
  CHECK(has_reading("went", Upos::VERB, "go"));
  CHECK(has_reading("children", Upos::NOUN, "child"));
  CHECK(has_reading("denies", Upos::VERB, "deny"));
  CHECK(has_reading("acknowledged", Upos::VERB, "acknowledge"));
  CHECK(has_reading("conceding", Upos::VERB, "concede"));
  CHECK(has_reading("stopped", Upos::VERB, "stop"));
  CHECK(has_reading("happier", Upos::ADJ, "happy"));
  CHECK(has_reading("biggest", Upos::ADJ, "big"));
  CHECK_FALSE(has_reading("hoping", Upos::VERB, "hop"));  // hop -> hopping, not hoping
  // A name as it is written: the WSJ lexicon's proper nouns are capitalised.
  CHECK(has_reading("Monday", Upos::PROPN, "Monday"));
}

TEST_CASE("English tagger: that as a conjunction, a pronoun or a determiner", "[tagger][english]") {
  check_tags("Marta Lindqvist said [that|SCONJ|that] the bridge would stay closed.");
  check_tags("The inquiry found [that|SCONJ] the officials had ignored the warnings.");
  check_tags("[That|DET|that] decision surprised the residents of Valbourg.");
  check_tags("Nobody in the town hall knew [that|PRON|that].");
  // Known error, left out (docs/morph.md): the relative "that" right after a
  // noun and before a determiner ("the report that the council published")
  // is tagged SCONJ, as French "que" is.
}

TEST_CASE("English tagger: said and told as verbs of saying", "[tagger][english]") {
  check_tags("The company [said|VERB|say] it was deeply concerned by the ruling.");
  check_tags("He [told|VERB|tell] the committee the figures [were|AUX|be] wrong.");
  // Known error, left out: the adjective "said" ("the said agreement") is tagged VERB.
}

TEST_CASE("English tagger: 's as a possessive or a verb", "[tagger][english]") {
  check_tags("The [mayor|NOUN|mayor]['s|PART|'s] office declined to comment.");
  check_tags("[Lindqvist|PROPN]['s|PART] report was published on Tuesday.");
  check_tags("[She|PRON|she]['s|AUX|be] [leaving|VERB|leave] the council.");
}

TEST_CASE("English tagger: to before a verb or a noun phrase", "[tagger][english]") {
  check_tags("Lindqvist wants [to|PART|to] [leave|VERB|leave] the council.");
  check_tags("The mayor [spoke|VERB|speak] [to|ADP|to] reporters on Tuesday.");
  check_tags("The residents are going [to|PART] [do|VERB|do] it.");
  // Known error, left out: "to" before a place name after a verb of motion
  // ("she went to Valbourg") is tagged PART.
}

TEST_CASE("English tagger: contractions split by the tokenizer", "[tagger][english]") {
  check_tags("They [do|AUX|do][n't|PART|not] [agree|VERB|agree].");
  check_tags("The minister [wo|AUX|will][n't|PART|not] sign it.");
  check_tags("The residents [ca|AUX|can][n't|PART|not] say what [they|PRON]['re|AUX|be] going to do.");
  check_tags("[I|PRON]['m|AUX|be] not sure.");
}

TEST_CASE("English tagger: titles, names and numbers", "[tagger][english]") {
  check_tags("[Dr.|PROPN] [Anders|PROPN|Anders] [Halvorsen|PROPN|Halvorsen], the [mayor|NOUN] of [Valbourg|PROPN], resigned.");
  check_tags("[President|PROPN] Halvorsen met [three|NUM|three] ministers and [45|NUM|45] [officials|NOUN|official].");
  check_tags("The plan costs [$|SYM][5|NUM] [million|NUM], [12|NUM] [percent|NOUN] of the budget.");
  check_tags("The council will meet [on|ADP] [Tuesday|PROPN|Tuesday] [in|ADP] [March|PROPN|March].");
}

TEST_CASE("English tagger then chunker: a sentence of a news story", "[tagger][chunker][english]") {
  const Document doc = analysed("The spokesman for the ministry said on Monday that the plan would be withdrawn.");
  std::string tags;
  for (const Token& t : doc.tokens) tags += std::string(to_string(t.upos)) + " ";
  CHECK(tags == "DET NOUN ADP DET NOUN VERB ADP PROPN SCONJ DET NOUN AUX AUX VERB PUNCT ");
  // The chunks: one verb group with its auxiliaries, the clause opener.
  std::vector<ChunkKind> kinds;
  for (const Chunk& c : doc.chunks) kinds.push_back(c.kind);
  CHECK(kinds == std::vector<ChunkKind>{ChunkKind::noun_phrase, ChunkKind::prep_phrase, ChunkKind::verb_group,
                                        ChunkKind::adverbial, ChunkKind::clause_opener, ChunkKind::noun_phrase,
                                        ChunkKind::verb_group, ChunkKind::punct});
}

}  // namespace whosaid::morph::testing
