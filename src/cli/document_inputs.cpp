#include "cli/document_inputs.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/ordered_pool.h"
#include "cli/standard_input.h"
#include "input/read_html.h"
#include "input/read_jsonl.h"
#include "input/read_text.h"
#include "lang/lexicon.h"

namespace whosaid::cli {

struct DocumentInputs::Item {
  Document doc;
  Status status;           // not ok: this item gives no document, only its error
  std::string path, mode;  // a file left to read ("text" or "html") where it is processed
  uint64_t line = 0;       // JSON Lines: the document's line, for analysis errors
  uint64_t bytes = 0;      // input bytes read once this item is done (progress)
  std::string rendered;
};

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

// Documents in flight per job: enough that one long document does not idle
// the other jobs, few enough that memory stays that of a handful of documents.
constexpr size_t kWindowPerJob = 4;

}  // namespace

void add_input_options(po::options_description& options, InputOptions& out) {
  options.add_options()
      ("input", po::value(&out.mode)->default_value("auto"),
       "auto (by extension: .html/.htm, .jsonl, else text; standard input: JSON Lines when its first line is a "
       "JSON object with \"text\" or \"html\", else text), text, html or jsonl (one {\"id\", \"text\"|\"html\", ...} "
       "per line)")
      ("on-error", po::value(&out.on_error)->default_value("fail"),
       "fail: stop at the first bad document (exit 65); skip: report it, go on, and count it on stderr")
      ("max-line-bytes", po::value(&out.max_line_bytes)->default_value(JsonlReader::kDefaultMaxLineBytes),
       "jsonl: a longer line is a bad document (read past, never held whole)")
      ("jobs,j", po::value(&out.jobs)->default_value(1),
       "analyse N documents at a time (0: one per core); the output is the same, in input order");
}

std::string check_input_options(const InputOptions& options) {
  if (options.mode != "auto" && options.mode != "text" && options.mode != "html" && options.mode != "jsonl")
    return "unknown --input '" + options.mode + "' (auto, text, html, jsonl)";
  if (options.on_error != "fail" && options.on_error != "skip")
    return "unknown --on-error '" + options.on_error + "' (fail, skip)";
  if (options.jobs > 1024) return "--jobs " + std::to_string(options.jobs) + " is more than 1024";
  return "";
}

std::string check_language(const PipelineOptions& options) {
  if (options.lang == "auto") return "";
  const std::filesystem::path data = options.data_dir.empty() ? lang::Lexicon::default_data_dir() : options.data_dir;
  std::error_code ec;
  const bool plausible = !options.lang.empty() && options.lang.find_first_of("/\\.") == std::string::npos;
  if (plausible && std::filesystem::exists(data / "lang" / options.lang / "cue_verbs.tsv", ec)) return "";
  std::vector<std::string> codes;
  (void)language_codes(data, codes);  // unlisted: the message names auto alone
  std::string known = "auto";
  for (const std::string& code : codes) known += ", " + code;
  return "unknown --lang '" + options.lang + "' (" + known + ")";
}

void add_pipeline_options(po::options_description& options, std::string& data_dir) {
  options.add_options()
      ("data-dir", po::value(&data_dir), "the folder holding lang/<code>/ language data")
      ("lang", po::value<std::string>()->default_value("auto"),
       "the language of the documents: a folder of lang/ (fr, en), or auto: each document's own (a JSON Lines "
       "\"lang\", else told from its text)")
      ("comments", "also keep readers' comments' attributions (section \"comment\"), resolved apart from the "
                   "article's sources");
}

std::optional<int> prepare_analysis(const std::string& command, const InputOptions& input_options,
                                    const std::vector<std::string>& inputs, const po::options_description& usage,
                                    const po::variables_map& vm, const std::string& data_dir, Pipeline& pipeline) {
  if (std::string problem = check_input_options(input_options); !problem.empty()) {
    std::cerr << "whosaid " << command << ": " << problem << "\n";
    return 64;
  }
  if (inputs.empty()) {
    std::cerr << "whosaid " << command << ": no input (give a FILE, or - for standard input)\n" << usage;
    return 64;
  }
  PipelineOptions pipeline_options;
  pipeline_options.data_dir = data_dir;
  if (vm.count("lang")) pipeline_options.lang = vm["lang"].as<std::string>();
  if (std::string problem = check_language(pipeline_options); !problem.empty()) {
    std::cerr << "whosaid " << command << ": " << problem << "\n";
    return 64;
  }
  pipeline_options.comments = vm.count("comments") > 0;
  if (Status s = Pipeline::create(pipeline_options, pipeline); !s.ok()) {
    std::cerr << "whosaid " << command << ": " << s.message() << "\n";
    if (data_dir.empty() && s.code() == StatusCode::io_error)
      std::cerr << "whosaid " << command << ": found no language data beside the executable; give --data-dir DIR "
                << "(the folder holding lang/) or set WHOSAID_DATA_DIR\n";
    return s.exit_code();
  }
  return std::nullopt;
}

DocumentInputs::DocumentInputs(std::string command, const Pipeline& pipeline, InputOptions options)
    : command_(std::move(command)), pipeline_(pipeline), options_(std::move(options)), tty_(::isatty(2) != 0) {
  started_ = last_report_ = now();
  if (options_.jobs == 0) options_.jobs = std::max(1u, std::thread::hardware_concurrency());
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

// Reading, in input order. Files of text or HTML are only named here (the
// processing step reads them, in parallel under --jobs); a JSON Lines stream
// and standard input are read here, one document at a time.
int DocumentInputs::produce(const std::vector<std::string>& inputs, const std::function<int(Item&&)>& next) {
  const uint64_t max_line = options_.max_line_bytes ? options_.max_line_bytes : JsonlReader::kDefaultMaxLineBytes;
  for (const std::string& input : inputs) {
    std::string mode = mode_of(input, options_.mode);
    if (input == "-" && options_.mode == "auto") {
      StandardInput in;
      Item item;
      if (item.status = in.sniff(max_line); item.status.ok() && in.json_lines()) {
        std::FILE* file = in.release_file();
        if (file == nullptr) {
          item.status = Status::io_error("<stdin>", std::string("cannot read: ") + std::strerror(errno));
        } else {
          const int code = produce_jsonl(file, "<stdin>", next);
          std::fclose(file);
          if (code != 0) return code;
          continue;
        }
      } else if (item.status.ok()) {
        std::string bytes;
        if (item.status = in.read_all(bytes); item.status.ok())
          item.status = text_document(std::move(bytes), "<stdin>", "stdin", item.doc);
        bytes_read_ += item.doc.text.size();
      }
      item.bytes = bytes_read_;
      if (int code = next(std::move(item)); code != 0) return code;
      continue;
    }
    if (mode == "jsonl") {
      std::FILE* file = input == "-" ? stdin : std::fopen(input.c_str(), "rb");
      if (file == nullptr) {
        Item item;
        item.status = Status::io_error(input, std::string("cannot open: ") + std::strerror(errno));
        if (int code = next(std::move(item)); code != 0) return code;
        continue;
      }
      const int code = produce_jsonl(file, input == "-" ? "<stdin>" : input, next);
      if (file != stdin) std::fclose(file);
      if (code != 0) return code;
      continue;
    }
    Item item;
    if (input == "-") {
      item.status = mode == "html" ? read_html_input(input, pipeline_.chrome(), item.doc) : read_text_input(input, item.doc);
      bytes_read_ += item.doc.text.size();
      item.bytes = bytes_read_;
    } else {
      item.path = input;
      item.mode = mode;
    }
    if (int code = next(std::move(item)); code != 0) return code;
  }
  return 0;
}

int DocumentInputs::produce_jsonl(std::FILE* file, const std::string& name, const std::function<int(Item&&)>& next) {
  read_json_lines_ = true;
  const uint64_t limit = options_.max_line_bytes ? options_.max_line_bytes : JsonlReader::kDefaultMaxLineBytes;
  JsonlReader reader(file, name, pipeline_.chrome(), limit);
  const uint64_t before = bytes_read_;
  uint64_t lines = 0;
  Item item;
  while (reader.next(item.doc, item.status)) {
    ++lines;
    item.line = reader.line();
    item.bytes = before + reader.bytes_read();
    if (int code = next(std::move(item)); code != 0) return code;
    item = Item{};
  }
  bytes_read_ = before + reader.bytes_read();
  if (Status s = reader.io_status(); !s.ok()) {
    item.status = s;
  } else if (lines == 0) {
    // An empty corpus is a mistake worth saying (a wrong file, a failed
    // export), not a successful run that wrote nothing.
    item.status = Status::invalid_input(name, "empty input: no JSON Lines document");
  } else {
    return 0;
  }
  item.bytes = bytes_read_;
  return next(std::move(item));
}

void DocumentInputs::process(Item& item, const DocumentSink& sink) const {
  if (!item.path.empty()) {
    item.status = item.mode == "html" ? read_html_input(item.path, pipeline_.chrome(), item.doc)
                                      : read_text_input(item.path, item.doc);
  }
  if (item.status.ok()) item.status = pipeline_.analyze(item.doc);
  if (!item.status.ok()) {
    if (item.line != 0 && item.status.line() == 0) item.status.at_line(item.line);
    return;
  }
  if (sink.render) sink.render(item.doc, item.rendered);
}

int DocumentInputs::emit(Item& item, const DocumentSink& sink) {
  if (!item.path.empty()) bytes_read_ += item.doc.text.size();
  const uint64_t bytes = item.path.empty() ? item.bytes : bytes_read_;
  if (!item.status.ok()) return fail_or_skip(item.status);
  if (int code = sink.emit(item.doc, item.rendered); code != 0) return code;
  ++documents_;
  progress(bytes, false);
  return 0;
}

int DocumentInputs::run(const std::vector<std::string>& inputs, const DocumentSink& sink) {
  int code = 0;
  if (options_.jobs <= 1) {
    code = produce(inputs, [&](Item&& item) {
      process(item, sink);
      return emit(item, sink);
    });
  } else {
    // Read here, analyse and render on the pool, emit here in input order.
    OrderedPool<Item> pool(options_.jobs, [&](Item& item) { process(item, sink); });
    const size_t window = kWindowPerJob * options_.jobs;
    Item done;
    // Emits the items already analysed; waits for the oldest while the window
    // is full, or for all of them when draining at the end.
    auto emit_done = [&](bool drain) {
      for (;;) {
        const bool wait = drain || pool.in_flight() >= window;
        if (!pool.take_oldest(done, wait)) return 0;
        if (int c = emit(done, sink); c != 0) return c;
        done = Item{};
      }
    };
    code = produce(inputs, [&](Item&& item) {
      pool.submit(std::move(item));
      return emit_done(false);
    });
    if (code == 0) code = emit_done(true);
  }
  if (code != 0) return code;
  progress(bytes_read_, true);
  if (skipped_ > 0)
    std::cerr << "whosaid " << command_ << ": " << skipped_ << " bad document" << (skipped_ > 1 ? "s" : "")
              << " skipped, " << documents_ << " written\n";
  return 0;
}

}  // namespace whosaid::cli
