#include "eval/predictions.h"

#include <set>

#include "eval/json_fields.h"
#include "eval/words.h"

namespace whosaid::eval {
namespace {

using detail::Where;
using nlohmann::json;

// {"text", "start", "end"} as one fragment.
Status fragment_field(const json& v, const Where& sw, TextSpan& span) {
  if (!v.is_object()) return sw.error("expected {\"text\", \"start\", \"end\"}", &v);
  if (Status s = detail::required_string(v, "text", sw, span.text); !s.ok()) return s;
  for (const char* k : {"start", "end"}) {
    auto p = v.find(k);
    if (p == v.end()) return sw.error(std::string("missing field '") + k + "'");
    if (!p->is_number_integer() || p->get<long long>() < 0 || p->get<long long>() > UINT32_MAX)
      return sw.at(k).error("expected an offset in code points", &*p);
  }
  span.start = v.at("start").get<uint32_t>();
  span.end = v.at("end").get<uint32_t>();
  return detail::check_span(span, sw);
}

// {"text", "start", "end"}, or null / absent. A discontinuous span also
// carries "fragments": [{"text", "start", "end"}, ...], all of its fragments,
// which are then what is scored against brat gold; when the span's own
// start and end cover them all (extract JSON: the whole span, tag inside),
// that whole span goes to `whole`, scored against gold JSON (score.cpp).
Status span_field(const json& obj, const char* key, const Where& w, std::optional<TextSpan>& out,
                  std::optional<TextSpan>* whole = nullptr) {
  out.reset();
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return {};
  Where sw = w.at(key);
  const json& v = *it;
  if (!v.is_object()) return sw.error("expected {\"text\", \"start\", \"end\"} or null", &v);
  TextSpan span;
  if (Status s = fragment_field(v, sw, span); !s.ok()) return s;
  if (auto f = v.find("fragments"); f != v.end() && !f->is_null()) {
    const TextSpan outer = span;
    Where fw = sw.at("fragments");
    if (!f->is_array() || f->empty()) return fw.error("expected an array of {\"text\", \"start\", \"end\"}", &*f);
    if (Status s = fragment_field((*f)[0], fw.at(0), span); !s.ok()) return s;
    for (size_t i = 1; i < f->size(); ++i) {
      TextSpan more;
      if (Status s = fragment_field((*f)[i], fw.at(i), more); !s.ok()) return s;
      span.more.push_back(std::move(more));
    }
    // `whosaid extract` gives the whole span beside the fragments; a span
    // that covers them all is kept to be scored against gold JSON.
    bool covers = true;
    for_each_fragment(span, [&](const TextSpan& x) { covers = covers && outer.start <= x.start && x.end <= outer.end; });
    if (whole && covers) *whole = outer;
  }
  out = std::move(span);
  return {};
}

Status read_entity(const json& e, const Where& w, PredictedEntity& out) {
  if (!e.is_object()) return w.error("expected an object", &e);
  std::optional<std::string> id;
  if (Status s = detail::optional_id(e, "id", w, id); !s.ok()) return s;
  if (!id) return w.error("missing field 'id'");
  out.id = *id;
  Where ew{w.input, w.path + " (" + out.id + ")"};
  if (e.contains("anonymous") && !e.at("anonymous").is_null()) {
    bool anonymous = false;
    if (Status s = detail::optional_bool(e, "anonymous", ew, anonymous); !s.ok()) return s;
    out.anonymous = anonymous;
  }
  if (Status s = detail::optional_string(e, "affiliation", ew, out.affiliation); !s.ok()) return s;
  if (out.affiliation && out.affiliation->empty()) out.affiliation.reset();
  if (Status s = detail::optional_int(e, "count", ew, out.count); !s.ok()) return s;
  return {};
}

Status read_attribution(const json& a, const Where& w, PredictedAttribution& out) {
  if (!a.is_object()) return w.error("expected an object", &a);
  std::optional<std::string> id;
  if (Status s = detail::optional_id(a, "id", w, id); !s.ok()) return s;
  if (!id) return w.error("missing field 'id'");
  out.id = *id;
  Where aw{w.input, w.path + " (" + out.id + ")"};
  if (Status s = span_field(a, "source", aw, out.source); !s.ok()) return s;
  if (Status s = span_field(a, "cue", aw, out.cue); !s.ok()) return s;
  if (Status s = span_field(a, "content", aw, out.content, &out.content_whole); !s.ok()) return s;
  if (Status s = detail::optional_id(a, "entity", aw, out.entity); !s.ok()) return s;
  if (Status s = detail::required_string(a, "type", aw, out.type); !s.ok()) return s;
  if (Status s = detail::required_string(a, "quote", aw, out.quote); !s.ok()) return s;
  if (Status s = detail::optional_id(a, "parent", aw, out.parent); !s.ok()) return s;
  std::optional<std::string> rule;
  if (Status s = detail::optional_string(a, "rule", aw, rule); !s.ok()) return s;
  out.rule = rule.value_or("");
  return {};
}

}  // namespace

const PredictedEntity* Predictions::entity(std::string_view id) const {
  for (const PredictedEntity& e : entities)
    if (e.id == id) return &e;
  return nullptr;
}

int Predictions::attribution_index(std::string_view id) const {
  for (size_t i = 0; i < attributions.size(); ++i)
    if (attributions[i].id == id) return static_cast<int>(i);
  return -1;
}

Status read_predictions(const std::string& path, Predictions& out) {
  json j;
  if (Status s = detail::read_json_file(path, j); !s.ok()) return s;
  return predictions_from_json(j, path, out);
}

Status parse_predictions(std::string_view json_text, const std::string& name, Predictions& out) {
  json j;
  if (Status s = detail::parse_json_text(json_text, name, j); !s.ok()) return s;
  return predictions_from_json(j, name, out);
}

Status predictions_from_json(const json& j, const std::string& name, Predictions& out) {
  out = Predictions{};
  out.name = name;
  Where w{name, ""};
  if (!j.is_object()) return w.error("predictions are a JSON object", &j);
  auto attributions = j.find("attributions");
  if (attributions == j.end()) return w.error("missing field 'attributions'");
  if (!attributions->is_array()) return w.at("attributions").error("expected an array", &*attributions);

  std::set<std::string> entity_ids;
  if (auto entities = j.find("entities"); entities != j.end() && !entities->is_null()) {
    if (!entities->is_array()) return w.at("entities").error("expected an array", &*entities);
    for (size_t i = 0; i < entities->size(); ++i) {
      PredictedEntity e;
      if (Status s = read_entity((*entities)[i], w.at("entities").at(i), e); !s.ok()) return s;
      if (!entity_ids.insert(e.id).second)
        return w.at("entities").at(i).error("duplicate entity id '" + e.id + "'");
      out.entities.push_back(std::move(e));
    }
  }
  std::set<std::string> attribution_ids;
  for (size_t i = 0; i < attributions->size(); ++i) {
    PredictedAttribution a;
    if (Status s = read_attribution((*attributions)[i], w.at("attributions").at(i), a); !s.ok()) return s;
    if (!attribution_ids.insert(a.id).second)
      return w.at("attributions").at(i).error("duplicate attribution id '" + a.id + "'");
    out.attributions.push_back(std::move(a));
  }
  for (size_t i = 0; i < out.attributions.size(); ++i) {
    const PredictedAttribution& a = out.attributions[i];
    Where aw = w.at("attributions").at(i, a.id);
    if (a.entity && !entity_ids.count(*a.entity))
      return aw.error("entity refers to no entity: '" + *a.entity + "'");
    if (a.parent && !attribution_ids.count(*a.parent))
      return aw.error("parent refers to no attribution: '" + *a.parent + "'");
  }
  return {};
}

Status check_predictions_text(const Predictions& predictions, std::string_view document_text) {
  std::u32string doc = decode_utf8(document_text);
  Where w{predictions.name, ""};
  for (size_t i = 0; i < predictions.attributions.size(); ++i) {
    const PredictedAttribution& a = predictions.attributions[i];
    Where aw = w.at("attributions").at(i, a.id);
    const std::pair<const char*, const std::optional<TextSpan>*> spans[] = {
        {"source", &a.source}, {"cue", &a.cue}, {"content", &a.content}, {"content", &a.content_whole}};
    for (const auto& [key, span] : spans) {
      if (!*span) continue;
      if (Status s = detail::check_span_in_text(**span, doc, aw.at(key)); !s.ok()) return s;
    }
  }
  return {};
}

}  // namespace whosaid::eval
