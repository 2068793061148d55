// morph::SentenceTags, the pipeline's way of tagging: a sentence is tagged
// when asked for, once, and gets exactly the tags the whole stage (run())
// gives it, whatever the order of the asks and whatever the thread's cache
// of word types holds. Sentences written for the test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "chunker_test_notation.h"
#include "lang/lexicon.h"
#include "morph/morph_stage.h"
#include "text/analyze_text.h"

namespace whosaid::morph::testing {
namespace {

const MorphStage& stage() {
  static const MorphStage s = [] {
    MorphStage m;
    const Status status = MorphStage::load(french_dir(), french_elisions(), m);
    INFO(status.message());
    REQUIRE(status.ok());
    REQUIRE(m.available());
    return m;
  }();
  return s;
}

Document tokenized(const std::string& text) {
  lang::Lexicon lex;
  REQUIRE(lang::Lexicon::load(french_dir(), lex).ok());
  Document doc;
  doc.text = text;
  REQUIRE(text::analyze_text(doc, {lex.elisions(), lex.abbreviations(), lex.enclitics()}).ok());
  return doc;
}

const std::string kText =
    "Le directeur la connaît depuis longtemps. Les voisins les ont vus partir hier soir. "
    "« Rien ne presse », estime-t-elle fermement. Le compte @mairievalbourg a publié une vidéo. "
    "La décision a été prise par le conseil, qui affirme avoir voulu bien faire.";

void check_sentence(const Document& lazy, const Document& full, uint32_t s) {
  const Sentence& sentence = full.sentences[s];
  for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
    INFO("sentence " << s << ", token '" << full.tokens[i].original.in(full.text) << "'");
    CHECK(lazy.tokens[i].upos == full.tokens[i].upos);
    CHECK(lazy.tokens[i].feats == full.tokens[i].feats);
    CHECK(lazy.tokens[i].lemma == full.tokens[i].lemma);
  }
}

}  // namespace

TEST_CASE("sentence tags: only the sentences asked for, each as run() tags it", "[tagger]") {
  Document full = tokenized(kText);
  stage().run(full);
  REQUIRE(full.sentences.size() == 5);

  Document lazy = tokenized(kText);
  SentenceTags tags(stage(), lazy);
  CHECK(tags.count() == 0);
  tags.need(3);
  tags.need(1);
  tags.need(3);                                        // once only
  tags.need(static_cast<uint32_t>(lazy.sentences.size()));  // past the end: ignored
  CHECK(tags.count() == 2);
  CHECK(tags.tagged(1));
  CHECK(tags.tagged(3));
  CHECK_FALSE(tags.tagged(0));
  check_sentence(lazy, full, 1);
  check_sentence(lazy, full, 3);
  // A sentence not asked for is left untagged.
  for (uint32_t i = lazy.sentences[0].first_token; i < lazy.sentences[0].end_token; ++i)
    CHECK(lazy.tokens[i].upos == Upos::unknown);
  CHECK(lazy.chunks.empty());
}

TEST_CASE("sentence tags: the same tags from an empty cache of word types, in any order", "[tagger]") {
  Document full = tokenized(kText);
  stage().run(full);
  MorphStage::forget_word_types();
  Document lazy = tokenized(kText);
  SentenceTags tags(stage(), lazy);
  for (uint32_t s = static_cast<uint32_t>(lazy.sentences.size()); s-- > 0;) tags.need(s);
  CHECK(tags.count() == lazy.sentences.size());
  for (uint32_t s = 0; s < full.sentences.size(); ++s) check_sentence(lazy, full, s);
}

TEST_CASE("sentence tags: a sentence tagged in parts, interleaved with others, gets run()'s tags", "[tagger]") {
  Document full = tokenized(kText);
  stage().run(full);
  Document lazy = tokenized(kText);
  SentenceTags tags(stage(), lazy);
  const Sentence& last = lazy.sentences[4];
  const uint32_t middle = last.first_token + (last.end_token - last.first_token) / 2;
  tags.need_through(4, last.first_token + 2);
  CHECK_FALSE(tags.tagged(4));
  CHECK(tags.count() == 1);
  // Only the words up to the one asked are tagged.
  CHECK(lazy.tokens[last.first_token + 2].upos == full.tokens[last.first_token + 2].upos);
  CHECK(lazy.tokens[last.end_token - 1].upos == Upos::unknown);
  tags.need_through(4, middle);
  tags.need_through(0, lazy.sentences[0].first_token + 1);  // another sentence described in between
  tags.need_through(4, last.first_token + 1);              // already tagged: nothing to do
  tags.need_through(4, last.end_token - 1);
  CHECK(tags.tagged(4));
  CHECK(tags.count() == 2);
  check_sentence(lazy, full, 4);
  // The sentence with a handle (@mairievalbourg) is tagged whole at the first ask.
  tags.need_through(3, lazy.sentences[3].first_token);
  CHECK(tags.tagged(3));
  check_sentence(lazy, full, 3);
  // The first sentence, carried on from its first two words after a cache emptying.
  MorphStage::forget_word_types();
  tags.need_through(0, lazy.sentences[0].end_token - 1);
  CHECK(tags.tagged(0));
  check_sentence(lazy, full, 0);
}

TEST_CASE("sentence tags: a stage without a model tags nothing", "[tagger]") {
  const MorphStage none;
  Document doc = tokenized(kText);
  SentenceTags tags(none, doc);
  tags.need(0);
  CHECK(tags.count() == 0);
  CHECK(doc.tokens[0].upos == Upos::unknown);
}

namespace {

// One sentence's chunks as text: kind, tokens and head relative to the
// sentence, the apposition relative to the sentence's first chunk.
std::string sentence_chunks(const Document& doc, const Sentence& s) {
  const uint32_t first_chunk = static_cast<uint32_t>(doc.tokens[s.first_token].chunk);
  std::string out;
  int32_t last = -1;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const int32_t c = doc.tokens[i].chunk;
    if (c == last) continue;
    last = c;
    const Chunk& k = doc.chunks[static_cast<size_t>(c)];
    out += std::string(to_string(k.kind)) + " " + std::to_string(k.first_token - s.first_token) + "-" +
           std::to_string(k.end_token - s.first_token) + "^" + std::to_string(k.head - s.first_token) + " @" +
           std::to_string(k.apposition_of < 0 ? -1 : k.apposition_of - static_cast<int32_t>(first_chunk)) + " #" +
           std::to_string(static_cast<uint32_t>(c) - first_chunk) + "; ";
  }
  return out;
}

}  // namespace

TEST_CASE("sentence tags: a sentence chunked on demand gets the chunks of the whole stage", "[tagger][chunker]") {
  const std::string text = kText +
                           " Jean Dupont, porte-parole du ministère, a déclaré hier soir que la réforme serait "
                           "retirée. Selon Mme Verlac, le vote aura lieu le 3 mars 2025 à plusieurs reprises.";
  Document full = tokenized(text);
  stage().run(full);
  Document lazy = tokenized(text);
  SentenceTags tags(stage(), lazy);
  const auto n = static_cast<uint32_t>(lazy.sentences.size());
  REQUIRE(n == 7);
  tags.need(0);  // tagged without chunks first: chunked later all the same
  for (uint32_t s = n; s-- > 0;) {
    if (s == 2) continue;  // one sentence left out
    tags.need_chunks(s);
    tags.need_chunks(s);  // once only
  }
  CHECK_FALSE(tags.chunked(2));
  CHECK(tags.tagged(2) == false);
  size_t chunks = 0;
  for (uint32_t s = 0; s < n; ++s) {
    if (s == 2) continue;
    const Sentence& sentence = full.sentences[s];
    INFO("sentence " << s);
    CHECK(tags.chunked(s));
    CHECK(sentence_chunks(lazy, sentence) == sentence_chunks(full, sentence));
    CHECK(!sentence_chunks(full, sentence).empty());
    chunks += static_cast<size_t>(full.tokens[sentence.end_token - 1].chunk - full.tokens[sentence.first_token].chunk + 1);
  }
  CHECK(lazy.chunks.size() == chunks);
  // The apposition of sentence 5 points into its own chunks.
  CHECK(sentence_chunks(full, full.sentences[5]).find("@0") != std::string::npos);
}

}  // namespace whosaid::morph::testing
