// Graph writers: one interface, one class per output format, chosen by name.
//
//   auto writer = make_graph_writer("dot");            // dot, json, graphml, csv, cytoscape
//   if (!writer) ... unknown format ...
//   Status s = writer->write(graph, std::cout);
//
// Every writer streams to a std::ostream element by element and writes the
// same bytes for the same graph (vertices in insertion order, edges in
// insertion order). Every piece of document text goes through the format's
// escaping (export/escape.h): a quote may hold anything valid UTF-8 can.
// The formats are described for users in docs/graph.md.
#pragma once

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "core/status.h"
#include "graph/attribution_graph.h"

namespace whosaid {

struct GraphWriterOptions {
  // JSON only: the key of the edge list in networkx node-link data. "edges" is
  // what networkx >= 3.6 reads by default; "links" what networkx <= 3.5 reads.
  std::string json_edges_key = "edges";
};

class GraphWriter {
 public:
  virtual ~GraphWriter() = default;
  virtual std::string_view format() const = 0;     // "dot"
  virtual std::string_view extension() const = 0;  // file extension without the dot
  // Writes the whole graph. Fails (io_error) only when the stream does.
  virtual Status write(const graph::AttributionGraph& graph, std::ostream& out) const = 0;
};

// The writer for `format` (one of graph_formats()), or nullptr when unknown.
std::unique_ptr<GraphWriter> make_graph_writer(std::string_view format, const GraphWriterOptions& options = {});

// The format names make_graph_writer() knows, in the order docs list them.
std::span<const std::string_view> graph_formats();

}  // namespace whosaid
