#include "extract/mention_features.h"

namespace whosaid::extract {
namespace {

// The indefinite article that is also the number one ("un", "une"): "une
// source" counts no one, "une des sources" is a member of a group.
bool is_one(const Context& ctx, uint32_t i) {
  const lang::LexEntry* e = ctx.entry(i);
  return e != nullptr && (e->flags & lang::kDeterminer) && (e->flags & lang::kNumberWord) && e->number == 1;
}

}  // namespace

Mention clitic_mention(Span clitic, Gender gender, bool plural) {
  Mention m;
  m.span = clitic;
  m.head = clitic;
  m.pronoun = true;
  m.definite = true;
  m.gender = gender;
  m.plural = plural;
  return m;
}

Mention phrase_mention(const Context& ctx, TokenRange phrase) {
  Mention m;
  m.span = ctx.span(phrase);
  const lang::LexEntry* first = ctx.entry(phrase.first);
  if (first && (first->flags & lang::kSubjectPronoun) && phrase.end == phrase.first + 1) {
    m.pronoun = true;
    m.definite = true;
    m.plural = first->plural;
    m.gender = first->gender;
    m.head = m.span;
    return m;
  }
  if (phrase.end == phrase.first + 1 && ctx.role(phrase.first, lang::kDisjunctivePronoun)) {
    m.pronoun = true;
    m.definite = true;
    m.plural = first->plural;
    m.gender = first->gender;
    m.head = m.span;
    return m;
  }
  // "l'une des sources", "l'un d'eux", "une des sources": a member of a group.
  const uint32_t one = ctx.has(phrase.first, lang::kDeterminer) && ctx.entry(phrase.first)->definite ? phrase.first + 1
                                                                                                   : phrase.first;
  if (one < phrase.end && is_one(ctx, one) && ctx.role(one + 1, lang::kGenitive)) {
    m.one_of = true;
    m.definite = false;
  }
  if (first && (first->flags & lang::kDeterminer) && !m.one_of) {
    m.definite = first->definite;
    m.indefinite = first->indefinite;
    m.plural = first->plural;
    m.gender = first->gender;
  }
  // Walk the phrase's first noun group (up to "de", a comma or a relative):
  // ordinals, counts, "autre", the head noun, a proper name.
  bool head_found = false;
  for (uint32_t k = phrase.first; k < phrase.end; ++k) {
    if (ctx.is_comma(k) || ctx.role(k, lang::kRelativePronoun) || ctx.is(k, "(")) break;
    const lang::LexEntry* e = ctx.entry(k);
    if (ctx.role(k, lang::kOther)) m.other = true;
    if (e && (e->flags & lang::kOrdinal)) m.ordinal = e->number;
    if (e && (e->flags & lang::kNumberWord) && !m.one_of && !(k == phrase.first && is_one(ctx, k))) {
      m.count = e->number;
      m.plural = e->number > 1;
    }
    // "une femme de 30 ans": a number after a noun's "de" measures it (an
    // age, a size) unless a source noun follows ("plus de 200 manifestants").
    const bool measure = k >= phrase.first + 2 && ctx.role(k - 1, lang::kGenitive) && !ctx.role(k - 1, lang::kContracted) &&
                         ctx.token(k - 2).kind == TokenKind::word &&
                         !ctx.has(k - 2, lang::kComparative | lang::kNumberWord | lang::kDeterminer) &&
                         !ctx.has(k + 1, lang::kSourceNoun);
    if (ctx.token(k).kind == TokenKind::number && !m.count && !measure) {
      // "32 responsables"
      int value = 0;
      for (char c : ctx.word(k)) {
        if (c < '0' || c > '9') { value = 0; break; }
        // Past the largest count we keep, stop before the int overflows.
        if (value >= 100000) break;
        value = value * 10 + (c - '0');
      }
      if (value > 0 && value < 100000) m.count = value;
    }
    if (!head_found && e && (e->flags & (lang::kSourceNoun | lang::kOrganizationNoun | lang::kNationalityNoun))) {
      m.head = ctx.token(k).original;
      head_found = true;
      if (!(first && (first->flags & lang::kDeterminer))) {
        m.plural = e->plural;
        m.gender = e->gender;
      }
    }
    if (ctx.capitalized(k) && !(e && (e->flags & (lang::kDeterminer | lang::kTitle | lang::kStopword))) &&
        !(e && (e->flags & (lang::kSourceNoun | lang::kNationality | lang::kNationalityNoun)))) {
      m.proper_name = true;
      if (!head_found) m.head = ctx.token(k).original;
    }
    if (head_found && ctx.role(k, lang::kGenitive) && k > phrase.first + 1)
      break;
  }
  if (m.head.empty()) m.head = ctx.token(phrase.end - 1).original;
  return m;
}

}  // namespace whosaid::extract
