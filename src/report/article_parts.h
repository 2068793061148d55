// Internal to src/report: the parts of one article's report, each appending
// its HTML to `out`. Every text goes through html::text / html::attr.
//
//   write_article_text   the text, every attribution marked (source, cue,
//                        content, recipient), header/comments/site chrome set apart
//   write_sources_panel  one entry per source entity: kind, anonymity, count,
//                        affiliation, qualifiers, mentions, claims; a button to highlight
//   write_audit          the sourcing audit (core/audit.h, as the entity stage computed it)
//   write_attribution_table  every attribution with its type, quote, rule and spans
//                        (the rows the marks' hover and focus show)
#pragma once

#include <string>

#include "report/article_context.h"

namespace whosaid::report {

void write_article_text(const ArticleContext& ctx, std::string& out);
void write_sources_panel(const ArticleContext& ctx, std::string& out);
void write_audit(const ArticleContext& ctx, std::string& out);
void write_attribution_table(const ArticleContext& ctx, std::string& out);

// Helpers the parts share.
// `<h{level} id="{id}">{escaped text}</h{level}>`
void heading(std::string& out, int level, const std::string& id, std::string_view text);
// A link to an element of the page: `<a href="#{id}">{escaped text}</a>`.
void link(std::string& out, const std::string& id, std::string_view text);
// `<li>` + `none` in a muted paragraph, for an empty list.
void empty_note(std::string& out, std::string_view text);

}  // namespace whosaid::report
