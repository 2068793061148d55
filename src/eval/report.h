// Reports of a scoring run: JSON for scripts, text for people. Both list each
// document's figures, then the micro-average over all of them (counts summed,
// then figures computed); `verbose` adds each document's findings (misses,
// false positives, wrong type/quote/nesting).
//
//   std::vector<eval::DocumentScore> docs = ...;
//   std::cout << eval::report_text(docs, /*verbose=*/true);
//
// JSON shape:
//   {"documents": [{"name", "counts": {...}, "figures": {...}, "findings": [...]}],
//    "total": {"documents": N, "counts": {...}, "figures": {...}}}
// A figure whose denominator is 0 is null in JSON and "-" in text.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/score.h"

namespace whosaid::eval {

Counts total_counts(const std::vector<DocumentScore>& documents);

nlohmann::json counts_to_json(const Counts& counts);
nlohmann::json figures_to_json(const Figures& figures);
nlohmann::json finding_to_json(const Finding& finding);
nlohmann::json report_json(const std::vector<DocumentScore>& documents, bool verbose);

// One line per document ("NAME  P 0.750  R 0.600  F1 0.667  (...)"), then the
// figures block; with one document, just its figures block.
std::string report_text(const std::vector<DocumentScore>& documents, bool verbose);
// "  miss b05: source 'certains au Kremlin', cue 'considéraient', content '...'"
std::string finding_to_text(const Finding& finding);

}  // namespace whosaid::eval
