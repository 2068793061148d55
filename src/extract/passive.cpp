// Passives with an agent: the agent is the source, the subject the content.
//   "L'interdiction est condamnée de manière unanime par les Européens."
//   "Le projet a été dénoncé par les syndicats."
// A passive without an agent ("est condamnée") names no source: nothing.
#include "extract/finding.h"
#include "extract/noun_phrase.h"

namespace whosaid::extract {

void find_passive_agent(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  const uint32_t first = in.sentence.first_token;
  const uint32_t end = in.sentence.end_token;
  for (size_t c = 0; c < in.cues.size(); ++c) {
    const CueMatch& m = in.cues[c];
    if (in.used[c] || !m.passive || !(m.cue->frames & lang::kFramePassive) || m.range.first < first + 2) continue;
    // "par" within a few words, before any punctuation or clause.
    uint32_t agent = 0;
    for (uint32_t i = m.range.end; i < end && i < m.range.end + 8; ++i) {
      if (ctx.is_punct(i) || ctx.is_que(i) || ctx.is_quote_mark(i)) break;
      if (ctx.role(i, lang::kAgentPreposition)) { agent = i; break; }
    }
    if (agent == 0) continue;
    const TokenRange source = phrase_after(ctx, agent + 1, end);
    if (source.empty() || !names_a_speaker(ctx, source)) continue;
    uint32_t content_last = m.range.first;
    while (content_last > first && ctx.is_comma(content_last - 1)) --content_last;
    if (content_last < first + 2) continue;
    Finding f = finding_for(in, m);
    f.source = source;
    f.content = {first, content_last};
    f.rule = "fr.passive_agent";
    in.used[c] = true;
    out.push_back(f);
  }
}

}  // namespace whosaid::extract
