// A document made to break writers: quotes that close a DOT string, XML
// markup, a control character, spreadsheet formulas, a 10,000-character quote,
// emoji, right-to-left text, and the DOT keywords as ids and labels.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"

namespace whosaid::testing {

// Each hostile text is the content of one attribution (in this order).
inline std::vector<std::string> hostile_contents() {
  std::string long_quote;
  while (long_quote.size() < 9990) long_quote += "une phrase sans fin ";
  long_quote += std::string(10000 - long_quote.size(), 'x');  // and a word longer than any line
  return {
      "\"]; a -> b [",
      "fin sur une barre oblique inverse \\",
      "node",
      "graph",
      "digraph strict subgraph edge",
      "<b>gras</b> & co &amp; <!-- -->",
      "bip\x01" "bop\x1f" "fin\x7f",
      long_quote,
      "feu 🔥 pouce 👍🏽 drapeau 🇫🇷",
      "قال المتحدث إن الاتفاق قريب و שלום עולם",
      "=HYPERLINK(\"http://example.invalid\",\"clic\")",
      "+33 1 23",
      "-2+3",
      "@SUM(A1:A2)",
      "\ttabulé",
      "ligne 1\nligne 2\r\nligne 3, \"fin\"",
  };
}

// The document: id "node", a named source called "node", an organization
// called "graph", an anonymous source with a hostile label, a recipient with
// markup; one attribution per hostile content, alternating the sources.
inline Document hostile_document() {
  Document doc;
  doc.id = "node";
  doc.name = "graph \"]; x -> y [\\";
  doc.lang = "fr";
  Entity node;
  node.kind = EntityKind::person;
  node.anonymous = false;
  node.name = "node";
  node.affiliation = "FR";
  Entity graph_org;
  graph_org.kind = EntityKind::organization;
  graph_org.anonymous = false;
  graph_org.name = "graph";
  graph_org.role = "-rôle";
  Entity anon;
  anon.kind = EntityKind::group;
  anon.label = "<b>&\"]; x -> y [\\";
  anon.affiliation = "@X";
  anon.count = 2;
  doc.entities = {node, graph_org, anon};
  for (uint32_t i = 0; i < doc.entities.size(); ++i) doc.entities[i].id = i + 1;

  auto append = [&](const std::string& s) {
    Span span{static_cast<uint32_t>(doc.text.size()), static_cast<uint32_t>(doc.text.size() + s.size())};
    doc.text += s;
    return span;
  };
  std::vector<std::string> names = {"node", "graph", "<b>&\"]; x -> y [\\"};
  for (std::size_t e = 0; e < names.size(); ++e) {
    Mention m;
    m.span = m.head = append(names[e]);
    append(" a parlé. ");
    m.entity = static_cast<int32_t>(e);
    doc.mentions.push_back(m);
    doc.entities[e].mentions.push_back(static_cast<uint32_t>(e));
  }
  const auto contents = hostile_contents();
  for (std::size_t i = 0; i < contents.size(); ++i) {
    Attribution a;
    a.id = static_cast<uint32_t>(i + 1);
    a.source_mention = static_cast<int32_t>(i % names.size());
    a.source = doc.mentions[a.source_mention].span;
    a.cue = append(i % 2 ? "=a dit" : "a dit \"\\");
    append(" « ");
    a.content = append(contents[i]);
    append(" ». ");
    a.quote = QuoteKind::direct;
    a.type = i % 5 == 4 ? AttributionType::denial : AttributionType::statement;
    a.cue_lemma = "dire";
    a.rule = "fr.test.\"hostile\"";
    if (i == 0) {
      append("à ");
      a.recipient = append("<Reuters & \"AFP\">");
      append(". ");
    }
    if (i == 3) a.parent = 2;
    doc.attributions.push_back(a);
  }
  return doc;
}

}  // namespace whosaid::testing
