// A language's data, loaded once per test binary from
// $WHOSAID_DATA_DIR/lang/<code>, and a passage run through the analysis
// stages (text, language data, morph, extraction) as the pipeline runs them.
// support/french.h is the French case the older tests use.
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "extract/context.h"
#include "extract/extractor.h"
#include "lang/lexicon.h"
#include "morph/morph_stage.h"
#include "text/analyze_text.h"
#include "text/tokenizer.h"

namespace whosaid::test {

struct LoadedLanguage {
  lang::Lexicon lexicon;
  morph::MorphStage morph;  // available() is false for a language without tagger.bin
  text::TokenizerOptions tokenizer;
};

inline const LoadedLanguage& language(const std::string& code) {
  static std::map<std::string, std::unique_ptr<LoadedLanguage>> loaded;
  auto it = loaded.find(code);
  if (it != loaded.end()) return *it->second;
  const char* dir = std::getenv("WHOSAID_DATA_DIR");
  REQUIRE(dir != nullptr);
  auto l = std::make_unique<LoadedLanguage>();
  const std::filesystem::path folder = std::filesystem::path(dir) / "lang" / code;
  Status s = lang::Lexicon::load(folder, l->lexicon);
  INFO(s.message());
  REQUIRE(s.ok());
  s = morph::MorphStage::load(folder, l->lexicon.elisions(), l->morph);
  INFO(s.message());
  REQUIRE(s.ok());
  l->tokenizer.elisions = l->lexicon.elisions();
  l->tokenizer.abbreviations = l->lexicon.abbreviations();
  l->tokenizer.enclitics = l->lexicon.enclitics();
  return *loaded.emplace(code, std::move(l)).first->second;
}

// Runs the text stage, the morph stage and extraction on `text` in the
// language `code`, as the pipeline does; `then` runs after extraction with
// the same context (the entity tests build entities there).
template <typename Then>
Document extract_passage_in(const std::string& code, const std::string& text, Then&& then) {
  const LoadedLanguage& l = language(code);
  Document doc;
  doc.name = "test";
  doc.text = text;
  const Status s = text::analyze_text(doc, l.tokenizer);
  REQUIRE(s.ok());
  doc.lang = code;
  morph::SentenceTags tags(l.morph, doc);
  extract::Context ctx(doc, l.lexicon, &tags);
  extract::extract_attributions(ctx, doc);
  then(ctx, doc);
  return doc;
}

inline Document extract_passage_in(const std::string& code, const std::string& text) {
  return extract_passage_in(code, text, [](const extract::Context&, Document&) {});
}

}  // namespace whosaid::test
