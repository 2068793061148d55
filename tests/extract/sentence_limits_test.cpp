// What one sentence may give (docs/reliability.md, "Limits"): a run-on
// sentence of cue words stops at kMaxAttributionsPerSentence attributions and
// nesting at kMaxNestingDepth levels, so that work and output stay linear.
#include <catch2/catch.hpp>

#include <string>

#include "extract/finding.h"
#include "extract/nesting.h"
#include "support/french.h"

using namespace whosaid;

TEST_CASE("a run-on sentence of reported speech keeps the nesting cap, each level relayed by the one before", "[extract]") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "Le ministre a déclaré que ";
  text += "rien ne change.";
  const Document doc = test::extract_passage(text);
  REQUIRE(doc.attributions.size() == extract::kMaxNestingDepth);
  CHECK(doc.attributions[0].parent == -1);
  for (size_t k = 1; k < doc.attributions.size(); ++k) {
    INFO(k);
    CHECK(doc.attributions[k].id == k + 1);
    CHECK(doc.attributions[k].parent == static_cast<int32_t>(k - 1));
    CHECK(doc.attributions[k - 1].content.contains(doc.attributions[k].content));
  }
  // The next sentence has its own.
  const Document two = test::extract_passage(text + " Une source a affirmé que rien n'était décidé.");
  REQUIRE(two.attributions.size() == extract::kMaxNestingDepth + 1);
  CHECK(two.attributions.back().parent == -1);
  CHECK(two.mentions.size() == extract::kMaxNestingDepth + 1);  // the dropped levels leave no mention
}

TEST_CASE("quotations nested across sentences keep the nesting cap, so each stretch is written a bounded number of times", "[extract]") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "Le ministre a déclaré : « Rien. ";
  text += "Fin";
  for (int i = 0; i < 100; ++i) text += " »";
  const Document doc = test::extract_passage(text + ".");
  REQUIRE(!doc.attributions.empty());
  CHECK(doc.attributions.size() <= extract::kMaxNestingDepth);
  size_t written = 0;
  for (const Attribution& a : doc.attributions) written += a.content.size();
  CHECK(written <= extract::kMaxNestingDepth * doc.text.size());
}

TEST_CASE("a run-on sentence of separate claims stops at the cap of attributions per sentence", "[extract]") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "le ministre a déclaré que rien ne change ; ";
  const Document doc = test::extract_passage("Selon la police, " + text + "fin.");
  CHECK(doc.attributions.size() == extract::kMaxAttributionsPerSentence);
  for (const Attribution& a : doc.attributions) CHECK(a.parent == -1);
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
