// Pipeline: runs every analysis stage on one Document, in order:
//   text (normalize, tokenize, split sentences, find quotations)
//   -> language data (flag tokens from the lexicon)
//   -> morph (lemma, part of speech, features: a sentence is tagged when
//      extraction first reads one of its tokens through extract::Context::tagged;
//      no chunk is made, extraction reads none yet: morph::MorphStage::run
//      tags every token and chunks, as `whosaid tag` does after analyze())
//   -> extract (attributions and source mentions)
//   -> entities (typing, resolution, audit)
// Create one Pipeline (it loads the language data once) and call analyze() per
// document; analyze() is const and thread-safe, so a corpus can be processed
// in parallel or streamed one document at a time.
//
//   Pipeline pipeline;
//   if (Status s = Pipeline::create({}, pipeline); !s.ok()) ...
//   Document doc; ... read it ...
//   if (Status s = pipeline.analyze(doc); !s.ok()) ...
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "core/document.h"
#include "core/status.h"

namespace whosaid {

namespace lang { class Lexicon; }
namespace text { struct TokenizerOptions; }
namespace input { class WebChrome; }
namespace morph { class MorphStage; }

struct PipelineOptions {
  std::filesystem::path data_dir;  // empty: lang::Lexicon::default_data_dir()
  std::string lang = "fr";
  // Readers' comments are analysed and their attributions kept (section
  // "comment") only when asked (whosaid --comments): a careful annotator
  // leaves a reader's paraphrase out of the article's sourcing. When kept,
  // their mentions resolve among themselves only and the audit leaves them out.
  bool comments = false;
};

class Pipeline {
 public:
  Pipeline();
  ~Pipeline();
  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;

  static Status create(const PipelineOptions& options, Pipeline& out);

  // Fills doc's text layer, attributions, mentions and entities from doc.text
  // (and doc.sections when the input stage found them). Fails on invalid UTF-8.
  // A document without sections gets them from its lines (input/page_sections.h);
  // attributions in "chrome" sections (and "comment" unless options.comments)
  // are dropped before the entity stage.
  Status analyze(Document& doc) const;

  const lang::Lexicon& lexicon() const { return *lexicon_; }
  const input::WebChrome& chrome() const { return *chrome_; }
  const morph::MorphStage& morph() const { return *morph_; }

 private:
  std::unique_ptr<lang::Lexicon> lexicon_;
  std::unique_ptr<text::TokenizerOptions> tokenizer_;  // from the lexicon, built once
  std::unique_ptr<input::WebChrome> chrome_;           // data/lang/<code>/web_chrome.tsv
  std::unique_ptr<morph::MorphStage> morph_;           // tagger, full-form table, roles
  bool comments_ = false;
};

}  // namespace whosaid
