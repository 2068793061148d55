#include "text/analyze_text.h"

#include <limits>

#include "text/normalizer.h"
#include "text/quotations.h"
#include "text/sentence_splitter.h"
#include "text/utf8.h"

namespace whosaid::text {

Status analyze_text(Document& doc, const TokenizerOptions& options) {
  // Spans are 32-bit: one document is at most 4 GiB (a corpus is many documents).
  if (doc.text.size() >= std::numeric_limits<uint32_t>::max())
    return Status::invalid_input(doc.name, "document larger than 4 GiB");
  // One check per text: the readers' (input/read_text.h) when they made it.
  if (!doc.text_checked)
    if (Utf8Error e = validate_utf8(doc.text); e.found)
      return Status::invalid_input(doc.name, e.reason).at_byte(e.offset);
  doc.view = normalize(doc.text);
  tokenize(doc, options);
  split_sentences(doc);
  find_quotations(doc);
  return {};
}

}  // namespace whosaid::text
