// Mention, Entity, Attribution: what extraction and the entity stage add to a
// Document. Indices, not pointers, link them, so a Document can be copied and
// serialized as it is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace whosaid {

enum class AttributionType : uint8_t { statement, denial, refusal };
enum class QuoteKind : uint8_t { direct, indirect, mixed, none };
// chrome: site furniture of a web page (navigation, breadcrumbs, footers,
// comment-form controls); kept in the text so spans stay offsets into the
// original, but never analysed for attributions (docs/input.md).
enum class SectionKind : uint8_t { header, body, comment, chrome };
enum class EntityKind : uint8_t { person, organization, group };
enum class Gender : uint8_t { unknown, masculine, feminine };

std::string_view to_string(AttributionType);
std::string_view to_string(QuoteKind);
std::string_view to_string(SectionKind);
std::string_view to_string(EntityKind);

// A source as written: "une source russe de haut rang au fait des discussions",
// "M. Poutine", "Il", "Le Kremlin".
struct Mention {
  Span span;               // the whole mention, with its qualifiers
  Span head;               // the head word(s): "source", "Poutine", "Kremlin", "Il"
  uint32_t sentence = 0;
  int32_t entity = -1;     // index into Document::entities, set by the entity stage

  // Features read off the words (extraction fills what it sees, entities refine).
  bool pronoun = false;        // il, elle, ils, elles, on
  bool proper_name = false;    // the head is a capitalized name
  bool definite = false;       // le/la/les/l'/ce/cette/ces/son...: refers back
  bool indefinite = false;     // un/une/des/certains: introduces
  bool plural = false;
  Gender gender = Gender::unknown;
  bool other = false;          // "une autre source": explicitly a new one
  bool one_of = false;         // "l'une des sources": a member of a group
  std::optional<int> ordinal;  // "une deuxième source" -> 2
  std::optional<int> count;    // "trois sources" -> 3
};

// A source: what the mentions refer to.
struct Entity {
  uint32_t id = 0;                  // stable within the document, 1-based in output ("e1")
  EntityKind kind = EntityKind::person;
  bool anonymous = true;
  std::optional<int> count;         // 1 for an individual, N for "N sources", empty when unknown
  std::string affiliation;          // ISO 3166 alpha-2, empty when unknown
  bool affiliation_inferred = false;  // not read off the text: the document's majority country for a named person
  std::string role;                 // "fonctionnaire", "porte-parole", "directeur de la CIA"
  std::string name;                 // "Vladimir Poutine", without title; empty when anonymous
  std::string label;                // the most informative mention's text, for display
  std::vector<Span> qualifiers;     // "au fait des discussions", "de haut rang"
  std::optional<Span> anonymity_reason;  // "sous couvert d'anonymat"
  std::optional<uint32_t> member_of;     // index of the group entity
  std::vector<uint32_t> mentions;        // indices into Document::mentions
  std::vector<std::string> merge_rules;  // why each later mention joined ("surname", "definite-description")
};

// One attribution: SOURCE said/denied/refused (to RECIPIENT) CONTENT, signalled by CUE.
struct Attribution {
  uint32_t id = 0;                  // 1-based in output ("a1")
  int32_t source_mention = -1;      // index into Document::mentions; -1 when no source is given
  Span source;                      // the source mention's span (kept for convenience)
  Span cue;                         // "a déclaré", "selon", "a-t-il ajouté"; empty when no cue word
  std::string cue_lemma;            // "déclarer", "selon"
  AttributionType type = AttributionType::statement;
  bool belief = false;              // a belief or opinion cue (considérer, croire)
  Span content;                     // empty for a refusal
  Span incise;                      // the tag inside the content ("he said" of "'A,' he said, 'B.'"):
                                    // the bytes between its two fragments; empty when it is one piece
  QuoteKind quote = QuoteKind::indirect;
  std::optional<Span> recipient;    // "à Reuters"'s "Reuters"
  int32_t parent = -1;              // index into Document::attributions of the attribution it is nested in
  SectionKind section = SectionKind::body;
  uint32_t sentence = 0;
  std::string_view rule;            // the pattern's stable id, a static string: "fr.reported.que"
};

}  // namespace whosaid
