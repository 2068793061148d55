// Document: one article as it moves through the pipeline. The input stage fills
// the identity, the original text and its sections; the text stage adds the
// normalized view, tokens, sentences, paragraphs and quotations; extraction adds
// mentions and attributions; the entity stage adds entities. No stage modifies
// what an earlier one wrote, except the entity stage which links mentions to
// entities. A corpus streams: a document is processed whole, written, dropped.
#pragma once

#include <string>
#include <vector>

#include "core/attribution.h"
#include "core/audit.h"
#include "core/span.h"
#include "core/text_view.h"
#include "core/token.h"

namespace whosaid {

struct Section {
  SectionKind kind = SectionKind::body;
  Span span;
};

// Where a document comes from (filled by input/provenance detection).
struct Provenance {
  std::string publisher;
  std::string agency;               // original wire agency: "Reuters", "AFP"
  std::vector<std::string> authors;
  std::string date;                 // as written
  std::string original_url;
  // "html" when doc.text was built from markup (outputs then carry the text,
  // since spans point into it); empty for plain text.
  std::string input_format;
};

struct Document {
  std::string id;                   // from JSONL "id", else the file name
  std::string name;                 // the input's name for messages: a path, "-", "corpus.jsonl:17"
  std::string text;                 // the original text, valid UTF-8, never modified
  bool text_checked = false;        // a reader checked `text` (text::validate_utf8): the text stage need not again
  std::string lang;                 // a language code ("fr", "en"): given by the input (JSONL "lang") or set by the analysis
  std::string metadata_json;        // JSONL metadata carried through as a JSON object text, or empty
  std::vector<Section> sections;    // in order, covering the text; empty means all body
  Provenance provenance;

  // Text layer.
  TextView view;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;
  std::vector<Quotation> quotes;

  // Morph layer: chunks in token order (core/morph.h).
  std::vector<Chunk> chunks;

  // Extraction and entities.
  std::vector<Mention> mentions;
  std::vector<Attribution> attributions;
  std::vector<Entity> entities;
  Audit audit;                      // the sourcing audit, filled by the entity stage

  // A document longer than the pipeline's window (pipeline/pipeline.h) is
  // analysed in windows and keeps no text layer (view, tokens, sentences,
  // paragraphs, quotes, chunks stay empty): what its windows counted is here.
  // All zero for a document analysed whole.
  struct WindowedCounts {
    uint64_t windows = 0, tokens = 0, sentences = 0, quotations = 0;
  };
  WindowedCounts windowed;

  std::string_view slice(Span s) const { return s.in(text); }
  std::string_view normalized(const Token& t) const { return t.normalized.in(view.text); }
  std::string_view original(const Token& t) const { return t.original.in(text); }
  // The section that holds a byte offset (body when there are no sections).
  SectionKind section_at(uint32_t offset) const;
};

}  // namespace whosaid
