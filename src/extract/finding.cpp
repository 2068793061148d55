#include "extract/finding.h"

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

}  // namespace whosaid::extract
