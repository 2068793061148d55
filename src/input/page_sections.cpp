#include "input/page_sections.h"

#include <algorithm>
#include <cctype>

namespace whosaid::input {
namespace {

// Lines longer than this are paragraphs whatever their punctuation; shorter
// ones need a final mark and a sentence's worth of words.
constexpr size_t kProseBytes = 200;
constexpr size_t kProseWords = 8;
// A title, a date or a credit is short: past these lengths a line is text.
constexpr size_t kHeadingBytes = 160;
constexpr size_t kMetaBytes = 200;
constexpr size_t kMetaWords = 14;
// The header is at most this many non-blank lines before the body.
constexpr size_t kMaxHeaderLines = 12;

bool starts_with_word(std::string_view s, std::string_view word) {
  if (!s.starts_with(word)) return false;
  return s.size() == word.size() || s[word.size()] == ' ' || s[word.size()] == ',';
}

bool has_word(std::string_view s, std::string_view word) {
  for (size_t at = s.find(word); at != std::string_view::npos; at = s.find(word, at + 1)) {
    const bool left = at == 0 || s[at - 1] == ' ' || s[at - 1] == '(' || s[at - 1] == ',';
    const size_t e = at + word.size();
    const bool right = e == s.size() || s[e] == ' ' || s[e] == ',' || s[e] == '.' || s[e] == ')';
    if (left && right) return true;
  }
  return false;
}

size_t count_words(std::string_view s) {
  if (s.empty()) return 0;
  return 1 + static_cast<size_t>(std::count(s.begin(), s.end(), ' '));
}

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Ends with a sentence's final mark (closing quotes and brackets after it count).
bool ends_sentence(std::string_view s) {
  while (!s.empty()) {
    const unsigned char c = static_cast<unsigned char>(s.back());
    if (c == '.' || c == '!' || c == '?') return true;
    if (s.ends_with("…")) return true;
    if (s.ends_with("»")) { s.remove_suffix(2); continue; }
    if (s.ends_with("”")) { s.remove_suffix(3); continue; }
    if (c == '"' || c == ')' || c == ' ') { s.remove_suffix(1); continue; }
    return false;
  }
  return false;
}

bool is_url(std::string_view s) {
  return (s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.")) &&
         s.find(' ') == std::string_view::npos;
}

// A 4-digit year and a month name, or a dd/mm/yyyy date.
bool has_date(std::string_view s, const WebChrome& chrome) {
  bool year = false;
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if (is_digits(s.substr(i, 4)) && (i == 0 || !std::isdigit(static_cast<unsigned char>(s[i - 1]))) &&
        (i + 4 == s.size() || !std::isdigit(static_cast<unsigned char>(s[i + 4])))) {
      year = true;
      if (i >= 6 && s[i - 1] == '/' && s[i - 4] == '/') return true;
    }
  }
  if (!year) return false;
  for (const std::string& m : chrome.phrases(WebChrome::month))
    if (has_word(s, m)) return true;
  return false;
}

size_t count_separators(std::string_view s, const WebChrome& chrome) {
  // Each " SEP " of the line: SEP found (a rarer first byte than the
  // space), then the spaces checked on each side.
  size_t n = 0;
  for (const std::string& sep : chrome.phrases(WebChrome::separator)) {
    for (size_t at = s.find(sep, 1); at != std::string_view::npos; at = s.find(sep, at + 1))
      if (s[at - 1] == ' ' && at + sep.size() < s.size() && s[at + sep.size()] == ' ') ++n;
  }
  return n;
}

bool is_breadcrumb(std::string_view s, const WebChrome& chrome) {
  const size_t separators = count_separators(s, chrome);
  if (separators == 0) return false;
  if (separators >= 2 && !ends_sentence(s)) return true;
  for (const std::string& home : chrome.phrases(WebChrome::home))
    if (starts_with_word(s, home)) return true;
  return false;
}

// "SPIP | squelette | | Plan du site | RSS 2.0": items between '|', '·' or '•',
// one of which is a footer word.
bool is_footer(std::string_view s, const WebChrome& chrome) {
  // No bar at all (most lines): no footer, and nothing to split.
  if (s.find('|') == std::string_view::npos && s.find("·") == std::string_view::npos &&
      s.find("•") == std::string_view::npos)
    return false;
  std::vector<std::string_view> items;
  size_t start = 0, bars = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    size_t width = 0;
    if (i == s.size()) width = 0;
    else if (s[i] == '|') width = 1;
    else if (s.substr(i).starts_with("·")) width = 2;
    else if (s.substr(i).starts_with("•")) width = 3;
    else continue;
    std::string_view item = s.substr(start, i - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) items.push_back(item);
    if (i == s.size()) break;
    ++bars;
    start = i + width;
    i += width - 1;
  }
  if (bars == 0) return false;
  for (std::string_view item : items)
    for (const std::string& word : chrome.phrases(WebChrome::footer_word))
      if (starts_with_word(item, word) || item == word) return true;
  return false;
}

bool is_comment_heading(std::string_view s, const WebChrome& chrome) {
  if (chrome.is(WebChrome::comment_heading, s)) return true;
  const size_t space = s.find(' ');
  if (space == std::string_view::npos || !is_digits(s.substr(0, space))) return false;
  return chrome.is(WebChrome::comment_count, s.substr(space + 1));
}

bool starts_with_phrase(std::string_view s, const WebChrome& chrome, WebChrome::Kind kind) {
  for (const std::string& p : chrome.phrases(kind))
    if (starts_with_word(s, p) || (p.back() == ':' && s.starts_with(p))) return true;
  return false;
}

// A line longer than this (a pipeline window, pipeline/pipeline.h) is a
// paragraph of text whatever it holds: it is neither folded (a copy of it)
// nor searched for separators. No line of a document analysed whole is.
constexpr size_t kLongLineBytes = 512 * 1024;

// `folded`: the caller's buffer, reused for every line of a page.
LineShape shape_of(std::string_view line, const WebChrome& chrome, std::string& folded) {
  if (line.size() > kLongLineBytes) return LineShape::prose;
  fold_line(line, folded);
  if (folded.empty()) return LineShape::blank;
  if (chrome.is(WebChrome::comment_control, folded)) return LineShape::comment_control;
  if (is_comment_heading(folded, chrome)) return LineShape::comment_heading;
  if (chrome.is(WebChrome::site_line, folded) || is_breadcrumb(folded, chrome) || is_footer(folded, chrome))
    return LineShape::navigation;
  if (is_url(folded)) return LineShape::url;
  // Too long for a credit, a date or a byline, long enough for a paragraph:
  // its words need not be counted.
  if (folded.size() > kMetaBytes && folded.size() >= kProseBytes) return LineShape::prose;
  const size_t words = count_words(folded);
  const bool meta_sized = folded.size() <= kMetaBytes && words <= kMetaWords;
  if (meta_sized && starts_with_phrase(folded, chrome, WebChrome::credit)) return LineShape::credit;
  if (meta_sized && has_date(folded, chrome)) return LineShape::date;
  if (meta_sized && words <= 8 && starts_with_phrase(folded, chrome, WebChrome::byline) && !ends_sentence(folded))
    return LineShape::byline;
  if (folded.size() >= kProseBytes || (words >= kProseWords && ends_sentence(folded))) return LineShape::prose;
  if (folded.size() <= kHeadingBytes && !ends_sentence(folded)) return LineShape::heading;
  return LineShape::short_text;
}

bool is_chrome(LineShape s) { return s == LineShape::navigation || s == LineShape::comment_control; }

}  // namespace

std::string_view to_string(LineShape s) {
  switch (s) {
    case LineShape::blank: return "blank";
    case LineShape::navigation: return "navigation";
    case LineShape::comment_heading: return "comment_heading";
    case LineShape::comment_control: return "comment_control";
    case LineShape::url: return "url";
    case LineShape::date: return "date";
    case LineShape::byline: return "byline";
    case LineShape::credit: return "credit";
    case LineShape::heading: return "heading";
    case LineShape::prose: return "prose";
    case LineShape::short_text: return "short_text";
  }
  return "blank";
}

std::vector<PageLine> classify_lines(std::string_view text, const WebChrome& chrome) {
  std::vector<PageLine> lines;
  std::string folded;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    size_t content_end = end;
    if (content_end > pos && text[content_end - 1] == '\r') --content_end;
    PageLine line;
    line.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(content_end)};
    line.shape = shape_of(text.substr(pos, content_end - pos), chrome, folded);
    lines.push_back(line);
    pos = end + 1;
  }
  return lines;
}

void detect_sections(Document& doc, const WebChrome& chrome) { detect_sections(doc, classify_lines(doc.text, chrome)); }

void detect_sections(Document& doc, const std::vector<PageLine>& lines) {
  doc.sections.clear();
  const size_t n = lines.size();
  std::vector<SectionKind> kind(n, SectionKind::body);
  auto shape = [&](size_t i) { return lines[i].shape; };
  auto next_content = [&](size_t i) {
    for (++i; i < n; ++i)
      if (shape(i) != LineShape::blank && !is_chrome(shape(i))) return i;
    return n;
  };

  // Footers and form controls at the end of the page, back to the last text line.
  size_t tail = n;
  while (tail > 0 && (shape(tail - 1) == LineShape::blank || is_chrome(shape(tail - 1)))) --tail;

  // Banner and navigation: everything up to the last navigation line that
  // comes before the first paragraph.
  size_t first_prose = n;
  for (size_t i = 0; i < tail; ++i)
    if (shape(i) == LineShape::prose) { first_prose = i; break; }
  size_t top = 0;
  for (size_t i = 0; i < first_prose; ++i)
    if (shape(i) == LineShape::navigation) top = i + 1;

  // The body starts at the first paragraph followed by another one (a
  // standfirst or a lone lede between credits is header); a header is short.
  size_t body = n;
  size_t seen = 0;
  for (size_t i = top; i < tail; ++i) {
    if (shape(i) == LineShape::blank || is_chrome(shape(i))) continue;
    if (shape(i) == LineShape::prose) {
      const size_t j = next_content(i);
      if (j >= tail || shape(j) == LineShape::prose) { body = i; break; }
    }
    if (++seen > kMaxHeaderLines) break;
  }
  if (body == n) body = first_prose < tail ? std::max(first_prose, top) : top;

  // Readers' comments: from their heading after the body begins.
  size_t comments = tail;
  for (size_t i = body; i < tail; ++i)
    if (shape(i) == LineShape::comment_heading) { comments = i; break; }

  for (size_t i = 0; i < n; ++i) {
    if (i < top || i >= tail) kind[i] = SectionKind::chrome;
    else if (i < body) kind[i] = SectionKind::header;
    else if (i < comments) kind[i] = SectionKind::body;
    else kind[i] = SectionKind::comment;
    // Menus and form controls are chrome wherever they stand.
    if (is_chrome(shape(i))) kind[i] = SectionKind::chrome;
    // A blank line belongs to what precedes it.
    if (shape(i) == LineShape::blank && i > 0) kind[i] = kind[i - 1];
  }
  // Leading blank lines belong to what follows them.
  size_t lead = 0;
  while (lead < n && shape(lead) == LineShape::blank) ++lead;
  for (size_t i = 0; i < lead && lead < n; ++i) kind[i] = kind[lead];

  // Runs of one kind become sections; each line's span runs to the next line's start.
  for (size_t i = 0; i < n; ++i) {
    const uint32_t begin = lines[i].span.begin;
    const uint32_t end = i + 1 < n ? lines[i + 1].span.begin : static_cast<uint32_t>(doc.text.size());
    if (!doc.sections.empty() && doc.sections.back().kind == kind[i]) doc.sections.back().span.end = end;
    else doc.sections.push_back({kind[i], {begin, end}});
  }
  if (doc.sections.empty()) doc.sections.push_back({SectionKind::body, {0, static_cast<uint32_t>(doc.text.size())}});
}

}  // namespace whosaid::input
