// whosaid extract [FILE...|-] [--format json|jsonl] [-o OUT] [--data-dir DIR]
//                 [--input auto|text|html|jsonl] [--on-error fail|skip] [--comments] [--jobs N]
//
// With --format jsonl each document is written and flushed as soon as it is
// analysed. When the run stops on an error (--on-error fail) or a signal,
// what was written stays: on stdout as it is, and with -o in OUT.partial (OUT
// itself is only ever written whole, on success).
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/document_inputs.h"
#include "cli/output_file.h"
#include "export/document_json.h"
#include "pipeline/pipeline.h"

namespace whosaid::cli {

namespace po = boost::program_options;

namespace {

// One document's JSON: one line for jsonl, indented for json. Each thread
// reserves what its previous document took, so a document's output is one
// allocation, not one per value.
void render_document(const Document& doc, bool one_line, std::string& out) {
  thread_local size_t last_size = 0;
  out.clear();
  out.reserve(last_size + last_size / 8);
  write_document_json(doc, one_line ? JsonWriter::Style::one_line : JsonWriter::Style::indented, out);
  last_size = out.size();
}

// Several documents in --format json are an array: each document's indented
// JSON, one level deeper (what nlohmann's dump(2) of the array gives, byte for
// byte, without holding the documents' trees).
void write_array(std::ostream& out, const std::vector<std::string>& documents) {
  out << "[\n";
  for (size_t i = 0; i < documents.size(); ++i) {
    const std::string& d = documents[i];
    out << "  ";
    for (size_t start = 0;;) {
      const size_t end = d.find('\n', start);
      if (end == std::string::npos) {
        out.write(d.data() + start, static_cast<std::streamsize>(d.size() - start));
        break;
      }
      out.write(d.data() + start, static_cast<std::streamsize>(end + 1 - start));
      out << "  ";
      start = end + 1;
    }
    out << (i + 1 < documents.size() ? ",\n" : "\n");
  }
  out << "]";
}

}  // namespace

int run_extract(const Args& args) {
  po::options_description options("whosaid extract [OPTIONS] FILE... (- for standard input)");
  std::string format, output;
  options.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&format)->default_value("json"), "json (one object, or an array for several inputs) or jsonl (one line per document)")
      ("output,o", po::value(&output), "write to this file (written whole, or not at all) instead of stdout");
  std::string data_dir;
  add_pipeline_options(options, data_dir);
  InputOptions input_options;
  add_input_options(options, input_options);
  po::variables_map vm;
  std::vector<std::string> inputs;
  if (const auto stop = parse_command_line("extract", args, options, vm, inputs)) return *stop;
  if (format != "json" && format != "jsonl") {
    std::cerr << "whosaid extract: unknown format '" << format << "' (json, jsonl)\n";
    return 64;
  }
  Pipeline pipeline;
  if (const auto stop = prepare_analysis("extract", input_options, inputs, options, vm, data_dir, pipeline))
    return *stop;
  const bool lines = format == "jsonl";
  OutputFile out(output, lines ? OutputFile::Kind::stream : OutputFile::Kind::whole);
  if (!out.ok()) {
    std::cerr << "whosaid extract: " << out.error() << "\n";
    return 74;
  }
  std::vector<std::string> documents;  // --format json: written once all are read
  DocumentSink sink;
  sink.render = [lines](const Document& doc, std::string& rendered) { render_document(doc, lines, rendered); };
  sink.emit = [&](Document&, std::string& rendered) {
    if (!lines) {
      documents.push_back(std::move(rendered));
      return 0;
    }
    out.stream() << rendered << '\n';
    if (out.end_record()) return 0;
    std::cerr << "whosaid extract: " << out.error() << "\n";
    return 74;
  };
  DocumentInputs reader("extract", pipeline, input_options);
  if (const int code = reader.run(inputs, sink); code != 0) {
    // Documents already written stay whole: on stdout as they are, with -o in OUT.partial.
    if (const std::string partial = out.keep_partial(); !partial.empty())
      std::cerr << "whosaid extract: the " << reader.documents() << " documents written before the error are in "
                << partial << "\n";
    return code;
  }
  if (!lines && documents.empty()) {
    std::cerr << "whosaid extract: no document to write (every input was skipped)\n";
    return 65;
  }
  if (!lines) {
    if (inputs.size() == 1 && documents.size() == 1 && !reader.read_json_lines()) out.stream() << documents[0];
    else write_array(out.stream(), documents);
    out.stream() << "\n";
  }
  if (!out.commit()) {
    std::cerr << "whosaid extract: " << out.error() << "\n";
    return 74;
  }
  return 0;
}

}  // namespace whosaid::cli
