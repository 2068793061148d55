#include "input/provenance.h"

#include <cctype>

#include "input/page_sections.h"

namespace whosaid::input {
namespace {

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == ',' || c == '.' || c == '-'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // No-break spaces (C2 A0) at either end.
  while (s.starts_with("\xC2\xA0")) s.remove_prefix(2);
  while (s.ends_with("\xC2\xA0")) s.remove_suffix(2);
  return s;
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s[0]);
  return (c >= 'A' && c <= 'Z') || c == 0xC3;  // ASCII capital, or a Latin-1 letter (É, À...)
}

// The agency named at the start of `s` (as the data file writes it), or "".
std::string_view agency_at(std::string_view s, const WebChrome& chrome, size_t& length) {
  const std::string folded = fold_line(s.substr(0, std::min<size_t>(s.size(), 64)));
  const auto& written = chrome.written(WebChrome::agency);
  const auto& phrases = chrome.phrases(WebChrome::agency);
  for (size_t i = 0; i < phrases.size(); ++i) {
    const std::string& p = phrases[i];
    if (folded.starts_with(p) && (folded.size() == p.size() || !std::isalnum(static_cast<unsigned char>(folded[p.size()])))) {
      length = p.size();  // agency names are ASCII: folded and written lengths agree
      return written[i];
    }
  }
  return {};
}

// "(Reuters)", "(AFP)" anywhere in `s`.
std::string_view agency_in_brackets(std::string_view s, const WebChrome& chrome) {
  for (size_t open = s.find('('); open != std::string_view::npos; open = s.find('(', open + 1)) {
    size_t length = 0;
    std::string_view a = agency_at(s.substr(open + 1), chrome, length);
    if (!a.empty() && open + 1 + length < s.size() && s[open + 1 + length] == ')') return a;
  }
  return {};
}

// "avec AFP" anywhere in `s`.
std::string_view agency_after_with(std::string_view s, const WebChrome& chrome) {
  const std::string folded = fold_line(s);
  for (const std::string& with : chrome.phrases(WebChrome::with_agency)) {
    for (size_t at = folded.find(with + " "); at != std::string::npos; at = folded.find(with + " ", at + 1)) {
      // Look the agency up in the folded text (names are compared folded).
      std::string_view rest = std::string_view(folded).substr(at + with.size() + 1);
      const auto& phrases = chrome.phrases(WebChrome::agency);
      for (size_t i = 0; i < phrases.size(); ++i)
        if (rest.starts_with(phrases[i]) &&
            (rest.size() == phrases[i].size() || !std::isalnum(static_cast<unsigned char>(rest[phrases[i].size()]))))
          return chrome.written(WebChrome::agency)[i];
    }
  }
  return {};
}

// Where a date starts in `s` ("13 février 2024", "mardi 19 mars 2024"), or npos.
size_t date_start(std::string_view s, const WebChrome& chrome) {
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    const std::string word = fold_line(s.substr(pos, end - pos));
    const std::string_view next_view = end < s.size() ? s.substr(end + 1) : std::string_view();
    const std::string next = fold_line(next_view.substr(0, next_view.find(' ')));
    if (chrome.is(WebChrome::weekday, word) || chrome.is(WebChrome::month, word)) return pos;
    if (!word.empty() && word.size() <= 4 && std::isdigit(static_cast<unsigned char>(word[0])) &&
        chrome.is(WebChrome::month, next))
      return pos;
    pos = end + 1;
  }
  return std::string_view::npos;
}

void add_authors(std::string_view names, std::vector<std::string>& out) {
  // "Guy Faulconbridge et Darya Korsunskaya", "A, B et C"
  size_t pos = 0;
  while (pos <= names.size()) {
    size_t comma = names.find(',', pos), et = names.find(" et ", pos);
    size_t end = std::min(comma, et);
    if (end == std::string_view::npos) end = names.size();
    std::string_view name = trim(names.substr(pos, end - pos));
    if (const size_t bracket = name.find('('); bracket != std::string_view::npos) name = trim(name.substr(0, bracket));
    if (starts_upper(name)) out.emplace_back(name);
    if (end == names.size()) break;
    pos = end + (end == et ? 4 : 1);
  }
}

void read_credit(std::string_view line, const WebChrome& chrome, Provenance& p) {
  const size_t colon = line.find(':');
  std::string_view rest = colon != std::string_view::npos && colon < 20 ? line.substr(colon + 1) : line.substr(line.find(' ') + 1);
  rest = trim(rest);
  size_t length = 0;
  std::string_view agency = agency_at(rest, chrome, length);
  std::string_view names;
  const size_t date = date_start(rest, chrome);
  if (!agency.empty()) {
    names = rest.substr(length, date == std::string_view::npos ? std::string_view::npos : date - length);
  } else {
    // "Source : Le Monde, 13 février 2024": the outlet, up to the date or a comma.
    const size_t end = std::min(date, rest.find(','));
    agency = trim(rest.substr(0, end));
  }
  if (p.agency.empty()) p.agency = std::string(agency);
  if (p.authors.empty()) add_authors(names, p.authors);
  if (date != std::string_view::npos && p.date.empty()) p.date = std::string(trim(rest.substr(date)));
}

}  // namespace

void detect_provenance(Document& doc, const WebChrome& chrome) {
  detect_provenance(doc, classify_lines(doc.text, chrome), chrome);
}

void detect_provenance(Document& doc, const std::vector<PageLine>& lines, const WebChrome& chrome) {
  Provenance& p = doc.provenance;
  auto text = [&](const PageLine& l) { return l.span.in(doc.text); };
  auto in_header = [&](const PageLine& l) {
    return !doc.sections.empty() && doc.section_at(l.span.begin) == SectionKind::header;
  };
  // Credits first: they name the original, which other header lines do not.
  for (const PageLine& l : lines)
    if (l.shape == LineShape::credit && in_header(l)) read_credit(text(l), chrome, p);
  const PageLine* first_body = nullptr;
  const PageLine* last_body = nullptr;
  for (const PageLine& l : lines) {
    if (l.shape == LineShape::blank) continue;
    const SectionKind section = doc.section_at(l.span.begin);
    if (section == SectionKind::body) {
      if (!first_body) first_body = &l;
      last_body = &l;
    }
    if (section != SectionKind::header) continue;
    const std::string_view t = text(l);
    if (l.shape == LineShape::url && p.original_url.empty()) p.original_url = std::string(trim(t));
    if (l.shape == LineShape::byline) {
      std::string_view names = trim(t.substr(t.find(' ') + 1));
      const std::string folded = fold_line(names);
      for (const std::string& with : chrome.phrases(WebChrome::with_agency))
        if (const size_t at = folded.find(" " + with + " "); at != std::string::npos && at < names.size())
          names = names.substr(0, at);
      if (p.authors.empty()) add_authors(names, p.authors);
    }
    if (l.shape == LineShape::date && p.date.empty()) {
      const size_t start = date_start(t, chrome);
      if (start != std::string_view::npos) {
        std::string_view d = t.substr(start);
        d = d.substr(0, d.find(','));
        d = d.substr(0, d.find('('));
        p.date = std::string(trim(d));
      }
    }
    if (p.agency.empty()) {
      std::string_view a = agency_in_brackets(t, chrome);
      if (a.empty()) a = agency_after_with(t, chrome);
      if (!a.empty()) p.agency = std::string(a);
    }
  }
  // A dateline "MOSCOU (Reuters) - ..." opens the body; "(avec AFP)" may close it.
  if (p.agency.empty() && first_body) {
    const std::string_view t = text(*first_body);
    const std::string_view a = agency_in_brackets(t.substr(0, std::min<size_t>(t.size(), 80)), chrome);
    if (!a.empty()) p.agency = std::string(a);
  }
  if (p.agency.empty() && last_body && last_body->span.size() < 80) {
    const std::string_view t = text(*last_body);
    std::string_view a = agency_after_with(t, chrome);
    if (a.empty()) a = agency_in_brackets(t, chrome);
    if (!a.empty()) p.agency = std::string(a);
  }
}

}  // namespace whosaid::input
