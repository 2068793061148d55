// Pulled quotes: a paragraph that is one quotation, with the speaker's name
// (and role) set on the line under it, and perhaps the outlet on the next:
//
//   « Je ne joue pas autant de tournois. [...] »
//
//   Jeanne Martin, directrice de l'association
//
//   à franceinfo
//
// No word carries the attribution: the cue is empty, the rule says why.
#include <algorithm>

#include "extract/finding.h"
#include "extract/noun_phrase.h"

namespace whosaid::extract {
namespace {

constexpr uint32_t kMaxNameLine = 16;  // tokens: a name with a role, not a sentence

// Whether quotation q runs to the end of [floor, end), final punctuation
// aside: the quotation is all that is left of the sentence or paragraph.
bool quotation_ends(const Context& ctx, const Quotation& q, uint32_t floor, uint32_t end) {
  uint32_t last = end;
  while (last > floor && ctx.is_punct(last - 1)) --last;
  return (q.closed ? q.end_token + 1 : q.end_token) >= last;
}

// The paragraph's tokens [first, end).
TokenRange paragraph_tokens(const Document& doc, const Paragraph& p) {
  if (p.first_sentence >= p.end_sentence) return {};
  return {doc.sentences[p.first_sentence].first_token, doc.sentences[p.end_sentence - 1].end_token};
}

// A short line that names a speaker and says nothing else.
bool is_name_line(const Context& ctx, const Paragraph& p, TokenRange r) {
  if (r.empty() || p.end_sentence - p.first_sentence != 1 || r.end - r.first > kMaxNameLine) return false;
  if (!ctx.doc().sentences[p.first_sentence].heading) return false;
  return plausible_source(ctx, r) && names_a_speaker(ctx, r);
}

// Whether a phrase names a person: a title or a person noun, or a full name
// (two capitalized words in a row).
bool names_a_person(const Context& ctx, TokenRange r) {
  for (uint32_t i = r.first; i < r.end; ++i) {
    const lang::LexEntry* e = ctx.entry(i);
    if (e && (e->flags & lang::kTitle)) return true;
    if (e && (e->flags & lang::kSourceNoun) && e->noun_kind == EntityKind::person) return true;
    if (i + 1 < r.end && ctx.capitalized(i) && ctx.capitalized(i + 1) && !ctx.has(i, lang::kStopword | lang::kDeterminer) &&
        !ctx.has(i + 1, lang::kStopword | lang::kDeterminer))
      return true;
  }
  return false;
}

// Whether a title's phrase names a speaker: a person (names_a_person), or a
// source, organization or institution noun.
bool names_someone(const Context& ctx, TokenRange r) {
  if (names_a_person(ctx, r)) return true;
  for (uint32_t i = r.first; i < r.end; ++i)
    if (ctx.has(i, lang::kSourceNoun | lang::kOrganizationNoun | lang::kInstitution)) return true;
  return false;
}

}  // namespace

void find_colon_quotes(const SentenceInput& in, std::vector<Finding>& out) {
  // Only sentences with no cue: "X ne compte pas céder : « QUOTE »".
  if (!in.cues.empty()) return;
  const Context& ctx = in.ctx;
  const uint32_t first = in.sentence.first_token;
  const uint32_t end = in.sentence.end_token;
  uint32_t colon = first;
  while (colon < end && !ctx.is(colon, ":")) ++colon;
  if (colon + 1 >= end || ctx.token(colon + 1).kind != TokenKind::quote_open) return;
  const int32_t qi = ctx.token(colon + 1).quote;
  if (qi < 0) return;
  const Quotation& q = ctx.doc().quotes[qi];
  if (q.first_token != colon + 2 || q.end_token - q.first_token < 3) return;
  // The quotation ends the sentence (its final punctuation aside).
  if (!quotation_ends(ctx, q, colon, end)) return;
  // The subject: from the sentence start to the verb, which a negation, a
  // clitic or an auxiliary announces.
  uint32_t subject_end = first;
  while (subject_end < colon && !ctx.has(subject_end, lang::kNegation | lang::kAuxiliary | lang::kModal) &&
         !ctx.role(subject_end, lang::kReflexiveClitic) && !ctx.is_comma(subject_end))
    ++subject_end;
  const TokenRange subject{first, subject_end};
  if (subject_end == colon || !plausible_source(ctx, subject) || !names_a_person(ctx, subject)) return;
  Finding f;
  f.source = subject;
  f.content = {q.first_token, q.end_token};
  f.sentence = in.sentence_index;
  f.rule = "fr.colon.no_cue";
  out.push_back(f);
}

// Headlines (GUIDELINES 5.5): a title line that ends with a quotation and
// names its speaker right before it, with no verb of saying:
//   Jeanne Martin : « Nous ne lâcherons rien »
//   Grève des bus : la directrice du réseau « confiante »
// The source runs from the title's start, or from its last colon (a topic
// before it), to the quotation (its colon aside). It must name someone: a
// person's full name or title, or a source, organization or institution
// noun; a title whose quotation has no source in it ("Vidéo : « ... »") is
// no attribution.
void find_headline_quotes(const SentenceInput& in, std::vector<Finding>& out) {
  if (!in.sentence.heading || !in.cues.empty()) return;
  const Context& ctx = in.ctx;
  const uint32_t first = in.sentence.first_token;
  const uint32_t end = in.sentence.end_token;
  for (uint32_t open = first + 1; open < end; ++open) {
    if (ctx.token(open).kind != TokenKind::quote_open || ctx.token(open).quote < 0) continue;
    const Quotation& q = ctx.doc().quotes[ctx.token(open).quote];
    if (q.first_token != open + 1 || q.end_token <= q.first_token) return;
    if (!quotation_ends(ctx, q, first, end)) return;  // the quotation must end the title
    uint32_t source_end = open;
    if (ctx.is(source_end - 1, ":")) --source_end;
    // Back over the noun phrases and their complements (prepositional
    // phrases, an apposition after a comma) to the title's start or a colon:
    // anything else before the quotation (a participle, a clause) makes the
    // title a sentence about someone, not a quotation of them.
    uint32_t source_first = source_end;
    while (source_first > first) {
      const uint32_t k = source_first - 1;
      const Chunk& c = ctx.chunk_of(k);
      if (c.kind == ChunkKind::noun_phrase || c.kind == ChunkKind::prep_phrase) {
        source_first = std::max(first, c.first_token);
        continue;
      }
      if (ctx.is_comma(k) && source_first < source_end && ctx.chunk_of(source_first).apposition_of >= 0) {
        source_first = k;
        continue;
      }
      break;
    }
    if (source_first > first && !ctx.is(source_first - 1, ":")) return;
    const TokenRange source{source_first, source_end};
    if (source.empty() || !plausible_source(ctx, source)) return;
    if (!names_someone(ctx, source)) return;
    Finding f;
    f.source = source;
    f.content = {q.first_token, q.end_token};
    f.sentence = in.sentence_index;
    f.rule = "fr.headline";
    out.push_back(f);
    return;
  }
}

namespace {

// Whether a line break lies between token i - 1 and token i (or i starts
// its paragraph's text).
bool line_starts_at(const Context& ctx, uint32_t i) {
  if (i == 0) return true;
  const std::string_view text = ctx.doc().text;
  const uint32_t from = ctx.token(i - 1).original.end, to = ctx.token(i).original.begin;
  return text.substr(from, to - from).find('\n') != std::string_view::npos;
}

// "« QUOTE » — Jeanne Martin": the name after the dash that follows a closed
// quotation, running to the end of its line; empty when there is none.
TokenRange signature_after(const Context& ctx, const Quotation& q, uint32_t end) {
  if (!q.closed) return {};
  uint32_t dash = q.end_token + 1;
  if (dash < end && ctx.is_punct(dash) && !ctx.is_dash(dash) && !line_starts_at(ctx, dash)) ++dash;  // "» ." before the dash
  if (dash >= end || !ctx.is_dash(dash) || line_starts_at(ctx, dash)) return {};
  uint32_t last = dash + 1;
  while (last < end && !line_starts_at(ctx, last) && last - dash <= kMaxNameLine) ++last;
  if (last - dash > kMaxNameLine) return {};
  while (last > dash + 1 && ctx.is_punct(last - 1)) --last;
  const TokenRange name{dash + 1, last};
  if (name.empty() || !plausible_source(ctx, name) || !names_a_person(ctx, name)) return {};
  return name;
}

}  // namespace

namespace {

constexpr uint32_t kMaxTitle = 40;  // tokens of a title line

// Whether the words before a title's colon name its speaker: a full name, a
// title, a source, organization or institution noun, or a name ("Lindqvist:").
bool names_title_speaker(const Context& ctx, TokenRange r) {
  if (names_someone(ctx, r)) return true;
  if (r.end - r.first > 3) return false;
  for (uint32_t i = r.first; i < r.end; ++i)
    if (!ctx.capitalized(i) || ctx.tagged(i).upos != Upos::PROPN || ctx.has(i, lang::kNationality)) return false;
  return true;
}

}  // namespace

bool is_title(const SentenceInput& in) {
  if (in.sentence.heading) return true;
  const Document& doc = in.ctx.doc();
  return in.sentence_index == 0 && !doc.paragraphs.empty() && doc.paragraphs[0].end_sentence == 1 &&
         in.sentence.end_token - in.sentence.first_token <= kMaxTitle;
}

// English headlines (syntax.tsv headline_speaker colon): "NAME: CLAIM" with
// no quotation marks, the colon its cue.
//   Valbourg Mayor: Bridge Will Reopen in June
//   Poll: Voters Back the Plan
void find_headline_claims(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  if (!ctx.lexicon().headline_colon_speaks() || !is_title(in)) return;
  const uint32_t first = in.sentence.first_token;
  const uint32_t end = in.sentence.end_token;
  uint32_t colon = first;
  while (colon < end && colon - first <= kMaxNameLine && !ctx.is(colon, ":") && !ctx.is_quote_mark(colon)) ++colon;
  if (colon == first || colon >= end || !ctx.is(colon, ":")) return;
  const TokenRange source{first, colon};
  if (!plausible_source(ctx, source) || !names_title_speaker(ctx, source)) return;
  // A label all in capitals is a transcript's speaker (find_speaker_labels
  // reads it with the paragraphs after it) or a heading's kicker ("UPDATE:",
  // "WATCH:"), never a headline's speaker.
  bool all_caps = true;
  for (uint32_t i = first; i < colon && all_caps; ++i) all_caps = ctx.token(i).has(kAllCaps) || ctx.is_punct(i);
  if (all_caps) return;
  uint32_t last = end;
  while (last > colon + 1 && ctx.is_punct(last - 1)) --last;
  if (last < colon + 3) return;  // a claim of two words at least
  // A quotation after the colon is the headline rule's (find_headline_quotes).
  const auto sentence_findings = out.begin() + static_cast<std::ptrdiff_t>(in.first_finding);
  if (std::any_of(sentence_findings, out.end(), [&](const Finding& f) { return f.source.first < colon && first < f.source.end; }))
    return;
  Finding f;
  f.source = source;
  f.cue = {colon, colon + 1};
  f.content = {colon + 1, last};
  f.sentence = in.sentence_index;
  f.rule = "fr.headline.colon";
  out.push_back(f);
}

void find_pulled_quotes(const Context& ctx, const std::vector<bool>& paragraph_has_finding, std::vector<Finding>& out) {
  const Document& doc = ctx.doc();
  for (uint32_t p = 0; p + 1 < doc.paragraphs.size(); ++p) {
    if (paragraph_has_finding[p]) continue;
    const TokenRange quote_par = paragraph_tokens(doc, doc.paragraphs[p]);
    if (quote_par.empty() || ctx.token(quote_par.first).kind != TokenKind::quote_open) continue;
    const int32_t qi = ctx.token(quote_par.first).quote;
    if (qi < 0) continue;
    const Quotation& q = doc.quotes[qi];
    if (q.first_token != quote_par.first + 1) continue;
    // The quotation is the whole paragraph (its final punctuation aside).
    if (!quotation_ends(ctx, q, quote_par.first, quote_par.end)) continue;

    const TokenRange name = paragraph_tokens(doc, doc.paragraphs[p + 1]);
    if (!is_name_line(ctx, doc.paragraphs[p + 1], name)) continue;
    Finding f;
    f.source = name;
    f.content = {q.first_token, q.end_token};
    f.sentence = doc.paragraphs[p].first_sentence;
    f.rule = "fr.pulled_quote";
    // "à franceinfo" on the next line: the outlet it was said to.
    if (p + 2 < doc.paragraphs.size()) {
      const TokenRange outlet = paragraph_tokens(doc, doc.paragraphs[p + 2]);
      if (!outlet.empty() && outlet.end - outlet.first <= 6 && ctx.role(outlet.first, lang::kDative) && !ctx.role(outlet.first, lang::kContracted) && outlet.end > outlet.first + 1)
        f.recipient = TokenRange{outlet.first + 1, outlet.end};
    }
    out.push_back(f);
  }
}

void find_signed_quotes(const Context& ctx, std::vector<Finding>& out) {
  const Document& doc = ctx.doc();
  const size_t found = out.size();
  for (const Quotation& q : doc.quotes) {
    // The quotation opens its line: "« A » — X" in a list, not a quotation
    // inside a sentence followed by a dash.
    if (q.first_token == 0 || !line_starts_at(ctx, q.first_token - 1)) continue;
    const Paragraph& paragraph = doc.paragraphs[ctx.sentence_of(q.first_token - 1).paragraph];
    const uint32_t end = doc.sentences[paragraph.end_sentence - 1].end_token;
    const TokenRange name = signature_after(ctx, q, end);
    if (name.empty()) continue;
    const TokenRange content{q.first_token, q.end_token};
    const bool attributed = std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(found), [&](const Finding& f) {
      return !f.content.empty() && f.content.first < content.end && content.first < f.content.end;
    });
    if (attributed) continue;
    Finding f;
    f.cue = {name.first - 1, name.first};  // the dash is what attributes the words
    f.source = name;
    f.content = content;
    f.sentence = ctx.sentence_index(name.first - 1);
    f.rule = "fr.signed_quote";
    out.push_back(f);
  }
}

// A sentence that is one quotation, with no attribution of its own, right
// after a sentence of the same paragraph whose subject names someone: that
// subject is the speaker (GUIDELINES 1.1, cue-less quotations):
//   La directrice de l'usine a visité l'atelier. « Tout le monde a bien travaillé. »
// A sentence that has an attribution itself, or one that is a quotation
// already attributed, is left alone.
namespace {

// The quotation that is the whole of sentence s (its final punctuation
// aside), or nullptr.
const Quotation* sentence_quotation(const Context& ctx, uint32_t s) {
  const Sentence& sentence = ctx.doc().sentences[s];
  const uint32_t first = sentence.first_token, end = sentence.end_token;
  if (first >= end || ctx.token(first).kind != TokenKind::quote_open || ctx.token(first).quote < 0) return nullptr;
  const Quotation& q = ctx.doc().quotes[ctx.token(first).quote];
  if (q.first_token != first + 1 || !q.closed || q.end_token >= end) return nullptr;
  return quotation_ends(ctx, q, first, end) ? &q : nullptr;
}

}  // namespace

void join_resumed_quotations(const Context& ctx, std::vector<bool>& sentence_has_finding, std::vector<Finding>& findings) {
  if (!ctx.lexicon().resumed_quotation_joins()) return;
  const Document& doc = ctx.doc();
  for (Finding& f : findings) {
    if (f.type == AttributionType::refusal || f.content.empty()) continue;
    // The content is a quotation (or ends one) in its own sentence.
    const Token& last = ctx.token(f.content.end - 1);
    const bool quoted_end = last.quote >= 0 || (f.content.end < ctx.size() && ctx.token(f.content.end).kind == TokenKind::quote_close);
    if (!quoted_end) continue;
    const uint32_t paragraph = doc.sentences[f.sentence].paragraph;
    for (uint32_t s = f.sentence + 1; s < doc.sentences.size() && !sentence_has_finding[s]; ++s) {
      if (doc.sentences[s].paragraph != paragraph) break;
      const Quotation* q = sentence_quotation(ctx, s);
      // A quotation of several sentences ("'A. ... B.'"), opened at this one's start.
      const uint32_t first = doc.sentences[s].first_token;
      if (q == nullptr && ctx.token(first).kind == TokenKind::quote_open && ctx.token(first).quote >= 0) {
        const Quotation& longer = doc.quotes[ctx.token(first).quote];
        if (longer.first_token == first + 1 && longer.closed) q = &longer;
      }
      if (q == nullptr) break;
      bool free = true;  // no sentence it covers has a finding of its own
      uint32_t last_sentence = s;
      while (last_sentence + 1 < doc.sentences.size() && doc.sentences[last_sentence + 1].first_token < q->end_token)
        free = free && !sentence_has_finding[++last_sentence];
      if (!free || doc.sentences[last_sentence].paragraph != paragraph) break;
      // Marks in when the content began with its opening mark (it holds the tag too).
      const bool marks = ctx.token(f.content.first).kind == TokenKind::quote_open;
      f.content.end = q->end_token + (marks ? 1 : 0);
      f.verbatim = true;
      for (uint32_t k = s; k <= last_sentence; ++k) sentence_has_finding[k] = true;
      s = last_sentence;
    }
  }
}

void find_quotes_after_subject(const Context& ctx, const std::vector<bool>& sentence_has_finding,
                               std::vector<Finding>& out) {
  const Document& doc = ctx.doc();
  for (const Paragraph& p : doc.paragraphs) {
    for (uint32_t s = p.first_sentence + 1; s < p.end_sentence; ++s) {
      if (sentence_has_finding[s] || sentence_has_finding[s - 1]) continue;
      const Sentence& sentence = doc.sentences[s];
      const uint32_t first = sentence.first_token, end = sentence.end_token;
      if (first >= end || ctx.token(first).kind != TokenKind::quote_open || ctx.token(first).quote < 0) continue;
      const Quotation& q = doc.quotes[ctx.token(first).quote];
      // The quotation is the whole sentence: it closes inside it (one that
      // goes on into the next sentence is that sentence's, "« A. B », dit X").
      if (q.first_token != first + 1 || !q.closed || q.end_token - q.first_token < 3 || q.end_token >= end) continue;
      if (!quotation_ends(ctx, q, first, end)) continue;
      const Sentence& before = doc.sentences[s - 1];
      if (before.heading) continue;
      const TokenRange subject = sentence_subject(ctx, before.first_token, before.end_token);
      if (subject.empty()) continue;
      Finding f;
      f.source = subject;
      f.content = {q.first_token, q.end_token};
      f.sentence = s;
      f.rule = "fr.quote.after_subject";
      out.push_back(f);
    }
  }
}

namespace {

constexpr uint32_t kMaxPostName = 8;       // tokens of the name before "(@handle)"
constexpr uint32_t kMaxPostSignature = 24; // the whole signature line, its date included

// The signature line of an embedded post: "— Jeanne Martin (@jmartin) March
// 3, 2023". Returns the name with its handle ("Jeanne Martin (@jmartin)"), or
// an empty range.
TokenRange post_signature(const Context& ctx, const Paragraph& p, TokenRange r) {
  if (r.end - r.first < 5 || r.end - r.first > kMaxPostSignature || p.end_sentence - p.first_sentence > 2) return {};
  if (!ctx.is_dash(r.first)) return {};
  uint32_t open = r.first + 1;
  while (open < r.end && !ctx.is(open, "(") && open - r.first <= kMaxPostName) {
    if (ctx.tagged(open).upos == Upos::VERB || ctx.tagged(open).upos == Upos::AUX) return {};
    ++open;
  }
  if (open >= r.end || !ctx.is(open, "(") || open == r.first + 1) return {};
  const TokenRange handle = handle_at(ctx, open + 1, r.end);
  if (handle.empty() || handle.end >= r.end || !ctx.is(handle.end, ")")) return {};
  const TokenRange name{r.first + 1, open};
  if (!names_a_speaker(ctx, name)) return {};
  return {r.first + 1, handle.end + 1};
}

// The post's text without its trailing link ("pic.twitter.com/x",
// "https://t.co/x": tokens glued to each other that hold a "/").
TokenRange post_text(const Context& ctx, TokenRange r) {
  uint32_t k = r.end;
  bool slash = false;
  while (k > r.first + 1 && ctx.token(k - 1).original.begin == ctx.token(k - 2).original.end) {
    slash = slash || ctx.is(k - 1, "/");
    --k;
  }
  slash = slash || ctx.is(k - 1, "/");
  if (slash && k - 1 > r.first) r.end = k - 1;
  return r;
}

}  // namespace

// Embedded posts (GUIDELINES 1.1): a paragraph, then the post's signature
// line under it, as a page's embedded tweet reads once converted to text:
//
//   La fête aura lieu, venez nombreux ! pic.twitter.com/abc
//
//   — Jeanne Martin (@jmartin) March 3, 2023
//
// The source is the name with its handle, as written; no word is the cue.
void find_embedded_posts(const Context& ctx, const std::vector<bool>& paragraph_has_finding, std::vector<Finding>& out) {
  const Document& doc = ctx.doc();
  for (uint32_t p = 0; p + 1 < doc.paragraphs.size(); ++p) {
    if (paragraph_has_finding[p]) continue;
    const TokenRange post = paragraph_tokens(doc, doc.paragraphs[p]);
    if (post.empty()) continue;
    const TokenRange signature = post_signature(ctx, doc.paragraphs[p + 1], paragraph_tokens(doc, doc.paragraphs[p + 1]));
    if (signature.empty()) continue;
    const TokenRange text = post_text(ctx, post);
    if (text.empty()) continue;
    Finding f;
    f.source = signature;
    f.content = text;
    f.sentence = doc.paragraphs[p].first_sentence;
    f.rule = "fr.embedded_post";
    f.verbatim = true;  // a post's words are quoted as they stand (GUIDELINES 6: direct)
    out.push_back(f);
    ++p;  // the signature line is no post of its own
  }
}

}  // namespace whosaid::extract
