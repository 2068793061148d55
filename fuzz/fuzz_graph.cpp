// Fuzz target: from a document analysed from fuzz input (as fuzz_pipeline)
// to every output: the extract JSON, read back as `whosaid merge` reads it
// (which must succeed: merge reads what extract writes), and the attribution
// graph of both documents in every format.
#include "export/document_json.h"
#include "export/document_json_reader.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  Document doc;
  if (!fuzz::text_document(fuzz::as_text(data, size), doc)) return 0;
  if (!fuzz::pipeline(size % 2 == 1).analyze(doc).ok()) return 0;
  const nlohmann::json json = document_to_json(doc);
  Document read_back;
  if (Status s = document_from_json(json, "fuzz", read_back); !s.ok())
    fuzz::fail("merge cannot read what extract wrote: " + s.message());
  graph::AttributionGraph graph;
  graph.add_document(doc);
  graph.add_document(read_back);
  fuzz::write_every_format(graph);
  return 0;
}
