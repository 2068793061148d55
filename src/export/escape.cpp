#include "export/escape.h"

#include <cstdio>

namespace whosaid::escape {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the UTF-8 sequence starting at text[i], clipped to the text.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  return i + len <= text.size() ? len : text.size() - i;
}

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7F; }

std::string codepoint_tag(unsigned char c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "<U+%04X>", static_cast<unsigned>(c));
  return buf;
}

}  // namespace

std::string dot_id(std::string_view id) {
  std::string out = "\"";
  for (char ch : id) {
    auto c = static_cast<unsigned char>(ch);
    if (ch == '\\') out += "\\\\";
    else if (ch == '"') out += "\\\"";
    else if (is_control(c)) out += codepoint_tag(c);
    else out += ch;
  }
  return out + "\"";
}

std::string dot_label(std::string_view text) {
  std::string out = "\"";
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (ch == '\\') out += "\\\\";
    else if (ch == '"') out += "\\\"";
    else if (ch == '&') out += "&amp;";
    else if (ch == '\n') out += "\\n";
    else if (is_control(c)) out += ' ';
    else out += ch;
  }
  return out + "\"";
}

std::string xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&apos;"; continue;
      case '\r': out += "&#13;"; continue;
      case '\t': case '\n': out += ch; continue;
      default: break;
    }
    if (c < 0x20) continue;  // not allowed in XML 1.0, even as a reference
    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters either.
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
      i += 2;
      continue;
    }
    out += ch;
  }
  return out;
}

std::string csv_cell(std::string_view text) {
  std::string cell;
  if (!text.empty()) {
    char first = text.front();
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
      cell += '\'';
  }
  cell += text;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string out = "\"";
  for (char ch : cell) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

std::size_t codepoint_count(std::string_view text) {
  std::size_t n = 0;
  for (char ch : text)
    if (!is_continuation(static_cast<unsigned char>(ch))) ++n;
  return n;
}

std::string shorten(std::string_view text, std::size_t max_codepoints) {
  if (codepoint_count(text) <= max_codepoints) return std::string(text);
  if (max_codepoints == 0) return {};
  std::size_t i = 0;
  for (std::size_t n = 0; n + 1 < max_codepoints && i < text.size(); ++n) i += sequence_length(text, i);
  std::string out(text.substr(0, i));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t max_lines) {
  std::vector<std::string> lines;
  if (width == 0 || max_lines == 0) return lines;
  auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
  std::string line;
  std::size_t line_cps = 0;
  bool truncated = false;
  // Places one piece of at most `width` code points, opening a new line when
  // needed; false when that would pass max_lines.
  auto place = [&](std::string_view piece, std::size_t cps) {
    if (line_cps > 0 && line_cps + 1 + cps > width) {
      if (lines.size() + 1 == max_lines) return false;
      lines.push_back(std::move(line));
      line.clear();
      line_cps = 0;
    }
    if (line_cps > 0) {
      line += ' ';
      ++line_cps;
    }
    line += piece;
    line_cps += cps;
    return true;
  };
  for (std::size_t i = 0; i < text.size() && !truncated;) {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) i += sequence_length(text, i);
    std::string_view word = text.substr(start, i - start);
    // A word longer than a line is cut into line-sized pieces.
    while (!word.empty() && !truncated) {
      std::size_t cut = 0, cps = 0;
      while (cut < word.size() && cps < width) {
        cut += sequence_length(word, cut);
        ++cps;
      }
      truncated = !place(word.substr(0, cut), cps);
      word.remove_prefix(cut);
    }
  }
  lines.push_back(std::move(line));
  if (truncated) {
    std::string& last = lines.back();
    std::size_t keep = 0;
    for (std::size_t n = 0; n + 1 < width && keep < last.size(); ++n) keep += sequence_length(last, keep);
    last.resize(keep);
    while (!last.empty() && last.back() == ' ') last.pop_back();
    last += "…";
  }
  return lines;
}

}  // namespace whosaid::escape
