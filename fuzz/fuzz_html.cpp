// Fuzz target: the HTML reader (Gumbo, then the article's text and sections
// built from the tree, provenance from <head>) on arbitrary bytes, as
// `whosaid extract PAGE.html` reads them, then the pipeline on the document
// it built (sections given by the reader, comments kept).
#include "fuzz/fuzz_support.h"
#include "input/read_html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  std::string_view bytes = fuzz::as_text(data, size);
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const Pipeline& pipeline = fuzz::pipeline(true);
  Document doc;
  doc.id = doc.name = "fuzz.html";
  if (!html_to_document(bytes, doc.name, pipeline.chrome(), doc).ok()) return 0;
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) return 0;
  (void)pipeline.analyze(doc);
  return 0;
}
