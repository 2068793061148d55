// Graph-level figures, computed with Boost.Graph algorithms over the
// attribution graph: degrees over the speech edges (asserts, denies,
// refuses_comment) on a filtered view, and weakly connected components on an
// undirected copy.
//
//   GraphFigures f = compute_figures(graph);
//   f.sources_per_claim[v]   // speakers of claim v (0 for other vertices)
//   f.components             // how many separate stories the corpus holds
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "graph/attribution_graph.h"

namespace whosaid::graph {

struct GraphFigures {
  std::size_t vertices = 0;
  std::size_t edges = 0;
  std::array<std::size_t, kVertexKinds> vertices_by_kind{};  // indexed by VertexKind
  std::array<std::size_t, kEdgeKinds> edges_by_kind{};       // indexed by EdgeKind

  // Indexed by vertex. A claim's in-degree over speech edges, a source's
  // out-degree over speech edges that reach a claim; 0 elsewhere.
  std::vector<std::size_t> sources_per_claim;
  std::vector<std::size_t> claims_per_source;
  std::size_t max_sources_per_claim = 0;
  std::size_t max_claims_per_source = 0;

  // Weakly connected components: component[v] in [0, components), numbered in
  // vertex order (the component of vertex 0 is 0).
  std::size_t components = 0;
  std::vector<std::size_t> component;

  std::size_t count(VertexKind k) const { return vertices_by_kind[static_cast<std::size_t>(k)]; }
  std::size_t count(EdgeKind k) const { return edges_by_kind[static_cast<std::size_t>(k)]; }
};

GraphFigures compute_figures(const AttributionGraph& graph);

}  // namespace whosaid::graph
