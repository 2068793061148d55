#include "extract/extractor.h"

#include <algorithm>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>

#include "extract/cue_finder.h"
#include "extract/dateline.h"
#include "extract/finding.h"
#include "extract/incise.h"
#include "extract/mention_features.h"
#include "extract/nesting.h"

namespace whosaid::extract {
namespace {

// Rule ids name the language their patterns were first written for, before
// the first dot ("fr.que"); a document in another language reports the same
// pattern, run on its own language's data, under its own code
// ("en.reported.que"). Interned once per name, as rules are static strings.
std::string_view rule_in_language(std::string_view rule, std::string_view code) {
  const size_t dot = rule.find('.');
  if (dot == std::string_view::npos || code.empty() || rule.substr(0, dot) == code) return rule;
  static std::mutex mutex;
  static std::set<std::string, std::less<>> names;
  std::string name = std::string(code) + std::string(rule.substr(dot));
  std::lock_guard lock(mutex);
  return *names.insert(std::move(name)).first;
}

// The content without the marks of a quotation that is all of it.
TokenRange without_own_marks(const Context& ctx, TokenRange r) {
  if (r.end - r.first < 2) return r;
  const Token& first = ctx.token(r.first);
  const Token& last = ctx.token(r.end - 1);
  if (first.kind == TokenKind::quote_open && first.quote >= 0) {
    const Quotation& q = ctx.doc().quotes[first.quote];
    // Only when the quotation is all of the content (or runs on past it):
    // « le mépris » de la direction keeps its marks.
    const bool whole = last.kind == TokenKind::quote_close && q.closed && q.end_token == r.end - 1;
    const bool runs_on = q.end_token >= r.end;
    if (q.first_token == r.first + 1 && (whole || runs_on)) {
      ++r.first;
      if (whole) --r.end;
    }
  }
  return r;
}

// Words before each token (and the total at the end): a quotation's word
// count in constant time, however deeply quotations nest.
std::vector<uint32_t> words_before(const Context& ctx) {
  std::vector<uint32_t> counts(ctx.size() + 1, 0);
  for (uint32_t i = 0; i < ctx.size(); ++i) counts[i + 1] = counts[i] + (ctx.token(i).kind == TokenKind::word ? 1 : 0);
  return counts;
}

QuoteKind quote_kind(const Context& ctx, const std::vector<uint32_t>& words, TokenRange content) {
  if (content.empty()) return QuoteKind::none;
  content = without_own_marks(ctx, content);
  // Direct: the content is one quotation.
  const Token& first = ctx.token(content.first);
  if (first.quote >= 0) {
    const Quotation& q = ctx.doc().quotes[first.quote];
    if (q.first_token <= content.first && q.end_token >= content.end) return QuoteKind::direct;
  }
  // Mixed: reported speech holding any quoted stretch, even one word: a
  // scare-quoted term inside a reported content still makes it mixed
  // (GUIDELINES 6: "a dénoncé une « mascarade »").
  for (uint32_t i = content.first; i < content.end; ++i) {
    const Token& t = ctx.token(i);
    if (t.kind != TokenKind::quote_open || t.quote < 0) continue;
    const Quotation& q = ctx.doc().quotes[t.quote];
    if (words[q.end_token] > words[q.first_token]) return QuoteKind::mixed;
  }
  return QuoteKind::indirect;
}

// The document's mentions by span, so that a source named by several
// findings is one mention, found in constant time.
using MentionIndex = std::unordered_map<uint64_t, int32_t>;
uint64_t key_of(Span s) { return (static_cast<uint64_t>(s.begin) << 32) | s.end; }

// The span of a finding's source: its phrase, or an inverted cue's clitic;
// empty when it has none.
Span source_span(const Context& ctx, const Finding& f) {
  if (!f.source.empty()) return ctx.span(f.source);
  if (!f.clitic.empty()) return f.clitic;
  return {};
}

// Adds (or finds) the mention for a finding's source; returns its index.
int32_t mention_for(Context& ctx, Document& doc, MentionIndex& index, const Finding& f) {
  const Span span = source_span(ctx, f);
  if (span.empty()) return -1;
  const auto [found, added] = index.try_emplace(key_of(span), static_cast<int32_t>(doc.mentions.size()));
  if (!added) return found->second;
  Mention mention = f.source.empty() ? clitic_mention(f.clitic, f.clitic_gender, f.clitic_plural)
                                     : phrase_mention(ctx, f.source);
  mention.sentence = f.sentence;
  doc.mentions.push_back(mention);
  return static_cast<int32_t>(doc.mentions.size() - 1);
}

// Drops the attributions that would nest deeper than kMaxNestingDepth, then
// numbers the rest, links their parents and gives them their mentions, in
// order, so that a source's mention is made by its first kept attribution.
void keep_nesting_depth(Context& ctx, Document& doc, const std::vector<Finding>& findings) {
  const std::vector<bool> keep = within_nesting_depth(doc.attributions);
  std::vector<Attribution> kept;
  std::vector<uint32_t> origin;
  for (size_t k = 0; k < doc.attributions.size(); ++k) {
    if (!keep[k]) continue;
    kept.push_back(std::move(doc.attributions[k]));
    origin.push_back(static_cast<uint32_t>(k));
  }
  doc.attributions = std::move(kept);
  link_parents(doc);
  MentionIndex mention_index;
  for (size_t k = 0; k < doc.attributions.size(); ++k) {
    Attribution& a = doc.attributions[k];
    a.id = static_cast<uint32_t>(k + 1);
    const Finding& f = findings[origin[k]];
    a.source_mention = mention_for(ctx, doc, mention_index, f);
    // The words that name the source ("who") may differ from its mention
    // (the antecedent, which the entity stage resolves).
    a.source = a.source_mention < 0             ? Span{}
               : !f.written_source.empty() ? ctx.span(f.written_source)
                                           : doc.mentions[static_cast<size_t>(a.source_mention)].span;
  }
}

// "S'il jugeait que ..., le maire annulerait": a speaker inside a hypothesis
// says nothing. The source right after a hypothetical conjunction marks it;
// after an adverb ("même si le maire affirme que") the clause concedes a
// real statement and stays.
bool hypothetical(const Context& ctx, const Finding& f) {
  if (f.source.empty() || f.source.first == 0) return false;
  const uint32_t before = f.source.first - 1;
  if (!ctx.has(before, lang::kHypothetical)) return false;
  return before == 0 || !ctx.is_adverb(before - 1);
}

void drop_hypothetical(const Context& ctx, std::vector<Finding>& findings, size_t from) {
  const auto kept = std::remove_if(findings.begin() + static_cast<std::ptrdiff_t>(from), findings.end(),
                                   [&](const Finding& f) { return hypothetical(ctx, f); });
  findings.erase(kept, findings.end());
}

}  // namespace

void extract_attributions(Context& ctx, Document& doc) {
  doc.mentions.clear();
  doc.attributions.clear();
  std::vector<Finding> findings;
  std::vector<bool> used;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    // Headlines are sentences too ("X assure : ..."); a heading with no cue gives nothing.
    // A dateline that opens the paragraph is no part of its first sentence.
    const Sentence sentence = without_dateline(ctx, doc.sentences[s]);
    const std::vector<CueMatch> cues = find_cues(ctx, sentence);
    used.assign(cues.size(), false);
    const SentenceInput in{ctx, sentence, s, cues, used, findings.size()};
    const size_t before = findings.size();
    find_clefts(in, findings);
    find_comme_cue(in, findings);
    find_refusals(in, findings);
    find_postposed(in, findings);
    find_subject_first_tags(in, findings);
    // A cue inside a quotation is only ever the tag of that quotation.
    for (size_t c = 0; c < cues.size(); ++c)
      if (cues[c].inside_quotation) used[c] = true;
    find_reported_speech(in, findings);
    find_according_to(in, findings);
    find_passive_agent(in, findings);
    find_raising(in, findings);
    find_privative_refusals(in, findings);
    find_colon_quotes(in, findings);
    find_headline_quotes(in, findings);
    find_headline_claims(in, findings);
    drop_hypothetical(ctx, findings, before);
    // Text order within the sentence.
    std::stable_sort(findings.begin() + static_cast<std::ptrdiff_t>(before), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.cue.first < b.cue.first; });
    if (findings.size() - before > kMaxAttributionsPerSentence)
      findings.resize(before + kMaxAttributionsPerSentence);
    // Coordinated findings share the source of the nearest earlier finding of
    // the sentence that has one (their families saw "the previous finding";
    // after sorting, look again). The source is copied, so the finding stands alone.
    for (size_t k = before; k < findings.size(); ++k) {
      if (findings[k].inherits_source_of < 0) continue;
      int32_t j = static_cast<int32_t>(k) - 1;
      while (j >= static_cast<int32_t>(before) && findings[j].source.empty() && findings[j].clitic.empty()) --j;
      if (j >= static_cast<int32_t>(before)) {
        findings[k].source = findings[j].source;
        findings[k].written_source = findings[j].written_source;
        findings[k].clitic = findings[j].clitic;
        findings[k].clitic_gender = findings[j].clitic_gender;
        findings[k].clitic_plural = findings[j].clitic_plural;
      }
      findings[k].inherits_source_of = -1;
    }
  }

  // A quotation sentence after its speaker's sentence: sentences with no attribution of their own.
  std::vector<bool> sentence_has_finding(doc.sentences.size(), false);
  for (const Finding& f : findings) sentence_has_finding[f.sentence] = true;
  join_resumed_quotations(ctx, sentence_has_finding, findings);
  find_quotes_after_subject(ctx, sentence_has_finding, findings);

  // Pulled quotes: paragraphs with no attribution of their own.
  std::vector<bool> paragraph_has_finding(doc.paragraphs.size(), false);
  for (const Finding& f : findings) paragraph_has_finding[doc.sentences[f.sentence].paragraph] = true;
  find_pulled_quotes(ctx, paragraph_has_finding, findings);
  find_signed_quotes(ctx, findings);
  find_speaker_labels(ctx, paragraph_has_finding, findings);
  find_embedded_posts(ctx, paragraph_has_finding, findings);
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    const uint32_t anchor_a = a.cue.empty() ? a.content.first : a.cue.first;
    const uint32_t anchor_b = b.cue.empty() ? b.content.first : b.cue.first;
    return a.sentence != b.sentence ? a.sentence < b.sentence : anchor_a < anchor_b;
  });

  const std::vector<uint32_t> words = words_before(ctx);
  for (size_t k = 0; k < findings.size(); ++k) {
    const Finding& f = findings[k];
    Attribution a;
    a.source = source_span(ctx, f);
    a.cue = ctx.span(f.cue);
    a.cue_lemma = std::string(f.cue_lemma);
    a.type = f.type;
    a.belief = f.belief;
    if (f.type != AttributionType::refusal || !f.content.empty()) {
      const TokenRange content = without_own_marks(ctx, f.content);
      a.content = ctx.span(content);
      a.incise = incise_in_content(ctx, f, content);
    }
    a.quote = f.type == AttributionType::refusal ? QuoteKind::none
              : f.verbatim                          ? QuoteKind::direct
                                                    : quote_kind(ctx, words, f.content);
    if (f.recipient) a.recipient = ctx.span(*f.recipient);
    a.section = doc.section_at(a.cue.empty() ? a.content.begin : a.cue.begin);
    a.sentence = f.sentence;
    a.rule = rule_in_language(f.rule, ctx.lexicon().code());
    doc.attributions.push_back(std::move(a));
  }
  keep_nesting_depth(ctx, doc, findings);
}

}  // namespace whosaid::extract
