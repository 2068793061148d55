// whosaid extract [FILE...|-] [--format json|jsonl] [-o OUT] [--data-dir DIR]
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "export/document_json.h"
#include "input/read_text.h"
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
      ("comments", "also analyse readers' comments (their attributions get section \"comment\")");
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>(), "input files");
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "whosaid extract: " << e.what() << "\n" << options;
    return 64;
  }
  if (vm.count("help")) {
    std::cout << options;
    return 0;
  }
  if (format != "json" && format != "jsonl") {
    std::cerr << "whosaid extract: unknown format '" << format << "' (json, jsonl)\n";
    return 64;
  }
  std::vector<std::string> inputs = vm.count("input") ? vm["input"].as<std::vector<std::string>>() : std::vector<std::string>{};
  if (inputs.empty()) {
    std::cerr << "whosaid extract: no input (give a FILE, or - for standard input)\n" << options;
    return 64;
  }

  Pipeline pipeline;
  PipelineOptions pipeline_options{data_dir, "fr"};
  pipeline_options.comments = vm.count("comments") > 0;
  if (Status s = Pipeline::create(pipeline_options, pipeline); !s.ok()) {
    std::cerr << "whosaid extract: " << s.message() << "\n";
    return s.exit_code();
  }
  OutputFile out(output);
  if (!out.ok()) {
    std::cerr << "whosaid extract: " << out.error() << "\n";
    return 74;
  }
  nlohmann::json array = nlohmann::json::array();
  for (const std::string& input : inputs) {
    Document doc;
    Status s = read_text_input(input, doc);
    if (s.ok()) s = pipeline.analyze(doc);
    if (!s.ok()) {
      // Documents already written (jsonl) stay whole; the file output is not committed.
      std::cerr << "whosaid extract: " << s.message() << "\n";
      if (format == "jsonl") out.stream().flush();
      return s.exit_code();
    }
    nlohmann::json result = document_to_json(doc);
    if (format == "jsonl") {
      out.stream() << result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      out.stream().flush();
    } else {
      array.push_back(std::move(result));
    }
  }
  if (format == "json") {
    const nlohmann::json& value = inputs.size() == 1 ? array[0] : array;
    out.stream() << value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  if (!out.commit()) {
    std::cerr << "whosaid extract: " << out.error() << "\n";
    return 74;
  }
  return 0;
}

}  // namespace whosaid::cli
