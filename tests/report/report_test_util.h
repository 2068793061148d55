// Shared by the report tests: the real label files (WHOSAID_DATA_DIR), a page
// rendered to a string, counting in it, and the folders the browser tests
// use (scratch, and the build's artifacts folder beside WHOSAID_BIN).
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "report/report_writer.h"

namespace whosaid::testing {

inline std::filesystem::path env_path(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') FAIL(std::string(name) + " is not set: run the tests through ctest");
  return std::filesystem::path(value);
}

inline std::filesystem::path data_dir() { return env_path("WHOSAID_DATA_DIR"); }

// The page of `docs` with the project's labels; `render` as ReportOptions::render_svg.
inline std::string render_page(const std::vector<const Document*>& docs,
                               std::function<bool(const std::string&, std::string&)> render = {}) {
  report::LabelCatalog labels(data_dir());
  report::ReportOptions options;
  options.render_svg = std::move(render);
  options.generator = "whosaid test";
  std::ostringstream out;
  Status s = report::write_report(docs, labels, options, out);
  if (!s.ok()) FAIL(s.message());
  return out.str();
}

inline std::size_t count_of(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// The text between the first `open` after `from` and the next `close`.
inline std::string between(std::string_view s, std::string_view open, std::string_view close, std::size_t from = 0) {
  const std::size_t a = s.find(open, from);
  if (a == std::string_view::npos) return "";
  const std::size_t b = s.find(close, a + open.size());
  return std::string(s.substr(a + open.size(), b == std::string_view::npos ? std::string_view::npos : b - a - open.size()));
}

}  // namespace whosaid::testing
