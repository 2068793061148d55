// whosaid report [FILE...|-] [-o report.html] [--layout dot|own] [--data-dir DIR]
//                [--input auto|text|html|jsonl] [--on-error fail|skip] [--comments]
//
// The fact-checker's page (docs/report.md): one self-contained HTML file for
// all the inputs. Each document is analysed, written to a temporary spool as
// its <article> and dropped, so a corpus streams; the page (contents and
// shared sources first) is assembled from the spool at the end. -o appears
// only once the page is written whole.
#include <boost/program_options.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/document_inputs.h"
#include "cli/output_file.h"
#include "lang/lexicon.h"
#include "pipeline/pipeline.h"
#include "report/dot_svg.h"
#include "report/report_writer.h"

namespace whosaid::cli {

namespace po = boost::program_options;

namespace {

// A read-write temporary file with no name (removed as soon as it is open).
bool open_spool(std::fstream& spool) {
  std::string path = (std::filesystem::temp_directory_path() / "whosaid-report-XXXXXX").string();
  const int fd = ::mkstemp(path.data());
  if (fd < 0) return false;
  ::close(fd);
  spool.open(path, std::ios::in | std::ios::out | std::ios::trunc | std::ios::binary);
  std::error_code ec;
  std::filesystem::remove(path, ec);
  return spool.is_open();
}

}  // namespace

int run_report(const Args& args) {
  po::options_description options("whosaid report [OPTIONS] FILE... (- for standard input)");
  std::string output, data_dir, layout;
  options.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&output), "write the HTML page to this file (written whole, or not at all) instead of stdout")
      ("layout", po::value(&layout)->default_value("dot"), "how the graph is drawn: dot (Graphviz's dot -Tsvg when it is installed, else own) or own (whosaid's layout)");
  add_pipeline_options(options, data_dir);
  InputOptions input_options;
  add_input_options(options, input_options);
  po::variables_map vm;
  std::vector<std::string> inputs;
  if (const auto stop = parse_command_line("report", args, options, vm, inputs)) return *stop;
  if (layout != "dot" && layout != "own") {
    std::cerr << "whosaid report: unknown --layout '" << layout << "' (dot, own)\n";
    return 64;
  }
  Pipeline pipeline;
  if (const auto stop = prepare_analysis("report", input_options, inputs, options, vm, data_dir, pipeline)) return *stop;

  report::LabelCatalog labels(data_dir.empty() ? lang::Lexicon::default_data_dir() : std::filesystem::path(data_dir));
  report::ReportOptions report_options;
  report_options.generator = "whosaid 0.1.0";
  if (layout == "dot")
    report_options.render_svg = [](const std::string& dot, std::string& svg) {
      return report::render_with_dot(dot, svg).ok();
    };
  report::ReportWriter writer(labels, report_options);
  std::fstream spool;
  if (!open_spool(spool)) {
    std::cerr << "whosaid report: cannot make a temporary file in " << std::filesystem::temp_directory_path() << "\n";
    return 74;
  }
  Status failed;
  DocumentInputs reader("report", pipeline, input_options);
  DocumentSink sink;
  // The page is assembled from the spool in input order, so articles are
  // written from emit (the main thread), never from render.
  sink.render = [](const Document&, std::string&) {};
  sink.emit = [&](Document& doc, std::string&) {
    if (failed.ok()) failed = writer.add_article(doc, spool);
    return 0;
  };
  const int code = reader.run(inputs, sink);
  if (code != 0) return code;
  if (!failed.ok()) {
    std::cerr << "whosaid report: " << failed.message() << "\n";
    return failed.exit_code();
  }
  if (writer.articles() == 0) {
    std::cerr << "whosaid report: no document to write (every input was skipped)\n";
    return 65;
  }
  spool.flush();
  spool.seekg(0);

  OutputFile out(output);
  if (!out.ok()) {
    std::cerr << "whosaid report: " << out.error() << "\n";
    return 74;
  }
  if (Status s = writer.write_page(spool, out.stream()); !s.ok()) {
    std::cerr << "whosaid report: " << (output.empty() ? std::string("stdout") : output) << ": " << s.what() << "\n";
    return s.exit_code();
  }
  if (!out.commit()) {
    std::cerr << "whosaid report: " << out.error() << "\n";
    return 74;
  }
  return 0;
}

}  // namespace whosaid::cli
