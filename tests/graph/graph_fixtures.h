// Hand-built analysed documents for the graph and export tests: short French
// texts with the mentions, entities and attributions that extraction and the
// entity stage would give, spans found in the text by search so they cannot
// drift. No analysis stage is involved.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "core/document.h"

namespace whosaid::testing {

// The span of the `nth` (0-based) occurrence of `needle` in `text`; throws when absent.
inline Span find_span(std::string_view text, std::string_view needle, int nth = 0) {
  std::size_t at = text.find(needle);
  for (int i = 0; i < nth && at != std::string_view::npos; ++i) at = text.find(needle, at + 1);
  if (at == std::string_view::npos) throw std::logic_error("fixture: '" + std::string(needle) + "' not in text");
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// Adds a mention (span of `words`) linked to `entity` (-1: none); returns its index.
inline int32_t add_mention(Document& doc, std::string_view words, int32_t entity, int nth = 0) {
  Mention m;
  m.span = m.head = find_span(doc.text, words, nth);
  m.entity = entity;
  doc.mentions.push_back(m);
  if (entity >= 0) doc.entities[entity].mentions.push_back(static_cast<uint32_t>(doc.mentions.size() - 1));
  return static_cast<int32_t>(doc.mentions.size() - 1);
}

inline Entity make_entity(EntityKind kind, bool anonymous, std::string name, std::string affiliation,
                          std::string label = {}) {
  Entity e;
  e.kind = kind;
  e.anonymous = anonymous;
  e.name = std::move(name);
  e.affiliation = std::move(affiliation);
  e.label = std::move(label);
  return e;
}

// Adds an attribution; `content` empty means none. Returns its index.
inline int32_t add_attribution(Document& doc, int32_t mention, std::string_view cue, std::string_view content,
                               AttributionType type = AttributionType::statement,
                               QuoteKind quote = QuoteKind::indirect, std::string_view rule = "fr.test") {
  Attribution a;
  a.id = static_cast<uint32_t>(doc.attributions.size() + 1);
  a.source_mention = mention;
  if (mention >= 0) a.source = doc.mentions[mention].span;
  a.cue = find_span(doc.text, cue);
  a.cue_lemma = std::string(cue);
  a.type = type;
  if (!content.empty()) a.content = find_span(doc.text, content);
  a.quote = quote;
  a.rule = rule;
  doc.attributions.push_back(a);
  return static_cast<int32_t>(doc.attributions.size() - 1);
}

// A document with every vertex and edge kind:
//   a1 Le Kremlin (named, RU) denies ...        a2 Trois sources (group) tell Reuters ...
//   a3 L'une d'elles (member of the group) ...  a4 Vladimir Poutine (named, nested in a3)
//   a5 Le porte-parole (no entity) refuses      a6 Des diplomates (no mention at all), a belief
inline Document kremlin_document(std::string id = "kremlin") {
  Document doc;
  doc.id = id;
  doc.name = id + ".txt";
  doc.lang = "fr";
  doc.text =
      "Le Kremlin a démenti que des troupes aient franchi la frontière. "
      "Trois sources ont déclaré à Reuters que l'accord était proche. "
      "L'une d'elles a ajouté que Vladimir Poutine avait affirmé qu'il signerait. "
      "Le porte-parole a refusé de commenter. "
      "Des diplomates jugent l'accord fragile.";
  doc.entities.push_back(make_entity(EntityKind::organization, false, "Kremlin", "RU"));
  Entity group = make_entity(EntityKind::group, true, "", "", "Trois sources");
  group.count = 3;
  doc.entities.push_back(group);
  Entity member = make_entity(EntityKind::person, true, "", "", "L'une d'elles");
  member.member_of = 1;
  doc.entities.push_back(member);
  doc.entities.push_back(make_entity(EntityKind::person, false, "Vladimir Poutine", "RU"));
  for (uint32_t i = 0; i < doc.entities.size(); ++i) doc.entities[i].id = i + 1;

  add_attribution(doc, add_mention(doc, "Le Kremlin", 0), "a démenti", "des troupes aient franchi la frontière",
                  AttributionType::denial);
  int32_t a2 = add_attribution(doc, add_mention(doc, "Trois sources", 1), "ont déclaré", "l'accord était proche");
  doc.attributions[a2].recipient = find_span(doc.text, "Reuters");
  int32_t a3 = add_attribution(doc, add_mention(doc, "L'une d'elles", 2), "a ajouté",
                               "Vladimir Poutine avait affirmé qu'il signerait");
  int32_t a4 = add_attribution(doc, add_mention(doc, "Vladimir Poutine", 3), "avait affirmé", "il signerait");
  doc.attributions[a4].parent = a3;
  add_attribution(doc, add_mention(doc, "Le porte-parole", -1), "a refusé de commenter", "",
                  AttributionType::refusal, QuoteKind::none);
  int32_t a6 = add_attribution(doc, -1, "jugent", "l'accord fragile");
  doc.attributions[a6].source = find_span(doc.text, "Des diplomates");
  doc.attributions[a6].belief = true;
  return doc;
}

}  // namespace whosaid::testing
