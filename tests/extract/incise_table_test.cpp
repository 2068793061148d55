// A content with its tag inside is one span (GUIDELINES 5.3) and two
// fragments around the tag (src/extract/incise.h), in French and English,
// on sentences invented for the test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/language.h"

namespace whosaid {
namespace {

struct Case {
  std::string lang;
  std::string text;
  std::string cue;
  std::string first;   // the first fragment; empty: the content is one piece
  std::string second;
};

// The fragments of the attribution whose cue is `cue`, as "first|second",
// or "" when its content is one piece.
std::string fragments_of(const Document& doc, const std::string& cue) {
  for (const Attribution& a : doc.attributions) {
    if (std::string(doc.slice(a.cue)) != cue) continue;
    if (a.incise.empty()) return "";
    REQUIRE(a.content.contains(a.incise));
    return std::string(doc.slice({a.content.begin, a.incise.begin})) + "|" +
           std::string(doc.slice({a.incise.end, a.content.end}));
  }
  FAIL("no attribution with cue '" << cue << "'");
  return "";
}

TEST_CASE("a content cut by its tag gives its two fragments", "[extract][incise]") {
  const std::vector<Case> cases = {
      {"en", "\"We tried,\" he said, \"and we failed.\"", "said", "\"We tried,\"", "\"and we failed.\""},
      {"en", "\"The dam will hold,\" the engineer said in a statement, \"whatever the rain.\"", "said",
       "\"The dam will hold,\"", "\"whatever the rain.\""},
      {"en", "\"It was a mistake,\" Marta Lindqvist told reporters, \"but we learned from it.\"", "told",
       "\"It was a mistake,\"", "\"but we learned from it.\""},
      {"en", "The plan, according to two officials, was dropped.", "according to", "The plan",
       "was dropped"},
      {"fr", "« La digue tiendra, assure l'ingénieur, même si la pluie continue. »", "assure", "La digue tiendra",
       "même si la pluie continue."},
      {"fr", "« La digue tiendra, assure l'ingénieur. Nous l'avons vérifiée. »", "assure", "La digue tiendra",
       "Nous l'avons vérifiée."},
      {"fr", "« Nous partirons », a-t-elle ajouté devant la mairie de Valbourg, « dès demain. »", "a-t-elle ajouté",
       "« Nous partirons »", "« dès demain. »"},
      {"fr", "La hausse, selon l'association, reste modeste.", "selon", "La hausse", "reste modeste"},
  };
  for (const Case& c : cases) {
    INFO(c.lang << ": " << c.text);
    const Document doc = test::extract_passage_in(c.lang, c.text);
    CHECK(fragments_of(doc, c.cue) == c.first + "|" + c.second);
  }
}

TEST_CASE("a tag before or after its content leaves it whole", "[extract][incise]") {
  const std::vector<Case> cases = {
      {"en", "\"We tried and we failed,\" he said.", "said", "", ""},
      {"en", "Marta Lindqvist said the dam would hold.", "said", "", ""},
      {"en", "The plan was dropped, according to two officials.", "according to", "", ""},
      {"fr", "« La digue tiendra », assure l'ingénieur.", "assure", "", ""},
      {"fr", "L'ingénieur assure que la digue tiendra.", "assure", "", ""},
      {"fr", "Selon l'association, la hausse reste modeste.", "Selon", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.lang << ": " << c.text);
    const Document doc = test::extract_passage_in(c.lang, c.text);
    CHECK(fragments_of(doc, c.cue).empty());
  }
}

}  // namespace
}  // namespace whosaid
