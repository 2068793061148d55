// The inputs of `whosaid extract`, `graph` and `audit`: files of plain text,
// HTML pages, or JSON Lines corpora, read one document at a time, analysed,
// handed to the command and dropped (docs/input.md).
//
//   --input auto|text|html|jsonl   auto: by extension (.html/.htm, .jsonl), else
//                                  text; standard input is sniffed (JSON Lines
//                                  when its first line is a JSON object with
//                                  "text" or "html", else text)
//   --on-error fail|skip           fail (default): stop at the first bad document
//                                  (exit 65); skip: report it, go on, count it
//   --jobs N                       analyse N documents at a time (0: one per
//                                  core); output in input order, the same bytes
//                                  as one job
// Progress (documents, MB, rate) goes to stderr when stderr is a terminal.
#pragma once

#include <boost/program_options.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "pipeline/pipeline.h"

namespace whosaid::cli {

struct InputOptions {
  std::string mode = "auto";      // auto, text, html, jsonl
  std::string on_error = "fail";  // fail, skip
  uint64_t max_line_bytes = 0;    // jsonl; 0: the reader's default
  unsigned jobs = 1;              // documents analysed at a time; 0: one per core
};

// Adds --input, --on-error, --max-line-bytes and --jobs to a command's options.
void add_input_options(boost::program_options::options_description& options, InputOptions& out);
// A usage message when the options are wrong, else "".
std::string check_input_options(const InputOptions& options);
// Adds --data-dir, --lang (auto by default) and --comments (readers' comments kept apart).
void add_pipeline_options(boost::program_options::options_description& options, std::string& data_dir);
// A usage message when options.lang is neither "auto" nor a language folder
// of the data directory (one with cue_verbs.tsv), else "".
std::string check_language(const PipelineOptions& options);

// What `extract`, `graph` and `audit` do before reading documents: check the
// input options and that there is an input (usage errors print `usage`, exit
// 64), then create the pipeline from `pipeline_options` (with --comments from
// `vm`). Returns the exit code to stop with, or std::nullopt to go on.
std::optional<int> prepare_analysis(const std::string& command, const InputOptions& input_options,
                                    const std::vector<std::string>& inputs,
                                    const boost::program_options::options_description& usage,
                                    const boost::program_options::variables_map& vm,
                                    const std::string& data_dir, Pipeline& pipeline);

// What a command does with each analysed document, in two steps so that the
// costly one runs in parallel under --jobs:
//   render  on any thread, documents in any order: e.g. the document's JSON
//           into `rendered` (may be empty: nothing to do in parallel);
//   emit    on the calling thread, in input order: write `rendered`, or add the
//           document to a graph. Returns 0, or the exit code that stops the run
//           (already reported).
struct DocumentSink {
  std::function<void(const Document& doc, std::string& rendered)> render;
  std::function<int(Document& doc, std::string& rendered)> emit;
};

class DocumentInputs {
 public:
  DocumentInputs(std::string command, const Pipeline& pipeline, InputOptions options);

  // Reads, analyses and hands each document to `sink`, in input order. Returns
  // 0, or the exit code of the error that stopped it (already reported on
  // stderr). With --on-error skip, bad documents are reported and counted.
  int run(const std::vector<std::string>& inputs, const DocumentSink& sink);

  uint64_t documents() const { return documents_; }
  uint64_t skipped() const { return skipped_; }
  // Whether an input was read as JSON Lines (its documents are a list even
  // when there is one).
  bool read_json_lines() const { return read_json_lines_; }

 private:
  struct Item;  // a document on its way: read, analysed, rendered
  int produce(const std::vector<std::string>& inputs, const std::function<int(Item&&)>& next);
  int produce_jsonl(std::FILE* file, const std::string& name, const std::function<int(Item&&)>& next);
  void process(Item& item, const DocumentSink& sink) const;
  int emit(Item& item, const DocumentSink& sink);
  int fail_or_skip(const Status& status);
  void progress(uint64_t bytes, bool last);

  std::string command_;
  const Pipeline& pipeline_;
  InputOptions options_;
  uint64_t documents_ = 0, skipped_ = 0, bytes_read_ = 0;
  bool read_json_lines_ = false;
  bool tty_ = false;
  double started_ = 0, last_report_ = 0;
};

}  // namespace whosaid::cli
