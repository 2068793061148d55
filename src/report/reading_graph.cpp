#include "report/reading_graph.h"

#include <map>

#include "export/escape.h"

namespace whosaid::report {
namespace {

using graph::EdgeKind;
using graph::VertexKind;
using NodeKind = ReadingGraph::NodeKind;

// Dark tones for lines and underlines (at least 4.5:1 on white), light tones
// for fills behind black text (at least 12:1 with #1b1b1b).
constexpr Colour kPalette[kColours] = {
    {"#b71c1c", "#ffebee"}, {"#0d47a1", "#e3f2fd"}, {"#1b5e20", "#e8f5e9"}, {"#6a1b9a", "#f3e5f5"},
    {"#bf360c", "#fbe9e7"}, {"#006064", "#e0f7fa"}, {"#4e342e", "#efebe9"}, {"#ad1457", "#fce4ec"},
    {"#283593", "#e8eaf6"}, {"#5f6b00", "#f9fbe7"},
};
constexpr Colour kNoEntity = {"#424242", "#f5f5f5"};

Label edge_label(EdgeKind k) {
  switch (k) {
    case EdgeKind::asserts: return Label::edge_asserts;
    case EdgeKind::denies: return Label::edge_denies;
    case EdgeKind::refuses_comment: return Label::edge_refuses;
    case EdgeKind::relays: return Label::edge_relays;
    case EdgeKind::told_to: return Label::edge_told_to;
    case EdgeKind::member_of: return Label::edge_member_of;
    default: return Label::edge_asserts;
  }
}

class Builder {
 public:
  explicit Builder(const ArticleContext& ctx) : ctx_(ctx) { graph_.add_document(ctx.doc); }

  ReadingGraph run() {
    const graph::Graph& g = graph_.graph();
    node_of_.assign(boost::num_vertices(g), -1);
    entity_of_.assign(boost::num_vertices(g), -1);
    const std::vector<graph::Edge> edges = graph_.ordered_edges();
    // Which entity each source vertex stands for, read off the edges that
    // carry its attributions, then up member_of (groups that never speak).
    for (graph::Edge e : edges) {
      const graph::EdgeProps& p = g[e];
      const graph::Vertex from = boost::source(e, g), to = boost::target(e, g);
      if (graph::is_speech(p.kind) && p.attribution >= 1 && p.attribution <= ctx_.doc.attributions.size()) {
        const std::size_t a = p.attribution - 1;
        if (entity_of_[from] < 0) entity_of_[from] = ctx_.entity_of(a);
        if (g[to].kind == VertexKind::claim && first_attribution_.count(to) == 0) first_attribution_[to] = a;
      }
      if (p.kind == EdgeKind::member_of && entity_of_[from] >= 0 && entity_of_[to] < 0) {
        const auto& group = ctx_.doc.entities[static_cast<std::size_t>(entity_of_[from])].member_of;
        if (group && *group < ctx_.doc.entities.size()) entity_of_[to] = static_cast<int32_t>(*group);
      }
    }
    for (auto [it, end] = boost::vertices(g); it != end; ++it) add_node(*it);
    for (graph::Edge e : edges) add_edge(e);
    compute_depths();
    return std::move(out_);
  }

 private:
  void add_node(graph::Vertex v) {
    const graph::VertexProps& p = graph_.graph()[v];
    ReadingGraph::Node n;
    switch (p.kind) {
      case VertexKind::document:
      case VertexKind::origin: return;
      case VertexKind::source: {
        n.kind = NodeKind::source;
        const int32_t e = entity_of_[v];
        n.label = e >= 0 ? ctx_.entity_name(static_cast<std::size_t>(e)) : p.label;
        n.colour = ctx_.colour(e);
        n.anonymous = p.anonymous;
        n.organization = p.has_entity && p.entity_kind == EntityKind::organization;
        n.group = p.has_entity && p.entity_kind == EntityKind::group;
        n.tooltip = n.label;
        if (p.has_entity) n.tooltip += " \u2014 " + std::string(ctx_.labels.of(p.entity_kind));
        n.tooltip += ", " + std::string(ctx_.label(p.anonymous ? Label::anonymous : Label::named));
        if (!p.affiliation.empty()) n.tooltip += ", " + p.affiliation;
        if (e >= 0) n.target = ctx_.entity_anchor(static_cast<std::size_t>(e));
        break;
      }
      case VertexKind::claim: {
        n.kind = NodeKind::claim;
        n.direct = p.quote == QuoteKind::direct;
        n.label = n.direct ? "\u00ab\u00a0" + p.label + "\u00a0\u00bb" : p.label;
        n.tooltip = p.text.empty() ? p.label : p.text;
        if (auto it = first_attribution_.find(v); it != first_attribution_.end())
          n.target = ctx_.attribution_anchor(it->second);
        break;
      }
      case VertexKind::recipient:
        n.kind = NodeKind::recipient;
        n.label = p.label;
        n.tooltip = std::string(ctx_.label(Label::edge_told_to)) + " " + p.text;
        break;
    }
    node_of_[v] = static_cast<int32_t>(out_.nodes.size());
    out_.nodes.push_back(std::move(n));
  }

  void add_edge(graph::Edge e) {
    const graph::Graph& g = graph_.graph();
    const graph::EdgeProps& p = g[e];
    if (p.kind == EdgeKind::reported_in || p.kind == EdgeKind::republishes) return;
    const int32_t from = node_of_[boost::source(e, g)];
    int32_t to = node_of_[boost::target(e, g)];
    if (from < 0) return;
    if (to < 0) {
      // A refusal with no topic points at the document: give it a node of its own.
      if (p.kind != EdgeKind::refuses_comment) return;
      ReadingGraph::Node n;
      n.kind = NodeKind::refusal;
      n.label = p.cue.empty() ? std::string(ctx_.label(Label::edge_refuses)) : p.cue;
      n.tooltip = std::string(ctx_.label(Label::type_refusal));
      if (p.attribution >= 1 && p.attribution <= ctx_.doc.attributions.size())
        n.target = ctx_.attribution_anchor(p.attribution - 1);
      to = static_cast<int32_t>(out_.nodes.size());
      out_.nodes.push_back(std::move(n));
    }
    ReadingGraph::Edge edge;
    edge.from = static_cast<uint32_t>(from);
    edge.to = static_cast<uint32_t>(to);
    edge.kind = p.kind;
    edge.label = graph::is_speech(p.kind) && !p.cue.empty() ? p.cue : std::string(ctx_.label(edge_label(p.kind)));
    out_.edges.push_back(std::move(edge));
  }

  // A claim's depth: the length of its chain of relays parents (bounded, so
  // a cycle in bad input stops).
  void compute_depths() {
    std::vector<int32_t> parent(out_.nodes.size(), -1);
    for (const ReadingGraph::Edge& e : out_.edges)
      if (e.kind == EdgeKind::relays && parent[e.to] < 0) parent[e.to] = static_cast<int32_t>(e.from);
    for (std::size_t n = 0; n < out_.nodes.size(); ++n) {
      uint32_t depth = 0;
      for (int32_t at = parent[n]; at >= 0 && depth < out_.nodes.size(); at = parent[static_cast<std::size_t>(at)])
        ++depth;
      out_.nodes[n].depth = depth;
    }
  }

  const ArticleContext& ctx_;
  graph::AttributionGraph graph_;
  ReadingGraph out_;
  std::vector<int32_t> node_of_, entity_of_;
  std::map<graph::Vertex, std::size_t> first_attribution_;
};

// The wrapped label of a node, lines joined by "\n" (escape::dot_label turns it into \n).
std::string wrapped(const std::string& text, std::size_t width, std::size_t lines) {
  std::string out;
  for (const std::string& line : escape::wrap(text, width, lines)) out += (out.empty() ? "" : "\n") + line;
  return out;
}

struct EdgeLook {
  const char* colour;
  const char* style;
};

EdgeLook edge_look(EdgeKind k) {
  switch (k) {
    case EdgeKind::denies: return {"#c62828", "bold"};
    case EdgeKind::refuses_comment: return {"#616161", "dashed"};
    case EdgeKind::relays: return {"#1565c0", "bold"};
    case EdgeKind::told_to: return {"#2e7d32", "solid"};
    case EdgeKind::member_of: return {"#6a1b9a", "dotted"};
    default: return {"#37474f", "solid"};
  }
}

}  // namespace

const Colour& palette(int index) { return index >= 0 ? kPalette[index % kColours] : kNoEntity; }

ReadingGraph reading_graph(const ArticleContext& ctx) { return Builder(ctx).run(); }

std::string reading_dot(const ReadingGraph& g, const ArticleContext& ctx) {
  // Underscores: dot writes a hyphen in an id as "&#45;".
  const std::string id = ctx.prefix() + "_g";
  std::string out = "digraph " + escape::dot_id(id) + " {\n";
  out += "  graph [id=" + escape::dot_id(id) + ", rankdir=\"LR\", fontname=\"Helvetica\", fontsize=\"11\", "
         "nodesep=\"0.18\", ranksep=\"0.5\", bgcolor=\"transparent\", tooltip=" +
         escape::dot_label(std::string(ctx.label(Label::graph))) + "];\n";
  out += "  node [fontname=\"Helvetica\", fontsize=\"10\", style=\"filled\", penwidth=\"1.3\"];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=\"9\", arrowsize=\"0.7\"];\n";
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const ReadingGraph::Node& n = g.nodes[i];
    const std::string node_id = id + "_n" + std::to_string(i + 1);
    std::string attrs = "id=" + escape::dot_id(node_id);
    switch (n.kind) {
      case NodeKind::source: {
        const Colour& c = palette(n.colour);
        std::string style = n.anonymous ? "filled,dashed" : "filled";
        if (n.organization) style = "rounded," + style;
        attrs += ", shape=" + std::string(n.organization ? "\"box\"" : "\"ellipse\"") + ", style=\"" + style +
                 "\", fillcolor=\"" + c.light + "\", color=\"" + c.dark + "\"";
        if (n.group) attrs += ", peripheries=\"2\"";
        attrs += ", label=" + escape::dot_label(wrapped(n.label, 24, 3));
        break;
      }
      case NodeKind::claim:
        attrs += ", shape=\"box\", style=\"filled\", fillcolor=\"" + std::string(n.direct ? "#fff3c4" : "#fffdf0") +
                 "\", color=\"#8d6e63\", label=" + escape::dot_label(wrapped(n.label, 42, 5));
        break;
      case NodeKind::recipient:
        attrs += ", shape=\"hexagon\", fillcolor=\"#e8f5e9\", color=\"#2e7d32\", label=" +
                 escape::dot_label(wrapped(n.label, 24, 2));
        break;
      case NodeKind::refusal:
        attrs += ", shape=\"box\", style=\"filled,dashed\", fillcolor=\"#fafafa\", color=\"#757575\", label=" +
                 escape::dot_label(wrapped(n.label, 24, 2));
        break;
    }
    attrs += ", tooltip=" + escape::dot_label(n.tooltip);
    if (!n.target.empty()) attrs += ", URL=" + escape::dot_id("#" + n.target);
    out += "  " + escape::dot_id(node_id) + " [" + attrs + "];\n";
  }
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const ReadingGraph::Edge& e = g.edges[i];
    const EdgeLook look = edge_look(e.kind);
    out += "  " + escape::dot_id(id + "_n" + std::to_string(e.from + 1)) + " -> " +
           escape::dot_id(id + "_n" + std::to_string(e.to + 1)) + " [id=" +
           escape::dot_id(id + "_e" + std::to_string(i + 1)) + ", color=\"" + look.colour + "\", fontcolor=\"" +
           look.colour + "\", style=\"" + look.style + "\", label=" + escape::dot_label(escape::shorten(e.label, 28)) +
           ", tooltip=" + escape::dot_label(e.label) + "];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace whosaid::report
