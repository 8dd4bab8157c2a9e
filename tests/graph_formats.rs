//! Every export format is written from the graph of corpus/documents and read
//! back by the reader a user would use (tests/py/read_graph.py: networkx for
//! GraphML, GEXF and Cytoscape JSON, the csv module, graphviz's `dot`, rdflib
//! for JSON-LD and RDF/XML); the counts it reports must equal the view's (or
//! the store's triples). A missing reader fails the test: CI installs them.

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;
use vnkg::export::RdfExport;
use vnkg::graph::{view, GraphFilter, GraphFormat, View};
use vnkg::store::Store;

fn store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| common::memory_store(&common::root().join("corpus/documents")))
}

fn full_view() -> &'static View {
    static VIEW: OnceLock<View> = OnceLock::new();
    VIEW.get_or_init(|| view(store(), &GraphFilter::default()).expect("view"))
}

/// Runs the Python reader; returns what it printed.
fn read_back(format: &str, path: &Path) -> String {
    let script = common::root().join("tests/py/read_graph.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(format)
        .arg(path)
        .output()
        .expect("python3 runs (install python3)");
    assert!(
        out.status.success(),
        "{format}: the reader failed on {}:\n{}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn write(format: GraphFormat, v: &View, path: &Path) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    vnkg::graph::write(v, format, &mut f).expect("write");
    std::io::Write::flush(&mut f).expect("flush");
}

fn check_counts(name: &str, format: GraphFormat, v: &View) {
    let dir = common::tempdir();
    let path = dir.path().join(format!("graph.{name}"));
    write(format, v, &path);
    let got = read_back(name, &path);
    assert_eq!(
        got,
        format!("nodes {} edges {}", v.node_count(), v.edge_count()),
        "{name}"
    );
}

#[test]
fn the_view_is_not_trivial() {
    let v = full_view();
    assert!(v.node_count() > 50, "{} nodes", v.node_count());
    assert!(v.edge_count() > 50, "{} edges", v.edge_count());
    let classes: Vec<&str> = v.legend.iter().map(|(c, _)| c.as_str()).collect();
    for c in ["Country", "Treaty", "Person", "Post"] {
        assert!(classes.contains(&c), "no {c} in {classes:?}");
    }
    for c in ["Document", "Evidence", "Sentence"] {
        assert!(!classes.contains(&c), "{c} is a node");
    }
    let g = &v.graph;
    // Posts are linked to their holder and their organisation.
    assert!(g.edge_weights().any(|e| e.label == "holdsPosition"));
    assert!(g.edge_weights().any(|e| e.label == "postIn"));
    // Facts carry their evidence; some edges carry event dates.
    assert!(g
        .edge_weights()
        .any(|e| e.evidence > 0 && !e.sentence.is_empty() && !e.documents.is_empty()));
    assert!(g.edge_weights().any(|e| e.interval().is_some()));
    // Literals are attributes, not nodes.
    assert!(g.node_weights().any(|n| n.attributes.contains_key("startDate")));
    assert!(g.node_weights().all(|n| !n.iri.is_empty() && n.iri.starts_with("http")));
    // Sorted: nodes by IRI, edges by (source, predicate, target).
    let iris: Vec<&String> = g.node_weights().map(|n| &n.iri).collect();
    assert!(iris.windows(2).all(|w| w[0] < w[1]));
    let keys: Vec<(String, String, String)> = g
        .raw_edges()
        .iter()
        .map(|e| {
            (
                g[e.source()].iri.clone(),
                e.weight.predicate.clone(),
                g[e.target()].iri.clone(),
            )
        })
        .collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]));
    let sum: f64 = g.node_weights().map(|n| n.pagerank).sum();
    assert!((sum - 1.0).abs() < 1e-6, "PageRank sums to {sum}");
}

#[test]
fn cytoscape_reads_back() {
    check_counts("cytoscape", GraphFormat::Cytoscape, full_view());
}

#[test]
fn graphml_reads_back() {
    check_counts("graphml", GraphFormat::GraphMl, full_view());
}

#[test]
fn gexf_reads_back() {
    check_counts("gexf", GraphFormat::Gexf, full_view());
}

#[test]
fn dot_reads_back() {
    check_counts("dot", GraphFormat::Dot, full_view());
}

#[test]
fn csv_reads_back() {
    let v = full_view();
    let dir = common::tempdir();
    vnkg::graph::write_csv(v, dir.path()).expect("csv");
    let got = read_back("csv", dir.path());
    assert_eq!(got, format!("nodes {} edges {}", v.node_count(), v.edge_count()));
}

/// The number of distinct triples of the union graph.
fn union_triples() -> usize {
    vnkg::export::rdf(store(), RdfExport::NTriples, &mut std::io::sink()).expect("ntriples")
}

#[test]
fn jsonld_reads_back() {
    let dir = common::tempdir();
    let path = dir.path().join("graph.jsonld");
    let mut f = std::fs::File::create(&path).expect("create");
    vnkg::export::rdf(store(), RdfExport::JsonLd, &mut f).expect("jsonld");
    assert_eq!(read_back("jsonld", &path), format!("triples {}", union_triples()));
}

#[test]
fn rdfxml_reads_back() {
    let dir = common::tempdir();
    let path = dir.path().join("graph.rdf");
    let mut f = std::fs::File::create(&path).expect("create");
    vnkg::export::rdf(store(), RdfExport::RdfXml, &mut f).expect("rdfxml");
    assert_eq!(read_back("rdfxml", &path), format!("triples {}", union_triples()));
}

#[test]
fn output_is_deterministic() {
    let again = view(store(), &GraphFilter::default()).expect("view");
    for f in [
        GraphFormat::GraphMl,
        GraphFormat::Gexf,
        GraphFormat::Dot,
        GraphFormat::Cytoscape,
    ] {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        vnkg::graph::write(full_view(), f, &mut a).expect("write");
        vnkg::graph::write(&again, f, &mut b).expect("write");
        assert!(a == b, "{f:?} differs between two runs");
    }
}

fn filtered(f: GraphFilter) -> View {
    view(store(), &f).expect("view")
}

#[test]
fn filter_by_relation_and_class() {
    let v = filtered(GraphFilter {
        relations: vec!["partyTo".into()],
        ..Default::default()
    });
    assert!(v.edge_count() > 0);
    assert!(v.graph.edge_weights().all(|e| e.label == "partyTo"));
    assert!(v.graph.node_weights().all(|n| n.degree > 0));
    let classes: Vec<&str> = v.legend.iter().map(|(c, _)| c.as_str()).collect();
    assert!(classes.iter().all(|c| ["Country", "Treaty"].contains(c)), "{classes:?}");

    // A class keeps its subclasses: Event keeps Session, Meeting, …
    let v = filtered(GraphFilter {
        classes: vec!["Event".into()],
        ..Default::default()
    });
    assert!(v.node_count() > 0);
    assert!(v.legend.iter().any(|(c, _)| c != "Event"), "no subclass of Event kept");
    assert!(v.graph.node_weights().all(|n| n.class != "Country"));

    assert!(view(
        store(),
        &GraphFilter {
            classes: vec!["Nonsense".into()],
            ..Default::default()
        }
    )
    .is_err());
    assert!(view(
        store(),
        &GraphFilter {
            relations: vec!["nonsense".into()],
            ..Default::default()
        }
    )
    .is_err());
}

#[test]
fn filter_by_focus_and_degree() {
    let v = filtered(GraphFilter {
        focus: Some("viet nam".into()),
        hops: 1,
        ..Default::default()
    });
    let g = &v.graph;
    let centre = g
        .node_indices()
        .find(|i| g[*i].iri.ends_with("/country/viet-nam"))
        .expect("Viet Nam is in its own neighbourhood");
    for i in g.node_indices().filter(|i| *i != centre) {
        assert!(
            g.find_edge(centre, i).is_some() || g.find_edge(i, centre).is_some(),
            "{} is not next to Viet Nam",
            g[i].iri
        );
    }
    assert!(v.node_count() < full_view().node_count());
    let wider = filtered(GraphFilter {
        focus: Some("Viet Nam".into()),
        hops: 2,
        ..Default::default()
    });
    assert!(wider.node_count() > v.node_count());
    assert!(view(
        store(),
        &GraphFilter {
            focus: Some("Atlantis".into()),
            ..Default::default()
        }
    )
    .is_err());

    let v = filtered(GraphFilter {
        min_degree: 3,
        ..Default::default()
    });
    assert!(v.node_count() > 0 && v.node_count() < full_view().node_count());
}

#[test]
fn filter_by_document_and_dates() {
    let file = "104_hanoi-convention-signing-ceremony.txt";
    let v = filtered(GraphFilter {
        documents: vec![format!("corpus/documents/{file}")],
        ..Default::default()
    });
    assert!(v.edge_count() > 0);
    assert!(v.graph.edge_weights().all(|e| e.documents.iter().any(|d| d == file)));

    let v = filtered(GraphFilter {
        since: Some("2025".into()),
        until: Some("2025-12".into()),
        ..Default::default()
    });
    assert!(v.graph.edge_weights().any(|e| e.interval().is_some()));
    for e in v.graph.edge_weights() {
        if let Some((a, b)) = e.interval() {
            assert!(b.as_str() >= "2025-01-01" && a.as_str() <= "2025-12-31", "{a}..{b}");
        }
    }
    assert!(v.edge_count() < full_view().edge_count());
    assert!(view(
        store(),
        &GraphFilter {
            since: Some("May 2025".into()),
            ..Default::default()
        }
    )
    .is_err());
}

/// The same readers on the graph of the five real seed documents (skipped,
/// with a message, where ../shared is absent).
#[test]
fn seeds_graph_reads_back_in_every_view_format() {
    let Some(shared) = common::shared() else { return };
    let s = common::memory_store(&shared.join("seeds"));
    let v = view(&s, &GraphFilter::default()).expect("view");
    assert!(v.node_count() > 50 && v.edge_count() > 50);
    for (name, format) in [
        ("cytoscape", GraphFormat::Cytoscape),
        ("graphml", GraphFormat::GraphMl),
        ("gexf", GraphFormat::Gexf),
        ("dot", GraphFormat::Dot),
    ] {
        check_counts(name, format, &v);
    }
}
