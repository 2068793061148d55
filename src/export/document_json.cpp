#include "export/document_json.h"

#include "core/codepoints.h"

namespace whosaid {
namespace {

using nlohmann::json;

std::string entity_id(uint32_t index) { return "e" + std::to_string(index + 1); }
std::string attribution_id(uint32_t index) { return "a" + std::to_string(index + 1); }

class SpanWriter {
 public:
  explicit SpanWriter(const Document& doc) : doc_(doc), index_(doc.text) {}
  json operator()(Span s) const {
    if (s.empty() && s.begin == 0 && s.end == 0) return nullptr;
    return json{{"text", std::string(doc_.slice(s))}, {"start", index_.at(s.begin)}, {"end", index_.at(s.end)}};
  }
  json optional(const std::optional<Span>& s) const { return s ? (*this)(*s) : json(nullptr); }
  uint32_t cp(uint32_t byte) const { return index_.at(byte); }

 private:
  const Document& doc_;
  CodepointIndex index_;
};

// The sourcing audit (core/audit.h): entities as "e1", attributions as "a1".
json audit_to_json(const Audit& a) {
  auto entity_ids = [](const std::vector<uint32_t>& v) {
    json ids = json::array();
    for (uint32_t e : v) ids.push_back(entity_id(e));
    return ids;
  };
  json by_source = json::array();
  for (const Audit::Source& s : a.by_source)
    by_source.push_back({{"entity", entity_id(s.entity)},
                         {"attributions", s.attributions},
                         {"statements", s.statements},
                         {"denials", s.denials},
                         {"refusals", s.refusals}});
  json groups = json::array();
  for (const Audit::Group& g : a.groups)
    groups.push_back({{"entity", entity_id(g.entity)},
                      {"size", g.size ? json(*g.size) : json(nullptr)},
                      {"members", entity_ids(g.members)}});
  json claims = json::array();
  for (uint32_t i : a.single_anonymous_claims) claims.push_back(attribution_id(i));
  return {{"sources", a.sources},
          {"named", a.named},
          {"anonymous", a.anonymous},
          {"attributions", a.attributions},
          {"unsourced", a.unsourced},
          {"by_source", std::move(by_source)},
          {"groups", std::move(groups)},
          {"single_anonymous_claims", std::move(claims)},
          {"anonymous_without_reason", entity_ids(a.anonymous_without_reason)},
          {"unqualified", entity_ids(a.unqualified)}};
}

}  // namespace

json document_to_json(const Document& doc) {
  const SpanWriter span(doc);
  json out;
  out["id"] = doc.id;
  out["name"] = doc.name;
  out["lang"] = doc.lang;
  if (!doc.metadata_json.empty()) out["metadata"] = json::parse(doc.metadata_json, nullptr, false);

  json entities = json::array();
  for (uint32_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    json mentions = json::array();
    for (uint32_t m : e.mentions) {
      json mention = span(doc.mentions[m].span);
      mention["sentence"] = doc.mentions[m].sentence;
      mentions.push_back(std::move(mention));
    }
    json qualifiers = json::array();
    for (Span q : e.qualifiers) qualifiers.push_back(span(q));
    entities.push_back({
        {"id", entity_id(i)},
        {"label", e.label},
        {"kind", std::string(to_string(e.kind))},
        {"anonymous", e.anonymous},
        {"count", e.count ? json(*e.count) : json(nullptr)},
        {"affiliation", e.affiliation.empty() ? json(nullptr) : json(e.affiliation)},
        {"affiliation_basis", e.affiliation.empty() ? json(nullptr) : json(e.affiliation_inferred ? "inferred" : "stated")},
        {"role", e.role.empty() ? json(nullptr) : json(e.role)},
        {"name", e.name.empty() ? json(nullptr) : json(e.name)},
        {"qualifiers", std::move(qualifiers)},
        {"anonymity_reason", span.optional(e.anonymity_reason)},
        {"member_of", e.member_of ? json(entity_id(*e.member_of)) : json(nullptr)},
        {"mentions", std::move(mentions)},
        {"merge_rules", e.merge_rules},
    });
  }

  json attributions = json::array();
  for (uint32_t i = 0; i < doc.attributions.size(); ++i) {
    const Attribution& a = doc.attributions[i];
    const int32_t entity = a.source_mention >= 0 ? doc.mentions[a.source_mention].entity : -1;
    attributions.push_back({
        {"id", attribution_id(i)},
        {"entity", entity >= 0 ? json(entity_id(static_cast<uint32_t>(entity))) : json(nullptr)},
        {"type", std::string(to_string(a.type))},
        {"belief", a.belief},
        {"quote", std::string(to_string(a.quote))},
        {"parent", a.parent >= 0 ? json(attribution_id(static_cast<uint32_t>(a.parent))) : json(nullptr)},
        {"source", a.source_mention >= 0 ? span(a.source) : json(nullptr)},
        {"cue", a.cue.empty() ? json(nullptr) : span(a.cue)},
        {"cue_lemma", a.cue_lemma},
        {"content", a.content.empty() ? json(nullptr) : span(a.content)},
        {"recipient", span.optional(a.recipient)},
        {"section", std::string(to_string(a.section))},
        {"sentence", a.sentence},
        {"rule", std::string(a.rule)},
    });
  }
  // The page's sections in code points: header, body, comment, chrome (docs/input.md).
  json sections = json::array();
  for (const Section& section : doc.sections)
    sections.push_back({{"kind", std::string(to_string(section.kind))},
                        {"start", span.cp(section.span.begin)},
                        {"end", span.cp(section.span.end)}});
  out["sections"] = std::move(sections);
  // Where the article comes from (docs/input.md); keys with nothing found are left out.
  const Provenance& p = doc.provenance;
  json provenance = json::object();
  if (!p.publisher.empty()) provenance["publisher"] = p.publisher;
  if (!p.agency.empty()) provenance["agency"] = p.agency;
  if (!p.authors.empty()) provenance["authors"] = p.authors;
  if (!p.date.empty()) provenance["date"] = p.date;
  if (!p.original_url.empty()) provenance["original_url"] = p.original_url;
  out["provenance"] = std::move(provenance);
  // Text built from markup (HTML): the spans point into it, so it travels with them.
  if (!p.input_format.empty()) out["text"] = doc.text;
  out["entities"] = std::move(entities);
  out["attributions"] = std::move(attributions);
  out["audit"] = audit_to_json(doc.audit);
  out["stats"] = {{"characters", CodepointIndex(doc.text).at(static_cast<uint32_t>(doc.text.size()))},
                  {"sentences", doc.sentences.size()},
                  {"tokens", doc.tokens.size()},
                  {"quotations", doc.quotes.size()}};
  return out;
}

}  // namespace whosaid
