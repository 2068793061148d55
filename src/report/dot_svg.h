// Graphviz's SVG in the report: running `dot -Tsvg` on a DOT text, and
// turning its output into an <svg> element that sits inside an HTML page.
//
//   std::string svg;
//   if (Status s = render_with_dot(dot_text, svg); s.ok()) page += embed_dot_svg(svg, "d1-graph-caption");
//
// render_with_dot runs the `dot` found on PATH on a temporary file (no
// shell), so the library depends on Graphviz only at run time; a missing or
// failing dot is an io_error and the report draws the graph itself.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace whosaid::report {

Status render_with_dot(const std::string& dot, std::string& svg);

// The element from "<svg" to "</svg>", without the XML prolog, the DOCTYPE
// and comments; each node's <title> (its DOT id) replaced by its tooltip, so
// hovering shows the text; labelled by the element `caption_id`. dot's output
// escapes every text; this only removes and moves what it wrote.
std::string embed_dot_svg(std::string_view svg, std::string_view caption_id);

}  // namespace whosaid::report
