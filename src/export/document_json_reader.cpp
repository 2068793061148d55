#include "export/document_json_reader.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <set>

namespace whosaid {
namespace {

using nlohmann::json;

// Attribution::rule is a view of a static string; rules read back are interned
// here for the life of the process (a handful of pattern ids).
std::string_view intern_rule(const std::string& rule) {
  static std::mutex mutex;
  static std::set<std::string, std::less<>> rules;
  std::lock_guard lock(mutex);
  return *rules.insert(rule).first;
}

// The fields' errors name the document and the field: "a.jsonl:3: attributions[2].cue: ...".
class Reader {
 public:
  Reader(const json& in, const std::string& name, Document& out) : in_(in), name_(name), out_(out) {}

  Status run() {
    if (!in_.is_object()) return fail("", "not a JSON object");
    if (Status s = string_field(in_, "id", out_.id, true, "id"); !s.ok()) return s;
    if (Status s = string_field(in_, "name", out_.name, false, "name"); !s.ok()) return s;
    if (Status s = string_field(in_, "lang", out_.lang, false, "lang"); !s.ok()) return s;
    if (auto m = in_.find("metadata"); m != in_.end() && m->is_object()) out_.metadata_json = m->dump();
    if (Status s = provenance(); !s.ok()) return s;
    if (Status s = text(); !s.ok()) return s;
    if (Status s = sections(); !s.ok()) return s;
    if (Status s = entities(); !s.ok()) return s;
    return attributions();
  }

 private:
  Status fail(const std::string& field, const std::string& what) const {
    return Status::invalid_input(name_, field.empty() ? what : field + ": " + what);
  }

  // json::value() would throw on a mistyped field and convert an
  // out-of-range number with undefined behaviour: these check first.
  Status bool_field(const json& o, const char* key, bool fallback, bool& out, const std::string& where) const {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
      out = fallback;
      return {};
    }
    if (!it->is_boolean()) return fail(where, "not true or false");
    out = it->get<bool>();
    return {};
  }
  Status index_field(const json& o, const char* key, uint32_t& out, const std::string& where) const {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
      out = 0;
      return {};
    }
    if (!it->is_number_unsigned() || it->get<uint64_t>() > UINT32_MAX) return fail(where, "not a 32-bit unsigned integer");
    out = static_cast<uint32_t>(it->get<uint64_t>());
    return {};
  }

  Status string_field(const json& o, const char* key, std::string& out, bool required, const std::string& where) const {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) return required ? fail(where, "missing") : Status();
    if (!it->is_string()) return fail(where, "must be a string");
    out = it->get<std::string>();
    return {};
  }

  Status provenance() {
    auto it = in_.find("provenance");
    if (it == in_.end()) return {};
    if (!it->is_object()) return fail("provenance", "must be an object");
    Provenance& p = out_.provenance;
    for (auto [key, target] : {std::pair{"publisher", &p.publisher}, std::pair{"agency", &p.agency},
                               std::pair{"date", &p.date}, std::pair{"original_url", &p.original_url}})
      if (Status s = string_field(*it, key, *target, false, std::string("provenance.") + key); !s.ok()) return s;
    if (auto a = it->find("authors"); a != it->end()) {
      if (!a->is_array()) return fail("provenance.authors", "must be an array");
      for (const json& name : *a) {
        if (!name.is_string()) return fail("provenance.authors", "must hold strings");
        p.authors.push_back(name.get<std::string>());
      }
    }
    return {};
  }

  // Every span of the document, so the rebuilt text holds each at its place.
  void collect(const json& span, std::string where) {
    if (span.is_object() && span.contains("text") && span.contains("start") && span.contains("end"))
      spans_.emplace_back(&span, std::move(where));
  }

  Status text() {
    auto stats = in_.find("stats");
    if (stats == in_.end() || !stats->is_object() || !stats->contains("characters") ||
        !(*stats)["characters"].is_number_unsigned())
      return fail("stats.characters", "missing or not a count");
    const uint64_t characters = (*stats)["characters"].get<uint64_t>();
    if (characters > (1u << 30)) return fail("stats.characters", "too large");
    if (auto t = in_.find("text"); t != in_.end()) {
      if (!t->is_string()) return fail("text", "must be a string");
      out_.text = t->get<std::string>();
      out_.provenance.input_format = "html";
      return index_text(characters);
    }
    if (auto e = in_.find("entities"); e != in_.end() && e->is_array())
      for (size_t i = 0; i < e->size(); ++i) {
        const json& entity = (*e)[i];
        if (!entity.is_object()) continue;
        const std::string where = "entities[" + std::to_string(i) + "].";
        if (auto m = entity.find("mentions"); m != entity.end() && m->is_array())
          for (const json& mention : *m) collect(mention, where + "mentions");
        if (auto q = entity.find("qualifiers"); q != entity.end() && q->is_array())
          for (const json& qualifier : *q) collect(qualifier, where + "qualifiers");
        if (auto r = entity.find("anonymity_reason"); r != entity.end()) collect(*r, where + "anonymity_reason");
      }
    if (auto a = in_.find("attributions"); a != in_.end() && a->is_array())
      for (size_t i = 0; i < a->size(); ++i) {
        const json& attribution = (*a)[i];
        if (!attribution.is_object()) continue;
        for (const char* key : {"source", "cue", "content", "recipient"})
          if (auto s = attribution.find(key); s != attribution.end())
            collect(*s, "attributions[" + std::to_string(i) + "]." + key);
        if (auto c = attribution.find("content"); c != attribution.end() && c->is_object())
          if (auto f = c->find("fragments"); f != c->end() && f->is_array())
            for (size_t k = 0; k < f->size(); ++k)
              collect((*f)[k], "attributions[" + std::to_string(i) + "].content.fragments[" + std::to_string(k) + "]");
      }
    std::u32string code_points(characters, U' ');
    for (const auto& [span, where] : spans_) {
      const json& s = *span;
      if (!s["text"].is_string() || !s["start"].is_number_unsigned() || !s["end"].is_number_unsigned())
        return fail(where, "needs a string text and unsigned start and end");
      const uint64_t start = s["start"].get<uint64_t>(), end = s["end"].get<uint64_t>();
      if (start > end || end > characters) return fail(where, "lies outside the text");
      const std::string& text = s["text"].get_ref<const std::string&>();
      uint64_t at = start;
      for (size_t i = 0; i < text.size() && at < end;) {
        const auto c = static_cast<unsigned char>(text[i]);
        const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
        for (size_t k = 1; k < len && i + k < text.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        code_points[at++] = cp;
        i += len;
      }
    }
    out_.text.clear();
    out_.text.reserve(characters);
    for (char32_t cp : code_points) append(cp);
    return index_text(characters);
  }

  void append(char32_t cp) {
    std::string& o = out_.text;
    if (cp < 0x80) o += static_cast<char>(cp);
    else if (cp < 0x800) { o += static_cast<char>(0xC0 | (cp >> 6)); o += static_cast<char>(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
      o += static_cast<char>(0xE0 | (cp >> 12));
      o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      o += static_cast<char>(0xF0 | (cp >> 18));
      o += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // Byte offset of every code point boundary of out_.text.
  Status index_text(uint64_t characters) {
    byte_of_.clear();
    byte_of_.reserve(characters + 1);
    for (uint32_t i = 0; i < out_.text.size(); ++i)
      if ((static_cast<unsigned char>(out_.text[i]) & 0xC0) != 0x80) byte_of_.push_back(i);
    byte_of_.push_back(static_cast<uint32_t>(out_.text.size()));
    if (byte_of_.size() != characters + 1) return fail("text", "its length does not match stats.characters");
    return {};
  }

  Status span(const json& s, const std::string& field, Span& out) const {
    if (!s.is_object() || !s.contains("start") || !s.contains("end") || !s["start"].is_number_unsigned() ||
        !s["end"].is_number_unsigned())
      return fail(field, "not a span");
    const uint64_t start = s["start"].get<uint64_t>(), end = s["end"].get<uint64_t>();
    if (start > end || end + 1 > byte_of_.size()) return fail(field, "lies outside the text");
    out = {byte_of_[start], byte_of_[end]};
    return {};
  }

  // A content written as its two fragments around the tag (document_json.cpp):
  // the bytes between them are the incise.
  Status incise(const json& attribution, const std::string& field, Attribution& out) const {
    auto c = attribution.find("content");
    if (c == attribution.end() || !c->is_object()) return {};
    auto f = c->find("fragments");
    if (f == c->end() || f->is_null()) return {};
    if (!f->is_array() || f->size() != 2) return fail(field, "must be the content's two fragments");
    Span first, second;
    if (Status s = span((*f)[0], field + "[0]", first); !s.ok()) return s;
    if (Status s = span((*f)[1], field + "[1]", second); !s.ok()) return s;
    if (first.begin != out.content.begin || second.end != out.content.end || first.end > second.begin)
      return fail(field, "must cut the content in two, in text order");
    out.incise = {first.end, second.begin};
    return {};
  }

  // "e12" -> 11, "a3" -> 2; -1 for null.
  Status index_of(const json& id, char prefix, size_t count, const std::string& field, int32_t& out) const {
    out = -1;
    if (id.is_null()) return {};
    if (!id.is_string()) return fail(field, "must be an id string");
    const std::string& s = id.get_ref<const std::string&>();
    if (s.size() < 2 || s[0] != prefix || s.size() > 10) return fail(field, "'" + s + "' is not an id");
    uint64_t n = 0;
    for (size_t i = 1; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9') return fail(field, "'" + s + "' is not an id");
      n = n * 10 + static_cast<uint64_t>(s[i] - '0');
    }
    if (n == 0 || n > count) return fail(field, "'" + s + "' points nowhere");
    out = static_cast<int32_t>(n - 1);
    return {};
  }

  template <class E>
  Status enum_field(const json& o, const char* key, const std::string& where, std::initializer_list<std::pair<const char*, E>> values, E& out) const {
    auto it = o.find(key);
    if (it == o.end() || !it->is_string()) return fail(where, "missing or not a string");
    for (const auto& [text, value] : values)
      if (*it == text) { out = value; return {}; }
    return fail(where, "unknown value '" + it->get<std::string>() + "'");
  }

  Status sections() {
    auto it = in_.find("sections");
    if (it == in_.end()) return {};
    if (!it->is_array()) return fail("sections", "must be an array");
    for (size_t i = 0; i < it->size(); ++i) {
      const std::string where = "sections[" + std::to_string(i) + "]";
      Section section;
      if (Status s = enum_field<SectionKind>((*it)[i], "kind", where + ".kind",
                                             {{"header", SectionKind::header}, {"body", SectionKind::body},
                                              {"comment", SectionKind::comment}, {"chrome", SectionKind::chrome}},
                                             section.kind);
          !s.ok())
        return s;
      if (Status s = span((*it)[i], where, section.span); !s.ok()) return s;
      out_.sections.push_back(section);
    }
    return {};
  }

  int32_t mention_at(Span s, int32_t entity, uint32_t sentence) {
    auto [it, fresh] = mention_index_.try_emplace({s.begin, s.end}, static_cast<int32_t>(out_.mentions.size()));
    if (fresh) {
      Mention m;
      m.span = s;
      m.head = s;
      m.entity = entity;
      m.sentence = sentence;
      out_.mentions.push_back(m);
    }
    return it->second;
  }

  Status entities() {
    auto it = in_.find("entities");
    if (it == in_.end() || !it->is_array()) return fail("entities", "missing or not an array");
    const size_t count = it->size();
    for (size_t i = 0; i < count; ++i) {
      const json& e = (*it)[i];
      const std::string where = "entities[" + std::to_string(i) + "]";
      if (!e.is_object()) return fail(where, "not an object");
      Entity entity;
      entity.id = static_cast<uint32_t>(i + 1);
      if (Status s = enum_field<EntityKind>(e, "kind", where + ".kind",
                                            {{"person", EntityKind::person}, {"organization", EntityKind::organization},
                                             {"group", EntityKind::group}},
                                            entity.kind);
          !s.ok())
        return s;
      if (Status s = bool_field(e, "anonymous", true, entity.anonymous, where + ".anonymous"); !s.ok()) return s;
      if (auto c = e.find("count"); c != e.end() && c->is_number_integer()) entity.count = c->get<int>();
      for (auto [key, target] : {std::pair{"affiliation", &entity.affiliation}, std::pair{"role", &entity.role},
                                 std::pair{"name", &entity.name}, std::pair{"label", &entity.label}})
        if (Status s = string_field(e, key, *target, false, where + "." + key); !s.ok()) return s;
      int32_t group = -1;
      if (auto m = e.find("member_of"); m != e.end())
        if (Status s = index_of(*m, 'e', count, where + ".member_of", group); !s.ok()) return s;
      if (group >= 0) entity.member_of = static_cast<uint32_t>(group);
      if (auto q = e.find("qualifiers"); q != e.end() && q->is_array())
        for (const json& qualifier : *q) {
          Span s;
          if (Status st = span(qualifier, where + ".qualifiers", s); !st.ok()) return st;
          entity.qualifiers.push_back(s);
        }
      if (auto r = e.find("anonymity_reason"); r != e.end() && !r->is_null()) {
        Span s;
        if (Status st = span(*r, where + ".anonymity_reason", s); !st.ok()) return st;
        entity.anonymity_reason = s;
      }
      if (auto r = e.find("merge_rules"); r != e.end() && r->is_array())
        for (const json& rule : *r)
          if (rule.is_string()) entity.merge_rules.push_back(rule.get<std::string>());
      auto mentions = e.find("mentions");
      if (mentions == e.end() || !mentions->is_array()) return fail(where + ".mentions", "missing or not an array");
      for (const json& mention : *mentions) {
        Span s;
        if (Status st = span(mention, where + ".mentions", s); !st.ok()) return st;
        uint32_t sentence = 0;
        if (Status st = index_field(mention, "sentence", sentence, where + ".mentions.sentence"); !st.ok()) return st;
        entity.mentions.push_back(static_cast<uint32_t>(mention_at(s, static_cast<int32_t>(i), sentence)));
      }
      out_.entities.push_back(std::move(entity));
    }
    return {};
  }

  Status attributions() {
    auto it = in_.find("attributions");
    if (it == in_.end() || !it->is_array()) return fail("attributions", "missing or not an array");
    const size_t count = it->size();
    for (size_t i = 0; i < count; ++i) {
      const json& a = (*it)[i];
      const std::string where = "attributions[" + std::to_string(i) + "]";
      if (!a.is_object()) return fail(where, "not an object");
      Attribution out;
      out.id = static_cast<uint32_t>(i + 1);
      if (Status s = enum_field<AttributionType>(a, "type", where + ".type",
                                                 {{"statement", AttributionType::statement},
                                                  {"denial", AttributionType::denial},
                                                  {"refusal", AttributionType::refusal}},
                                                 out.type);
          !s.ok())
        return s;
      if (Status s = enum_field<QuoteKind>(a, "quote", where + ".quote",
                                           {{"direct", QuoteKind::direct}, {"indirect", QuoteKind::indirect},
                                            {"mixed", QuoteKind::mixed}, {"none", QuoteKind::none}},
                                           out.quote);
          !s.ok())
        return s;
      if (Status s = enum_field<SectionKind>(a, "section", where + ".section",
                                             {{"header", SectionKind::header}, {"body", SectionKind::body},
                                              {"comment", SectionKind::comment}, {"chrome", SectionKind::chrome}},
                                             out.section);
          !s.ok())
        return s;
      if (Status s = bool_field(a, "belief", false, out.belief, where + ".belief"); !s.ok()) return s;
      if (Status s = index_field(a, "sentence", out.sentence, where + ".sentence"); !s.ok()) return s;
      std::string text;
      if (Status s = string_field(a, "cue_lemma", out.cue_lemma, false, where + ".cue_lemma"); !s.ok()) return s;
      if (Status s = string_field(a, "rule", text, false, where + ".rule"); !s.ok()) return s;
      out.rule = intern_rule(text);
      if (Status s = index_of(a.value("parent", json()), 'a', count, where + ".parent", out.parent); !s.ok()) return s;
      int32_t entity = -1;
      if (Status s = index_of(a.value("entity", json()), 'e', out_.entities.size(), where + ".entity", entity); !s.ok())
        return s;
      for (auto [key, target] : {std::pair{"cue", &out.cue}, std::pair{"content", &out.content}}) {
        auto s = a.find(key);
        if (s != a.end() && !s->is_null())
          if (Status st = span(*s, where + "." + key, *target); !st.ok()) return st;
      }
      if (Status st = incise(a, where + ".content.fragments", out); !st.ok()) return st;
      if (auto r = a.find("recipient"); r != a.end() && !r->is_null()) {
        Span s;
        if (Status st = span(*r, where + ".recipient", s); !st.ok()) return st;
        out.recipient = s;
      }
      if (auto s = a.find("source"); s != a.end() && !s->is_null()) {
        if (Status st = span(*s, where + ".source", out.source); !st.ok()) return st;
        out.source_mention = mention_at(out.source, entity, out.sentence);
      }
      out_.attributions.push_back(std::move(out));
    }
    return {};
  }

  const json& in_;
  const std::string& name_;
  Document& out_;
  std::vector<std::pair<const json*, std::string>> spans_;
  std::vector<uint32_t> byte_of_;
  std::map<std::pair<uint32_t, uint32_t>, int32_t> mention_index_;
};

}  // namespace

Status document_from_json(const json& in, const std::string& name, Document& out) {
  out = Document{};
  return Reader(in, name, out).run();
}

}  // namespace whosaid
