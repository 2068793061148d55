// Internal to the entity stage: what typing reads off one source mention's
// words, and the document's person names (every "la chercheuse Jeanne Dupont",
// "M. Dupont", "le président russe Ivan Petrov" of the text, sources or not),
// which resolution and affiliation consult.
//
// Everything is read from the tokens and their lexicon entries (one lookup per
// token, done by extract::Context); no name, place or phrase is known to the
// code. The readings are words as written:
//   "une source russe de haut rang au fait des discussions"
//     -> person, anonymous, head "source", country RU,
//        qualifiers "de haut rang", "au fait des discussions"
//   "Le président ukrainien Petro Ivanenko" -> person, named "Petro Ivanenko",
//        surname "ivanenko", role "président", country UA
//   "la Maison Blanche" -> organization, named, country US (institution phrase)
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/attribution.h"
#include "extract/context.h"
#include "lang/lexicon.h"

namespace whosaid::entities {

// A run of capitalized words that names someone or something: "Jean-Paul de
// La Tour", "Pierre Le Besco". Keys are normalized (lower-cased) words.
struct NameRun {
  uint32_t first = 0, end = 0;  // tokens
  std::string text;             // as written, words joined by one space
  std::string surname_key;      // last word
  std::string first_key;        // first word when the run has two words or more, else empty
  size_t words = 0;
};

// What typing reads off one mention.
struct Reading {
  extract::TokenRange tokens;
  EntityKind kind = EntityKind::person;
  bool named = false;           // a named person, organization or people
  bool pronoun = false;
  bool plural = false;
  Gender gender = Gender::unknown;
  bool definite = false;        // le/la/l'/les, possessives
  bool demonstrative = false;   // ce/cet/cette/ces
  bool indefinite = false;
  bool subject = true;          // not the object of a preposition ("de la maire de ...")
  bool complement_reference = false;  // "les déductions de Jean Dupont": stands for the named one
  bool unknown_head = false;    // a definite noun the lexicon does not know ("le champion")
  bool function_title = false;  // the head is a function title (ministre, maire, directeur)
  bool complement_name = false; // the head has a named complement ("la maire de Nantes")
  std::optional<NameRun> name;  // a person's name, or the name of an organization
  std::string head_key;         // the head noun's lemma ("source", "ministre"), or the unknown head word
  std::string role;             // "directeur de la CIA", "porte-parole", "fonctionnaire"
  std::string org_key;          // an organization's words without its determiner
  std::string initials;         // initials of an organization's long name ("ins" for "Institut national de la statistique")
  std::string country;          // ISO 3166 alpha-2
  bool several_countries = false;  // a group over countries ("les Etats-Unis et le Japon"): none
  bool international = false;   // tied to a body of no one country ("l'ONU")
  bool account = false;         // a social-media handle ("@compte"): tied to no country unless the text says one
  bool stateless = false;       // a head noun that ties to no country ("un expert", source_nouns.tsv "stateless")
  int list_count = 0;           // members listed in parentheses: "l'intersyndicale (A, B et C)" 3
  std::vector<Span> qualifiers;
  std::optional<Span> anonymity_reason;
};

// The tokens a span covers.
extract::TokenRange tokens_of(const extract::Context& ctx, Span span);

// Reads one mention (its features from extraction, its words from ctx).
Reading read_mention(const extract::Context& ctx, const Mention& mention);

// The longest phrase of `kind` starting at token i and ending by `end`;
// returns its length in tokens (0 when none) and its value in *value.
uint32_t phrase_at(const extract::Context& ctx, uint32_t i, uint32_t end, lang::PhraseKind kind,
                   std::string* value = nullptr);

// The span an anonymity reason or qualifier phrase of `length` tokens at i
// covers: the phrase and the words after it up to a comma, a relative, a
// quotation mark or `end` (at most `extra` more tokens).
Span phrase_span(const extract::Context& ctx, uint32_t i, uint32_t length, uint32_t end, uint32_t extra);
// How far an anonymity phrase runs on into its reason ("on condition of
// anonymity because he was not authorized to discuss the matter", "sous
// couvert d'anonymat car elle n'est pas autorisée à s'exprimer"): to the
// comma or clause end that stops a phrase, at most this many tokens.
inline constexpr uint32_t kReasonTail = 16;

// The country a token gives: a nationality adjective or demonym, or the
// institution phrase starting there (*length = its tokens). Empty if none.
// Also a country or city name (entities/place_names.h).
std::string country_at(const extract::Context& ctx, uint32_t i, uint32_t end, uint32_t* length = nullptr);

// Whether an institution phrase of no one country starts at i ("l'ONU",
// "l'Union européenne"): a source tied to it is tied to no country.
bool international_at(const extract::Context& ctx, uint32_t i, uint32_t end);

class PlaceNames;
// The language's place names (built once, remembered per thread).
const PlaceNames& places_of(const extract::Context& ctx);

// Every word of the text followed by a parenthesised list of two members or
// more, with the number of members: "l'intersyndicale (A, B et C)" gives
// ("intersyndicale", 3). The first list of a word wins. One pass.
std::vector<std::pair<std::string, int>> listed_members(const extract::Context& ctx);

// A person's name found in the text with what introduces it.
struct NameOccurrence {
  NameRun run;
  uint32_t sentence = 0;
  Gender gender = Gender::unknown;   // from an honorific, a title or a gendered noun
  std::string role_key;              // lemma of the introducing noun ("chercheur", "ministre")
  bool role_is_title = false;
  std::string country;               // a nationality or institution in the introduction or apposition
  bool introduced = false;           // a title, honorific or person noun stands beside it
};

// Every run of capitalized name words in the text that is not the complement
// of a preposition, in text order, with what introduces it: an honorific, a
// title or a person noun before it ("M. Dupont", "la chercheuse Jeanne
// Dupont") or in apposition after it ("Jeanne Dupont, directrice de ...").
// Runs of two words or more after a preposition ("pour Jean Dupont") go to
// *complement_runs when given: a pronoun's last resort.
std::vector<NameOccurrence> find_person_names(const extract::Context& ctx,
                                              std::vector<NameOccurrence>* complement_runs = nullptr);

}  // namespace whosaid::entities
