#include "eval/brat.h"

#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <vector>

#include <unicode/uchar.h>

#include "core/utf8.h"

namespace whosaid::eval {
namespace {

constexpr size_t kQuotedBytes = 60;
constexpr uint32_t kQuotedCodepoints = 40;

// One annotation: its id, what follows the id's tab (continuation lines
// joined to it by '\n'), and where it is in the file.
struct Annotation {
  std::string id;
  std::string fields;
  uint32_t line = 0;       // 1-based, the line of the id
  std::string_view first;  // that line, for messages
};

// The start of a line as brat writes ids: a letter of TEARMN# and digits,
// or '*', then a tab. Returns the id's length, 0 when the line has no id.
size_t id_length(std::string_view line) {
  if (line.empty()) return 0;
  size_t i = 1;
  if (line[0] != '*') {
    if (std::string_view("TEARMN#").find(line[0]) == std::string_view::npos) return 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
    if (i == 1) return 0;
  }
  return i < line.size() && line[i] == '\t' ? i : 0;
}

// The line, tabs shown as \t, cut to about 60 bytes on a character boundary.
std::string quoted_line(std::string_view line) {
  std::string out;
  for (size_t i = 0; i < line.size();) {
    if (out.size() >= kQuotedBytes) {
      out += "...";
      break;
    }
    size_t from = i;
    utf8::decode(line, i);
    if (line[from] == '\t') out += "\\t";
    else out.append(line.substr(from, i - from));
  }
  return out;
}

std::string cut(std::string_view text) {
  std::string out;
  uint32_t n = 0;
  for (size_t i = 0; i < text.size(); ++n) {
    if (n == kQuotedCodepoints) return out + "...";
    size_t from = i;
    char32_t c = utf8::decode(text, i);
    if (c == '\n') out += "\\n";
    else out.append(text.substr(from, i - from));
  }
  return out;
}

// Whether a and b are the same text once white space is left out (brat
// writes a line break inside a span as it is; another writer may not).
bool same_but_space(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  auto next = [](std::string_view s, size_t& k) -> std::optional<char32_t> {
    while (k < s.size()) {
      char32_t c = utf8::decode(s, k);
      if (!u_isUWhiteSpace(static_cast<UChar32>(c))) return c;
    }
    return std::nullopt;
  };
  for (;;) {
    std::optional<char32_t> x = next(a, i), y = next(b, j);
    if (x != y) return false;
    if (!x) return true;
  }
}

// Parses a decimal offset, digits only; false when it is not one or does not
// fit 32 bits.
bool parse_offset(std::string_view s, uint32_t& out) {
  if (s.empty() || s.size() > 10) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  if (v > UINT32_MAX) return false;
  out = static_cast<uint32_t>(v);
  return true;
}

std::vector<std::string_view> split(std::string_view s, char by) {
  std::vector<std::string_view> out;
  size_t from = 0;
  for (size_t at = s.find(by); at != std::string_view::npos; at = s.find(by, from)) {
    out.push_back(s.substr(from, at - from));
    from = at + 1;
  }
  out.push_back(s.substr(from));
  return out;
}

class Reader {
 public:
  Reader(std::string_view text, const std::string& name) : text_(text), name_(name) {
    // byte_at_[k]: the byte offset of code point k; one past the last is the size.
    for (size_t i = 0; i < text.size();) {
      byte_at_.push_back(static_cast<uint32_t>(i));
      utf8::decode(text, i);
    }
    byte_at_.push_back(static_cast<uint32_t>(text.size()));
  }

  Status read(std::string_view ann, Gold& out);

 private:
  struct Event {
    const Annotation* at = nullptr;
    std::map<std::string, std::string> roles;  // role -> T id
  };

  Status error(const Annotation& a, const std::string& what) const {
    Status s = Status::invalid_input(name_, a.id + ": " + what);
    s.at_line(a.line).with_fragment(quoted_line(a.first));
    return s;
  }
  Status split_lines(std::string_view ann, std::vector<Annotation>& out) const;
  Status read_span(const Annotation& a, TextSpan& span, std::string& type) const;
  Status read_event(const Annotation& a, Event& e) const;
  Status check_other(const Annotation& a) const;

  std::string_view text_;
  const std::string& name_;
  std::vector<uint32_t> byte_at_;
};

Status Reader::split_lines(std::string_view ann, std::vector<Annotation>& out) const {
  if (ann.substr(0, 3) == "\xEF\xBB\xBF") ann.remove_prefix(3);  // a byte order mark
  if (!ann.empty() && ann.back() == '\n') ann.remove_suffix(1);  // the last line's end, not an empty line
  if (ann.empty()) return {};
  uint32_t number = 0;
  for (std::string_view line : split(ann, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (size_t n = id_length(line); n > 0) {
      out.push_back({std::string(line.substr(0, n)), std::string(line.substr(n + 1)), number, line});
      continue;
    }
    // A span's text going on after a line break: only T and # lines have text.
    if (out.empty() || (out.back().id[0] != 'T' && out.back().id[0] != '#'))
      return std::move(Status::invalid_input(name_, "not an annotation line: expected an id such as T1, E1, A1 or "
                                                    "#1 and a tab")
                           .at_line(number)
                           .with_fragment(quoted_line(line)));
    out.back().fields += '\n';
    out.back().fields += line;
  }
  return {};
}

// "TYPE START END[;START END...]\tTEXT"
Status Reader::read_span(const Annotation& a, TextSpan& span, std::string& type) const {
  std::string_view fields = a.fields;
  size_t tab = fields.find('\t');
  if (tab == std::string_view::npos) return error(a, "expected 'TYPE START END', a tab and the text");
  std::string_view head = fields.substr(0, tab), text = fields.substr(tab + 1);
  size_t space = head.find(' ');
  if (space == 0 || space == std::string_view::npos) return error(a, "expected 'TYPE START END' before the text");
  type = std::string(head.substr(0, space));
  std::vector<TextSpan> fragments;
  const uint32_t length = static_cast<uint32_t>(byte_at_.size() - 1);
  for (std::string_view offsets : split(head.substr(space + 1), ';')) {
    std::vector<std::string_view> two = split(offsets, ' ');
    TextSpan f;
    if (two.size() != 2 || !parse_offset(two[0], f.start) || !parse_offset(two[1], f.end))
      return error(a, "offsets '" + std::string(offsets) + "' are not START END (code points)");
    if (f.end <= f.start)
      return error(a, "fragment " + std::string(offsets) + (f.end == f.start ? " is empty" : " ends before it starts"));
    if (f.end > length)
      return error(a, "offset " + std::to_string(f.end) + " is beyond the end of the text (" +
                          std::to_string(length) + " code points)");
    f.text = std::string(text_.substr(byte_at_[f.start], byte_at_[f.end] - byte_at_[f.start]));
    fragments.push_back(std::move(f));
  }
  std::string joined;
  for (const TextSpan& f : fragments) joined += (joined.empty() ? "" : " ") + f.text;
  if (joined != text && !same_but_space(joined, text))
    return error(a, "the text at " + std::string(head.substr(space + 1)) + " is '" + cut(joined) + "', not '" +
                        cut(text) + "' (offsets are code points of the text)");
  span = std::move(fragments.front());
  span.more.assign(std::make_move_iterator(fragments.begin() + 1), std::make_move_iterator(fragments.end()));
  return {};
}

bool known_role(std::string_view role) {
  if (role == "Source" || role == "Cue" || role == "Content") return true;
  if (role.substr(0, 7) != "Content" || role.size() == 7) return false;
  for (char c : role.substr(7))
    if (c < '0' || c > '9') return false;
  return true;
}

// "Attribution:T8 Content:T7 Cue:T6 Source:T5"
Status Reader::read_event(const Annotation& a, Event& e) const {
  e.at = &a;
  if (a.fields.find('\t') != std::string::npos) return error(a, "an event line has no text after a tab");
  bool trigger = true;
  for (std::string_view arg : split(a.fields, ' ')) {
    if (arg.empty()) continue;
    size_t colon = arg.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon + 1 == arg.size())
      return error(a, "'" + std::string(arg) + "' is not ROLE:ID");
    std::string role(arg.substr(0, colon)), id(arg.substr(colon + 1));
    if (trigger) {
      if (role != "Attribution" && role != "Attribution-no-source")
        return error(a, "unknown event type '" + role + "' (expected Attribution or Attribution-no-source)");
      trigger = false;
      e.roles["(trigger)"] = id;
      continue;
    }
    if (!known_role(role)) return error(a, "unknown role '" + role + "' (expected Source, Cue, Content, Content2...)");
    if (!e.roles.emplace(role, id).second) return error(a, "role " + role + " given twice");
  }
  if (trigger) return error(a, "no event type (expected Attribution:T1 ...)");
  return {};
}

// A, M, R, N, # and * lines are dropped; their shape is checked so that a
// line cut short is not passed over: a type, then at least one argument.
Status Reader::check_other(const Annotation& a) const {
  std::string_view head = std::string_view(a.fields).substr(0, a.fields.find('\t'));
  size_t n = 0;
  for (std::string_view part : split(head, ' '))
    if (!part.empty()) ++n;
  if (n < 2) return error(a, "expected a type and what it applies to");
  return {};
}

Status Reader::read(std::string_view ann, Gold& out) {
  std::vector<Annotation> annotations;
  if (Status s = split_lines(ann, annotations); !s.ok()) return s;

  std::map<std::string, const Annotation*> ids;
  std::map<std::string, TextSpan> spans;
  std::vector<Event> events;
  for (const Annotation& a : annotations) {
    if (a.id != "*" && !ids.emplace(a.id, &a).second)
      return error(a, "duplicate id (first on line " + std::to_string(ids[a.id]->line) + ")");
    if (a.id[0] == 'T') {
      TextSpan span;
      std::string type;
      if (Status s = read_span(a, span, type); !s.ok()) return s;
      spans.emplace(a.id, std::move(span));
    } else if (a.id[0] == 'E') {
      Event e;
      if (Status s = read_event(a, e); !s.ok()) return s;
      events.push_back(std::move(e));
    } else if (Status s = check_other(a); !s.ok()) {
      return s;
    }
  }

  for (const Event& e : events) {
    std::optional<TextSpan> source, cue, content;
    for (const auto& [role, id] : e.roles) {  // map order: Content before Content2, Content3...
      auto it = spans.find(id);
      if (it == spans.end())
        return error(*e.at, role + ":" + id + " refers to no text-bound annotation (T) of the file");
      if (role == "(trigger)") continue;
      std::optional<TextSpan>& slot = role == "Source" ? source : role == "Cue" ? cue : content;
      if (!slot) {
        slot = it->second;
        continue;
      }
      // Content2...: further fragments of the content.
      for_each_fragment(it->second, [&](const TextSpan& f) { slot->more.push_back(TextSpan{f.start, f.end, f.text}); });
    }
    if (!source && !cue && !content) continue;  // an empty attribution (a trigger alone): nothing to find
    GoldAttribution g;
    g.id = e.at->id;
    g.source = std::move(source);
    g.cue = std::move(cue);
    g.content = std::move(content);
    out.attributions.push_back(std::move(g));
  }
  return {};
}

}  // namespace

Status parse_brat_gold(std::string_view ann, std::string_view document_text, const std::string& name,
                       const std::string& document_name, Gold& out) {
  out = Gold{};
  out.name = name;
  out.document = document_name;
  out.discontinuous_spans = true;
  Reader reader(document_text, name);
  Status s = reader.read(ann, out);
  if (!s.ok()) out.attributions.clear();
  return s;
}

Status read_brat_gold(const std::string& ann_path, std::string_view document_text, const std::string& document_name,
                      Gold& out) {
  std::ifstream in(ann_path, std::ios::binary);
  if (!in) return Status::io_error(ann_path, "cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::io_error(ann_path, "cannot read file");
  return parse_brat_gold(buffer.str(), document_text, ann_path, document_name, out);
}

}  // namespace whosaid::eval
