#include "input/web_chrome.h"

#include <algorithm>

#include <unicode/uchar.h>

#include "lang/tsv.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace whosaid::input {
namespace {

constexpr std::string_view kKindNames[WebChrome::kKinds] = {
    "site_line", "footer_word", "home",   "separator",   "comment_heading", "comment_count", "comment_control",
    "byline",    "credit",      "with_agency", "agency", "month",           "weekday",
    "html_chrome_class", "html_comment_class", "html_header_class",
};

}  // namespace

std::string fold_line(std::string_view line) {
  std::string out;
  fold_line(line, out);
  return out;
}

void fold_line(std::string_view line, std::string& out) {
  // Written through a pointer into `out`, sized for the worst case: a byte
  // gives at most two (an invalid byte read as Latin-1, lower-cased), and a
  // run of spaces one.
  const auto n = static_cast<uint32_t>(line.size());
  out.resize(2 * size_t{n} + 4);
  char* const begin = out.data();
  char* d = begin;
  bool pending_space = false;
  uint32_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(line[i]);
    // Bytes that are not the start of valid UTF-8 are kept as they are: the
    // input stage validated the text, and a phrase file is validated too.
    char32_t cp = c;
    if (c < 0x80) {
      ++i;
      // ASCII, most of a French line: folded here, without ICU.
      if (c == '\t' || c == ' ' || c == '\n' || c == '\r') {
        pending_space = d != begin;
        continue;
      }
      if (pending_space) *d++ = ' ';
      pending_space = false;
      *d++ = c == '`' ? '\'' : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
      continue;
    } else if (c == 0xC3 && i + 1 < n && static_cast<unsigned char>(line[i + 1]) >= 0xA0 &&
               static_cast<unsigned char>(line[i + 1]) <= 0xBF) {
      // U+00E0 to U+00FF (à to ÿ, and ÷): their own lower case, copied.
      if (pending_space) *d++ = ' ';
      pending_space = false;
      *d++ = line[i];
      *d++ = line[i + 1];
      i += 2;
      continue;
    } else if (c >= 0xC2 && c < 0xF5 && i + 1 < n) {
      const uint32_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (i + len > n) break;
      cp = text::decode_next(line, i);
    } else {
      ++i;
    }
    if (cp == '\t' || text::is_space(cp)) {
      pending_space = d != begin;
      continue;
    }
    if (pending_space) *d++ = ' ';
    pending_space = false;
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x2BC || cp == '`') cp = '\'';
    cp = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
    // utf8::append's bytes.
    if (cp < 0x80) {
      *d++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
      *d++ = static_cast<char>(0xC0 | (cp >> 6));
      *d++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *d++ = static_cast<char>(0xE0 | (cp >> 12));
      *d++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *d++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *d++ = static_cast<char>(0xF0 | (cp >> 18));
      *d++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *d++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *d++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  out.resize(static_cast<size_t>(d - begin));
}

std::string_view WebChrome::kind_name(Kind k) { return kKindNames[k]; }

Status WebChrome::load(const std::filesystem::path& path, WebChrome& out) {
  out = WebChrome{};
  lang::TsvFile file;
  if (Status s = lang::read_tsv(path, file); !s.ok()) return s;
  for (const lang::TsvRow& row : file.rows) {
    if (Status s = file.expect_columns(row, 2, 2); !s.ok()) return s;
    int kind = -1;
    for (int k = 0; k < kKinds; ++k)
      if (row.fields[0] == kKindNames[k]) kind = k;
    if (kind < 0)
      return std::move(file.error(row, "unknown kind '" + std::string(row.fields[0]) + "'").with_fragment(std::string(row.fields[0])));
    std::string folded = fold_line(row.fields[1]);
    if (folded.empty()) return file.error(row, "empty phrase");
    if (out.sets_[kind].insert(folded).second) {
      out.longest_[kind] = std::max(out.longest_[kind], folded.size());
      out.lists_[kind].push_back(std::move(folded));
      out.written_[kind].emplace_back(row.fields[1]);
    }
  }
  for (Kind required : {separator, comment_count, month}) {
    if (out.lists_[required].empty())
      return Status::bad_data(file.name, "no '" + std::string(kKindNames[required]) + "' line: the page reader needs at least one");
  }
  return {};
}

}  // namespace whosaid::input
