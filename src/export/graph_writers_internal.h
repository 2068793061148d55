// Internal to src/export: the constructors make_graph_writer() dispatches to,
// one per format file. Use make_graph_writer() (graph_writer.h) instead.
#pragma once

#include <memory>
#include <string>

#include "export/graph_writer.h"

namespace whosaid::detail {

std::unique_ptr<GraphWriter> make_dot_writer();                          // dot_writer.cpp
std::unique_ptr<GraphWriter> make_json_graph_writer(std::string edges_key);  // json_graph_writer.cpp
std::unique_ptr<GraphWriter> make_graphml_writer();                      // graphml_writer.cpp
std::unique_ptr<GraphWriter> make_csv_writer();                          // csv_writer.cpp
std::unique_ptr<GraphWriter> make_cytoscape_writer();                    // cytoscape_writer.cpp

// The io_error every writer returns when the stream fails.
Status stream_failed(std::string_view format);

}  // namespace whosaid::detail
