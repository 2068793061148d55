// Postposed attributions: the content first, then the cue with its subject
// inverted after it.
//   "CONTENT, ont déclaré à Reuters trois sources russes au fait des discussions."
//   "« QUOTE », a déclaré la source russe."      "« QUOTE », a-t-il ajouté."
//   "CONTENT, estime-t-elle."                      "CONTENT, dit-il, CONTENT."
#include "extract/circumstance.h"
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

// An inverted impersonal clitic ("il") with the passive auxiliary and a
// participle: an impersonal passive ("est-il relevé", "est-il précisé"), not
// a person speaking.
bool impersonal(const CueMatch& m) {
  return m.inverted && m.mood == lang::Mood::past_participle && (m.clitic_roles & lang::kImpersonalPronoun) &&
         m.passive_auxiliary;
}

// "dans la plainte", "dans un communiqué" right after the cue: the phrase.
TokenRange document_after(const Context& ctx, uint32_t i, uint32_t end) {
  if (i >= end || !ctx.role(i, lang::kDocumentPreposition)) return {};
  return phrase_after(ctx, i + 1, end);
}

// "auprès du parquet", "de source proche du dossier": who told the
// impersonal "on". The phrase includes "source" in the second form.
TokenRange informant_after(const Context& ctx, uint32_t i, uint32_t end) {
  // Time words may come first: "a-t-on appris ce vendredi de source ...".
  while (i + 1 < end && (ctx.is_adverb(i) || (ctx.has(i, lang::kDeterminer) && ctx.is_adverb(i + 1)))) ++i;
  if (i + 2 < end && ctx.role(i, lang::kInformantPreposition) && ctx.role(i + 1, lang::kGenitive))
    return phrase_after(ctx, i + 2, end);
  if (i + 1 < end && ctx.role(i, lang::kGenitive) && !ctx.role(i, lang::kContracted) && ctx.has(i + 1, lang::kSourceNoun))
    return phrase_after(ctx, i + 1, end);
  return {};
}

// The inverted subject after the cue and its circumstances: a handle or a
// noun phrase.
TokenRange inverted_subject(const Context& ctx, uint32_t from, uint32_t end) {
  if (const TokenRange handle = handle_at(ctx, from, end); !handle.empty()) return handle;
  return phrase_after(ctx, from, end);
}

// The quotation the cue stands inside, opened before it and closed after it:
// « A, ajoute X. B » is one attribution whose content is the whole
// quotation (-1 when the cue is not inside one).
int32_t quotation_around(const Context& ctx, const CueMatch& m) {
  const int32_t q = ctx.token(m.range.first).quote;
  if (q < 0) return -1;
  const Quotation& quote = ctx.doc().quotes[q];
  if (quote.first_token >= m.range.first || quote.end_token <= m.range.end) return -1;
  return q;
}

// A quotation mark closing a quotation inside another, or the lone
// apostrophe that closes a single-quoted one (no quotation mark of its own:
// the tokenizer cannot tell it from an apostrophe).
bool closes_inner_quotation(const Context& ctx, uint32_t i) {
  return ctx.token(i).kind == TokenKind::quote_close || (ctx.is_punct(i) && ctx.is(i, "'"));
}

// Whether token i ends a content before its speech tag: a comma ("« A »,
// dit-il"), or a closing quotation mark after the quotation's own comma, ?
// or ! (English "'A,' he said", "'Why?' she asked"), also when a quotation
// inside it closes there first ("\"People say, 'Not now,'\" she wrote").
bool ends_content_before_tag(const Context& ctx, uint32_t i, uint32_t sentence_first) {
  if (ctx.is_comma(i)) return true;
  if (i <= sentence_first + 1 || ctx.token(i).kind != TokenKind::quote_close) return false;
  if (closes_inner_quotation(ctx, i - 1) && i > sentence_first + 2) --i;
  return ctx.is_comma(i - 1) || ctx.is(i - 1, "?") || ctx.is(i - 1, "!");
}

// Where that content ends: before the comma, before the quotation's own
// comma ("'A,' he said": A), after the closing mark of a question; a
// quotation closed inside it stays whole.
uint32_t content_end_before_tag(const Context& ctx, uint32_t i) {
  if (ctx.is_comma(i)) return i;
  if (closes_inner_quotation(ctx, i - 1)) return i + 1;
  return ctx.is_comma(i - 1) ? i - 1 : i + 1;
}

// "'Why now?' The senator asked.": a quotation closed on its own ? or !
// ends its sentence, so the tag after it opens the next one; its subject
// first in the sentence and the quotation just before, in the same
// paragraph, it is still the tag of that quotation.
bool tag_after_closed_question(const SentenceInput& in, uint32_t subject_first) {
  const Context& ctx = in.ctx;
  if (subject_first != in.sentence.first_token || in.sentence_index == 0 || subject_first < 3) return false;
  const Sentence& previous = ctx.doc().sentences[in.sentence_index - 1];
  if (previous.paragraph != in.sentence.paragraph || previous.end_token != subject_first) return false;
  const uint32_t mark = subject_first - 1;
  return mark > previous.first_token + 1 && ctx.token(mark).kind == TokenKind::quote_close &&
         (ctx.is(mark - 1, "?") || ctx.is(mark - 1, "!"));
}

// Where the words after a speech tag's cue stop being its complements: the
// first punctuation mark, or an adjunct clause (a subordinating conjunction
// other than the complementizer, a relative pronoun after the first word, a
// preposition before a clause: "said after the council voted").
uint32_t adjunct_clause_from(const Context& ctx, uint32_t from, uint32_t end) {
  for (uint32_t k = from; k < end; ++k) {
    if (ctx.is_punct(k)) return k;
    if (ctx.is_que(k)) continue;
    if (ctx.tagged(k).upos == Upos::SCONJ || (k > from && ctx.role(k, lang::kRelativePronoun))) return k;
    if (ctx.has(k, lang::kPreposition) && bare_clause_at(ctx, k + 1, end)) return k;
  }
  return end;
}

// Whether [first, end) holds a quotation mark or a verb: what a content
// before its tag needs to be one.
bool holds_quotation_or_verb(const Context& ctx, uint32_t first, uint32_t end) {
  for (uint32_t k = first; k < end; ++k) {
    if (ctx.is_quote_mark(k) || ctx.has(k, lang::kAuxiliary | lang::kModal | lang::kCueVerbForm)) return true;
    const Upos u = ctx.tagged(k).upos;
    if (u == Upos::VERB || u == Upos::AUX) return true;
  }
  return false;
}

bool cue_between(const SentenceInput& in, uint32_t first, uint32_t end) {
  for (const CueMatch& c : in.cues)
    if (c.range.first >= first && c.range.first < end) return true;
  return false;
}

}  // namespace

void find_postposed(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  const uint32_t end = in.sentence.end_token;
  for (size_t c = 0; c < in.cues.size(); ++c) {
    const CueMatch& m = in.cues[c];
    if (in.used[c] || !(m.cue->frames & lang::kFramePostposed) || m.passive ||
        m.mood == lang::Mood::present_participle || m.purpose)
      continue;
    const uint32_t first = m.range.first;
    // Content, then a comma (after a closing quotation mark, if any), then the cue.
    if (first < in.sentence.first_token + 2 || !ends_content_before_tag(ctx, first - 1, in.sentence.first_token)) continue;
    if (apposition_before(ctx, first, in.sentence.first_token)) continue;
    // "..., tandis qu'un collègue, Jean Dupont, a dénoncé X": the comma closes
    // the apposition of a subject that a complementizer opened; the cue is
    // that clause's verb, not a tag.
    if (const TokenRange pre = subject_before(ctx, first, in.sentence.first_token, false);
        !pre.empty() && pre.first > in.sentence.first_token && ctx.is_que(pre.first - 1))
      continue;
    const uint32_t comma = first - 1;
    const uint32_t content_last = content_end_before_tag(ctx, comma);

    Finding f = finding_for(in, m);
    TokenRange where;
    uint32_t after = m.range.end;
    if (m.object_clitic != UINT32_MAX) f.recipient = TokenRange{m.object_clitic, m.object_clitic + 1};
    // "a indiqué mardi l'Insee", "a déclaré à Reuters trois sources": adverbs and a recipient may come first.
    // ... and a circumstance: "écrivent dans un communiqué commun les représentants".
    for (int pass = 0; pass < 3; ++pass) {
      after = skip_circumstances(ctx, after, end, false);
      if (TokenRange r = recipient_at(ctx, after, end); !r.empty()) {
        f.recipient = r;
        after = r.end;
      } else if (!(m.inverted && impersonal(m))) {
        after = skip_prepositional_phrase(ctx, after, end);
      }
    }
    if (m.inverted && (m.clitic_roles & lang::kGenericPronoun) && !(where = informant_after(ctx, after, end)).empty()) {
      // "..., a-t-on appris auprès du parquet / de source proche du dossier".
      f.source = where;
      f.rule = "fr.postposed.informant";
    } else if (m.inverted && impersonal(m)) {
      // "..., est-il relevé dans la plainte": the source is the document named after it.
      const TokenRange document = document_after(ctx, after, end);
      if (document.empty()) continue;
      f.source = document;
      f.rule = "fr.postposed.impersonal";
    } else if (m.inverted) {
      take_clitic_source(f, m);
      f.rule = "fr.postposed.inverted";
    } else {
      const uint32_t subject_first = skip_incises(ctx, after, end);
      // "X, the press secretary, noted that ...": a cue that governs a
      // complementizer reports what follows, its subject came before.
      if (subject_first < end && ctx.is_que(subject_first)) continue;
      // "X, a spokeswoman for Y, said many of the examples were ...": a cue
      // that takes a bare clause reports it.
      // (Not when a relative clause comes first: "said a senior official who spoke ...".)
      if ((m.cue->frames & lang::kFrameClause) && bare_clause_at(ctx, subject_first, end)) {
        uint32_t k = subject_first;
        while (k < end && !ctx.role(k, lang::kRelativePronoun) && !finite_verb_at(ctx, k)) ++k;
        if (k < end && !ctx.role(k, lang::kRelativePronoun)) continue;
      }
      const TokenRange subject = inverted_subject(ctx, subject_first, end);
      if (subject.empty()) continue;
      f.source = subject;
      f.rule = "fr.postposed";
    }
    // Content: from the sentence start (or the opening of a quotation that
    // began earlier) to the comma before the cue.
    uint32_t start = content_start_before(in, content_last);
    if (start >= comma) continue;
    // "Golf : « QUOTE », assure X" / "Selon elle, ... : « QUOTE », affirme-t-elle":
    // a quotation opened by a colon is the content, unless what precedes the
    // colon is itself an attribution ("Poutine a dit : « ... »", nested).
    const Token& before_comma = ctx.token(comma - 1);
    if (before_comma.kind == TokenKind::quote_close && before_comma.quote >= 0) {
      const Quotation& q = ctx.doc().quotes[before_comma.quote];
      const uint32_t open = q.first_token - 1;
      if (open > start && ctx.is(open - 1, ":") && !cue_between(in, start, open)) start = open;
    }
    f.content = {start, content_last};
    // "CONTENT, dit-il, CONTENT." : the content goes on after the subject;
    // after a closed quotation only in another quotation ("« A », dit-il,
    // « B »"): "« A », explique-t-il à Valbourg, la ville où ..." ends at A.
    const uint32_t resume = f.source.empty() ? after : f.source.end;
    const bool closed_before = ctx.token(comma - 1).kind == TokenKind::quote_close;
    if (resume < end && ctx.is_comma(resume) && resume + 1 < end && !ctx.has(resume + 1, lang::kAccordingTo) &&
        cue_at(in, resume + 1) < 0 && (!closed_before || ctx.token(resume + 1).kind == TokenKind::quote_open)) {
      const uint32_t tail_end = content_end(in, resume + 1);
      if (tail_end > resume + 2 && m.inverted) f.content.end = tail_end;
    }
    if (const int32_t q = quotation_around(ctx, m); q >= 0 && ctx.doc().quotes[q].first_token >= start) {
      const Quotation& quote = ctx.doc().quotes[q];
      f.content = {quote.first_token, quote.end_token};
      f.rule = "fr.postposed.interrupted";
    }
    in.used[c] = true;
    out.push_back(f);
  }
}

// "'We will not back down,' she said." / "'Why now?' the senator asked." /
// "'We tried,' he said, 'and we failed.'": in a language whose speech tags
// may put their subject first (syntax.tsv tag_subject either), the content,
// a comma (or a quotation closed on its own ? or !), the subject, the cue,
// and after the cue nothing but circumstances and a recipient before the end
// of the sentence or a comma: "'...,' he said that" is not a tag.
void find_subject_first_tags(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  if (!ctx.lexicon().tag_subject_first()) return;
  const uint32_t end = in.sentence.end_token;
  for (size_t c = 0; c < in.cues.size(); ++c) {
    const CueMatch& m = in.cues[c];
    if (in.used[c] || !(m.cue->frames & lang::kFramePostposed) || m.passive || m.inverted ||
        m.mood == lang::Mood::present_participle || m.purpose || m.narrative)
      continue;
    const TokenRange subject = subject_before(ctx, m.range.first, in.sentence.first_token, false);
    if (subject.empty()) continue;
    // A relative clause's cue ("X, who has challenged the firm") is no tag of
    // what comes before its antecedent.
    bool relative = false;
    for (uint32_t k = subject.end; k < m.range.first && !relative; ++k) relative = ctx.role(k, lang::kSubjectRelative);
    if (relative) continue;
    const bool after_question = tag_after_closed_question(in, subject.first);
    if (!after_question && subject.first < in.sentence.first_token + 2) continue;
    const uint32_t mark = subject.first - 1;
    if (!after_question && !ends_content_before_tag(ctx, mark, in.sentence.first_token)) continue;
    Finding f = finding_for(in, m);
    uint32_t after = skip_circumstances(ctx, m.range.end, end, true);
    TokenRange r = recipient_at(ctx, after, end);
    if (r.empty() && (m.cue->frames & lang::kFrameRecipient)) r = object_recipient_at(ctx, after, end);
    if (!r.empty()) {
      f.recipient = r;
      after = skip_circumstances(ctx, r.end, end, true);
    }
    // What follows up to the next comma or the end ("said of the election,
    // in which ...") must not make the cue govern a clause of its own.
    // An adjunct clause ends that stretch, also inside what was skipped as a
    // circumstance: "said after the council voted", "said Friday as he
    // entered", "said at the dinner, where".
    const uint32_t adjunct = adjunct_clause_from(ctx, m.range.end, end);
    bool governs = false;
    for (uint32_t k = after; k < adjunct; ++k)
      if (ctx.is_que(k) || ctx.is_quote_mark(k) || finite_verb_at(ctx, k)) {
        governs = true;
        break;
      }
    // Nor may a clause or an object follow the cue: "For his part, X said he planned ...".
    // "In a statement, X said: ...", "Campaigning in 2012, he mentioned climate change".
    if (after < end && ctx.is(after, ":")) governs = true;
    if (after < adjunct && (ctx.has(after, lang::kSubjectPronoun | lang::kDeterminer) || ctx.starts_noun_phrase(after) ||
                            bare_clause_at(ctx, after, end)))
      governs = true;
    if (after < adjunct && !ctx.is_punct(after)) {
      const Upos u = ctx.tagged(after).upos;
      if (u == Upos::NOUN || u == Upos::PROPN || u == Upos::PRON || u == Upos::NUM) governs = true;
    }
    if (governs) continue;
    const uint32_t content_end_token = content_end_before_tag(ctx, mark);
    const uint32_t start = content_start_before(in, content_end_token);
    if (start >= content_end_token) continue;
    f.source = subject;
    f.content = {start, content_end_token};
    f.rule = "fr.postposed.subject_first";
    // "'A,' he said, 'B.'": the quotation resumed after the tag is the same
    // content; so is a clause the tag interrupts ("Too often, X said, the
    // debate is ..."), as "CONTENT, dit-il, CONTENT".
    // (A closed quotation before the tag is its whole content unless another
    // quotation resumes: "'A,' she said months later, as ..." ends at A.)
    const bool closed_before = !ctx.is_comma(mark);
    // "Asked about it, O'Neill said, 'Not going there.'": after an unquoted
    // opening, the quotation after the cue is its content (reported speech).
    if (!closed_before && after + 1 < end && ctx.is_comma(after) && ctx.token(after + 1).kind == TokenKind::quote_open &&
        ctx.token(content_start_before(in, mark)).kind != TokenKind::quote_open)
      continue;
    if (after < end && ctx.is_comma(after) && after + 1 < end &&
        (!closed_before || ctx.token(after + 1).kind == TokenKind::quote_open)) {
      const bool quoted = ctx.token(after + 1).kind == TokenKind::quote_open;
      const uint32_t tail_end = content_end(in, after + 1);
      if (tail_end > after + 2) {
        f.content.end = tail_end;
        f.verbatim = quoted;  // two quotations of one speaker around the tag: a direct quote
        if (!quoted) f.rule = "fr.postposed.subject_first.incise";
      }
    }
    // A content is a clause or a quotation: "In those fields, citizens feel
    // ..." opens on an adverbial, not on what the citizens feel.
    if (!holds_quotation_or_verb(ctx, f.content.first, f.content.end)) continue;
    in.used[c] = true;
    out.push_back(f);
  }
}

namespace {

// The cleft phrase that opens the sentence ("c'est ce qu'"): the token after
// it, or 0.
uint32_t cleft_end(const Context& ctx, uint32_t first, uint32_t end) {
  const lang::LexEntry* e = ctx.entry(first);
  if (!e) return 0;
  uint32_t best = 0;
  for (uint32_t p = e->phrases_begin; p < e->phrases_end; ++p) {
    const lang::Phrase& ph = ctx.lexicon().phrases()[p];
    if (ph.kind != lang::PhraseKind::cleft) continue;
    uint32_t j = first;
    for (const std::string& w : ph.words) {
      if (j >= end || ctx.word(j) != w) break;
      ++j;
    }
    if (j - first == ph.words.size() && j > best) best = j;
  }
  return best;
}

}  // namespace

void find_clefts(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  const uint32_t end = in.sentence.end_token;
  if (in.sentence_index == 0) return;
  const uint32_t after = cleft_end(ctx, in.sentence.first_token, end);
  if (after == 0) return;
  const int c = cue_at(in, after);
  if (c < 0 || in.used[c] || in.cues[c].passive) return;
  const CueMatch& m = in.cues[c];
  // The content is the sentence before, in the same paragraph.
  const Sentence& previous = ctx.doc().sentences[in.sentence_index - 1];
  if (previous.paragraph != in.sentence.paragraph) return;
  uint32_t content_last = previous.end_token;
  while (content_last > previous.first_token && ctx.is_punct(content_last - 1)) --content_last;
  if (content_last <= previous.first_token + 1) return;
  Finding f = finding_for(in, m);
  if (m.inverted) {
    take_clitic_source(f, m);
  } else {
    f.source = inverted_subject(ctx, skip_circumstances(ctx, m.range.end, end, true), end);
    if (f.source.empty()) return;
  }
  f.content = {previous.first_token, content_last};
  f.rule = "fr.cleft";
  in.used[static_cast<size_t>(c)] = true;
  out.push_back(f);
}

}  // namespace whosaid::extract
