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
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "lang/detect.h"

namespace whosaid {

namespace lang { class Lexicon; struct StopwordSet; }
namespace text { struct TokenizerOptions; }
namespace input { class WebChrome; }
namespace morph { class MorphStage; }

struct PipelineOptions {
  std::filesystem::path data_dir;  // empty: lang::Lexicon::default_data_dir()
  // A language code of data_dir/lang/ ("fr", "en"), or "auto": every language
  // there with cue verbs is known, and each document is analysed in its own
  // language: the one it names (a JSON Lines document's "lang", kept in
  // Document::lang by the reader), else the one its text is in (the
  // stopwords of lang::detect_language), else default_lang. Under "auto",
  // create() loads default_lang's data and the other languages' when a
  // document first needs them (a process given one French line does not
  // read the English tables): their bad data fails that document's analyze().
  std::string lang = "auto";
  std::string default_lang = "fr";
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

// The code of the language folder of data_dir/lang/ (those with cue verbs)
// whose stopwords the start of `text` hits most, as Pipeline::analyze tells a
// document's language under "auto"; "" when none is hit or none can be read.
// For a command that must choose one language before it reads documents
// (`whosaid tag --eval FILE.conllu`).
std::string language_of_text(const std::filesystem::path& data_dir, std::string_view text);

// The languages of data_dir/lang/ (empty: the default data folder): the
// folders with cue verbs (a folder of test data or a half-made language
// without them is not one), sorted by code. Fails when the folder cannot be listed.
Status language_codes(const std::filesystem::path& data_dir, std::vector<std::string>& out);

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

  // The default language's data (the only one unless options.lang is "auto").
  const lang::Lexicon& lexicon() const { return *languages_[default_]->lexicon; }
  const input::WebChrome& chrome() const { return *languages_[default_]->chrome; }
  const morph::MorphStage& morph() const { return *languages_[default_]->morph; }
  // A language's lexicon (loaded now if it was not yet); nullptr when `code`
  // is not one of the pipeline's languages or its data cannot be loaded.
  const lang::Lexicon* lexicon(std::string_view code) const;
  // A language's morph stage (an analysed document's doc.lang); the
  // default language's when `code` is not one of them or cannot be loaded.
  const morph::MorphStage& morph(std::string_view code) const;
  // The codes of the pipeline's languages, in order.
  std::vector<std::string> languages() const;
  // The code of the language `doc` is analysed in (see PipelineOptions::lang):
  // its own doc.lang when loaded, else the one its text is in.
  std::string_view language_of(const Document& doc) const;

 private:
  // One language's data, loaded once from data/lang/<code>/ (by create()
  // for the default language, else by the first document that needs it).
  struct Language {
    std::string code;
    std::filesystem::path dir;
    std::once_flag once;
    Status status;  // of the load, once done
    std::unique_ptr<lang::Lexicon> lexicon;
    std::unique_ptr<text::TokenizerOptions> tokenizer;  // from the lexicon, built once
    std::unique_ptr<input::WebChrome> chrome;           // web_chrome.tsv
    std::unique_ptr<morph::MorphStage> morph;           // tagger, full-form table, roles
  };
  std::vector<std::unique_ptr<Language>> languages_;    // by code
  std::vector<lang::StopwordSet> stopwords_;            // "auto": one set per language, same order
  lang::StopwordIndex stopword_index_;                  // of stopwords_
  size_t default_ = 0;                                  // into languages_
  bool comments_ = false;
  uint32_t window_bytes_ = PipelineOptions::kDefaultWindowBytes;

  static Status load_language(const std::filesystem::path& dir, Language& out);
  // Loads `language` if no one has yet (thread-safe); the load's status.
  static const Status& loaded(Language& language);
  Language& language_for(const Document& doc) const;
  // The stages on one document or window; `page`: the page's sections and
  // provenance are read here too (a window has them from its document).
  Status analyze_part(Document& doc, const Language& language, bool page) const;
  Status analyze_in_windows(Document& doc, const Language& language) const;
  std::vector<uint32_t> window_ends(std::string_view text, const Language& language) const;
  uint32_t cut_after(std::string_view text, uint32_t begin, const Language& language) const;
};

}  // namespace whosaid
