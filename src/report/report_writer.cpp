#include "report/report_writer.h"

#include <map>
#include <sstream>

#include "graph/source_key.h"
#include "report/article.h"
#include "report/article_parts.h"
#include "report/html.h"
#include "report/page_assets.h"
#include "report/sha256.h"

namespace whosaid::report {
namespace {

// What the page may load: its own style and script, named by hash; nothing
// from anywhere, not even from its own folder.
std::string content_security_policy() {
  return "default-src 'none'; style-src " + csp_hash(page_css()) + "; script-src " + csp_hash(page_script()) +
         "; img-src 'none'; base-uri 'none'; form-action 'none'";
}

void nav_link(std::string& out, const std::string& id, std::string_view text) {
  out += "<li>";
  link(out, id, text);
  out += "</li>";
}

}  // namespace

ReportWriter::ReportWriter(LabelCatalog& labels, ReportOptions options)
    : labels_(labels), options_(std::move(options)) {}

Status ReportWriter::add_article(const Document& doc, std::ostream& articles) {
  const ReportLabels* labels = nullptr;
  if (Status s = labels_.get(doc.lang, labels); !s.ok()) return s;
  const ArticleContext ctx(doc, *labels, static_cast<uint32_t>(summaries_.size() + 1));
  std::string html;
  html.reserve(doc.text.size() * 4 + 16384);
  write_article(ctx, options_, html);
  articles << html;
  if (!articles) return Status::io_error("", "writing the report failed");

  Summary summary;
  summary.anchor = ctx.prefix();
  summary.title = article_title(doc);
  summary.lang = labels->lang();
  summary.sources = doc.audit.sources;
  summary.attributions = doc.audit.attributions;
  for (const Audit::Source& s : doc.audit.by_source) {
    if (s.entity >= doc.entities.size()) continue;
    std::string key = graph::source_key(doc.entities[s.entity]);
    if (key.empty()) continue;
    summary.named.push_back({std::move(key), ctx.entity_name(s.entity), ctx.entity_anchor(s.entity), s.attributions});
  }
  summaries_.push_back(std::move(summary));
  return {};
}

void ReportWriter::write_shared_sources(const ReportLabels& labels, std::string& out) const {
  // key -> (article, source) for every named source, in key order.
  std::map<std::string, std::vector<std::pair<std::size_t, const NamedSource*>>> by_key;
  for (std::size_t d = 0; d < summaries_.size(); ++d)
    for (const NamedSource& s : summaries_[d].named) by_key[s.key].push_back({d, &s});
  out += "<section class=\"shared\" id=\"shared\" aria-labelledby=\"shared-title\">";
  heading(out, 2, "shared-title", labels.get(Label::shared_sources));
  out += "<p class=\"hint\">";
  html::append_text(out, labels.get(Label::shared_sources_intro));
  out += "</p>";
  std::string rows;
  for (const auto& [key, places] : by_key) {
    if (places.size() < 2) continue;
    rows += "<tr><th scope=\"row\">";
    html::append_text(rows, places.front().second->label);
    rows += "</th><td><ul class=\"inline\">";
    for (const auto& [d, source] : places) {
      rows += "<li>";
      link(rows, source->anchor, summaries_[d].title);
      rows += " (" + std::to_string(source->attributions) + ")</li>";
    }
    rows += "</ul></td></tr>";
  }
  if (rows.empty()) {
    empty_note(out, labels.get(Label::shared_none));
  } else {
    out += "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">";
    html::append_text(out, labels.get(Label::col_source));
    out += "</th><th scope=\"col\">";
    html::append_text(out, labels.get(Label::in_articles));
    out += "</th></tr></thead><tbody>" + rows + "</tbody></table></div>";
  }
  out += "</section>\n";
}

Status ReportWriter::write_page(std::istream& articles, std::ostream& out) {
  const ReportLabels* labels = nullptr;
  const std::string lang = summaries_.empty() ? std::string("en") : summaries_.front().lang;
  if (Status s = labels_.get(lang, labels); !s.ok()) return s;
  const bool several = summaries_.size() > 1;

  std::string head = "<!DOCTYPE html>\n<html lang=\"";
  html::append_attr(head, labels->lang());
  head += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  head += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + content_security_policy() + "\">\n";
  head += "<meta name=\"generator\" content=\"";
  html::append_attr(head, options_.generator);
  head += "\">\n<title>";
  html::append_text(head, labels->get(Label::page_title));
  if (summaries_.size() == 1) {
    head += " \u2014 ";
    html::append_text(head, summaries_.front().title);
  }
  head += "</title>\n<style>" + page_css() + "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">";
  html::append_text(head, labels->get(Label::skip_to_content));
  head += "</a>\n<header class=\"banner\"><h1>";
  html::append_text(head, labels->get(Label::page_title));
  head += "</h1><p class=\"hint\">";
  html::append_text(head, labels->get(Label::script_note));
  head += "</p></header>\n<nav aria-labelledby=\"contents-title\">";
  heading(head, 2, "contents-title", labels->get(Label::contents));
  head += "<ol>";
  if (several) {
    for (const Summary& s : summaries_) {
      head += "<li>";
      link(head, s.anchor, s.title);
      head += " <span class=\"muted\">(";
      html::append_text(head, labels->get(Label::audit_sources));
      head += " " + std::to_string(s.sources) + " \u00b7 ";
      html::append_text(head, labels->get(Label::audit_attributions));
      head += " " + std::to_string(s.attributions) + ")</span></li>";
    }
    nav_link(head, "shared", labels->get(Label::shared_sources));
  } else if (!summaries_.empty()) {
    const std::string& d = summaries_.front().anchor;
    nav_link(head, d + "-text", labels->get(Label::article_text));
    nav_link(head, d + "-sources", labels->get(Label::sources));
    nav_link(head, d + "-audit", labels->get(Label::audit));
    nav_link(head, d + "-graph", labels->get(Label::graph));
    nav_link(head, d + "-table", labels->get(Label::all_attributions));
  }
  head += "</ol></nav>\n<main id=\"main\" tabindex=\"-1\">\n";
  if (several) write_shared_sources(*labels, head);
  out << head;
  // An empty stream buffer would set failbit: there is nothing to copy without articles.
  if (!summaries_.empty()) out << articles.rdbuf();

  std::string foot = "</main>\n<footer class=\"page-foot\"><p>";
  html::append_text(foot, labels->get(Label::generated_by));
  foot += "</p><p>";
  html::append_text(foot, options_.generator);
  foot += "</p></footer>\n<div id=\"info\" class=\"info\" aria-hidden=\"true\" hidden></div>\n<script>";
  foot += page_script();
  foot += "</script>\n</body>\n</html>\n";
  out << foot;
  return out ? Status() : Status::io_error("", "writing the report failed");
}

Status write_report(const std::vector<const Document*>& docs, LabelCatalog& labels, const ReportOptions& options,
                    std::ostream& out) {
  ReportWriter writer(labels, options);
  std::stringstream articles;
  for (const Document* doc : docs)
    if (Status s = writer.add_article(*doc, articles); !s.ok()) return s;
  return writer.write_page(articles, out);
}

}  // namespace whosaid::report
