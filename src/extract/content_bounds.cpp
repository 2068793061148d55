#include <algorithm>

#include "extract/circumstance.h"
#include "extract/finding.h"
#include "extract/noun_phrase.h"

namespace whosaid::extract {

// The first cue of the sentence that starts at or after token i (cues are in
// text order): a binary search, since content_end asks at every token.
std::vector<CueMatch>::const_iterator first_cue_from(const SentenceInput& in, uint32_t i) {
  return std::lower_bound(in.cues.begin(), in.cues.end(), i,
                          [](const CueMatch& m, uint32_t token) { return m.range.first < token; });
}

int cue_at(const SentenceInput& in, uint32_t i) {
  const auto it = first_cue_from(in, i);
  return it != in.cues.end() && it->range.first == i ? static_cast<int>(it - in.cues.begin()) : -1;
}

// A cue in the infinitive: so found, or a base form the tagger reads as one
// that stands after no subject ("to think").
bool infinitive_cue(const Context& ctx, const CueMatch& m) {
  if (m.mood == lang::Mood::infinitive) return true;
  const Token& t = ctx.tagged(m.head);
  return t.upos == Upos::VERB && feature(t.feats, Feat::verb_form) == feat::inf && !finite_after_subject(ctx, m.head);
}

// Whether the conjunction at i opens a clause "SUBJECT CUE" of its own. Its
// cue is finite: an infinitive has no subject of its own ("allowed its staff
// and the public to think that ...").
bool coordinated_clause(const SentenceInput& in, uint32_t i) {
  const auto it = first_cue_from(in, i + 2);
  if (it == in.cues.end() || it->range.first > i + 16 || infinitive_cue(in.ctx, *it)) return false;
  const TokenRange subject{i + 1, it->range.first};
  return plausible_source(in.ctx, subject) && names_a_speaker(in.ctx, subject);
}

// Whether a speech tag with its subject first starts at i (", sources
// said."): a short subject, then a cue with only circumstances after it
// before the sentence ends, in a language whose tags may put the subject
// first (syntax.tsv).
bool subject_first_tag_at(const SentenceInput& in, uint32_t i) {
  constexpr uint32_t kMaxSubject = 8;
  const Context& ctx = in.ctx;
  if (!ctx.lexicon().tag_subject_first()) return false;
  const auto it = first_cue_from(in, i + 1);
  if (it == in.cues.end() || it->range.first > i + kMaxSubject || it->inverted) return false;
  const TokenRange subject{i, it->range.first};
  if (!plausible_source(ctx, subject)) return false;
  const uint32_t end = in.sentence.end_token;
  const uint32_t after = skip_circumstances(ctx, it->range.end, end, true);
  return after >= end || ctx.is_punct(after);
}

namespace {
bool apposition_after_quotation(const Context& ctx, uint32_t first, uint32_t comma, uint32_t end) {
  const Token& close = ctx.token(comma - 1);
  if (close.kind != TokenKind::quote_close || close.quote < 0) return false;
  const Quotation& q = ctx.doc().quotes[close.quote];
  if (q.first_token <= first || q.end_token != comma - 1) return false;
  if (comma + 1 >= end || !ctx.has(comma + 1, lang::kDeterminer)) return false;
  for (uint32_t k = comma + 1; k < end && !ctx.is_comma(k); ++k) {
    if (ctx.is_quote_mark(k) || ctx.is_que(k) || ctx.has(k, lang::kAuxiliary | lang::kCueVerbForm) ||
        finite_verb_at(ctx, k) || ctx.role(k, lang::kRelativePronoun))
      return false;
    // A present participle makes it a clause of its own ("la pluie ayant
    // tout inondé"); a past one qualifies the noun ("un camp situé près de").
    const Token& t = ctx.tagged(k);
    if (t.upos == Upos::AUX ||
        (t.upos == Upos::VERB && feature(t.feats, Feat::verb_form) == feat::part && feature(t.feats, Feat::tense) == feat::pres))
      return false;
  }
  return true;
}
}  // namespace

uint32_t content_end(const SentenceInput& in, uint32_t first) {
  const Context& ctx = in.ctx;
  uint32_t end = in.sentence.end_token;
  uint32_t last_comma = 0;
  for (uint32_t i = first + 1; i < end; ++i) {
    // ", a déclaré X" or ", selon X": an outer attribution's cue closes the content.
    if (ctx.is_comma(i) && (cue_at(in, i + 1) >= 0 || ctx.has(i + 1, lang::kAccordingTo))) { end = i; break; }
    // "... et a déclaré que ...": a coordinated cue sharing the subject.
    if (ctx.is_conjunction(i) && cue_at(in, i + 1) >= 0) {
      end = i;
      if (ctx.is_comma(end - 1)) --end;
      break;
    }
    // "... et l'Occident considère ...": a coordinated clause with its own
    // subject and cue starts a new attribution.
    if (ctx.is_conjunction(i) && coordinated_clause(in, i)) {
      end = i;
      if (ctx.is_comma(end - 1)) --end;
      break;
    }
    if (ctx.is(i, ";")) { end = i; break; }
    // ", mais les travaux n'ont pas commencé", ", but the works have not
    // started": after a comma, a conjunction that joins clauses only (not
    // "et", "and", which may coordinate what was said) opens a clause with
    // its own subject and verb, the narrator's.
    if (ctx.is_comma(i) && i + 2 < end && ctx.token(i).quote < 0 && ctx.is_conjunction(i + 1) &&
        !ctx.role(i + 1, lang::kNounCoordinator) && bare_clause_at(ctx, i + 2, end)) {
      end = i;
      break;
    }
    // "que « ... à Valbourg », un village de la vallée.": after a quotation
    // that the content opened and closed, an apposition with no verb (up to
    // the next comma) qualifies its last noun; the content ends with the
    // quotation.
    if (ctx.is_comma(i) && apposition_after_quotation(ctx, first, i, end)) { end = i; break; }
    // "..., sources said.": the tag of the sentence closes the content.
    if (ctx.is_comma(i) && subject_first_tag_at(in, i + 1)) { end = i; break; }
    // ", sans donner de détails": a privative refusal follows the content.
    if (ctx.is_comma(i) && ctx.has(i + 1, lang::kPrivative)) { end = i; break; }
    // "X, qui a assuré que CONTENT, a levé la séance": the main clause's verb
    // resumes after the relative clause (an inverted "a-t-il" is a cue, above).
    // Not when the comma closes an incise the content opened: "said the
    // program, run by the department, has brought ...".
    if (ctx.is_comma(i) && ctx.has(i + 1, lang::kAuxiliary) && !ctx.has(i + 1, lang::kInverted) &&
        !(last_comma > first && incise_end(ctx, last_comma, end) == i)) {
      end = i;
      break;
    }
    if (ctx.is_comma(i)) last_comma = i;
    // "... : « QUOTE »": a colon that opens a quotation starts a new unit.
    if (ctx.is(i, ":") && i + 1 < end && ctx.token(i + 1).kind == TokenKind::quote_open) { end = i; break; }
  }
  // Final punctuation stays out; a closing quotation mark stays in.
  while (end > first + 1 && ctx.is_punct(end - 1)) --end;
  // A quotation opened inside the content that closes later in the paragraph.
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = ctx.token(i);
    if (t.kind != TokenKind::quote_open || t.quote < 0) continue;
    const Quotation& q = ctx.doc().quotes[t.quote];
    if (q.first_token == i + 1 && q.end_token > end) end = q.end_token + (q.closed ? 1 : 0);
  }
  return end;
}

uint32_t content_start_before(const SentenceInput& in, uint32_t end) {
  const Context& ctx = in.ctx;
  uint32_t start = in.sentence.first_token;
  // The content ends inside or at the close of a quotation that opened in an
  // earlier sentence of the paragraph: it starts with that quotation.
  if (end > 0) {
    const Token& last = ctx.token(end - 1);
    if (last.quote >= 0) {
      const Quotation& q = ctx.doc().quotes[last.quote];
      if (q.first_token > 0 && q.first_token - 1 < start) start = q.first_token - 1;
    }
  }
  return start;
}

}  // namespace whosaid::extract
