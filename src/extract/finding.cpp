#include "extract/finding.h"

#include "extract/noun_phrase.h"

namespace whosaid::extract {

Finding finding_for(const SentenceInput& in, const CueMatch& m) {
  Finding f;
  f.cue = m.range;
  f.cue_lemma = m.cue->expression;
  f.type = m.cue->type;
  f.belief = m.cue->belief;
  f.sentence = in.sentence_index;
  return f;
}

void take_clitic_source(Finding& f, const CueMatch& m) {
  f.clitic = m.clitic;
  f.clitic_gender = m.clitic_gender;
  f.clitic_plural = m.plural;
}

TokenRange written_subject(const Context& ctx, TokenRange subject, uint32_t cue_first, uint32_t sentence_first) {
  if (!ctx.lexicon().relative_pronoun_source()) return subject;
  if (const uint32_t r = subject_relative_before(ctx, cue_first, sentence_first); r != UINT32_MAX && r >= subject.end)
    return {r, r + 1};
  return subject;
}

void take_subject_source(const Context& ctx, Finding& f, TokenRange subject, uint32_t cue_first, uint32_t sentence_first) {
  f.source = subject;
  if (const TokenRange written = written_subject(ctx, subject, cue_first, sentence_first); written.first != subject.first)
    f.written_source = written;
}

}  // namespace whosaid::extract
