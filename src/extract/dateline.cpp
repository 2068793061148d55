#include "extract/dateline.h"

#include <algorithm>

namespace whosaid::extract {
namespace {

// A dateline is short: a place, a date and an agency.
constexpr uint32_t kMaxDatelineTokens = 12;

// What a dateline is made of: "FAIRVIEW, W.Va.", "PARIS, 3 mai (Reuters)".
bool dateline_token(const Context& ctx, uint32_t i) {
  const Token& t = ctx.token(i);
  if (t.kind == TokenKind::number) return true;
  if (t.kind == TokenKind::punct) return ctx.is(i, ",") || ctx.is(i, ".") || ctx.is(i, "(") || ctx.is(i, ")");
  if (t.kind != TokenKind::word) return false;
  return ctx.capitalized(i) || ctx.has(i, lang::kTimeWord);
}

}  // namespace

Sentence without_dateline(const Context& ctx, const Sentence& sentence) {
  const Paragraph& paragraph = ctx.doc().paragraphs[sentence.paragraph];
  if (&ctx.doc().sentences[paragraph.first_sentence] != &sentence) return sentence;
  const uint32_t first = sentence.first_token;
  const uint32_t limit = std::min(sentence.end_token, first + kMaxDatelineTokens);
  uint32_t dash = first;
  while (dash < limit && !ctx.is_dash(dash)) {
    if (!dateline_token(ctx, dash)) return sentence;
    ++dash;
  }
  if (dash == first || dash >= limit || dash + 1 >= sentence.end_token) return sentence;
  // "Marta Lindqvist - the mayor - said": a pair of dashes sets off an
  // apposition, not a dateline.
  for (uint32_t i = dash + 1; i < std::min(sentence.end_token, dash + 1 + kMaxDatelineTokens); ++i)
    if (ctx.is_dash(i)) return sentence;
  Sentence rest = sentence;
  rest.first_token = dash + 1;
  rest.original.begin = ctx.token(dash + 1).original.begin;
  return rest;
}

}  // namespace whosaid::extract
