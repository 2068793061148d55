// The flat, typed attributes of the graph's vertices and edges, as the JSON,
// GraphML and CSV writers show them. One list, so every format names and
// types an attribute the same way; docs/graph.md describes each.
//
//   std::vector<Attribute> attrs;
//   vertex_attributes(graph, figures, v, attrs);   // {"kind","claim"}, {"text","..."}, {"start",25} ...
//
// An attribute that does not apply (a claim's "anonymous"), is unknown (an
// entity's "count", a missing span) or is an empty string (no affiliation) is
// left out rather than given a dummy value.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/attribution_graph.h"
#include "graph/figures.h"

namespace whosaid {

enum class AttributeType : uint8_t { boolean, integer, string };
std::string_view to_string(AttributeType);  // "boolean", "int", "string" (GraphML attr.type names)

struct AttributeSpec {
  std::string_view name;
  AttributeType type;
};

struct Attribute {
  std::string_view name;
  std::variant<bool, int64_t, std::string> value;
};

// Every attribute a vertex (an edge, the graph) may carry, in output order.
std::span<const AttributeSpec> vertex_attribute_specs();
std::span<const AttributeSpec> edge_attribute_specs();
std::span<const AttributeSpec> graph_attribute_specs();

// The display label every format shows: the vertex's label, shortened.
inline constexpr std::size_t kLabelCodepoints = 80;

// Appends the attributes of one vertex, edge or the graph to `out` (which is
// cleared first). The vertex's id is not among them: each format places it.
void vertex_attributes(const graph::AttributionGraph& graph, const graph::GraphFigures& figures,
                       graph::Vertex v, std::vector<Attribute>& out);
void edge_attributes(const graph::AttributionGraph& graph, graph::Edge e, std::vector<Attribute>& out);
void graph_attributes(const graph::AttributionGraph& graph, const graph::GraphFigures& figures,
                      std::vector<Attribute>& out);

}  // namespace whosaid
