// The sourcing audit on a passage written for the test: one bare anonymous
// source, one named person who denies, one anonymous source with a reason and
// a qualifier, one organization that refuses, a group of two.
#include "entities/audit.h"
#include "entities_test_util.h"

using namespace whosaid;

namespace {

const char* const kPassage =
    "Une source a déclaré que le ministre démissionnerait. "
    "Jean Valois a démenti que le ministre partirait. "
    "Un conseiller ministériel, qui a requis l'anonymat, a affirmé que rien n'était décidé. "
    "Le syndicat a refusé de commenter. "
    "Selon deux responsables syndicaux, la grève sera reconduite.";

std::vector<std::string> labels(const Document& doc, const std::vector<uint32_t>& entities) {
  std::vector<std::string> out;
  for (uint32_t e : entities) out.push_back(doc.entities[e].label);
  return out;
}

}  // namespace

TEST_CASE("audit: sources, anonymity, groups and claims of a passage", "[entities][audit]") {
  const Document doc = test::analyse(kPassage);
  INFO(test::dump_mentions(doc));
  const Audit& a = doc.audit;
  CHECK(a.attributions == 5);
  CHECK(a.unsourced == 0);
  CHECK(a.sources == 5);
  CHECK(a.named == 2);      // Jean Valois, le syndicat
  CHECK(a.anonymous == 3);  // une source, un conseiller, deux responsables

  REQUIRE(a.groups.size() == 1);
  CHECK(doc.entities[a.groups[0].entity].label == "deux responsables syndicaux");
  CHECK(a.groups[0].size == 2);

  int denials = 0, refusals = 0;
  for (const Audit::Source& s : a.by_source) {
    if (s.denials) CHECK(doc.entities[s.entity].label == "Jean Valois");
    if (s.refusals) CHECK(doc.entities[s.entity].label == "Le syndicat");
    denials += static_cast<int>(s.denials);
    refusals += static_cast<int>(s.refusals);
  }
  CHECK(denials == 1);
  CHECK(refusals == 1);

  // The conseiller gives a reason; the bare source and the group do not.
  CHECK(labels(doc, a.anonymous_without_reason) ==
        std::vector<std::string>{"Une source", "deux responsables syndicaux"});
  CHECK(labels(doc, a.unqualified) == std::vector<std::string>{"Une source"});
  // Claims on one anonymous person: the first and the third attributions.
  REQUIRE(a.single_anonymous_claims.size() == 2);
  CHECK(doc.slice(doc.attributions[a.single_anonymous_claims[0]].source) == "Une source");
  CHECK(doc.slice(doc.attributions[a.single_anonymous_claims[1]].source).starts_with("Un conseiller"));
}

TEST_CASE("audit: recomputing gives the same figures", "[entities][audit]") {
  const Document doc = test::analyse(kPassage);
  const Audit again = entities::compute_audit(doc);
  CHECK(again.sources == doc.audit.sources);
  CHECK(again.single_anonymous_claims == doc.audit.single_anonymous_claims);
  CHECK(again.anonymous_without_reason == doc.audit.anonymous_without_reason);
}

TEST_CASE("audit: an inferred country counts apart and qualifies no one", "[entities][audit]") {
  // The document's country (Finland, named three times) is inferred for the
  // bare source; a stated nationality is counted as stated.
  const Document doc = test::analyse(
      "La Finlande a durci ses règles. En Finlande, les ports restent ouverts. "
      "Une source a déclaré que la Finlande négocierait. Un diplomate suédois a affirmé que l'accord tenait.");
  INFO(test::dump_mentions(doc));
  const Audit& a = doc.audit;
  CHECK(a.affiliation_inferred == 1);  // une source
  CHECK(a.affiliation_stated == 1);    // un diplomate suédois (la Finlande says nothing)
  REQUIRE(a.unqualified.size() == 1);
  CHECK(doc.entities[a.unqualified[0]].label == "Une source");
}
