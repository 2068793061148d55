// Fuzz target: the JSON Lines reader (lines, the per-line JSON, "text" or
// "html", metadata) on arbitrary bytes read as a corpus file, with a small
// line limit so that too-long lines are read past as they would be at 16 MiB.
#include <cstdio>
#include <memory>
#include <string>

#include "fuzz/fuzz_support.h"
#include "input/read_jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  // fmemopen reads a copy: it may not be given libFuzzer's const buffer, and
  // a zero-sized buffer is an error there (an empty corpus is the CLI's case).
  if (size == 0) return 0;
  std::string bytes(fuzz::as_text(data, size));
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(fmemopen(bytes.data(), bytes.size(), "rb"), &std::fclose);
  if (!file) fuzz::fail("fmemopen failed");
  JsonlReader reader(file.get(), "fuzz.jsonl", fuzz::chrome(), 512);
  Document doc;
  Status status;
  uint64_t lines = 0;
  while (reader.next(doc, status)) {
    if (++lines > bytes.size() + 1) fuzz::fail("the reader gave more lines than the input has bytes");
  }
  (void)reader.io_status();
  return 0;
}
