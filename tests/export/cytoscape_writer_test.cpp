// The Cytoscape.js writer: the `elements` layout, read back with nlohmann and
// checked the way Cytoscape.js would load it (every id unique, every edge's
// ends and every compound parent present, parents are documents), on two
// ordinary documents and on a hostile one.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "export/export_test_util.h"
#include "export/hostile_fixture.h"
#include "graph/figures.h"
#include "graph/graph_fixtures.h"

using namespace whosaid;
using namespace whosaid::testing;
using nlohmann::json;

namespace {

struct Loaded {
  std::map<std::string, json> nodes;  // id -> data
  std::vector<json> edges;            // data
};

// What Cytoscape.js requires of an elements object; fails the test otherwise.
Loaded load_like_cytoscape(const json& j) {
  Loaded out;
  REQUIRE(j["elements"].is_object());
  for (const json& node : j["elements"]["nodes"]) {
    CHECK(node["group"] == "nodes");
    REQUIRE(node["data"]["id"].is_string());
    CHECK(node["classes"].is_string());
    CHECK(out.nodes.emplace(node["data"]["id"].get<std::string>(), node["data"]).second);
  }
  std::set<std::string> edge_ids;
  for (const json& edge : j["elements"]["edges"]) {
    CHECK(edge["group"] == "edges");
    const json& data = edge["data"];
    CHECK(edge_ids.insert(data["id"].get<std::string>()).second);
    CHECK_FALSE(out.nodes.count(data["id"].get<std::string>()));
    REQUIRE(out.nodes.count(data["source"].get<std::string>()));
    REQUIRE(out.nodes.count(data["target"].get<std::string>()));
    out.edges.push_back(data);
  }
  for (const auto& [id, data] : out.nodes) {
    if (!data.contains("parent")) continue;
    INFO(id);
    REQUIRE(out.nodes.count(data["parent"].get<std::string>()));
    CHECK(out.nodes.at(data["parent"].get<std::string>())["kind"] == "document");
  }
  return out;
}

}  // namespace

TEST_CASE("cytoscape: documents are compound parents of their own vertices", "[export][cytoscape]") {
  graph::AttributionGraph g;
  g.add_document(kremlin_document("d1"));
  g.add_document(kremlin_document("d2"));
  json j = json::parse(write_graph(g, "cytoscape"));
  CHECK(j["directed"] == true);
  CHECK(j["multigraph"] == true);
  CHECK(j["data"]["documents"] == 2);
  Loaded cy = load_like_cytoscape(j);
  CHECK(cy.nodes.size() == boost::num_vertices(g.graph()));

  // Named sources quoted in both articles stand outside; the rest is inside its article.
  CHECK_FALSE(cy.nodes.at("name:kremlin").contains("parent"));
  CHECK_FALSE(cy.nodes.at("name:vladimir poutine").contains("parent"));
  CHECK_FALSE(cy.nodes.at("doc:d1").contains("parent"));
  CHECK(cy.nodes.at("claim:d1:1")["parent"] == "doc:d1");
  CHECK(cy.nodes.at("claim:d2:1")["parent"] == "doc:d2");
  CHECK(cy.nodes.at("source:d2:e2")["parent"] == "doc:d2");
  CHECK(cy.nodes.at("recipient:d1:1")["parent"] == "doc:d1");

  // Every edge but reported_in, which the parent already says.
  graph::GraphFigures f = graph::compute_figures(g);
  CHECK(cy.edges.size() == f.edges - f.count(graph::EdgeKind::reported_in));
  std::map<std::string, int> kinds;
  for (const json& e : cy.edges) ++kinds[e["kind"].get<std::string>()];
  CHECK(kinds.count("reported_in") == 0);
  CHECK(kinds["denies"] == 2);
  CHECK(kinds["relays"] == 2);
  CHECK(kinds["member_of"] == 2);
  CHECK(kinds["told_to"] == 2);
  const json& denial = cy.edges.front();
  CHECK(denial["source"] == "name:kremlin");
  CHECK(denial["target"] == "claim:d1:1");
  CHECK(denial["cue"] == "a démenti");
  CHECK(denial["content_start"] == 25);
}

TEST_CASE("cytoscape: classes say kind, anonymity and direct quotes", "[export][cytoscape]") {
  graph::AttributionGraph g;
  Document doc = kremlin_document("d1");
  doc.attributions[1].quote = QuoteKind::direct;
  g.add_document(doc);
  json j = json::parse(write_graph(g, "cytoscape"));
  std::map<std::string, std::string> classes;
  for (const json& node : j["elements"]["nodes"]) classes[node["data"]["id"]] = node["classes"];
  CHECK(classes["name:kremlin"] == "source named organization");
  CHECK(classes["source:d1:e2"] == "source anonymous group");
  CHECK(classes["claim:d1:2"] == "claim direct");
  CHECK(classes["claim:d1:1"] == "claim");
  CHECK(classes["doc:d1"] == "document");
  CHECK(j["elements"]["edges"][0]["classes"] == "denies");
}

TEST_CASE("cytoscape: hostile text comes back whole, same bytes twice", "[export][cytoscape]") {
  auto build = [] {
    graph::AttributionGraph g;
    g.add_document(hostile_document());
    g.add_document(kremlin_document("graph"));
    return g;
  };
  graph::AttributionGraph g = build();
  const std::string text = write_graph(g, "cytoscape");
  CHECK(write_graph(build(), "cytoscape") == text);
  Loaded cy = load_like_cytoscape(json::parse(text));
  std::set<std::string> contents;
  for (const auto& [id, data] : cy.nodes)
    if (data["kind"] == "claim") contents.insert(data["text"].get<std::string>());
  for (const std::string& content : hostile_contents()) CHECK(contents.count(content) == 1);
  CHECK(cy.nodes.at("name:node")["parent"] == "doc:node");  // named, but quoted in one document only
}
