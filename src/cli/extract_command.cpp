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

// Documents longer than this are not rendered ahead: their JSON (about twice
// the text) is written in pieces as it is made, when the document's turn
// comes (the same bytes).
constexpr size_t kStreamedBytes = PipelineOptions::kDefaultWindowBytes;

bool streamed(const Document& doc) { return doc.text.size() > kStreamedBytes; }

// Writes `piece` of a document's JSON, each line one level deeper when the
// document is an item of an array (see ArrayOutput).
void write_piece(std::ostream& out, std::string_view piece, bool in_array) {
  if (!in_array) {
    out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
    return;
  }
  for (size_t start = 0;;) {
    const size_t end = piece.find('\n', start);
    if (end == std::string_view::npos) {
      out.write(piece.data() + start, static_cast<std::streamsize>(piece.size() - start));
      return;
    }
    out.write(piece.data() + start, static_cast<std::streamsize>(end + 1 - start));
    out << "  ";
    start = end + 1;
  }
}

// One document's JSON: one line for jsonl, indented for json. Each thread
// reserves what its previous document took, so a document's output is one
// allocation, not one per value. A streamed document is left to emit.
void render_document(const Document& doc, bool one_line, std::string& out) {
  if (streamed(doc)) return out.clear();
  thread_local size_t last_size = 0;
  out.clear();
  out.reserve(last_size + last_size / 8);
  write_document_json(doc, one_line ? JsonWriter::Style::one_line : JsonWriter::Style::indented, out);
  last_size = out.size();
}

// Several documents in --format json are an array: each document's indented
// JSON, one level deeper (what nlohmann's dump(2) of the array gives, byte for
// byte, without holding the documents' trees). Items are written as they come
// once the array is open; until then (a single input may be one document,
// written bare) they wait in `pending`.
class ArrayOutput {
 public:
  explicit ArrayOutput(std::ostream& out) : out_(out) {}
  void open() {
    if (open_) return;
    open_ = true;
    out_ << "[\n";
    for (const std::string& d : pending_) item(d);
    pending_.clear();
  }
  bool is_open() const { return open_; }
  // Starts the next item: what follows goes through write_piece(..., true).
  void begin_item() {
    out_ << (items_++ > 0 ? ",\n  " : "  ");
  }
  void item(const std::string& d) {
    begin_item();
    write_piece(out_, d, true);
  }
  void add(std::string&& d) {
    if (open_) item(d);
    else pending_.push_back(std::move(d));
  }
  void close() {
    open();
    out_ << "\n]";
  }
  size_t documents() const { return pending_.size() + items_; }
  std::vector<std::string>& pending() { return pending_; }

 private:
  std::ostream& out_;
  std::vector<std::string> pending_;
  size_t items_ = 0;
  bool open_ = false;
};

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
  DocumentInputs reader("extract", pipeline, input_options);
  ArrayOutput array(out.stream());   // --format json of several documents
  bool bare_written = false;         // --format json of one input's one document, streamed
  std::string buffer;                // a streamed document's pieces
  DocumentSink sink;
  sink.render = [lines](const Document& doc, std::string& rendered) { render_document(doc, lines, rendered); };
  sink.emit = [&](Document& doc, std::string& rendered) {
    const bool one_bare = inputs.size() == 1 && !reader.read_json_lines();
    if (streamed(doc)) {
      // Written now, in pieces: after the documents before it.
      const bool in_array = !lines && !one_bare;
      if (in_array) {
        array.open();
        array.begin_item();
      }
      write_document_json(doc, lines ? JsonWriter::Style::one_line : JsonWriter::Style::indented, buffer,
                          [&](std::string_view piece) { write_piece(out.stream(), piece, in_array); });
      if (!lines && one_bare) bare_written = true;
    } else if (!lines) {
      array.add(std::move(rendered));
      return 0;
    } else {
      out.stream() << rendered;
    }
    if (!lines) return 0;
    out.stream() << '\n';
    if (out.end_record()) return 0;
    std::cerr << "whosaid extract: " << out.error() << "\n";
    return 74;
  };
  if (const int code = reader.run(inputs, sink); code != 0) {
    // Documents already written stay whole: on stdout as they are, with -o in OUT.partial.
    if (const std::string partial = out.keep_partial(); !partial.empty())
      std::cerr << "whosaid extract: the " << reader.documents() << " documents written before the error are in "
                << partial << "\n";
    return code;
  }
  if (!lines && array.documents() == 0 && !bare_written) {
    std::cerr << "whosaid extract: no document to write (every input was skipped)\n";
    return 65;
  }
  if (!lines) {
    const bool one = inputs.size() == 1 && array.documents() == 1 && !array.is_open() && !reader.read_json_lines();
    if (one) out.stream() << array.pending()[0];
    else if (!bare_written) array.close();
    out.stream() << "\n";
  }
  if (!out.commit()) {
    std::cerr << "whosaid extract: " << out.error() << "\n";
    return 74;
  }
  return 0;
}

}  // namespace whosaid::cli
