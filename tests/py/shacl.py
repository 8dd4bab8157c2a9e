#!/usr/bin/env python3
"""Validate an RDF file against SHACL shapes with pyshacl.

    python3 tests/py/shacl.py DATA.ttl SHAPES.ttl

DATA is vnkg's Turtle export (`vnkg export --format turtle`), SHAPES is
ontology/shapes.ttl. Validation runs with inference 'none': the export already
holds vnkg.ttl's rdfs:subClassOf triples, which SHACL's sh:targetClass and
sh:class follow, and RDFS inference would apply vnkg.ttl's domains and ranges
and so make the domain and range shapes unable to fail (see the header of
ontology/shapes.ttl).

Prints `conforms` and exits 0, or prints the validation report and exits 1.
Exits 2 on a usage or parse error, 3 if pyshacl is not installed.
"""

import sys


def main(argv):
    if len(argv) != 3:
        print("usage: shacl.py DATA.ttl SHAPES.ttl", file=sys.stderr)
        return 2
    try:
        import rdflib
        from pyshacl import validate
    except ImportError as e:
        print(f"pyshacl is not installed ({e}); pip install pyshacl", file=sys.stderr)
        return 3
    data_path, shapes_path = argv[1], argv[2]
    try:
        data = rdflib.Graph().parse(data_path, format="turtle")
        shapes = rdflib.Graph().parse(shapes_path, format="turtle")
    except Exception as e:  # a file that does not parse: not a validation result
        print(f"cannot read the input: {e}", file=sys.stderr)
        return 2
    conforms, _report_graph, report_text = validate(
        data,
        shacl_graph=shapes,
        inference="none",
        abort_on_first=False,
        allow_infos=False,
        allow_warnings=False,
        meta_shacl=False,
        advanced=False,
    )
    if conforms:
        print("conforms")
        return 0
    print(report_text)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
