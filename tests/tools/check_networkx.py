#!/usr/bin/env python3
"""Loads whosaid graph exports with networkx and checks that they agree.

    /usr/bin/python3 tests/tools/check_networkx.py --json G.json [--json G.links.json] [--graphml G.graphml]
                                                   [--extract DOC.json]

Each --json file is read with networkx.node_link_graph, unmodified: a file
whose edge list is under "links" with the defaults of networkx <= 3.5, one
under "edges" (whosaid's default, networkx >= 3.6's) by naming the key, which
networkx 2.8 (Debian 12's python3-networkx) allows. Each --graphml file is read
with networkx.read_graphml. Prints the node and edge counts of every file and
exits 1 when they differ from each other or from the counts the JSON "graph"
object announces. Not a CTest test: it needs python3-networkx
(apt-get install python3-networkx).

With --extract (the `whosaid extract` JSON of the same single document), the
counts must also equal those the extract JSON implies under the rules of
docs/graph.md, computed here independently of the C++ code.
"""
import argparse
import json
import sys

try:
    import networkx as nx
except ImportError:
    sys.exit("networkx is missing: apt-get install python3-networkx, and run with /usr/bin/python3")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    key = "links" if "links" in data else "edges"
    try:
        # networkx >= 3.4 names the edge list's key `edges` (and reads "edges"
        # by default from 3.6 on) ...
        graph = nx.node_link_graph(data, edges=key)
    except TypeError:
        # ... older ones (Debian 12's 2.8) name it `link`.
        graph = nx.node_link_graph(data, link=key)
    return graph, data.get("graph", {})


def implied_counts(path):
    """Node and edge counts that one document's extract JSON implies (docs/graph.md)."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    attributions = doc["attributions"]
    entities = {e["id"]: e for e in doc["entities"]}
    by_id = {a["id"]: a for a in attributions}

    def span(a, field):
        s = a.get(field)
        return (s["start"], s["end"]) if s and s["end"] > s["start"] else None

    sources = set()
    for a in attributions:
        if a.get("entity"):
            sources.add(("entity", a["entity"]))
        elif a.get("source"):
            sources.add(("mention", span(a, "source")))
        else:
            sources.add(("attribution", a["id"]))
    todo = [key for kind, key in sources if kind == "entity"]
    while todo:  # groups reached through member_of get a vertex too
        group = entities[todo.pop()].get("member_of")
        if group and ("entity", group) not in sources:
            sources.add(("entity", group))
            todo.append(group)
    claims = {span(a, "content") for a in attributions if span(a, "content")}
    empty_claims = sum(1 for a in attributions if not span(a, "content") and a["type"] != "refusal")
    recipients = {a["recipient"]["text"].lower() for a in attributions if a.get("recipient")}
    told_to = {(span(a, "content"), a["recipient"]["text"].lower())
               for a in attributions if a.get("recipient") and span(a, "content")}
    relays = set()
    for a in attributions:
        outer = by_id.get(a.get("parent"))
        if outer and span(outer, "content") and span(a, "content") and span(outer, "content") != span(a, "content"):
            relays.add((span(outer, "content"), span(a, "content")))
    member_of = {(key, entities[key]["member_of"])
                 for kind, key in sources if kind == "entity" and entities[key].get("member_of")}
    nodes = 1 + len(sources) + len(claims) + empty_claims + len(recipients)
    edges = len(attributions) + len(claims) + empty_claims + len(told_to) + len(relays) + len(member_of)
    return nodes, edges


def xml_kept(text):
    """What GraphML keeps of a text: the control characters XML 1.0 forbids are dropped."""
    return "".join(c for c in text if c >= " " or c in "\t\n\r")


def same_node_attributes(json_graph, graphml_graph, path):
    """Every JSON node attribute has the same value and type in GraphML."""
    by_id = {data["whosaid_id"]: data for _, data in graphml_graph.nodes(data=True)}
    ok = True
    for node, data in json_graph.nodes(data=True):
        other = by_id.get(node)
        if other is None:
            print(f"{path}: no node {node!r}")
            ok = False
            continue
        for name, value in data.items():
            expected = xml_kept(value) if isinstance(value, str) else value
            if other.get(name) != expected or type(other.get(name)) is not type(value):
                print(f"{path}: node {node!r} attribute {name}: {other.get(name)!r} != {expected!r}")
                ok = False
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="append", default=[])
    parser.add_argument("--graphml", action="append", default=[])
    parser.add_argument("--extract", help="the whosaid extract JSON of the (single) document graphed")
    args = parser.parse_args()
    if not args.json and not args.graphml:
        parser.error("give at least one --json or --graphml file")

    counts = {}
    announced = set()
    json_graph = None
    ok = True
    for path in args.json:
        graph, attrs = load_json(path)
        assert graph.is_directed() and graph.is_multigraph(), path
        counts[path] = (graph.number_of_nodes(), graph.number_of_edges())
        announced.add((attrs.get("vertices"), attrs.get("edges")))
        json_graph = json_graph or graph
    for path in args.graphml:
        graph = nx.read_graphml(path)
        assert graph.is_directed(), path
        counts[path] = (graph.number_of_nodes(), graph.number_of_edges())
        if json_graph is not None:
            ok &= same_node_attributes(json_graph, graph, path)

    print(f"networkx {nx.__version__}")
    for path, (nodes, edges) in counts.items():
        print(f"{path}: {nodes} nodes, {edges} edges")
    ok &= len(set(counts.values())) == 1
    for expected in announced:
        if expected != next(iter(counts.values())):
            print(f"the JSON announces {expected[0]} nodes, {expected[1]} edges")
            ok = False
    if args.extract:
        implied = implied_counts(args.extract)
        print(f"{args.extract} implies {implied[0]} nodes, {implied[1]} edges")
        ok &= implied == next(iter(counts.values()))
    print("counts agree" if ok else "COUNTS DIFFER")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
