// Internal to fuzz/: what the fuzz targets share. A target is one entry point
// of whosaid fed arbitrary bytes (libFuzzer's LLVMFuzzerTestOneInput); it
// must never crash, hang or trip a sanitizer, whatever the bytes. Errors are
// values (Status) and are the expected outcome for most inputs; a broken
// invariant the library promises (an extract JSON it cannot read back) aborts,
// so the fuzzer reports it. docs/reliability.md lists the targets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

#include "core/document.h"
#include "graph/attribution_graph.h"
#include "input/web_chrome.h"
#include "pipeline/pipeline.h"

namespace whosaid::fuzz {

// The bytes as text, without copying.
inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The data folder (holds lang/<code>/): $WHOSAID_DATA_DIR, else the source
// tree's data/ (compiled in), so a target runs from anywhere in the tree.
std::filesystem::path data_dir();

// One Pipeline per comments mode, created on first use from data_dir(); a
// failure to load the shipped data aborts (the target cannot run at all).
const Pipeline& pipeline(bool comments);

// The web page vocabulary of data_dir()'s French data (web_chrome.tsv), for
// targets that read input without analysing it; loaded once.
const input::WebChrome& chrome();

// Builds a text Document from `bytes` the way `whosaid extract FILE` does:
// drops a UTF-8 byte order mark, then false (and nothing to analyse) unless
// the rest is valid UTF-8 text that is not blank.
bool text_document(std::string_view bytes, Document& out);

// Writes `graph` in every graph format (dot, json, graphml, csv) to a stream
// that discards the bytes, so the writers' escaping and walks run in full.
void write_every_format(const graph::AttributionGraph& graph);

// Prints `what` and aborts: a broken invariant, for the fuzzer to report.
[[noreturn]] void fail(std::string_view what);

}  // namespace whosaid::fuzz
