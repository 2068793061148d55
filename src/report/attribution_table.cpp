// Every attribution in one table: what a mark's hover and focus show (the
// page script copies the row), what a screen reader reads for a focused mark
// (aria-describedby), and the whole list for a reader without the script.
#include "report/article_parts.h"
#include "report/html.h"

namespace whosaid::report {
namespace {

constexpr std::size_t kContentCodepoints = 240;

void cell(std::string& out, std::string_view text) {
  out += "<td>";
  html::append_text(out, text);
  out += "</td>";
}

bool marked(const ArticleContext& ctx, const Attribution& a) {
  for (Span s : {a.source, a.cue, a.content, a.recipient.value_or(Span{})})
    if (!s.empty() && ctx.valid(s)) return true;
  return false;
}

std::string spans_text(const ArticleContext& ctx, const Attribution& a) {
  std::string out;
  auto add = [&](Label role, Span s) {
    if (s.empty() || !ctx.valid(s)) return;
    if (!out.empty()) out += " \u00b7 ";
    out += std::string(ctx.label(role)) + " " + ctx.cp_range(s);
  };
  add(Label::role_source, a.source);
  add(Label::role_cue, a.cue);
  add(Label::role_content, a.content);
  if (a.recipient) add(Label::role_recipient, *a.recipient);
  return out;
}

}  // namespace

void write_attribution_table(const ArticleContext& ctx, std::string& out) {
  const auto& attributions = ctx.doc.attributions;
  out += "<details class=\"attributions\"><summary id=\"" + ctx.prefix() + "-table\">";
  html::append_text(out, ctx.label(Label::all_attributions));
  out += " (" + std::to_string(attributions.size()) + ")</summary><div class=\"scroll\"><table><thead><tr>";
  for (Label l : {Label::col_id, Label::col_type, Label::col_quote, Label::col_source, Label::col_cue,
                  Label::col_content, Label::col_recipient, Label::col_parent, Label::col_section, Label::col_rule,
                  Label::col_spans}) {
    out += "<th scope=\"col\">";
    html::append_text(out, ctx.label(l));
    out += "</th>";
  }
  out += "</tr></thead><tbody>";
  for (std::size_t i = 0; i < attributions.size(); ++i) {
    const Attribution& a = attributions[i];
    out += "<tr id=\"" + ctx.attribution_row(i) + "\" class=\"" + ctx.colour_class(ctx.entity_of(i)) + "\"><td>";
    const std::string number = std::to_string(i + 1);
    if (marked(ctx, a)) link(out, ctx.attribution_anchor(i), number);
    else out += number;
    out += "</td>";
    std::string type(ctx.labels.of(a.type));
    if (a.belief) type += " (" + std::string(ctx.label(Label::belief)) + ")";
    cell(out, type);
    cell(out, ctx.labels.of(a.quote));
    cell(out, ctx.source_name(i));
    cell(out, ctx.text(a.cue));
    cell(out, html::shorten(ctx.text(a.content), kContentCodepoints));
    cell(out, a.recipient ? ctx.text(*a.recipient) : std::string_view());
    out += "<td>";
    if (a.parent >= 0 && static_cast<std::size_t>(a.parent) < attributions.size() &&
        static_cast<std::size_t>(a.parent) != i)
      link(out, ctx.attribution_row(static_cast<std::size_t>(a.parent)), std::to_string(a.parent + 1));
    out += "</td>";
    cell(out, ctx.labels.of(a.section));
    out += "<td><code>";
    html::append_text(out, a.rule);
    out += "</code></td>";
    cell(out, spans_text(ctx, a));
    out += "</tr>";
  }
  out += "</tbody></table></div></details>";
}

void heading(std::string& out, int level, const std::string& id, std::string_view text) {
  const std::string tag = "h" + std::to_string(level);
  out += "<" + tag + (id.empty() ? std::string() : " id=\"" + id + "\"") + ">";
  html::append_text(out, text);
  out += "</" + tag + ">";
}

void link(std::string& out, const std::string& id, std::string_view text) {
  out += "<a href=\"#" + id + "\">";
  html::append_text(out, text);
  out += "</a>";
}

void empty_note(std::string& out, std::string_view text) {
  out += "<p class=\"muted\">";
  html::append_text(out, text);
  out += "</p>";
}

}  // namespace whosaid::report
