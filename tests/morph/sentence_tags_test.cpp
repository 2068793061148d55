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
  REQUIRE(text::analyze_text(doc, {lex.elisions(), lex.abbreviations()}).ok());
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

TEST_CASE("sentence tags: a stage without a model tags nothing", "[tagger]") {
  const MorphStage none;
  Document doc = tokenized(kText);
  SentenceTags tags(none, doc);
  tags.need(0);
  CHECK(tags.count() == 0);
  CHECK(doc.tokens[0].upos == Upos::unknown);
}

}  // namespace whosaid::morph::testing
