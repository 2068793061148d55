// GraphML for Gephi, networkx and yEd. Node and edge ids are the canonical
// "n<index>" / "e<index>" (GraphML ids are XML name tokens, ours are free
// text); the whosaid id is kept in the "whosaid_id" attribute and the display
// text in "label", which Gephi shows.
#include "export/escape.h"
#include "export/graph_attributes.h"
#include "export/graph_writers_internal.h"

namespace whosaid::detail {
namespace {

void declare_keys(std::ostream& out, std::string_view prefix, std::string_view domain,
                  std::span<const AttributeSpec> specs) {
  for (const AttributeSpec& s : specs)
    out << "  <key id=\"" << prefix << s.name << "\" for=\"" << domain << "\" attr.name=\"" << s.name
        << "\" attr.type=\"" << to_string(s.type) << "\"/>\n";
}

void write_data(std::ostream& out, std::string_view indent, std::string_view prefix,
                const std::vector<Attribute>& attrs) {
  for (const Attribute& a : attrs) {
    out << indent << "<data key=\"" << prefix << a.name << "\">";
    if (auto* b = std::get_if<bool>(&a.value)) out << (*b ? "true" : "false");
    else if (auto* i = std::get_if<int64_t>(&a.value)) out << *i;
    else out << escape::xml(std::get<std::string>(a.value));
    out << "</data>\n";
  }
}

class GraphmlWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "graphml"; }
  std::string_view extension() const override { return "graphml"; }

  Status write(const graph::AttributionGraph& graph, std::ostream& out) const override {
    const graph::Graph& g = graph.graph();
    graph::GraphFigures figures = graph::compute_figures(graph);
    std::vector<Attribute> attrs;

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    declare_keys(out, "g_", "graph", graph_attribute_specs());
    out << "  <key id=\"v_whosaid_id\" for=\"node\" attr.name=\"whosaid_id\" attr.type=\"string\"/>\n";
    declare_keys(out, "v_", "node", vertex_attribute_specs());
    declare_keys(out, "e_", "edge", edge_attribute_specs());

    out << "  <graph id=\"whosaid\" edgedefault=\"directed\">\n";
    graph_attributes(graph, figures, attrs);
    write_data(out, "    ", "g_", attrs);
    for (auto [it, end] = boost::vertices(g); it != end; ++it) {
      out << "    <node id=\"n" << *it << "\">\n";
      out << "      <data key=\"v_whosaid_id\">" << escape::xml(g[*it].id) << "</data>\n";
      vertex_attributes(graph, figures, *it, attrs);
      write_data(out, "      ", "v_", attrs);
      out << "    </node>\n";
    }
    std::size_t index = 0;
    for (graph::Edge e : graph.ordered_edges()) {
      out << "    <edge id=\"e" << index++ << "\" source=\"n" << boost::source(e, g) << "\" target=\"n"
          << boost::target(e, g) << "\">\n";
      edge_attributes(graph, e, attrs);
      write_data(out, "      ", "e_", attrs);
      out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
    return out ? Status() : stream_failed("graphml");
  }
};

}  // namespace

std::unique_ptr<GraphWriter> make_graphml_writer() { return std::make_unique<GraphmlWriter>(); }

}  // namespace whosaid::detail
