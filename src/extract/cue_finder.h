// Finds the cues of one sentence: verb groups headed by a reporting verb of
// the lexicon, with what surrounds them in French news copy:
//   "a déclaré", "ont tous refusé", "avait dit", "a-t-il ajouté", "dit-elle",
//   "s'est félicité", "n'a pas souhaité", "a fait savoir", "a laissé entendre",
//   "déclare", "affirmait", "estime-t-elle".
// A participle counts only after an auxiliary (so "la proposition annoncée"
// is no cue); a multi-word expression ("faire savoir") only with its tail.
#pragma once

#include <vector>

#include "core/span.h"
#include "extract/context.h"

namespace whosaid::extract {

struct CueMatch {
  TokenRange range;              // the whole cue: clitics, auxiliary, adverbs, verb, tail
  uint32_t head = 0;             // the reporting verb's token
  const lang::Cue* cue = nullptr;
  lang::Mood mood = lang::Mood::finite;
  bool plural = false;           // from the finite form (auxiliary or verb)
  bool negated = false;          // "n'a pas ..."
  bool passive = false;          // "est condamnée (par X)": only the passive pattern reads it
  bool purpose = false;          // "pour rétorquer que": an infinitive whose subject is the sentence's
  bool narrative = false;        // "Et le ministre d'ajouter :": a narrative infinitive, its subject before "de"
  bool inside_quotation = false;  // the tag of the quotation it interrupts: only the postposed pattern reads it
  bool inverted = false;         // the subject is a clitic inside a token: "a-t-il", "dit-elle"
  Span clitic;                   // the clitic's span when inverted ("il" of "a-t-il")
  Gender clitic_gender = Gender::unknown;
  uint32_t clitic_roles = 0;     // the inverted clitic's roles (lang::LexRole): impersonal "il", generic "on"
  bool passive_auxiliary = false;  // a compound form whose auxiliary makes passives: "est-il relevé"
  uint32_t object_clitic = UINT32_MAX;  // "lui", "leur", "nous" before the verb: a recipient
};

// The cues one sentence may have (docs/reliability.md, "Limits"): a run-on
// sentence of cue words stops there, so the patterns, which look at each cue
// and the sentence, stay linear in its length.
constexpr size_t kMaxCuesPerSentence = 64;

// The sentence's cues in text order, at most kMaxCuesPerSentence.
std::vector<CueMatch> find_cues(const Context& ctx, const Sentence& sentence);

}  // namespace whosaid::extract
