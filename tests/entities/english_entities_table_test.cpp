// English sources typed and resolved by the same entity stage as French, on
// English data (data/lang/en): passages written for these tests.
//   kind | anonymous | count | affiliation | role | name | reason
#include "entities_test_util.h"

using namespace whosaid;

namespace {

struct Typing {
  const char* text;
  const char* mention;
  const char* expected;
};

const Typing kTyping[] = {
    {"Marta Lindqvist said the bridge would reopen.", "Marta Lindqvist",
     "person | named | 1 | - | - | Marta Lindqvist | -"},
    {"A spokesman for the transport ministry said the budget was under review.",
     "A spokesman for the transport ministry", "person | anonymous | 1 | - | spokesman for the transport ministry | - | -"},
    {"Three residents said they had not been consulted.", "Three residents",
     "group | anonymous | 3 | - | residents | - | -"},
    {"Two German diplomats said the talks had stalled.", "Two German diplomats",
     "group | anonymous | 2 | DE | diplomats | - | -"},
    {"A senior French official said the plan was ready.", "A senior French official",
     "person | anonymous | 1 | FR | official | - | -"},
    {"The Valbourg council said the works would start in May.", "The Valbourg council",
     "organization | named | 1 | - | - | - | -"},
    {"The official, who spoke on condition of anonymity because he was not authorized to discuss the matter, "
     "said two contractors had withdrawn.",
     "The official",
     "person | anonymous | 1 | - | official | - | on condition of anonymity because he was not authorized to discuss the matter"},
    {"VALBOURG, May 3 (Agency) - Marta Lindqvist, the mayor of Valbourg, said on Tuesday that the bridge would reopen.",
     "Marta Lindqvist, the mayor of Valbourg", "person | named | 1 | - | mayor of Valbourg | Marta Lindqvist | -"},
};

TEST_CASE("English typing: what each mention says about its source", "[entities][english]") {
  for (const Typing& c : kTyping) {
    INFO(c.text);
    const Document doc = test::analyse_in("en", c.text);
    INFO("mentions:\n" << test::dump_mentions(doc));
    const int32_t e = test::entity_of(doc, c.mention);
    INFO("mention '" << c.mention << "'");
    REQUIRE(e >= 0);
    CHECK(test::dump_entity(doc, doc.entities[e], false) == c.expected);
  }
}

struct Resolution {
  const char* text;
  const char* first;   // two mentions, each the first with its text
  const char* second;
  bool same;
};

const Resolution kResolution[] = {
    // A surname, then a pronoun of the right gender, refer back to the named person.
    {"Marta Lindqvist said the bridge would reopen. Lindqvist added that the works had cost more.",
     "Marta Lindqvist", "Lindqvist", true},
    {"Marta Lindqvist said the bridge would reopen. She added that the works had cost more.",
     "Marta Lindqvist", "She", true},
    // Two different people with different surnames stay apart.
    {"Marta Lindqvist said the bridge would reopen. Jonas Ekwall said it would not.",
     "Marta Lindqvist", "Jonas Ekwall", false},
    // A group and a singular source of another head stay apart.
    {"Three residents said they had not been consulted. A spokesman for the council said they had been.",
     "Three residents", "A spokesman for the council", false},
};

TEST_CASE("English resolution: which mentions are one source", "[entities][english]") {
  for (const Resolution& c : kResolution) {
    INFO(c.text);
    const Document doc = test::analyse_in("en", c.text);
    INFO("mentions:\n" << test::dump_mentions(doc));
    const int32_t a = test::entity_of(doc, c.first);
    const int32_t b = test::entity_of(doc, c.second);
    REQUIRE(a >= 0);
    REQUIRE(b >= 0);
    CHECK((a == b) == c.same);
  }
}

}  // namespace
