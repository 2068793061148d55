// The four graph writers on an ordinary document and on a hostile one. Each
// output is read back by the format's own tool: DOT by `dot -Tsvg` (exit 0,
// empty stderr), GraphML by `xmllint`, JSON by nlohmann, CSV by an RFC 4180
// reader; each hostile text must come back whole (or with only what the format
// forbids removed).
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "export/escape.h"
#include "export/export_test_util.h"
#include "export/hostile_fixture.h"
#include "graph/figures.h"
#include "graph/graph_fixtures.h"

using namespace whosaid;
using namespace whosaid::testing;

namespace {

graph::AttributionGraph kremlin_graph(int documents = 1) {
  graph::AttributionGraph g;
  for (int i = 1; i <= documents; ++i) g.add_document(kremlin_document("d" + std::to_string(i)));
  return g;
}

graph::AttributionGraph hostile_graph() {
  graph::AttributionGraph g;
  g.add_document(hostile_document());
  g.add_document(kremlin_document("graph"));  // a second document: clusters, a document called "graph"
  return g;
}

std::size_t count_of(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// What XML keeps of a text (escape::xml without the escaping).
std::string xml_kept(std::string_view s) {
  std::string out;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
  return out;
}

std::string xml_unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    std::size_t semi = s.find(';', i);
    std::string_view entity = s.substr(i, semi - i + 1);
    out += entity == "&amp;"    ? "&"
           : entity == "&lt;"   ? "<"
           : entity == "&gt;"   ? ">"
           : entity == "&quot;" ? "\""
           : entity == "&apos;" ? "'"
           : entity == "&#13;"  ? "\r"
                                : "?";
    i = semi + 1;
  }
  return out;
}

// The values of every <data key="KEY"> element.
std::vector<std::string> graphml_values(std::string_view xml, std::string_view key) {
  std::vector<std::string> out;
  std::string open = "<data key=\"" + std::string(key) + "\">";
  for (std::size_t at = xml.find(open); at != std::string_view::npos; at = xml.find(open, at + 1)) {
    std::size_t begin = at + open.size(), end = xml.find("</data>", begin);
    out.push_back(xml_unescape(xml.substr(begin, end - begin)));
  }
  return out;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

TEST_CASE("the factory knows the five formats by name", "[export]") {
  std::vector<std::string_view> names(graph_formats().begin(), graph_formats().end());
  CHECK(names == std::vector<std::string_view>{"dot", "json", "graphml", "csv", "cytoscape"});
  for (std::string_view name : names) {
    auto writer = make_graph_writer(name);
    REQUIRE(writer);
    CHECK(writer->format() == name);
  }
  CHECK_FALSE(make_graph_writer("svg"));
  CHECK_FALSE(make_graph_writer(""));
  CHECK_FALSE(make_graph_writer("DOT"));
}

TEST_CASE("a failing stream is an io_error", "[export]") {
  graph::AttributionGraph g = kremlin_graph();
  for (std::string_view name : graph_formats()) {
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    Status s = make_graph_writer(name)->write(g, out);
    CHECK(s.code() == StatusCode::io_error);
  }
}

TEST_CASE("same graph, same bytes", "[export]") {
  for (std::string_view name : graph_formats()) {
    std::string first = write_graph(hostile_graph(), name);
    CHECK(write_graph(hostile_graph(), name) == first);
  }
}

TEST_CASE("json: networkx node-link data, flat typed attributes", "[export][json]") {
  graph::AttributionGraph g = kremlin_graph();
  auto j = nlohmann::json::parse(write_graph(g, "json"));
  CHECK(j["directed"] == true);
  CHECK(j["multigraph"] == true);
  CHECK(j["graph"]["documents"] == 1);
  CHECK(j["graph"]["components"] == 1);
  REQUIRE(j["nodes"].size() == 13);
  REQUIRE(j["edges"].size() == 14);
  CHECK_FALSE(j.contains("links"));

  std::set<std::string> ids;
  for (const auto& node : j["nodes"]) {
    ids.insert(node["id"].get<std::string>());
    for (const auto& [name, value] : node.items()) {
      INFO(name);
      CHECK((value.is_string() || value.is_number_integer() || value.is_boolean()));
    }
  }
  CHECK(ids.size() == 13);
  std::set<std::tuple<std::string, std::string, int>> keys;
  for (const auto& edge : j["edges"]) {
    REQUIRE(ids.count(edge["source"].get<std::string>()));
    REQUIRE(ids.count(edge["target"].get<std::string>()));
    keys.insert({edge["source"].get<std::string>(), edge["target"].get<std::string>(), edge["key"].get<int>()});
    for (const auto& [name, value] : edge.items())
      CHECK((value.is_string() || value.is_number_integer() || value.is_boolean()));
  }
  CHECK(keys.size() == 14);

  const auto& kremlin = j["nodes"][1];
  CHECK(kremlin["id"] == "name:kremlin");
  CHECK(kremlin["kind"] == "source");
  CHECK(kremlin["anonymous"] == false);
  CHECK(kremlin["affiliation"] == "RU");
  CHECK(kremlin["claims"] == 1);
  const auto& denial = j["edges"][0];
  CHECK(denial["kind"] == "denies");
  CHECK(denial["cue"] == "a démenti");
  CHECK(denial["cue_start"] == 11);
  CHECK(denial["content_start"] == 25);
  CHECK(denial["key"] == 0);

  GraphWriterOptions links;
  links.json_edges_key = "links";
  auto l = nlohmann::json::parse(write_graph(g, "json", links));
  CHECK(l["links"] == j["edges"]);
  CHECK_FALSE(l.contains("edges"));
}

TEST_CASE("json: hostile labels come back whole", "[export][json]") {
  graph::AttributionGraph g = hostile_graph();
  auto j = nlohmann::json::parse(write_graph(g, "json"));
  REQUIRE(j["nodes"].size() == boost::num_vertices(g.graph()));
  REQUIRE(j["edges"].size() == boost::num_edges(g.graph()));
  std::set<std::string> texts, ids;
  for (const auto& node : j["nodes"]) {
    ids.insert(node["id"].get<std::string>());
    if (node["kind"] == "claim") texts.insert(node["text"].get<std::string>());
  }
  CHECK(ids.size() == j["nodes"].size());
  for (const std::string& content : hostile_contents()) CHECK(texts.count(content) == 1);
  CHECK(ids.count("name:node") == 1);
  CHECK(ids.count("name:graph") == 1);
  CHECK(ids.count("doc:node") == 1);
  CHECK(ids.count("doc:graph") == 1);
  for (const auto& node : j["nodes"]) CHECK(escape::codepoint_count(node["label"].get<std::string>()) <= 80);
}

TEST_CASE("graphml: declared keys, canonical ids, hostile text escaped", "[export][graphml]") {
  graph::AttributionGraph g = hostile_graph();
  std::string xml = write_graph(g, "graphml");
  CHECK(count_of(xml, "<node id=") == boost::num_vertices(g.graph()));
  CHECK(count_of(xml, "<edge id=") == boost::num_edges(g.graph()));
  CHECK(count_of(xml, "<b>") == 0);
  for (char c : xml) CHECK_FALSE((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t'));

  // Every data key used is declared, with a type.
  std::set<std::string> declared;
  for (std::size_t at = xml.find("<key id=\""); at != std::string::npos; at = xml.find("<key id=\"", at + 1)) {
    std::size_t begin = at + 9;
    declared.insert(xml.substr(begin, xml.find('"', begin) - begin));
    CHECK(xml.find("attr.type=\"", at) < xml.find("/>", at));
  }
  for (std::size_t at = xml.find("<data key=\""); at != std::string::npos; at = xml.find("<data key=\"", at + 1)) {
    std::size_t begin = at + 11;
    CHECK(declared.count(xml.substr(begin, xml.find('"', begin) - begin)) == 1);
  }

  std::vector<std::string> texts = graphml_values(xml, "v_text");
  std::set<std::string> text_set(texts.begin(), texts.end());
  for (const std::string& content : hostile_contents()) CHECK(text_set.count(xml_kept(content)) == 1);
  std::vector<std::string> ids = graphml_values(xml, "v_whosaid_id");
  CHECK(std::set<std::string>(ids.begin(), ids.end()).count("name:node") == 1);

  if (installed("/usr/bin/xmllint")) {
    TempDir dir("graphml");
    auto path = dir.write("g.graphml", xml);
    CommandResult r = run(dir, "/usr/bin/xmllint", {"--noout", path.string()});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    r = run(dir, "/usr/bin/xmllint", {"--xpath", "count(//*[local-name()=\"node\"])", path.string()});
    CHECK(trim(r.out) == std::to_string(boost::num_vertices(g.graph())));
    r = run(dir, "/usr/bin/xmllint", {"--xpath", "count(//*[local-name()=\"edge\"])", path.string()});
    CHECK(trim(r.out) == std::to_string(boost::num_edges(g.graph())));
  } else {
    WARN("xmllint not installed: GraphML well-formedness not checked");
  }
}

TEST_CASE("csv: one RFC 4180 row per attribution, formulas defused", "[export][csv]") {
  graph::AttributionGraph g = hostile_graph();
  std::string csv = write_graph(g, "csv");
  std::vector<std::vector<std::string>> rows;
  REQUIRE(parse_csv(csv, rows));
  graph::GraphFigures f = graph::compute_figures(g);
  std::size_t attributions = f.count(graph::EdgeKind::asserts) + f.count(graph::EdgeKind::denies) +
                             f.count(graph::EdgeKind::refuses_comment);
  REQUIRE(rows.size() == 1 + attributions);
  REQUIRE(rows[0].size() == 25);
  CHECK(rows[0][0] == "document");
  CHECK(rows[0][13] == "content");
  std::set<std::string> contents;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    REQUIRE(rows[r].size() == rows[0].size());
    for (const std::string& cell : rows[r]) {
      INFO(cell);
      CHECK((cell.empty() || std::string_view("=+-@\t\r").find(cell[0]) == std::string_view::npos));
    }
    contents.insert(unguard(rows[r][13]));
  }
  for (const std::string& content : hostile_contents()) CHECK(contents.count(content) == 1);

  // The hostile source labels and cues come back too.
  std::set<std::string> sources, cues;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    sources.insert(rows[r][3]);
    cues.insert(unguard(rows[r][10]));
  }
  CHECK(sources.count("<b>&\"]; x -> y [\\") == 1);
  CHECK(sources.count("node") == 1);
  CHECK(cues.count("=a dit") == 1);
  CHECK(cues.count("a dit \"\\") == 1);
}

TEST_CASE("csv: the ordinary document, column by column", "[export][csv]") {
  std::vector<std::vector<std::string>> rows;
  REQUIRE(parse_csv(write_graph(kremlin_graph(), "csv"), rows));
  REQUIRE(rows.size() == 7);
  CHECK(rows[1] == std::vector<std::string>{"d1", "1", "denial", "Kremlin", "name:kremlin", "false", "organization",
                                            "RU", "", "", "a démenti", "a démenti", "indirect",
                                            "des troupes aient franchi la frontière", "", "", "false", "body",
                                            "fr.test", "0", "10", "11", "20", "25", "63"});
  CHECK(rows[2][8] == "3");         // "Trois sources": count
  CHECK(rows[2][14] == "Reuters");  // recipient
  CHECK(rows[4][15] == "3");        // a4 nested in a3
  CHECK(rows[5][2] == "refusal");
  CHECK(rows[5][13] == "");
  CHECK(rows[6][16] == "true");     // a belief
}

TEST_CASE("dot: every id and label quoted, renders with no warning", "[export][dot]") {
  graph::AttributionGraph g = hostile_graph();
  std::string dot = write_graph(g, "dot");
  CHECK(dot.rfind("digraph \"whosaid\" {\n", 0) == 0);
  CHECK(dot.find("subgraph \"cluster_legend\"") != std::string::npos);
  CHECK(dot.find("subgraph \"cluster_doc_0\"") != std::string::npos);
  CHECK(dot.find("subgraph \"cluster_doc_1\"") != std::string::npos);
  CHECK(dot.find("\"name:node\" [") != std::string::npos);
  CHECK(dot.find("\"doc:graph\" [") != std::string::npos);
  // Nothing but the header line, statements and closing braces: no raw control characters.
  for (char c : dot) CHECK_FALSE((static_cast<unsigned char>(c) < 0x20 && c != '\n'));
  // Anonymous sources dashed, named solid.
  std::size_t anon = dot.find("\"source:node:e3\" [");
  REQUIRE(anon != std::string::npos);
  CHECK(dot.substr(anon, dot.find('\n', anon) - anon).find("dashed") != std::string::npos);
  std::size_t named = dot.find("\"name:node\" [");
  CHECK(dot.substr(named, dot.find('\n', named) - named).find("dashed") == std::string::npos);

  if (!installed("/usr/bin/dot")) {
    WARN("Graphviz not installed: DOT rendering not checked");
    return;
  }
  TempDir dir("dot");
  auto path = dir.write("g.dot", dot);
  CommandResult r = run(dir, "/usr/bin/dot", {"-Tsvg", path.string()});
  CHECK(r.exit_code == 0);
  CHECK(r.err == "");
  // An escaping bug would add nodes ("a", "b" from `"]; a -> b [`) or lose some.
  std::size_t legend_nodes = 0;
  for (std::size_t at = dot.find("\n    \"legend:"); at != std::string::npos; at = dot.find("\n    \"legend:", at + 1))
    if (dot.substr(at, dot.find('\n', at + 1) - at).find(" -> ") == std::string::npos) ++legend_nodes;
  CHECK(count_of(r.out, "class=\"node\"") == boost::num_vertices(g.graph()) + legend_nodes);
  CHECK(count_of(r.out, "class=\"edge\"") >= boost::num_edges(g.graph()));
  // The quotes reach the picture as text.
  CHECK(r.out.find("]; a &#45;&gt; b [") != std::string::npos);
  if (installed("/usr/bin/xmllint")) {
    auto svg = dir.write("g.svg", r.out);
    CHECK(run(dir, "/usr/bin/xmllint", {"--noout", svg.string()}).exit_code == 0);
  }
}

TEST_CASE("dot: one document renders with no warning", "[export][dot]") {
  if (!installed("/usr/bin/dot")) return;
  TempDir dir("dot1");
  auto path = dir.write("g.dot", write_graph(kremlin_graph(), "dot"));
  CommandResult r = run(dir, "/usr/bin/dot", {"-Tsvg", path.string()});
  CHECK(r.exit_code == 0);
  CHECK(r.err == "");
}
