// whosaid graph [FILE...|-] [--format dot|json|graphml|csv] [-o OUT]
//               [--json-edges-key edges|links] [--data-dir DIR] [--jobs N]
//
// Analyses each input (a document is added to the graph and dropped; with
// --jobs N, N are analysed at a time and added in input order, so the graph
// is the same) and writes the attribution graph of them all (docs/graph.md).
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "export/graph_writer.h"
#include "graph/attribution_graph.h"
#include "cli/document_inputs.h"
#include "pipeline/pipeline.h"

namespace whosaid::cli {

namespace po = boost::program_options;

int run_graph(const Args& args) {
  po::options_description options("whosaid graph [OPTIONS] FILE... (- for standard input)");
  std::string format, output, data_dir, edges_key;
  options.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&format)->default_value("dot"), "dot (Graphviz), json (networkx node-link), graphml (Gephi, networkx), csv (one row per attribution) or cytoscape (Cytoscape.js elements, documents as compound nodes)")
      ("output,o", po::value(&output), "write to this file (written whole, or not at all) instead of stdout")
      ("json-edges-key", po::value(&edges_key)->default_value("edges"), "json: the edge list's key, edges (networkx >= 3.6) or links (networkx <= 3.5)");
  add_pipeline_options(options, data_dir);
  InputOptions input_options;
  add_input_options(options, input_options);
  po::variables_map vm;
  std::vector<std::string> inputs;
  if (const auto stop = parse_command_line("graph", args, options, vm, inputs)) return *stop;
  if (edges_key != "edges" && edges_key != "links") {
    std::cerr << "whosaid graph: --json-edges-key must be edges or links, not '" << edges_key << "'\n";
    return 64;
  }
  GraphWriterOptions writer_options;
  writer_options.json_edges_key = edges_key;
  std::unique_ptr<GraphWriter> writer = make_graph_writer(format, writer_options);
  if (!writer) {
    std::cerr << "whosaid graph: unknown format '" << format << "' (dot, json, graphml, csv, cytoscape)\n";
    return 64;
  }
  Pipeline pipeline;
  if (const auto stop = prepare_analysis("graph", input_options, inputs, options, vm, data_dir, pipeline))
    return *stop;
  graph::AttributionGraph graph;
  DocumentInputs reader("graph", pipeline, input_options);
  DocumentSink sink;
  sink.emit = [&](Document& doc, std::string&) {
    graph.add_document(doc);
    return 0;
  };
  if (int code = reader.run(inputs, sink); code != 0) return code;

  // Opened only now: nothing is created when an input fails, and the file
  // appears only once written whole.
  OutputFile out(output);
  if (!out.ok()) {
    std::cerr << "whosaid graph: " << out.error() << "\n";
    return 74;
  }
  if (Status s = writer->write(graph, out.stream()); !s.ok()) {
    std::cerr << "whosaid graph: " << (output.empty() ? std::string("stdout") : output) << ": " << s.what() << "\n";
    return s.exit_code();
  }
  if (!out.commit()) {
    std::cerr << "whosaid graph: " << out.error() << "\n";
    return 74;
  }
  return 0;
}

}  // namespace whosaid::cli
