#include "lang/tsv.h"

#include <fstream>
#include <sstream>

namespace whosaid::lang {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ')) s.remove_suffix(1);
  return s;
}

// Appends the UTF-8 encoding of a code point below U+0800 (all we produce).
void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Lower-case of a Latin-1 or Latin Extended-A letter; other code points unchanged.
uint32_t lower_latin(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;  // À-Þ
  if (cp == 0x178) return 0xFF;                                    // Ÿ
  // Extended-A pairs capitals with the next code point: even capitals in
  // Ā..ķ and Ŋ..ŷ (Œ included), odd capitals in Ĺ..ň and Ź..ž.
  bool even_pairs = (cp >= 0x100 && cp <= 0x137 && cp != 0x130) || (cp >= 0x14A && cp <= 0x177);
  bool odd_pairs = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  if ((even_pairs && cp % 2 == 0) || (odd_pairs && cp % 2 == 1)) return cp + 1;
  return cp;
}

}  // namespace

Status TsvFile::expect_columns(const TsvRow& row, size_t min, size_t max) const {
  size_t n = row.fields.size();
  if (n >= min && n <= max) return {};
  std::string expected = std::to_string(min);
  if (max != min) expected += max == SIZE_MAX ? " or more" : " to " + std::to_string(max);
  return error(row, "expected " + expected + " tab-separated columns, got " + std::to_string(n));
}

bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    if (len == 2 && c < 0xC2) return false;  // overlong
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

Status read_tsv(const std::filesystem::path& path, TsvFile& out) {
  out = TsvFile{};
  out.name = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error(out.name, "cannot open the language data file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out.text = buffer.str();
  std::string_view text(out.text);
  uint32_t line = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (!valid_utf8(raw)) {
      return std::move(Status::bad_data(out.name, "invalid UTF-8").at_line(line));
    }
    std::string_view content = trim(raw);
    if (content.empty() || content.front() == '#') continue;
    TsvRow row;
    row.line = line;
    size_t start = 0;
    while (true) {
      size_t tab = raw.find('\t', start);
      row.fields.push_back(trim(raw.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    // Trailing empty columns (a stray tab at the end) are not columns.
    while (row.fields.size() > 1 && row.fields.back().empty()) row.fields.pop_back();
    out.rows.push_back(std::move(row));
  }
  return {};
}

std::string normalize_word(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += c == '`' ? '\'' : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    if ((c >> 5) == 0x6 && i + 1 < s.size()) {
      uint32_t cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      cp = lower_latin(cp);
      if (cp == 0x2BC) cp = '\'';  // ʼ
      append_utf8(out, cp);
      i += 2;
      continue;
    }
    // Three-byte apostrophes: ’ (E2 80 99) and ‘ (E2 80 98).
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x99 || static_cast<unsigned char>(s[i + 2]) == 0x98)) {
      out += '\'';
      i += 3;
      continue;
    }
    out += static_cast<char>(c);
    ++i;
  }
  return out;
}

std::string strip_initial_accent(std::string_view s) {
  // Two-byte lower-case accented letters that capitals lose: à â ç é è ê ë î ï ô ö ù û ü.
  static constexpr struct { const char* accented; char plain; } kFold[] = {
      {"à", 'a'}, {"â", 'a'}, {"ç", 'c'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'},
      {"î", 'i'}, {"ï", 'i'}, {"ô", 'o'}, {"ö", 'o'}, {"ù", 'u'}, {"û", 'u'}, {"ü", 'u'}};
  for (const auto& f : kFold) {
    std::string_view a(f.accented);
    // Not "à" -> "a": the auxiliary would inherit the preposition's phrases.
    if (s.size() > a.size() && s.substr(0, a.size()) == a) return std::string(1, f.plain) + std::string(s.substr(a.size()));
  }
  return {};
}

std::vector<std::string> split_phrase(std::string_view normalized, const std::vector<std::string>& elisions) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < normalized.size()) {
    while (pos < normalized.size() && normalized[pos] == ' ') ++pos;
    size_t end = normalized.find(' ', pos);
    if (end == std::string_view::npos) end = normalized.size();
    std::string_view word = normalized.substr(pos, end - pos);
    pos = end;
    // Peel listed elisions off the front: "qu'il" -> "qu'", "il"; "jusqu'à" -> "jusqu'", "à".
    bool peeled = true;
    while (peeled && !word.empty()) {
      peeled = false;
      for (const std::string& e : elisions) {
        if (word.size() > e.size() && word.substr(0, e.size()) == e) {
          words.emplace_back(e);
          word.remove_prefix(e.size());
          peeled = true;
          break;
        }
      }
    }
    if (!word.empty()) words.emplace_back(word);
  }
  return words;
}

bool expand_optional(std::string_view pattern, std::vector<std::string>& out) {
  out.assign(1, std::string());
  size_t i = 0;
  while (i < pattern.size()) {
    char c = pattern[i];
    if (c == ')') return false;
    if (c != '(') {
      for (std::string& s : out) s += c;
      ++i;
      continue;
    }
    size_t close = pattern.find(')', i);
    if (close == std::string_view::npos) return false;
    std::string_view group = pattern.substr(i + 1, close - i - 1);
    if (group.empty() || group.find('(') != std::string_view::npos) return false;
    size_t n = out.size();
    for (size_t k = 0; k < n; ++k) out.push_back(out[k] + std::string(group));
    i = close + 1;
  }
  return true;
}

}  // namespace whosaid::lang
