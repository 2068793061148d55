#include "text/sentence_splitter.h"

namespace whosaid::text {
namespace {

bool is_final_punct(const Document& doc, const Token& t) {
  if (t.kind != TokenKind::punct) return false;
  const std::string_view s = doc.normalized(t);
  return s == "." || s == "!" || s == "?" || s.starts_with("..");
}

bool closes(const Document& doc, const Token& t) {
  if (t.kind == TokenKind::quote_close) return true;
  if (t.kind != TokenKind::punct) return false;
  const std::string_view s = doc.normalized(t);
  return s == ")" || s == "]";
}

// Whether token t can begin a sentence after final punctuation.
bool starts_sentence(const Document& doc, const Token& t) {
  if (t.has(kCapitalized) || t.kind == TokenKind::number || t.kind == TokenKind::quote_open) return true;
  if (t.kind == TokenKind::punct) {
    const std::string_view s = doc.normalized(t);
    return s == "-" || s == "(" || s == "[";
  }
  return t.kind == TokenKind::symbol;  // bullets, emoji
}

}  // namespace

void split_sentences(Document& doc) {
  doc.sentences.clear();
  doc.paragraphs.clear();
  const auto& tokens = doc.tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());

  auto close_sentence = [&](uint32_t first, uint32_t end) {
    if (first >= end) return;
    Sentence s;
    s.first_token = first;
    s.end_token = end;
    s.original = {tokens[first].original.begin, tokens[end - 1].original.end};
    s.paragraph = static_cast<uint32_t>(doc.paragraphs.size() - 1);
    // A heading: a whole line with no final punctuation (ignoring closing marks).
    const bool line_start = tokens[first].has(kLineStart);
    const bool line_end = end == n || tokens[end].has(kLineStart);
    uint32_t last = end - 1;
    while (last > first && closes(doc, tokens[last])) --last;
    const std::string_view last_text = doc.normalized(tokens[last]);
    const bool final_mark = is_final_punct(doc, tokens[last]) || last_text == ":" || last_text == ";";
    s.heading = line_start && line_end && !final_mark;
    doc.sentences.push_back(s);
  };

  uint32_t first = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (i > first && t.has(kLineStart)) {
      const Token& prev = tokens[i - 1];
      const bool wrapped = !t.has(kParagraphStart) && !t.has(kCapitalized) && t.kind == TokenKind::word &&
                           !is_final_punct(doc, prev) && !closes(doc, prev);
      if (!wrapped) {
        close_sentence(first, i);
        first = i;
      }
    }
    if (t.has(kParagraphStart)) {
      if (!doc.paragraphs.empty()) doc.paragraphs.back().end_sentence = static_cast<uint32_t>(doc.sentences.size());
      Paragraph p;
      p.first_sentence = static_cast<uint32_t>(doc.sentences.size());
      p.original.begin = t.original.begin;
      doc.paragraphs.push_back(p);
    }
    if (doc.paragraphs.empty()) {  // text starting without a paragraph mark (not expected)
      doc.paragraphs.push_back(Paragraph{{t.original.begin, t.original.begin}, 0, 0});
    }
    doc.paragraphs.back().original.end = t.original.end;
    if (!is_final_punct(doc, t)) continue;
    // Keep closing quotation marks and brackets with the sentence they end.
    uint32_t j = i + 1;
    while (j < n && closes(doc, tokens[j]) && !tokens[j].has(kLineStart)) ++j;
    // A period glued to the word after it is inside an abbreviation or a
    // code ("(D-S.C.)", "U.S.-based"), not a sentence's end.
    const bool glued = j == i + 1 && j < n && tokens[j].kind == TokenKind::word && !tokens[j].has(kSpaceBefore);
    if (j == n || tokens[j].has(kLineStart) || (!glued && starts_sentence(doc, tokens[j]))) {
      for (uint32_t k = i + 1; k < j; ++k) doc.paragraphs.back().original.end = tokens[k].original.end;
      close_sentence(first, j);
      first = j;
      i = j - 1;
    }
  }
  close_sentence(first, n);
  if (!doc.paragraphs.empty()) doc.paragraphs.back().end_sentence = static_cast<uint32_t>(doc.sentences.size());
}

}  // namespace whosaid::text
