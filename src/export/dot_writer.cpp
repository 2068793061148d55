// Graphviz DOT, by our own emitter: every id and every piece of text is a
// quoted, escaped string (escape::dot_id / escape::dot_label), so a quote
// holding `"]; a -> b [`, a trailing backslash or the word `node` stays text.
// Boost's write_graphviz_dp is not used: it leaves such ids bare.
//
// Drawing choices (docs/graph.md shows them): left to right, sources ->
// claims -> documents; shapes by kind; anonymous sources dashed; fill colour
// by affiliation from a fixed palette; claim labels wrapped and cut with the
// full text in the tooltip; a legend of what the graph holds; one cluster
// per document when there are several.
#include <algorithm>
#include <array>
#include <cstdint>
#include <set>

#include "export/escape.h"
#include "export/graph_writers_internal.h"
#include "graph/figures.h"

namespace whosaid::detail {
namespace {

using graph::EdgeKind;
using graph::VertexKind;

constexpr std::string_view kFont = "Helvetica";
constexpr std::size_t kClaimWidth = 40, kClaimLines = 6;
constexpr std::size_t kSourceWidth = 24, kSourceLines = 3;
constexpr std::string_view kNoAffiliation = "#f5f5f5";

// Pastel fills that keep black text readable.
constexpr std::array<std::string_view, 12> kPalette = {
    "#b3cde3", "#fbb4ae", "#ffffcc", "#ccebc5", "#decbe4", "#fed9a6",
    "#fddaec", "#e5d8bd", "#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4",
};

// The fill of an affiliation: fixed for the countries news copy names most,
// else a hash of the code, so a country has the same colour in every graph.
std::string_view affiliation_colour(std::string_view code) {
  struct Fixed {
    std::string_view code;
    std::size_t colour;
  };
  static constexpr Fixed kFixed[] = {
      {"FR", 0}, {"RU", 1}, {"UA", 2}, {"US", 3}, {"GB", 4}, {"DE", 5},
      {"CN", 6}, {"IL", 7}, {"PS", 8}, {"IR", 9}, {"EU", 10}, {"TR", 11},
  };
  if (code.empty()) return kNoAffiliation;
  for (const Fixed& f : kFixed)
    if (f.code == code) return kPalette[f.colour];
  uint32_t h = 2166136261u;  // FNV-1a: stable across runs and platforms
  for (char c : code) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return kPalette[h % kPalette.size()];
}

std::string_view source_shape(const graph::VertexProps& v) {
  if (!v.has_entity) return "ellipse";
  switch (v.entity_kind) {
    case EntityKind::person: return "ellipse";
    case EntityKind::organization: return "box";
    case EntityKind::group: return "ellipse";
  }
  return "ellipse";
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
  return out;
}

// One `name=value` list; every value quoted.
class AttrList {
 public:
  AttrList& label(std::string_view name, std::string_view text) { return raw(name, escape::dot_label(text)); }
  AttrList& value(std::string_view name, std::string_view text) { return raw(name, escape::dot_id(text)); }
  std::string str() const { return "[" + body_ + "]"; }

 private:
  AttrList& raw(std::string_view name, const std::string& quoted) {
    if (!body_.empty()) body_ += ", ";
    body_ += std::string(name) + "=" + quoted;
    return *this;
  }
  std::string body_;
};

struct EdgeStyle {
  std::string_view colour;
  std::string_view style;
  std::string_view arrowhead;
  std::string_view label;  // for edges that have no cue to show
};

EdgeStyle edge_style(EdgeKind k) {
  switch (k) {
    case EdgeKind::asserts: return {"#37474f", "solid", "normal", "asserts"};
    case EdgeKind::denies: return {"#c62828", "bold", "normal", "denies"};
    case EdgeKind::refuses_comment: return {"#757575", "dashed", "tee", "refuses comment"};
    case EdgeKind::relays: return {"#1565c0", "bold", "normal", "relays"};
    case EdgeKind::told_to: return {"#2e7d32", "solid", "normal", "told to"};
    case EdgeKind::member_of: return {"#6a1b9a", "dotted", "empty", "member of"};
    case EdgeKind::reported_in: return {"#bdbdbd", "solid", "normal", ""};
    case EdgeKind::republishes: return {"#ef6c00", "dashed", "normal", "republishes"};
  }
  return {"#37474f", "solid", "normal", ""};
}

class DotWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "dot"; }
  std::string_view extension() const override { return "dot"; }

  Status write(const graph::AttributionGraph& graph, std::ostream& out) const override {
    const graph::Graph& g = graph.graph();
    graph::GraphFigures f = graph::compute_figures(graph);

    std::string summary = std::to_string(graph.document_count()) + " document(s), " +
                          std::to_string(f.count(VertexKind::source)) + " source(s), " +
                          std::to_string(f.count(VertexKind::claim)) + " claim(s), " +
                          std::to_string(f.components) + " connected component(s)";
    out << "digraph \"whosaid\" {\n";
    out << "  graph " << AttrList()
                             .value("rankdir", "LR")
                             .value("fontname", kFont)
                             .value("fontsize", "11")
                             .value("nodesep", "0.25")
                             .value("ranksep", "0.6")
                             .label("label", summary)
                             .value("labelloc", "b")
                             .label("tooltip", "whosaid attribution graph")
                             .str()
        << ";\n";
    out << "  node " << AttrList()
                            .value("fontname", kFont)
                            .value("fontsize", "10")
                            .value("style", "filled")
                            .value("fillcolor", "#ffffff")
                            .value("color", "#424242")
                            .str()
        << ";\n";
    out << "  edge " << AttrList().value("fontname", kFont).value("fontsize", "9").value("arrowsize", "0.7").str()
        << ";\n";

    write_legend(graph, f, out);

    // One cluster per document when there are several; a vertex seen in more
    // than one document (a named source) stands outside them all.
    bool clusters = graph.document_count() > 1;
    std::vector<std::vector<graph::Vertex>> by_document(clusters ? graph.document_count() : 0);
    for (auto [it, end] = boost::vertices(g); it != end; ++it) {
      const auto& docs = g[*it].documents;
      if (clusters && docs.size() == 1 && docs[0] < by_document.size()) by_document[docs[0]].push_back(*it);
      else write_vertex(g, *it, "  ", out);
    }
    for (std::size_t d = 0; d < by_document.size(); ++d) {
      out << "  subgraph " << escape::dot_id("cluster_doc_" + std::to_string(d)) << " {\n";
      out << "    graph "
          << AttrList()
                 .label("label", escape::shorten(graph.document_ids()[d], 60))
                 .value("style", "rounded")
                 .value("color", "#90a4ae")
                 .value("fontcolor", "#455a64")
                 .value("labelloc", "t")
                 .str()
          << ";\n";
      for (graph::Vertex v : by_document[d]) write_vertex(g, v, "    ", out);
      out << "  }\n";
    }
    for (graph::Edge e : graph.ordered_edges()) write_edge(g, e, out);
    out << "}\n";
    return out ? Status() : stream_failed("dot");
  }

 private:
  static void write_vertex(const graph::Graph& g, graph::Vertex v, std::string_view indent, std::ostream& out) {
    const graph::VertexProps& p = g[v];
    AttrList a;
    switch (p.kind) {
      case VertexKind::document:
        a.label("label", join_lines(escape::wrap(p.label, 30, 2)))
            .value("shape", "folder")
            .value("fillcolor", "#e3f2fd")
            .label("tooltip", "document " + p.document + (p.name.empty() ? "" : "\n" + p.name));
        break;
      case VertexKind::source: {
        std::string style = p.anonymous ? "dashed,filled" : "filled";
        if (p.has_entity && p.entity_kind == EntityKind::organization) style = "rounded," + style;
        a.label("label", join_lines(escape::wrap(p.label, kSourceWidth, kSourceLines)))
            .value("shape", source_shape(p))
            .value("style", style)
            .value("fillcolor", affiliation_colour(p.affiliation));
        if (p.has_entity && p.entity_kind == EntityKind::group) a.value("peripheries", "2");
        a.label("tooltip", source_tooltip(p));
        break;
      }
      case VertexKind::claim: {
        std::string text = p.quote == QuoteKind::direct ? "« " + p.label + " »" : p.label.str();
        a.label("label", join_lines(escape::wrap(text, kClaimWidth, kClaimLines)))
            .value("shape", "note")
            .value("fillcolor", p.quote == QuoteKind::direct ? "#fff3c4" : "#fffde7")
            .label("tooltip", p.text.empty() ? p.label : p.text);
        break;
      }
      case VertexKind::recipient:
        a.label("label", join_lines(escape::wrap(p.label, kSourceWidth, kSourceLines)))
            .value("shape", "hexagon")
            .value("fillcolor", "#e8f5e9")
            .label("tooltip", "told to: " + p.text);
        break;
      case VertexKind::origin:
        a.label("label", join_lines(escape::wrap(p.label, 30, 2)))
            .value("shape", "cylinder")
            .value("fillcolor", "#fff3e0")
            .label("tooltip", "origin: " + (p.url.empty() ? p.label : p.url));
        break;
    }
    out << indent << escape::dot_id(p.id) << " " << a.str() << ";\n";
  }

  static std::string source_tooltip(const graph::VertexProps& p) {
    std::string t = p.label.str();
    if (!p.name.empty() && p.name != p.label) t += "\nname: " + p.name;
    if (!p.role.empty()) t += "\nrole: " + p.role;
    if (!p.affiliation.empty()) t += "\naffiliation: " + p.affiliation;
    if (p.count) t += "\ncount: " + std::to_string(*p.count);
    t += p.anonymous ? "\nanonymous" : "\nnamed";
    if (!p.mention.empty() && p.mention != p.label) t += "\nas written: " + p.mention;
    return t;
  }

  static void write_edge(const graph::Graph& g, graph::Edge e, std::ostream& out) {
    const graph::EdgeProps& p = g[e];
    EdgeStyle s = edge_style(p.kind);
    AttrList a;
    a.value("color", s.colour).value("style", s.style).value("arrowhead", s.arrowhead);
    if (graph::is_speech(p.kind)) {
      a.label("label", escape::shorten(p.cue.empty() ? s.label : p.cue, 30)).value("fontcolor", s.colour);
      std::string tip = "a" + std::to_string(p.attribution) + " " + std::string(to_string(p.kind));
      if (!p.cue.empty()) tip += ": " + p.cue;
      if (!p.rule.empty()) tip += "\nrule " + p.rule;
      a.label("tooltip", tip);
    } else if (!s.label.empty()) {
      a.label("label", s.label).value("fontcolor", s.colour).label("tooltip", s.label);
    } else {
      a.label("tooltip", to_string(p.kind));
    }
    out << "  " << escape::dot_id(g[boost::source(e, g)].id) << " -> " << escape::dot_id(g[boost::target(e, g)].id)
        << " " << a.str() << ";\n";
  }

  // The legend shows only what the graph holds: its kinds of vertex and edge
  // and its affiliations.
  static void write_legend(const graph::AttributionGraph& graph, const graph::GraphFigures& f, std::ostream& out) {
    const graph::Graph& g = graph.graph();
    out << "  subgraph \"cluster_legend\" {\n";
    out << "    graph "
        << AttrList()
               .label("label", "Legend")
               .value("style", "rounded")
               .value("color", "#9e9e9e")
               .value("fontcolor", "#616161")
               .value("labelloc", "t")
               .str()
        << ";\n";
    out << "    node " << AttrList().value("fontsize", "9").str() << ";\n";
    // Vertex samples are chained by invisible edges so that they lie in a row
    // (left to right) rather than a tall column.
    std::string previous;
    auto item = [&](std::string_view id, std::string_view text, AttrList a) {
      std::string full = "legend:" + std::string(id);
      out << "    " << escape::dot_id(full) << " " << a.label("label", text).label("tooltip", text).str() << ";\n";
      if (!previous.empty())
        out << "    " << escape::dot_id(previous) << " -> " << escape::dot_id(full) << " "
            << AttrList().value("style", "invis").str() << ";\n";
      previous = std::move(full);
    };
    bool person = false, organization = false, group = false, anonymous = false, named = false;
    std::set<std::string> affiliations;  // sorted: the legend's order does not depend on the input's
    for (auto [it, end] = boost::vertices(g); it != end; ++it) {
      const graph::VertexProps& p = g[*it];
      if (p.kind != VertexKind::source) continue;
      person |= !p.has_entity || p.entity_kind == EntityKind::person;
      organization |= p.has_entity && p.entity_kind == EntityKind::organization;
      group |= p.has_entity && p.entity_kind == EntityKind::group;
      (p.anonymous ? anonymous : named) = true;
      if (!p.affiliation.empty()) affiliations.emplace(p.affiliation);
    }
    if (person) item("person", "person", AttrList().value("shape", "ellipse"));
    if (organization) item("organization", "organization", AttrList().value("shape", "box").value("style", "rounded,filled"));
    if (group) item("group", "group of sources", AttrList().value("shape", "ellipse").value("peripheries", "2"));
    if (named) item("named", "named source", AttrList().value("shape", "ellipse"));
    if (anonymous) item("anonymous", "anonymous source", AttrList().value("shape", "ellipse").value("style", "dashed,filled"));
    for (const std::string& code : affiliations)
      item("affiliation:" + code, "affiliation " + code,
           AttrList().value("shape", "box").value("fillcolor", affiliation_colour(code)));
    if (f.count(VertexKind::claim)) item("claim", "claim", AttrList().value("shape", "note").value("fillcolor", "#fffde7"));
    if (f.count(VertexKind::recipient))
      item("recipient", "recipient", AttrList().value("shape", "hexagon").value("fillcolor", "#e8f5e9"));
    item("document", "document", AttrList().value("shape", "folder").value("fillcolor", "#e3f2fd"));
    if (f.count(VertexKind::origin))
      item("origin", "origin (credited original)", AttrList().value("shape", "cylinder").value("fillcolor", "#fff3e0"));
    for (int k = 0; k < graph::kEdgeKinds; ++k) {
      auto kind = static_cast<EdgeKind>(k);
      if (!f.count(kind)) continue;
      EdgeStyle s = edge_style(kind);
      std::string from = "legend:edge:" + std::string(to_string(kind)), to = from + ":to";
      AttrList point;
      point.value("shape", "point").value("width", "0.06").value("color", "#9e9e9e");
      out << "    " << escape::dot_id(from) << " " << point.str() << ";\n";
      out << "    " << escape::dot_id(to) << " " << point.str() << ";\n";
      std::string text = s.label.empty() ? std::string(to_string(kind)) : std::string(s.label);
      if (kind == EdgeKind::reported_in) text = "reported in";
      out << "    " << escape::dot_id(from) << " -> " << escape::dot_id(to) << " "
          << AttrList()
                 .value("color", s.colour)
                 .value("style", s.style)
                 .value("arrowhead", s.arrowhead)
                 .label("label", text)
                 .value("fontcolor", s.colour)
                 .label("tooltip", text)
                 .str()
          << ";\n";
    }
    out << "  }\n";
  }
};

}  // namespace

std::unique_ptr<GraphWriter> make_dot_writer() { return std::make_unique<DotWriter>(); }

}  // namespace whosaid::detail
