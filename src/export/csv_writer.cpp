// CSV for spreadsheets: one row per attribution, read off its speech edge
// (asserts, denies, refuses_comment) and the vertices at both ends. RFC 4180:
// CRLF line ends, fields quoted when they need it; every cell goes through
// escape::csv_cell, which also defuses formulas.
#include "export/escape.h"
#include "export/graph_writers_internal.h"

namespace whosaid::detail {
namespace {

constexpr std::string_view kColumns[] = {
    "document",  "attribution", "type",     "source",        "source_id",   "anonymous",   "entity_kind",
    "affiliation", "count",     "role",     "cue",           "cue_lemma",   "quote",       "content",
    "recipient", "parent",      "belief",   "section",       "rule",        "source_start", "source_end",
    "cue_start", "cue_end",     "content_start", "content_end",
};

class CsvWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "csv"; }
  std::string_view extension() const override { return "csv"; }

  Status write(const graph::AttributionGraph& graph, std::ostream& out) const override {
    const graph::Graph& g = graph.graph();
    std::vector<std::string> row;
    auto end_row = [&] {
      for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << escape::csv_cell(row[i]);
      out << "\r\n";
      row.clear();
    };
    row.assign(std::begin(kColumns), std::end(kColumns));
    end_row();

    auto number = [](auto n) { return std::to_string(n); };
    auto span_cells = [&](const std::optional<graph::CpSpan>& s) {
      row.push_back(s ? number(s->start) : "");
      row.push_back(s ? number(s->end) : "");
    };
    for (graph::Edge e : graph.ordered_edges()) {
      const graph::EdgeProps& p = g[e];
      if (!graph::is_speech(p.kind)) continue;
      const graph::VertexProps& source = g[boost::source(e, g)];
      const graph::VertexProps& target = g[boost::target(e, g)];
      bool has_claim = target.kind == graph::VertexKind::claim;
      row.emplace_back(p.document);
      row.push_back(number(p.attribution));
      row.push_back(std::string(to_string(p.type)));
      row.emplace_back(source.label);
      row.emplace_back(source.id);
      row.push_back(source.anonymous ? "true" : "false");
      row.push_back(source.has_entity ? std::string(to_string(source.entity_kind)) : "unknown");
      row.emplace_back(source.affiliation);
      row.push_back(source.count ? number(*source.count) : "");
      row.emplace_back(source.role);
      row.emplace_back(p.cue);
      row.emplace_back(p.cue_lemma);
      row.push_back(std::string(to_string(p.quote)));
      row.emplace_back(has_claim ? target.text.view() : std::string_view());
      row.emplace_back(p.recipient);
      row.push_back(p.parent ? number(*p.parent) : "");
      row.push_back(p.belief ? "true" : "false");
      row.push_back(std::string(to_string(p.section)));
      row.emplace_back(p.rule);
      span_cells(p.source_span);
      span_cells(p.cue_span);
      span_cells(p.content_span);
      end_row();
    }
    return out ? Status() : stream_failed("csv");
  }
};

}  // namespace

std::unique_ptr<GraphWriter> make_csv_writer() { return std::make_unique<CsvWriter>(); }

}  // namespace whosaid::detail
