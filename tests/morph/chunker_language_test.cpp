// The chunker knows no language: another roles.tsv and locutions.tsv make it
// chunk another one (here a few lines of English written for the test). And
// what must hold of any chunking: every token in one chunk, chunks in order,
// a head inside its chunk, never a chunk across sentences.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "chunker_test_notation.h"

namespace whosaid::morph::testing {
namespace {

namespace fs = std::filesystem;

const Roles& english_roles() {
  static const Roles roles = [] {
    const fs::path dir = fs::temp_directory_path() / ("whosaid-chunker-en-" + std::to_string(getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "roles.tsv") << "complementizer\tthat\n"
                                        "relative_pronoun\twho\n"
                                        "coordinating_conjunction\tand\n"
                                        "negation\tnot\n"
                                        "negation\tn't\n"
                                        "auxiliary\thave\n"
                                        "semi_auxiliary\tcan\n"
                                        "semi_auxiliary\tgo\tto\n"
                                        "genitive_preposition\tof\n"
                                        "time_noun\tnight\n"
                                        "time_noun\tweek\n"
                                        "day_name\tmonday\n"
                                        "month_name\tmarch\n"
                                        "handle_mark\t@\n";
    std::ofstream(dir / "locutions.tsv") << "adverbial\tin fact\n"
                                             "preposition\taccording to\n";
    std::ofstream(dir / "titles.tsv") << "mr.\thonorific\tm\tsg\n";
    Roles r;
    const Status s = Roles::load(dir, {}, r);
    fs::remove_all(dir);  // Roles keeps nothing of its files
    INFO(s.message());
    REQUIRE(s.ok());
    return r;
  }();
  return roles;
}

std::string chunked_with(const Roles& roles, std::string_view notation) {
  Tagged t = tagged(notation);
  Chunker(roles).run(t.doc);
  return dump(t.doc);
}

TEST_CASE("chunker: another language is another data folder", "[chunker][language]") {
  const Roles& en = english_roles();
  struct Case { const char* tagged; const char* chunks; };
  const Case cases[] = {
      {"The/DET:def spokesman/NOUN has/AUX not/PART said/VERB whether/SCONJ ./PUNCT",
       "[NP The *spokesman] [VG has not *said] [CL *whether] ."},
      {"She/PRON can/AUX/can not/PART confirm/VERB it/PRON ./PUNCT", "[NP *She] [VG can not *confirm] [NP *it] ."},
      {"He/PRON is/AUX going/VERB/go to/PART resign/VERB on/ADP Monday/PROPN/monday ./PUNCT",
       "[NP *He] [VG is going to *resign] [ADVP on *Monday] ."},
      {"According/VERB/accord to/ADP Mr./PROPN Smith/PROPN ,/PUNCT it/PRON is/AUX in/ADP fact/NOUN over/ADV ./PUNCT",
       "[PP According to Mr. *Smith] , [NP *it] [VG *is] [ADVP in *fact] [ADVP *over] ."},
      {"The/DET:def mayor/NOUN ,/PUNCT who/PRON:rel spoke/VERB last/ADJ night/NOUN ,/PUNCT wants/VERB to/PART "
       "stay/VERB ./PUNCT",
       "[NP The *mayor] , [CL *who] [VG *spoke] [ADVP last *night] , [VG *wants] [VG to *stay] ."},
      {"@/SYM~citydesk/PROPN posted/VERB that/SCONJ a/DET:ind dozen/NOUN of/ADP people/NOUN left/VERB ./PUNCT",
       "[NP @*citydesk] [VG *posted] [CL *that] [NP a *dozen] [PP of *people] [VG *left] ."},
  };
  for (const Case& c : cases) {
    INFO(c.tagged);
    CHECK(chunked_with(en, c.tagged) == c.chunks);
  }
}

// Every token in exactly one chunk, chunks contiguous and in order, each head
// inside its chunk, the tokens' chunk indices pointing back.
void check_invariants(const Document& doc) {
  uint32_t next = 0;
  for (size_t c = 0; c < doc.chunks.size(); ++c) {
    const Chunk& k = doc.chunks[c];
    REQUIRE(k.first_token == next);
    REQUIRE(k.end_token > k.first_token);
    REQUIRE(k.head >= k.first_token);
    REQUIRE(k.head < k.end_token);
    for (uint32_t t = k.first_token; t < k.end_token; ++t) REQUIRE(doc.tokens[t].chunk == static_cast<int32_t>(c));
    if (k.apposition_of >= 0) REQUIRE(static_cast<size_t>(k.apposition_of) < doc.chunks.size());
    next = k.end_token;
  }
  REQUIRE(next == doc.tokens.size());
}

TEST_CASE("chunker: every token in one chunk, on every kind of run", "[chunker][invariants]") {
  const char* sentences[] = {
      "",
      "./PUNCT",
      "ne/ADV",
      "de/ADP",
      "@/SYM",
      "@/SYM~",
      "Il/PRON y/PRON a/VERB",
      "plus/ADV de/ADP",
      "une/DET:ind dizaine/NOUN de/ADP",
      "très/ADV très/ADV très/ADV",
      "a/AUX pas/ADV pas/ADV",
      "Jean/PROPN de/ADP de/ADP de/ADP",
      "nous/PRON nous/PRON nous/PRON",
      "«/PUNCT »/PUNCT ,/PUNCT ,/PUNCT",
      "en/ADP effet/NOUN en/ADP",
      "lors/ADV de/ADP",
      "Il/PRON ,/PUNCT ,/PUNCT lui/PRON ,/PUNCT",
      "X/X Y/INTJ Z/SYM",
  };
  for (const char* s : sentences) {
    INFO(s);
    Tagged t = tagged(s);
    Chunker(french_roles()).run(t.doc);
    check_invariants(t.doc);
  }
}

TEST_CASE("chunker: chunks never cross a sentence, and untagged text still gets chunks",
          "[chunker][invariants]") {
  Tagged t = tagged("Le/DET:def maire/NOUN a/AUX dit/VERB hier/ADV soir/NOUN le/DET:def 3/NUM mars/NOUN");
  // Two sentences: "Le maire a dit hier" | "soir le 3 mars": "hier soir" is not one adverbial.
  t.doc.sentences[0].end_token = 5;
  Sentence second;
  second.first_token = 5;
  second.end_token = 9;
  t.doc.sentences.push_back(second);
  Chunker(french_roles()).run(t.doc);
  check_invariants(t.doc);
  CHECK(dump(t.doc) == "[NP Le *maire] [VG a *dit] [ADVP *hier] [ADVP *soir] [ADVP le 3 *mars]");

  // Before the tagger ran: unknown tags, each word a chunk of its own.
  Tagged raw = tagged("Le/DET maire/NOUN ./PUNCT");
  for (Token& tok : raw.doc.tokens) tok.upos = Upos::unknown;
  Chunker(french_roles()).run(raw.doc);
  check_invariants(raw.doc);
  CHECK(dump(raw.doc) == "[O *Le] [O *maire] .");

  // Chunking again replaces the chunks.
  Chunker(french_roles()).run(t.doc);
  check_invariants(t.doc);
}

TEST_CASE("chunker: a long run of one kind is one chunk, not a pile of look-aheads", "[chunker][invariants]") {
  std::string adverbs, names = "Jean/PROPN", counts;
  for (int i = 0; i < 20000; ++i) adverbs += "très/ADV ";
  adverbs += "inquiet/ADJ";
  for (int i = 0; i < 20000; ++i) names += " de/ADP Jean/PROPN";
  for (int i = 0; i < 5000; ++i) counts += "des/DET:ind dizaines/NOUN/dizaine de/ADP ";
  counts += "personnes/NOUN";
  for (const std::string* s : {&adverbs, &names, &counts}) {
    Tagged t = tagged(*s);
    Chunker(french_roles()).run(t.doc);
    check_invariants(t.doc);
  }
  Tagged t = tagged(counts);
  Chunker(french_roles()).run(t.doc);
  CHECK(t.doc.chunks.size() == 1);
}

}  // namespace
}  // namespace whosaid::morph::testing
