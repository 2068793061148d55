#include "input/read_jsonl.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>

#include "input/jsonl_scan.h"
#include "input/read_html.h"
#include "input/read_text.h"

namespace whosaid {

bool LineReader::fill() {
  if (eof_ || error_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.get(), buffer_.get() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  const size_t got = std::fread(buffer_.get() + end_, 1, kBufferBytes - end_, file_);
  end_ += got;
  if (got == 0) {
    if (std::ferror(file_)) error_ = true;
    else eof_ = true;
    return false;
  }
  return true;
}

bool LineReader::next(std::string& line, bool& too_long, uint64_t& length) {
  line.clear();
  too_long = false;
  length = 0;
  bool any = false;
  for (;;) {
    if (begin_ == end_ && !fill()) {
      if (error_) return false;
      break;  // the end of the input ends the last line
    }
    any = true;
    const char* start = buffer_.get() + begin_;
    const size_t available = end_ - begin_;
    const void* newline = std::memchr(start, '\n', available);
    const size_t take = newline ? static_cast<size_t>(static_cast<const char*>(newline) - start) : available;
    length += take;
    if (line.size() < max_) line.append(start, static_cast<size_t>(std::min<uint64_t>(take, max_ - line.size())));
    if (length > max_) too_long = true;
    begin_ += take;
    consumed_ += take;
    if (newline) {
      ++begin_;
      ++consumed_;
      break;
    }
    begin_ = end_ = 0;  // all consumed: read the next block from the start
  }
  if (!any) return false;
  if (!too_long && !line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

JsonlReader::JsonlReader(std::FILE* file, std::string name, const input::WebChrome& chrome, uint64_t max_line_bytes)
    : lines_(file, max_line_bytes), name_(std::move(name)), chrome_(chrome), max_(max_line_bytes) {}

Status JsonlReader::io_status() const {
  if (lines_.error()) return std::move(Status::io_error(name_, "read error").at_line(line_ + 1));
  return {};
}

bool JsonlReader::next(Document& doc, Status& status) {
  for (;;) {
    bool too_long = false;
    uint64_t length = 0;
    if (!lines_.next(buffer_, too_long, length)) return false;
    ++line_;
    status = {};
    if (too_long) {
      status = Status::invalid_input(name_, "line of " + std::to_string(length) + " bytes is longer than the limit of " +
                                                std::to_string(max_) + " bytes")
                   .at_line(line_);
      return true;
    }
    if (buffer_.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines separate nothing
    status = parse(buffer_, doc);
    return true;
  }
}

// The usual line, {"id": ..., "text": "...", "source": "..."}, read by the
// targeted scanner (jsonl_scan.h): the text unescaped straight into the
// document, no JSON tree. std::nullopt for any other line, which nlohmann
// reads (and reports on) below, with the same result for the lines both read.
std::optional<Status> JsonlReader::parse_flat(std::string_view line, Document& doc) const {
  input::FlatLine flat;
  flat.text = &doc.text;
  if (!input::scan_flat_line(line, flat)) {
    doc.text.clear();
    return std::nullopt;
  }
  doc.id = doc.name;
  for (const input::FlatField& field : flat.fields) {
    if (field.key == "id") doc.id = field.value;
    if (field.key == "lang" && !field.integer) doc.lang = field.value;  // the language it is in (kept in metadata too)
  }
  doc.name = doc.id;
  if (doc.text.starts_with("\xEF\xBB\xBF")) doc.text.erase(0, 3);
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::invalid_input(name_, "empty \"text\": nothing to analyse").at_line(line_);
  // The line was checked whole; only a \u escape can add what the check refuses (U+0000).
  if (flat.text_has_unicode_escape)
    if (Status s = check_utf8_text(doc.text, name_); !s.ok())
      return std::move(Status::invalid_input(name_, s.what()).at_line(line_));
  doc.text_checked = true;
  doc.metadata_json = input::flat_metadata_json(flat);
  return Status{};
}

Status JsonlReader::parse(std::string_view line, Document& doc) const {
  doc = Document{};
  doc.name = name_ + ":" + std::to_string(line_);
  if (Status s = check_utf8_text(line, name_); !s.ok())
    return std::move(Status::invalid_input(name_, s.what()).at_line(line_).at_byte(s.byte()).with_fragment(s.fragment()));
  if (std::optional<Status> flat = parse_flat(line, doc)) return *flat;
  nlohmann::json object;
  try {
    object = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is 1-based; the message's first part repeats the library's prefix.
    std::string what = e.what();
    if (const size_t colon = what.find("parse error"); colon != std::string::npos) what = what.substr(colon);
    const uint64_t at = e.byte > 0 ? e.byte - 1 : 0;
    const uint64_t from = at > 20 ? at - 20 : 0;
    return std::move(Status::invalid_input(name_, "not JSON: " + what)
                         .at_line(line_)
                         .at_byte(at)
                         .with_fragment(std::string(line.substr(from, std::min<uint64_t>(40, line.size() - from)))));
  } catch (const nlohmann::json::exception& e) {
    return std::move(Status::invalid_input(name_, std::string("not JSON: ") + e.what()).at_line(line_));
  }
  if (!object.is_object()) return Status::invalid_input(name_, "a line must be a JSON object").at_line(line_);
  auto text = object.find("text");
  auto html = object.find("html");
  if (text == object.end() && html == object.end())
    return Status::invalid_input(name_, "missing \"text\" or \"html\"").at_line(line_);
  const auto& body = text != object.end() ? *text : *html;
  if (!body.is_string())
    return Status::invalid_input(name_, std::string("\"") + (text != object.end() ? "text" : "html") + "\" must be a string")
        .at_line(line_);
  if (auto id = object.find("id"); id != object.end()) {
    if (id->is_string()) doc.id = id->get<std::string>();
    else if (id->is_number_integer()) doc.id = id->dump();
    else return Status::invalid_input(name_, "\"id\" must be a string or an integer").at_line(line_);
  } else {
    doc.id = doc.name;
  }
  // The language the document says it is in (Pipeline::analyze honours it;
  // it stays in the metadata, as given).
  if (auto lang = object.find("lang"); lang != object.end() && lang->is_string()) doc.lang = lang->get<std::string>();
  // A corpus document is named by its id: which shard and line it sat on is an
  // accident of the split (errors give the line), and outputs must not depend
  // on it (docs/scale-out.md).
  doc.name = doc.id;
  if (text != object.end()) {
    doc.text = text->get<std::string>();
    if (doc.text.starts_with("\xEF\xBB\xBF")) doc.text.erase(0, 3);
    if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos)
      return Status::invalid_input(name_, "empty \"text\": nothing to analyse").at_line(line_);
  } else if (Status s = html_to_document(html->get<std::string>(), name_, chrome_, doc); !s.ok()) {
    return std::move(Status(s.code(), name_, s.what()).at_line(line_));
  }
  if (Status s = check_utf8_text(doc.text, name_); !s.ok())
    return std::move(Status::invalid_input(name_, s.what()).at_line(line_));
  doc.text_checked = true;
  object.erase("id");
  object.erase("text");
  object.erase("html");
  if (!object.empty()) doc.metadata_json = object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return {};
}

}  // namespace whosaid
