// Internal to src/report: one article's attribution graph drawn for reading,
// not debugging. It is the graph stage's model (graph::AttributionGraph, so
// claims, relays, told_to and member_of follow docs/graph.md) without the
// document vertex and the claim -> document edges, which one article implies.
// A refusal with no topic points to a small node of its own instead.
//
//   ReadingGraph g = reading_graph(ctx);
//   std::string dot = reading_dot(g, ctx);         // for `dot -Tsvg` and the page's DOT listing
//   std::string svg = own_layout_svg(g, ctx);      // when Graphviz is not there
//
// Sources take their entity's colour from the text; each node links to the
// page: a source to its panel entry, a claim to its first attribution's mark.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/attribution_graph.h"
#include "report/article_context.h"

namespace whosaid::report {

struct ReadingGraph {
  enum class NodeKind : uint8_t { source, claim, recipient, refusal };
  struct Node {
    NodeKind kind = NodeKind::source;
    std::string label;       // untruncated
    std::string tooltip;
    std::string target;      // the page element it links to ("d1-e2", "d1-a3"), or empty
    int colour = -1;         // palette index, -1 none
    bool anonymous = false;  // source
    bool organization = false;
    bool group = false;
    bool direct = false;     // claim: a direct quote
    uint32_t depth = 0;      // claim: how many claims report it (relays above it)
  };
  struct Edge {
    uint32_t from = 0, to = 0;
    graph::EdgeKind kind = graph::EdgeKind::asserts;
    std::string label;       // the cue as written, or the kind's label
  };
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

ReadingGraph reading_graph(const ArticleContext& ctx);

// Graphviz DOT. Node and graph ids are "{prefix}_g_..." so that the SVG dot
// makes has ids unique in a page of several articles.
std::string reading_dot(const ReadingGraph& g, const ArticleContext& ctx);

// whosaid's own layout, as an <svg> element for the page: sources in the
// first column, claims in the next ones (a reported claim one column right
// of the claim that reports it), recipients and refusals last. Linear.
std::string own_layout_svg(const ReadingGraph& g, const ArticleContext& ctx);

// The source colours: palette index -> stroke (dark) and fill (light),
// shared by the page's CSS (c0 ... c9) and the graph.
struct Colour {
  const char* dark;
  const char* light;
};
const Colour& palette(int index);

}  // namespace whosaid::report
