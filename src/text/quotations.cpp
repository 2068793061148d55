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

// The quotations of one paragraph pair their marks with a stack, so two of
// them are disjoint or one holds the other (one left open ends at the
// paragraph's end or with a nested one). Each opening mark opens one, so their
// first tokens differ. In first-token order the quotations holding the next
// one form a stack, the innermost on top: linear, whatever the nesting depth.
// One case crosses: `« A « B « C ». D »`, the first left open and ending with
// « C » inside « B ... D »; there the quotation opened later (« B ... D ») is
// taken as the holder, of « C » and of the tokens both cover.
//
// The quotations of the paragraph of tokens [first, end) (those from index
// `from` on) in first-token order: a bucket per opening mark, no sort.
std::vector<uint32_t> by_first_token(const Document& doc, size_t from, uint32_t first, uint32_t end) {
  std::vector<int32_t> opened_at(end - first, -1);
  for (size_t k = from; k < doc.quotes.size(); ++k) opened_at[doc.quotes[k].first_token - 1 - first] = static_cast<int32_t>(k);
  std::vector<uint32_t> order;
  order.reserve(doc.quotes.size() - from);
  for (const int32_t k : opened_at)
    if (k >= 0) order.push_back(static_cast<uint32_t>(k));
  return order;
}

// Sets each quotation's parent: the smallest other quotation of the same
// paragraph (those from index `from` on) that contains it.
void link_nested(Document& doc, size_t from, uint32_t first, uint32_t end) {
  std::vector<uint32_t> holders;
  for (const uint32_t k : by_first_token(doc, from, first, end)) {
    Quotation& q = doc.quotes[k];
    while (!holders.empty() && doc.quotes[holders.back()].end_token < q.end_token) holders.pop_back();
    q.parent = holders.empty() ? -1 : static_cast<int32_t>(holders.back());
    holders.push_back(k);
  }
}

// One past the last token a quotation covers, its closing mark included.
uint32_t covered_end(const Document& doc, const Quotation& q) {
  return std::min<uint32_t>(q.end_token + (q.closed ? 1u : 0u), static_cast<uint32_t>(doc.tokens.size()));
}

// Marks every token, marks included, with the innermost quotation holding it:
// one pass over the tokens with the quotations open there on a stack.
void mark_tokens(Document& doc) {
  std::vector<int32_t> opened_at(doc.tokens.size(), -1);
  for (size_t k = 0; k < doc.quotes.size(); ++k) opened_at[doc.quotes[k].first_token - 1] = static_cast<int32_t>(k);
  std::vector<uint32_t> holding;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (opened_at[i] >= 0) holding.push_back(static_cast<uint32_t>(opened_at[i]));
    // Those ended below the top (an outer quotation ending with a nested one's
    // closing mark) go when the top does.
    while (!holding.empty() && covered_end(doc, doc.quotes[holding.back()]) <= i) holding.pop_back();
    doc.tokens[i].quote = holding.empty() ? -1 : static_cast<int32_t>(holding.back());
  }
}

// For the quotations left open in a paragraph, innermost (last opened) first:
// where each stops. `"A : "B".`: an outer quotation ends with the earliest
// closed one (in closing order) that opens after it and ends its sentence.
// The openings come in decreasing token order, so the closed quotations that
// qualify only grow: one pass in reverse first-token order serves them all.
class OpenQuotationStops {
 public:
  // The paragraph of tokens [first, end), its quotations from index `from` on.
  OpenQuotationStops(const Document& doc, size_t from, uint32_t first, uint32_t end) : doc_(doc) {
    const std::vector<uint32_t> order = by_first_token(doc, from, first, end);
    for (auto k = order.rbegin(); k != order.rend(); ++k)
      if (doc.quotes[*k].closed && ends_sentence_after(doc, doc.quotes[*k].end_token)) enders_.push_back(*k);
  }
  // The stop of the quotation opened at token `open`, or `paragraph_end`.
  uint32_t stop(uint32_t open, uint32_t paragraph_end) {
    for (; next_ < enders_.size() && doc_.quotes[enders_[next_]].first_token > open; ++next_)
      earliest_ = std::min(earliest_, enders_[next_]);
    return earliest_ == UINT32_MAX ? paragraph_end : doc_.quotes[earliest_].end_token;
  }

 private:
  const Document& doc_;
  std::vector<uint32_t> enders_;
  size_t next_ = 0;
  uint32_t earliest_ = UINT32_MAX;
};

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
    OpenQuotationStops stops(doc, paragraph_quotes, first, end);
    while (!open.empty()) {
      const uint32_t o = open.back();
      open.pop_back();
      // The shared closing mark of `"A : "B".` stays outside both texts.
      uint32_t stop = stops.stop(o, end);
      // The paragraph's final punctuation stays outside a quotation that never closed.
      while (stop == end && stop > o + 1 && doc.tokens[stop - 1].kind == TokenKind::punct) --stop;
      doc.quotes.push_back(make_quotation(doc, o, stop, -1));
      if (stop == end || open_at_paragraph_end < 0)
        open_at_paragraph_end = static_cast<int32_t>(doc.quotes.size() - 1);
    }
    link_nested(doc, paragraph_quotes, first, end);
  }
  mark_tokens(doc);
}

}  // namespace whosaid::text
