// The inputs of `whosaid extract` and `whosaid graph`: files of plain text,
// HTML pages, or JSON Lines corpora, read one document at a time, analysed,
// handed to the command and dropped (docs/input.md).
//
//   --input auto|text|html|jsonl   auto: by extension (.html/.htm, .jsonl), else text
//   --on-error fail|skip           fail (default): stop at the first bad document
//                                  (exit 65); skip: report it, go on, count it
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
};

// Adds --input, --on-error and --max-line-bytes to a command's options.
void add_input_options(boost::program_options::options_description& options, InputOptions& out);
// A usage message when the options are wrong, else "".
std::string check_input_options(const InputOptions& options);

// What `extract` and `graph` do before reading documents: check the input
// options and that there is an input (usage errors print `usage`, exit 64),
// then create the pipeline from `pipeline_options`. Returns the exit code to
// stop with, or std::nullopt to go on.
std::optional<int> prepare_analysis(const std::string& command, const InputOptions& input_options,
                                    const std::vector<std::string>& inputs,
                                    const boost::program_options::options_description& usage,
                                    const PipelineOptions& pipeline_options, Pipeline& pipeline);

class DocumentInputs {
 public:
  DocumentInputs(std::string command, const Pipeline& pipeline, InputOptions options);

  // Reads, analyses and hands each document to `sink`, in input order. Returns
  // 0, or the exit code of the error that stopped it (already reported on
  // stderr). With --on-error skip, bad documents are reported and counted.
  int run(const std::vector<std::string>& inputs, const std::function<void(Document&)>& sink);

  uint64_t documents() const { return documents_; }
  uint64_t skipped() const { return skipped_; }

 private:
  int fail_or_skip(const Status& status);
  int read_jsonl(const std::string& input, const std::function<void(Document&)>& sink);
  void progress(uint64_t bytes, bool last);

  std::string command_;
  const Pipeline& pipeline_;
  InputOptions options_;
  uint64_t documents_ = 0, skipped_ = 0, bytes_done_ = 0;
  bool tty_ = false;
  double started_ = 0, last_report_ = 0;
};

}  // namespace whosaid::cli
