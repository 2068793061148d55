#include "extract/cue_finder.h"

#include <algorithm>

namespace whosaid::extract {
namespace {

using lang::LexEntry;
using lang::Mood;
using lang::VerbForm;

// The verb forms of a token that belong to a cue's head verb, with that cue.
struct HeadCandidate {
  const VerbForm* form = nullptr;
  const lang::Cue* cue = nullptr;
  uint32_t tail_end = 0;  // token after the cue's tail
};

// Fills the match with the cue found at `head`: its verb, mood and tokens,
// from `first` to the end of the cue's tail.
void take_cue(CueMatch& m, uint32_t head, const HeadCandidate& c, Mood mood, uint32_t first) {
  m.head = head;
  m.cue = c.cue;
  m.mood = mood;
  m.range = {first, c.tail_end};
}

bool is_reflexive(const Context& ctx, uint32_t i) { return ctx.role(i, lang::kReflexiveClitic); }
// The clitic of the verb's recipient: "lui a dit", "nous a confié".
bool is_object_clitic(const Context& ctx, uint32_t i) { return ctx.role(i, lang::kDativeClitic); }
// A word that closes a negation the particle opened: "n'a pas dit", "n'a jamais dit".
bool closes_negation(const Context& ctx, uint32_t i) {
  return ctx.has(i, lang::kNegation) && !ctx.role(i, lang::kNegationParticle);
}

// Does the cue's tail ("savoir" of "faire savoir") follow token `head`?
// Returns the token after the tail, or 0 when it does not match.
uint32_t match_tail(const Context& ctx, const lang::Cue& cue, uint32_t head, uint32_t end) {
  uint32_t i = head + 1;
  for (const std::string& w : cue.tail) {
    // The scan stops at w or at the first word that is no adverb: when w is
    // not among the words before the first the lexicon says no to, it fails
    // whatever the tags say, and asks none.
    uint32_t j = i;
    while (j < end && ctx.word(j) != w && ctx.adverb_by_lexicon(j) != Context::Verdict::no) ++j;
    if (j >= end || ctx.word(j) != w) return 0;
    while (i < end && ctx.word(i) != w && ctx.is_adverb(i)) ++i;  // "a fait aussitôt savoir"
    if (i >= end || ctx.word(i) != w) return 0;
    ++i;
  }
  return i;
}

// The best cue for a verb form at token i: the longest tail that matches,
// preferring pronominal cues after a reflexive clitic and the others elsewhere;
// a cue that exists only under negation ("ne pas souhaiter") needs one and
// wins over its plain reading when there is one.
HeadCandidate best_cue(const Context& ctx, uint32_t i, uint32_t end, Mood wanted, bool reflexive, bool negated) {
  HeadCandidate best;
  // The participle or infinitive slot may lie past the sentence ("Il a" with
  // no final punctuation): no token there, no cue.
  if (i >= end) return best;
  const LexEntry* e = ctx.entry(i);
  if (!e || !(e->flags & lang::kCueVerbForm)) return best;
  const auto& forms = ctx.lexicon().verb_forms();
  const auto& cues = ctx.lexicon().cues();
  const auto& verbs = ctx.lexicon().verbs();
  int best_score = -1;
  for (uint32_t f = e->verb_forms_begin; f < e->verb_forms_end; ++f) {
    const VerbForm& form = forms[f];
    if (form.mood != wanted) continue;
    for (uint32_t c = e->cues_begin; c < e->cues_end; ++c) {
      const lang::Cue& cue = cues[c];
      if (cue.verb != form.verb) continue;
      const uint32_t tail_end = match_tail(ctx, cue, i, end);
      if (tail_end == 0) continue;
      const bool pronominal = verbs[cue.verb].pronominal;
      if (pronominal && !reflexive) continue;
      if (cue.negated && !negated) continue;
      const int score = static_cast<int>(cue.tail.size()) * 8 + (cue.negated ? 4 : 0) + (pronominal == reflexive ? 2 : 0);
      if (score > best_score) {
        best_score = score;
        best = {&form, &cue, tail_end};
      }
    }
  }
  return best;
}

// Plural and person of the finite form at token i (an auxiliary or a verb).
bool finite_plural(const Context& ctx, uint32_t i) {
  const LexEntry* e = ctx.entry(i);
  if (!e) return false;
  const auto& forms = ctx.lexicon().verb_forms();
  bool singular = false, plural = false;
  for (uint32_t f = e->verb_forms_begin; f < e->verb_forms_end; ++f) {
    if (forms[f].mood != Mood::finite || forms[f].person != 3) continue;
    (forms[f].plural ? plural : singular) = true;
  }
  return plural && !singular;
}

// The clitic of an inverted form: "il" in "a-t-il", "elle" in "dit-elle".
Span clitic_span(const Context& ctx, uint32_t i) {
  const Token& t = ctx.token(i);
  const std::string_view text = ctx.doc().slice(t.original);
  const size_t dash = text.rfind('-');
  if (dash == std::string_view::npos) return {};
  return {static_cast<uint32_t>(t.original.begin + dash + 1), t.original.end};
}

// Whether token i is a form of a modal verb in the given mood ("tardé", "va").
bool modal_form(const Context& ctx, uint32_t i, Mood mood) {
  const LexEntry* e = ctx.entry(i);
  if (!e) return false;
  const auto& forms = ctx.lexicon().verb_forms();
  for (uint32_t f = e->verb_forms_begin; f < e->verb_forms_end; ++f)
    if (forms[f].mood == mood && ctx.lexicon().verbs()[forms[f].verb].modal) return true;
  return false;
}

// Whether token k is a form of a perception verb (verbs.tsv "perception":
// entendre, voir), whose object is the subject of the infinitive after it.
bool perception_form(const Context& ctx, uint32_t k) {
  const lang::LexEntry* e = ctx.entry(k);
  if (!e) return false;
  const auto& forms = ctx.lexicon().verb_forms();
  const auto& verbs = ctx.lexicon().verbs();
  for (uint32_t f = e->verb_forms_begin; f < e->verb_forms_end; ++f)
    if (verbs[forms[f].verb].perception) return true;
  return false;
}

// A narrative infinitive at k: "Et le ministre d'ajouter", "Et la maire de
// conclure": the sentence opens with a noun phrase (after a conjunction,
// perhaps) that has no verb, then de/d' and the infinitive at k. A "de"
// after a verb ("a demandé au maire de dire") is that verb's complement.
bool narrative_infinitive_at(const Context& ctx, const Sentence& sentence, uint32_t k) {
  if (k < sentence.first_token + 2 || !ctx.role(k - 1, lang::kGenitive) || ctx.role(k - 1, lang::kContracted))
    return false;
  uint32_t first = sentence.first_token;
  if (ctx.is_conjunction(first)) ++first;
  // The phrase opens with a determiner or a name ("Reste à X de préciser"
  // is no narrative), and only "de" complements it ("le ministre de
  // l'Intérieur d'ajouter"), no other preposition.
  if (first + 1 >= k - 1 || !(ctx.has(first, lang::kDeterminer) || ctx.tagged(first).upos == Upos::PROPN)) return false;
  for (uint32_t i = first; i + 1 < k; ++i) {
    const Upos u = ctx.tagged(i).upos;
    if (u == Upos::VERB || u == Upos::AUX || ctx.is_punct(i) || ctx.is_quote_mark(i)) return false;
    if (u == Upos::ADP && !ctx.role(i, lang::kGenitive)) return false;
  }
  return true;
}

// Whether token k lies inside a phrase that gives a source's reason for
// anonymity ("who asked not to be named", "qui a demandé à ne pas être
// nommé"): its verb describes the source, it reports nothing.
bool inside_anonymity_phrase(const Context& ctx, const Sentence& sentence, uint32_t k) {
  constexpr uint32_t kLongest = 10;
  const uint32_t from = k > sentence.first_token + kLongest ? k - kLongest : sentence.first_token;
  const auto& phrases = ctx.lexicon().phrases();
  for (uint32_t j = from; j <= k; ++j) {
    const lang::LexEntry* e = ctx.entry(j);
    if (!e) continue;
    for (uint32_t p = e->phrases_begin; p < e->phrases_end; ++p) {
      const lang::Phrase& ph = phrases[p];
      if (ph.kind != lang::PhraseKind::anonymity_reason || j + ph.words.size() <= k) continue;
      uint32_t w = 0;
      while (w < ph.words.size() && j + w < sentence.end_token && ctx.word(j + w) == ph.words[w]) ++w;
      if (w == ph.words.size()) return true;
    }
  }
  return false;
}

// After a modal verb at `after` ("a tenu | à rappeler", "va | annoncer"):
// the token of the cue infinitive, or 0.
// Whether the words after a modal at `after` can hold no cue infinitive
// whatever the tags say of the words the lexicon leaves undecided: no cue
// form where the adverb scans of infinitive_after_modal may stop, and no
// negation there (the caller counts the negations up to the infinitive).
bool modal_leads_nowhere(const Context& ctx, uint32_t after, uint32_t end) {
  for (uint32_t j = after; j < end; ++j) {
    if (ctx.has(j, lang::kCueVerbForm) || ctx.has(j, lang::kNegation)) return false;
    const bool clitic = ctx.role(j, lang::kDative | lang::kGenitive) && !ctx.role(j, lang::kContracted);
    if (ctx.adverb_by_lexicon(j) == Context::Verdict::no && !clitic) return true;
  }
  return true;
}

uint32_t infinitive_after_modal(const Context& ctx, uint32_t after, uint32_t end) {
  uint32_t j = after;
  while (j < end && ctx.is_adverb(j)) ++j;
  if (j < end && ctx.role(j, lang::kDative | lang::kGenitive) && !ctx.role(j, lang::kContracted)) ++j;
  while (j < end && ctx.is_adverb(j)) ++j;
  return j < end ? j : 0;
}

// Whether the auxiliary at token i is a form of être (passives, pronominal
// and some intransitive compound tenses) rather than avoir.
bool etre_form(const Context& ctx, uint32_t i) {
  const LexEntry* e = ctx.entry(i);
  if (!e) return false;
  const auto& forms = ctx.lexicon().verb_forms();
  for (uint32_t f = e->verb_forms_begin; f < e->verb_forms_end; ++f) {
    const lang::Verb& v = ctx.lexicon().verbs()[forms[f].verb];
    if (v.passive_auxiliary) return true;
  }
  return false;
}

// "été": the participle of être in a compound passive ("a été confirmée").
bool etre_participle(const Context& ctx, uint32_t i) {
  const LexEntry* e = ctx.entry(i);
  if (!e) return false;
  const auto& forms = ctx.lexicon().verb_forms();
  for (uint32_t f = e->verb_forms_begin; f < e->verb_forms_end; ++f) {
    const lang::Verb& v = ctx.lexicon().verbs()[forms[f].verb];
    if (forms[f].mood == Mood::past_participle && v.passive_auxiliary) return true;
  }
  return false;
}

// The roles of the clitic inside an inverted form: "il" of "est-il relevé",
// "on" of "a-t-on appris".
uint32_t clitic_roles(const Context& ctx, uint32_t i) {
  const std::string_view w = ctx.word(i);
  const size_t dash = w.rfind('-');
  if (dash == std::string_view::npos) return 0;
  const LexEntry* e = ctx.lexicon().find(w.substr(dash + 1));
  return e != nullptr ? e->roles : 0;
}

const VerbForm* inverted_form(const Context& ctx, uint32_t i) {
  const LexEntry* e = ctx.entry(i);
  if (!e || !(e->flags & lang::kInverted)) return nullptr;
  const auto& forms = ctx.lexicon().verb_forms();
  for (uint32_t f = e->verb_forms_begin; f < e->verb_forms_end; ++f)
    if (forms[f].inverted) return &forms[f];
  return nullptr;
}

// The adverbs after the auxiliary at k ("a | sans doute | dit") end where
// is_adverb first says no, and the words the lexicon does not decide are
// read through their sentence's tags. Whether those answers can change what
// the auxiliary leads to: returns true when they cannot, that is when no
// word that may end the run (one the tags decide, or the first the lexicon
// says no to) or follow it is a cue form or a modal participle, and no
// negation lies past the first undecided word; `negated` then takes the
// negations before that word, as the scan would. False when the lexicon
// decides every word of the run (the scan asks nothing) or when the answers
// may matter: the caller scans.
bool auxiliary_leads_nowhere(const Context& ctx, uint32_t k, uint32_t end, bool& negated) {
  uint32_t first_ask = UINT32_MAX;
  bool negation_before = false;
  uint32_t j = k + 1;
  for (; j < end; ++j) {
    const Context::Verdict v = ctx.adverb_by_lexicon(j);
    if (v == Context::Verdict::no) break;
    if (ctx.has(j, lang::kCueVerbForm) || (v == Context::Verdict::ask && modal_form(ctx, j, Mood::past_participle)))
      return false;
    if (v == Context::Verdict::ask) {
      if (first_ask == UINT32_MAX) first_ask = j;
    } else if (closes_negation(ctx, j)) {
      if (first_ask != UINT32_MAX) return false;
      negation_before = true;
    }
  }
  if (first_ask == UINT32_MAX) return false;
  // j: the first word the lexicon says no to (or the end). The scan may stop
  // there, and "été" there leads to the word after it.
  if (j < end && (ctx.has(j, lang::kCueVerbForm) || modal_form(ctx, j, Mood::past_participle))) return false;
  if (j + 1 < end && ctx.has(j + 1, lang::kCueVerbForm)) return false;
  if (negation_before) negated = true;
  return true;
}

}  // namespace

namespace {

// A title in title case ("Former White House Doctor Says Plan Failed"):
// every word capitalised but the short function words, four capitals at
// least. Its capitals tell no name from a verb.
bool title_case(const Context& ctx, const Sentence& sentence) {
  uint32_t capitals = 0;
  for (uint32_t k = sentence.first_token; k < sentence.end_token; ++k) {
    if (ctx.token(k).kind != TokenKind::word) continue;
    if (ctx.capitalized(k)) ++capitals;
    else if (!ctx.has(k, lang::kStopword)) return false;
  }
  return capitals >= 4;
}

}  // namespace

std::vector<CueMatch> find_cues(const Context& ctx, const Sentence& sentence) {
  std::vector<CueMatch> out;
  const bool titled = title_case(ctx, sentence);
  const uint32_t end = sentence.end_token;
  uint32_t i = sentence.first_token;
  while (i < end && out.size() < kMaxCuesPerSentence) {
    // Clitics before the verb group: negation, reflexive, object pronoun.
    uint32_t start = i;
    uint32_t k = i;
    bool negated = false, reflexive = false;
    uint32_t object_clitic = UINT32_MAX;
    for (int guard = 0; guard < 4 && k < end; ++guard) {
      if (ctx.role(k, lang::kNegationParticle)) { negated = true; ++k; continue; }
      // "en" and "y" before a verb ("Elle en appelle à"): part of the verb group.
      if (ctx.role(k, lang::kAdverbialClitic) && k + 1 < end && ctx.has(k + 1, lang::kAuxiliary | lang::kCueVerbForm)) {
        ++k;
        continue;
      }
      if (is_reflexive(ctx, k)) { reflexive = true; ++k; continue; }
      if (is_object_clitic(ctx, k) && k + 1 < end && ctx.has(k + 1, lang::kAuxiliary | lang::kCueVerbForm)) {
        object_clitic = k;
        ++k;
        continue;
      }
      break;
    }
    if (k >= end) break;

    CueMatch m;
    bool found = false;
    // An auxiliary before no cue and no modal ("a été élu", "est un
    // proche"): nothing below reads its sentence's tags.
    const bool auxiliary = ctx.has(k, lang::kAuxiliary);
    const bool dead_auxiliary = auxiliary && auxiliary_leads_nowhere(ctx, k, end, negated);
    if (auxiliary && !dead_auxiliary) {
      // Compound tense: AUX [adverbs] PARTICIPLE [tail]. "a-t-il ajouté" is an inverted auxiliary.
      uint32_t p = k + 1;
      while (p < end && ctx.is_adverb(p)) {
        if (closes_negation(ctx, p)) negated = true;
        ++p;
      }
      // Passive and pronominal past ("s'est dit") use être: "été" may follow the auxiliary.
      // A compound passive: "a été confirmée".
      const bool compound_passive = p + 1 < end && etre_participle(ctx, p);
      if (compound_passive) ++p;
      HeadCandidate c = best_cue(ctx, p, end, Mood::past_participle, reflexive, negated);
      // "sont sommés de", "a été annoncé": a passive's subject is not the speaker.
      // An inverted impersonal passive ("est-il relevé dans la plainte") is kept:
      // the postposed pattern looks for its source.
      const bool passive = c.cue && !reflexive && (compound_passive || etre_form(ctx, k)) &&
                           !ctx.lexicon().verbs()[c.cue->verb].etre_auxiliary;
      if (c.cue) {
        m.passive = passive && !inverted_form(ctx, k);
        take_cue(m, p, c, Mood::past_participle, start);
        m.plural = finite_plural(ctx, k);
        m.passive_auxiliary = etre_form(ctx, k);
        if (const VerbForm* inv = inverted_form(ctx, k)) {
          m.inverted = true;
          m.clitic = clitic_span(ctx, k);
          m.clitic_roles = clitic_roles(ctx, k);
          m.clitic_gender = inv->inverted_gender;
          m.plural = inv->plural;
        }
        found = true;
      } else if (const HeadCandidate progressive = best_cue(ctx, p, end, Mood::present_participle, reflexive, negated);
                 progressive.cue) {
        // A progressive: AUX [adverbs] PRESENT PARTICIPLE is a finite verb
        // group ("is confirming that", "has been saying"), its subject the
        // auxiliary's, not an adjunct's participle (", saying ...").
        take_cue(m, p, progressive, Mood::finite, start);
        m.plural = finite_plural(ctx, k);
        found = true;
      }
    }
    // A finite verb never stands right after a determiner or a preposition:
    // "in order to", "the reports", "une dite réforme" are nouns or adjectives.
    // An object clitic that is also an article stays a clitic: "comme le rapportent".
    const bool after_noun_opener = k > sentence.first_token && ctx.has(k - 1, lang::kDeterminer | lang::kPreposition) &&
                                   !ctx.role(k - 1, lang::kAccusativeClitic | lang::kNeuterClitic | lang::kDativeClitic |
                                                             lang::kAdverbialClitic | lang::kReflexiveClitic);
    // Nor does a capitalized word inside a sentence: "the Valbourg Post
    // reports" is a name before its verb.
    const bool inner_capital =
        !titled && k > sentence.first_token && ctx.capitalized(k) && ctx.token(k - 1).kind == TokenKind::word;
    // In a language whose verbs and nouns share their forms (syntax.tsv), a
    // form the tagger reads as a noun or an adjective in this sentence is
    // one: "the state", "an improbable remark", "the charges".
    const auto nominal = [&] {
      if (!ctx.lexicon().tagger_decides_cues()) return false;
      // A complementizer after the form or a subject pronoun before it
      // makes it the verb whatever the tag: "the mayor fears that", "she notes".
      if (k + 1 < end && (ctx.is_que(k + 1) || ctx.role(k + 1, lang::kInterrogative))) return false;
      if (k > sentence.first_token && ctx.has(k - 1, lang::kSubjectPronoun)) return false;
      // Only a form the lexicon also reads as a noun or adjective has its sentence tagged.
      constexpr uint32_t kNominal = (1u << static_cast<uint32_t>(Upos::NOUN)) | (1u << static_cast<uint32_t>(Upos::ADJ)) |
                                    (1u << static_cast<uint32_t>(Upos::PROPN));
      if (!ctx.may_be(k, kNominal)) return false;
      const Upos u = ctx.tagged(k).upos;
      return u == Upos::NOUN || u == Upos::ADJ || (u == Upos::PROPN && !titled);
    };
    // nominal() reads the sentence's tags: asked only of a cue form (best_cue finds nothing elsewhere).
    // A speech tag's verb that is also a modal before a cue's infinitive
    // leaves the infinitive to be the cue: "continued to call for", "began
    // to argue" (the tags "he continued", "she began" stand alone); a cue
    // that takes the infinitive itself keeps it ("wanted to know").
    const auto modal_before_cue = [&](const lang::Cue& cue) {
      if ((cue.frames & lang::kFrameAInfinitive) || !ctx.has(k, lang::kModal) || modal_leads_nowhere(ctx, k + 1, end))
        return false;
      const uint32_t inf = infinitive_after_modal(ctx, k + 1, end);
      return inf != 0 && best_cue(ctx, inf, end, Mood::infinitive, reflexive, negated).cue != nullptr;
    };
    if (!found && !after_noun_opener && !inner_capital && ctx.has(k, lang::kCueVerbForm) && !nominal()) {
      const HeadCandidate c = best_cue(ctx, k, end, Mood::finite, reflexive, negated);
      if (c.cue && !modal_before_cue(*c.cue)) {
        take_cue(m, k, c, Mood::finite, start);
        m.plural = c.form->plural;
        if (c.form->inverted) {
          m.inverted = true;
          m.clitic = clitic_span(ctx, k);
          m.clitic_roles = clitic_roles(ctx, k);
          m.clitic_gender = c.form->inverted_gender;
        }
        found = true;
      }
    }
    if (!found) {
      // A modal verb governing a cue's infinitive: "n'ont pas tardé à dénoncer",
      // "a tenu à rappeler", "va annoncer", "veut croire".
      uint32_t modal_end = 0;
      bool plural = false;
      if (dead_auxiliary) {
        // no participle of a modal after it
      } else if (auxiliary) {
        uint32_t p = k + 1;
        while (p < end && ctx.is_adverb(p)) {
          if (closes_negation(ctx, p)) negated = true;
          ++p;
        }
        if (p < end && modal_form(ctx, p, Mood::past_participle)) modal_end = p + 1;
      } else if (ctx.has(k, lang::kModal)) {
        modal_end = k + 1;
        if (ctx.has(k, lang::kNegation)) negated = true;  // a modal that holds its negation: "cannot"
      }
      if (modal_end != 0) {
        plural = finite_plural(ctx, k);
        const uint32_t inf =
            modal_leads_nowhere(ctx, modal_end, end) ? 0 : infinitive_after_modal(ctx, modal_end, end);
        // A negation between the modal and the infinitive: "did not respond", "ne veut pas commenter".
        for (uint32_t p = modal_end; p < inf; ++p)
          if (closes_negation(ctx, p)) negated = true;
        const HeadCandidate c = inf ? best_cue(ctx, inf, end, Mood::infinitive, reflexive, negated) : HeadCandidate{};
        if (c.cue) {
          take_cue(m, inf, c, Mood::infinitive, start);
          m.plural = plural;
          found = true;
          // "On l'entend dire que", "on l'a vue affirmer": the perception
          // verb's object clitic is who speaks, not its subject.
          if (start > sentence.first_token && ctx.role(start - 1, lang::kAccusativeClitic) &&
              perception_form(ctx, modal_end - 1))
            m.speaker_clitic = start - 1;
        }
      }
    }
    // The participle's clitics come first: ", se disant « confiante »".
    const bool after_comma = start > sentence.first_token && ctx.is_comma(start - 1);
    if (!found && k > sentence.first_token &&
        (after_comma || ctx.role(k - 1, lang::kGerundMarker | lang::kGerundPreposition))) {
      // A present participle after a comma, or a gerund: ", estimant que ...",
      // "en rappelant que ...", ", se disant prêt", "by saying that" (the
      // preposition outside the cue). Its subject is the sentence's.
      const HeadCandidate c = best_cue(ctx, k, end, Mood::present_participle, reflexive, negated);
      if (c.cue) {
        take_cue(m, k, c, Mood::present_participle, ctx.role(k - 1, lang::kGerundMarker) ? k - 1 : start);
        found = true;
      }
    }
    if (!found && k > sentence.first_token + 2 && ctx.role(k - 1, lang::kGenitive)) {
      // "Et le ministre d'ajouter : « ... »": the infinitive after "de"
      // tells what the subject before it said. The cue first, from the
      // lexicon: the part of speech of the words before is read (their
      // sentence tagged) only for an infinitive cue.
      const HeadCandidate c = best_cue(ctx, k, end, Mood::infinitive, reflexive, negated);
      if (c.cue && !c.cue->belief && c.cue->type == AttributionType::statement &&
          narrative_infinitive_at(ctx, sentence, k)) {
        take_cue(m, k, c, Mood::infinitive, k - 1);
        m.narrative = true;
        found = true;
      }
    }
    if (!found && k > sentence.first_token && ctx.has(k - 1, lang::kPurpose)) {
      // A purpose infinitive: "a pris la parole pour rétorquer que".
      const HeadCandidate c = best_cue(ctx, k, end, Mood::infinitive, reflexive, negated);
      if (c.cue) {
        take_cue(m, k, c, Mood::infinitive, k - 1);
        m.purpose = true;
        found = true;
      }
    }
    const bool matched = found;
    // Beliefs under negation or behind a modal ("ne croyaient pas que",
    // "veut croire que") report no one's claim.
    if (found && m.cue->belief && (negated || m.mood == Mood::infinitive)) found = false;
    if (found && inside_anonymity_phrase(ctx, sentence, m.head)) found = false;
    // Words inside a quotation are the quoted speaker's: an attribution there
    // is not the article's sourcing.
    // The exception is the speech tag that interrupts its own quotation,
    // « A, ajoute X, B »: a postposed cue right after a comma.
    if (found && ctx.token(m.head).quote >= 0) {
      m.inside_quotation = m.range.first > sentence.first_token && ctx.is_comma(m.range.first - 1) &&
                           (m.cue->frames & lang::kFramePostposed) && m.mood != Mood::present_participle;
      found = m.inside_quotation;
    }
    if (found) {
      m.negated = negated;
      m.object_clitic = object_clitic;
      out.push_back(m);
      i = m.range.end;
      continue;
    }
    // Rejected: go past the verb, so it is not read again without its clitics
    // (nor an infinitive without its negated modal: "cannot believe").
    i = matched ? std::max(k + 1, m.range.end) : k + 1;
  }
  return out;
}

}  // namespace whosaid::extract
