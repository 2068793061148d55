// Refusals: "X a refusé de commenter", "ont tous refusé de faire des
// commentaires", "n'a pas souhaité réagir", "s'est refusé à tout commentaire".
// A refusal has no content. Coordinated subjects ("Le Kremlin, la Maison
// Blanche et la CIA ont tous refusé ...") give one attribution per source.
#include "extract/finding.h"
#include "extract/noun_phrase.h"

namespace whosaid::extract {
namespace {

// The refusal object ("de faire des commentaires", "à tout commentaire",
// "réagir") starting at token i; returns the token after it, or 0.
uint32_t match_refusal_object(const Context& ctx, uint32_t i, uint32_t end, uint8_t frames) {
  uint32_t k = i;
  if (ctx.is(k, "de") || ctx.is(k, "d'")) {
    if (!(frames & lang::kFrameDeInfinitive)) return 0;
    ++k;
  } else if (ctx.is(k, "à")) {
    if (!(frames & lang::kFrameAInfinitive)) return 0;
    ++k;
  } else if (!(frames & (lang::kFrameInfinitive | lang::kFrameObject))) {
    return 0;  // "n'a pas souhaité réagir", "a décliné tout commentaire"
  }
  if (k >= end) return 0;
  const lang::LexEntry* e = ctx.entry(k);
  if (!e) return 0;
  const auto& phrases = ctx.lexicon().phrases();
  uint32_t best = 0;
  for (uint32_t p = e->phrases_begin; p < e->phrases_end; ++p) {
    const lang::Phrase& ph = phrases[p];
    if (ph.kind != lang::PhraseKind::refusal_object) continue;
    uint32_t j = k;
    bool ok = true;
    for (const std::string& w : ph.words) {
      if (j >= end || ctx.word(j) != w) { ok = false; break; }
      ++j;
    }
    if (ok && j > best) best = j;
  }
  return best;
}

}  // namespace

void find_refusals(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  for (size_t c = 0; c < in.cues.size(); ++c) {
    const CueMatch& m = in.cues[c];
    if (in.used[c] || m.passive || m.cue->type != AttributionType::refusal || m.mood == lang::Mood::present_participle)
      continue;
    const uint32_t object_end = match_refusal_object(ctx, m.range.end, in.sentence.end_token, m.cue->frames);
    if (object_end == 0) continue;
    in.used[c] = true;
    Finding f = finding_for(in, m);
    f.cue = {m.range.first, object_end};  // the refusal's object is part of it
    f.type = AttributionType::refusal;
    f.rule = "fr.refusal";
    if (m.inverted) {
      take_clitic_source(f, m);
      out.push_back(f);
      continue;
    }
    const TokenRange subject = subject_before(ctx, m.range.first, in.sentence.first_token, m.plural);
    if (subject.empty()) {
      // "... et a refusé de commenter": the subject of the previous cue.
      if (!out.empty() && out.back().sentence == in.sentence_index && ctx.is_conjunction(m.range.first - 1)) {
        f.inherits_source_of = static_cast<int>(out.size() - 1);
        out.push_back(f);
      }
      continue;
    }
    const std::vector<TokenRange> parts = m.plural ? split_coordination(ctx, subject) : std::vector<TokenRange>{subject};
    for (const TokenRange& part : parts) {
      if (!plausible_source(ctx, part)) continue;
      f.source = part;
      f.rule = parts.size() > 1 ? "fr.refusal.coordinated" : "fr.refusal";
      out.push_back(f);
    }
  }
}

}  // namespace whosaid::extract
