// The article's text with its attributions marked. Each attribution gives up
// to four marks (source, cue, content, recipient), laid out as nested <mark>
// elements (markup.h); the first piece of each carries the extract JSON's id
// and its code point span, so a reader (or a test) can match every mark to
// `whosaid extract`. One mark per attribution is focusable: its cue, else its
// content, else its source.
#include <algorithm>

#include "report/article_parts.h"
#include "report/html.h"
#include "report/markup.h"

namespace whosaid::report {
namespace {

enum Role : uint32_t { source, cue, content, recipient };
constexpr uint32_t kRoles = 4;
constexpr std::string_view kRoleNames[kRoles] = {"source", "cue", "content", "recipient"};

struct TextMarks {
  std::vector<Mark> marks;          // id = attribution * kRoles + role
  std::vector<uint32_t> anchor;     // per attribution: the mark id that takes focus, or UINT32_MAX
};

TextMarks collect_marks(const ArticleContext& ctx) {
  TextMarks out;
  const auto& attributions = ctx.doc.attributions;
  out.anchor.assign(attributions.size(), UINT32_MAX);
  for (std::size_t i = 0; i < attributions.size(); ++i) {
    const Attribution& a = attributions[i];
    Span spans[kRoles] = {a.source, a.cue, a.content, a.recipient.value_or(Span{})};
    for (uint32_t role = 0; role < kRoles; ++role) {
      if (spans[role].empty() || !ctx.valid(spans[role])) continue;
      out.marks.push_back({spans[role], static_cast<uint32_t>(i * kRoles + role)});
    }
    for (uint32_t role : {cue, content, source, recipient})
      if (!spans[role].empty() && ctx.valid(spans[role])) {
        out.anchor[i] = static_cast<uint32_t>(i * kRoles + role);
        break;
      }
  }
  std::sort(out.marks.begin(), out.marks.end(), [](const Mark& x, const Mark& y) {
    return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.id < y.id;
  });
  return out;
}

std::string_view quote_class(QuoteKind q) {
  switch (q) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::indirect: return "indirect";
    case QuoteKind::mixed: return "mixed";
    case QuoteKind::none: return "noquote";
  }
  return "noquote";
}

class TextWriter {
 public:
  TextWriter(const ArticleContext& ctx, std::string& out) : ctx_(ctx), out_(out), marks_(collect_marks(ctx)) {}

  void run() {
    std::vector<Section> parts = merged_sections();
    std::size_t next = 0;          // into marks_.marks, by start
    std::vector<Mark> carried;     // marks that began in an earlier part and go on
    for (const Section& part : parts) {
      std::vector<Mark> here;
      for (const Mark& m : carried)
        if (m.span.end > part.span.begin) here.push_back(m);
      while (next < marks_.marks.size() && marks_.marks[next].span.begin < part.span.end)
        here.push_back(marks_.marks[next++]);
      carried.clear();
      for (const Mark& m : here)
        if (m.span.end > part.span.end) carried.push_back(m);
      write_part(part, std::move(here));
    }
  }

 private:
  // Consecutive sections of one kind read as one part.
  std::vector<Section> merged_sections() const {
    std::vector<Section> parts;
    const auto size = static_cast<uint32_t>(ctx_.doc.text.size());
    if (ctx_.doc.sections.empty()) return {{SectionKind::body, {0, size}}};
    uint32_t at = 0;
    for (const Section& s : ctx_.doc.sections) {
      Span span{std::max(s.span.begin, at), std::min(s.span.end, size)};
      if (span.begin > at && !parts.empty()) parts.back().span.end = span.begin;  // a gap joins the part before
      if (span.empty()) continue;
      if (!parts.empty() && parts.back().kind == s.kind) parts.back().span.end = span.end;
      else parts.push_back({s.kind, span});
      at = span.end;
    }
    if (parts.empty()) return {{SectionKind::body, {0, size}}};
    parts.front().span.begin = 0;
    parts.back().span.end = size;
    return parts;
  }

  // The part without its surrounding blank lines, unless a mark covers them.
  Span trimmed(Span range, const std::vector<Mark>& marks) const {
    auto blank = [&](uint32_t i) {
      const char c = ctx_.doc.text[i];
      return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    };
    uint32_t begin = range.begin, end = range.end;
    while (begin < end && blank(begin)) ++begin;
    while (end > begin && blank(end - 1)) --end;
    for (const Mark& m : marks) {
      begin = std::min(begin, std::max(m.span.begin, range.begin));
      end = std::max(end, std::min(m.span.end, range.end));
    }
    return {begin, end};
  }

  void write_part(const Section& part, std::vector<Mark> marks) {
    const Span range = trimmed(part.span, marks);
    if (range.empty()) return;
    switch (part.kind) {
      case SectionKind::body: out_ += "<div class=\"part body\">"; break;
      case SectionKind::header:
        out_ += "<div class=\"part header\"><p class=\"part-label\">";
        html::append_text(out_, ctx_.label(Label::header_part));
        out_ += "</p>";
        break;
      case SectionKind::comment:
      case SectionKind::chrome:
        out_ += part.kind == SectionKind::comment ? "<details class=\"part comment\"><summary>"
                                                   : "<details class=\"part chrome\"><summary>";
        html::append_text(out_, ctx_.label(part.kind == SectionKind::comment ? Label::comments_part : Label::chrome_part));
        out_ += "</summary>";
        break;
    }
    out_ += "<div class=\"flow\">";
    for (const MarkupEvent& e : lay_out_marks(range, std::move(marks))) {
      switch (e.kind) {
        case MarkupEvent::text: html::append_text(out_, ctx_.text(e.span)); break;
        case MarkupEvent::open: open_mark(e.mark, e.piece); break;
        case MarkupEvent::close: out_ += "</mark>"; break;
      }
    }
    out_ += "</div>";
    out_ += part.kind == SectionKind::comment || part.kind == SectionKind::chrome ? "</details>" : "</div>";
  }

  void open_mark(uint32_t id, uint32_t piece) {
    const std::size_t i = id / kRoles;
    const auto role = static_cast<Role>(id % kRoles);
    const Attribution& a = ctx_.doc.attributions[i];
    const int32_t entity = ctx_.entity_of(i);
    const bool anchor = marks_.anchor[i] == id && piece == 0;
    out_ += "<mark class=\"m ";
    switch (role) {
      case source: out_ += "s "; break;
      case cue: out_ += "q "; break;
      case content: out_ += "t "; break;
      case recipient: out_ += "r "; break;
    }
    out_ += ctx_.colour_class(entity);
    if (role == content) {
      out_ += ' ';
      out_ += quote_class(a.quote);
      if (a.parent >= 0) out_ += " nested";
    }
    if (anchor) out_ += " anchor";
    out_ += "\" data-a=\"" + ArticleContext::attribution_key(i) + "\" data-role=\"";
    out_ += kRoleNames[role];
    out_ += '"';
    if (entity >= 0) out_ += " data-e=\"" + ctx_.entity_anchor(static_cast<std::size_t>(entity)) + "\"";
    if (piece == 0) {
      const Span s = role == source ? a.source : role == cue ? a.cue : role == content ? a.content : *a.recipient;
      out_ += " data-start=\"" + std::to_string(ctx_.cp(s.begin)) + "\" data-end=\"" + std::to_string(ctx_.cp(s.end)) + "\"";
    } else {
      out_ += " data-part=\"" + std::to_string(piece + 1) + "\"";
    }
    if (anchor) {
      out_ += " id=\"" + ctx_.attribution_anchor(i) + "\" tabindex=\"0\" aria-describedby=\"" +
              ctx_.attribution_row(i) + "\" data-n=\"" + std::to_string(i + 1) + "\"";
    }
    out_ += '>';
  }

  const ArticleContext& ctx_;
  std::string& out_;
  TextMarks marks_;
};

}  // namespace

void write_article_text(const ArticleContext& ctx, std::string& out) { TextWriter(ctx, out).run(); }

}  // namespace whosaid::report
