#include "extract/mention_features.h"

namespace whosaid::extract {

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
  if (phrase.end == phrase.first + 1 &&
      (ctx.is(phrase.first, "lui") || ctx.is(phrase.first, "elle") || ctx.is(phrase.first, "eux") ||
       ctx.is(phrase.first, "elles"))) {
    m.pronoun = true;
    m.definite = true;
    m.plural = ctx.is(phrase.first, "eux") || ctx.is(phrase.first, "elles");
    m.gender = ctx.is(phrase.first, "elle") || ctx.is(phrase.first, "elles") ? Gender::feminine : Gender::masculine;
    m.head = m.span;
    return m;
  }
  uint32_t i = phrase.first;
  // "l'une des sources", "l'un d'eux": a member of a group.
  if ((ctx.is(i, "l'") && (ctx.is(i + 1, "une") || ctx.is(i + 1, "un")) &&
       (ctx.is(i + 2, "des") || ctx.is(i + 2, "de") || ctx.is(i + 2, "d'"))) ||
      ((ctx.is(i, "une") || ctx.is(i, "un")) && (ctx.is(i + 1, "des") || ctx.is(i + 1, "d'")))) {
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
    if (ctx.is_comma(k) || ctx.is(k, "qui") || ctx.is(k, "(")) break;
    const lang::LexEntry* e = ctx.entry(k);
    if (ctx.is(k, "autre") || ctx.is(k, "autres")) m.other = true;
    if (e && (e->flags & lang::kOrdinal)) m.ordinal = e->number;
    if (e && (e->flags & lang::kNumberWord) && !m.one_of && !(k == phrase.first && (ctx.is(k, "un") || ctx.is(k, "une")))) {
      m.count = e->number;
      m.plural = e->number > 1;
    }
    if (ctx.token(k).kind == TokenKind::number && !m.count) {
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
    if (head_found && (ctx.is(k, "de") || ctx.is(k, "d'") || ctx.is(k, "du") || ctx.is(k, "des")) && k > phrase.first + 1)
      break;
  }
  if (m.head.empty()) m.head = ctx.token(phrase.end - 1).original;
  return m;
}

}  // namespace whosaid::extract
