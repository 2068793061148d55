// Postposed attributions: the content first, then the cue with its subject
// inverted after it.
//   "CONTENT, ont déclaré à Reuters trois sources russes au fait des discussions."
//   "« QUOTE », a déclaré la source russe."      "« QUOTE », a-t-il ajouté."
//   "CONTENT, estime-t-elle."                      "CONTENT, dit-il, CONTENT."
#include "extract/finding.h"
#include "extract/noun_phrase.h"

namespace whosaid::extract {
namespace {

// Skips an incise after the cue (", sous couvert d'anonymat,") and returns
// where the subject starts.
uint32_t skip_incises(const Context& ctx, uint32_t i, uint32_t end) {
  while (i < end && ctx.is_comma(i)) {
    const uint32_t close = incise_end(ctx, i, end);
    if (close == i) return i + 1;  // a lone comma: the subject follows it
    i = close + 1;
  }
  return i;
}

}  // namespace

void find_postposed(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  const uint32_t end = in.sentence.end_token;
  for (size_t c = 0; c < in.cues.size(); ++c) {
    const CueMatch& m = in.cues[c];
    if (in.used[c] || !(m.cue->frames & lang::kFramePostposed)) continue;
    const uint32_t first = m.range.first;
    // Content, then a comma (after a closing quotation mark, if any), then the cue.
    if (first < in.sentence.first_token + 2 || !ctx.is_comma(first - 1)) continue;
    const uint32_t comma = first - 1;

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
    if (m.inverted) {
      f.clitic = m.clitic;
      f.clitic_gender = m.clitic_gender;
      f.clitic_plural = m.plural;
      f.rule = "fr.postposed.inverted";
    } else {
      const uint32_t subject_first = skip_incises(ctx, after, end);
      const TokenRange subject = phrase_after(ctx, subject_first, end);
      if (subject.empty()) continue;
      f.source = subject;
      f.rule = "fr.postposed";
    }
    // Content: from the sentence start (or the opening of a quotation that
    // began earlier) to the comma before the cue.
    const uint32_t start = content_start_before(in, comma);
    if (start >= comma) continue;
    f.content = {start, comma};
    // "CONTENT, dit-il, CONTENT." : the content goes on after the subject.
    const uint32_t resume = f.source.empty() ? after : f.source.end;
    if (resume < end && ctx.is_comma(resume) && resume + 1 < end && !ctx.has(resume + 1, lang::kAccordingTo) &&
        cue_at(in, resume + 1) < 0) {
      const uint32_t tail_end = content_end(in, resume + 1);
      if (tail_end > resume + 2 && m.inverted) f.content.end = tail_end;
    }
    in.used[c] = true;
    out.push_back(f);
  }
}

}  // namespace whosaid::extract
