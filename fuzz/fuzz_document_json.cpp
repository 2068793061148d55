// Fuzz target: the extract-JSON reader `whosaid merge` uses
// (export/document_json_reader.h) on arbitrary JSON: one document, or an
// array of them as in a --format json file; every document it accepts goes
// into one attribution graph, written in every format.
#include "export/document_json_reader.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  const nlohmann::json value = nlohmann::json::parse(fuzz::as_text(data, size), nullptr, false);
  if (value.is_discarded()) return 0;
  graph::AttributionGraph graph;
  auto add = [&](const nlohmann::json& one) {
    Document doc;
    if (document_from_json(one, "fuzz.jsonl:1", doc).ok()) graph.add_document(doc);
  };
  if (value.is_array()) {
    for (const nlohmann::json& one : value) add(one);
  } else {
    add(value);
  }
  fuzz::write_every_format(graph);
  return 0;
}
