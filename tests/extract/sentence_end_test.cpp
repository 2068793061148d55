// Look-aheads at the last token of a sentence or of the document: a text
// that stops on an auxiliary ("Il a", no final punctuation) once read past
// the token array (issue 8). Every pattern must stop at the sentence's end,
// neither crash nor borrow a word of the next sentence.
#include <catch2/catch.hpp>

#include <string>

#include "support/french.h"

using namespace whosaid;

namespace {

std::string contents(const Document& doc) {
  std::string out;
  for (const Attribution& a : doc.attributions) out += std::string(doc.slice(a.cue)) + " | " + std::string(doc.slice(a.content)) + "\n";
  return out;
}

}  // namespace

TEST_CASE("a document that ends on an auxiliary gives no attribution and no crash", "[extract]") {
  for (const char* text : {"Il a", "Il est", "Ils ont", "Elle sera", "Il a pas", "Il n'a pas", "Elle s'est",
                           "Ils ont été", "Le ministre a tenu à", "Il va", "Elle a toujours", "a", "ont"}) {
    INFO(text);
    const Document doc = test::extract_passage(text);
    CHECK(doc.attributions.empty());
  }
}

TEST_CASE("a sentence that ends on an auxiliary leaves the others of the document intact", "[extract]") {
  const Document doc = test::extract_passage("Le ministre a déclaré que la réforme serait votée en juin. Il a");
  CHECK(contents(doc) == "a déclaré | que la réforme serait votée en juin\n");
  const Document last_first = test::extract_passage("Elle sera\n\nLe ministre a déclaré que la réforme serait votée.");
  CHECK(contents(last_first) == "a déclaré | que la réforme serait votée\n");
}

TEST_CASE("the participle of a compound tense is never taken from the next sentence", "[extract]") {
  // A heading or line that stops on the auxiliary, the participle opening the
  // next paragraph: not one verb group.
  const Document doc = test::extract_passage("Le porte-parole a\n\nannoncé que la grève continue.");
  REQUIRE(doc.sentences.size() == 2);
  const uint32_t second = doc.tokens[doc.sentences[1].first_token].original.begin;
  for (const Attribution& a : doc.attributions) {
    INFO(doc.slice(a.cue));
    CHECK((a.cue.end <= second || a.cue.begin >= second));
  }
}
