// Transcripts: paragraphs that open on a speaker's label in capitals and a
// colon, the speaker's words after it,
//   WALLACE: Let us start with the debate.
//   "LINDQVIST: We will not back down.
// A label counts only when it opens at least two paragraphs of the document,
// or when three paragraphs or more open on labels (speakers take turns), so a
// one-off "UPDATE:" or "BREAKING:" is none. The
// colon is the cue, the rest of the paragraph the content.
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/finding.h"

namespace whosaid::extract {
namespace {

constexpr uint32_t kMaxLabel = 3;      // words of a label: "SEN. HOLLOWAY"
constexpr uint32_t kMinContent = 3;    // tokens after the colon

struct Label {
  TokenRange words;   // the label, without the quotation mark before it
  uint32_t colon = 0;
};

// The label opening the paragraph's first sentence, or an empty range.
Label label_at(const Context& ctx, const Sentence& s) {
  uint32_t i = s.first_token;
  if (i < s.end_token && ctx.token(i).kind == TokenKind::quote_open) ++i;  // "WALLACE: ... (a quoted transcript)
  const uint32_t first = i;
  while (i < s.end_token && i - first < kMaxLabel && ctx.token(i).kind == TokenKind::word &&
         (ctx.token(i).has(kAllCaps) || ctx.is(i, ".")))
    ++i;
  // Abbreviation periods inside the label ("SEN. HOLLOWAY") are tokens of their own.
  while (i < s.end_token && i - first <= kMaxLabel && ctx.is(i, ".") && i + 1 < s.end_token && ctx.token(i + 1).has(kAllCaps)) i += 2;
  if (i == first || i >= s.end_token || !ctx.is(i, ":")) return {};
  return {{first, i}, i};
}

}  // namespace

void find_speaker_labels(const Context& ctx, const std::vector<bool>& paragraph_has_finding, std::vector<Finding>& out) {
  const Document& doc = ctx.doc();
  // How many paragraphs each label opens.
  std::unordered_map<std::string, uint32_t> turns;
  uint32_t labelled = 0;
  std::vector<Label> labels(doc.paragraphs.size());
  for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Paragraph& para = doc.paragraphs[p];
    if (para.first_sentence >= para.end_sentence) continue;
    labels[p] = label_at(ctx, doc.sentences[para.first_sentence]);
    if (labels[p].words.empty()) continue;
    std::string key;
    for (uint32_t k = labels[p].words.first; k < labels[p].words.end; ++k) key += ctx.word(k);
    ++turns[key];
    ++labelled;
  }
  for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Label& l = labels[p];
    if (l.words.empty() || paragraph_has_finding[p]) continue;
    std::string key;
    for (uint32_t k = l.words.first; k < l.words.end; ++k) key += ctx.word(k);
    if (turns[key] < 2 && labelled < 3) continue;
    const Paragraph& para = doc.paragraphs[p];
    uint32_t end = doc.sentences[para.end_sentence - 1].end_token;
    while (end > l.colon + 1 && (ctx.is_punct(end - 1) || ctx.is_quote_mark(end - 1))) --end;
    if (end < l.colon + 1 + kMinContent) continue;
    Finding f;
    f.source = l.words;
    f.cue = {l.colon, l.colon + 1};
    f.content = {l.colon + 1, end};
    f.sentence = para.first_sentence;
    f.verbatim = true;  // a speaker's own words, with no quotation mark of their own
    f.rule = "fr.speaker_label";
    out.push_back(f);
  }
}

}  // namespace whosaid::extract
