// "selon X" and its kin (d'après X, de source X), before or after the content:
//   "Selon trois sources russes, CONTENT."   "CONTENT, selon trois sources russes."
//   "CONTENT, selon elles, CONTENT."         "Mais selon cette source, CONTENT."
#include <algorithm>

#include "extract/finding.h"
#include "extract/noun_phrase.h"

namespace whosaid::extract {
namespace {

// The according-to phrase starting at token i: returns the token after it, or
// 0. `initial_only` tells whether the phrase counts only at the start of a
// sentence ("Pour le ministre, ..." but not "se bat pour son existence").
uint32_t match_according_to(const Context& ctx, uint32_t i, uint32_t end, bool& initial_only) {
  const lang::LexEntry* e = ctx.entry(i);
  if (!e || !(e->flags & lang::kAccordingTo)) return 0;
  uint32_t best = 0;
  for (uint32_t p = e->phrases_begin; p < e->phrases_end; ++p) {
    const lang::Phrase& ph = ctx.lexicon().phrases()[p];
    if (ph.kind != lang::PhraseKind::according_to) continue;
    uint32_t j = i;
    bool ok = true;
    for (const std::string& w : ph.words) {
      if (j >= end || ctx.word(j) != w) { ok = false; break; }
      ++j;
    }
    if (ok && j > best) {
      best = j;
      initial_only = lang::initial_only(ph);
    }
  }
  return best;
}

bool stressed_pronoun(const Context& ctx, uint32_t i) { return ctx.role(i, lang::kDisjunctivePronoun); }

}  // namespace

// "comme le rapportent X", "comme l'a indiqué X": an attribution that reads
// like "selon X" but has a verb.
//   "CONTENT, comme le rapporte le journal."   "Comme l'a rappelé X, CONTENT."
void find_comme_cue(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  const uint32_t first = in.sentence.first_token;
  const uint32_t end = in.sentence.end_token;
  for (size_t c = 0; c < in.cues.size(); ++c) {
    const CueMatch& m = in.cues[c];
    const uint32_t k = m.range.first;
    if (in.used[c] || k < first + 2 || !ctx.role(k - 2, lang::kComparison) || !ctx.role(k - 1, lang::kNeuterClitic)) continue;
    if (!(m.cue->frames & lang::kFramePostposed) || m.passive || m.mood == lang::Mood::present_participle) continue;
    const TokenRange source = phrase_after(ctx, m.range.end, end);
    if (source.empty() || !names_a_speaker(ctx, source)) continue;
    Finding f = finding_for(in, m);
    f.source = source;
    f.cue = {k - 2, m.range.end};  // "comme le" is part of it
    if (k - 2 == first) {
      if (source.end >= end || !ctx.is_comma(source.end)) continue;
      f.content = {source.end + 1, content_end(in, source.end + 1)};
      f.rule = "fr.comme.preposed";
    } else {
      const uint32_t before = ctx.is_comma(k - 3) ? k - 3 : k - 2;
      const uint32_t start = content_start_before(in, before);
      if (start >= before) continue;
      f.content = {start, before};
      f.rule = "fr.comme.postposed";
    }
    if (f.content.empty()) continue;
    in.used[c] = true;
    out.push_back(f);
  }
}

namespace {

// How far an according-to phrase's complements run from `from`: to the
// comma that closes them, when only a noun phrase's words (no verb of its
// own, no quotation, no clause) lie between; else `from`.
uint32_t complements_to_comma(const Context& ctx, uint32_t from, uint32_t end) {
  constexpr uint32_t kMaxComplements = 16;
  for (uint32_t k = from; k < end && k < from + kMaxComplements; ++k) {
    if (ctx.is_comma(k)) return k;
    if (ctx.is_punct(k) || ctx.is_quote_mark(k) || ctx.is_que(k) || finite_verb_at(ctx, k) || clause_starts(ctx, k, end))
      return from;
  }
  return from;
}

}  // namespace

void find_according_to(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  const uint32_t first = in.sentence.first_token;
  const uint32_t end = in.sentence.end_token;
  for (uint32_t i = first; i < end && !sentence_full(in, out); ++i) {
    bool initial_only = false;
    const uint32_t after = match_according_to(ctx, i, end, initial_only);
    if (after == 0) continue;
    // Already the source of another attribution: "a-t-on appris de source proche du dossier".
    const auto sentence_findings = out.begin() + static_cast<std::ptrdiff_t>(in.first_finding);
    const bool taken = std::any_of(sentence_findings, out.end(), [&](const Finding& f) {
      return f.sentence == in.sentence_index && f.source.first <= i + 1 && i + 1 < f.source.end;
    });
    if (taken) continue;
    // Preposed: at the start of the sentence, or after an opening conjunction ("Mais selon X,").
    const bool sentence_initial = i == first || (i == first + 1 && ctx.is_conjunction(first));
    if (initial_only && !sentence_initial) continue;
    // The source: "selon lui", or a noun phrase up to the comma or the end.
    TokenRange source;
    if (stressed_pronoun(ctx, after)) {
      source = {after, after + 1};
    } else if (const TokenRange handle = handle_at(ctx, after, end); !handle.empty()) {
      source = handle;  // "selon @compte": an account, as written
    } else {
      source = phrase_after(ctx, after, end);
    }
    if (source.empty() || !names_a_speaker(ctx, source)) continue;
    // "According to a report by the agency, ...": at the sentence's start the
    // source runs on over its complements to the comma that closes the phrase.
    if (sentence_initial && source.end < end && !ctx.is_comma(source.end))
      source.end = complements_to_comma(ctx, source.end, end);
    const bool followed_by_comma = source.end < end && ctx.is_comma(source.end);
    Finding f;
    f.source = source;
    f.cue = {i, after};
    f.cue_lemma = ctx.according_to_lemma();
    f.sentence = in.sentence_index;
    if (sentence_initial) {
      if (!followed_by_comma) continue;
      // The content starts after what still belongs to the source (", qui ...,")
      // and after an incise that is itself an attribution (", est-il souligné dans X,").
      uint32_t start = source.end + 1;
      for (int hops = 0; hops < 3 && start < end; ++hops) {
        const bool relative = ctx.role(start, lang::kRelativePronoun);
        if (!relative && cue_at(in, start) < 0) break;
        const uint32_t close = incise_end(ctx, start - 1, end);
        if (close == start - 1) break;
        start = close + 1;
      }
      f.content = {start, content_end(in, start)};
      f.rule = "fr.according_to.preposed";
    } else {
      if (i < first + 2) continue;
      // Without a comma before it, "selon X" counts only when X ends the sentence or its clause.
      if (!ctx.is_comma(i - 1) && !(source.end >= end || ctx.is_punct(source.end) || clause_starts(ctx, source.end, end)))
        continue;
      const uint32_t before = ctx.is_comma(i - 1) ? i - 1 : i;
      uint32_t start = content_start_before(in, before);
      // "(mille selon les organisateurs)": the content is what the parenthesis holds.
      for (uint32_t k = before; k > start; --k) {
        if (ctx.is(k - 1, ")")) break;
        if (ctx.is(k - 1, "(")) {
          start = k;
          break;
        }
      }
      if (start >= before) continue;
      f.content = {start, before};
      f.rule = "fr.according_to.postposed";
      // "CONTENT, selon elles, CONTENT.": the content surrounds the incise
      // (but ", qui représente le secteur" still describes the source).
      const bool relative = source.end + 1 < end && ctx.role(source.end + 1, lang::kRelativePronoun);
      if (followed_by_comma && !relative && source.end + 1 < end && cue_at(in, source.end + 1) < 0) {
        const uint32_t tail_end = content_end(in, source.end + 1);
        if (tail_end > source.end + 1) {
          f.content.end = tail_end;
          f.rule = "fr.according_to.incise";
        }
      }
    }
    if (f.content.empty()) continue;
    out.push_back(f);
    i = source.end;
  }
}

}  // namespace whosaid::extract
