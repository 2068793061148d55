// The attribution graph built from hand-made analysed documents: what vertices
// and edges each attribution gives, merging across documents, and the figures.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "graph/attribution_graph.h"
#include "graph/figures.h"
#include "graph/graph_fixtures.h"
#include "graph/source_key.h"

using namespace whosaid;
using namespace whosaid::graph;
using whosaid::testing::add_attribution;
using whosaid::testing::add_mention;
using whosaid::testing::find_span;
using whosaid::testing::kremlin_document;
using whosaid::testing::make_entity;

namespace {

const VertexProps* vertex_by_id(const AttributionGraph& graph, std::string_view id) {
  const Graph& g = graph.graph();
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    if (g[*it].id == id) return &g[*it];
  return nullptr;
}

std::size_t vertex_index(const AttributionGraph& graph, std::string_view id) {
  const Graph& g = graph.graph();
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    if (g[*it].id == id) return *it;
  FAIL("no vertex " << id);
  return 0;
}

// "asserts claim:kremlin:2 -> ..." lines in insertion order: the graph's canonical dump.
std::vector<std::string> edge_dump(const AttributionGraph& graph) {
  const Graph& g = graph.graph();
  std::vector<std::string> out;
  for (Edge e : graph.ordered_edges())
    out.push_back(std::string(to_string(g[e].kind)) + " " + g[boost::source(e, g)].id + " -> " +
                  g[boost::target(e, g)].id);
  return out;
}

}  // namespace

TEST_CASE("one document gives every vertex and edge kind", "[graph]") {
  AttributionGraph graph;
  graph.add_document(kremlin_document());
  GraphFigures f = compute_figures(graph);

  CHECK(f.vertices == 13);
  CHECK(f.count(VertexKind::document) == 1);
  CHECK(f.count(VertexKind::source) == 6);  // 4 entities, 1 mention without entity, 1 attribution without mention
  CHECK(f.count(VertexKind::claim) == 5);   // the refusal has no content
  CHECK(f.count(VertexKind::recipient) == 1);

  CHECK(f.edges == 14);
  CHECK(f.count(EdgeKind::asserts) == 4);
  CHECK(f.count(EdgeKind::denies) == 1);
  CHECK(f.count(EdgeKind::refuses_comment) == 1);
  CHECK(f.count(EdgeKind::reported_in) == 5);
  CHECK(f.count(EdgeKind::told_to) == 1);
  CHECK(f.count(EdgeKind::relays) == 1);
  CHECK(f.count(EdgeKind::member_of) == 1);
  CHECK(f.components == 1);

  std::vector<std::string> expected = {
      "denies name:kremlin -> claim:kremlin:1",
      "reported_in claim:kremlin:1 -> doc:kremlin",
      "asserts source:kremlin:e2 -> claim:kremlin:2",
      "reported_in claim:kremlin:2 -> doc:kremlin",
      "told_to claim:kremlin:2 -> recipient:kremlin:1",
      "asserts source:kremlin:e3 -> claim:kremlin:3",
      "reported_in claim:kremlin:3 -> doc:kremlin",
      "asserts name:vladimir poutine -> claim:kremlin:4",
      "reported_in claim:kremlin:4 -> doc:kremlin",
      "relays claim:kremlin:3 -> claim:kremlin:4",
      "refuses_comment source:kremlin:m5 -> doc:kremlin",
      "asserts source:kremlin:a6 -> claim:kremlin:6",
      "reported_in claim:kremlin:6 -> doc:kremlin",
      "member_of source:kremlin:e3 -> source:kremlin:e2",
  };
  CHECK(edge_dump(graph) == expected);
}

TEST_CASE("vertices carry the entity and the text, spans in code points", "[graph]") {
  Document doc = kremlin_document();
  AttributionGraph graph;
  graph.add_document(doc);

  const VertexProps* kremlin = vertex_by_id(graph, "name:kremlin");
  REQUIRE(kremlin);
  CHECK(kremlin->label == "Kremlin");
  CHECK(kremlin->has_entity);
  CHECK(kremlin->entity_kind == EntityKind::organization);
  CHECK_FALSE(kremlin->anonymous);
  CHECK(kremlin->affiliation == "RU");
  CHECK(kremlin->mention == "Le Kremlin");

  const VertexProps* group = vertex_by_id(graph, "source:kremlin:e2");
  REQUIRE(group);
  CHECK(group->label == "Trois sources");
  CHECK(group->count == 3);
  CHECK(group->anonymous);

  const VertexProps* spokesman = vertex_by_id(graph, "source:kremlin:m5");
  REQUIRE(spokesman);
  CHECK_FALSE(spokesman->has_entity);
  CHECK(spokesman->label == "Le porte-parole");

  const VertexProps* diplomats = vertex_by_id(graph, "source:kremlin:a6");
  REQUIRE(diplomats);
  CHECK(diplomats->label == "Des diplomates");

  // "Le Kremlin a démenti que " is 25 code points and 26 bytes (é).
  const VertexProps* claim = vertex_by_id(graph, "claim:kremlin:1");
  REQUIRE(claim);
  CHECK(claim->text == "des troupes aient franchi la frontière");
  REQUIRE(claim->span);
  CHECK(find_span(doc.text, "des troupes").begin == 26);
  CHECK(claim->span->start == 25);
  CHECK(claim->span->end == 25 + 38);

  const VertexProps* reuters = vertex_by_id(graph, "recipient:kremlin:1");
  REQUIRE(reuters);
  CHECK(reuters->text == "Reuters");

  const Graph& g = graph.graph();
  for (Edge e : graph.ordered_edges()) {
    const EdgeProps& p = g[e];
    if (p.kind == EdgeKind::denies) {
      CHECK(p.attribution == 1);
      CHECK(p.cue == "a démenti");
      CHECK(p.rule == "fr.test");
      REQUIRE(p.cue_span);
      CHECK(p.cue_span->start == 11);
      CHECK(p.cue_span->end == 20);
    }
    if (p.kind == EdgeKind::asserts && p.attribution == 4) CHECK(p.parent == 3u);
    if (p.kind == EdgeKind::asserts && p.attribution == 2) CHECK(p.recipient == "Reuters");
  }
}

TEST_CASE("figures: degrees over speech edges", "[graph]") {
  // "Moscou et Kiev ont affirmé que la trêve tenait": one claim, two speakers.
  Document doc;
  doc.id = "treve";
  doc.text = "Moscou et Kiev ont affirmé que la trêve tenait. Moscou a ajouté que les combats cessaient.";
  doc.entities.push_back(make_entity(EntityKind::organization, false, "Moscou", "RU"));
  doc.entities.push_back(make_entity(EntityKind::organization, false, "Kiev", "UA"));
  add_attribution(doc, add_mention(doc, "Moscou", 0), "ont affirmé", "la trêve tenait");
  add_attribution(doc, add_mention(doc, "Kiev", 1), "ont affirmé", "la trêve tenait");
  add_attribution(doc, add_mention(doc, "Moscou", 0, 1), "a ajouté", "les combats cessaient");

  AttributionGraph graph;
  graph.add_document(doc);
  GraphFigures f = compute_figures(graph);
  CHECK(f.count(VertexKind::claim) == 2);
  CHECK(f.count(EdgeKind::reported_in) == 2);
  CHECK(f.sources_per_claim[vertex_index(graph, "claim:treve:1")] == 2);
  CHECK(f.sources_per_claim[vertex_index(graph, "claim:treve:3")] == 1);
  CHECK(f.claims_per_source[vertex_index(graph, "name:moscou")] == 2);
  CHECK(f.claims_per_source[vertex_index(graph, "name:kiev")] == 1);
  CHECK(f.max_sources_per_claim == 2);
  CHECK(f.max_claims_per_source == 2);
  CHECK(f.sources_per_claim[vertex_index(graph, "doc:treve")] == 0);
}

TEST_CASE("named sources merge across documents, anonymous ones do not", "[graph]") {
  AttributionGraph graph;
  graph.add_document(kremlin_document("d1"));
  graph.add_document(kremlin_document("d2"));

  Document other;
  other.id = "d3";
  other.text = "Un témoin a affirmé que le pont était détruit.";
  other.entities.push_back(make_entity(EntityKind::person, true, "", "UA", "Un témoin"));
  add_attribution(other, add_mention(other, "Un témoin", 0), "a affirmé", "le pont était détruit");
  graph.add_document(other);

  GraphFigures f = compute_figures(graph);
  // d1 and d2 share Kremlin and Poutine (2 vertices); their 4 other sources each stay apart.
  CHECK(f.count(VertexKind::document) == 3);
  CHECK(f.count(VertexKind::source) == 2 + 4 + 4 + 1);
  CHECK(f.count(VertexKind::claim) == 5 + 5 + 1);
  CHECK(f.edges == 14 + 14 + 2);
  CHECK(f.components == 2);  // d1 and d2 are joined by Kremlin and Poutine; d3 stands alone
  CHECK(f.component[vertex_index(graph, "doc:d1")] == f.component[vertex_index(graph, "doc:d2")]);
  CHECK(f.component[vertex_index(graph, "doc:d3")] != f.component[vertex_index(graph, "doc:d1")]);
  CHECK(f.claims_per_source[vertex_index(graph, "name:vladimir poutine")] == 2);

  const VertexProps* poutine = vertex_by_id(graph, "name:vladimir poutine");
  REQUIRE(poutine);
  CHECK(poutine->documents == std::vector<uint32_t>{0, 1});
  CHECK(poutine->document == "d1");
  CHECK(vertex_by_id(graph, "source:d1:e2"));
  CHECK(vertex_by_id(graph, "source:d2:e2"));
  CHECK(graph.document_ids() == std::vector<std::string>{"d1", "d2", "d3"});
}

TEST_CASE("a repeated document id gets its own vertices", "[graph]") {
  AttributionGraph graph;
  graph.add_document(kremlin_document("same"));
  graph.add_document(kremlin_document("same"));
  CHECK(vertex_by_id(graph, "doc:same"));
  CHECK(vertex_by_id(graph, "doc:same#2"));
  CHECK(vertex_by_id(graph, "claim:same#2:1"));
  CHECK(compute_figures(graph).count(VertexKind::document) == 2);
}

TEST_CASE("indices and spans outside the document are skipped, not trusted", "[graph]") {
  Document doc;
  doc.id = "bad";
  doc.text = "Il a dit que oui.";
  Mention m;
  m.span = {0, 2};
  m.entity = 7;  // no such entity
  doc.mentions.push_back(m);
  Entity loop = make_entity(EntityKind::group, true, "", "");
  loop.member_of = 0;  // itself
  doc.entities.push_back(loop);
  Attribution a;
  a.id = 1;
  a.source_mention = 0;
  a.cue = {3, 8};
  a.content = {13, 400};  // past the end
  a.parent = 9;
  a.recipient = Span{500, 600};
  doc.attributions.push_back(a);
  a.id = 2;
  a.source_mention = 42;
  a.content = {13, 16};
  doc.attributions.push_back(a);

  AttributionGraph graph;
  graph.add_document(doc);
  GraphFigures f = compute_figures(graph);
  CHECK(f.count(VertexKind::source) == 2);
  CHECK(f.count(VertexKind::claim) == 2);  // the first one without content
  CHECK(f.count(VertexKind::recipient) == 0);
  CHECK(f.count(EdgeKind::member_of) == 0);
  CHECK(f.count(EdgeKind::relays) == 0);
  CHECK(vertex_by_id(graph, "claim:bad:1")->label == "(no content)");
}

TEST_CASE("an empty graph has no figures", "[graph]") {
  AttributionGraph graph;
  GraphFigures f = compute_figures(graph);
  CHECK(f.vertices == 0);
  CHECK(f.components == 0);
}

TEST_CASE("source_key: named sources by their normalized name", "[graph]") {
  struct Row {
    std::string name;
    bool anonymous;
    std::string key;
  };
  const Row rows[] = {
      {"Vladimir Poutine", false, "vladimir poutine"},
      {"  VLADIMIR \t Poutine ", false, "vladimir poutine"},
      {"Élysée", false, "élysée"},
      {"ŁUKASZ ŻUREK", false, "łukasz żurek"},
      {"Дмитрий ПЕСКОВ", false, "дмитрий песков"},
      {"Vladimir Poutine", true, ""},  // anonymous: never merged
      {"", false, ""},
  };
  for (const Row& row : rows) {
    Entity e = make_entity(EntityKind::person, row.anonymous, row.name, "");
    CHECK(source_key(e) == row.key);
  }
}
