// Refusals: "X a refusé de commenter", "ont tous refusé de faire des
// commentaires", "n'a pas souhaité réagir", "s'est refusé à tout commentaire".
// A refusal has no content, or, where syntax.tsv says refusal_object
// content, what its verb governs ("declined | to comment"). Coordinated
// subjects ("Le Kremlin, la Maison Blanche et la CIA ont tous refusé ...")
// give one attribution per source.
#include <algorithm>

#include "extract/finding.h"
#include "extract/noun_phrase.h"

namespace whosaid::extract {
namespace {

// The refusal object ("de faire des commentaires", "à tout commentaire",
// "réagir") starting at token i; returns the token after it, or 0.
// How many tokens may stand inside a refusal phrase after its verb: "sans
// donner dans l'immédiat plus de détails".
constexpr uint32_t kMaxGap = 6;

// A refusal phrase at k; with `gapped`, a short adverbial may follow its
// first word. Returns the token after it, or 0.
uint32_t match_phrase_at(const Context& ctx, const lang::Phrase& ph, uint32_t k, uint32_t end, bool gapped) {
  uint32_t j = k;
  for (size_t w = 0; w < ph.words.size(); ++w) {
    if (w == 1 && gapped) {
      const uint32_t limit = std::min(end, j + kMaxGap);
      uint32_t g = j;
      while (g < limit && ctx.word(g) != ph.words[w] && !ctx.is_punct(g)) ++g;
      if (g < limit && ctx.word(g) == ph.words[w]) j = g;
    }
    if (j >= end || ctx.word(j) != ph.words[w]) return 0;
    ++j;
  }
  return j;
}

uint32_t match_refusal_object(const Context& ctx, uint32_t i, uint32_t end, uint16_t frames) {
  uint32_t k = i;
  // The link of an infinitive is de or à, not an article's contraction (du, au).
  const bool link = !ctx.role(k, lang::kContracted);
  if (link && ctx.role(k, lang::kGenitive)) {
    if (!(frames & lang::kFrameDeInfinitive)) return 0;
    ++k;
  } else if (link && ctx.role(k, lang::kDative)) {
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
    const uint32_t j = match_phrase_at(ctx, ph, k, end, false);
    if (j > best) best = j;
  }
  return best;
}

// A refusal cue that says all by itself, nothing governed after it: "Le
// maire n'a pas répondu.", "Le ministère n'a pas commenté, ...", "a gardé le
// silence et ...". Only a cue under negation or of several words (a bare
// "a refusé." may refuse anything), and not one that needs its infinitive
// ("n'a pas souhaité" says nothing without "réagir").
bool complete_refusal(const Context& ctx, const CueMatch& m, uint32_t end) {
  if (!m.cue->negated && m.cue->tail.empty()) return false;
  if (m.cue->frames & lang::kFrameInfinitive) return false;
  const uint32_t next = m.range.end;
  return next >= end || ctx.is_punct(next) || ctx.is_conjunction(next);
}

}  // namespace

void find_refusals(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  for (size_t c = 0; c < in.cues.size(); ++c) {
    const CueMatch& m = in.cues[c];
    if (in.used[c] || m.passive || m.cue->type != AttributionType::refusal || m.mood == lang::Mood::present_participle)
      continue;
    const uint32_t end = in.sentence.end_token;
    uint32_t object_end = match_refusal_object(ctx, m.range.end, end, m.cue->frames);
    const bool object_is_content = ctx.lexicon().refusal_object_in_content();
    // "refused to sign the deal": any infinitive, where the refused act is the content.
    if (object_end == 0 && object_is_content && (m.cue->frames & lang::kFrameAInfinitive) && m.range.end + 1 < end &&
        ctx.role(m.range.end, lang::kDative) && infinitive_at(ctx, m.range.end + 1, end))
      object_end = m.range.end + 2;
    if (object_end == 0 && complete_refusal(ctx, m, end)) object_end = m.range.end;
    if (object_end == 0) continue;
    in.used[c] = true;
    Finding f = finding_for(in, m);
    f.cue = {m.range.first, object_end};  // the refusal's object is part of it
    if (object_is_content && object_end > m.range.end) {  // or its content
      f.cue = m.range;
      // A dative before a noun phrase is the verb's own preposition, as a
      // cue's tail: "did not respond to | a request for comment".
      if (ctx.role(m.range.end, lang::kDative) && !infinitive_at(ctx, m.range.end + 1, end)) ++f.cue.end;
      f.content = {f.cue.end, content_end(in, f.cue.end)};
    }
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
      take_subject_source(ctx, f, part, m.range.first, in.sentence.first_token);
      f.rule = parts.size() > 1 ? "fr.refusal.coordinated" : "fr.refusal";
      out.push_back(f);
    }
  }
}

// "Le club a confirmé le départ, sans donner plus de détails": a privative
// preposition before a refusal phrase is a refusal by the sentence's subject.
void find_privative_refusals(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  const uint32_t end = in.sentence.end_token;
  const auto& phrases = ctx.lexicon().phrases();
  for (uint32_t i = in.sentence.first_token; i + 1 < end; ++i) {
    if (!ctx.has(i, lang::kPrivative) || ctx.token(i).quote >= 0) continue;
    const lang::LexEntry* e = ctx.entry(i + 1);
    if (!e) continue;
    uint32_t best = 0;
    for (uint32_t p = e->phrases_begin; p < e->phrases_end; ++p)
      if (phrases[p].kind == lang::PhraseKind::refusal_object)
        best = std::max(best, match_phrase_at(ctx, phrases[p], i + 1, end, true));
    if (best == 0) continue;
    Finding f;
    f.cue = {i, best};
    f.type = AttributionType::refusal;
    f.sentence = in.sentence_index;
    f.rule = "fr.refusal.privative";
    int32_t earlier = static_cast<int32_t>(out.size()) - 1;
    while (earlier >= 0 && out[earlier].sentence == in.sentence_index && out[earlier].source.empty() &&
           out[earlier].clitic.empty())
      --earlier;
    if (earlier >= 0 && out[earlier].sentence == in.sentence_index) {
      f.inherits_source_of = earlier;
    } else {
      f.source = sentence_subject(ctx, in.sentence.first_token, i);
      if (f.source.empty()) continue;
    }
    out.push_back(f);
    i = best - 1;
  }
}

}  // namespace whosaid::extract
