// networkx node-link JSON, streamed one node or edge per line. Each element is
// a small ordered_json object (so nlohmann does the string escaping) dumped as
// soon as it is built; the whole graph is never held as JSON.
#include <map>
#include <utility>

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

std::string dump(const Json& j) {
  // replace: the text is valid UTF-8 already; this only keeps a bug from throwing.
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

class JsonGraphWriter final : public GraphWriter {
 public:
  explicit JsonGraphWriter(std::string edges_key) : edges_key_(std::move(edges_key)) {}
  std::string_view format() const override { return "json"; }
  std::string_view extension() const override { return "json"; }

  Status write(const graph::AttributionGraph& graph, std::ostream& out) const override {
    const graph::Graph& g = graph.graph();
    graph::GraphFigures figures = graph::compute_figures(graph);
    std::vector<Attribute> attrs;

    Json graph_attrs = Json::object();
    graph_attributes(graph, figures, attrs);
    put(graph_attrs, attrs);
    out << "{\"directed\": true, \"multigraph\": true, \"graph\": " << dump(graph_attrs) << ",\n\"nodes\": [";

    bool first = true;
    for (auto [it, end] = boost::vertices(g); it != end; ++it) {
      Json node = {{"id", g[*it].id}};
      vertex_attributes(graph, figures, *it, attrs);
      put(node, attrs);
      out << (first ? "\n" : ",\n") << dump(node);
      first = false;
    }
    out << "\n],\n" << dump(Json(edges_key_)) << ": [";

    // Multigraph keys as networkx numbers them: 0, 1, ... per (source, target).
    std::map<std::pair<graph::Vertex, graph::Vertex>, int64_t> next_key;
    first = true;
    for (graph::Edge e : graph.ordered_edges()) {
      graph::Vertex s = boost::source(e, g), t = boost::target(e, g);
      Json edge = {{"source", g[s].id}, {"target", g[t].id}, {"key", next_key[{s, t}]++}};
      edge_attributes(graph, e, attrs);
      put(edge, attrs);
      out << (first ? "\n" : ",\n") << dump(edge);
      first = false;
    }
    out << "\n]}\n";
    return out ? Status() : stream_failed("json");
  }

 private:
  std::string edges_key_;
};

}  // namespace

std::unique_ptr<GraphWriter> make_json_graph_writer(std::string edges_key) {
  return std::make_unique<JsonGraphWriter>(std::move(edges_key));
}

}  // namespace whosaid::detail
