// Shared by the entity tests: run a passage through the real stages (text,
// language data, extraction, entities) and find its mentions by their text.
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "entities/entity_builder.h"
#include "support/french.h"
#include "support/language.h"

namespace whosaid::test {

inline Document analyse(const std::string& text) {
  return extract_passage(text, [](const extract::Context& ctx, Document& doc) { entities::build_entities(ctx, doc); });
}

// The same in another language's data ("en").
inline Document analyse_in(const std::string& code, const std::string& text) {
  return extract_passage_in(code, text,
                            [](const extract::Context& ctx, Document& doc) { entities::build_entities(ctx, doc); });
}

// An entity on one line, as the typing tables write it:
//   kind | anonymous | count | affiliation | role | name | qualifiers | reason
// ("-" for an absent value; qualifiers joined by ";"; the qualifiers column
// left out when `with_qualifiers` is false). The affiliation column shows
// what the mentions state: a country inferred from the document (rules
// home-country, language-home) is the affiliation table's business, and a
// one-sentence passage would give most rows the language's home country.
inline std::string dump_entity(const Document& doc, const Entity& e, bool with_qualifiers = true) {
  const std::string stated = e.affiliation_inferred ? std::string() : e.affiliation;
  auto or_dash = [](const std::string& s) { return s.empty() ? std::string("-") : s; };
  std::string out = std::string(to_string(e.kind)) + " | " + (e.anonymous ? "anonymous" : "named") + " | " +
                    (e.count ? std::to_string(*e.count) : std::string("-")) + " | " + or_dash(stated) + " | " +
                    or_dash(e.role) + " | " + or_dash(e.name) + " | ";
  if (with_qualifiers) {
    std::string q;
    for (Span s : e.qualifiers) q += (q.empty() ? "" : ";") + std::string(doc.slice(s));
    out += or_dash(q) + " | ";
  }
  return out + (e.anonymity_reason ? std::string(doc.slice(*e.anonymity_reason)) : std::string("-"));
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
