#include "export/graph_writer.h"

#include "export/graph_writers_internal.h"

namespace whosaid {
namespace {
constexpr std::string_view kFormats[] = {"dot", "json", "graphml", "csv", "cytoscape"};
}  // namespace

std::span<const std::string_view> graph_formats() { return kFormats; }

std::unique_ptr<GraphWriter> make_graph_writer(std::string_view format, const GraphWriterOptions& options) {
  if (format == "dot") return detail::make_dot_writer();
  if (format == "json")
    return detail::make_json_graph_writer(options.json_edges_key.empty() ? "edges" : options.json_edges_key);
  if (format == "graphml") return detail::make_graphml_writer();
  if (format == "csv") return detail::make_csv_writer();
  if (format == "cytoscape") return detail::make_cytoscape_writer();
  return nullptr;
}

namespace detail {
Status stream_failed(std::string_view format) {
  return Status::io_error("", "writing the " + std::string(format) + " graph failed");
}
}  // namespace detail

}  // namespace whosaid
