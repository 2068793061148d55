// whosaid's own drawing of the reading graph, for machines without Graphviz
// (and for graphs too big for dot's layout, which is not linear): columns by
// role, nodes stacked in the order the graph met them, edges as curves from
// the right side of one box to the left side of the next. Each box is a link
// to its place on the page; each edge has its label as a tooltip.
#include <algorithm>

#include "export/escape.h"
#include "report/html.h"
#include "report/reading_graph.h"

namespace whosaid::report {
namespace {

using NodeKind = ReadingGraph::NodeKind;

constexpr int kLine = 14;          // px per text line
constexpr int kPad = 6;            // inside a box
constexpr int kGapY = 12;          // between boxes
constexpr int kGapX = 70;          // between columns
constexpr int kMargin = 8;

struct Box {
  int column = 0;
  int x = 0, y = 0, w = 0, h = 0;
  std::vector<std::string> lines;
};

int width_of(NodeKind k) { return k == NodeKind::claim ? 280 : 170; }
std::size_t chars_of(NodeKind k) { return k == NodeKind::claim ? 42 : 24; }

std::string num(int v) { return std::to_string(v); }

const char* edge_colour(graph::EdgeKind k) {
  switch (k) {
    case graph::EdgeKind::denies: return "#c62828";
    case graph::EdgeKind::refuses_comment: return "#616161";
    case graph::EdgeKind::relays: return "#1565c0";
    case graph::EdgeKind::told_to: return "#2e7d32";
    case graph::EdgeKind::member_of: return "#6a1b9a";
    default: return "#37474f";
  }
}

}  // namespace

std::string own_layout_svg(const ReadingGraph& g, const ArticleContext& ctx) {
  // Columns: sources 0, claims 1 + depth, recipients and refusals after the deepest claim.
  uint32_t deepest = 0;
  for (const auto& n : g.nodes)
    if (n.kind == NodeKind::claim) deepest = std::max(deepest, n.depth);
  const int last = static_cast<int>(deepest) + 2;
  std::vector<Box> boxes(g.nodes.size());
  std::vector<int> column_width(last + 1, 0), column_height(last + 1, kMargin);
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const auto& n = g.nodes[i];
    Box& b = boxes[i];
    b.column = n.kind == NodeKind::source ? 0 : n.kind == NodeKind::claim ? 1 + static_cast<int>(n.depth) : last;
    b.lines = escape::wrap(n.label, chars_of(n.kind), n.kind == NodeKind::claim ? 5 : 3);
    if (b.lines.empty()) b.lines.push_back("");
    b.w = width_of(n.kind);
    b.h = static_cast<int>(b.lines.size()) * kLine + 2 * kPad;
    b.y = column_height[b.column];
    column_height[b.column] += b.h + kGapY;
    column_width[b.column] = std::max(column_width[b.column], b.w);
  }
  std::vector<int> column_x(last + 1, kMargin);
  for (int c = 1; c <= last; ++c)
    column_x[c] = column_x[c - 1] + column_width[c - 1] + (column_width[c - 1] ? kGapX : 0);
  for (Box& b : boxes) b.x = column_x[b.column];
  const int width = column_x[last] + column_width[last] + kMargin;
  const int height = std::max(*std::max_element(column_height.begin(), column_height.end()), 2 * kMargin);

  const std::string id = ctx.prefix() + "_g";
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph-svg own\" role=\"img\" aria-labelledby=\"" +
                    ctx.prefix() + "-graph-caption\" width=\"" + num(width) + "\" height=\"" + num(height) +
                    "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"11\">";
  out += "<defs><marker id=\"" + id + "_arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
         "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"context-stroke\"/></marker></defs>";
  for (const ReadingGraph::Edge& e : g.edges) {
    const Box& a = boxes[e.from];
    const Box& b = boxes[e.to];
    int x1 = a.x + a.w, y1 = a.y + a.h / 2, x2 = b.x, y2 = b.y + b.h / 2;
    std::string d;
    if (a.column == b.column) {
      // Same column (member_of): a loop out to the left.
      x1 = a.x;
      x2 = b.x;
      d = "M" + num(x1) + "," + num(y1) + "C" + num(x1 - 40) + "," + num(y1) + " " + num(x2 - 40) + "," + num(y2) +
          " " + num(x2) + "," + num(y2);
    } else {
      const int mid = (x1 + x2) / 2;
      d = "M" + num(x1) + "," + num(y1) + "C" + num(mid) + "," + num(y1) + " " + num(mid) + "," + num(y2) + " " +
          num(x2) + "," + num(y2);
    }
    const char* colour = edge_colour(e.kind);
    out += "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" +
           (e.kind == graph::EdgeKind::denies || e.kind == graph::EdgeKind::relays ? "2" : "1.2") + "\"" +
           (e.kind == graph::EdgeKind::refuses_comment ? " stroke-dasharray=\"5,3\"" : "") +
           (e.kind == graph::EdgeKind::member_of ? " stroke-dasharray=\"2,2\"" : "") + " marker-end=\"url(#" + id +
           "_arrow)\"><title>";
    html::append_text(out, e.label);
    out += "</title></path>";
  }
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const auto& n = g.nodes[i];
    const Box& b = boxes[i];
    const Colour& c = palette(n.colour);
    const char* fill = n.kind == NodeKind::source      ? c.light
                       : n.kind == NodeKind::claim     ? (n.direct ? "#fff3c4" : "#fffdf0")
                       : n.kind == NodeKind::recipient ? "#e8f5e9"
                                                       : "#fafafa";
    const char* stroke = n.kind == NodeKind::source ? c.dark : n.kind == NodeKind::claim ? "#8d6e63" : "#616161";
    if (!n.target.empty()) out += "<a href=\"#" + n.target + "\">";
    out += "<g><title>";
    html::append_text(out, n.tooltip);
    out += "</title><rect x=\"" + num(b.x) + "\" y=\"" + num(b.y) + "\" width=\"" + num(b.w) + "\" height=\"" +
           num(b.h) + "\" rx=\"" + (n.kind == NodeKind::source && !n.organization ? "14" : "3") + "\" fill=\"" + fill +
           "\" stroke=\"" + stroke + "\"" + (n.anonymous || n.kind == NodeKind::refusal ? " stroke-dasharray=\"4,2\"" : "") +
           "/>";
    for (std::size_t l = 0; l < b.lines.size(); ++l) {
      out += "<text x=\"" + num(b.x + kPad) + "\" y=\"" + num(b.y + kPad + static_cast<int>(l + 1) * kLine - 3) +
             "\" fill=\"#1b1b1b\">";
      html::append_text(out, b.lines[l]);
      out += "</text>";
    }
    out += "</g>";
    if (!n.target.empty()) out += "</a>";
  }
  out += "</svg>";
  return out;
}

}  // namespace whosaid::report
