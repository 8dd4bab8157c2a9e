#!/usr/bin/env python3
"""Reads a file written by `vnkg export` with the reader a user would use, and
prints what it found, for tests/graph_formats.rs:

    python3 tests/py/read_graph.py FORMAT FILE

prints `nodes N edges M` (graphml, gexf, cytoscape, csv, dot) or `triples N`
(jsonld, rdfxml: distinct triples over all graphs). For csv, FILE is the
folder holding nodes.csv and edges.csv. A reader that is missing (networkx,
rdflib, graphviz's `dot`) is an error, exit status 3: the test must fail, not
pass without reading.
"""

import csv
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET


def need(module):
    try:
        return __import__(module)
    except ImportError:
        print(f"read_graph.py: the Python module '{module}' is not installed", file=sys.stderr)
        sys.exit(3)


def counts(g):
    print(f"nodes {g.number_of_nodes()} edges {g.number_of_edges()}")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    fmt, path = sys.argv[1], sys.argv[2]
    if fmt == "graphml":
        nx = need("networkx")
        g = nx.read_graphml(path)
        assert g.is_directed(), "GraphML graph is not directed"
        counts(g)
    elif fmt == "gexf":
        nx = need("networkx")
        g = nx.read_gexf(path)
        assert g.is_directed(), "GEXF graph is not directed"
        counts(g)
    elif fmt == "cytoscape":
        nx = need("networkx")
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        g = nx.cytoscape_graph(data)
        assert g.is_directed() and g.is_multigraph()
        counts(g)
    elif fmt == "csv":
        with open(os.path.join(path, "nodes.csv"), newline="", encoding="utf-8") as f:
            nodes = list(csv.DictReader(f))
        with open(os.path.join(path, "edges.csv"), newline="", encoding="utf-8") as f:
            edges = list(csv.DictReader(f))
        ids = {n["Id"] for n in nodes}
        assert len(ids) == len(nodes), "duplicate node ids"
        for e in edges:
            assert e["Source"] in ids and e["Target"] in ids, f"edge to an unknown node: {e}"
        print(f"nodes {len(nodes)} edges {len(edges)}")
    elif fmt == "dot":
        dot = shutil.which("dot")
        if dot is None:
            print("read_graph.py: graphviz's `dot` is not installed (apt-get install graphviz)", file=sys.stderr)
            sys.exit(3)
        svg = subprocess.run([dot, "-Tsvg", path], check=True, capture_output=True).stdout
        root = ET.fromstring(svg)
        nodes = edges = 0
        for el in root.iter("{http://www.w3.org/2000/svg}g"):
            cls = el.get("class", "").split()
            if "node" in cls and "legend" not in cls:
                nodes += 1
            elif "edge" in cls:
                edges += 1
        print(f"nodes {nodes} edges {edges}")
    elif fmt in ("jsonld", "rdfxml"):
        rdflib = need("rdflib")
        if fmt == "jsonld":
            ds = rdflib.Dataset()
            ds.parse(path, format="json-ld")
            triples = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
        else:
            g = rdflib.Graph()
            g.parse(path, format="xml")
            triples = set(g)
        print(f"triples {len(triples)}")
    else:
        print(f"read_graph.py: unknown format {fmt}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
