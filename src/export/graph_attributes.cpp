#include "export/graph_attributes.h"

#include "export/escape.h"

namespace whosaid {

using graph::EdgeKind;
using graph::VertexKind;

std::string_view to_string(AttributeType t) {
  switch (t) {
    case AttributeType::boolean: return "boolean";
    case AttributeType::integer: return "int";
    case AttributeType::string: return "string";
  }
  return "string";
}

namespace {

constexpr AttributeType B = AttributeType::boolean, I = AttributeType::integer, S = AttributeType::string;

constexpr AttributeSpec kVertexSpecs[] = {
    {"kind", S},       {"label", S},       {"document", S},   {"documents", I},  {"component", I},
    // document
    {"name", S},       {"lang", S},        {"publisher", S},  {"agency", S},     {"date", S},
    {"url", S},        {"characters", I},
    // source
    {"entity_kind", S}, {"anonymous", B},  {"count", I},      {"affiliation", S}, {"role", S},
    {"mention", S},    {"claims", I},
    // claim, recipient
    {"text", S},       {"quote", S},       {"section", S},    {"sentence", I},   {"start", I},
    {"end", I},        {"sources", I},
};

constexpr AttributeSpec kEdgeSpecs[] = {
    {"kind", S},         {"document", S},      {"attribution", I},   {"type", S},
    {"quote", S},        {"section", S},       {"belief", B},        {"cue", S},
    {"cue_lemma", S},    {"rule", S},          {"parent", I},        {"recipient", S},
    {"source_start", I}, {"source_end", I},    {"cue_start", I},     {"cue_end", I},
    {"content_start", I}, {"content_end", I},  {"recipient_start", I}, {"recipient_end", I},
};

constexpr AttributeSpec kGraphSpecs[] = {
    {"name", S},           {"documents", I},      {"vertices", I},          {"edges", I},
    {"components", I},     {"sources", I},        {"claims", I},            {"recipients", I},
    {"max_sources_per_claim", I}, {"max_claims_per_source", I},
};

// An empty string is left out like any unknown value: GraphML cannot tell an
// empty <data> from a missing one (networkx drops it), so no format shows it.
void add(std::vector<Attribute>& out, std::string_view name, std::string value) {
  if (!value.empty()) out.push_back({name, std::move(value)});
}
void add(std::vector<Attribute>& out, std::string_view name, std::string_view value) {
  if (!value.empty()) out.push_back({name, std::string(value)});
}
void add(std::vector<Attribute>& out, std::string_view name, const graph::Text& value) {
  add(out, name, value.view());
}
void add(std::vector<Attribute>& out, std::string_view name, int64_t value) { out.push_back({name, value}); }
void add_bool(std::vector<Attribute>& out, std::string_view name, bool value) { out.push_back({name, value}); }

void add_span(std::vector<Attribute>& out, std::string_view start, std::string_view end,
              const std::optional<graph::CpSpan>& span) {
  if (!span) return;
  add(out, start, static_cast<int64_t>(span->start));
  add(out, end, static_cast<int64_t>(span->end));
}

}  // namespace

std::span<const AttributeSpec> vertex_attribute_specs() { return kVertexSpecs; }
std::span<const AttributeSpec> edge_attribute_specs() { return kEdgeSpecs; }
std::span<const AttributeSpec> graph_attribute_specs() { return kGraphSpecs; }

void vertex_attributes(const graph::AttributionGraph& graph, const graph::GraphFigures& figures, graph::Vertex v,
                       std::vector<Attribute>& out) {
  out.clear();
  const graph::VertexProps& p = graph.graph()[v];
  add(out, "kind", to_string(p.kind));
  add(out, "label", escape::shorten(p.label, kLabelCodepoints));
  add(out, "document", p.document);
  add(out, "documents", static_cast<int64_t>(p.documents.size()));
  add(out, "component", static_cast<int64_t>(figures.component.at(v)));
  switch (p.kind) {
    case VertexKind::document:
      add(out, "name", p.name);
      add(out, "lang", p.lang);
      add(out, "publisher", p.publisher);
      add(out, "agency", p.agency);
      add(out, "date", p.date);
      add(out, "url", p.url);
      add(out, "characters", static_cast<int64_t>(p.characters));
      break;
    case VertexKind::source:
      add(out, "name", p.name);
      add(out, "entity_kind", p.has_entity ? to_string(p.entity_kind) : std::string_view("unknown"));
      add_bool(out, "anonymous", p.anonymous);
      if (p.count) add(out, "count", static_cast<int64_t>(*p.count));
      add(out, "affiliation", p.affiliation);
      add(out, "role", p.role);
      add(out, "mention", p.mention);
      add(out, "claims", static_cast<int64_t>(figures.claims_per_source.at(v)));
      break;
    case VertexKind::claim:
      add(out, "text", p.text);
      add(out, "quote", to_string(p.quote));
      add(out, "section", to_string(p.section));
      add(out, "sentence", static_cast<int64_t>(p.sentence));
      add_span(out, "start", "end", p.span);
      add(out, "sources", static_cast<int64_t>(figures.sources_per_claim.at(v)));
      break;
    case VertexKind::recipient:
      add(out, "text", p.text);
      add_span(out, "start", "end", p.span);
      break;
    case VertexKind::origin:
      add(out, "agency", p.agency);
      add(out, "date", p.date);
      add(out, "url", p.url);
      break;
  }
}

void edge_attributes(const graph::AttributionGraph& graph, graph::Edge e, std::vector<Attribute>& out) {
  out.clear();
  const graph::EdgeProps& p = graph.graph()[e];
  add(out, "kind", to_string(p.kind));
  add(out, "document", p.document);
  if (p.attribution != 0) add(out, "attribution", static_cast<int64_t>(p.attribution));
  if (graph::is_speech(p.kind)) {
    add(out, "type", to_string(p.type));
    add(out, "quote", to_string(p.quote));
    add(out, "section", to_string(p.section));
    add_bool(out, "belief", p.belief);
    add(out, "cue", p.cue);
    add(out, "cue_lemma", p.cue_lemma);
  }
  if (!p.rule.empty()) add(out, "rule", p.rule);
  if (p.parent) add(out, "parent", static_cast<int64_t>(*p.parent));
  if (!p.recipient.empty()) add(out, "recipient", p.recipient);
  add_span(out, "source_start", "source_end", p.source_span);
  add_span(out, "cue_start", "cue_end", p.cue_span);
  add_span(out, "content_start", "content_end", p.content_span);
  add_span(out, "recipient_start", "recipient_end", p.recipient_span);
}

void graph_attributes(const graph::AttributionGraph& graph, const graph::GraphFigures& figures,
                      std::vector<Attribute>& out) {
  out.clear();
  add(out, "name", std::string_view("whosaid attribution graph"));
  add(out, "documents", static_cast<int64_t>(graph.document_count()));
  add(out, "vertices", static_cast<int64_t>(figures.vertices));
  add(out, "edges", static_cast<int64_t>(figures.edges));
  add(out, "components", static_cast<int64_t>(figures.components));
  add(out, "sources", static_cast<int64_t>(figures.count(VertexKind::source)));
  add(out, "claims", static_cast<int64_t>(figures.count(VertexKind::claim)));
  add(out, "recipients", static_cast<int64_t>(figures.count(VertexKind::recipient)));
  add(out, "max_sources_per_claim", static_cast<int64_t>(figures.max_sources_per_claim));
  add(out, "max_claims_per_source", static_cast<int64_t>(figures.max_claims_per_source));
}

}  // namespace whosaid
