// whosaid extract [FILE...|-] [--format json|jsonl] [-o OUT] [--data-dir DIR]
//                 [--input auto|text|html|jsonl] [--on-error fail|skip] [--comments]
//
// With --format jsonl each document is written and flushed as soon as it is
// analysed. When the run stops on an error (--on-error fail), what was written
// stays: on stdout as it is, and with -o in OUT.partial (OUT itself is only
// ever written whole, on success).
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "export/document_json.h"
#include "cli/document_inputs.h"
#include "pipeline/pipeline.h"

namespace whosaid::cli {

namespace po = boost::program_options;

int run_extract(const Args& args) {
  po::options_description options("whosaid extract [OPTIONS] FILE... (- for standard input)");
  std::string format, output, data_dir;
  options.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&format)->default_value("json"), "json (one object, or an array for several inputs) or jsonl (one line per document)")
      ("output,o", po::value(&output), "write to this file (written whole, or not at all) instead of stdout")
      ("data-dir", po::value(&data_dir), "the folder holding lang/<code>/ language data")
      ("comments", "also keep readers' comments' attributions (section \"comment\"), resolved apart from the article's sources");
  InputOptions input_options;
  add_input_options(options, input_options);
  po::variables_map vm;
  std::vector<std::string> inputs;
  if (const auto stop = parse_command_line("extract", args, options, vm, inputs)) return *stop;
  if (format != "json" && format != "jsonl") {
    std::cerr << "whosaid extract: unknown format '" << format << "' (json, jsonl)\n";
    return 64;
  }
  PipelineOptions pipeline_options{data_dir, "fr"};
  pipeline_options.comments = vm.count("comments") > 0;
  Pipeline pipeline;
  if (const auto stop = prepare_analysis("extract", input_options, inputs, options, pipeline_options, pipeline))
    return *stop;
  OutputFile out(output);
  if (!out.ok()) {
    std::cerr << "whosaid extract: " << out.error() << "\n";
    return 74;
  }
  nlohmann::json array = nlohmann::json::array();
  DocumentInputs reader("extract", pipeline, input_options);
  const int code = reader.run(inputs, [&](Document& doc) {
    nlohmann::json result = document_to_json(doc);
    if (format == "jsonl") {
      out.stream() << result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      out.stream().flush();
    } else {
      array.push_back(std::move(result));
    }
  });
  if (code != 0) {
    // Documents already written stay whole: on stdout as they are, with -o in OUT.partial.
    if (format == "jsonl" && reader.documents() > 0) {
      const std::string partial = out.keep_partial(".partial");
      if (!partial.empty())
        std::cerr << "whosaid extract: the " << reader.documents() << " documents written before the error are in " << partial << "\n";
    }
    return code;
  }
  if (format == "json" && array.empty()) {
    std::cerr << "whosaid extract: no document to write (every input was skipped)\n";
    return 65;
  }
  if (format == "json") {
    const nlohmann::json& value = inputs.size() == 1 && array.size() == 1 && input_options.mode != "jsonl" && !inputs[0].ends_with(".jsonl") ? array[0] : array;
    out.stream() << value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  if (!out.commit()) {
    std::cerr << "whosaid extract: " << out.error() << "\n";
    return 74;
  }
  return 0;
}

}  // namespace whosaid::cli
