// Cytoscape.js JSON, the `elements` layout with compound nodes: every vertex
// that belongs to one document (its claims, anonymous sources, recipients)
// has that document's vertex as its `parent`, so a viewer draws each article
// as a box around its own speakers and claims; a named source quoted in
// several articles, and an origin, stand outside every box.
//
//   {"data": {graph attributes}, "directed": true, "multigraph": true,
//    "elements": {"nodes": [{"group": "nodes", "data": {"id": ..., "parent": ..., ...},
//                            "classes": "source anonymous"}, ...],
//                 "edges": [{"group": "edges", "data": {"id": "edge:0", "source": ..., "target": ..., ...},
//                            "classes": "asserts"}, ...]}}
//
// `cytoscape({elements: json.elements})` or `cy.json(json)` loads it; networkx
// reads it with json_graph.cytoscape_graph. Attributes are the flat, typed
// list every format shares (graph_attributes.h). The reported_in edges (claim
// -> its document) are left out: a claim's parent says it, and an edge from a
// child to its own compound parent only draws a line across the box.
// Streamed one element per line, like the node-link JSON.
#include <nlohmann/json.hpp>

#include "export/graph_attributes.h"
#include "export/graph_writers_internal.h"

namespace whosaid::detail {
namespace {

using Json = nlohmann::ordered_json;

void put(Json& object, const std::vector<Attribute>& attrs) {
  for (const Attribute& a : attrs)
    std::visit([&](const auto& value) { object[std::string(a.name)] = value; }, a.value);
}

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

// The compound parent: the document vertex of a vertex seen in exactly one
// document; none for documents, origins and vertices shared by documents.
std::optional<graph::Vertex> parent_of(const graph::Graph& g, graph::Vertex v,
                                       const std::vector<graph::Vertex>& document_vertex) {
  const graph::VertexProps& p = g[v];
  if (p.kind == graph::VertexKind::document || p.kind == graph::VertexKind::origin) return std::nullopt;
  if (p.documents.size() != 1 || p.documents[0] >= document_vertex.size()) return std::nullopt;
  return document_vertex[p.documents[0]];
}

// Style hooks for a viewer's stylesheet: the vertex kind, then what a
// newsroom colours by.
std::string vertex_classes(const graph::VertexProps& p) {
  std::string classes(to_string(p.kind));
  if (p.kind == graph::VertexKind::source) {
    classes += p.anonymous ? " anonymous" : " named";
    if (p.has_entity) classes += " " + std::string(to_string(p.entity_kind));
  }
  if (p.kind == graph::VertexKind::claim && p.quote == QuoteKind::direct) classes += " direct";
  return classes;
}

class CytoscapeWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "cytoscape"; }
  std::string_view extension() const override { return "cyjs"; }

  Status write(const graph::AttributionGraph& graph, std::ostream& out) const override {
    const graph::Graph& g = graph.graph();
    graph::GraphFigures figures = graph::compute_figures(graph);
    std::vector<Attribute> attrs;

    // Document ordinal -> its vertex (documents are added in ordinal order).
    std::vector<graph::Vertex> document_vertex;
    for (auto [it, end] = boost::vertices(g); it != end; ++it)
      if (g[*it].kind == graph::VertexKind::document) document_vertex.push_back(*it);

    Json graph_data = Json::object();
    graph_attributes(graph, figures, attrs);
    put(graph_data, attrs);
    out << "{\"data\": " << dump(graph_data) << ", \"directed\": true, \"multigraph\": true,\n"
        << "\"elements\": {\"nodes\": [";
    bool first = true;
    for (auto [it, end] = boost::vertices(g); it != end; ++it) {
      Json data = {{"id", g[*it].id}};
      if (auto parent = parent_of(g, *it, document_vertex)) data["parent"] = g[*parent].id;
      vertex_attributes(graph, figures, *it, attrs);
      put(data, attrs);
      Json node = {{"group", "nodes"}, {"data", std::move(data)}, {"classes", vertex_classes(g[*it])}};
      out << (first ? "\n" : ",\n") << dump(node);
      first = false;
    }
    out << "\n],\n\"edges\": [";
    first = true;
    for (graph::Edge e : graph.ordered_edges()) {
      const graph::EdgeProps& p = g[e];
      if (p.kind == graph::EdgeKind::reported_in) continue;
      Json data = {{"id", "edge:" + std::to_string(p.index)},
                   {"source", g[boost::source(e, g)].id},
                   {"target", g[boost::target(e, g)].id}};
      edge_attributes(graph, e, attrs);
      put(data, attrs);
      Json edge = {{"group", "edges"}, {"data", std::move(data)}, {"classes", std::string(to_string(p.kind))}};
      out << (first ? "\n" : ",\n") << dump(edge);
      first = false;
    }
    out << "\n]}}\n";
    return out ? Status() : stream_failed("cytoscape");
  }
};

}  // namespace

std::unique_ptr<GraphWriter> make_cytoscape_writer() { return std::make_unique<CytoscapeWriter>(); }

}  // namespace whosaid::detail
