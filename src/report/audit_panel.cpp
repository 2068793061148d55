// The sourcing audit as the entity stage computed it (Document::audit,
// entities/audit.h): its figures and lists are shown, not recomputed. The
// lists of denials and refusals are the article's attributions of those types
// (readers' comments left out, as the audit does), each with who and what.
#include <map>

#include "report/article_parts.h"
#include "report/html.h"

namespace whosaid::report {
namespace {

constexpr std::size_t kClaimCodepoints = 160;

void figure(std::string& out, const ArticleContext& ctx, Label l, uint32_t value) {
  out += "<div><dt>";
  html::append_text(out, ctx.label(l));
  out += "</dt><dd>" + std::to_string(value) + "</dd></div>";
}

// "<h4>TITLE <span class="n">(N)</span></h4>"
void list_heading(std::string& out, const ArticleContext& ctx, Label l, std::size_t n) {
  out += "<h4>";
  html::append_text(out, ctx.label(l));
  out += " <span class=\"n\">(" + std::to_string(n) + ")</span></h4>";
}

// "<a href="#d1-a3">source</a> : « what »", for one attribution.
void claim_item(std::string& out, const ArticleContext& ctx, std::size_t a) {
  const Attribution& at = ctx.doc.attributions[a];
  out += "<li class=\"" + ctx.colour_class(ctx.entity_of(a)) + "\">";
  link(out, ctx.attribution_anchor(a), ctx.source_name(a));
  const std::string_view cue = ctx.text(at.cue);
  if (!cue.empty()) {
    out += " <span class=\"cue\">";
    html::append_text(out, cue);
    out += "</span>";
  }
  const std::string_view content = ctx.text(at.content);
  if (!content.empty()) {
    out += at.type == AttributionType::refusal ? " <span class=\"muted\">" : " ";
    if (at.type == AttributionType::refusal) {
      html::append_text(out, ctx.label(Label::on_topic));
      out += "</span> ";
    }
    out += "<q>";
    html::append_text(out, html::shorten(content, kClaimCodepoints));
    out += "</q>";
  }
  out += "</li>";
}

void entity_item(std::string& out, const ArticleContext& ctx, uint32_t e) {
  if (e >= ctx.doc.entities.size()) return;
  out += "<li class=\"" + ctx.colour_class(static_cast<int32_t>(e)) + "\">";
  link(out, ctx.entity_anchor(e), ctx.entity_name(e));
  out += "</li>";
}

void write_attributions_of_type(std::string& out, const ArticleContext& ctx, AttributionType type, Label title,
                                Label none) {
  std::vector<std::size_t> found;
  for (std::size_t a = 0; a < ctx.doc.attributions.size(); ++a) {
    const Attribution& at = ctx.doc.attributions[a];
    if (at.type == type && at.section != SectionKind::comment) found.push_back(a);
  }
  list_heading(out, ctx, title, found.size());
  if (found.empty()) return empty_note(out, ctx.label(none));
  out += "<ul class=\"claims\">";
  for (std::size_t a : found) claim_item(out, ctx, a);
  out += "</ul>";
}

// One row per affiliation (codes in order, unknown last): how many of the
// audit's sources, how many of their attributions, and who they are.
void write_by_affiliation(std::string& out, const ArticleContext& ctx) {
  struct Row {
    uint32_t sources = 0, attributions = 0;
    std::vector<uint32_t> entities;
  };
  std::map<std::string, Row> rows;
  Row unknown;
  for (const Audit::Source& s : ctx.doc.audit.by_source) {
    if (s.entity >= ctx.doc.entities.size()) continue;
    const Entity& e = ctx.doc.entities[s.entity];
    Row& row = e.affiliation.empty() ? unknown : rows[e.affiliation];
    ++row.sources;
    row.attributions += s.attributions;
    row.entities.push_back(s.entity);
  }
  list_heading(out, ctx, Label::by_affiliation, rows.size() + (unknown.sources ? 1 : 0));
  if (rows.empty() && !unknown.sources) return empty_note(out, ctx.label(Label::sources_none));
  out += "<div class=\"scroll\"><table class=\"affiliations\"><thead><tr><th scope=\"col\">";
  html::append_text(out, ctx.label(Label::affiliation));
  out += "</th><th scope=\"col\">";
  html::append_text(out, ctx.label(Label::audit_sources));
  out += "</th><th scope=\"col\">";
  html::append_text(out, ctx.label(Label::audit_attributions));
  out += "</th><th scope=\"col\">";
  html::append_text(out, ctx.label(Label::col_source));
  out += "</th></tr></thead><tbody>";
  auto row = [&](std::string_view name, const Row& r) {
    out += "<tr><th scope=\"row\">";
    html::append_text(out, name);
    out += "</th><td>" + std::to_string(r.sources) + "</td><td>" + std::to_string(r.attributions) +
           "</td><td><ul class=\"inline\">";
    for (uint32_t e : r.entities) entity_item(out, ctx, e);
    out += "</ul></td></tr>";
  };
  for (const auto& [code, r] : rows) row(code, r);
  if (unknown.sources) row(ctx.label(Label::affiliation_unknown), unknown);
  out += "</tbody></table></div>";
}

void write_groups(std::string& out, const ArticleContext& ctx) {
  const auto& groups = ctx.doc.audit.groups;
  list_heading(out, ctx, Label::groups, groups.size());
  if (groups.empty()) return empty_note(out, ctx.label(Label::groups_none));
  out += "<ul class=\"groups\">";
  for (const Audit::Group& g : groups) {
    if (g.entity >= ctx.doc.entities.size()) continue;
    out += "<li class=\"" + ctx.colour_class(static_cast<int32_t>(g.entity)) + "\">";
    link(out, ctx.entity_anchor(g.entity), ctx.entity_name(g.entity));
    out += " <span class=\"muted\">";
    html::append_text(out, ctx.label(Label::group_size));
    out += "</span> ";
    if (g.size) out += std::to_string(*g.size);
    else html::append_text(out, ctx.label(Label::size_unknown));
    if (!g.members.empty()) {
      out += "; <span class=\"muted\">";
      html::append_text(out, ctx.label(Label::members));
      out += "</span> <ul class=\"inline\">";
      for (uint32_t m : g.members) entity_item(out, ctx, m);
      out += "</ul>";
    }
    out += "</li>";
  }
  out += "</ul>";
}

}  // namespace

void write_audit(const ArticleContext& ctx, std::string& out) {
  const Audit& audit = ctx.doc.audit;
  out += "<section class=\"audit\" aria-labelledby=\"" + ctx.prefix() + "-audit\">";
  heading(out, 3, ctx.prefix() + "-audit", ctx.label(Label::audit));
  out += "<dl class=\"figures\">";
  figure(out, ctx, Label::audit_sources, audit.sources);
  figure(out, ctx, Label::audit_named, audit.named);
  figure(out, ctx, Label::audit_anonymous, audit.anonymous);
  figure(out, ctx, Label::audit_attributions, audit.attributions);
  figure(out, ctx, Label::audit_unsourced, audit.unsourced);
  out += "</dl>";

  list_heading(out, ctx, Label::single_anonymous, audit.single_anonymous_claims.size());
  if (audit.single_anonymous_claims.empty()) {
    empty_note(out, ctx.label(Label::single_anonymous_none));
  } else {
    out += "<ul class=\"claims warn-list\">";
    for (uint32_t a : audit.single_anonymous_claims)
      if (a < ctx.doc.attributions.size()) claim_item(out, ctx, a);
    out += "</ul>";
  }
  list_heading(out, ctx, Label::without_reason, audit.anonymous_without_reason.size());
  if (audit.anonymous_without_reason.empty()) {
    empty_note(out, ctx.label(Label::without_reason_none));
  } else {
    out += "<ul class=\"entities warn-list\">";
    for (uint32_t e : audit.anonymous_without_reason) entity_item(out, ctx, e);
    out += "</ul>";
  }
  list_heading(out, ctx, Label::unqualified, audit.unqualified.size());
  if (audit.unqualified.empty()) {
    empty_note(out, ctx.label(Label::unqualified_none));
  } else {
    out += "<ul class=\"entities warn-list\">";
    for (uint32_t e : audit.unqualified) entity_item(out, ctx, e);
    out += "</ul>";
  }
  write_attributions_of_type(out, ctx, AttributionType::denial, Label::denials_heading, Label::denials_none);
  write_attributions_of_type(out, ctx, AttributionType::refusal, Label::refusals_heading, Label::refusals_none);
  write_by_affiliation(out, ctx);
  write_groups(out, ctx);
  out += "</section>";
}

}  // namespace whosaid::report
