// What one sentence may give (docs/reliability.md, "Limits"): a run-on
// sentence of cue words stops at kMaxAttributionsPerSentence attributions,
// nested one in the next, so that work and output stay linear in its length.
#include <catch2/catch.hpp>

#include <string>

#include "extract/finding.h"
#include "support/french.h"

using namespace whosaid;

TEST_CASE("a run-on sentence of reported speech stops at the cap, each level relayed by the one before", "[extract]") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "Le ministre a déclaré que ";
  text += "rien ne change.";
  const Document doc = test::extract_passage(text);
  REQUIRE(doc.attributions.size() == extract::kMaxAttributionsPerSentence);
  CHECK(doc.attributions[0].parent == -1);
  for (size_t k = 1; k < doc.attributions.size(); ++k) {
    INFO(k);
    CHECK(doc.attributions[k].parent == static_cast<int32_t>(k - 1));
    CHECK(doc.attributions[k - 1].content.contains(doc.attributions[k].content));
  }
  // The next sentence has its own allowance.
  const Document two = test::extract_passage(text + " Une source a affirmé que rien n'était décidé.");
  CHECK(two.attributions.size() == extract::kMaxAttributionsPerSentence + 1);
}

TEST_CASE("coordinated cues that share a source share its mention, however many sentences", "[extract]") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "Le ministre a déclaré que la réforme serait votée et a ajouté que rien ne change. ";
  const Document doc = test::extract_passage(text);
  REQUIRE(doc.attributions.size() == 100);
  CHECK(doc.mentions.size() == 50);
  for (size_t k = 0; k < doc.attributions.size(); ++k) {
    INFO(k);
    CHECK(doc.attributions[k].source_mention == static_cast<int32_t>(k / 2));
  }
}
