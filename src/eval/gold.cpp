#include "eval/gold.h"

#include <map>
#include <set>

#include "eval/json_fields.h"
#include "eval/words.h"

namespace whosaid::eval {
namespace {

using detail::Where;
using nlohmann::json;

bool one_of(std::string_view v, std::initializer_list<std::string_view> allowed) {
  for (std::string_view a : allowed)
    if (v == a) return true;
  return false;
}

std::string list(std::initializer_list<std::string_view> allowed) {
  std::string out;
  for (std::string_view a : allowed) out += (out.empty() ? "" : ", ") + std::string(a);
  return out;
}

Status enum_field(const json& obj, const char* key, const Where& w,
                  std::initializer_list<std::string_view> allowed, std::string& out) {
  if (Status s = detail::required_string(obj, key, w, out); !s.ok()) return s;
  if (!one_of(out, allowed)) {
    const json& v = obj.at(key);
    return w.at(key).error("unknown value, expected one of " + list(allowed), &v);
  }
  return {};
}

// "source": text plus "source_span": [start, end]. A null or absent text means
// no span (and a span without its text is ignored: the scorer reads text).
Status span_field(const json& obj, const char* key, const Where& w, std::optional<TextSpan>& out) {
  out.reset();
  std::optional<std::string> text;
  if (Status s = detail::optional_string(obj, key, w, text); !s.ok()) return s;
  if (!text) return {};
  std::string span_key = std::string(key) + "_span";
  Where sw = w.at(span_key);
  auto it = obj.find(span_key);
  if (it == obj.end() || it->is_null())
    return w.error("field '" + std::string(key) + "' has no '" + span_key + "'");
  const json& v = *it;
  if (!v.is_array() || v.size() != 2 || !v[0].is_number_integer() || !v[1].is_number_integer())
    return sw.error("expected [start, end] in code points", &v);
  long long start = v[0].get<long long>(), end = v[1].get<long long>();
  if (start < 0 || end < 0 || end > UINT32_MAX)
    return sw.error("span out of range: offsets must be between 0 and 2^32", &v);
  TextSpan span{static_cast<uint32_t>(start), static_cast<uint32_t>(end), *text};
  if (Status s = detail::check_span(span, sw); !s.ok()) return s;
  out = std::move(span);
  return {};
}

Status read_entity(const json& e, const Where& w, GoldEntity& out) {
  if (!e.is_object()) return w.error("expected an object", &e);
  if (Status s = detail::required_string(e, "id", w, out.id); !s.ok()) return s;
  Where ew = Where{w.input, w.path + " (" + out.id + ")"};
  std::optional<std::string> label;
  if (Status s = detail::optional_string(e, "label", ew, label); !s.ok()) return s;
  out.label = label.value_or("");
  if (!e.contains("named")) return ew.error("missing field 'named'");
  if (Status s = detail::optional_bool(e, "named", ew, out.named); !s.ok()) return s;
  if (Status s = enum_field(e, "kind", ew, {"person", "organization", "group"}, out.kind); !s.ok()) return s;
  if (Status s = detail::optional_string(e, "affiliation", ew, out.affiliation); !s.ok()) return s;
  if (Status s = detail::optional_int(e, "count", ew, out.count); !s.ok()) return s;
  if (out.count && *out.count < 0) return ew.at("count").error("a count cannot be negative", &e.at("count"));
  if (Status s = detail::optional_string(e, "member_of", ew, out.member_of); !s.ok()) return s;
  if (Status s = detail::optional_bool(e, "self_uncertain", ew, out.self_uncertain); !s.ok()) return s;
  return {};
}

Status read_attribution(const json& a, const Where& w, GoldAttribution& out) {
  if (!a.is_object()) return w.error("expected an object", &a);
  if (Status s = detail::required_string(a, "id", w, out.id); !s.ok()) return s;
  Where aw = Where{w.input, w.path + " (" + out.id + ")"};
  for (const char* key : {"source", "cue", "content"})
    if (!a.contains(key)) return aw.error(std::string("missing field '") + key + "' (null when there is none)");
  if (Status s = span_field(a, "source", aw, out.source); !s.ok()) return s;
  if (Status s = span_field(a, "cue", aw, out.cue); !s.ok()) return s;
  if (Status s = span_field(a, "content", aw, out.content); !s.ok()) return s;
  if (Status s = detail::optional_string(a, "entity", aw, out.entity); !s.ok()) return s;
  if (Status s = enum_field(a, "type", aw, {"statement", "denial", "refusal"}, out.type); !s.ok()) return s;
  if (Status s = enum_field(a, "quote", aw, {"direct", "indirect", "mixed", "none"}, out.quote); !s.ok())
    return s;
  if (Status s = detail::optional_string(a, "parent", aw, out.parent); !s.ok()) return s;
  if (Status s = detail::optional_bool(a, "optional", aw, out.optional); !s.ok()) return s;
  if (a.contains("section")) {
    if (Status s = enum_field(a, "section", aw, {"header", "body", "comment"}, out.section); !s.ok()) return s;
  }
  return {};
}

}  // namespace

const GoldEntity* Gold::entity(std::string_view id) const {
  for (const GoldEntity& e : entities)
    if (e.id == id) return &e;
  return nullptr;
}

int Gold::attribution_index(std::string_view id) const {
  for (size_t i = 0; i < attributions.size(); ++i)
    if (attributions[i].id == id) return static_cast<int>(i);
  return -1;
}

bool Gold::uncertain(std::string_view a, std::string_view b) const {
  if (a == b) {
    const GoldEntity* e = entity(a);
    return e != nullptr && e->self_uncertain;
  }
  for (const auto& [x, y] : uncertain_pairs)
    if ((x == a && y == b) || (x == b && y == a)) return true;
  return false;
}

Status read_gold(const std::string& path, Gold& out) {
  json j;
  if (Status s = detail::read_json_file(path, j); !s.ok()) return s;
  return gold_from_json(j, path, out);
}

Status parse_gold(std::string_view json_text, const std::string& name, Gold& out) {
  json j;
  if (Status s = detail::parse_json_text(json_text, name, j); !s.ok()) return s;
  return gold_from_json(j, name, out);
}

Status gold_from_json(const json& j, const std::string& name, Gold& out) {
  out = Gold{};
  out.name = name;
  Where w{name, ""};
  if (!j.is_object()) return w.error("a gold file is a JSON object", &j);
  if (Status s = detail::required_string(j, "document", w, out.document); !s.ok()) return s;
  std::optional<std::string> lang;
  if (Status s = detail::optional_string(j, "lang", w, lang); !s.ok()) return s;
  out.lang = lang.value_or("");

  for (const char* key : {"entities", "attributions"}) {
    auto it = j.find(key);
    if (it == j.end()) return w.error(std::string("missing field '") + key + "'");
    if (!it->is_array()) return w.at(key).error("expected an array", &*it);
  }

  std::set<std::string> entity_ids;
  const json& entities = j.at("entities");
  for (size_t i = 0; i < entities.size(); ++i) {
    GoldEntity e;
    if (Status s = read_entity(entities[i], w.at("entities").at(i), e); !s.ok()) return s;
    if (!entity_ids.insert(e.id).second)
      return w.at("entities").at(i).error("duplicate entity id '" + e.id + "'");
    out.entities.push_back(std::move(e));
  }
  for (size_t i = 0; i < out.entities.size(); ++i) {
    const GoldEntity& e = out.entities[i];
    if (e.member_of && !entity_ids.count(*e.member_of))
      return w.at("entities").at(i, e.id).error("member_of refers to no entity: '" + *e.member_of + "'");
  }

  std::set<std::string> attribution_ids;
  const json& attributions = j.at("attributions");
  for (size_t i = 0; i < attributions.size(); ++i) {
    GoldAttribution a;
    if (Status s = read_attribution(attributions[i], w.at("attributions").at(i), a); !s.ok()) return s;
    if (!attribution_ids.insert(a.id).second)
      return w.at("attributions").at(i).error("duplicate attribution id '" + a.id + "'");
    out.attributions.push_back(std::move(a));
  }
  for (size_t i = 0; i < out.attributions.size(); ++i) {
    const GoldAttribution& a = out.attributions[i];
    Where aw = w.at("attributions").at(i, a.id);
    if (a.entity && !entity_ids.count(*a.entity))
      return aw.error("entity refers to no entity: '" + *a.entity + "'");
    if (a.parent && !attribution_ids.count(*a.parent))
      return aw.error("parent refers to no attribution: '" + *a.parent + "'");
    if (a.parent && *a.parent == a.id) return aw.error("an attribution cannot be its own parent");
  }

  if (auto it = j.find("uncertain_pairs"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return w.at("uncertain_pairs").error("expected an array of [id, id]", &*it);
    for (size_t i = 0; i < it->size(); ++i) {
      const json& p = (*it)[i];
      Where pw = w.at("uncertain_pairs").at(i);
      if (!p.is_array() || p.size() != 2 || !p[0].is_string() || !p[1].is_string())
        return pw.error("expected [entity id, entity id]", &p);
      std::string a = p[0].get<std::string>(), b = p[1].get<std::string>();
      for (const std::string& id : {a, b})
        if (!entity_ids.count(id)) return pw.error("refers to no entity: '" + id + "'", &p);
      out.uncertain_pairs.emplace_back(std::move(a), std::move(b));
    }
  }
  return {};
}

Status check_gold_text(const Gold& gold, std::string_view document_text) {
  std::u32string doc = decode_utf8(document_text);
  Where w{gold.name, ""};
  for (size_t i = 0; i < gold.attributions.size(); ++i) {
    const GoldAttribution& a = gold.attributions[i];
    Where aw = w.at("attributions").at(i, a.id);
    const std::pair<const char*, const std::optional<TextSpan>*> spans[] = {
        {"source_span", &a.source}, {"cue_span", &a.cue}, {"content_span", &a.content}};
    for (const auto& [key, span] : spans) {
      if (!*span) continue;
      if (Status s = detail::check_span_in_text(**span, doc, aw.at(key)); !s.ok()) return s;
    }
  }
  return {};
}

json gold_as_predictions(const Gold& gold) {
  std::map<std::string, std::string> entity_ids, attribution_ids;
  json entities = json::array();
  for (size_t i = 0; i < gold.entities.size(); ++i) {
    const GoldEntity& e = gold.entities[i];
    std::string id = "e" + std::to_string(i + 1);
    entity_ids[e.id] = id;
    json je = {{"id", id}, {"anonymous", !e.named}, {"label", e.label}};
    je["affiliation"] = e.affiliation ? json(*e.affiliation) : json(nullptr);
    je["count"] = e.count ? json(*e.count) : json(nullptr);
    entities.push_back(std::move(je));
  }
  for (size_t i = 0; i < gold.attributions.size(); ++i)
    attribution_ids[gold.attributions[i].id] = "a" + std::to_string(i + 1);

  auto span_json = [](const std::optional<TextSpan>& s) {
    if (!s) return json(nullptr);
    json j{{"text", s->text}, {"start", s->start}, {"end", s->end}};
    if (!s->more.empty()) {
      json fragments = json::array();
      for_each_fragment(*s, [&](const TextSpan& f) {
        fragments.push_back({{"text", f.text}, {"start", f.start}, {"end", f.end}});
      });
      j["fragments"] = std::move(fragments);
    }
    return j;
  };
  json attributions = json::array();
  for (const GoldAttribution& a : gold.attributions) {
    json ja = {{"id", attribution_ids[a.id]}, {"type", a.type}, {"quote", a.quote}};
    ja["entity"] = a.entity ? json(entity_ids[*a.entity]) : json(nullptr);
    ja["parent"] = a.parent ? json(attribution_ids[*a.parent]) : json(nullptr);
    ja["source"] = span_json(a.source);
    ja["cue"] = span_json(a.cue);
    ja["content"] = span_json(a.content);
    ja["section"] = a.section;
    attributions.push_back(std::move(ja));
  }
  return json{{"document", gold.document}, {"entities", std::move(entities)},
              {"attributions", std::move(attributions)}};
}

}  // namespace whosaid::eval
