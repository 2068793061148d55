// The attribution graph: who said what, to whom, on whose word, in which
// article, as a Boost.Graph multigraph with bundled properties.
//
// Vertices                          Edges (all directed)
//   document  an analysed article     asserts          source -> claim
//   source    a speaker (entity)      denies           source -> claim
//   claim     what was said           refuses_comment  source -> claim, or
//   recipient whom it was said to                      source -> document when
//                                                      the refusal has no topic
//                                     relays           outer claim -> nested claim
//                                     told_to          claim -> recipient
//                                     member_of        source -> group source
//                                     reported_in      claim -> document
//   origin    the original a document   republishes      document -> origin
//             credits (wire story,
//             link): docs/input.md
//
// The graph owns copies of everything it shows (labels, texts, code point
// spans), so a document can be dropped once added: a corpus streams. It keeps
// only what it shows, each string once (text_store.h): its memory grows with
// the vertices and edges (sources, claims, documents), not with the text read
// (docs/scale-out.md has the figure). The Text fields below are valid while
// the graph lives.
//
//   AttributionGraph graph;
//   for (Document& doc : ...) { pipeline.analyze(doc); graph.add_document(doc); }
//   GraphFigures f = compute_figures(graph);
//
// Identity: a claim is one content span of one document (two attributions of
// the same span, "X et Y ont déclaré que ...", share it). A named source merges
// across documents by source_key() (source_key.h); anonymous sources, sources
// with no entity and recipients stay per document. Vertices are numbered in
// insertion order and edges keep their insertion sequence (ordered_edges()),
// so every writer's output is deterministic.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "core/attribution.h"
#include "core/document.h"
#include "graph/text_store.h"

namespace whosaid::graph {

enum class VertexKind : uint8_t { document, source, claim, recipient, origin };
enum class EdgeKind : uint8_t { asserts, denies, refuses_comment, relays, told_to, member_of, reported_in, republishes };
inline constexpr int kVertexKinds = 5;
inline constexpr int kEdgeKinds = 8;

std::string_view to_string(VertexKind);
std::string_view to_string(EdgeKind);

// A span of a document's text in Unicode code points (Python's text[start:end]).
struct CpSpan {
  uint32_t start = 0;
  uint32_t end = 0;
};

struct VertexProps {
  VertexKind kind = VertexKind::source;
  Text id;                        // unique in the graph: "doc:a1", "claim:a1:3", "name:vladimir poutine"
  Text label;                     // the text to show (untruncated; writers shorten it)
  Text document;                  // id of the document it first appeared in
  std::vector<uint32_t> documents;  // ordinals (add_document order) of every document it appears in

  // document (and origin: agency, date, url)
  Text name;                      // document: the input name; source: the person's name
  Text lang;
  Text publisher, agency, date, url;
  uint32_t characters = 0;        // document length in code points

  // source
  bool has_entity = false;        // false: built from the mention text (or nothing) alone
  EntityKind entity_kind = EntityKind::person;  // meaningful when has_entity
  bool anonymous = true;
  std::optional<int> count;       // 1 for one person, N for "N sources"
  Text affiliation;               // ISO 3166 alpha-2, empty when unknown
  Text role;
  Text mention;                   // the first mention's text as written

  // claim and recipient
  Text text;                      // claim content / recipient as written
  std::optional<CpSpan> span;     // where, in `document`
  QuoteKind quote = QuoteKind::none;
  SectionKind section = SectionKind::body;
  uint32_t sentence = 0;
};

struct EdgeProps {
  EdgeKind kind = EdgeKind::asserts;
  uint32_t index = 0;             // insertion sequence, 0-based
  Text document;                  // id of the document the edge comes from
  uint32_t attribution = 0;       // the attribution's 1-based id; 0 for member_of
  Text cue;                       // the cue as written: "a déclaré", "selon"
  Text cue_lemma;
  Text rule;                      // the extraction pattern's id
  AttributionType type = AttributionType::statement;
  QuoteKind quote = QuoteKind::none;
  SectionKind section = SectionKind::body;
  bool belief = false;
  std::optional<uint32_t> parent; // the 1-based id of the attribution this one is nested in
  Text recipient;                 // recipient as written, for speech edges
  std::optional<CpSpan> source_span, cue_span, content_span, recipient_span;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

// asserts, denies, refuses_comment: the edges that carry one attribution each.
constexpr bool is_speech(EdgeKind k) {
  return k == EdgeKind::asserts || k == EdgeKind::denies || k == EdgeKind::refuses_comment;
}

class AttributionGraph {
 public:
  // Adds one analysed document (mentions, entities, attributions filled).
  // Indices that point outside their vectors are skipped, never trusted.
  void add_document(const Document& doc);

  const Graph& graph() const { return g_; }
  std::size_t document_count() const { return documents_; }
  // Every edge in insertion order.
  std::vector<Edge> ordered_edges() const;
  // The document ids, in add_document order (index = ordinal).
  const std::vector<std::string>& document_ids() const { return document_ids_; }
  // Where every Text of the graph lives.
  const TextStore& texts() const { return texts_; }

  AttributionGraph() = default;
  AttributionGraph(AttributionGraph&&) = default;
  AttributionGraph& operator=(AttributionGraph&&) = default;
  // A copy would point into the other graph's strings.
  AttributionGraph(const AttributionGraph&) = delete;
  AttributionGraph& operator=(const AttributionGraph&) = delete;

 private:
  class DocumentBuilder;
  Vertex add_vertex(VertexProps props);
  Edge add_edge(Vertex from, Vertex to, EdgeProps props);
  std::string unique_id(std::string wanted) const;

  Graph g_;
  std::size_t documents_ = 0;
  uint32_t next_edge_ = 0;
  std::vector<std::string> document_ids_;
  TextStore texts_;
  std::unordered_map<std::string_view, Vertex> by_id_;          // views of the ids in texts_; lookup only
  std::unordered_map<std::string_view, Vertex> named_sources_;  // source_key (in texts_) -> vertex
};

}  // namespace whosaid::graph
