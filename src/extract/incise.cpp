#include "extract/incise.h"

#include <algorithm>

namespace whosaid::extract {
namespace {

bool inside(TokenRange r, TokenRange outer) { return !r.empty() && r.first >= outer.first && r.end <= outer.end; }

// Punctuation that belongs to neither fragment: the commas and dashes that
// set the tag off. Quotation marks stay with the words they enclose.
bool separator(const Context& ctx, uint32_t i) { return ctx.token(i).kind == TokenKind::punct; }

// Where the content resumes after the tag: what follows the tag up to the
// quotation it resumes is narration ("in a statement", "au Monde"), so an
// opening mark starts the second fragment; else the next sentence, when the
// content runs on past the tag's sentence (an apposition to the source ends
// with it); else the words after the comma that closes the tag.
uint32_t resumption(const Context& ctx, TokenRange tag, TokenRange content) {
  for (uint32_t i = tag.end; i < content.end; ++i) {
    const TokenKind kind = ctx.token(i).kind;
    if (kind == TokenKind::quote_close) break;
    if (kind != TokenKind::quote_open) continue;
    // The quotation resumed runs to the content's end; a scare-quoted word
    // in the narration does not.
    const int32_t q = ctx.token(i).quote;
    if (q >= 0 && ctx.doc().quotes[q].end_token + 2 >= content.end) return i;
    break;
  }
  const Sentence& sentence = ctx.sentence_of(tag.end - 1);
  if (sentence.end_token < content.end) return sentence.end_token;
  uint32_t i = tag.end;
  while (i < content.end && !separator(ctx, i)) ++i;
  while (i < content.end && separator(ctx, i)) ++i;
  return i < content.end ? i : tag.end;
}

}  // namespace

Span incise_in_content(const Context& ctx, const Finding& f, TokenRange content) {
  // A pattern that knows where its content breaks says so.
  if (inside(f.content_gap, content) && f.content_gap.first > content.first && f.content_gap.end < content.end)
    return {ctx.span({f.content_gap.first - 1, f.content_gap.first}).end, ctx.span({f.content_gap.end, f.content_gap.end + 1}).begin};
  if (!inside(f.cue, content)) return {};
  TokenRange tag = f.cue;
  for (const TokenRange& part : {f.source, f.recipient.value_or(TokenRange{})})
    if (inside(part, content)) tag = {std::min(tag.first, part.first), std::max(tag.end, part.end)};
  const uint32_t second = resumption(ctx, tag, content);
  uint32_t first_end = tag.first;
  while (first_end > content.first && separator(ctx, first_end - 1)) --first_end;
  // A tag at either edge leaves one fragment: the content is not cut.
  if (first_end <= content.first || second >= content.end) return {};
  // A closed quotation, then unquoted words: those are narration after the
  // tag (GUIDELINES 5.4), not a second fragment; the content is left whole.
  const Token& last_of_first = ctx.token(first_end - 1);
  const Token& first_of_second = ctx.token(second);
  if (last_of_first.kind == TokenKind::quote_close && first_of_second.kind != TokenKind::quote_open &&
      first_of_second.quote < 0)
    return {};
  return {ctx.span({first_end - 1, first_end}).end, ctx.span({second, second + 1}).begin};
}

}  // namespace whosaid::extract
