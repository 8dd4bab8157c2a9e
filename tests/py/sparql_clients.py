"""Talks to a SPARQL endpoint with the Python clients people use:
SPARQLWrapper and rdflib's SPARQLStore. Prints one JSON object of what it
saw; tests/serve.rs compares it with what `vnkg query` says.

Usage: sparql_clients.py ENDPOINT_URL NAMED_QUERY_FILE
"""
import json
import sys

import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, GET, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

url, named = sys.argv[1], sys.argv[2]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
seen = {}

# SPARQLWrapper: GET and POST, JSON, XML and CSV results, ASK, CONSTRUCT.
sw = SPARQLWrapper(url)
sw.setQuery(COUNT)
sw.setReturnFormat(JSON)
seen["wrapper_get_json"] = int(sw.query().convert()["results"]["bindings"][0]["n"]["value"])

sw = SPARQLWrapper(url)
sw.setMethod(POST)
sw.setQuery(COUNT)
sw.setReturnFormat(XML)
doc = sw.query().convert()  # an xml.dom document
seen["wrapper_post_xml"] = int(doc.getElementsByTagName("literal")[0].firstChild.data)

sw = SPARQLWrapper(url)
sw.setMethod(GET)
sw.setQuery(COUNT)
sw.setReturnFormat(CSV)
seen["wrapper_csv"] = int(sw.query().convert().decode().splitlines()[1])

sw = SPARQLWrapper(url)
sw.setQuery("ASK { ?s a ?c }")
sw.setReturnFormat(JSON)
seen["wrapper_ask"] = sw.query().convert()["boolean"]

sw = SPARQLWrapper(url)
sw.setQuery("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 25")
sw.setReturnFormat(TURTLE)
g = rdflib.Graph()
g.parse(data=sw.query().convert(), format="turtle")
seen["wrapper_construct_turtle"] = len(g)

sw = SPARQLWrapper(url)
sw.setQuery("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 25")
sw.setReturnFormat(XML)  # RDF/XML for a graph
seen["wrapper_construct_rdfxml"] = len(sw.query().convert())

with open(named, encoding="utf-8") as f:
    sw = SPARQLWrapper(url)
    sw.setQuery(f.read())
    sw.setReturnFormat(JSON)
    seen["wrapper_named_rows"] = len(sw.query().convert()["results"]["bindings"])

sw = SPARQLWrapper(url)
sw.setQuery("SELECT * WHERE { ?s ?p }")
sw.setReturnFormat(JSON)
try:
    sw.query()
    seen["wrapper_malformed"] = "accepted"
except QueryBadFormed:
    seen["wrapper_malformed"] = "400"

# rdflib's SPARQLStore: a read-only rdflib Graph backed by the endpoint.
store = SPARQLStore(url)
graph = rdflib.Graph(store=store)
seen["rdflib_count"] = int(list(graph.query(COUNT))[0][0])
seen["rdflib_len"] = len(store)
vn = rdflib.URIRef("https://w3id.org/vnkg/id/country/viet-nam")
label = rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")
seen["rdflib_triples"] = [str(o) for o in graph.objects(vn, label)]

print(json.dumps(seen))
