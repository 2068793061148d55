#include "export/document_json.h"

#include <charconv>

#include "core/codepoints.h"

namespace whosaid {
namespace {

// "e1" for entity 0, "a1" for attribution 0, without a heap string.
void write_id(JsonWriter& w, char prefix, uint32_t index) {
  char buffer[16];
  buffer[0] = prefix;
  const auto end = std::to_chars(buffer + 1, buffer + sizeof buffer, index + 1).ptr;
  w.value(std::string_view(buffer, static_cast<size_t>(end - buffer)));
}

void write_ids(JsonWriter& w, char prefix, const std::vector<uint32_t>& indices) {
  w.begin_array();
  for (uint32_t i : indices) write_id(w, prefix, i);
  w.end_array();
}

void write_optional(JsonWriter& w, const std::optional<int>& n) {
  if (n) w.value(*n);
  else w.null();
}

void write_text_or_null(JsonWriter& w, const std::string& text) {
  if (text.empty()) w.null();
  else w.value(text);
}

// Spans as {"end", "start", "text"} in code points; the unset span (0, 0) is
// null. Extra members (a mention's sentence) go between start and text, in
// key order, through `extra`.
class SpanWriter {
 public:
  SpanWriter(const Document& doc, JsonWriter& w) : doc_(doc), w_(w), index_(doc.text) {}

  template <typename Extra>
  void write(Span s, Extra&& extra) const {
    if (s.empty() && s.begin == 0 && s.end == 0) return w_.null();
    w_.begin_object();
    w_.key("end");
    w_.value(index_.at(s.end));
    extra();
    w_.key("start");
    w_.value(index_.at(s.begin));
    w_.key("text");
    w_.value(doc_.slice(s));
    w_.end_object();
  }
  void write(Span s) const { write(s, [] {}); }
  void optional(const std::optional<Span>& s) const {
    if (s) write(*s);
    else w_.null();
  }
  uint32_t cp(uint32_t byte) const { return index_.at(byte); }

 private:
  const Document& doc_;
  JsonWriter& w_;
  CodepointIndex index_;
};

void write_entity(JsonWriter& w, const Document& doc, const SpanWriter& span, uint32_t i) {
  const Entity& e = doc.entities[i];
  w.begin_object();
  w.key("affiliation");
  write_text_or_null(w, e.affiliation);
  w.key("affiliation_basis");
  if (e.affiliation.empty()) w.null();
  else w.value(e.affiliation_inferred ? "inferred" : "stated");
  w.key("anonymity_reason");
  span.optional(e.anonymity_reason);
  w.key("anonymous");
  w.value(e.anonymous);
  w.key("count");
  write_optional(w, e.count);
  w.key("id");
  write_id(w, 'e', i);
  w.key("kind");
  w.value(to_string(e.kind));
  w.key("label");
  w.value(e.label);
  w.key("member_of");
  if (e.member_of) write_id(w, 'e', *e.member_of);
  else w.null();
  w.key("mentions");
  w.begin_array();
  for (uint32_t m : e.mentions)
    span.write(doc.mentions[m].span, [&] {
      w.key("sentence");
      w.value(doc.mentions[m].sentence);
    });
  w.end_array();
  w.key("merge_rules");
  w.begin_array();
  for (const std::string& rule : e.merge_rules) w.value(rule);
  w.end_array();
  w.key("name");
  write_text_or_null(w, e.name);
  w.key("qualifiers");
  w.begin_array();
  for (Span q : e.qualifiers) span.write(q);
  w.end_array();
  w.key("role");
  write_text_or_null(w, e.role);
  w.end_object();
}

void write_attribution(JsonWriter& w, const Document& doc, const SpanWriter& span, uint32_t i) {
  const Attribution& a = doc.attributions[i];
  const int32_t entity = a.source_mention >= 0 ? doc.mentions[a.source_mention].entity : -1;
  auto span_or_null = [&](bool present, Span s) {
    if (present) span.write(s);
    else w.null();
  };
  w.begin_object();
  w.key("belief");
  w.value(a.belief);
  w.key("content");
  if (a.content.empty()) w.null();
  else if (a.incise.empty()) span.write(a.content);
  else
    // The tag inside the content: its two fragments beside the whole span.
    span.write(a.content, [&] {
      w.key("fragments");
      w.begin_array();
      span.write({a.content.begin, a.incise.begin});
      span.write({a.incise.end, a.content.end});
      w.end_array();
    });
  w.key("cue");
  span_or_null(!a.cue.empty(), a.cue);
  w.key("cue_lemma");
  w.value(a.cue_lemma);
  w.key("entity");
  if (entity >= 0) write_id(w, 'e', static_cast<uint32_t>(entity));
  else w.null();
  w.key("id");
  write_id(w, 'a', i);
  w.key("parent");
  if (a.parent >= 0) write_id(w, 'a', static_cast<uint32_t>(a.parent));
  else w.null();
  w.key("quote");
  w.value(to_string(a.quote));
  w.key("recipient");
  span.optional(a.recipient);
  w.key("rule");
  w.value(a.rule);
  w.key("section");
  w.value(to_string(a.section));
  w.key("sentence");
  w.value(a.sentence);
  w.key("source");
  span_or_null(a.source_mention >= 0, a.source);
  w.key("type");
  w.value(to_string(a.type));
  w.end_object();
}

// The sourcing audit (core/audit.h): entities as "e1", attributions as "a1".
void write_audit(JsonWriter& w, const Audit& a) {
  w.begin_object();
  w.key("affiliation_inferred");
  w.value(a.affiliation_inferred);
  w.key("affiliation_stated");
  w.value(a.affiliation_stated);
  w.key("anonymous");
  w.value(a.anonymous);
  w.key("anonymous_without_reason");
  write_ids(w, 'e', a.anonymous_without_reason);
  w.key("attributions");
  w.value(a.attributions);
  w.key("by_source");
  w.begin_array();
  for (const Audit::Source& s : a.by_source) {
    w.begin_object();
    w.key("attributions");
    w.value(s.attributions);
    w.key("denials");
    w.value(s.denials);
    w.key("entity");
    write_id(w, 'e', s.entity);
    w.key("refusals");
    w.value(s.refusals);
    w.key("statements");
    w.value(s.statements);
    w.end_object();
  }
  w.end_array();
  w.key("groups");
  w.begin_array();
  for (const Audit::Group& g : a.groups) {
    w.begin_object();
    w.key("entity");
    write_id(w, 'e', g.entity);
    w.key("members");
    write_ids(w, 'e', g.members);
    w.key("size");
    write_optional(w, g.size);
    w.end_object();
  }
  w.end_array();
  w.key("named");
  w.value(a.named);
  w.key("single_anonymous_claims");
  write_ids(w, 'a', a.single_anonymous_claims);
  w.key("sources");
  w.value(a.sources);
  w.key("unqualified");
  write_ids(w, 'e', a.unqualified);
  w.key("unsourced");
  w.value(a.unsourced);
  w.end_object();
}

// Where the article comes from (docs/input.md); keys with nothing found are left out.
void write_provenance(JsonWriter& w, const Provenance& p) {
  auto field = [&](const char* name, const std::string& value) {
    if (value.empty()) return;
    w.key(name);
    w.value(value);
  };
  w.begin_object();
  field("agency", p.agency);
  if (!p.authors.empty()) {
    w.key("authors");
    w.begin_array();
    for (const std::string& author : p.authors) w.value(author);
    w.end_array();
  }
  field("date", p.date);
  field("original_url", p.original_url);
  field("publisher", p.publisher);
  w.end_object();
}


// Writes the document into `out`; `spill()` is called where the buffer may be
// handed on (after each attribution and entity, and each piece of the text).
template <typename Spill>
void write_document(const Document& doc, JsonWriter::Style style, std::string& out, Spill&& spill, size_t piece) {
  JsonWriter w(out, style);
  const SpanWriter span(doc, w);
  w.begin_object();
  w.key("attributions");
  w.begin_array();
  for (uint32_t i = 0; i < doc.attributions.size(); ++i) {
    write_attribution(w, doc, span, i);
    spill();
  }
  w.end_array();
  w.key("audit");
  write_audit(w, doc.audit);
  w.key("entities");
  w.begin_array();
  for (uint32_t i = 0; i < doc.entities.size(); ++i) {
    write_entity(w, doc, span, i);
    spill();
  }
  w.end_array();
  w.key("id");
  w.value(doc.id);
  w.key("lang");
  w.value(doc.lang);
  if (!doc.metadata_json.empty()) {
    w.key("metadata");
    w.json_text(doc.metadata_json);
  }
  w.key("name");
  w.value(doc.name);
  w.key("provenance");
  write_provenance(w, doc.provenance);
  // The page's sections in code points: header, body, comment, chrome (docs/input.md).
  w.key("sections");
  w.begin_array();
  for (const Section& section : doc.sections) {
    w.begin_object();
    w.key("end");
    w.value(span.cp(section.span.end));
    w.key("kind");
    w.value(to_string(section.kind));
    w.key("start");
    w.value(span.cp(section.span.begin));
    w.end_object();
  }
  w.end_array();
  w.key("stats");
  w.begin_object();
  w.key("characters");
  w.value(span.cp(static_cast<uint32_t>(doc.text.size())));
  w.key("quotations");
  w.value(static_cast<uint64_t>(doc.quotes.size()) + doc.windowed.quotations);
  w.key("sentences");
  w.value(static_cast<uint64_t>(doc.sentences.size()) + doc.windowed.sentences);
  w.key("tokens");
  w.value(static_cast<uint64_t>(doc.tokens.size()) + doc.windowed.tokens);
  w.end_object();
  // Text built from markup (HTML): the spans point into it, so it travels with them.
  if (!doc.provenance.input_format.empty()) {
    w.key("text");
    w.value_in_pieces(doc.text, piece, spill);
  }
  w.end_object();
}

}  // namespace

void write_document_json(const Document& doc, JsonWriter::Style style, std::string& out) {
  write_document(doc, style, out, [] {}, std::string::npos);
}

void write_document_json(const Document& doc, JsonWriter::Style style, std::string& buffer,
                         const std::function<void(std::string_view)>& sink, size_t piece) {
  buffer.clear();
  auto spill = [&] {
    if (buffer.size() < piece) return;
    sink(buffer);
    buffer.clear();
  };
  write_document(doc, style, buffer, spill, piece);
  if (!buffer.empty()) sink(buffer);
  buffer.clear();
}

nlohmann::json document_to_json(const Document& doc) {
  std::string text;
  write_document_json(doc, JsonWriter::Style::one_line, text);
  return nlohmann::json::parse(text);
}

}  // namespace whosaid
