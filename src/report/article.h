// Internal to src/report: one analysed document as an <article> element of
// the report page (report_writer.h assembles the page around it).
#pragma once

#include <string>

#include "report/article_context.h"
#include "report/report_writer.h"

namespace whosaid::report {

// The heading an article gets: its id, else its input's name.
std::string article_title(const Document& doc);

void write_article(const ArticleContext& ctx, const ReportOptions& options, std::string& out);

}  // namespace whosaid::report
