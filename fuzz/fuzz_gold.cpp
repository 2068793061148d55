// Fuzz target: the evaluation readers (src/eval): a gold file and a
// prediction file (the same JSON read both ways), checked against a document
// text, and scored; the same bytes read as a brat .ann file of that text.
// The input is the JSON, then optionally a NUL byte and the document text the
// spans point into.
#include "eval/brat.h"
#include "eval/gold.h"
#include "eval/predictions.h"
#include "eval/score.h"
#include "fuzz/fuzz_support.h"
#include "input/read_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace whosaid;
  const std::string_view bytes = fuzz::as_text(data, size);
  const size_t nul = bytes.find('\0');
  const std::string_view json = bytes.substr(0, nul);
  const bool has_text = nul != std::string_view::npos && check_utf8_text(bytes.substr(nul + 1), "fuzz.txt").ok();
  const std::string_view text = has_text ? bytes.substr(nul + 1) : std::string_view();

  eval::Gold gold;
  const bool gold_ok = eval::parse_gold(json, "fuzz.json", gold).ok();
  eval::Predictions predictions;
  const bool predictions_ok = eval::parse_predictions(json, "fuzz.json", predictions).ok();
  if (gold_ok) {
    if (has_text) (void)eval::check_gold_text(gold, text);
    // The gold as predictions must read back, and scores against itself.
    eval::Predictions own;
    if (Status s = eval::predictions_from_json(eval::gold_as_predictions(gold), "own", own); !s.ok())
      fuzz::fail("the gold written as predictions does not read back: " + s.message());
    (void)eval::figures(eval::score_document(gold, own).counts);
  }
  if (predictions_ok && has_text) (void)eval::check_predictions_text(predictions, text);
  eval::Gold brat;
  if (eval::parse_brat_gold(json, text, "fuzz.ann", "fuzz.txt", brat).ok()) {
    if (Status s = eval::check_gold_text(brat, text); !s.ok())
      fuzz::fail("a brat gold read does not fit its text: " + s.message());
    eval::Predictions own;
    if (Status s = eval::predictions_from_json(eval::gold_as_predictions(brat), "own", own); !s.ok())
      fuzz::fail("the brat gold written as predictions does not read back: " + s.message());
    (void)eval::figures(eval::score_document(brat, own).counts);
  }
  if (gold_ok && predictions_ok) (void)eval::figures(eval::score_document(gold, predictions).counts);
  return 0;
}
