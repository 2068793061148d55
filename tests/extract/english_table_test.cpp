// English constructions of attribution (issue 14), as tables in the notation
// of table_dump.h, run on data/lang/en with the same extractor as French.
// Every passage is written for these tests; none comes from PolNeAR or any
// article of an evaluation set, and every name in them is invented.
#include <catch2/catch.hpp>

#include "table_dump.h"

using whosaid::test::check_in;

TEST_CASE("English: SRC said (that) CONTENT, and the cues of saying, arguing and warning", "[extract][english]") {
  check_in("en", {
      {"The minister said that the talks had failed.",
       {"The minister | said | that the talks had failed | statement | indirect"}},
      {"The mayor said the bridge would reopen in May.",
       {"The mayor | said | the bridge would reopen in May | statement | indirect"}},
      {"Marta Lindqvist said on Tuesday that the plant would close.",
       {"Marta Lindqvist | said | that the plant would close | statement | indirect"}},
      {"The union said in a statement that the strike would continue.",
       {"The union | said | that the strike would continue | statement | indirect"}},
      {"The governor has said repeatedly that taxes will not rise.",
       {"The governor | has said | that taxes will not rise | statement | indirect"}},
      {"Police said two men were arrested near the station.",
       {"Police | said | two men were arrested near the station | statement | indirect"}},
      {"The company announced that it would cut 300 jobs.",
       {"The company | announced | that it would cut 300 jobs | statement | indirect"}},
      {"The coach explained that the team had lacked focus.",
       {"The coach | explained | that the team had lacked focus | statement | indirect"}},
      {"The senator argued that the bill went too far.",
       {"The senator | argued | that the bill went too far | statement | indirect"}},
      {"Officials confirmed that the border was closed.",
       {"Officials | confirmed | that the border was closed | statement | indirect"}},
      {"The judge noted that the evidence was weak.",
       {"The judge | noted | that the evidence was weak | statement | indirect"}},
      {"The prosecutor added that more charges were possible.",
       {"The prosecutor | added | that more charges were possible | statement | indirect"}},
      {"Analysts warned that prices could rise again.",
       {"Analysts | warned | that prices could rise again | statement | indirect"}},
      {"The report found that the river was polluted.",
       {"The report | found | that the river was polluted | statement | indirect"}},
      {"The spokeswoman insisted that the decision was final.",
       {"The spokeswoman | insisted | that the decision was final | statement | indirect"}},
  });
}

TEST_CASE("English: speech tags after a quotation: the subject before or after the cue", "[extract][english]") {
  check_in("en", {
      {"\"We will not back down,\" Lindqvist said.",
       {"Lindqvist | said | We will not back down | statement | direct"}},
      {"\"The deal is dead,\" said Tomas Varga, a spokesman for the ministry.",
       {"Tomas Varga, a spokesman for the ministry | said | The deal is dead | statement | direct"}},
      {"\"We need more time,\" the mayor told reporters.",
       {"the mayor | told | We need more time | statement | direct"}},
      {"\"It is a sad day for the town,\" she said.",
       {"she | said | It is a sad day for the town | statement | direct"}},
      {"\"I have nothing to hide,\" the director said on Monday.",
       {"the director | said | I have nothing to hide | statement | direct"}},
      {"\"Nobody expected this,\" said the head of the rescue team.",
       {"the head of the rescue team | said | Nobody expected this | statement | direct"}},
      {"\"The numbers are clear,\" he added.",
       {"he | added | The numbers are clear | statement | direct"}},
      {"\"We are ready,\" the captain said after the match.",
       {"the captain | said | We are ready | statement | direct"}},
      {"\"This is not over,\" Varga warned.",
       {"Varga | warned | This is not over | statement | direct"}},
      {"\"They lied to us,\" one resident said.",
       {"one resident | said | They lied to us | statement | direct"}},
      {"\"Why now?\" the senator asked.",
       {"the senator | asked | Why now? | statement | direct"}},
      {"\"Is anyone listening?\" she asked.",
       {"she | asked | Is anyone listening? | statement | direct"}},
      {"\"Enough!\" the crowd shouted.",
       {"the crowd | shouted | Enough! | statement | direct"}},
      {"\"Prices will fall,\" said Elena Marsh, an economist at the bank.",
       {"Elena Marsh, an economist at the bank | said | Prices will fall | statement | direct"}},
      {"\"The vote was fair,\" the electoral commission said in a statement.",
       {"the electoral commission | said | The vote was fair | statement | direct"}},
  });
}

TEST_CASE("English: a quotation resumed after its tag is one content", "[extract][english]") {
  check_in("en", {
      {"\"We tried,\" he said, \"and we failed.\"",
       {"he | said | \"We tried,\" he said, \"and we failed.\" | statement | direct"}},
      {"\"It was a mistake,\" Varga said, \"but we learned from it.\"",
       {"Varga | said | \"It was a mistake,\" Varga said, \"but we learned from it.\" | statement | direct"}},
      {"\"Nobody called us,\" the farmer said, \"not once.\"",
       {"the farmer | said | \"Nobody called us,\" the farmer said, \"not once.\" | statement | direct"}},
      {"\"We will appeal,\" the lawyer said, \"and we will win.\"",
       {"the lawyer | said | \"We will appeal,\" the lawyer said, \"and we will win.\" | statement | direct"}},
  });
}

TEST_CASE("English: according to SRC, before or after the content", "[extract][english]") {
  check_in("en", {
      {"According to two officials, the plan was dropped.",
       {"two officials | According to | the plan was dropped | statement | indirect"}},
      {"According to officials familiar with the matter, the plan was dropped.",
       {"officials familiar with the matter | According to | the plan was dropped | statement | indirect"}},
      {"According to the police, the driver fled.",
       {"the police | According to | the driver fled | statement | indirect"}},
      {"According to Lindqvist, the budget is balanced.",
       {"Lindqvist | According to | the budget is balanced | statement | indirect"}},
      {"The plan was dropped, according to two officials.",
       {"two officials | according to | The plan was dropped | statement | indirect"}},
      {"The driver fled, according to the police.",
       {"the police | according to | The driver fled | statement | indirect"}},
      {"The budget is balanced, according to the finance ministry.",
       {"the finance ministry | according to | The budget is balanced | statement | indirect"}},
      {"According to her, the meeting lasted an hour.",
       {"her | According to | the meeting lasted an hour | statement | indirect"}},
      {"The meeting lasted an hour, according to a person who attended.",
       {"a person who attended | according to | The meeting lasted an hour | statement | indirect"}},
      {"The factory will close next year, according to a union official.",
       {"a union official | according to | The factory will close next year | statement | indirect"}},
  });
}

TEST_CASE("English: told and the other cues of telling: the recipient is the cue's object", "[extract][english]") {
  check_in("en", {
      {"Lindqvist told reporters that she would resign.",
       {"Lindqvist | told | that she would resign | statement | indirect"}},
      {"The minister told lawmakers that the army was ready.",
       {"The minister | told | that the army was ready | statement | indirect"}},
      {"She told the council that the budget was short.",
       {"She | told | that the budget was short | statement | indirect"}},
      {"He told Reuters that the talks were stalled.",
       {"He | told | that the talks were stalled | statement | indirect"}},
      {"The mayor told residents the water was safe.",
       {"The mayor | told | the water was safe | statement | indirect"}},
      {"The coach told the players that nobody was safe.",
       {"The coach | told | that nobody was safe | statement | indirect"}},
      {"The ministry informed the embassy that the visas were cancelled.",
       {"The ministry | informed | that the visas were cancelled | statement | indirect"}},
      {"The doctor assured them that the child was fine.",
       {"The doctor | assured | that the child was fine | statement | indirect"}},
      {"The official reminded voters that the polls close at eight.",
       {"The official | reminded | that the polls close at eight | statement | indirect"}},
  });
}

TEST_CASE("English: refusals: declined to comment, did not respond to a request for comment", "[extract][english]") {
  // syntax.tsv refusal_object content: what the refusal governs is its
  // content (C "declined", T "to comment"); "would not comment" governs nothing.
  check_in("en", {
      {"The company declined to comment.",
       {"The company | declined | to comment | refusal | none"}},
      {"The ministry did not respond to a request for comment.",
       {"The ministry | did not respond to | a request for comment | refusal | none"}},
      {"The embassy did not immediately respond to requests for comment.",
       {"The embassy | did not immediately respond to | requests for comment | refusal | none"}},
      {"A spokesman for the airline declined to comment on the report.",
       {"A spokesman for the airline | declined | to comment on the report | refusal | none"}},
      {"Lindqvist refused to comment.",
       {"Lindqvist | refused | to comment | refusal | none"}},
      {"The White House declined to comment.",
       {"The White House | declined | to comment | refusal | none"}},
      {"The club would not comment.",
       {"The club | would not comment | - | refusal | none"}},
      {"The agency has not responded to requests for comment.",
       {"The agency | has not responded to | requests for comment | refusal | none"}},
      {"The bank declined to give details.",
       {"The bank | declined | to give details | refusal | none"}},
      {"Her lawyer declined to elaborate.",
       {"Her lawyer | declined | to elaborate | refusal | none"}},
      {"The firm did not return calls seeking comment.",
       {"The firm | did not return | calls seeking comment | refusal | none"}},
      {"The minister refused to answer questions.",
       {"The minister | refused | to answer questions | refusal | none"}},
      // Any infinitive after a refusal's verb is the act refused.
      {"The harbour board refused to sign the new lease.",
       {"The harbour board | refused | to sign the new lease | refusal | none"}},
  });
}

TEST_CASE("English: denials with a clause or an object", "[extract][english]") {
  check_in("en", {
      {"She denied the allegations.",
       {"She | denied | the allegations | denial | indirect"}},
      {"The company denied any wrongdoing.",
       {"The company | denied | any wrongdoing | denial | indirect"}},
      {"The minister denied that he had lied.",
       {"The minister | denied | that he had lied | denial | indirect"}},
      {"The ministry rejected the claims.",
       {"The ministry | rejected | the claims | denial | indirect"}},
      {"Varga denied that the money was missing.",
       {"Varga | denied | that the money was missing | denial | indirect"}},
      {"The embassy denied the story.",
       {"The embassy | denied | the story | denial | indirect"}},
  });
}

TEST_CASE("English: beliefs, opinions and expectations", "[extract][english]") {
  check_in("en", {
      {"He believes the vote will be close.",
       {"He | believes | the vote will be close | statement | indirect"}},
      {"She thinks the deal is fair.",
       {"She | thinks | the deal is fair | statement | indirect"}},
      {"Many economists expect that rates will rise.",
       {"Many economists | expect | that rates will rise | statement | indirect"}},
      {"The mayor fears that the river will flood.",
       {"The mayor | fears | that the river will flood | statement | indirect"}},
      {"The director hopes the museum will reopen soon.",
       {"The director | hopes | the museum will reopen soon | statement | indirect"}},
      {"Officials believe the fire was deliberate.",
       {"Officials | believe | the fire was deliberate | statement | indirect"}},
      {"The coach feels the team is improving.",
       {"The coach | feels | the team is improving | statement | indirect"}},
      {"The analyst suspects that the figures are wrong.",
       {"The analyst | suspects | that the figures are wrong | statement | indirect"}},
  });
}

TEST_CASE("English: anonymous and counted sources", "[extract][english]") {
  check_in("en", {
      {"\"It's over,\" said a senior official who spoke on condition of anonymity.",
       {"a senior official who spoke on condition of anonymity | said | It's over | statement | direct"}},
      {"A source close to the talks said that a deal was near.",
       {"A source close to the talks | said | that a deal was near | statement | indirect"}},
      {"Two people familiar with the matter said the sale was delayed.",
       {"Two people familiar with the matter | said | the sale was delayed | statement | indirect"}},
      {"A senior diplomat said on condition of anonymity that the envoy had left.",
       {"A senior diplomat | said | that the envoy had left | statement | indirect"}},
      {"Three officials said the plan had been approved.",
       {"Three officials | said | the plan had been approved | statement | indirect"}},
      {"An aide to the governor said the speech was cancelled.",
       {"An aide to the governor | said | the speech was cancelled | statement | indirect"}},
      {"A person briefed on the talks said the offer was rejected.",
       {"A person briefed on the talks | said | the offer was rejected | statement | indirect"}},
      {"Several witnesses said the car was speeding.",
       {"Several witnesses | said | the car was speeding | statement | indirect"}},
      {"A government official, who asked not to be named, said the talks had stalled.",
       {"A government official | said | the talks had stalled | statement | indirect"}},
      {"One source said the report would be published on Friday.",
       {"One source | said | the report would be published on Friday | statement | indirect"}},
  });
}

TEST_CASE("English: SRC CUE: \"QUOTE\"", "[extract][english]") {
  check_in("en", {
      {"The minister said: \"We will rebuild the school.\"",
       {"The minister | said | We will rebuild the school. | statement | direct"}},
      {"She added: \"Nobody will be left behind.\"",
       {"She | added | Nobody will be left behind. | statement | direct"}},
      {"The mayor wrote: \"The town owes them a debt.\"",
       {"The mayor | wrote | The town owes them a debt. | statement | direct"}},
      {"The coach said: \"We played well.\"",
       {"The coach | said | We played well. | statement | direct"}},
      {"Varga declared: \"The war is over.\"",
       {"Varga | declared | The war is over. | statement | direct"}},
  });
}

TEST_CASE("English: circumstances between the cue and its content", "[extract][english]") {
  check_in("en", {
      {"The mayor said Tuesday that the bridge would reopen.",
       {"The mayor | said | that the bridge would reopen | statement | indirect"}},
      {"The minister said last week that the deal was close.",
       {"The minister | said | that the deal was close | statement | indirect"}},
      {"The senator said during a debate that taxes would fall.",
       {"The senator | said | that taxes would fall | statement | indirect"}},
      {"The company said in a filing that profits had doubled.",
       {"The company | said | that profits had doubled | statement | indirect"}},
      {"The police said at a news conference that the suspect had fled.",
       {"The police | said | that the suspect had fled | statement | indirect"}},
      {"The union said, in a statement, that the strike would go on.",
       {"The union | said | that the strike would go on | statement | indirect"}},
      {"The governor said on Monday evening that schools would stay open.",
       {"The governor | said | that schools would stay open | statement | indirect"}},
      {"Lindqvist said in an interview that she would run again.",
       {"Lindqvist | said | that she would run again | statement | indirect"}},
      {"The mayor had warned that the dam was unsafe.",
       {"The mayor | had warned | that the dam was unsafe | statement | indirect"}},
  });
}

TEST_CASE("English: compound tenses and modals", "[extract][english]") {
  check_in("en", {
      {"The minister will announce that the plant is closing.",
       {"The minister | will announce | that the plant is closing | statement | indirect"}},
      {"She has repeatedly said that she will not resign.",
       {"She | has repeatedly said | that she will not resign | statement | indirect"}},
      {"The coach had said that the season was over.",
       {"The coach | had said | that the season was over | statement | indirect"}},
      {"The board has confirmed that the director is leaving.",
       {"The board | has confirmed | that the director is leaving | statement | indirect"}},
      {"The senator would later say that the vote was rigged.",
       {"The senator | would later say | that the vote was rigged | statement | indirect"}},
      {"He had claimed that the documents were forged.",
       {"He | had claimed | that the documents were forged | statement | indirect"}},
  });
}

TEST_CASE("English: promises, admissions, concessions", "[extract][english]") {
  check_in("en", {
      {"The coach admitted that the team had played badly.",
       {"The coach | admitted | that the team had played badly | statement | indirect"}},
      {"The minister conceded that the plan had failed.",
       {"The minister | conceded | that the plan had failed | statement | indirect"}},
      {"The police stressed that the area was safe.",
       {"The police | stressed | that the area was safe | statement | indirect"}},
  });
}

TEST_CASE("English: sentences that report nothing", "[extract][english][negative]") {
  check_in("en", {
      {"The said agreement was signed in 2019.", {}},
      {"He went to the station on foot.", {}},
      {"The book tells the story of a family in the north.", {}},
      {"If he said that, he was wrong.", {}},
      {"The claim was false.", {}},
      {"The report, released on Tuesday, runs to 200 pages.", {}},
      {"Her statement was long.", {}},
      {"The mayor opened the new bridge.", {}},
      {"The minister visited the school.", {}},
      {"The company cut 300 jobs last year.", {}},
      {"She said nothing.", {}},
      {"The sign said \"Closed\".", {}},
      {"The town is known for its market.", {}},
      {"Prices rose by two percent in March.", {}},
      {"The film shows a village at war.", {}},
      {"The council will meet on Monday.", {}},
      {"They walked home after the match.", {}},
      {"The warning came too late.", {}},
      {"He is a spokesman for the ministry.", {}},
      {"The comment section was closed.", {}},
      {"The denial was brief.", {}},
      {"Sources of the river lie in the hills.", {}},
      {"The lawyer's office is on the second floor.", {}},
      {"The team won the match.", {}},
      {"A request for comment was sent.", {}},
      {"The word \"peace\" appears twice in the text.", {}},
      {"The senator's speech lasted an hour.", {}},
      {"Two officials arrived in the capital.", {}},
      {"The police car was parked outside.", {}},
      {"The announcement is expected next week.", {}},
  });
}

TEST_CASE("English: names with a cue's spelling, nouns after determiners, unquoted contents before a tag",
          "[extract][english]") {
  check_in("en", {
      {"The Valbourg Post reports that the mayor left.",
       {"The Valbourg Post | reports | that the mayor left | statement | indirect"}},
      {"The mayor left town, the Herald has learned.",
       {"the Herald | has learned | The mayor left town | statement | indirect"}},
      {"The bridge will close in June, officials said.",
       {"officials | said | The bridge will close in June | statement | indirect"}},
      {"The plan called for new roads, a source said.",
       {"a source | said | The plan called for new roads | statement | indirect"}},
      {"The mayor left early in order to rest.", {}},
      {"The reports were late.", {}},
  });
}

TEST_CASE("English: indirect questions and recipients before an infinitive, read with the tagger",
          "[extract][english]") {
  check_in("en", {
      {"The minister asked whether the money had been spent.",
       {"The minister | asked | whether the money had been spent | statement | indirect"}},
      {"The senator asked why the report was late.",
       {"The senator | asked | why the report was late | statement | indirect"}},
      {"Reporters asked how the fire had started.",
       {"Reporters | asked | how the fire had started | statement | indirect"}},
      {"She wondered whether the deal would hold.",
       {"She | wondered | whether the deal would hold | statement | indirect"}},
      {"The mayor explained why the bridge was closed.",
       {"The mayor | explained | why the bridge was closed | statement | indirect"}},
      // The object before the infinitive is its subject, in the content
      // (syntax.tsv object_recipient content); a recipient before "that" is not.
      {"The mayor urged residents to stay indoors.",
       {"The mayor | urged | residents to stay indoors | statement | indirect"}},
      {"The minister asked the banks to lower their fees.",
       {"The minister | asked | the banks to lower their fees | statement | indirect"}},
      {"The police warned drivers that the road was icy.",
       {"The police | warned | that the road was icy | statement | indirect"}},
      // "plans" is read as the clause's verb, and an intention nested in it.
      {"Okafor said she plans to join the protest.",
       {"Okafor | said | she plans to join the protest | statement | indirect",
        "she | plans | to join the protest | statement | indirect"}},
  });
}

TEST_CASE("English: a quotation resumed in the next sentences continues the content (syntax.tsv join)",
          "[extract][english]") {
  check_in("en", {
      {"\"The plan is ready,\" she said. \"We start on Monday.\" \"Nobody will stop us.\"",
       {"she | said | \"The plan is ready,\" she said. \"We start on Monday.\" \"Nobody will stop us.\" | statement | direct"}},
      {"\"We won,\" Lindqvist said. She left the room.", {"Lindqvist | said | We won | statement | direct"}},
      {"\"We won,\" Lindqvist said.\n\n\"The next match is harder.\"",
       {"Lindqvist | said | We won | statement | direct"}},
  });
}

TEST_CASE("English: a comma before a quotation, two apostrophes as quotation marks, a tag with a complement",
          "[extract][english]") {
  check_in("en", {
      {"He said, \"We have some big plans.\"", {"He | said | We have some big plans. | statement | direct"}},
      {"''We will not back down,'' Lindqvist said.",
       {"Lindqvist | said | We will not back down | statement | direct"}},
      {"\"It is finished,\" she said of the election, in which she saw her defeat.",
       {"she | said | It is finished | statement | direct"}},
      // The cue governs its own clause: the quotation before is not its content.
      {"\"It is finished,\" she said the next day that nobody had called.",
       {"she | said | that nobody had called | statement | indirect"}},
  });
}

TEST_CASE("English: transcripts, the speaker's label in capitals before a colon", "[extract][english]") {
  check_in("en", {
      {"HOLLOWAY: Let us start with the budget tonight.\n\nOKAFOR: Well, the choice is clear.\n\n"
       "HOLLOWAY: Will the council vote?",
       {"HOLLOWAY | : | Let us start with the budget tonight | statement | direct",
        "OKAFOR | : | Well, the choice is clear | statement | direct",
        "HOLLOWAY | : | Will the council vote | statement | direct"}},
      // One label alone is a heading's, not a speaker's.
      {"UPDATE: The hall opened at noon.\n\nThe council met later.", {}},
  });
}

TEST_CASE("English: a cue after a subject with an apposition governs its complementizer", "[extract][english]") {
  check_in("en", {
      {"Asked about the polls, Brian Okafor, the campaign press secretary, noted that the campaign faced a crossroads.",
       {"Brian Okafor, the campaign press secretary | noted | that the campaign faced a crossroads | statement | indirect"}},
  });
}

TEST_CASE("English: a tag that interrupts the clause it reports", "[extract][english]") {
  check_in("en", {
      {"Too often, the mayor said, the debate turns sour.",
       {"the mayor | said | Too often, the mayor said, the debate turns sour | statement | indirect"}},
      {"The bridge, officials said, will reopen in May.",
       {"officials | said | The bridge, officials said, will reopen in May | statement | indirect"}},
  });
}

TEST_CASE("English: adverbs and auxiliaries before the cue are not its subject", "[extract][english]") {
  check_in("en", {
      {"Okafor also said the videos were inconclusive.",
       {"Okafor | said | the videos were inconclusive | statement | indirect"}},
      // A belief under negation reports no one's claim.
      {"He didn't believe the figures were right.", {}},
      {"Few people would have described him as a reformer.", {}},
  });
}

TEST_CASE("English: a subject with an apposition before a cue that takes a clause", "[extract][english]") {
  check_in("en", {
      {"Marta Lindqvist, a spokeswoman for the coalition, said many of the examples were wrong.",
       {"Marta Lindqvist, a spokeswoman for the coalition | said | many of the examples were wrong | statement | indirect"}},
  });
}

TEST_CASE("English: a clause whose verb is a past form shared with the participle", "[extract][english]") {
  check_in("en", {
      {"Okafor said he realized that the river was rising.",
       // "realize" is a cue of knowledge: the nested attribution is his.
       {"Okafor | said | he realized that the river was rising | statement | indirect",
        "he | realized | that the river was rising | statement | indirect"}},
      {"The mayor said the council approved the budget.",
       {"The mayor | said | the council approved the budget | statement | indirect"}},
  });
}

TEST_CASE("English: a clause whose subject carries an adverb or a relative clause before its verb", "[extract][english]") {
  check_in("en", {
      // A base form after an adverb after its subject is the present tense.
      {"Lindqvist said the ferries sometimes leave without warning.",
       {"Lindqvist | said | the ferries sometimes leave without warning | statement | indirect"}},
      // The relative clause's verb is not the clause's; the clause goes on to its own.
      {"Okafor said the tolls that go with the licence often exceed the catch.",
       {"Okafor | said | the tolls that go with the licence often exceed the catch | statement | indirect"}},
      {"Okafor said the tenants who stayed were angry.",
       {"Okafor | said | the tenants who stayed were angry | statement | indirect"}},
      // An infinitive after "and" has no subject of its own: no coordinated clause ends the content.
      {"Okafor said the board allowed its members and the press to think that the dam was sound.",
       {"Okafor | said | the board allowed its members and the press to think that the dam was sound | statement | indirect"}},
      // A finite cue after "and" with its own subject does.
      {"Okafor said the plan failed and the mayor thinks it was a mistake.",
       {"Okafor | said | the plan failed | statement | indirect",
        "the mayor | thinks | it was a mistake | statement | indirect"}},
      // A noun with its relative clause and no verb after it is no clause.
      {"Okafor said the plan that failed.", {}},
  });
}

TEST_CASE("English: a recipient with what it belongs to, and a time adverbial after it", "[extract][english]") {
  check_in("en", {
      {"\"The count was fair,\" Okafor told Anna Berg of the Valbourg Herald on Sunday.",
       {"Okafor | told | The count was fair | statement | direct"}},
      {"Okafor told the rowing members at the harbour club that the port is too small.",
       {"Okafor | told | that the port is too small | statement | indirect"}},
  });
}

TEST_CASE("English: 'it' speaks for an organization or a document", "[extract][english]") {
  check_in("en", {
      {"The ministry published its report on Monday. It said the port was too small.",
       {"It | said | the port was too small | statement | indirect"}},
      {"The new toll, it says, would be $12.",
       {"it | says | The new toll, it says, would be $12 | statement | indirect"}},
      // An impersonal "it" before no cue reports nothing.
      {"It would be wrong to sell the port.", {}},
  });
}

TEST_CASE("English: a possessive object of a cue said, not of one to come", "[extract][english]") {
  check_in("en", {
      // A cue whose object is the thing said (frame possessive).
      {"At the forum, Lindqvist defended her vote.",
       {"Lindqvist | defended | her vote | statement | indirect"}},
      {"Okafor outlined his plan for the harbour.",
       {"Okafor | outlined | his plan for the harbour | statement | indirect"}},
      // Under a modal the cue has not reported anything yet.
      {"Okafor cannot defend his record.", {}},
  });
}

TEST_CASE("English: a progressive is a finite cue whose subject is the auxiliary's", "[extract][english]") {
  check_in("en", {
      {"The harbour board is confirming that the ferry will not sail.",
       {"The harbour board | is confirming | that the ferry will not sail | statement | indirect"}},
      {"Okafor has been saying for months that the port is too small.",
       {"Okafor | has been saying | that the port is too small | statement | indirect"}},
      {"The doctor is calling the plan \"a disaster.\"",
       {"The doctor | is calling | the plan \"a disaster.\" | statement | mixed"}},
      // A progressive of a verb that is no cue reports nothing.
      {"Okafor is painting the harbour wall.", {}},
  });
}

TEST_CASE("English: an indirect question whose interrogative qualifies an adjective or adverb", "[extract][english]") {
  check_in("en", {
      {"Okafor asked how often the ferries run.",
       {"Okafor | asked | how often the ferries run | statement | indirect"}},
      {"Lindqvist explained how hard the winter had been for the crews.",
       {"Lindqvist | explained | how hard the winter had been for the crews | statement | indirect"}},
  });
}

TEST_CASE("English: a bare clause that opens on a quotation or a qualified number, or holds a quoted word", "[extract][english]") {
  check_in("en", {
      {"The mayor gave no figure, though he said \"port fees\" and new taxes would pay for it.",
       {"he | said | \"port fees\" and new taxes would pay for it | statement | mixed"}},
      {"Okafor has said nearly 40 boats have asked for a mooring.",
       {"Okafor | has said | nearly 40 boats have asked for a mooring | statement | indirect"}},
      // A circumstance with a number is no subject.
      {"Okafor said in 2019.", {}},
  });
}

TEST_CASE("English: the source keeps the words that describe it after a comma", "[extract][english]") {
  check_in("en", {
      // An age, a relative clause, an apposition with its relative clause.
      {"\"We need oversight,\" said Okafor, 82.",
       {"Okafor, 82 | said | We need oversight | statement | direct"}},
      {"\"We need oversight,\" said Okafor, who has four children.",
       {"Okafor, who has four children | said | We need oversight | statement | direct"}},
      {"\"We need oversight,\" said Marta Lindqvist, a lawyer who has worked on X-ray contracts.",
       {"Marta Lindqvist, a lawyer who has worked on X-ray contracts | said | We need oversight | statement | direct"}},
      // A second group, and a noun no data lists as a source's.
      {"\"Tides are slow,\" said Tim Varga, a boatwright in Valbourg, who built the first ferry.",
       {"Tim Varga, a boatwright in Valbourg, who built the first ferry | said | Tides are slow | statement | direct"}},
      {"\"It is over,\" Brandt, a senior harbour pilot, said Thursday.",
       {"Brandt, a senior harbour pilot | said | It is over | statement | direct"}},
      // A subject's apposition is kept when a participle's incise follows it.
      {"\"The rules are illegal,\" Scott Varga, the harbour master of Valbourg, one of the ports fighting the levy, said.",
       {"Scott Varga, the harbour master of Valbourg | said | The rules are illegal | statement | direct"}},
      // A relative clause with a cue of its own stays out, and is no tag.
      {"\"We need oversight,\" said Okafor, who added that the port was closing.",
       {"Okafor | said | We need oversight | statement | direct",
        "who (Okafor) | added | that the port was closing | statement | indirect"}},
      // Words that run into a quotation are the content's clause.
      {"According to Anna Berg, the move reeks of \"fear\" and desperation.",
       {"Anna Berg | According to | the move reeks of \"fear\" and desperation | statement | mixed"}},
  });
}

TEST_CASE("English: a negation or a number's adverb after the cue opens the content", "[extract][english]") {
  check_in("en", {
      {"Okafor said no final ruling had been given on the quay.",
       {"Okafor | said | no final ruling had been given on the quay | statement | indirect"}},
      {"Okafor said neither the pilots nor the crews had seen the wreck.",
       {"Okafor | said | neither the pilots nor the crews had seen the wreck | statement | indirect"}},
      {"Okafor said only two people had read the report.",
       {"Okafor | said | only two people had read the report | statement | indirect"}},
      // An adverb of the verb stays out: "earlier this week".
      {"Okafor said earlier this week that the port was closing.",
       {"Okafor | said | that the port was closing | statement | indirect"}},
  });
}

TEST_CASE("English: the main clause's subject of a participle cue leaves its adverbs out", "[extract][english]") {
  check_in("en", {
      {"He recently calmed the fishermen by telling them that their catch was safe.",
       {"He | telling | that their catch was safe | statement | indirect"}},
      {"Okafor then rose in the hall and opened by saying he would keep the quay.",
       {"Okafor | saying | he would keep the quay | statement | indirect"}},
  });
}

TEST_CASE("English: an infinitive after 'to' the tagger read as a present, and vows, hopes, urges", "[extract][english]") {
  check_in("en", {
      {"Okafor asked the pilot to apologize.",
       {"Okafor | asked | the pilot to apologize | statement | indirect"}},
      {"Okafor vows to fight the plan.",
       {"Okafor | vows | to fight the plan | statement | indirect"}},
      {"The lawmaker urges restraint on the council.",
       {"The lawmaker | urges | restraint on the council | statement | indirect"}},
  });
}

TEST_CASE("English: a headline's clause without its copula", "[extract][english]") {
  check_in("en", {
      {"Okafor says mayor 'quite wrong' on mooring fees.\n\nThe council met on Monday.",
       {"Okafor | says | mayor 'quite wrong' on mooring fees | statement | indirect"}},
      // In title case the verb cannot be told: no claim.
      {"Port Plan Rules Face Key Test In Court.\n\nThe council met on Monday.", {}},
      // Outside a title a clause needs its verb.
      {"The council met on Monday. Okafor says mayor right on taxes.", {}},
  });
}

TEST_CASE("English: a speech tag's verb used as a modal leaves the cue to its infinitive", "[extract][english]") {
  check_in("en", {
      {"The unions continued to call for more money for the harbour.",
       {"The unions | continued to call for | more money for the harbour | statement | indirect"}},
      {"Okafor continued to insist that the port was safe.",
       {"Okafor | continued to insist | that the port was safe | statement | indirect"}},
      // The tag alone is still a tag.
      {"\"We will win,\" he continued.",
       {"he | continued | We will win | statement | direct"}},
  });
}

TEST_CASE("English: cues of statement that also take the thing said as their object", "[extract][english]") {
  check_in("en", {
      {"The ministry pointed to the storm as a reason for the delay.",
       {"The ministry | pointed to | the storm as a reason for the delay | statement | indirect"}},
      {"Lindqvist acknowledged her mistake.",
       {"Lindqvist | acknowledged | her mistake | statement | indirect"}},
      {"Okafor proposed a new tax on ferries.",
       {"Okafor | proposed | a new tax on ferries | statement | indirect"}},
      {"Okafor accused the mayor of lying about the port.",
       {"Okafor | accused | the mayor of lying about the port | statement | indirect"}},
      {"The firm announced plans to close the yard.",
       {"The firm | announced | plans to close the yard | statement | indirect"}},
      // The clause frame still comes first.
      {"Okafor noted that the port was closed.",
       {"Okafor | noted | that the port was closed | statement | indirect"}},
  });
}

TEST_CASE("English: an indefinite pronoun after an opening adverb is the source", "[extract][english]") {
  check_in("en", {
      {"Then someone asked how the ferry could cross in fog.",
       {"someone | asked | how the ferry could cross in fog | statement | indirect"}},
  });
}

TEST_CASE("English: a resumed quotation of several sentences joins the content whole", "[extract][english]") {
  check_in("en", {
      {"\"We won,\" said Okafor, speaking at the harbour. \"It was close. ... Nobody expected it.\"",
       {"Okafor | said | \"We won,\" said Okafor, speaking at the harbour. \"It was close. ... Nobody expected it.\" | statement | direct"}},
  });
}

TEST_CASE("English: a cue that introduces its own content after an opening phrase is no tag", "[extract][english]") {
  check_in("en", {
      {"In a statement, the company said: \"We regret the delay.\"",
       {"the company | said | We regret the delay. | statement | direct"}},
      {"During the debate, Okafor attacked the budget.",
       {"Okafor | attacked | the budget | statement | indirect"}},
  });
}

TEST_CASE("English: abbreviations of several periods, a closed quotation before a tag with a long complement",
          "[extract][english]") {
  check_in("en", {
      {"Okafor said that U.S. involvement in the alliance may shrink.",
       {"Okafor | said | that U.S. involvement in the alliance may shrink | statement | indirect"}},
      {"\"It never crossed my mind,\" she said several months after the vote, as the count went on.",
       {"she | said | It never crossed my mind | statement | direct"}},
  });
}

TEST_CASE("English: after an unquoted opening phrase, the quotation after the cue is its content", "[extract][english]") {
  check_in("en", {
      {"Asked about the device, Okafor said, \"Not going to go into that.\"",
       {"Okafor | said | Not going to go into that. | statement | direct"}},
  });
}

TEST_CASE("English: naming, citing and intending are attributions (PolNeAR's internal states)", "[extract][english]") {
  check_in("en", {
      {"Marta Lindqvist called the plan a mistake.",
       {"Marta Lindqvist | called | the plan a mistake | statement | indirect"}},
      {"Lindqvist cited a poll showing that most residents backed the plan.",
       {"Lindqvist | cited | a poll showing that most residents backed the plan | statement | indirect"}},
      {"The minister echoed the mayor's warning.",
       {"The minister | echoed | the mayor's warning | statement | indirect"}},
      {"The mayor wants to rebuild the bridge.",
       {"The mayor | wants | to rebuild the bridge | statement | indirect"}},
      {"The council intends to sell the land.",
       {"The council | intends | to sell the land | statement | indirect"}},
      {"The union threatened to strike.",
       {"The union | threatened | to strike | statement | indirect"}},
      // A call that names nothing: no object and predicate, no attribution.
      {"She called her mother on Sunday.", {}},
  });
}

TEST_CASE("English: a reported clause whose subject opens on an adjective or a number, or holds a hyphenated code",
          "[extract][english]") {
  check_in("en", {
      {"Johnson said local officials should act.",
       {"Johnson | said | local officials should act | statement | indirect"}},
      {"Officials said 12 people were hurt.", {"Officials | said | 12 people were hurt | statement | indirect"}},
      {"Lindqvist said the X-ray program has failed.",
       {"Lindqvist | said | the X-ray program has failed | statement | indirect"}},
      {"The network said it would send her to Valbourg.",
       {"The network | said | it would send her to Valbourg | statement | indirect"}},
      {"The clip says the senator has a passion for lost causes.",
       {"The clip | says | the senator has a passion for lost causes | statement | indirect"}},
  });
}

TEST_CASE("English and French: quotations signed on their line after a dash", "[extract][english]") {
  check_in("en", {
      {"Readers wrote to us.\n\n\u201CThe bridge is a disgrace.\u201D \u2015 Marta Lindqvist\n"
       "\u201CWe waited ten years. Nobody came.\u201D \u2014 Jonas Ekwall.",
       {"Marta Lindqvist | \u2015 | The bridge is a disgrace. | statement | direct",
        "Jonas Ekwall | \u2014 | We waited ten years. Nobody came. | statement | direct"}},
      // A dash after a quotation that opens no line, or before no name: no signature.
      {"He read out \u201Cwe are ready\u201D \u2014 Marta Lindqvist was there.", {}},
      {"\u201CWe are ready\u201D \u2014 and they were.", {}},
  });
  check_in("fr", {
      {"Les lecteurs nous ont \u00E9crit.\n\n\u00AB Le pont est une honte. \u00BB \u2014 Jeanne Martin",
       {"Jeanne Martin | \u2014 | Le pont est une honte. | statement | direct"}},
  });
}

TEST_CASE("English: a title 'NAME: CLAIM' quotes NAME without quotation marks (syntax.tsv headline_speaker colon)",
          "[extract][english]") {
  check_in("en", {
      {"Valbourg Mayor: Bridge Will Reopen in June\n\nThe town waited for news.",
       {"Valbourg Mayor | : | Bridge Will Reopen in June | statement | indirect"}},
      {"Lindqvist: Bridge Will Reopen in June.\n\nThe town waited for news.",
       {"Lindqvist | : | Bridge Will Reopen in June | statement | indirect"}},
      // A colon in the body, or a topic that names no one, is no headline.
      {"The town waited for news.\n\nThe plan: a bridge by June.", {}},
      {"Bridge works: what changes in June\n\nThe town waited for news.", {}},
  });
  // French titles name their speaker before a quotation only (GUIDELINES 5.5).
  check_in("fr", {
      {"Le maire de Valbourg : le pont rouvrira en juin\n\nLa ville attendait des nouvelles.", {}},
  });
}

TEST_CASE("English: an apposition whose head has modifiers before it, or a possessive, stays in the source",
          "[extract][english]") {
  check_in("en", {
      {"\"We will win,\" said Kenneth Ward, a former Valbourg administration official who runs a consulting firm.",
       {"Kenneth Ward, a former Valbourg administration official who runs a consulting firm | said | We will win | "
        "statement | direct"}},
      {"Megan Holt, senior associate for education at the Valbourg Institute, said the schools were failing.",
       {"Megan Holt, senior associate for education at the Valbourg Institute | said | the schools were failing | "
        "statement | indirect"}},
      {"Brian Holt, the campaign's press secretary, said the plan was ready.",
       {"Brian Holt, the campaign's press secretary | said | the plan was ready | statement | indirect"}},
      {"The mayor's office said the plan was ready.",
       {"The mayor's office | said | the plan was ready | statement | indirect"}},
  });
}

TEST_CASE("English: a coordinated subject is one source (syntax.tsv coordinated_subject one)", "[extract][english]") {
  check_in("en", {
      {"The mayor and the prefect said the road would reopen.",
       {"The mayor and the prefect | said | the road would reopen | statement | indirect"}},
      {"The Valbourg council and its lawyers said the claim was false.",
       {"The Valbourg council and its lawyers | said | the claim was false | statement | indirect"}},
      // Clauses joined by "and": only the second clause's subject speaks.
      {"The polls closed and officials said the count would start.",
       {"officials | said | the count would start | statement | indirect"}},
  });
}

TEST_CASE("English: a preposed according-to source runs over its complements to its comma", "[extract][english]") {
  check_in("en", {
      {"According to a new report by the Valbourg Herald, the plan was dropped.",
       {"a new report by the Valbourg Herald | According to | the plan was dropped | statement | indirect"}},
      {"According to a civil complaint filed by the commission, the two raised money.",
       {"a civil complaint filed by the commission | According to | the two raised money | statement | indirect"}},
      // A capitalised subject after the comma is the content's, not an apposition.
      {"According to the data, Valbourgers make up half of the town.",
       {"the data | According to | Valbourgers make up half of the town | statement | indirect"}},
  });
}

TEST_CASE("English: in a title-case headline a capitalised cue is the verb", "[extract][english]") {
  check_in("en", {
      {"Marta Lindqvist Says Bridge Will Reopen in June\n\nThe town waited for news.",
       {"Marta Lindqvist | Says | Bridge Will Reopen in June | statement | indirect"}},
      {"Bridge Will Reopen in June, Valbourg Mayor Says\n\nThe town waited for news.",
       {"Valbourg Mayor | Says | Bridge Will Reopen in June | statement | indirect"}},
      // In running text a capital after a word is still a name's.
      {"The Valbourg Reports office opened on Monday.", {}},
  });
}

TEST_CASE("English: stances and acts on a text (endorse, oppose, mock, quote, unveil)", "[extract][english]") {
  check_in("en", {
      {"The Valbourg council endorsed the new bridge plan.",
       {"The Valbourg council | endorsed | the new bridge plan | statement | indirect"}},
      {"Marta Lindqvist opposes the tax on boats.", {"Marta Lindqvist | opposes | the tax on boats | statement | indirect"}},
      {"The mayor unveiled a plan to rebuild the harbour.",
       {"The mayor | unveiled | a plan to rebuild the harbour | statement | indirect"}},
      {"The senator quoted a letter from the governor.",
       {"The senator | quoted | a letter from the governor | statement | indirect"}},
  });
}

TEST_CASE("English: a participle cue after a main clause in a simple tense takes its subject", "[extract][english]") {
  check_in("en", {
      {"The mayor closed the meeting, adding that the road was closed.",
       {"The mayor | adding | that the road was closed | statement | indirect"}},
      {"The groups granted him an extension, saying his capital was less than expected.",
       {"The groups | saying | his capital was less than expected | statement | indirect"}},
  });
}

TEST_CASE("English: a clause whose verb is a base form shared with the present", "[extract][english]") {
  check_in("en", {
      {"Halvorsen said the new rules erase the old barriers.",
       {"Halvorsen | said | the new rules erase the old barriers | statement | indirect"}},
      {"The council said they need more time.",
       {"The council | said | they need more time | statement | indirect"}},
      // After "to" the base form is an infinitive: an object, no clause.
      {"The mayor said nothing to calm the crowd.", {}},
  });
}

TEST_CASE("English: a quotation closed on its ? or ! before a tag that opens the next sentence", "[extract][english]") {
  check_in("en", {
      {"\"Why did the bridge close?\" Marta Lindqvist asked.",
       {"Marta Lindqvist | asked | Why did the bridge close? | statement | direct"}},
      {"\"We will rebuild!\" The mayor said on Monday.",
       {"The mayor | said | We will rebuild! | statement | direct"}},
      // The next paragraph is no tag of the quotation.
      {"\"Why did the bridge close?\"\n\nThe mayor said the river rose.",
       {"The mayor | said | the river rose | statement | indirect"}},
      // A sentence after a closed statement is no tag either.
      {"\"The bridge is closed.\" The mayor said so on Monday.", {}},
  });
}

TEST_CASE("English: a quotation that ends on a quotation inside it before its tag", "[extract][english]") {
  check_in("en", {
      {"\"Residents keep asking, 'Why now?'\" the mayor said.",
       {"the mayor | said | Residents keep asking, 'Why now?' | statement | direct"}},
      {"\u201cThey call it \u2018a temporary measure,\u2019\u201d Okafor said.",
       {"Okafor | said | They call it \u2018a temporary measure,\u2019 | statement | direct"}},
      {"\"It feels like, 'We can wait,'\" she said.",
       {"she | said | It feels like, 'We can wait,' | statement | direct"}},
  });
}

TEST_CASE("English: a speech tag followed by several circumstances, a quoted programme or an adjunct clause", "[extract][english]") {
  check_in("en", {
      {"\"It is over,\" Halvorsen said on Monday at the dinner in Valbourg.",
       {"Halvorsen | said | It is over | statement | direct"}},
      {"\"It is over,\" Halvorsen said on the network's \"Morning Forum.\"",
       {"Halvorsen | said | It is over | statement | direct"}},
      {"\"It is over,\" Halvorsen said after the council cancelled the vote.",
       {"Halvorsen | said | It is over | statement | direct"}},
      // A clause right after the cue is its own content.
      {"\"It is over,\" Halvorsen said the council cancelled the vote.",
       {"Halvorsen | said | the council cancelled the vote | statement | indirect"}},
  });
}

TEST_CASE("English: lower-case modifiers before a title or a name stay in the source", "[extract][english]") {
  check_in("en", {
      {"\"The harbour stays closed,\" council Chairman Tomas Varga said.",
       {"council Chairman Tomas Varga | said | The harbour stays closed | statement | direct"}},
      {"\"It is the only way,\" retired general Lloyd Okafor said.",
       {"retired general Lloyd Okafor | said | It is the only way | statement | direct"}},
  });
}

TEST_CASE("English: a reported clause whose subject holds a participle, relative or apposition between commas",
          "[extract][english]") {
  check_in("en", {
      {"Supporters say the program, run by the housing agency, has brought new jobs.",
       {"Supporters | say | the program, run by the housing agency, has brought new jobs | statement | indirect"}},
      {"Okafor said the bridge, which opened in May, was already closed.",
       {"Okafor | said | the bridge, which opened in May, was already closed | statement | indirect"}},
      // An adverbial between commas is no part of a subject: no clause.
      {"Okafor said it over and over, he is proud.", {}},
  });
}

TEST_CASE("English: according to figures and records", "[extract][english]") {
  check_in("en", {
      {"Rents rose by a third, according to city statistics.",
       {"city statistics | according to | Rents rose by a third | statement | indirect"}},
      {"According to the latest figures, the firm paid no tax.",
       {"the latest figures | According to | the firm paid no tax | statement | indirect"}},
  });
}

TEST_CASE("English: a participle cue after a preposition takes the main clause's subject (gerund_preposition)",
          "[extract][english]") {
  check_in("en", {
      {"The governor ended the meeting by saying the bridge would reopen.",
       {"The governor | saying | the bridge would reopen | statement | indirect"}},
      {"The senator was criticised for saying that the vote was rigged.",
       {"The senator | saying | that the vote was rigged | statement | indirect"}},
      // "without" is no such preposition: what was not said is no claim.
      {"The governor left without saying a word.", {}},
  });
}

TEST_CASE("English: a party and state code in parentheses stays in the source", "[extract][english]") {
  check_in("en", {
      {"\"The vote is clear,\" said Rep. Tomas Varga (D-N.C.), the leader of the caucus.",
       {"Rep. Tomas Varga (D-N.C.), the leader of the caucus | said | The vote is clear | statement | direct"}},
  });
}

TEST_CASE("English: 'cannot' is a modal and a negation", "[extract][english]") {
  check_in("en", {
      {"The senator says he cannot support the bill.",
       {"The senator | says | he cannot support the bill | statement | indirect"}},
      // What someone cannot say is no claim, as with "can not say".
      {"The senator cannot say that the bill failed.", {}},
  });
}

TEST_CASE("English: shares of people polled as sources, a programme's title in the recipient", "[extract][english]") {
  check_in("en", {
      {"Sixty percent said the council was right.",
       {"Sixty percent | said | the council was right | statement | indirect"}},
      {"A majority of residents said the bridge should reopen.",
       {"A majority of residents | said | the bridge should reopen | statement | indirect"}},
      {"Okafor told the network's \"Morning Forum\" that the vote was fair.",
       {"Okafor | told | that the vote was fair | statement | indirect"}},
  });
}

TEST_CASE("English: a cue's tail preposition stays in the cue before a noun-phrase content (syntax.tsv tail_preposition cue)",
          "[extract][english]") {
  check_in("en", {
      {"The union called for a new vote on the contract.",
       {"The union | called for | a new vote on the contract | statement | indirect"}},
      {"The mayor called for rebuilding the harbour.",
       {"The mayor | called for | rebuilding the harbour | statement | indirect"}},
  });
}

TEST_CASE("English: expressing, bemoaning, crediting (stances with an object)", "[extract][english]") {
  check_in("en", {
      {"The mayor expressed concern about the flooding.",
       {"The mayor | expressed | concern about the flooding | statement | indirect"}},
      {"The senator bemoaned the closure of the harbour.",
       {"The senator | bemoaned | the closure of the harbour | statement | indirect"}},
  });
}

TEST_CASE("English: a cue form before 'that' and a verb is a noun with its relative clause", "[extract][english]") {
  check_in("en", {
      {"The council passed new rules that may limit parking.", {}},
      {"The club staged a show that lasted two nights.", {}},
      // A complementizer before its clause's subject: a cue.
      {"The mayor states that the plan failed.",
       {"The mayor | states | that the plan failed | statement | indirect"}},
      {"Residents fear that rising rents will empty the street.",
       {"Residents | fear | that rising rents will empty the street | statement | indirect"}},
  });
}

TEST_CASE("English: a subject stops at a subordinator or another clause's verb, and a pronoun is a whole subject",
          "[extract][english]") {
  check_in("en", {
      {"The vote failed when opponents said the count was wrong.",
       {"opponents | said | the count was wrong | statement | indirect"}},
      {"In an interview last week she said the harbour would reopen.",
       {"she | said | the harbour would reopen | statement | indirect"}},
      // A past form may qualify the subject.
      {"A survey released in May found that rents had doubled.",
       {"A survey released in May | found | that rents had doubled | statement | indirect"}},
  });
}

TEST_CASE("English: a recipient before a bare clause whose subject is 'it'", "[extract][english]") {
  check_in("en", {
      {"Okafor told the committee it was clear that the vote had been rigged.",
       {"Okafor | told | it was clear that the vote had been rigged | statement | indirect"}},
  });
}

TEST_CASE("English: a relative clause's source after circumstances and prepositions, a remark in parentheses",
          "[extract][english]") {
  check_in("en", {
      {"The mayor had a long quarrel with Okafor, who in 2019 said the harbour was a ruin.",
       {"who (Okafor) | said | the harbour was a ruin | statement | indirect"}},
      // A noun's complement stays in the antecedent; the main clause's verb
      // and object before it do not.
      {"Reporters met the head of the agency, who said the harbour was safe.",
       {"who (the head of the agency) | said | the harbour was safe | statement | indirect"}},
      {"\"It is the wrong plan,\" said Mr. Varga (a view most of the council shares).",
       {"Mr. Varga | said | It is the wrong plan | statement | direct"}},
  });
}

TEST_CASE("English: a bare clause on a personal subject pronoun, a gerund or after a time adverbial with its preposition",
          "[extract][english]") {
  check_in("en", {
      // A subject pronoun opens the clause whatever the tagger read after it.
      {"Half of the growers said they back the new quota.",
       {"Half of the growers | said | they back the new quota | statement | indirect"}},
      // A source the lexicon does not know speaks when its verb takes a bare clause.
      {"The carpenter said she had lost patience with the delays.",
       {"The carpenter | said | she had lost patience with the delays | statement | indirect"}},
      {"Halvorsen says running a ferry line is hard work.",
       {"Halvorsen | says | running a ferry line is hard work | statement | indirect"}},
      {"The mayor said widening the quay could bring more ferries.",
       {"The mayor | said | widening the quay could bring more ferries | statement | indirect"}},
      // A lone apostrophe the tagger reads as the possessive stays in the subject.
      {"Okafor says the Halvorsens’ boat was built in Valbourg.",
       {"Okafor | says | the Halvorsens’ boat was built in Valbourg | statement | indirect"}},
      {"The skipper said on Friday he had seen the wreck.",
       {"The skipper | said | he had seen the wreck | statement | indirect"}},
      // A quotation that opens on the clause's verb.
      {"Varga said Anna Berg \"ruined the harbour.\"",
       {"Varga | said | Anna Berg \"ruined the harbour.\" | statement | mixed"}},
      // "it" may be the object ("said it again"): no clause opens on it alone.
      {"The skipper said it again.", {}},
      // A date or a noun after the time word keeps the phrase whole.
      {"\"The quay is safe,\" Okafor said in May 2019, pointing at the cranes.",
       {"Okafor | said | The quay is safe | statement | direct"}},
  });
}

TEST_CASE("English: a name and a past form after 'according to X,' open the content, not an apposition", "[extract][english]") {
  check_in("en", {
      {"According to a survey, Halvorsen gained most votes, ahead of the mayor.",
       {"a survey | According to | Halvorsen gained most votes, ahead of the mayor | statement | indirect"}},
      // An apposition still is one.
      {"According to Varga, a lawyer for the club, the deal is dead.",
       {"Varga, a lawyer for the club | According to | the deal is dead | statement | indirect"}},
  });
}

TEST_CASE("English: a cue in a relative clause has the pronoun as its written source, its antecedent as its mention",
          "[extract][english]") {
  check_in("en", {
      {"Reporters met Tomas Varga, who said the ferry would run in May.",
       {"who (Tomas Varga) | said | the ferry would run in May | statement | indirect"}},
      // Between commas, the relative clause's content ends at the comma that closes it.
      {"Anna Berg, who said the quay was unsafe, left the harbour on Monday.",
       {"who (Anna Berg) | said | the quay was unsafe | statement | indirect"}},
      {"The board met Tomas Varga, who declined to comment.",
       {"who (Tomas Varga) | declined | to comment | refusal | none"}},
  });
}

TEST_CASE("English: an indirect question after the cue's object, the one asked or told", "[extract][english]") {
  check_in("en", {
      {"A deckhand asked the skipper how deep the channel was.",
       {"A deckhand | asked | how deep the channel was | statement | indirect"}},
      {"The coach told the players why the match was lost.",
       {"The coach | told | why the match was lost | statement | indirect"}},
  });
}

TEST_CASE("English: raising verbs report their subject and infinitive, with no source", "[extract][english]") {
  check_in("en", {
      {"The ferry seemed to be late again.", {"- | seemed | The ferry seemed to be late again | statement | indirect"}},
      {"Varga is expected to resign on Monday.",
       {"- | is expected | Varga is expected to resign on Monday | statement | indirect"}},
      {"The harbour board appears to be split on the levy.",
       {"- | appears | The harbour board appears to be split on the levy | statement | indirect"}},
      // Without an infinitive there is nothing reported.
      {"Varga appeared at the rally.", {}},
      {"The ferry seemed late.", {}},
  });
}

TEST_CASE("English: a raising verb's content is written as two fragments around the cue", "[extract][english]") {
  const whosaid::Document doc = whosaid::test::extract_passage_in("en", "Varga is expected soon to resign on Monday.");
  REQUIRE(doc.attributions.size() == 1);
  const whosaid::Attribution& a = doc.attributions[0];
  REQUIRE(!a.incise.empty());
  CHECK(doc.slice({a.content.begin, a.incise.begin}) == "Varga");
  CHECK(doc.slice({a.incise.end, a.content.end}) == "to resign on Monday");
}

TEST_CASE("English: a dative after a circumstance's noun belongs to it, not to the cue", "[extract][english]") {
  check_in("en", {
      {"The tolls had doubled, the skipper wrote in a note to the harbour board.",
       {"the skipper | wrote | The tolls had doubled | statement | indirect"}},
  });
}

TEST_CASE("English: a verb and its preposition whose object is the thing spoken of", "[extract][english]") {
  check_in("en", {
      {"The mayor talked about the new fees.", {"The mayor | talked about | the new fees | statement | indirect"}},
      {"Okafor spoke of a betrayal.", {"Okafor | spoke of | a betrayal | statement | indirect"}},
      {"Okafor has railed against the levy.", {"Okafor | has railed against | the levy | statement | indirect"}},
      // The object ends at a comma before a clause with its verb.
      {"Varga referred to the plan as a swindle, the board kept quiet.",
       {"Varga | referred to | the plan as a swindle | statement | indirect"}},
      // Talk about a thing is no speech when no speaker says it.
      {"The film talks about the war.", {}},
  });
}

TEST_CASE("English: a past form after a subject pronoun and an adverb is finite, the participle's subject before it",
          "[extract][english]") {
  check_in("en", {
      // The tagger may read the past form after the adverb as a participle.
      {"He then measured the two ferries, saying that they were alike.",
       {"He | saying | that they were alike | statement | indirect"}},
  });
}

TEST_CASE("English: a cue that asks: 'if' opens its question, and its participle opens a sentence with no source",
          "[extract][english]") {
  check_in("en", {
      {"Brandt asked the pilots if the tide had turned.",
       {"Brandt | asked | if the tide had turned | statement | indirect"}},
      {"Asked whether the quay was safe, Varga shrugged.",
       {"- | Asked | whether the quay was safe | statement | indirect"}},
      {"When asked if the ferry would run, Okafor smiled.",
       {"- | asked | if the ferry would run | statement | indirect"}},
  });
}

TEST_CASE("English: a subordinate clause after a postposed source is no part of it", "[extract][english]") {
  check_in("en", {
      {"\"We will win,\" said Varga as he left the quay.",
       {"Varga | said | We will win | statement | direct"}},
  });
}

TEST_CASE("English: told + object + to INF, the object the infinitive's subject", "[extract][english]") {
  check_in("en", {
      {"Okafor told the crews to moor at the east pier.",
       {"Okafor | told | the crews to moor at the east pier | statement | indirect"}},
  });
}
