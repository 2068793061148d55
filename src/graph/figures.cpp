#include "graph/figures.h"

#include <algorithm>

#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

namespace whosaid::graph {
namespace {

// Keeps the edges that carry a speaker's word to a claim. Default-constructible
// as filtered_graph requires.
struct SpeechToClaim {
  const Graph* g = nullptr;
  bool operator()(Edge e) const {
    return is_speech((*g)[e].kind) && (*g)[boost::target(e, *g)].kind == VertexKind::claim;
  }
};

}  // namespace

GraphFigures compute_figures(const AttributionGraph& graph) {
  const Graph& g = graph.graph();
  GraphFigures f;
  f.vertices = boost::num_vertices(g);
  f.edges = boost::num_edges(g);
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    ++f.vertices_by_kind[static_cast<std::size_t>(g[*it].kind)];
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    ++f.edges_by_kind[static_cast<std::size_t>(g[*it].kind)];

  boost::filtered_graph<Graph, SpeechToClaim> speech(g, SpeechToClaim{&g});
  f.sources_per_claim.assign(f.vertices, 0);
  f.claims_per_source.assign(f.vertices, 0);
  for (auto [it, end] = boost::vertices(speech); it != end; ++it) {
    if (g[*it].kind == VertexKind::claim) f.sources_per_claim[*it] = boost::in_degree(*it, speech);
    if (g[*it].kind == VertexKind::source) f.claims_per_source[*it] = boost::out_degree(*it, speech);
  }
  if (f.vertices > 0) {
    f.max_sources_per_claim = *std::max_element(f.sources_per_claim.begin(), f.sources_per_claim.end());
    f.max_claims_per_source = *std::max_element(f.claims_per_source.begin(), f.claims_per_source.end());
  }

  // connected_components wants an undirected graph: a plain copy of the edges.
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> undirected(f.vertices);
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    boost::add_edge(boost::source(*it, g), boost::target(*it, g), undirected);
  f.component.assign(f.vertices, 0);
  f.components = f.vertices == 0 ? 0 : boost::connected_components(undirected, f.component.data());
  return f;
}

}  // namespace whosaid::graph
