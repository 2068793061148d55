#include "input/read_html.h"

#include <gumbo.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "input/read_text.h"

namespace whosaid {
namespace {

using input::WebChrome;

struct GumboDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

bool is_dropped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_FIGURE: case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_LABEL: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
      return true;
    default:
      return false;
  }
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

std::string_view attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

// A class token or the id is a listed name, or starts with it and '-' or '_'.
bool has_class(const GumboNode* node, const WebChrome& chrome, WebChrome::Kind kind) {
  auto matches = [&](std::string_view token) {
    if (token.empty()) return false;
    const std::string folded = input::fold_line(token);
    for (const std::string& name : chrome.phrases(kind)) {
      if (folded == name) return true;
      if (folded.size() > name.size() && folded.starts_with(name) &&
          (folded[name.size()] == '-' || folded[name.size()] == '_'))
        return true;
    }
    return false;
  };
  if (matches(attribute(node, "id"))) return true;
  std::string_view classes = attribute(node, "class");
  while (!classes.empty()) {
    const size_t space = classes.find_first_of(" \t\n\r\f");
    if (matches(classes.substr(0, space))) return true;
    if (space == std::string_view::npos) break;
    classes.remove_prefix(space + 1);
  }
  return false;
}

const GumboVector* children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT) return &node->v.element.children;
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_TEMPLATE) return &node->v.element.children;
  return nullptr;
}

// The first element with this tag under `root`, depth first, iteratively.
const GumboNode* find_first(const GumboNode* root, GumboTag tag) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag) return node;
    if (const GumboVector* kids = children(node))
      for (unsigned i = kids->length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(kids->data[i - 1]));
  }
  return nullptr;
}

// Builds the text: collapses white space, separates blocks, records sections.
class TextBuilder {
 public:
  explicit TextBuilder(Document& doc) : doc_(doc) {}

  void text(std::string_view s, SectionKind kind) {
    for (char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space_ = true;
        continue;
      }
      if (!doc_.text.empty()) {
        if (breaks_ > 0) doc_.text.append(breaks_ >= 2 ? "\n\n" : "\n");
        else if (space_) doc_.text += ' ';
      }
      breaks_ = 0;
      space_ = false;
      if (doc_.sections.empty() || doc_.sections.back().kind != kind) {
        if (!doc_.sections.empty()) doc_.sections.back().span.end = offset();
        doc_.sections.push_back({kind, {offset(), offset()}});
      }
      doc_.text += c;
    }
  }
  void block() { breaks_ = 2; }
  void line_break() { breaks_ = breaks_ > 1 ? breaks_ : 1; }
  void finish() {
    if (!doc_.text.empty()) doc_.text += '\n';
    if (!doc_.sections.empty()) doc_.sections.back().span.end = offset();
  }

 private:
  uint32_t offset() const { return static_cast<uint32_t>(doc_.text.size()); }
  Document& doc_;
  int breaks_ = 0;
  bool space_ = false;
};

// All the text under a node, white space collapsed (for the title and metadata).
std::string inner_text(const GumboNode* root) {
  std::string out;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      out += node->v.text.text;
      out += ' ';
    } else if (node->type == GUMBO_NODE_ELEMENT && is_dropped_tag(node->v.element.tag) &&
               node->v.element.tag != GUMBO_TAG_HEAD) {
      continue;
    } else if (const GumboVector* kids = children(node)) {
      for (unsigned i = kids->length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(kids->data[i - 1]));
    }
  }
  std::string collapsed;
  bool space = false;
  for (char c : out) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') { space = !collapsed.empty(); continue; }
    if (space) collapsed += ' ';
    space = false;
    collapsed += c;
  }
  return collapsed;
}

void read_head(const GumboNode* head, Provenance& p) {
  if (!head) return;
  const GumboVector& kids = head->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* node = static_cast<const GumboNode*>(kids.data[i]);
    if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag != GUMBO_TAG_META) continue;
    const std::string_view name = attribute(node, "name"), property = attribute(node, "property");
    const std::string content(attribute(node, "content"));
    if (content.empty()) continue;
    if (name == "author") p.authors.push_back(content);
    else if ((property == "article:published_time" || name == "date") && p.date.empty()) p.date = content;
    else if (property == "og:site_name" && p.publisher.empty()) p.publisher = content;
  }
}

// Deep nesting makes HTML5 tree construction quadratic: each start tag
// scans the stack of open elements, so 40,000 nested <div> take 16 s in
// Gumbo. Articles nest a few dozen deep; Chromium's parser stops at 512.
constexpr int kMaxHtmlDepth = 512;

// Elements that do not deepen the tree: void elements, and those whose end
// tag may be left out (the next one closes them: <p>, <li>, <td>...).
bool nests(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_RB: case GUMBO_TAG_RT: case GUMBO_TAG_RP: case GUMBO_TAG_RTC:
    case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY:
      return false;
    default:
      return true;
  }
}

// Elements whose content is text up to their end tag, never markup.
bool raw_text(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEXTAREA ||
         tag == GUMBO_TAG_TITLE || tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_PLAINTEXT;
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// The offset of the start tag that opens an element deeper than
// kMaxHtmlDepth, or npos. One pass over the bytes, without building the
// tree, so it errs on the side of depth only where the page really nests:
// an end tag closes one level, comments and raw text are skipped.
size_t too_deep_at(std::string_view html) {
  constexpr size_t npos = std::string_view::npos;
  int depth = 0;
  size_t i = 0;
  while ((i = html.find('<', i)) != npos) {
    if (html.substr(i, 4) == "<!--") {
      const size_t end = html.find("-->", i + 4);
      if (end == npos) return npos;
      i = end + 3;
      continue;
    }
    const bool end_tag = i + 1 < html.size() && html[i + 1] == '/';
    const size_t name = i + 1 + (end_tag ? 1 : 0);
    size_t name_end = name;
    while (name_end < html.size() && is_name_char(html[name_end])) ++name_end;
    if (name_end == name) {  // a '<' in text, <!DOCTYPE, <?xml
      ++i;
      continue;
    }
    const size_t close = html.find('>', name_end);
    if (close == npos) return npos;
    const GumboTag tag = gumbo_tagn_enum(html.data() + name, static_cast<unsigned>(name_end - name));
    if (end_tag) {
      if (nests(tag) && depth > 0) --depth;
    } else if (raw_text(tag)) {
      // Skip to "</name", any case.
      const std::string_view tag_name = html.substr(name, name_end - name);
      size_t end = close;
      while ((end = html.find("</", end)) != npos &&
             !(end + 2 + tag_name.size() <= html.size() &&
               gumbo_tagn_enum(html.data() + end + 2, static_cast<unsigned>(tag_name.size())) == tag))
        end += 2;
      if (end == npos) return npos;
      i = end;
      continue;
    } else if (nests(tag) && html[close - 1] != '/' && ++depth > kMaxHtmlDepth) {
      return i;
    }
    i = close + 1;
  }
  return npos;
}

}  // namespace

Status html_to_document(std::string_view html, const std::string& name, const WebChrome& chrome, Document& out) {
  out.text.clear();
  out.sections.clear();
  out.provenance.input_format = "html";
  if (Status s = check_utf8_text(html, name); !s.ok()) return s;
  if (const size_t at = too_deep_at(html); at != std::string_view::npos) {
    const uint64_t line = 1 + std::count(html.begin(), html.begin() + static_cast<std::ptrdiff_t>(at), '\n');
    return std::move(Status::invalid_input(name, "HTML nested deeper than " + std::to_string(kMaxHtmlDepth) + " elements")
                         .at_line(line)
                         .at_byte(at));
  }
  std::unique_ptr<GumboOutput, GumboDeleter> parsed(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (!parsed) return Status::invalid_input(name, "the HTML parser gave no document");
  const GumboNode* root = parsed->root;
  read_head(find_first(root, GUMBO_TAG_HEAD), out.provenance);
  const GumboNode* body = find_first(root, GUMBO_TAG_BODY);
  if (!body) body = root;
  const GumboNode* article = find_first(body, GUMBO_TAG_ARTICLE);
  if (!article) article = find_first(body, GUMBO_TAG_MAIN);
  if (!article) article = body;

  TextBuilder builder(out);
  // The title first, when the article does not hold its own <h1>.
  if (!find_first(article, GUMBO_TAG_H1)) {
    const GumboNode* h1 = find_first(body, GUMBO_TAG_H1);
    if (!h1) h1 = find_first(root, GUMBO_TAG_TITLE);
    if (h1) {
      builder.text(inner_text(h1), SectionKind::header);
      builder.block();
    }
  }

  // Depth first over the body, iteratively (a deep page cannot exhaust the
  // stack). Each entry: a node, or the end of an element (to close its block).
  struct Frame {
    const GumboNode* node;
    bool closing;
    bool in_article;
    int kind;  // -1: outside what is kept; else a SectionKind
  };
  std::vector<Frame> stack{{body, false, body == article, body == article ? int(SectionKind::body) : -1}};
  while (!stack.empty()) {
    const Frame frame = stack.back();
    stack.pop_back();
    const GumboNode* node = frame.node;
    if (frame.closing) {
      if (is_block(node->v.element.tag)) builder.block();
      continue;
    }
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      if (frame.kind >= 0) builder.text(node->v.text.text, static_cast<SectionKind>(frame.kind));
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboTag tag = node->v.element.tag;
    if (is_dropped_tag(tag) || has_class(node, chrome, WebChrome::html_chrome_class)) continue;
    const bool in_article = frame.in_article || node == article;
    int kind = frame.kind;
    if (node == article) kind = int(SectionKind::body);
    if (tag == GUMBO_TAG_HEADER && !in_article) continue;  // the site's banner
    if (kind != int(SectionKind::comment)) {
      if (has_class(node, chrome, WebChrome::html_comment_class)) kind = int(SectionKind::comment);
      else if (in_article && (tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_TIME ||
                              tag == GUMBO_TAG_ADDRESS || has_class(node, chrome, WebChrome::html_header_class)))
        kind = int(SectionKind::header);
    }
    if (tag == GUMBO_TAG_TIME && out.provenance.date.empty()) out.provenance.date = attribute(node, "datetime");
    if (tag == GUMBO_TAG_BR) {
      builder.line_break();
      continue;
    }
    if (is_block(tag)) builder.block();
    stack.push_back({node, true, in_article, kind});
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = kids.length; i > 0; --i)
      stack.push_back({static_cast<const GumboNode*>(kids.data[i - 1]), false, in_article, kind});
  }
  builder.finish();
  if (out.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::invalid_input(name, "no article text in the HTML page");
  return {};
}

Status read_html_input(const std::string& path, const WebChrome& chrome, Document& out) {
  out = Document{};
  std::string bytes;
  if (path == "-") {
    out.name = "<stdin>";
    out.id = "stdin";
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    bytes = std::move(buffer).str();
  } else {
    out.name = path;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Status::io_error(path, "is a directory, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::io_error(path, std::string("cannot open: ") + std::strerror(errno));
    if (!read_all_bytes(in, bytes)) return Status::io_error(path, "read error");
    out.id = std::filesystem::path(path).filename().string();
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  return html_to_document(bytes, out.name, chrome, out);
}

}  // namespace whosaid
