#include "fuzz/fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <ostream>
#include <streambuf>

#include "export/graph_writer.h"
#include "input/read_text.h"

namespace whosaid::fuzz {
namespace {

// A streambuf that accepts and forgets everything: the writers are fuzzed
// for what they do on the way, not for the bytes they produce.
class DiscardBuffer : public std::streambuf {
 protected:
  int_type overflow(int_type c) override { return traits_type::not_eof(c); }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

}  // namespace

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("WHOSAID_DATA_DIR"); env && *env) return env;
  return WHOSAID_FUZZ_DATA_DIR;
}

const Pipeline& pipeline(bool comments) {
  auto make = [](bool with_comments) {
    auto p = std::make_unique<Pipeline>();
    PipelineOptions options;
    options.data_dir = data_dir();
    options.comments = with_comments;
    if (Status s = Pipeline::create(options, *p); !s.ok()) fail("cannot load the language data: " + s.message());
    return p;
  };
  static const std::unique_ptr<Pipeline> without = make(false);
  static const std::unique_ptr<Pipeline> with = make(true);
  return comments ? *with : *without;
}

const input::WebChrome& chrome() {
  static const input::WebChrome loaded = [] {
    input::WebChrome c;
    const std::filesystem::path path = data_dir() / "lang" / "fr" / "web_chrome.tsv";
    if (Status s = input::WebChrome::load(path, c); !s.ok()) fail("cannot load the web page vocabulary: " + s.message());
    return c;
  }();
  return loaded;
}

bool text_document(std::string_view bytes, Document& out) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (!check_utf8_text(bytes, "fuzz").ok()) return false;
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) return false;
  out = Document{};
  out.id = "fuzz";
  out.name = "fuzz";
  out.text = std::string(bytes);
  return true;
}

void write_every_format(const graph::AttributionGraph& graph) {
  DiscardBuffer buffer;
  std::ostream out(&buffer);
  for (std::string_view format : graph_formats()) {
    std::unique_ptr<GraphWriter> writer = make_graph_writer(format);
    if (!writer) fail("no writer for a listed format");
    if (Status s = writer->write(graph, out); !s.ok()) fail("a graph writer failed on a stream that cannot fail");
  }
}

void fail(std::string_view what) {
  std::fprintf(stderr, "whosaid fuzz: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

}  // namespace whosaid::fuzz
