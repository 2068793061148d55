// Finding: what a pattern reports before the extractor turns it into an
// Attribution and a Mention. Patterns work in tokens; the extractor converts.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/attribution.h"
#include "extract/context.h"
#include "extract/cue_finder.h"

namespace whosaid::extract {

struct Finding {
  TokenRange source;                 // the source phrase; empty when the source is a clitic or missing
  TokenRange written_source;         // where the text names the source otherwise, its words ("who": syntax.tsv relative_source pronoun); the mention stays `source`
  Span clitic;                       // "il" of "a-t-il" when the source is an inverted clitic
  Gender clitic_gender = Gender::unknown;
  bool clitic_plural = false;
  int inherits_source_of = -1;       // index of an earlier finding whose source this one shares
  TokenRange cue;                    // the cue's tokens ("a déclaré", "selon", ...); empty for a pulled quote
  std::string_view cue_lemma;
  AttributionType type = AttributionType::statement;
  bool belief = false;
  TokenRange content;                // empty for a refusal
  TokenRange content_gap;            // words inside the content that are none of it ("X seemed to INF": the cue); empty: read off the tag (incise.h)
  bool verbatim = false;             // the content is the source's own words with no quotation mark (a post): direct
  std::optional<TokenRange> recipient;
  uint32_t sentence = 0;
  std::string_view rule;             // stable id: "fr.que", "fr.colon", "fr.postposed", ...
};

// Each pattern family appends what it finds in one sentence. `cues` are the
// sentence's cues; a family marks the cues it used in `used` so that no cue
// yields two attributions.
struct SentenceInput {
  const Context& ctx;
  const Sentence& sentence;
  uint32_t sentence_index;
  const std::vector<CueMatch>& cues;  // in text order
  std::vector<bool>& used;
  size_t first_finding;  // index in `out` of the sentence's first finding
};

// What one sentence may give (docs/reliability.md, "Limits"): real copy
// stays far below; a run-on sentence of cue words stops there, so that the
// work and the output stay linear in the input (an attribution's content
// may run to the sentence's end, so the output grows with this cap times the
// sentence, and nesting within a sentence is no deeper than it).
constexpr size_t kMaxAttributionsPerSentence = 64;
// Whether the sentence has given as many findings as it may.
inline bool sentence_full(const SentenceInput& in, const std::vector<Finding>& out) {
  return out.size() - in.first_finding >= kMaxAttributionsPerSentence;
}

// A title: a heading line, or the document's first paragraph when it is one
// short sentence (a title given with its full stop). pulled_quote.cpp.
bool is_title(const SentenceInput& in);

void find_refusals(const SentenceInput& in, std::vector<Finding>& out);        // refusal.cpp
void find_privative_refusals(const SentenceInput& in, std::vector<Finding>& out);  // refusal.cpp: "sans donner de détails"
void find_postposed(const SentenceInput& in, std::vector<Finding>& out);       // postposed.cpp
void find_subject_first_tags(const SentenceInput& in, std::vector<Finding>& out);  // postposed.cpp: "'...,' he said."
// "'A,' he said. 'B.'": in a language whose syntax.tsv joins resumed
// quotations, the sentences after an attribution's sentence that are one
// quotation, with no finding of their own, continue its content
// (pulled_quote.cpp); they are marked in sentence_has_finding.
void join_resumed_quotations(const Context& ctx, std::vector<bool>& sentence_has_finding, std::vector<Finding>& findings);
void find_clefts(const SentenceInput& in, std::vector<Finding>& out);          // postposed.cpp: "C'est ce qu'a dit X."
void find_reported_speech(const SentenceInput& in, std::vector<Finding>& out); // reported_speech.cpp
void find_according_to(const SentenceInput& in, std::vector<Finding>& out);    // according_to.cpp
void find_comme_cue(const SentenceInput& in, std::vector<Finding>& out);       // according_to.cpp
void find_passive_agent(const SentenceInput& in, std::vector<Finding>& out);   // passive.cpp
void find_raising(const SentenceInput& in, std::vector<Finding>& out);         // raising.cpp: "X seemed to INF", no source
void find_colon_quotes(const SentenceInput& in, std::vector<Finding>& out);
void find_headline_claims(const SentenceInput& in, std::vector<Finding>& out);  // pulled_quote.cpp: "NAME: CLAIM" titles (syntax.tsv)
void find_headline_quotes(const SentenceInput& in, std::vector<Finding>& out);  // pulled_quote.cpp: "X : « Q »" as a title    // pulled_quote.cpp: no cue, "X ... : « Q »"
// Document-level: paragraphs that are a quotation signed on the next line (pulled_quote.cpp).
void find_pulled_quotes(const Context& ctx, const std::vector<bool>& paragraph_has_finding, std::vector<Finding>& out);
// Transcripts: "WALLACE: ..." paragraphs, the label opening two paragraphs or more (speaker_label.cpp).
// Quotations signed on their line after a dash, "« A » — Jeanne Martin", in
// lists of readers' or witnesses' words; a quotation already attributed is
// left alone (pulled_quote.cpp).
void find_signed_quotes(const Context& ctx, std::vector<Finding>& out);
void find_speaker_labels(const Context& ctx, const std::vector<bool>& paragraph_has_finding, std::vector<Finding>& out);
void find_quotes_after_subject(const Context& ctx, const std::vector<bool>& sentence_has_finding,
                               std::vector<Finding>& out);
void find_embedded_posts(const Context& ctx, const std::vector<bool>& paragraph_has_finding, std::vector<Finding>& out);

// A finding for cue m of this sentence: its cue span, lemma, type and belief
// set; patterns add source, content, recipient and rule (finding.cpp).
Finding finding_for(const SentenceInput& in, const CueMatch& m);
// An inverted cue's clitic ("il" of "a-t-il") as the finding's source.
void take_clitic_source(Finding& f, const CueMatch& m);
// The subject of the cue starting at `cue_first` as the text writes it: in a
// language whose syntax.tsv writes a relative clause's source as its pronoun
// (relative_source pronoun), that pronoun when the cue opens such a clause
// ("who"); else `subject`, the phrase it stands for.
TokenRange written_subject(const Context& ctx, TokenRange subject, uint32_t cue_first, uint32_t sentence_first);
// Sets f.source to `subject`, and f.written_source to its written words when
// they differ (written_subject).
void take_subject_source(const Context& ctx, Finding& f, TokenRange subject, uint32_t cue_first, uint32_t sentence_first);

// Shared by the families (content_bounds.cpp).
// Where reported content that starts at `first` ends: before the sentence's
// final punctuation, before ", CUE" of another cue, before "et CUE" of a
// coordinated cue; extended to the close of a quotation it opens.
uint32_t content_end(const SentenceInput& in, uint32_t first);
// Where content that ends at `end` (exclusive) starts when it precedes its
// cue: the sentence start, or the opening of a quotation that began earlier.
uint32_t content_start_before(const SentenceInput& in, uint32_t end);
// The cue (index into in.cues) that starts at token i, or -1.
int cue_at(const SentenceInput& in, uint32_t i);

}  // namespace whosaid::extract
