// The French language data, loaded once per test binary from
// $WHOSAID_DATA_DIR/lang/fr, and a passage run through the analysis stages
// (text, language data, morph, extraction) that the extract and entity tests share.
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "extract/context.h"
#include "extract/extractor.h"
#include "lang/lexicon.h"
#include "morph/morph_stage.h"
#include "text/analyze_text.h"

namespace whosaid::test {

inline const lang::Lexicon& french() {
  static const lang::Lexicon lexicon = [] {
    const char* dir = std::getenv("WHOSAID_DATA_DIR");
    REQUIRE(dir != nullptr);
    lang::Lexicon lex;
    const Status s = lang::Lexicon::load(std::filesystem::path(dir) / "lang" / "fr", lex);
    INFO(s.message());
    REQUIRE(s.ok());
    return lex;
  }();
  return lexicon;
}

// The French morph stage (tagger, chunker), loaded once, as the tool runs it.
inline const morph::MorphStage& french_morph() {
  static const morph::MorphStage stage = [] {
    const char* dir = std::getenv("WHOSAID_DATA_DIR");
    REQUIRE(dir != nullptr);
    morph::MorphStage m;
    const Status s = morph::MorphStage::load(std::filesystem::path(dir) / "lang" / "fr", french().elisions(), m);
    INFO(s.message());
    REQUIRE(s.ok());
    return m;
  }();
  return stage;
}

// Runs the text stage, the morph stage and extraction on `text`, as the
// pipeline does; `then` (if given) runs after
// extraction with the same context (the entity tests build entities there).
template <typename Then>
Document extract_passage(const std::string& text, Then&& then) {
  const lang::Lexicon& lex = french();
  Document doc;
  doc.name = "test";
  doc.text = text;
  const Status s = text::analyze_text(doc, {lex.elisions(), lex.abbreviations(), lex.enclitics()});
  REQUIRE(s.ok());
  // The morph stage as the pipeline runs it: a sentence tagged when extraction reads it.
  morph::SentenceTags tags(french_morph(), doc);
  extract::Context ctx(doc, lex, &tags);
  extract::extract_attributions(ctx, doc);
  then(ctx, doc);
  return doc;
}

inline Document extract_passage(const std::string& text) {
  return extract_passage(text, [](const extract::Context&, Document&) {});
}

}  // namespace whosaid::test
