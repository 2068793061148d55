#include "cli/document_inputs.h"

#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "input/read_html.h"
#include "input/read_jsonl.h"
#include "input/read_text.h"

namespace whosaid::cli {
namespace {

namespace po = boost::program_options;

double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string mode_of(const std::string& input, const std::string& mode) {
  if (mode != "auto") return mode;
  const std::string ext = std::filesystem::path(input).extension().string();
  if (ext == ".html" || ext == ".htm" || ext == ".HTML" || ext == ".HTM") return "html";
  if (ext == ".jsonl" || ext == ".JSONL") return "jsonl";
  return "text";
}

}  // namespace

void add_input_options(po::options_description& options, InputOptions& out) {
  options.add_options()
      ("input", po::value(&out.mode)->default_value("auto"),
       "auto (by extension: .html/.htm, .jsonl, else text), text, html or jsonl (one {\"id\", \"text\"|\"html\", ...} per line)")
      ("on-error", po::value(&out.on_error)->default_value("fail"),
       "fail: stop at the first bad document (exit 65); skip: report it, go on, and count it on stderr")
      ("max-line-bytes", po::value(&out.max_line_bytes)->default_value(JsonlReader::kDefaultMaxLineBytes),
       "jsonl: a longer line is a bad document (read past, never held whole)");
}

std::string check_input_options(const InputOptions& options) {
  if (options.mode != "auto" && options.mode != "text" && options.mode != "html" && options.mode != "jsonl")
    return "unknown --input '" + options.mode + "' (auto, text, html, jsonl)";
  if (options.on_error != "fail" && options.on_error != "skip")
    return "unknown --on-error '" + options.on_error + "' (fail, skip)";
  return "";
}

std::optional<int> prepare_analysis(const std::string& command, const InputOptions& input_options,
                                    const std::vector<std::string>& inputs, const po::options_description& usage,
                                    const PipelineOptions& pipeline_options, Pipeline& pipeline) {
  if (std::string problem = check_input_options(input_options); !problem.empty()) {
    std::cerr << "whosaid " << command << ": " << problem << "\n";
    return 64;
  }
  if (inputs.empty()) {
    std::cerr << "whosaid " << command << ": no input (give a FILE, or - for standard input)\n" << usage;
    return 64;
  }
  if (Status s = Pipeline::create(pipeline_options, pipeline); !s.ok()) {
    std::cerr << "whosaid " << command << ": " << s.message() << "\n";
    return s.exit_code();
  }
  return std::nullopt;
}

DocumentInputs::DocumentInputs(std::string command, const Pipeline& pipeline, InputOptions options)
    : command_(std::move(command)), pipeline_(pipeline), options_(std::move(options)), tty_(::isatty(2) != 0) {
  started_ = last_report_ = now();
}

int DocumentInputs::fail_or_skip(const Status& status) {
  std::cerr << "whosaid " << command_ << ": " << status.message() << "\n";
  if (options_.on_error == "skip" && status.code() == StatusCode::invalid_input) {
    ++skipped_;
    return 0;
  }
  return status.exit_code();
}

void DocumentInputs::progress(uint64_t bytes, bool last) {
  if (!tty_) return;
  const double t = now();
  if (!last && t - last_report_ < 0.5) return;
  last_report_ = t;
  const double elapsed = std::max(t - started_, 1e-6);
  const double mb = static_cast<double>(bytes) / 1e6;
  char line[160];
  std::snprintf(line, sizeof line, "\r%llu documents, %.1f MB, %.0f docs/s, %.2f MB/s%s",
                static_cast<unsigned long long>(documents_), mb, static_cast<double>(documents_) / elapsed, mb / elapsed,
                skipped_ ? (", " + std::to_string(skipped_) + " skipped").c_str() : "");
  std::cerr << line << (last ? "\n" : "") << std::flush;
}

int DocumentInputs::read_jsonl(const std::string& input, const std::function<void(Document&)>& sink) {
  std::FILE* file = input == "-" ? stdin : std::fopen(input.c_str(), "rb");
  if (!file) {
    std::cerr << "whosaid " << command_ << ": " << Status::io_error(input, std::string("cannot open: ") + std::strerror(errno)).message() << "\n";
    return 74;
  }
  struct Closer {
    std::FILE* f;
    ~Closer() { if (f && f != stdin) std::fclose(f); }
  } closer{file};
  const uint64_t limit = options_.max_line_bytes ? options_.max_line_bytes : JsonlReader::kDefaultMaxLineBytes;
  JsonlReader reader(file, input == "-" ? "<stdin>" : input, pipeline_.chrome(), limit);
  Document doc;
  Status status;
  while (reader.next(doc, status)) {
    if (status.ok()) status = pipeline_.analyze(doc);
    if (!status.ok()) {
      if (status.line() == 0) status.at_line(reader.line());
      if (int code = fail_or_skip(status); code != 0) return code;
      continue;
    }
    sink(doc);
    ++documents_;
    progress(bytes_done_ + reader.bytes_read(), false);
  }
  bytes_done_ += reader.bytes_read();
  if (Status s = reader.io_status(); !s.ok()) {
    std::cerr << "whosaid " << command_ << ": " << s.message() << "\n";
    return s.exit_code();
  }
  return 0;
}

int DocumentInputs::run(const std::vector<std::string>& inputs, const std::function<void(Document&)>& sink) {
  for (const std::string& input : inputs) {
    const std::string mode = mode_of(input, options_.mode);
    if (mode == "jsonl") {
      if (int code = read_jsonl(input, sink); code != 0) return code;
      continue;
    }
    Document doc;
    Status s = mode == "html" ? read_html_input(input, pipeline_.chrome(), doc) : read_text_input(input, doc);
    if (s.ok()) s = pipeline_.analyze(doc);
    if (!s.ok()) {
      if (int code = fail_or_skip(s); code != 0) return code;
      continue;
    }
    bytes_done_ += doc.text.size();
    sink(doc);
    ++documents_;
    progress(bytes_done_, false);
  }
  progress(bytes_done_, true);
  if (skipped_ > 0)
    std::cerr << "whosaid " << command_ << ": " << skipped_ << " bad document" << (skipped_ > 1 ? "s" : "")
              << " skipped, " << documents_ << " written\n";
  return 0;
}

}  // namespace whosaid::cli
