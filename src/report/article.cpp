// One analysed document as an <article> of the page: its heading and
// provenance, the marked text beside the panel of sources, the audit, the
// graph and the table of attributions.
#include "report/article.h"

#include "report/article_parts.h"
#include "report/dot_svg.h"
#include "report/html.h"
#include "report/reading_graph.h"

namespace whosaid::report {
namespace {

void provenance_item(std::string& out, const ArticleContext& ctx, Label l, std::string_view value) {
  if (value.empty()) return;
  out += "<div><dt>";
  html::append_text(out, ctx.label(l));
  out += "</dt><dd>";
  html::append_text(out, value);
  out += "</dd></div>";
}

void write_head(const ArticleContext& ctx, const std::string& title, std::string& out) {
  out += "<header class=\"article-head\">";
  heading(out, 2, ctx.prefix() + "-title", title);
  const Provenance& p = ctx.doc.provenance;
  std::string authors;
  for (const std::string& a : p.authors) authors += (authors.empty() ? "" : ", ") + a;
  out += "<dl class=\"provenance\">";
  provenance_item(out, ctx, Label::publisher, p.publisher);
  provenance_item(out, ctx, Label::agency, p.agency);
  provenance_item(out, ctx, Label::authors, authors);
  provenance_item(out, ctx, Label::date, p.date);
  // A link from the article is shown as text, never followed: the page fetches nothing.
  provenance_item(out, ctx, Label::original_url, p.original_url);
  provenance_item(out, ctx, Label::characters, std::to_string(ctx.cp(static_cast<uint32_t>(ctx.doc.text.size()))));
  out += "</dl></header>";
}

// Samples of the three mark styles, in the same classes as the text.
void write_legend(const ArticleContext& ctx, std::string& out) {
  out += "<div class=\"legend\"><span class=\"legend-title\">";
  html::append_text(out, ctx.label(Label::legend));
  out += "</span><ul>";
  auto sample = [&](std::string_view classes, Label l) {
    out += "<li><span class=\"";
    out += classes;
    out += "\">";
    html::append_text(out, ctx.label(l));
    out += "</span></li>";
  };
  sample("m s c0", Label::legend_source);
  sample("m q c0", Label::legend_cue);
  sample("m t c0 direct", Label::legend_direct);
  sample("m t c0 indirect", Label::legend_indirect);
  sample("m t c0 mixed", Label::legend_mixed);
  sample("m t c0 indirect nested", Label::legend_nested);
  out += "</ul><p class=\"hint\">";
  html::append_text(out, ctx.label(Label::legend_hint));
  out += "</p></div>";
}

void write_text_section(const ArticleContext& ctx, std::string& out) {
  out += "<section class=\"text\" aria-labelledby=\"" + ctx.prefix() + "-text\">";
  heading(out, 3, ctx.prefix() + "-text", ctx.label(Label::article_text));
  write_legend(ctx, out);
  out += "<div class=\"article-text\">";
  write_article_text(ctx, out);
  out += "</div></section>";
}

void write_edge_legend(const ArticleContext& ctx, std::string& out) {
  out += "<ul class=\"edge-legend\">";
  for (auto [cls, l] : {std::pair{"asserts", Label::edge_asserts}, {"denies", Label::edge_denies},
                        {"refuses", Label::edge_refuses}, {"relays", Label::edge_relays},
                        {"told-to", Label::edge_told_to}, {"member-of", Label::edge_member_of}}) {
    out += "<li class=\"";
    out += cls;
    out += "\">";
    html::append_text(out, ctx.label(l));
    out += "</li>";
  }
  out += "</ul>";
}

void write_graph_section(const ArticleContext& ctx, const ReportOptions& options, std::string& out) {
  out += "<section class=\"graph\" aria-labelledby=\"" + ctx.prefix() + "-graph\">";
  heading(out, 3, ctx.prefix() + "-graph", ctx.label(Label::graph));
  const ReadingGraph g = reading_graph(ctx);
  const std::string dot = reading_dot(g, ctx);
  const std::string caption = ctx.prefix() + "-graph-caption";
  std::string svg;
  if (options.render_svg && g.nodes.size() <= options.max_rendered_nodes) {
    std::string rendered;
    if (options.render_svg(dot, rendered)) svg = embed_dot_svg(rendered, caption);
  }
  const bool own = svg.empty();
  if (own) svg = own_layout_svg(g, ctx);
  out += "<figure><div class=\"scroll\">" + svg + "</div><figcaption id=\"" + caption + "\">";
  html::append_text(out, ctx.label(Label::graph_caption));
  if (own) {
    out += " <span class=\"muted\">";
    html::append_text(out, ctx.label(Label::graph_layout_own));
    out += "</span>";
  }
  out += "</figcaption></figure>";
  write_edge_legend(ctx, out);
  out += "<details class=\"dot\"><summary>";
  html::append_text(out, ctx.label(Label::graph_dot));
  out += "</summary><pre><code>";
  html::append_text(out, dot);
  out += "</code></pre></details></section>";
}

}  // namespace

std::string article_title(const Document& doc) { return !doc.id.empty() ? doc.id : doc.name; }

void write_article(const ArticleContext& ctx, const ReportOptions& options, std::string& out) {
  out += "<article id=\"" + ctx.prefix() + "\" class=\"report-article\" lang=\"";
  html::append_attr(out, ctx.doc.lang);
  out += "\" aria-labelledby=\"" + ctx.prefix() + "-title\">";
  write_head(ctx, article_title(ctx.doc), out);
  out += "<div class=\"columns\">";
  write_text_section(ctx, out);
  write_sources_panel(ctx, out);
  out += "</div>";
  write_audit(ctx, out);
  write_graph_section(ctx, options, out);
  write_attribution_table(ctx, out);
  out += "</article>\n";
}

}  // namespace whosaid::report
