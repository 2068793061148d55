#include "graph/attribution_graph.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/codepoints.h"
#include "graph/source_key.h"

namespace whosaid::graph {

std::string_view to_string(VertexKind k) {
  switch (k) {
    case VertexKind::document: return "document";
    case VertexKind::source: return "source";
    case VertexKind::claim: return "claim";
    case VertexKind::recipient: return "recipient";
    case VertexKind::origin: return "origin";
  }
  return "source";
}

std::string_view to_string(EdgeKind k) {
  switch (k) {
    case EdgeKind::asserts: return "asserts";
    case EdgeKind::denies: return "denies";
    case EdgeKind::refuses_comment: return "refuses_comment";
    case EdgeKind::relays: return "relays";
    case EdgeKind::told_to: return "told_to";
    case EdgeKind::member_of: return "member_of";
    case EdgeKind::reported_in: return "reported_in";
    case EdgeKind::republishes: return "republishes";
  }
  return "asserts";
}

// Adds one document. Analysis output is trusted for meaning but not for
// bounds: an index or span that points outside the document is ignored, so a
// bad extraction gives a smaller graph, never a crash.
class AttributionGraph::DocumentBuilder {
 public:
  DocumentBuilder(AttributionGraph& graph, const Document& doc)
      : graph_(graph), doc_(doc), cp_(doc.text),
        entity_vertex_(doc.entities.size()) {}

  // Fields whose values repeat across vertices and documents are interned;
  // ids and claim texts are kept as they are (text_store.h).
  Text intern(std::string_view s) { return graph_.texts_.intern(s); }
  Text keep(std::string_view s) { return graph_.texts_.keep(s); }

  void run() {
    add_document_vertex();
    const auto& attributions = doc_.attributions;
    std::vector<std::optional<Vertex>> source(attributions.size()), claim(attributions.size()),
        recipient(attributions.size());
    for (std::size_t i = 0; i < attributions.size(); ++i) {
      source[i] = source_vertex(attributions[i], i);
      claim[i] = claim_vertex(attributions[i], i);
      recipient[i] = recipient_vertex(attributions[i]);
    }
    for (std::size_t i = 0; i < attributions.size(); ++i) {
      const Attribution& a = attributions[i];
      EdgeProps speech = attribution_edge(speech_kind(a.type), a, i);
      graph_.add_edge(*source[i], claim[i] ? *claim[i] : document_, std::move(speech));
      if (!claim[i]) continue;
      if (reported_.insert(*claim[i]).second) {
        EdgeProps e = plain_edge(EdgeKind::reported_in, a, i);
        e.content_span = cp(a.content);
        graph_.add_edge(*claim[i], document_, std::move(e));
      }
      if (recipient[i] && !has_edge(*claim[i], *recipient[i], EdgeKind::told_to)) {
        EdgeProps e = plain_edge(EdgeKind::told_to, a, i);
        e.recipient = intern(text(*a.recipient));
        e.recipient_span = cp(*a.recipient);
        graph_.add_edge(*claim[i], *recipient[i], std::move(e));
      }
      if (a.parent >= 0 && static_cast<std::size_t>(a.parent) < attributions.size() &&
          static_cast<std::size_t>(a.parent) != i) {
        auto p = static_cast<std::size_t>(a.parent);
        if (claim[p] && *claim[p] != *claim[i] && !has_edge(*claim[p], *claim[i], EdgeKind::relays)) {
          EdgeProps e = plain_edge(EdgeKind::relays, a, i);
          e.parent = attribution_id(attributions[p], p);
          graph_.add_edge(*claim[p], *claim[i], std::move(e));
        }
      }
    }
    add_memberships();
  }

 private:
  static EdgeKind speech_kind(AttributionType t) {
    switch (t) {
      case AttributionType::statement: return EdgeKind::asserts;
      case AttributionType::denial: return EdgeKind::denies;
      case AttributionType::refusal: return EdgeKind::refuses_comment;
    }
    return EdgeKind::asserts;
  }
  static uint32_t attribution_id(const Attribution& a, std::size_t index) {
    return a.id != 0 ? a.id : static_cast<uint32_t>(index + 1);
  }

  bool valid(Span s) const { return s.begin <= s.end && s.end <= doc_.text.size(); }
  std::string_view text(Span s) const { return valid(s) ? doc_.slice(s) : std::string_view(); }
  std::optional<CpSpan> cp(Span s) const {
    if (!valid(s) || s.empty()) return std::nullopt;
    return CpSpan{cp_.at(s.begin), cp_.at(s.end)};
  }
  template <class T>
  static bool in_range(int64_t index, const std::vector<T>& v) {
    return index >= 0 && static_cast<uint64_t>(index) < v.size();
  }

  bool has_edge(Vertex from, Vertex to, EdgeKind kind) const {
    for (auto [it, end] = boost::out_edges(from, graph_.g_); it != end; ++it)
      if (boost::target(*it, graph_.g_) == to && graph_.g_[*it].kind == kind) return true;
    return false;
  }

  void add_document_vertex() {
    ordinal_ = static_cast<uint32_t>(graph_.documents_++);
    graph_.document_ids_.push_back(doc_.id);
    std::string scope = doc_.id.empty() ? "doc" + std::to_string(ordinal_ + 1) : doc_.id;
    std::string id = graph_.unique_id("doc:" + scope);
    scope_ = id.substr(4);  // a repeated document id gets "#2": every id below follows it
    document_id_ = intern(doc_.id);
    VertexProps v;
    v.kind = VertexKind::document;
    v.id = keep(id);
    v.name = intern(doc_.name);
    v.label = doc_.id.empty() ? v.name : document_id_;
    v.document = document_id_;
    v.documents = {ordinal_};
    v.lang = intern(doc_.lang);
    v.publisher = intern(doc_.provenance.publisher);
    v.agency = intern(doc_.provenance.agency);
    v.date = intern(doc_.provenance.date);
    v.url = intern(doc_.provenance.original_url);
    v.characters = cp_.at(static_cast<uint32_t>(doc_.text.size()));
    document_ = graph_.add_vertex(std::move(v));
    add_origin();
  }

  // The original a document credits: one vertex per link, else per agency and
  // date ("the same wire story"), else per agency; every document crediting
  // it points to it, so a corpus graph groups the republications of a story.
  void add_origin() {
    const Provenance& p = doc_.provenance;
    if (p.original_url.empty() && p.agency.empty()) return;
    const std::string key = !p.original_url.empty() ? "url:" + p.original_url
                            : p.date.empty()        ? "agency:" + normalize_name(p.agency)
                                                    : "story:" + normalize_name(p.agency) + "|" + normalize_name(p.date);
    const std::string id = "origin:" + key;
    Vertex origin;
    if (auto it = graph_.by_id_.find(id); it != graph_.by_id_.end()) {
      origin = it->second;
      VertexProps& v = graph_.g_[origin];
      if (v.documents.empty() || v.documents.back() != ordinal_) v.documents.push_back(ordinal_);
    } else {
      VertexProps v = base_vertex(VertexKind::origin, id);
      v.agency = intern(p.agency);
      v.date = intern(p.date);
      v.url = intern(p.original_url);
      v.label = !p.agency.empty() ? keep(p.agency + (p.date.empty() ? "" : ", " + p.date)) : v.url;
      origin = graph_.add_vertex(std::move(v));
    }
    EdgeProps e;
    e.kind = EdgeKind::republishes;
    e.document = document_id_;
    graph_.add_edge(document_, origin, std::move(e));
  }

  VertexProps base_vertex(VertexKind kind, std::string id) {
    VertexProps v;
    v.kind = kind;
    v.id = graph_.texts_.keep(graph_.unique_id(std::move(id)));
    v.document = document_id_;
    v.documents = {ordinal_};
    return v;
  }

  std::string_view mention_text(int64_t mention) const {
    return in_range(mention, doc_.mentions) ? text(doc_.mentions[mention].span) : std::string_view();
  }
  Text unnamed() { return intern("(unnamed source)"); }

  Vertex source_vertex(const Attribution& a, std::size_t index) {
    if (in_range(a.source_mention, doc_.mentions)) {
      const Mention& m = doc_.mentions[a.source_mention];
      if (in_range(m.entity, doc_.entities)) return entity_vertex(static_cast<std::size_t>(m.entity));
      auto [it, fresh] = mention_vertex_.try_emplace(a.source_mention);
      if (fresh) {
        VertexProps v = base_vertex(VertexKind::source,
                                    "source:" + scope_ + ":m" + std::to_string(a.source_mention + 1));
        v.mention = intern(mention_text(a.source_mention));
        v.label = v.mention.empty() ? unnamed() : v.mention;
        it->second = graph_.add_vertex(std::move(v));
      }
      return it->second;
    }
    // No mention at all ("selon des informations de presse"): one vertex per attribution.
    VertexProps v = base_vertex(VertexKind::source,
                                "source:" + scope_ + ":a" + std::to_string(attribution_id(a, index)));
    v.mention = intern(text(a.source));
    v.label = v.mention.empty() ? unnamed() : v.mention;
    return graph_.add_vertex(std::move(v));
  }

  Vertex entity_vertex(std::size_t e) {
    if (entity_vertex_[e]) return *entity_vertex_[e];
    const Entity& entity = doc_.entities[e];
    std::string_view first_mention;
    for (uint32_t m : entity.mentions)
      if (in_range(m, doc_.mentions)) {
        first_mention = mention_text(m);
        break;
      }
    std::string key = source_key(entity);
    if (!key.empty()) {
      if (auto it = graph_.named_sources_.find(key); it != graph_.named_sources_.end()) {
        VertexProps& v = graph_.g_[it->second];
        if (v.documents.empty() || v.documents.back() != ordinal_) v.documents.push_back(ordinal_);
        if (v.affiliation.empty()) v.affiliation = intern(entity.affiliation);
        if (v.role.empty()) v.role = intern(entity.role);
        entity_vertex_[e] = it->second;
        return it->second;
      }
    }
    std::string id = key.empty() ? "source:" + scope_ + ":e" + std::to_string(entity.id ? entity.id : e + 1)
                                 : "name:" + key;
    VertexProps v = base_vertex(VertexKind::source, std::move(id));
    v.has_entity = true;
    v.entity_kind = entity.kind;
    v.anonymous = entity.anonymous;
    v.count = entity.count;
    v.affiliation = intern(entity.affiliation);
    v.role = intern(entity.role);
    v.name = intern(entity.name);
    v.mention = intern(first_mention);
    v.label = !key.empty()            ? v.name
              : !entity.label.empty() ? intern(entity.label)
              : !first_mention.empty() ? v.mention
                                       : unnamed();
    Vertex vertex = graph_.add_vertex(std::move(v));
    entity_vertex_[e] = vertex;
    if (!key.empty()) graph_.named_sources_.emplace(keep(key).view(), vertex);
    return vertex;
  }

  std::optional<Vertex> claim_vertex(const Attribution& a, std::size_t index) {
    bool has_content = valid(a.content) && !a.content.empty();
    if (!has_content && a.type == AttributionType::refusal) return std::nullopt;
    if (has_content) {
      auto it = claims_.find({a.content.begin, a.content.end});
      if (it != claims_.end()) return it->second;
    }
    VertexProps v = base_vertex(VertexKind::claim,
                                "claim:" + scope_ + ":" + std::to_string(attribution_id(a, index)));
    v.text = keep(text(a.content));
    v.label = has_content ? v.text : intern("(no content)");
    v.span = cp(a.content);
    v.quote = a.quote;
    v.section = a.section;
    v.sentence = a.sentence;
    Vertex vertex = graph_.add_vertex(std::move(v));
    if (has_content) claims_.emplace(std::pair{a.content.begin, a.content.end}, vertex);
    return vertex;
  }

  std::optional<Vertex> recipient_vertex(const Attribution& a) {
    if (!a.recipient || !valid(*a.recipient) || a.recipient->empty()) return std::nullopt;
    std::string_view written = text(*a.recipient);
    auto [it, fresh] = recipients_.try_emplace(normalize_name(written));
    if (fresh) {
      VertexProps v = base_vertex(VertexKind::recipient,
                                  "recipient:" + scope_ + ":" + std::to_string(recipients_.size()));
      v.text = intern(written);
      v.label = v.text;
      v.span = cp(*a.recipient);
      it->second = graph_.add_vertex(std::move(v));
    }
    return it->second;
  }

  EdgeProps plain_edge(EdgeKind kind, const Attribution& a, std::size_t index) {
    EdgeProps e;
    e.kind = kind;
    e.document = document_id_;
    e.attribution = attribution_id(a, index);
    e.rule = graph_.texts_.intern(a.rule);
    return e;
  }

  EdgeProps attribution_edge(EdgeKind kind, const Attribution& a, std::size_t index) {
    EdgeProps e = plain_edge(kind, a, index);
    e.cue = intern(text(a.cue));
    e.cue_lemma = intern(a.cue_lemma);
    e.type = a.type;
    e.quote = a.quote;
    e.section = a.section;
    e.belief = a.belief;
    if (in_range(a.parent, doc_.attributions) && static_cast<std::size_t>(a.parent) != index)
      e.parent = attribution_id(doc_.attributions[a.parent], static_cast<std::size_t>(a.parent));
    if (a.recipient) e.recipient = intern(text(*a.recipient));
    e.source_span = cp(a.source);
    e.cue_span = cp(a.cue);
    e.content_span = cp(a.content);
    if (a.recipient) e.recipient_span = cp(*a.recipient);
    return e;
  }

  // A member speaks; its group may not: the group gets a vertex so that the
  // member_of edge has somewhere to go ("l'une des sources" -> "trois sources").
  void add_memberships() {
    const auto& entities = doc_.entities;
    auto group_of = [&](std::size_t e) -> std::optional<std::size_t> {
      auto m = entities[e].member_of;
      if (!m || *m >= entities.size() || *m == e) return std::nullopt;
      return *m;
    };
    for (std::size_t e = 0; e < entities.size(); ++e) {
      if (!entity_vertex_[e]) continue;
      // Follow the chain up; the step bound stops a cycle in bad input.
      std::size_t at = e;
      for (std::size_t step = 0; step < entities.size(); ++step) {
        auto g = group_of(at);
        if (!g || entity_vertex_[*g]) break;
        entity_vertex(*g);
        at = *g;
      }
    }
    for (std::size_t e = 0; e < entities.size(); ++e) {
      auto g = group_of(e);
      if (!entity_vertex_[e] || !g || !entity_vertex_[*g]) continue;
      Vertex from = *entity_vertex_[e], to = *entity_vertex_[*g];
      if (from == to || has_edge(from, to, EdgeKind::member_of)) continue;
      EdgeProps p;
      p.kind = EdgeKind::member_of;
      p.document = document_id_;
      graph_.add_edge(from, to, std::move(p));
    }
  }

  AttributionGraph& graph_;
  const Document& doc_;
  CodepointIndex cp_;
  uint32_t ordinal_ = 0;
  std::string scope_;
  Text document_id_;
  Vertex document_ = 0;
  std::vector<std::optional<Vertex>> entity_vertex_;
  std::map<int32_t, Vertex> mention_vertex_;
  std::map<std::pair<uint32_t, uint32_t>, Vertex> claims_;
  std::map<std::string, Vertex> recipients_;
  std::set<Vertex> reported_;  // claims whose reported_in edge exists
};

void AttributionGraph::add_document(const Document& doc) { DocumentBuilder(*this, doc).run(); }

Vertex AttributionGraph::add_vertex(VertexProps props) {
  const std::string_view id = props.id;  // stored in texts_ by the builder
  Vertex v = boost::add_vertex(std::move(props), g_);
  by_id_.emplace(id, v);
  return v;
}

Edge AttributionGraph::add_edge(Vertex from, Vertex to, EdgeProps props) {
  props.index = next_edge_++;
  return boost::add_edge(from, to, std::move(props), g_).first;
}

std::string AttributionGraph::unique_id(std::string wanted) const {
  if (!by_id_.contains(wanted)) return wanted;
  for (int n = 2;; ++n) {
    std::string candidate = wanted + "#" + std::to_string(n);
    if (!by_id_.contains(candidate)) return candidate;
  }
}

std::vector<Edge> AttributionGraph::ordered_edges() const {
  std::vector<Edge> out;
  out.reserve(boost::num_edges(g_));
  for (auto [it, end] = boost::edges(g_); it != end; ++it) out.push_back(*it);
  std::sort(out.begin(), out.end(), [&](Edge a, Edge b) { return g_[a].index < g_[b].index; });
  return out;
}

}  // namespace whosaid::graph
