// Shared by the entity tests: run a passage through the real stages (text,
// language data, extraction, entities) and find its mentions by their text.
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "entities/entity_builder.h"
#include "extract/context.h"
#include "extract/extractor.h"
#include "lang/lexicon.h"
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

inline Document analyse(const std::string& text) {
  const lang::Lexicon& lex = french();
  Document doc;
  doc.name = "test";
  doc.text = text;
  const Status s = text::analyze_text(doc, {lex.elisions(), lex.abbreviations()});
  REQUIRE(s.ok());
  extract::Context ctx(doc, lex);
  extract::extract_attributions(ctx, doc);
  entities::build_entities(ctx, doc);
  return doc;
}

// Mentions in text order.
inline std::vector<uint32_t> mentions_in_order(const Document& doc) {
  std::vector<uint32_t> order(doc.mentions.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return doc.mentions[a].span.begin < doc.mentions[b].span.begin; });
  return order;
}

// The entity of the first mention whose text is `text` (nth: the nth such, from 0); -1 if none.
inline int32_t entity_of(const Document& doc, const std::string& text, int nth = 0) {
  for (uint32_t m : mentions_in_order(doc)) {
    if (doc.slice(doc.mentions[m].span) != text) continue;
    if (nth-- == 0) return doc.mentions[m].entity;
  }
  return -1;
}

// Every mention as "text" in text order, for failure messages.
inline std::string dump_mentions(const Document& doc) {
  std::string out;
  for (uint32_t m : mentions_in_order(doc)) {
    out += "[" + std::string(doc.slice(doc.mentions[m].span)) + "] -> e" + std::to_string(doc.mentions[m].entity + 1);
    out += "\n";
  }
  return out;
}

}  // namespace whosaid::test
