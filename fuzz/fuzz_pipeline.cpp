// Fuzz target: the whole text pipeline (text, language data, extraction,
// entities, audit) on arbitrary bytes read as a plain-text document, after
// the UTF-8 check `whosaid extract FILE` makes. Inputs of odd length are
// analysed with readers' comments kept (--comments), so both modes are fuzzed
// without spending input bytes on a switch.
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  Document doc;
  if (!fuzz::text_document(fuzz::as_text(data, size), doc)) return 0;
  (void)fuzz::pipeline(size % 2 == 1).analyze(doc);
  return 0;
}
