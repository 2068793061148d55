// The report page of hand-built analysed documents (the graph tests'
// fixtures: no analysis stage involved), read as text: every attribution
// marked with its code point spans, one focusable mark per attribution tied to
// its table row, the audit as the document carries it, the graph without its
// document vertex, hostile text escaped, the CSP naming the page's own style
// and script, several articles with contents and shared sources, the same
// bytes twice. tests/report/report_browser_test.cpp reads pages in Chromium.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>

#include "export/hostile_fixture.h"
#include "graph/graph_fixtures.h"
#include "report/article_context.h"
#include "report/dot_svg.h"
#include "report/reading_graph.h"
#include "report/report_test_util.h"
#include "report/sha256.h"

using namespace whosaid;
using namespace whosaid::testing;

namespace {

std::string mark_open(int attribution, std::string_view role) {
  return "data-a=\"a" + std::to_string(attribution) + "\" data-role=\"" + std::string(role) + "\"";
}

bool dot_renderer(const std::string& dot, std::string& svg) { return report::render_with_dot(dot, svg).ok(); }

}  // namespace

TEST_CASE("page: every attribution is marked with its spans", "[report][page]") {
  const Document doc = kremlin_document("d");
  const std::string page = render_page({&doc});
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"fr\">", 0) == 0);
  CHECK(page.find("<title>Rapport de sourcing \u2014 d</title>") != std::string::npos);
  // a1 "Le Kremlin" (0-10) "a démenti" (11-20) "des troupes aient franchi la frontière" (25-63), in code points.
  CHECK(page.find(mark_open(1, "source") + " data-e=\"d1-e1\" data-start=\"0\" data-end=\"10\"") != std::string::npos);
  CHECK(page.find(mark_open(1, "cue") + " data-e=\"d1-e1\" data-start=\"11\" data-end=\"20\"") != std::string::npos);
  CHECK(page.find(mark_open(1, "content") + " data-e=\"d1-e1\" data-start=\"25\" data-end=\"63\"") != std::string::npos);
  for (int a = 1; a <= 6; ++a) {
    INFO("a" << a);
    CHECK(count_of(page, mark_open(a, "cue")) == 1);
    CHECK(count_of(page, mark_open(a, "source")) == 1);
    CHECK(count_of(page, mark_open(a, "content")) == (a == 5 ? 0 : 1));  // a5 is a refusal with no topic
    // One focusable mark per attribution, described by its row of the table.
    const std::string row = "d1-a" + std::to_string(a) + "-info";
    CHECK(count_of(page, "aria-describedby=\"" + row + "\"") == 1);
    CHECK(count_of(page, "<tr id=\"" + row + "\"") == 1);
  }
  CHECK(count_of(page, "tabindex=\"0\"") == 6);
  CHECK(count_of(page, mark_open(2, "recipient")) == 1);
  // The nested a4 is told apart; the others are not nested.
  CHECK(count_of(page, " nested\" data-a=") == 1);
  CHECK(page.find("indirect nested\" " + mark_open(4, "content")) != std::string::npos);
  // The mark of a source without an entity takes the neutral colour.
  CHECK(page.find("<mark class=\"m s cx\" " + mark_open(5, "source")) != std::string::npos);
  // Rule ids and spans are in the table.
  CHECK(page.find("<code>fr.test</code>") != std::string::npos);
  CHECK(page.find("source 0\u201310 \u00b7 marque 11\u201320 \u00b7 contenu 25\u201363") != std::string::npos);
}

TEST_CASE("page: sources panel and audit show what the document carries", "[report][page]") {
  Document doc = kremlin_document("d");
  doc.audit.sources = 4;
  doc.audit.named = 2;
  doc.audit.anonymous = 2;
  doc.audit.attributions = 6;
  doc.audit.unsourced = 2;
  doc.audit.by_source = {{0, 1, 0, 1, 0}, {1, 1, 1, 0, 0}, {2, 1, 1, 0, 0}, {3, 1, 1, 0, 0}};
  doc.audit.groups = {{1, 3, {2}}};
  doc.audit.single_anonymous_claims = {2};
  doc.audit.anonymous_without_reason = {1};
  const std::string page = render_page({&doc});
  for (int e = 1; e <= 4; ++e) {
    INFO("e" << e);
    CHECK(count_of(page, "<button type=\"button\" class=\"pick\" data-e=\"d1-e" + std::to_string(e) + "\"") == 1);
  }
  CHECK(page.find("RU (indiquée dans le texte)") != std::string::npos);
  CHECK(page.find("1 (déclarations 0, démentis 1, refus de commenter 0)") != std::string::npos);
  const std::string audit = between(page, "<section class=\"audit\"", "</section>");
  CHECK(audit.find("<dt>Sources</dt><dd>4</dd>") != std::string::npos);
  CHECK(audit.find("<dt>Attributions sans source</dt><dd>2</dd>") != std::string::npos);
  const std::string single = between(audit, "Affirmations reposant sur une seule source anonyme", "<h4>");
  CHECK(single.find("(1)") != std::string::npos);
  CHECK(single.find("href=\"#d1-a3\">L&#39;une d&#39;elles</a>") != std::string::npos);
  const std::string without = between(audit, "Sources anonymes sans raison donnée", "<h4>");
  CHECK(without.find("href=\"#d1-e2\">Trois sources</a>") != std::string::npos);
  CHECK(without.find("d1-e3") == std::string::npos);
  CHECK(between(audit, "Démentis : qui dément quoi", "<h4>").find("href=\"#d1-a1\">Kremlin</a>") != std::string::npos);
  CHECK(between(audit, "Refus de commenter", "<h4>").find("href=\"#d1-a5\">Le porte-parole</a>") != std::string::npos);
  const std::string groups = between(audit, "Groupes de sources", "</ul>");
  CHECK(groups.find("taille annoncée</span> 3") != std::string::npos);
  const std::string affiliations = between(audit, "<table class=\"affiliations\">", "</table>");
  CHECK(affiliations.find("<th scope=\"row\">RU</th><td>2</td><td>2</td>") != std::string::npos);
  CHECK(affiliations.find("<th scope=\"row\">non indiquée</th><td>2</td><td>2</td>") != std::string::npos);
}

TEST_CASE("page: the graph is drawn without the document vertex", "[report][graph]") {
  const Document doc = kremlin_document("d");
  report::LabelCatalog catalog(data_dir());
  const report::ReportLabels* labels = nullptr;
  REQUIRE(catalog.get("fr", labels).ok());
  const report::ArticleContext ctx(doc, *labels, 1);
  const report::ReadingGraph g = report::reading_graph(ctx);
  using Kind = report::ReadingGraph::NodeKind;
  std::map<Kind, int> nodes;
  for (const auto& n : g.nodes) ++nodes[n.kind];
  CHECK(nodes[Kind::source] == 6);     // Kremlin, the group, its member, Poutine, the spokesman, the diplomats
  CHECK(nodes[Kind::claim] == 5);
  CHECK(nodes[Kind::recipient] == 1);
  CHECK(nodes[Kind::refusal] == 1);    // a5 refuses with no topic: a node of its own, not the document
  std::map<graph::EdgeKind, int> edges;
  for (const auto& e : g.edges) ++edges[e.kind];
  CHECK(edges[graph::EdgeKind::asserts] == 4);
  CHECK(edges[graph::EdgeKind::denies] == 1);
  CHECK(edges[graph::EdgeKind::refuses_comment] == 1);
  CHECK(edges[graph::EdgeKind::relays] == 1);
  CHECK(edges[graph::EdgeKind::told_to] == 1);
  CHECK(edges[graph::EdgeKind::member_of] == 1);
  CHECK(edges.count(graph::EdgeKind::reported_in) == 0);
  // The nested claim is one step deeper; sources have their text's colour and link to their panel entry.
  int deep = 0;
  for (const auto& n : g.nodes) deep += n.depth == 1;
  CHECK(deep == 1);
  CHECK(g.nodes[0].label == "Kremlin");
  CHECK(g.nodes[0].target == "d1-e1");
  CHECK(g.nodes[0].colour == ctx.colour(0));

  const std::string dot = report::reading_dot(g, ctx);
  CHECK(dot.find("doc:") == std::string::npos);
  CHECK(count_of(dot, " -> ") == 9);
  CHECK(dot.find("URL=\"#d1-e1\"") != std::string::npos);
  CHECK(dot.find("label=\"rapporte\"") != std::string::npos);  // relays, in the article's language
}

TEST_CASE("page: Graphviz's SVG is embedded, or the own layout drawn", "[report][graph]") {
  const Document doc = kremlin_document("d");
  const std::string own = render_page({&doc});
  CHECK(own.find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph-svg own\"") != std::string::npos);
  CHECK(own.find("disposition propre à whosaid") != std::string::npos);
  const std::string failing = render_page({&doc}, [](const std::string&, std::string&) { return false; });
  CHECK(failing == own);

  REQUIRE(std::filesystem::exists("/usr/bin/dot"));  // graphviz is in .ci/packages.txt
  const std::string page = render_page({&doc}, dot_renderer);
  const std::string svg = between(page, "<figure><div class=\"scroll\">", "</div><figcaption");
  CHECK(svg.rfind("<svg class=\"graph-svg\" role=\"img\" aria-labelledby=\"d1-graph-caption\"", 0) == 0);
  CHECK(svg.find("<!--") == std::string::npos);
  CHECK(svg.find("<?xml") == std::string::npos);
  CHECK(svg.find("DOCTYPE") == std::string::npos);
  CHECK(svg.find("id=\"d1_g\"") != std::string::npos);
  CHECK(svg.find("id=\"d1_g_n1\"") != std::string::npos);
  CHECK(svg.find("xlink:href=\"#d1-e1\"") != std::string::npos);
  CHECK(count_of(svg, "class=\"node\"") == 13);
  CHECK(count_of(svg, "class=\"edge\"") == 9);
  CHECK(page.find("disposition propre") == std::string::npos);
}

TEST_CASE("page: hostile text shows and runs nothing", "[report][page]") {
  const Document doc = hostile_document();
  REQUIRE(std::filesystem::exists("/usr/bin/dot"));
  for (bool with_dot : {false, true}) {
    INFO("dot " << with_dot);
    const std::string page = with_dot ? render_page({&doc}, dot_renderer) : render_page({&doc});
    CHECK(count_of(page, "<script") == 1);
    CHECK(page.find("<b>") == std::string::npos);
    CHECK(page.find("&lt;b&gt;gras&lt;/b&gt; &amp; co &amp;amp; &lt;!-- --&gt;") != std::string::npos);
    CHECK(page.find("feu 🔥 pouce 👍🏽") != std::string::npos);
    CHECK(page.find("=HYPERLINK(&quot;http://example.invalid&quot;,&quot;clic&quot;)") != std::string::npos);
    for (char c : page) {
      const auto u = static_cast<unsigned char>(c);
      CHECK_FALSE((u < 0x20 && c != '\n' && c != '\t'));
    }
    // Every attribution is marked, the 10,000-character quote whole in the text.
    for (std::size_t a = 1; a <= hostile_contents().size(); ++a) CHECK(count_of(page, mark_open(static_cast<int>(a), "content")) == 1);
    CHECK(page.find(hostile_contents()[7]) != std::string::npos);
  }
}

TEST_CASE("page: the CSP allows exactly the page's style and script", "[report][csp]") {
  const Document doc = kremlin_document("d");
  const std::string page = render_page({&doc});
  const std::string csp = between(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
  CHECK(csp.rfind("default-src 'none'; ", 0) == 0);
  const std::string style = between(page, "<style>", "</style>");
  const std::string script = between(page, "<script>", "</script>");
  REQUIRE_FALSE(style.empty());
  REQUIRE_FALSE(script.empty());
  CHECK(csp.find("style-src " + report::csp_hash(style) + ";") != std::string::npos);
  CHECK(csp.find("script-src " + report::csp_hash(script) + ";") != std::string::npos);
  CHECK(csp.find("unsafe") == std::string::npos);
}

TEST_CASE("page: same input, same bytes", "[report][page]") {
  const Document a = kremlin_document("d"), b = hostile_document();
  CHECK(render_page({&a, &b}, dot_renderer) == render_page({&a, &b}, dot_renderer));
  CHECK(render_page({&b}) == render_page({&b}));
}

TEST_CASE("page: several articles get contents and their shared sources", "[report][page]") {
  const Document one = kremlin_document("premier"), two = kremlin_document("second"), three = hostile_document();
  const std::string page = render_page({&one, &two, &three});
  CHECK(count_of(page, "<article id=\"d") == 3);
  const std::string nav = between(page, "<nav", "</nav>");
  CHECK(nav.find("<a href=\"#d1\">premier</a>") != std::string::npos);
  CHECK(nav.find("<a href=\"#d2\">second</a>") != std::string::npos);
  CHECK(nav.find("<a href=\"#d3\">node</a>") != std::string::npos);
  CHECK(nav.find("href=\"#shared\"") != std::string::npos);
  // Ids stay unique: every article has its own prefix.
  CHECK(count_of(page, " id=\"d1-a1\"") == 1);
  CHECK(count_of(page, " id=\"d2-a1\"") == 1);
  // The shared sources are the audit's named sources; the fixtures carry no audit.
  CHECK(between(page, "<section class=\"shared\"", "</section>").find("Aucune source nommée") != std::string::npos);
  Document a = one, b = two;
  for (Document* d : {&a, &b}) d->audit.by_source = {{0, 1, 0, 1, 0}, {3, 1, 1, 0, 0}, {1, 1, 1, 0, 0}};
  const std::string with_audit = render_page({&a, &b});
  const std::string table = between(with_audit, "<section class=\"shared\"", "</section>");
  CHECK(table.find("<th scope=\"row\">Kremlin</th><td><ul class=\"inline\"><li><a href=\"#d1-e1\">premier</a> (1)</li>"
                   "<li><a href=\"#d2-e1\">second</a> (1)</li></ul>") != std::string::npos);
  CHECK(table.find("<th scope=\"row\">Vladimir Poutine</th>") != std::string::npos);
  CHECK(table.find("Trois sources") == std::string::npos);  // anonymous: never the same source
  CHECK(render_page({&a}).find("<section class=\"shared\"") == std::string::npos);
}

TEST_CASE("page: labels follow the article's language", "[report][labels]") {
  Document doc = kremlin_document("d");
  doc.lang = "en";
  const std::string page = render_page({&doc});
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(page.find("<h3 id=\"d1-audit\">Sourcing audit</h3>") != std::string::npos);
  doc.lang = "de";  // no labels of its own: English, but the article keeps its language
  const std::string german = render_page({&doc});
  CHECK(german.find("<html lang=\"en\">") != std::string::npos);
  CHECK(german.find("<article id=\"d1\" class=\"report-article\" lang=\"de\"") != std::string::npos);
}

TEST_CASE("page: header, comments and site chrome are set apart", "[report][page]") {
  Document doc;
  doc.id = "page";
  doc.lang = "fr";
  doc.text = "Titre de la page\nLe ministre a déclaré que tout allait bien.\nUn lecteur a dit que non.\nAccueil | Contact";
  auto section = [&](SectionKind kind, std::string_view from, std::string_view to) {
    const Span a = find_span(doc.text, from), b = find_span(doc.text, to);
    doc.sections.push_back({kind, {a.begin, b.end}});
  };
  section(SectionKind::header, "Titre", "page\n");
  section(SectionKind::body, "Le ministre", "bien.\n");
  section(SectionKind::comment, "Un lecteur", "non.\n");
  section(SectionKind::chrome, "Accueil", "Contact");
  doc.entities.push_back(make_entity(EntityKind::person, false, "", "", "Le ministre"));
  add_attribution(doc, add_mention(doc, "Le ministre", 0), "a déclaré", "tout allait bien");
  const int32_t reader = add_attribution(doc, -1, "a dit", "non");
  doc.attributions[reader].source = find_span(doc.text, "Un lecteur");
  doc.attributions[reader].section = SectionKind::comment;
  const std::string page = render_page({&doc});
  const std::string header = between(page, "<div class=\"part header\">", "</div></div>");
  CHECK(header.find("En-tête de la page") != std::string::npos);
  CHECK(header.find("Titre de la page") != std::string::npos);
  const std::string comment = between(page, "<details class=\"part comment\">", "</details>");
  CHECK(comment.find("<summary>Commentaires des lecteurs (hors audit)</summary>") != std::string::npos);
  CHECK(comment.find(mark_open(2, "content")) != std::string::npos);
  const std::string chrome = between(page, "<details class=\"part chrome\">", "</details>");
  CHECK(chrome.find("Accueil | Contact") != std::string::npos);
  CHECK(between(page, "<div class=\"part body\">", "</div></div>").find(mark_open(1, "content")) != std::string::npos);
}

TEST_CASE("page: source colours keep text readable (WCAG contrast)", "[report][page]") {
  // WCAG 2 relative luminance and contrast ratio of "#rrggbb" colours.
  auto luminance = [](std::string_view hex) {
    double rgb[3];
    for (int i = 0; i < 3; ++i) {
      const double c = std::stoi(std::string(hex.substr(1 + 2 * i, 2)), nullptr, 16) / 255.0;
      rgb[i] = c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  };
  auto contrast = [&](std::string_view a, std::string_view b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
  };
  for (int c = -1; c < report::kColours; ++c) {
    INFO("colour " << c);
    const report::Colour& colour = report::palette(c);
    CHECK(contrast(colour.dark, "#ffffff") >= 4.5);   // cue text and lines on the page
    CHECK(contrast(colour.dark, colour.light) >= 4.5);  // cue text inside a source's fill
    CHECK(contrast("#1b1b1b", colour.light) >= 12.0);   // the article's text on a source's fill
    CHECK(contrast("#ffffff", colour.dark) >= 4.5);     // a pressed source button
  }
  CHECK(contrast("#767676", "#ffffff") >= 4.5);  // marks dimmed while a source is highlighted
}
