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
// A document longer than PipelineOptions::window_bytes (512 KiB) is analysed
// in windows, one after the other, so that its text layer (the normalized
// view, tokens, sentences, morph) never exists whole: memory follows the
// window, not the document (docs/reliability.md, "Long documents"). Windows
// are cut where the text allows it best (window_ends()): at a paragraph start
// outside any quotation, else a sentence start, else a token start; a cut
// never splits a UTF-8 sequence or a token. The windows' attributions,
// mentions and entities are shifted back into the whole document (offsets,
// sentence numbers, indices); entities are resolved per window (a source named
// in one window and taken up by a pronoun in the next are two entities), and
// the audit is computed once over the whole document. The text layer is then
// left empty, its counts kept in Document::windowed.
//
//   Pipeline pipeline;
//   if (Status s = Pipeline::create({}, pipeline); !s.ok()) ...
//   Document doc; ... read it ...
//   if (Status s = pipeline.analyze(doc); !s.ok()) ...
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

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
  // Documents longer than this (in bytes) are analysed in windows of at most
  // this size (a window with no token boundary runs to the next white space);
  // 0: never. Documents no longer are analysed whole, as they always were.
  uint32_t window_bytes = kDefaultWindowBytes;
  static constexpr uint32_t kDefaultWindowBytes = 512 * 1024;
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

  // Where analyze() ends the windows of a document of this (valid UTF-8)
  // text: increasing offsets, the last one text.size(); {text.size()} when
  // the text is no longer than window_bytes (one window, the whole text).
  std::vector<uint32_t> window_ends(std::string_view text) const;
  uint32_t window_bytes() const { return window_bytes_; }

  const lang::Lexicon& lexicon() const { return *lexicon_; }
  const input::WebChrome& chrome() const { return *chrome_; }
  const morph::MorphStage& morph() const { return *morph_; }

 private:
  std::unique_ptr<lang::Lexicon> lexicon_;
  std::unique_ptr<text::TokenizerOptions> tokenizer_;  // from the lexicon, built once
  std::unique_ptr<input::WebChrome> chrome_;           // data/lang/<code>/web_chrome.tsv
  std::unique_ptr<morph::MorphStage> morph_;           // tagger, full-form table, roles
  bool comments_ = false;
  uint32_t window_bytes_ = PipelineOptions::kDefaultWindowBytes;

  // The stages on one document or window; `page`: the page's sections and
  // provenance are read here too (a window has them from its document).
  Status analyze_part(Document& doc, bool page) const;
  Status analyze_in_windows(Document& doc) const;
  uint32_t cut_after(std::string_view text, uint32_t begin) const;
};

}  // namespace whosaid
