// The panel of sources: every entity the audit counts as a source (it speaks
// at least once), then the groups whose members speak, in entity order. Each
// entry's button highlights the entity's attributions in the text (the page
// script); its mentions link to the marks in the text, so the panel works
// without the script too.
#include "report/article_parts.h"
#include "report/html.h"

namespace whosaid::report {
namespace {

void term(std::string& out, const ArticleContext& ctx, Label l) {
  out += "<dt>";
  html::append_text(out, ctx.label(l));
  out += "</dt><dd>";
}

// The audit's counts; an entity the audit leaves out (a reader's comment) shows
// how many attributions it has in the text.
void write_counts(const ArticleContext& ctx, std::size_t entity, const Audit::Source* counts, std::string& out) {
  term(out, ctx, Label::claims);
  if (!counts) {
    out += std::to_string(ctx.attributions_of(entity).size()) + "</dd>";
    return;
  }
  out += std::to_string(counts->attributions) + " (";
  html::append_text(out, ctx.label(Label::statements));
  out += " " + std::to_string(counts->statements) + ", ";
  html::append_text(out, ctx.label(Label::denials));
  out += " " + std::to_string(counts->denials) + ", ";
  html::append_text(out, ctx.label(Label::refusals));
  out += " " + std::to_string(counts->refusals) + ")</dd>";
}

void write_mentions(const ArticleContext& ctx, const Entity& e, std::string& out) {
  term(out, ctx, Label::mentions);
  out += std::to_string(e.mentions.size()) + "<ul class=\"mentions\">";
  for (uint32_t m : e.mentions) {
    if (m >= ctx.doc.mentions.size()) continue;
    const std::string written(ctx.text(ctx.doc.mentions[m].span));
    out += "<li>";
    const int32_t a = ctx.attribution_of_mention(m);
    if (a >= 0) link(out, ctx.attribution_anchor(static_cast<std::size_t>(a)), written);
    else html::append_text(out, written);
    out += "</li>";
  }
  out += "</ul></dd>";
}

void write_entity(const ArticleContext& ctx, std::size_t index, const Audit::Source* counts, std::string& out) {
  const Entity& e = ctx.doc.entities[index];
  const std::string anchor = ctx.entity_anchor(index);
  const std::string colour = ctx.colour_class(static_cast<int32_t>(index));
  out += "<li class=\"source " + colour + "\" id=\"" + anchor + "\">";
  out += "<button type=\"button\" class=\"pick\" data-e=\"" + anchor + "\" aria-pressed=\"false\" title=\"";
  html::append_attr(out, ctx.label(Label::highlight));
  out += "\"><span class=\"swatch\" aria-hidden=\"true\"></span>";
  html::append_text(out, ctx.entity_name(index));
  out += " <span class=\"eid\">" + ArticleContext::entity_key(index) + "</span></button><dl>";

  term(out, ctx, Label::kind);
  html::append_text(out, ctx.labels.of(e.kind));
  out += ", <strong>";
  html::append_text(out, ctx.label(e.anonymous ? Label::anonymous : Label::named));
  out += "</strong></dd>";
  if (!e.name.empty() && e.name != ctx.entity_name(index)) {
    term(out, ctx, Label::name);
    html::append_text(out, e.name);
    out += "</dd>";
  }
  if (e.count) {
    term(out, ctx, Label::count);
    out += std::to_string(*e.count) + "</dd>";
  }
  term(out, ctx, Label::affiliation);
  if (e.affiliation.empty()) {
    html::append_text(out, ctx.label(Label::affiliation_unknown));
  } else {
    html::append_text(out, e.affiliation);
    out += " (";
    html::append_text(out, ctx.label(e.affiliation_inferred ? Label::inferred : Label::stated));
    out += ")";
  }
  out += "</dd>";
  if (!e.role.empty()) {
    term(out, ctx, Label::role);
    html::append_text(out, e.role);
    out += "</dd>";
  }
  if (!e.qualifiers.empty()) {
    term(out, ctx, Label::qualifiers);
    for (std::size_t q = 0; q < e.qualifiers.size(); ++q) {
      if (q) out += "; ";
      html::append_text(out, ctx.text(e.qualifiers[q]));
    }
    out += "</dd>";
  }
  if (e.anonymous) {
    term(out, ctx, Label::anonymity_reason);
    if (e.anonymity_reason && ctx.valid(*e.anonymity_reason)) {
      html::append_text(out, ctx.text(*e.anonymity_reason));
    } else {
      out += "<span class=\"warn\">";
      html::append_text(out, ctx.label(Label::no_reason));
      out += "</span>";
    }
    out += "</dd>";
  }
  if (e.member_of && *e.member_of < ctx.doc.entities.size()) {
    term(out, ctx, Label::member_of);
    link(out, ctx.entity_anchor(*e.member_of), ctx.entity_name(*e.member_of));
    out += "</dd>";
  }
  write_mentions(ctx, e, out);
  write_counts(ctx, index, counts, out);
  out += "</dl></li>";
}

}  // namespace

void write_sources_panel(const ArticleContext& ctx, std::string& out) {
  const Document& doc = ctx.doc;
  out += "<section class=\"sources\" aria-labelledby=\"" + ctx.prefix() + "-sources\">";
  heading(out, 3, ctx.prefix() + "-sources", ctx.label(Label::sources));
  out += "<p class=\"hint\">";
  html::append_text(out, ctx.label(Label::sources_hint));
  out += "</p><ul class=\"source-list\">";
  // The audit's sources, and the groups it lists, each once, in entity order.
  std::vector<const Audit::Source*> counts(doc.entities.size(), nullptr);
  std::vector<bool> listed(doc.entities.size(), false);
  for (const Audit::Source& s : doc.audit.by_source)
    if (s.entity < doc.entities.size()) {
      counts[s.entity] = &s;
      listed[s.entity] = true;
    }
  for (const Audit::Group& g : doc.audit.groups)
    if (g.entity < doc.entities.size()) listed[g.entity] = true;
  // Sources of readers' comments (kept with --comments) are not in the audit
  // but are marked in the text, so they are listed too.
  for (std::size_t e = 0; e < doc.entities.size(); ++e)
    if (!ctx.attributions_of(e).empty()) listed[e] = true;
  bool any = false;
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    if (!listed[e]) continue;
    write_entity(ctx, e, counts[e], out);
    any = true;
  }
  out += "</ul>";
  if (!any) empty_note(out, ctx.label(Label::sources_none));
  out += "</section>";
}

}  // namespace whosaid::report
