// Audit: a document's sourcing at a glance, the questions a fact-checker asks
// first (computed by the entity stage, entities/audit.h; written in the
// extract JSON's "audit" and by `whosaid audit`). Indices point into the
// Document's entities and attributions.
//
//   "selon une source", "a déclaré un diplomate sous couvert d'anonymat",
//   "Jean Dupont a démenti"
//     -> sources 3 (named 1, anonymous 2); anonymous_without_reason: the
//        first; unqualified: the first ("une source", nothing more).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace whosaid {

struct Audit {
  // One source entity that is given at least one attribution.
  struct Source {
    uint32_t entity = 0;
    uint32_t attributions = 0;
    uint32_t statements = 0;
    uint32_t denials = 0;
    uint32_t refusals = 0;
  };
  // A group source ("trois sources russes") with its announced size and its members.
  struct Group {
    uint32_t entity = 0;
    std::optional<int> size;
    std::vector<uint32_t> members;  // entities whose member_of is this group
  };

  uint32_t sources = 0;              // distinct source entities (with an attribution)
  uint32_t named = 0;                // of which named
  uint32_t anonymous = 0;            // of which anonymous
  uint32_t attributions = 0;         // the article's attributions (readers' comments left out)
  uint32_t unsourced = 0;            // attributions with no source mention
  uint32_t affiliation_stated = 0;   // sources the text ties to a country
  uint32_t affiliation_inferred = 0; // sources given the document's country, not stated
  std::vector<Source> by_source;     // in entity order
  std::vector<Group> groups;
  // Statements and denials with content whose only source is one anonymous
  // person, with no other source in the same sentence.
  std::vector<uint32_t> single_anonymous_claims;
  // Anonymous sources (entities) for which the text gives no reason (the AP rule).
  std::vector<uint32_t> anonymous_without_reason;
  // Anonymous sources with no stated affiliation (an inferred one says nothing
  // about the source), no qualifier and no role beyond "source": "une source
  // a déclaré".
  std::vector<uint32_t> unqualified;
};

}  // namespace whosaid
