#include "input/read_text.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace whosaid {
namespace {

// A printable excerpt of the bytes around a bad offset, bad bytes as \xNN.
std::string fragment_at(std::string_view bytes, uint64_t offset) {
  std::string out;
  const uint64_t begin = offset > 16 ? offset - 16 : 0;
  const uint64_t end = std::min<uint64_t>(bytes.size(), offset + 8);
  for (uint64_t i = begin; i < end; ++i) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    }
  }
  return out;
}

}  // namespace

Status check_utf8_text(std::string_view bytes, const std::string& name) {
  const text::Utf8Error e = text::validate_utf8(bytes);
  if (!e.found) return {};
  const uint64_t line = 1 + std::count(bytes.begin(), bytes.begin() + e.offset, '\n');
  return Status::invalid_input(name, e.reason).at_line(line).at_byte(e.offset).with_fragment(fragment_at(bytes, e.offset));
}

bool read_all_bytes(std::istream& in, std::string& out) {
  out.clear();
  const std::istream::pos_type start = in.tellg();
  if (start != std::istream::pos_type(-1) && in.seekg(0, std::ios::end)) {
    const std::istream::pos_type end = in.tellg();
    in.seekg(start);
    if (end != std::istream::pos_type(-1) && end > start) {
      out.resize(static_cast<size_t>(end - start));
      in.read(out.data(), static_cast<std::streamsize>(out.size()));
      out.resize(static_cast<size_t>(in.gcount()));
      if (in.bad()) return false;
      in.clear(in.rdstate() & ~(std::ios::failbit | std::ios::eofbit));
    }
  } else {
    in.clear(in.rdstate() & ~std::ios::failbit);
  }
  // What was not known from the size (a stream, a file that grew).
  out.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

Status read_text_input(const std::string& path, Document& out) {
  std::string bytes;
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return text_document(std::move(buffer).str(), "<stdin>", "stdin", out);
  }
  out = Document{};
  out.name = path;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::io_error(path, "is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error(path, std::string("cannot open: ") + std::strerror(errno));
  if (!read_all_bytes(in, bytes)) return Status::io_error(path, "read error");
  return text_document(std::move(bytes), path, std::filesystem::path(path).filename().string(), out);
}

Status text_document(std::string bytes, const std::string& name, const std::string& id, Document& out) {
  out = Document{};
  out.name = name;
  out.id = id;
  out.text = std::move(bytes);
  // A UTF-8 byte order mark says nothing about the article: drop it.
  if (out.text.starts_with("\xEF\xBB\xBF")) out.text.erase(0, 3);
  if (Status s = check_utf8_text(out.text, out.name); !s.ok()) return s;
  out.text_checked = true;
  if (out.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::invalid_input(out.name, "empty input: no text to analyse");
  return {};
}

bool looks_like_json_lines(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  const size_t first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || head[first] != '{') return false;
  std::string_view line = head.substr(first);
  line = line.substr(0, line.find('\n'));
  const nlohmann::json value = nlohmann::json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  return value.is_object() && (value.contains("text") || value.contains("html"));
}

}  // namespace whosaid
