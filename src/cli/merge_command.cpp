// whosaid merge A.jsonl B.jsonl ... [--format dot|json|graphml|csv] [-o OUT]
//               [--on-error fail|skip] [--json-edges-key edges|links]
//
// The reduce step of a corpus extracted in shards (docs/scale-out.md): reads
// `whosaid extract --format jsonl` outputs (or --format json files: one
// document or an array), one document at a time, and builds one attribution
// graph from them. Given the shards of a corpus in order, the graph is the
// one `whosaid graph` gives over the whole corpus, byte for byte.
#include <boost/program_options.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "export/document_json_reader.h"
#include "export/graph_writer.h"
#include "graph/attribution_graph.h"
#include "input/read_jsonl.h"

namespace whosaid::cli {

namespace po = boost::program_options;

namespace {

class Merger {
 public:
  Merger(graph::AttributionGraph& graph, bool skip) : graph_(graph), skip_(skip) {}

  // 0, or the exit code that stops the run (reported).
  int add(const nlohmann::json& value, const std::string& place) {
    Document doc;
    Status s = document_from_json(value, place, doc);
    if (!s.ok()) return report(s);
    graph_.add_document(doc);
    ++documents_;
    return 0;
  }
  int report(const Status& s) {
    std::cerr << "whosaid merge: " << s.message() << "\n";
    if (skip_ && s.code() == StatusCode::invalid_input) {
      ++skipped_;
      return 0;
    }
    return s.exit_code();
  }
  int read(const std::string& input) {
    const bool whole = std::filesystem::path(input).extension() == ".json";
    std::FILE* file = input == "-" ? stdin : std::fopen(input.c_str(), "rb");
    if (!file) return report(Status::io_error(input, std::string("cannot open: ") + std::strerror(errno)));
    struct Closer {
      std::FILE* f;
      ~Closer() { if (f != stdin) std::fclose(f); }
    } closer{file};
    LineReader lines(file, whole ? (uint64_t(1) << 32) : JsonlReader::kDefaultMaxLineBytes * 4);
    std::string line, all;
    bool too_long = false;
    uint64_t length = 0, number = 0;
    while (lines.next(line, too_long, length)) {
      ++number;
      if (whole) {
        all += line;
        all += '\n';
        continue;
      }
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const std::string place = input + ":" + std::to_string(number);
      if (too_long) {
        if (int code = report(std::move(Status::invalid_input(input, "line of " + std::to_string(length) + " bytes is too long").at_line(number))); code)
          return code;
        continue;
      }
      nlohmann::json value = nlohmann::json::parse(line, nullptr, false);
      if (value.is_discarded()) {
        if (int code = report(std::move(Status::invalid_input(input, "not JSON").at_line(number))); code) return code;
        continue;
      }
      if (int code = add(value, place); code) return code;
    }
    if (lines.error()) return report(Status::io_error(input, "read error"));
    if (whole) {
      nlohmann::json value = nlohmann::json::parse(all, nullptr, false);
      if (value.is_discarded()) return report(Status::invalid_input(input, "not JSON"));
      if (value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i)
          if (int code = add(value[i], input + "[" + std::to_string(i) + "]"); code) return code;
      } else if (int code = add(value, input); code) {
        return code;
      }
    }
    return 0;
  }
  uint64_t documents() const { return documents_; }
  uint64_t skipped() const { return skipped_; }

 private:
  graph::AttributionGraph& graph_;
  bool skip_;
  uint64_t documents_ = 0, skipped_ = 0;
};

}  // namespace

int run_merge(const Args& args) {
  po::options_description options("whosaid merge [OPTIONS] EXTRACT.jsonl... (- for standard input)");
  std::string format, output, edges_key, on_error;
  options.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&format)->default_value("dot"), "dot, json, graphml or csv (as whosaid graph)")
      ("output,o", po::value(&output), "write to this file (written whole, or not at all) instead of stdout")
      ("json-edges-key", po::value(&edges_key)->default_value("edges"), "json: the edge list's key, edges or links")
      ("on-error", po::value(&on_error)->default_value("fail"), "fail: stop at the first bad document (exit 65); skip: report it, go on, count it");
  po::variables_map vm;
  std::vector<std::string> inputs;
  if (const auto stop = parse_command_line("merge", args, options, vm, inputs)) return *stop;
  if (edges_key != "edges" && edges_key != "links") {
    std::cerr << "whosaid merge: --json-edges-key must be edges or links, not '" << edges_key << "'\n";
    return 64;
  }
  if (on_error != "fail" && on_error != "skip") {
    std::cerr << "whosaid merge: unknown --on-error '" << on_error << "' (fail, skip)\n";
    return 64;
  }
  GraphWriterOptions writer_options;
  writer_options.json_edges_key = edges_key;
  std::unique_ptr<GraphWriter> writer = make_graph_writer(format, writer_options);
  if (!writer) {
    std::cerr << "whosaid merge: unknown format '" << format << "' (dot, json, graphml, csv)\n";
    return 64;
  }
  if (inputs.empty()) {
    std::cerr << "whosaid merge: no input (give the extract JSONL files, or - for standard input)\n" << options;
    return 64;
  }

  graph::AttributionGraph graph;
  Merger merger(graph, on_error == "skip");
  for (const std::string& input : inputs)
    if (int code = merger.read(input); code != 0) return code;
  if (merger.skipped() > 0)
    std::cerr << "whosaid merge: " << merger.skipped() << " bad document(s) skipped, " << merger.documents() << " merged\n";

  OutputFile out(output);
  if (!out.ok()) {
    std::cerr << "whosaid merge: " << out.error() << "\n";
    return 74;
  }
  if (Status s = writer->write(graph, out.stream()); !s.ok()) {
    std::cerr << "whosaid merge: " << (output.empty() ? std::string("stdout") : output) << ": " << s.what() << "\n";
    return s.exit_code();
  }
  if (!out.commit()) {
    std::cerr << "whosaid merge: " << out.error() << "\n";
    return 74;
  }
  return 0;
}

}  // namespace whosaid::cli
