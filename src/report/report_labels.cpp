#include "report/report_labels.h"

#include <system_error>

#include "lang/tsv.h"

namespace whosaid::report {
namespace {

// In the order of enum Label.
constexpr std::string_view kKeys[kLabels] = {
    "page_title", "skip_to_content", "contents", "articles", "generated_by", "script_note",
    "shared_sources", "shared_sources_intro", "shared_none", "in_articles",
    "article", "provenance", "publisher", "agency", "authors", "date", "original_url", "characters",
    "article_text", "legend", "legend_source", "legend_cue", "legend_direct", "legend_indirect", "legend_mixed",
    "legend_nested", "legend_hint", "header_part", "comments_part", "chrome_part",
    "sources", "sources_hint", "sources_none", "highlight", "kind", "named", "anonymous", "count", "affiliation", "stated",
    "inferred", "role", "name", "qualifiers", "anonymity_reason", "no_reason", "member_of", "mentions", "claims",
    "statements", "denials", "refusals", "no_source",
    "audit", "audit_sources", "audit_named", "audit_anonymous", "audit_attributions", "audit_unsourced", "single_anonymous", "single_anonymous_none",
    "without_reason", "without_reason_none", "unqualified", "unqualified_none", "denials_heading", "denials_none",
    "refusals_heading", "refusals_none", "by_affiliation", "affiliation_unknown", "groups", "groups_none",
    "group_size", "size_unknown", "members", "on_topic",
    "graph", "graph_caption", "graph_dot", "graph_layout_own", "edge_relays", "edge_told_to", "edge_member_of",
    "edge_asserts", "edge_denies", "edge_refuses",
    "all_attributions", "col_id", "col_type", "col_quote", "col_source", "col_cue", "col_content", "col_recipient",
    "col_parent", "col_section", "col_rule", "col_spans", "belief",
    "type_statement", "type_denial", "type_refusal", "quote_direct", "quote_indirect", "quote_mixed", "quote_none",
    "kind_person", "kind_organization", "kind_group", "section_header", "section_body", "section_comment",
    "section_chrome", "role_source", "role_cue", "role_content", "role_recipient",
};
static_assert(kKeys[kLabels - 1] == "role_recipient", "kKeys follows enum Label");

// A language code names a folder: only a short run of lower-case ASCII
// letters is taken, so no value read from an input can reach another path.
bool plausible_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 3) return false;
  for (char c : code)
    if (c < 'a' || c > 'z') return false;
  return true;
}

}  // namespace

std::string_view label_key(Label label) { return kKeys[static_cast<std::size_t>(label)]; }

Status ReportLabels::load(const std::filesystem::path& path, std::string lang, ReportLabels& out) {
  out = ReportLabels{};
  out.lang_ = std::move(lang);
  lang::TsvFile file;
  if (Status s = lang::read_tsv(path, file); !s.ok()) return s;
  std::array<uint32_t, kLabels> line_of{};
  for (const lang::TsvRow& row : file.rows) {
    if (Status s = file.expect_columns(row, 2, 2); !s.ok()) return s;
    const std::string_view key = row.fields[0];
    std::size_t index = kLabels;
    for (std::size_t k = 0; k < kLabels; ++k)
      if (kKeys[k] == key) index = k;
    if (index == kLabels)
      return std::move(file.error(row, "unknown label '" + std::string(key) + "'").with_fragment(std::string(key)));
    if (line_of[index] != 0)
      return file.error(row, "label '" + std::string(key) + "' given twice (first on line " +
                                 std::to_string(line_of[index]) + ")");
    line_of[index] = row.line;
    out.texts_[index] = std::string(row.fields[1]);
  }
  for (std::size_t k = 0; k < kLabels; ++k)
    if (line_of[k] == 0) return Status::bad_data(file.name, "no line for the label '" + std::string(kKeys[k]) + "'");
  return {};
}

std::string_view ReportLabels::of(AttributionType t) const {
  switch (t) {
    case AttributionType::statement: return get(Label::type_statement);
    case AttributionType::denial: return get(Label::type_denial);
    case AttributionType::refusal: return get(Label::type_refusal);
  }
  return get(Label::type_statement);
}

std::string_view ReportLabels::of(QuoteKind q) const {
  switch (q) {
    case QuoteKind::direct: return get(Label::quote_direct);
    case QuoteKind::indirect: return get(Label::quote_indirect);
    case QuoteKind::mixed: return get(Label::quote_mixed);
    case QuoteKind::none: return get(Label::quote_none);
  }
  return get(Label::quote_none);
}

std::string_view ReportLabels::of(EntityKind k) const {
  switch (k) {
    case EntityKind::person: return get(Label::kind_person);
    case EntityKind::organization: return get(Label::kind_organization);
    case EntityKind::group: return get(Label::kind_group);
  }
  return get(Label::kind_person);
}

std::string_view ReportLabels::of(SectionKind s) const {
  switch (s) {
    case SectionKind::header: return get(Label::section_header);
    case SectionKind::body: return get(Label::section_body);
    case SectionKind::comment: return get(Label::section_comment);
    case SectionKind::chrome: return get(Label::section_chrome);
  }
  return get(Label::section_body);
}

LabelCatalog::LabelCatalog(std::filesystem::path data_dir, std::string fallback)
    : data_dir_(std::move(data_dir)), fallback_(std::move(fallback)) {}

Status LabelCatalog::get(const std::string& lang, const ReportLabels*& out) {
  std::string code = plausible_code(lang) ? lang : fallback_;
  std::error_code ec;
  if (!std::filesystem::exists(data_dir_ / "lang" / code / "report_labels.tsv", ec)) code = fallback_;
  auto [it, fresh] = loaded_.try_emplace(code);
  if (fresh) {
    auto labels = std::make_unique<ReportLabels>();
    if (Status s = ReportLabels::load(data_dir_ / "lang" / code / "report_labels.tsv", code, *labels); !s.ok()) {
      loaded_.erase(it);
      return s;
    }
    it->second = std::move(labels);
  }
  out = it->second.get();
  return {};
}

}  // namespace whosaid::report
