// Noun phrases around a cue: the subject before it, the inverted subject or
// the recipient after it. No parser: French news sources are noun phrases
// bounded by punctuation, verbs, complementizers and conjunctions, and open
// with a determiner, a title, a number, a pronoun or a name. A phrase keeps
// its qualifiers ("une source russe de haut rang au fait des discussions qui
// se sont déroulées fin 2023") and an apposition ("Jean Dupont, ministre de
// l'Intérieur"), but not an incise that is a participle or prepositional
// clause (", s'exprimant sous couvert d'anonymat,").
#pragma once

#include <vector>

#include "extract/context.h"

namespace whosaid::extract {

// An indirect question opening at i: an interrogative word ("si",
// "pourquoi", "whether") followed by the start of a clause's subject, so
// that an intensifier ("a dit si souvent que") or a clitic before an
// infinitive ("a dit s'être trompé") is none. After a cue that asks (frame
// question), a hypothetical word opens one too: "asked if the quay was safe".
bool indirect_question_at(const Context& ctx, uint32_t i, uint32_t end, bool asks = false);

// The relative pronoun of a subject relative clause whose verb starts at
// `before` ("Okafor, who in 2019 said": "who"), circumstances between them
// allowed; UINT32_MAX when there is none.
uint32_t subject_relative_before(const Context& ctx, uint32_t before, uint32_t sentence_first);

// The subject that ends right before token `before` (the cue's first token),
// within the sentence starting at `sentence_first`. With allow_coordination,
// "A, B et C" is one phrase (split it with split_coordination). Empty if the
// words before the cue do not form a plausible source.
TokenRange subject_before(const Context& ctx, uint32_t before, uint32_t sentence_first, bool allow_coordination);

// The source phrase starting at `from` (after an inverted cue), up to a comma,
// a colon, a quotation mark or `end`, plus an apposition after a comma.
TokenRange phrase_after(const Context& ctx, uint32_t from, uint32_t end);

// A recipient introduced by à/au/aux at `from`: returns the phrase (without
// the preposition), empty if there is none. It ends before "que", a comma, a
// colon, or where a new noun phrase starts ("à Reuters trois sources").
TokenRange recipient_at(const Context& ctx, uint32_t from, uint32_t end);
// The recipient a cue takes as its object, for the cues whose frames say so
// (English "told reporters that", "assured them that", "urged residents to
// leave"): an object pronoun, or a noun phrase of a few words up to the
// complementizer, punctuation, an infinitive's link or a clause. Empty when
// none stands at `from`.
TokenRange object_recipient_at(const Context& ctx, uint32_t from, uint32_t end, bool asks = false);
// A finite verb at k: a form the lexicon conjugates as finite (an auxiliary,
// a modal), or one the morph stage tags a finite verb.
bool finite_verb_at(const Context& ctx, uint32_t k);
// A verb form at k right after a noun, name or pronoun that the tagger read
// as a participle or an infinitive but is the finite verb of a clause there
// ("he realized", "they erase").
bool finite_after_subject(const Context& ctx, uint32_t k);
// A clause with no complementizer opening at i ("said the talks had
// failed"): a noun phrase or a pronoun, then a finite verb within a few
// words, before any punctuation.
bool bare_clause_at(const Context& ctx, uint32_t i, uint32_t end);

// A prepositional phrase at `from` ("dans un communiqué commun", "sur
// franceinfo", "lors d'une conférence"): returns the token after it, or `from`
// when none starts there. Like a recipient, it ends where a new phrase opens.
// With `dative`, a dative opens one too ("to the board").
uint32_t skip_prepositional_phrase(const Context& ctx, uint32_t from, uint32_t end, bool dative = false);

// Comma-delimited incise starting at the comma `comma`: returns the index of
// the closing comma, or `comma` itself when there is no incise there. An
// incise is a short clause (at most 30 tokens) inside the sentence.
uint32_t incise_end(const Context& ctx, uint32_t comma, uint32_t end);

// Whether a clause starts at token i (a subordinator "tandis que", "alors que",
// or a conjunction other than et/ou): a noun phrase scanned rightwards ends there.
bool clause_starts(const Context& ctx, uint32_t i, uint32_t end);

// Whether the comma before token `before` closes an apposition to a subject
// that opens the sentence: "La directrice du syndicat, Jeanne X, s'inquiète"
// (the cue then has its subject before it; it is not postposed).
bool apposition_before(const Context& ctx, uint32_t before, uint32_t sentence_first);

// The subject that opens a sentence (after a leading adverbial closed by a
// comma: "En visite à Lille, la ministre ..."), up to its verb, which a
// negation, a clitic, an auxiliary, a modal or a finite verb announces;
// empty when it does not name a speaker. Stops before `limit`.
TokenRange sentence_subject(const Context& ctx, uint32_t sentence_first, uint32_t limit);

// A social-media handle at i, kept as written: "@" then the tokens glued to
// it with no space ("@lectrice_du_soir", "@club.lecture"). Empty if none.
TokenRange handle_at(const Context& ctx, uint32_t i, uint32_t end);

// The handle that ends right before token `before` and starts at or after
// `sentence_first` ("@club_lecture a estimé que"), empty if none: a handle is
// a source as it stands, whatever its words.
TokenRange handle_before(const Context& ctx, uint32_t before, uint32_t sentence_first);

// "A, B et C" -> A, B, C (top-level commas and conjunctions).
std::vector<TokenRange> split_coordination(const Context& ctx, TokenRange phrase);

// Does an infinitive start at i, perhaps behind a quotation mark: d'"intervenir"?
bool infinitive_at(const Context& ctx, uint32_t i, uint32_t end);

// Whether a phrase can name someone who speaks: it holds a person or
// organization noun, a title, a demonym, an institution, a name (a capital
// not at the sentence start), a possessive ("ses proches") or is a pronoun.
// "les cas", "les chiffres" cannot.
bool names_a_speaker(const Context& ctx, TokenRange r);

// Whether the tokens of `r` form a plausible source: they open like a noun
// phrase and hold no verb of the lexicon.
bool plausible_source(const Context& ctx, TokenRange r);

}  // namespace whosaid::extract
