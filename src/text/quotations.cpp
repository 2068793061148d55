#include "text/quotations.h"

#include <algorithm>
#include <vector>

namespace whosaid::text {
namespace {

Quotation make_quotation(const Document& doc, uint32_t open, uint32_t end_token, int32_t close) {
  Quotation q;
  q.open_mark = doc.tokens[open].original;
  q.first_token = open + 1;
  q.end_token = end_token;
  q.closed = close >= 0;
  if (q.closed) q.close_mark = doc.tokens[close].original;
  const uint32_t after_mark = doc.tokens[open].original.end;
  if (end_token > open + 1)
    q.inner = {doc.tokens[open + 1].original.begin, doc.tokens[end_token - 1].original.end};
  else
    q.inner = {after_mark, after_mark};
  return q;
}

bool ends_sentence_after(const Document& doc, uint32_t token) {
  if (token + 1 >= doc.tokens.size()) return true;
  const Token& next = doc.tokens[token + 1];
  if (next.has(kLineStart)) return true;
  const std::string_view s = doc.normalized(next);
  return s == "." || s == "!" || s == "?" || s.starts_with("..");
}

uint32_t length(const Quotation& q) { return q.end_token - q.first_token; }

// Sets each quotation's parent: the smallest other quotation of the same
// paragraph (those from index `from` on) that contains it.
void link_nested(Document& doc, size_t from) {
  for (size_t k = from; k < doc.quotes.size(); ++k) {
    Quotation& q = doc.quotes[k];
    for (size_t m = from; m < doc.quotes.size(); ++m) {
      const Quotation& outer = doc.quotes[m];
      if (m == k || outer.first_token > q.first_token || outer.end_token < q.end_token) continue;
      if (length(outer) == length(q)) continue;
      if (q.parent < 0 || length(outer) < length(doc.quotes[q.parent])) q.parent = static_cast<int32_t>(m);
    }
  }
}

// Marks every token, marks included, with the innermost quotation holding it.
void mark_tokens(Document& doc) {
  for (Token& t : doc.tokens) t.quote = -1;
  for (size_t k = 0; k < doc.quotes.size(); ++k) {
    const Quotation& q = doc.quotes[k];
    const uint32_t last =
        std::min<uint32_t>(q.end_token + (q.closed ? 1u : 0u), static_cast<uint32_t>(doc.tokens.size()));
    for (uint32_t i = q.first_token - 1; i < last; ++i) {
      int32_t& slot = doc.tokens[i].quote;
      if (slot < 0 || length(doc.quotes[slot]) > length(q)) slot = static_cast<int32_t>(k);
    }
  }
}

}  // namespace

void find_quotations(Document& doc) {
  doc.quotes.clear();
  int32_t open_at_paragraph_end = -1;  // a quotation the previous paragraph left open
  std::vector<uint32_t> open;          // token indices of unmatched opening marks

  for (const Paragraph& p : doc.paragraphs) {
    if (p.first_sentence >= p.end_sentence) continue;
    const uint32_t first = doc.sentences[p.first_sentence].first_token;
    const uint32_t end = doc.sentences[p.end_sentence - 1].end_token;
    const size_t paragraph_quotes = doc.quotes.size();
    if (open_at_paragraph_end >= 0 && doc.tokens[first].kind == TokenKind::quote_open)
      doc.quotes[open_at_paragraph_end].continues_next_paragraph = true;
    open_at_paragraph_end = -1;

    open.clear();
    for (uint32_t i = first; i < end; ++i) {
      const Token& t = doc.tokens[i];
      if (t.kind == TokenKind::quote_open) {
        open.push_back(i);
      } else if (t.kind == TokenKind::quote_close && !open.empty()) {
        const uint32_t o = open.back();
        open.pop_back();
        doc.quotes.push_back(make_quotation(doc, o, i, static_cast<int32_t>(i)));
      }
    }
    // Quotations left open, innermost first.
    while (!open.empty()) {
      const uint32_t o = open.back();
      open.pop_back();
      uint32_t stop = end;
      // `"A : "B".`: the outer quotation ends with the nested one that ends its sentence.
      for (size_t k = paragraph_quotes; k < doc.quotes.size(); ++k) {
        const Quotation& inner = doc.quotes[k];
        if (inner.first_token > o && inner.closed && ends_sentence_after(doc, inner.end_token)) {
          stop = inner.end_token;  // the shared closing mark stays outside both texts
          break;
        }
      }
      // The paragraph's final punctuation stays outside a quotation that never closed.
      while (stop == end && stop > o + 1 && doc.tokens[stop - 1].kind == TokenKind::punct) --stop;
      doc.quotes.push_back(make_quotation(doc, o, stop, -1));
      if (stop == end || open_at_paragraph_end < 0)
        open_at_paragraph_end = static_cast<int32_t>(doc.quotes.size() - 1);
    }
    link_nested(doc, paragraph_quotes);
  }
  mark_tokens(doc);
}

}  // namespace whosaid::text
