// Circumstances: what French puts between a cue and its subject or
// complement without changing who said what: adverbs ("a aussi dit"), time
// adverbials ("a indiqué le mois dernier", "ont déclaré ce matin", "a rappelé
// mi-mars", "jeudi soir") and prepositional phrases ("dans un communiqué",
// "sur une radio", "lors d'une conférence de presse"). They are recognised by
// category (the adverb, time, determiner and preposition classes of
// function_words.tsv), never by a list of phrases in the code.
#include "extract/circumstance.h"

#include "extract/noun_phrase.h"

namespace whosaid::extract {
namespace {

// A word that may qualify a time noun after it: lower case, not a function
// word, not a verb form ("le mois dernier", "la semaine passée").
bool time_modifier(const Context& ctx, uint32_t i) {
  if (i >= ctx.size() || ctx.token(i).kind != TokenKind::word || ctx.capitalized(i)) return false;
  constexpr uint32_t kNot = lang::kDeterminer | lang::kPreposition | lang::kComplementizer | lang::kCueVerbForm |
                            lang::kAuxiliary | lang::kConjunction | lang::kStopword | lang::kSubjectPronoun |
                            lang::kModal | lang::kNegation | lang::kTimeWord;
  // Short words are function words the tables do not flag ("à", "en").
  return ctx.word(i).size() >= 4 && !ctx.has(i, kNot);
}

}  // namespace

uint32_t time_adverbial_end(const Context& ctx, uint32_t i, uint32_t end) {
  uint32_t k = i;
  // "on Friday", "en mars", "since last week": the preposition that opens a
  // time adverbial is part of it, when the phrase ends there ("in June
  // 2012", "in a June report" go on: a date or a noun's modifier).
  if (k + 1 < end && ctx.has(k, lang::kPreposition) && !ctx.has(k + 1, lang::kPreposition)) {
    const uint32_t t = time_adverbial_end(ctx, k + 1, end);
    const bool phrase_goes_on = t < end && (ctx.token(t).kind == TokenKind::number || ctx.tagged(t).upos == Upos::NOUN ||
                                            ctx.tagged(t).upos == Upos::PROPN || ctx.tagged(t).upos == Upos::NUM);
    if (t > k + 1 && !phrase_goes_on) return t;
  }
  // "6 avril", "le 3 mars": a number before a month or another time word.
  if (k + 1 < end && ctx.token(k).kind == TokenKind::number && ctx.has(k + 1, lang::kTimeWord)) return k + 2;
  if (k + 2 < end && ctx.has(k, lang::kDeterminer) && ctx.token(k + 1).kind == TokenKind::number &&
      ctx.has(k + 2, lang::kTimeWord))
    return k + 3;
  const bool determiner = k + 1 < end && ctx.has(k, lang::kDeterminer) && ctx.has(k + 1, lang::kTimeWord);
  if (determiner) ++k;
  if (k >= end || !ctx.has(k, lang::kTimeWord)) return i;
  while (k < end && ctx.has(k, lang::kTimeWord)) ++k;  // "jeudi soir"
  if (determiner && k < end && time_modifier(ctx, k)) ++k;
  return k;
}

namespace {
// Whether the adverb at i opens the phrase after it rather than qualifying
// the verb before: a negative determiner or conjunction ("said no ruling
// was given", "neither the pilots nor ..."), or an adverb of the
// quantity or number that follows ("far fewer came", "only two people";
// not "a annoncé plus tard la mort": an adverb before a determiner may
// qualify the verb).
bool adverb_opens_phrase(const Context& ctx, uint32_t i, uint32_t end) {
  const Upos u = ctx.tagged(i).upos;
  if (u == Upos::DET || u == Upos::CCONJ) return true;
  if (u != Upos::ADV || i + 1 >= end) return false;
  const Token& next = ctx.tagged(i + 1);
  return next.upos == Upos::NUM || (next.upos == Upos::ADJ && feature(next.feats, Feat::pron_type) != 0);
}
}  // namespace

uint32_t skip_circumstances(const Context& ctx, uint32_t i, uint32_t end, bool prepositional) {
  bool after_phrase = false;  // the last step was a prepositional phrase
  for (int hops = 0; hops < 8 && i < end; ++hops) {
    if (ctx.is_adverb(i)) {
      if (adverb_opens_phrase(ctx, i, end)) break;
      ++i;
      continue;
    }
    if (const uint32_t t = time_adverbial_end(ctx, i, end); t > i) {
      i = t;
      continue;
    }
    // "pour rappeler que", "sans donner de détails": a clause of its own.
    if (!prepositional || ctx.has(i, lang::kPurpose | lang::kPrivative)) break;
    uint32_t p = skip_prepositional_phrase(ctx, i, end);
    // A dative after a prepositional phrase is that phrase's noun's
    // complement, not the cue's recipient: "in a message to the board",
    // "dans une lettre aux élus".
    if (p == i && after_phrase && ctx.role(i, lang::kDative) && !infinitive_at(ctx, i + 1, end))
      p = skip_prepositional_phrase(ctx, i, end, true);
    if (p == i) break;
    i = p;
    after_phrase = true;
  }
  return i;
}

}  // namespace whosaid::extract
