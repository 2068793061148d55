// The words of the HTML report (headings, column names, the names of types,
// quote kinds and entity kinds), in the article's language, loaded from
// data/lang/<code>/report_labels.tsv. The keys are fixed here; the texts are
// data, so a language is a data file and no label is written in the code.
//
//   ReportLabels fr;
//   if (Status s = ReportLabels::load(data_dir / "lang" / "fr" / "report_labels.tsv", "fr", fr); !s.ok()) ...
//   fr.get(Label::sources)   // "Sources"
//
//   LabelCatalog catalog(data_dir);             // one file per language, loaded on first use
//   const ReportLabels* labels = nullptr;
//   if (Status s = catalog.get("fr", labels); !s.ok()) ...
//
// File format (documented in the file's header): two tab-separated columns,
// key and text; '#' comments. An unknown key, a key given twice, a missing
// text, an extra column or a key the file lacks fails with the file name and
// line number (for a missing key, the file name and the key).
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "core/attribution.h"
#include "core/status.h"

namespace whosaid::report {

enum class Label : uint16_t {
  // The page.
  page_title, skip_to_content, contents, articles, generated_by, script_note,
  shared_sources, shared_sources_intro, shared_none, in_articles,
  // One article.
  article, provenance, publisher, agency, authors, date, original_url, characters,
  article_text, legend, legend_source, legend_cue, legend_direct, legend_indirect, legend_mixed,
  legend_nested, legend_hint, header_part, comments_part, chrome_part,
  // Sources.
  sources, sources_hint, sources_none, highlight, kind, named, anonymous, count, affiliation, stated, inferred,
  role, name, qualifiers, anonymity_reason, no_reason, member_of, mentions, claims,
  statements, denials, refusals, no_source,
  // The audit.
  audit, audit_sources, audit_named, audit_anonymous, audit_attributions, audit_unsourced, single_anonymous, single_anonymous_none,
  without_reason, without_reason_none, unqualified, unqualified_none, denials_heading, denials_none,
  refusals_heading, refusals_none, by_affiliation, affiliation_unknown, groups, groups_none, group_size,
  size_unknown, members, on_topic,
  // The graph.
  graph, graph_caption, graph_dot, graph_layout_own, edge_relays, edge_told_to, edge_member_of,
  edge_asserts, edge_denies, edge_refuses,
  // The table of attributions.
  all_attributions, col_id, col_type, col_quote, col_source, col_cue, col_content, col_recipient,
  col_parent, col_section, col_rule, col_spans, belief,
  // Names of values.
  type_statement, type_denial, type_refusal, quote_direct, quote_indirect, quote_mixed, quote_none,
  kind_person, kind_organization, kind_group, section_header, section_body, section_comment, section_chrome,
  role_source, role_cue, role_content, role_recipient,
};
inline constexpr std::size_t kLabels = static_cast<std::size_t>(Label::role_recipient) + 1;

// The key of a label in the data file: "page_title".
std::string_view label_key(Label label);

class ReportLabels {
 public:
  // Loads `path` (the labels of language `lang`, an ISO 639-1 code).
  static Status load(const std::filesystem::path& path, std::string lang, ReportLabels& out);

  std::string_view get(Label label) const { return texts_[static_cast<std::size_t>(label)]; }
  const std::string& lang() const { return lang_; }

  // The names of values, by the enums of core/attribution.h.
  std::string_view of(AttributionType t) const;
  std::string_view of(QuoteKind q) const;
  std::string_view of(EntityKind k) const;
  std::string_view of(SectionKind s) const;

 private:
  std::string lang_;
  std::array<std::string, kLabels> texts_;
};

// The labels of every language a run meets, each file loaded once. A language
// without a report_labels.tsv gets the fallback language's labels (English),
// so an article in a language whose labels are not written yet still gets a
// report; a file that exists but is wrong is an error.
class LabelCatalog {
 public:
  explicit LabelCatalog(std::filesystem::path data_dir, std::string fallback = "en");
  // `out` points into the catalog and stays valid as long as it does.
  Status get(const std::string& lang, const ReportLabels*& out);

 private:
  std::filesystem::path data_dir_;
  std::string fallback_;
  std::map<std::string, std::unique_ptr<ReportLabels>> loaded_;
};

}  // namespace whosaid::report
