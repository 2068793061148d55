// Reading an HTML page into a Document with a real HTML5 parser (Gumbo, the
// parser of the HTML5 spec's tree construction). The page's markup is not the
// text: the reader builds the article's text from it, and every span of the
// analysis points into that built text (doc.text), which outputs then carry
// ("text" in the extract JSON, doc.provenance.input_format == "html").
//
// What is kept, in this order:
//   header   the title (the article's <h1>, else the page's first <h1>, else
//            <title>), and inside the article: <header>, <time>, <address>,
//            and elements whose class or id is a header class (byline,
//            chapo, standfirst... web_chrome.tsv html_header_class)
//   body     the rest of the article: <article>, else <main>, else <body>
//   comment  elements whose class or id is a comment class (comments,
//            commentlist... html_comment_class), wherever they are
// What is dropped: <script>, <style>, <nav>, <aside>, <footer>, <form>,
// <button>, <iframe>, <svg>, <figure>, <noscript>, <template>, the page's own
// <header>, and elements whose class or id is a chrome class (share, related,
// breadcrumb, reply... html_chrome_class).
// Blocks (<p>, <div>, <li>, <h2>...) become paragraphs separated by a blank
// line, <br> a line break; runs of white space inside a block become one space.
//
// A page nested deeper than 512 elements (void elements and those whose end
// tag may be left out, <p> <li> <td>..., not counted) is refused before
// parsing: tree construction is quadratic in depth.
//
// From <head>: <meta name="author"> (authors), <meta property=
// "article:published_time"> or <time datetime> (date), <meta property=
// "og:site_name"> (publisher) go to doc.provenance.
//
//   Document doc;
//   if (Status s = read_html_input("page.html", chrome, doc); !s.ok()) ...
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"
#include "core/status.h"
#include "input/web_chrome.h"

namespace whosaid {

// Reads an HTML file (or "-" for standard input) and builds doc from it.
Status read_html_input(const std::string& path, const input::WebChrome& chrome, Document& out);

// Builds doc.text, doc.sections and provenance hints from HTML bytes, which
// must be valid UTF-8 (`name` names the input in errors). doc.id and doc.name
// are left as they are.
Status html_to_document(std::string_view html, const std::string& name, const input::WebChrome& chrome,
                        Document& out);

}  // namespace whosaid
