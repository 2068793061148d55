// Reading brat standoff gold (src/eval/brat.h) on invented .ann/.txt pairs
// (tests/data/eval/brat/): code point offsets after non-ASCII text, a
// discontinuous span, a span over a line break, an attribution with no
// source, Content2, what is dropped; then a table of broken files and the
// error each must give (file, line, the line quoted).
#include <catch2/catch.hpp>

#include <string>

#include "eval/brat.h"
#include "eval/matcher.h"
#include "eval/predictions.h"
#include "eval/score.h"
#include "eval_test_util.h"

using whosaid::Status;
using whosaid::StatusCode;
using namespace whosaid::eval;
using namespace whosaid::eval::test;

namespace {

const std::string kHarbourText = "eval/brat/text/lindqvist-harbour.txt";
const std::string kHarbourAnn = "eval/brat/attributions/lindqvist-harbour_a1.ann";

Gold harbour() {
  Gold g;
  Status s = read_brat_gold(test_data(kHarbourAnn), slurp(test_data(kHarbourText)), "lindqvist-harbour.txt", g);
  INFO(s.message());
  REQUIRE(s.ok());
  return g;
}

const GoldAttribution& by_id(const Gold& g, const std::string& id) {
  int i = g.attribution_index(id);
  REQUIRE(i >= 0);
  return g.attributions[i];
}

}  // namespace

TEST_CASE("brat: offsets are code points, spans carry the text's bytes", "[eval][brat]") {
  Gold g = harbour();
  CHECK(g.document == "lindqvist-harbour.txt");
  CHECK(g.name == test_data(kHarbourAnn));
  // Five E lines, in file order; the Discuss span, trigger spans, the note and
  // the attribute line are not attributions.
  REQUIRE(g.attributions.size() == 5);
  CHECK(g.attributions[0].id == "E1");
  CHECK(g.attributions[4].id == "E5");
  // "Café", "—", "“" and "”" come before it: 76 code points, 82 bytes.
  const GoldAttribution& e2 = by_id(g, "E2");
  REQUIRE(e2.source);
  CHECK(e2.source->start == 76);
  CHECK(e2.source->end == 107);
  CHECK(e2.source->text == "Café owners on the Rüdiger quay");
  CHECK(e2.cue->text == "said");
  CHECK(e2.content->text == "that the new ferry timetable would cut their trade by half");
  // Not annotated in brat: not scored (score.h).
  CHECK(e2.type.empty());
  CHECK(e2.quote.empty());
  CHECK_FALSE(e2.entity);
  CHECK_FALSE(e2.parent);
  CHECK_FALSE(e2.optional);
  // The spans fit the text as the JSON gold's must.
  CHECK(check_gold_text(g, slurp(test_data(kHarbourText))).ok());
}

TEST_CASE("brat: a discontinuous span keeps its fragments", "[eval][brat]") {
  const Gold g = harbour();
  const GoldAttribution& e3 = by_id(g, "E3");
  REQUIRE(e3.content);
  CHECK(e3.content->text == "“We have waited three years,”");
  CHECK(e3.content->start == 185);
  REQUIRE(e3.content->more.size() == 1);
  CHECK(e3.content->more[0].text == "“The boats will run in May.”");
  CHECK(e3.content->more[0].start == 272);
  CHECK(e3.content->more[0].end == 300);
  CHECK(e3.source->text == "Marta Lindqvist, the harbour councillor");
}

TEST_CASE("brat: a span over a line break, continued on the next line of the file", "[eval][brat]") {
  const Gold g = harbour();
  const GoldAttribution& e4 = by_id(g, "E4");
  REQUIRE(e4.content);
  CHECK(e4.content->text == "that the council would publish the full plan\nnext week, after a vote");
  CHECK(e4.source->text == "Lindqvist");
  CHECK(e4.cue->text == "added");
}

TEST_CASE("brat: an attribution with no source", "[eval][brat]") {
  const Gold g = harbour();
  const GoldAttribution& e5 = by_id(g, "E5");
  CHECK_FALSE(e5.source);
  CHECK(e5.cue->text == "was widely seen as");
  CHECK(e5.content->text == "a concession to the ferry company");
}

TEST_CASE("brat: an attribution with no cue", "[eval][brat]") {
  // "Ferry crews in Östvik walked out on Monday.": the crews' walk-out as the content, no cue word.
  Gold g;
  Status s = parse_brat_gold("T1\tSource 0 21\tFerry crews in Östvik\nT2\tContent 22 42\twalked out on Monday\n"
                             "T3\tAttribution 22 28\twalked\nE1\tAttribution:T3 Source:T1 Content:T2\n",
                             slurp(test_data("eval/brat/text/ferry-strike.txt")), "nocue.ann", "ferry-strike.txt", g);
  INFO(s.message());
  REQUIRE(s.ok());
  REQUIRE(g.attributions.size() == 1);
  CHECK(g.attributions[0].source->text == "Ferry crews in Östvik");
  CHECK_FALSE(g.attributions[0].cue);  // the trigger T3 is not taken as the cue
  CHECK(g.attributions[0].content->text == "walked out on Monday");
}

TEST_CASE("brat: Content2 is a further fragment, an E with a trigger alone is dropped", "[eval][brat]") {
  Gold g;
  Status s = read_brat_gold(test_data("eval/brat/attributions/ferry-strike.ann"),
                            slurp(test_data("eval/brat/text/ferry-strike.txt")), "ferry-strike.txt", g);
  INFO(s.message());
  REQUIRE(s.ok());
  REQUIRE(g.attributions.size() == 2);  // E3 has no Source, Cue or Content
  const GoldAttribution& e2 = by_id(g, "E2");
  REQUIRE(e2.content);
  CHECK(e2.content->text == "that talks would resume");
  REQUIRE(e2.content->more.size() == 1);
  CHECK(e2.content->more[0].text == "“only when the roster is withdrawn”");
  CHECK(e2.source->text == "He");
}

TEST_CASE("brat: the gold scored against itself is perfect, fragments included", "[eval][brat]") {
  Gold g = harbour();
  Predictions p;
  REQUIRE(predictions_from_json(gold_as_predictions(g), "self", p).ok());
  REQUIRE(p.attributions[2].content);
  CHECK(p.attributions[2].content->more.size() == 1);  // written as "fragments", read back
  CHECK(check_predictions_text(p, slurp(test_data(kHarbourText))).ok());
  DocumentScore d = score_document(g, p);
  Figures f = figures(d.counts);
  CHECK(f.f1 == 1.0);
  CHECK_FALSE(f.type_accuracy);  // nothing to score: brat has no type
  CHECK_FALSE(f.quote_accuracy);
  CHECK(d.counts.spans.source.gold == 4);
  CHECK(d.counts.spans.cue.gold == 5);
  CHECK(d.counts.spans.content.gold == 5);
  CHECK(f.source_span.f1 == 1.0);
  CHECK(f.cue_span.f1 == 1.0);
  CHECK(f.content_span.f1 == 1.0);
}

TEST_CASE("brat: a contiguous prediction over a split quote matches on the fragments' words", "[eval][brat]") {
  Gold g = harbour();
  const std::string text = slurp(test_data(kHarbourText));
  // From the first quotation mark to the last: the 11 words of the two
  // fragments and the 7 of "Marta Lindqvist, the harbour councillor, told
  // reporters" between them, Jaccard 11/18 >= 0.5; not the exact content.
  json pred = pred_json(text, {A("p1", "Marta Lindqvist, the harbour councillor", "told",
                                 "\u201CWe have waited three years,\u201D Marta Lindqvist, the harbour "
                                 "councillor, told reporters. \u201CThe boats will run in May.\u201D")});
  Predictions p;
  REQUIRE(predictions_from_json(pred, "pred.json", p).ok());
  DocumentScore d = score_document(g, p);
  CHECK(d.matching.gold_to_pred[g.attribution_index("E3")] == 0);
  CHECK(d.matching.score[g.attribution_index("E3")] == Approx(11.0 / 18));
  CHECK(d.counts.spans.content.matched == 0);
  CHECK(d.counts.spans.source.matched == 1);
  CHECK(d.counts.spans.cue.matched == 1);
}

TEST_CASE("brat: broken files give an error naming the file and the line", "[eval][brat]") {
  // Ferry text: "Ferry crews in Östvik walked out on Monday." then a blank line.
  const std::string text = slurp(test_data("eval/brat/text/ferry-strike.txt"));
  struct Row {
    const char* ann;
    const char* message;
  };
  const Row rows[] = {
      {"T1\tSource 0 5\tFerry\nT2\tCue 69\tsaid\n",
       "x.ann:2: T2: offsets '69' are not START END (code points) near 'T2\\tCue 69\\tsaid'"},
      {"T1\tSource 0 5 Ferry\n",
       "x.ann:1: T1: expected 'TYPE START END', a tab and the text near 'T1\\tSource 0 5 Ferry'"},
      {"T1\tSource\tFerry\n", "x.ann:1: T1: expected 'TYPE START END' before the text near 'T1\\tSource\\tFerry'"},
      {"T1\tSource 0 5;6\tFerry\n",
       "x.ann:1: T1: offsets '6' are not START END (code points) near 'T1\\tSource 0 5;6\\tFerry'"},
      {"T1\tSource -1 5\tFerry\n",
       "x.ann:1: T1: offsets '-1 5' are not START END (code points) near 'T1\\tSource -1 5\\tFerry'"},
      {"T1\tSource 5 0\tFerry\n", "x.ann:1: T1: fragment 5 0 ends before it starts near 'T1\\tSource 5 0\\tFerry'"},
      {"T1\tSource 5 5\t\n", "x.ann:1: T1: fragment 5 5 is empty near 'T1\\tSource 5 5\\t'"},
      {"T1\tSource 180 190\tx\n",
       "x.ann:1: T1: offset 190 is beyond the end of the text (185 code points) near 'T1\\tSource 180 190\\tx'"},
      // Offsets in bytes: "Östvik" is at code point 15, byte 15, but "walked" at 22 is byte 23.
      {"T1\tSource 23 29\twalked\n",
       "x.ann:1: T1: the text at 23 29 is 'alked ', not 'walked' (offsets are code points of the text) near "
       "'T1\\tSource 23 29\\twalked'"},
      {"T1\tSource 0 5\tFerry\nE1\tAttribution:T1 Source\n",
       "x.ann:2: E1: 'Source' is not ROLE:ID near 'E1\\tAttribution:T1 Source'"},
      {"T1\tSource 0 5\tFerry\nE1\tAttribution:T1 Source:T9\n",
       "x.ann:2: E1: Source:T9 refers to no text-bound annotation (T) of the file near "
       "'E1\\tAttribution:T1 Source:T9'"},
      {"T1\tSource 0 5\tFerry\nE1\tAttribution:T1 Speaker:T1\n",
       "x.ann:2: E1: unknown role 'Speaker' (expected Source, Cue, Content, Content2...) near "
       "'E1\\tAttribution:T1 Speaker:T1'"},
      {"T1\tSource 0 5\tFerry\nE1\tAttribution:T1 Source:T1 Source:T1\n",
       "x.ann:2: E1: role Source given twice near 'E1\\tAttribution:T1 Source:T1 Source:T1'"},
      {"T1\tSource 0 5\tFerry\nE1\tQuote:T1 Source:T1\n",
       "x.ann:2: E1: unknown event type 'Quote' (expected Attribution or Attribution-no-source) near "
       "'E1\\tQuote:T1 Source:T1'"},
      {"T1\tSource 0 5\tFerry\nT1\tCue 6 11\tcrews\n",
       "x.ann:2: T1: duplicate id (first on line 1) near 'T1\\tCue 6 11\\tcrews'"},
      {"T1\tSource 0 5\tFerry\nA1\tConfidence\n",
       "x.ann:2: A1: expected a type and what it applies to near 'A1\\tConfidence'"},
      // A line with no id after an E line cannot be the rest of a span's text.
      {"T1\tSource 0 5\tFerry\nE1\tAttribution:T1 Source:T1\ncrews\n",
       "x.ann:3: not an annotation line: expected an id such as T1, E1, A1 or #1 and a tab near 'crews'"},
      {"Source 0 5\tFerry\n",
       "x.ann:1: not an annotation line: expected an id such as T1, E1, A1 or #1 and a tab near 'Source 0 5\\tFerry'"},
  };
  for (const Row& row : rows) {
    INFO(row.ann);
    Gold g;
    Status s = parse_brat_gold(row.ann, text, "x.ann", "x.txt", g);
    CHECK(s.code() == StatusCode::invalid_input);
    CHECK(s.message() == row.message);
    CHECK(g.attributions.empty());
  }
}

TEST_CASE("brat: an empty file is a document with no attributions", "[eval][brat]") {
  Gold g;
  REQUIRE(parse_brat_gold("", "Some text.", "empty.ann", "empty.txt", g).ok());
  CHECK(g.attributions.empty());
}

TEST_CASE("brat: a byte order mark and CRLF line ends are read", "[eval][brat]") {
  Gold g;
  Status s = parse_brat_gold(
      "\xEF\xBB\xBFT1\tSource 0 4\tSome\r\nT2\tCue 5 9\ttext\r\nE1\tAttribution:T2 Source:T1 Cue:T2\r\n",
      "Some text.", "crlf.ann", "crlf.txt", g);
  INFO(s.message());
  REQUIRE(s.ok());
  REQUIRE(g.attributions.size() == 1);
  CHECK(g.attributions[0].source->text == "Some");
  CHECK(g.attributions[0].cue->text == "text");
  CHECK_FALSE(g.attributions[0].content);
}

TEST_CASE("brat: a file that cannot be read is an I/O error", "[eval][brat]") {
  Gold g;
  Status s = read_brat_gold(test_data("eval/brat/no-such.ann"), "", "no-such.txt", g);
  CHECK(s.code() == StatusCode::io_error);
  CHECK(s.message().find("no-such.ann: cannot open file") != std::string::npos);
}
