// A dateline or kicker that opens a paragraph is no part of the source
// (src/extract/dateline.h), and an apposition holds no finite verb outside
// a relative clause (noun_phrase.cpp): sentences invented for the test.
#include <catch2/catch.hpp>

#include "table_dump.h"

using whosaid::test::check;
using whosaid::test::check_in;

TEST_CASE("a dateline that opens the paragraph is not part of the source", "[extract][dateline]") {
  check_in("en", {
      {"VALBOURG, May 3 (Agency) - Marta Lindqvist said on Tuesday that the bridge would reopen.",
       {"Marta Lindqvist | said | that the bridge would reopen | statement | indirect"}},
      {"VALBOURG (Agency) \u2014 The mayor said the bridge would reopen.",
       {"The mayor | said | the bridge would reopen | statement | indirect"}},
      {"NORTH VALBOURG, Ore. - Two engineers said that the dam was safe.",
       {"Two engineers | said | that the dam was safe | statement | indirect"}},
      // A pair of dashes sets off an apposition: no dateline there.
      {"Marta Lindqvist - the mayor - said that the bridge would reopen.",
       {"Marta Lindqvist - the mayor - | said | that the bridge would reopen | statement | indirect"}},
  });
  check({
      {"VALBOURG, 3 mai (Agence) - Le ministre a déclaré mardi que le pont rouvrirait.",
       {"Le ministre | a déclaré | que le pont rouvrirait | statement | indirect"}},
      {"Exclusif - Le pont rouvrira en juin, selon deux sources.",
       {"deux sources | selon | Le pont rouvrira en juin | statement | indirect"}},
      // Lower-case words before the dash: an ordinary sentence.
      {"Les élus - maires et députés - ont affirmé que le pont rouvrirait.",
       {"Les élus - maires et députés - | ont affirmé | que le pont rouvrirait | statement | indirect"}},
  });
}

TEST_CASE("a noun phrase after a comma with its own finite verb is a clause, not an apposition", "[extract][dateline]") {
  check_in("en", {
      {"According to two officials, the ministry will appoint a new contractor.",
       {"two officials | According to | the ministry will appoint a new contractor | statement | indirect"}},
      {"According to Marta Lindqvist, the council has approved the budget.",
       {"Marta Lindqvist | According to | the council has approved the budget | statement | indirect"}},
      // An apposition with a relative clause stays one.
      {"According to Marta Lindqvist, the mayor who chairs the council, the budget is balanced.",
       {"Marta Lindqvist, the mayor who chairs the council | According to | the budget is balanced | statement | indirect"}},
  });
}
