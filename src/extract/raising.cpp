// Raising verbs: "The ferry seemed to be late", "Varga is expected to
// resign". What is reported is the subject with the infinitive, a
// proposition no one named asserts (an evidential, PolNeAR's content
// "X | to INF" around the cue); the source is left empty. The cues are the
// rows of cue_verbs.tsv with the frame raising.
#include "extract/finding.h"
#include "extract/noun_phrase.h"

namespace whosaid::extract {

void find_raising(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  const uint32_t first = in.sentence.first_token;
  const uint32_t end = in.sentence.end_token;
  for (size_t c = 0; c < in.cues.size() && !sentence_full(in, out); ++c) {
    const CueMatch& m = in.cues[c];
    if (in.used[c] || !(m.cue->frames & lang::kFrameRaising) || m.inverted ||
        (m.mood != lang::Mood::finite && !m.passive))
      continue;
    uint32_t k = m.range.end;
    while (k < end && ctx.is_adverb(k)) ++k;
    // The infinitive's link ("to"), then the infinitive.
    if (k + 1 >= end || !ctx.role(k, lang::kDative) || !infinitive_at(ctx, k + 1, end)) continue;
    const TokenRange phrase = subject_before(ctx, m.range.first, first, false);
    if (phrase.empty()) continue;
    // In a relative clause the pronoun is the subject as written ("who are
    // expected to"), where the language writes sources so.
    const TokenRange subject = written_subject(ctx, phrase, m.range.first, first);
    Finding f = finding_for(in, m);
    f.content = {subject.first, content_end(in, k)};
    f.content_gap = {subject.end, k};  // the cue and the adverbs after it
    f.rule = "fr.raising";
    in.used[c] = true;
    out.push_back(f);
  }
}

}  // namespace whosaid::extract
