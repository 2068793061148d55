// Reported speech with the subject first:
//   "SRC CUE (à RECIPIENT) que CONTENT"   "Une source a déclaré que ..."
//   "SRC CUE (à RECIPIENT) : « QUOTE »"   "Il a déclaré : « ... »"
//   "SRC CUE que A et CUE que B"           coordinated cues share the subject
// with incises anywhere between cue and "que" (", en public et en privé,").
#include "extract/finding.h"
#include "extract/noun_phrase.h"

namespace whosaid::extract {
namespace {

// After the cue (and recipient), find "que" or ":" — possibly after
// comma-delimited incises. Returns its token, or UINT32_MAX.
uint32_t find_complement(const Context& ctx, uint32_t i, uint32_t end) {
  constexpr uint32_t kNone = UINT32_MAX;
  // Adverbs between the cue and what it introduces: "a déclaré mardi que", "a dit aussi que".
  while (i < end && ctx.is_adverb(i)) ++i;
  if (i >= end) return kNone;
  if (ctx.is_que(i) || ctx.is(i, ":")) return i;
  for (int hops = 0; hops < 6 && i < end && ctx.is_comma(i); ++hops) {
    uint32_t k = i + 1;
    while (k < end && !ctx.is_comma(k) && k - i < 30) {
      // A verb of saying, a quotation or a clause inside: not an incise.
      if (ctx.has(k, lang::kCueVerbForm | lang::kAuxiliary) || ctx.is_quote_mark(k) || ctx.is_que(k)) return kNone;
      ++k;
    }
    if (k >= end || !ctx.is_comma(k)) return kNone;
    if (k + 1 < end && ctx.is_que(k + 1)) return k + 1;
    i = k;
  }
  return kNone;
}

// The quotation that opens right at token i (skipping nothing), or -1.
int32_t quotation_opening_at(const Context& ctx, uint32_t i) {
  if (i >= ctx.size() || ctx.token(i).kind != TokenKind::quote_open) return -1;
  const int32_t q = ctx.token(i).quote;
  if (q < 0 || ctx.doc().quotes[q].first_token != i + 1) return -1;
  return q;
}

}  // namespace

void find_reported_speech(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  const uint32_t end = in.sentence.end_token;
  for (size_t c = 0; c < in.cues.size(); ++c) {
    const CueMatch& m = in.cues[c];
    if (in.used[c]) continue;
    Finding f;
    f.cue = m.range;
    f.cue_lemma = m.cue->expression;
    f.type = m.cue->type;
    f.belief = m.cue->belief;
    f.sentence = in.sentence_index;
    uint32_t after = m.range.end;
    if (m.object_clitic != UINT32_MAX) f.recipient = TokenRange{m.object_clitic, m.object_clitic + 1};
    if (TokenRange r = recipient_at(ctx, after, end); !r.empty()) {
      f.recipient = r;
      after = r.end;
    }
    const uint32_t complement = find_complement(ctx, after, end);
    if (complement == UINT32_MAX) continue;
    if (ctx.is_que(complement)) {
      if (!(m.cue->frames & lang::kFrameQue)) continue;
      f.content = {complement, content_end(in, complement)};
      f.rule = "fr.que";
    } else {
      if (!(m.cue->frames & lang::kFrameColon)) continue;
      const int32_t q = quotation_opening_at(ctx, complement + 1);
      if (q >= 0) {
        const Quotation& quote = ctx.doc().quotes[q];
        f.content = {quote.first_token, quote.end_token};
        f.rule = "fr.colon.quote";
      } else {
        f.content = {complement + 1, content_end(in, complement + 1)};
        f.rule = "fr.colon";
      }
    }
    if (f.content.empty()) continue;
    // The subject: an inverted clitic, the phrase before the cue, or the
    // subject of the cue this one is coordinated with.
    if (m.inverted) {
      f.clitic = m.clitic;
      f.clitic_gender = m.clitic_gender;
      f.clitic_plural = m.plural;
    } else {
      const TokenRange subject = subject_before(ctx, m.range.first, in.sentence.first_token, false);
      if (!subject.empty()) {
        f.source = subject;
      } else if (m.range.first > in.sentence.first_token && ctx.is_conjunction(m.range.first - 1) && !out.empty() &&
                 out.back().sentence == in.sentence_index) {
        f.inherits_source_of = static_cast<int>(out.size() - 1);
        f.rule = f.rule == std::string_view("fr.que") ? "fr.que.coordinated" : "fr.colon.coordinated";
      } else {
        continue;
      }
    }
    in.used[c] = true;
    out.push_back(f);
  }
}

}  // namespace whosaid::extract
