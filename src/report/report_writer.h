// The fact-checker's page: one self-contained HTML file (style and script
// inline, nothing fetched) that shows analysed articles the way a newsroom
// sourcing audit reads. Per article: the text with every attribution marked
// (source, cue and content in three styles, a colour per source entity,
// nested attributions and direct quotes told apart, hover or focus for type,
// quote kind, rule id and spans), the panel of sources, the sourcing audit,
// the attribution graph (SVG, and the DOT it was made from) and the table of
// every attribution. With several articles: a table of contents and the named
// sources they share. Labels come from data/lang/<code>/report_labels.tsv
// (report_labels.h), in each article's language. docs/report.md shows it.
//
//   LabelCatalog labels(data_dir);
//   ReportOptions options;
//   options.render_svg = [](const std::string& dot, std::string& svg) { return render_with_dot(dot, svg).ok(); };
//   ReportWriter report(labels, options);
//   std::stringstream articles;                       // or a temporary file: the page streams
//   for (Document& doc : ...) { analyse; report.add_article(doc, articles); }   // doc dropped after
//   report.write_page(articles, out);
//
// Every text of the article goes through html.h's escaping; the page's
// Content-Security-Policy allows only its own style and script (by hash) and
// no fetch at all. Same input, same bytes: nothing depends on the time, the
// machine or the order of a hash table.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "report/report_labels.h"

namespace whosaid::report {

struct ReportOptions {
  // Draws a graph's DOT as SVG (Graphviz); false when it cannot. Unset, or
  // failing: whosaid's own layout.
  std::function<bool(const std::string& dot, std::string& svg)> render_svg;
  // Graphs with more nodes than this use the own layout: dot's is not linear.
  std::size_t max_rendered_nodes = 400;
  // Named in the page's footer and <meta name="generator">.
  std::string generator = "whosaid";
};

class ReportWriter {
 public:
  ReportWriter(LabelCatalog& labels, ReportOptions options);

  // Writes one analysed document's <article> to `articles` and keeps only
  // what the table of contents and the shared sources need.
  Status add_article(const Document& doc, std::ostream& articles);

  // Writes the page: head, banner, contents, shared sources, then the
  // articles (read back from `articles`), footer and script.
  Status write_page(std::istream& articles, std::ostream& out);

  std::size_t articles() const { return summaries_.size(); }

 private:
  struct NamedSource {
    std::string key;     // graph::source_key: the same person in two articles
    std::string label;
    std::string anchor;  // its panel entry
    uint32_t attributions = 0;
  };
  struct Summary {
    std::string anchor;  // "d1"
    std::string title;
    std::string lang;
    uint32_t sources = 0, attributions = 0;
    std::vector<NamedSource> named;
  };
  void write_shared_sources(const ReportLabels& labels, std::string& out) const;

  LabelCatalog& labels_;
  ReportOptions options_;
  std::vector<Summary> summaries_;
};

// The page of one or several documents at once (tests, small runs).
Status write_report(const std::vector<const Document*>& docs, LabelCatalog& labels, const ReportOptions& options,
                    std::ostream& out);

}  // namespace whosaid::report
