//! The counts each document's graph states about itself (vnkg:factCount,
//! vnkg:evidenceCount, vnkg:sentenceCount, vnkg:mentionCount), which
//! `queries/documents.rq` reads: they equal what the graph holds (counted
//! again here by aggregating its evidence, as the query did before), and
//! they stay exact when a document is re-ingested, changed, shrunk, removed,
//! or was written by a vnkg that did not count.

mod common;

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use std::collections::BTreeMap;
use std::path::Path;
use vnkg::ingest::{ingest, Options};
use vnkg::store::Store;

/// The four counts, in the order of `COUNTS`.
type Counts = [u64; 4];

const COUNTS: [&str; 4] = ["factCount", "evidenceCount", "sentenceCount", "mentionCount"];

fn rows(store: &Store, sparql: &str) -> Vec<BTreeMap<String, String>> {
    let QueryResults::Solutions(sol) = store.query(sparql).expect("query") else {
        panic!("not a SELECT query: {sparql}");
    };
    sol.map(|row| {
        let row = row.expect("row");
        row.iter()
            .map(|(v, t)| {
                let value = match t {
                    Term::NamedNode(n) => n.as_str().to_string(),
                    Term::Literal(l) => l.value().to_string(),
                    other => other.to_string(),
                };
                (v.as_str().to_string(), value)
            })
            .collect()
    })
    .collect()
}

fn number(row: &BTreeMap<String, String>, var: &str) -> u64 {
    row.get(var).and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// Every count statement of every document graph: graph → property → values
/// (a stale count left by an earlier version of the graph would be a second
/// value).
fn stored(store: &Store) -> BTreeMap<String, BTreeMap<String, Vec<u64>>> {
    let mut out: BTreeMap<String, BTreeMap<String, Vec<u64>>> = BTreeMap::new();
    let q = "SELECT ?doc ?p ?n WHERE { GRAPH ?g { ?doc ?p ?n } \
             VALUES ?p { vnkg:factCount vnkg:evidenceCount vnkg:sentenceCount vnkg:mentionCount } }";
    for r in rows(store, q) {
        let p = r["p"].rsplit('#').next().unwrap_or_default().to_string();
        out.entry(r["doc"].clone())
            .or_default()
            .entry(p)
            .or_default()
            .push(number(&r, "n"));
    }
    out
}

/// The counts as the graph holds them, aggregated from its evidence and
/// mentions (what `documents.rq` computed before the counts were stored).
fn computed(store: &Store) -> BTreeMap<String, Counts> {
    let mut out: BTreeMap<String, Counts> = BTreeMap::new();
    for r in rows(store, "SELECT ?doc WHERE { GRAPH ?doc { ?doc a vnkg:Document } }") {
        out.insert(r["doc"].clone(), [0; 4]);
    }
    let facts = "SELECT ?doc (COUNT(DISTINCT ?key) AS ?facts) (COUNT(DISTINCT ?ev) AS ?evidence) (COUNT(DISTINCT ?sent) AS ?sentences) \
         WHERE { GRAPH ?doc { ?doc a vnkg:Document . ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o . \
                              OPTIONAL { ?ev vnkg:sentence ?sent } } \
                 BIND(CONCAT(STR(?s), \" \", STR(?p), \" \", STR(?o), \" \", STR(DATATYPE(?o))) AS ?key0) \
                 BIND(IF(isLiteral(?o), ?key0, CONCAT(STR(?s), \" \", STR(?p), \" \", STR(?o))) AS ?key) } \
         GROUP BY ?doc";
    for r in rows(store, facts) {
        let c = out.entry(r["doc"].clone()).or_default();
        c[0] = number(&r, "facts");
        c[1] = number(&r, "evidence");
        c[2] = number(&r, "sentences");
    }
    let mentions = "SELECT ?doc (COUNT(DISTINCT ?m) AS ?mentions) \
         WHERE { GRAPH ?doc { ?doc a vnkg:Document ; vnkg:mentions|dcterms:subject ?m } } GROUP BY ?doc";
    for r in rows(store, mentions) {
        out.entry(r["doc"].clone()).or_default()[3] = number(&r, "mentions");
    }
    out
}

/// Checks that every document states each count once and that it equals
/// what its graph holds; returns the counts.
fn assert_exact(store: &Store) -> BTreeMap<String, Counts> {
    let stored = stored(store);
    let computed = computed(store);
    assert_eq!(
        stored.keys().collect::<Vec<_>>(),
        computed.keys().collect::<Vec<_>>(),
        "counts for exactly the documents in the store"
    );
    for (doc, want) in &computed {
        for (i, p) in COUNTS.iter().enumerate() {
            let got = stored[doc].get(*p).cloned().unwrap_or_default();
            assert_eq!(
                got,
                vec![want[i]],
                "{doc} {p}: stored {got:?}, the graph holds {}",
                want[i]
            );
        }
    }
    computed
}

/// `queries/documents.rq`'s four numbers, by document.
fn listed(store: &Store) -> BTreeMap<String, Counts> {
    let q = std::fs::read_to_string(common::root().join("queries/documents.rq")).expect("documents.rq");
    rows(store, &q)
        .into_iter()
        .map(|r| {
            let c = [
                number(&r, "facts"),
                number(&r, "evidence"),
                number(&r, "sentences"),
                number(&r, "mentions"),
            ];
            (r["doc"].clone(), c)
        })
        .collect()
}

fn counts_of(all: &BTreeMap<String, Counts>, key: &str) -> Counts {
    all.get(&vnkg::rdf::doc_iri(key))
        .copied()
        .unwrap_or_else(|| panic!("{key} listed"))
}

#[test]
fn counts_equal_what_each_graph_holds() {
    let store = common::memory_store(&common::root().join("corpus/documents"));
    let computed = assert_exact(&store);
    assert!(computed.len() >= 10, "{computed:?}");
    assert!(
        computed.values().all(|c| c[0] > 0 && c[1] >= c[0] && c[3] > 0),
        "{computed:?}"
    );
    assert_eq!(listed(&store), computed, "documents.rq lists the stored counts");
}

fn open(dir: &Path) -> Store {
    #[cfg(feature = "disk")]
    {
        Store::open(&dir.join("store")).expect("open")
    }
    #[cfg(not(feature = "disk"))]
    {
        let _ = dir;
        Store::memory().expect("store")
    }
}

#[test]
fn counts_follow_reingest_change_and_removal() {
    let k = common::knowledge();
    let dir = common::tempdir();
    let docs = dir.path().join("docs");
    let corpus = common::root().join("corpus/documents");
    for name in ["101_ccpcj33-statement.txt", "104_hanoi-convention-signing-ceremony.txt"] {
        let text = std::fs::read(corpus.join(name)).expect("corpus document");
        common::write(&docs, name, &text);
    }
    common::write(&docs, "a.txt", b"Viet Nam is a party to UNCAC.");
    let store = open(dir.path());
    let docs = [docs];
    ingest(&store, &k, &docs, &Options::default()).expect("ingest");
    let first = assert_exact(&store);
    assert_eq!(
        counts_of(&first, "a.txt"),
        [1, 1, 1, 2],
        "Viet Nam partyTo UNCAC, one sentence, two names"
    );

    // Unchanged: nothing is rewritten, the counts stay.
    let s = ingest(&store, &k, &docs, &Options::default()).expect("re-ingest");
    assert_eq!((s.new, s.replaced, s.unchanged), (0, 0, 3));
    assert_eq!(assert_exact(&store), first);

    // Forced: every graph is replaced; the counts are the same, once each.
    let forced = Options {
        force: true,
        ..Options::default()
    };
    let s = ingest(&store, &k, &docs, &forced).expect("forced re-ingest");
    assert_eq!(s.replaced, 3);
    assert_eq!(assert_exact(&store), first);

    // Grown, then shrunk: the counts of a.txt follow, the others' stay.
    common::write(
        &docs[0],
        "a.txt",
        b"Viet Nam is a party to UNCAC. Viet Nam is a member of ASEANAPOL.\n\nJapan is a party to UNTOC.",
    );
    let s = ingest(&store, &k, &docs, &Options::default()).expect("ingest the grown document");
    assert_eq!((s.new, s.replaced, s.unchanged), (0, 1, 2));
    let grown = assert_exact(&store);
    let a = counts_of(&grown, "a.txt");
    assert!(
        a[0] >= 3 && a[2] >= 2 && a[3] >= 5,
        "three facts, two sentences, five names: {a:?}"
    );
    for key in ["101_ccpcj33-statement.txt", "104_hanoi-convention-signing-ceremony.txt"] {
        assert_eq!(counts_of(&grown, key), counts_of(&first, key), "{key} untouched");
    }
    common::write(&docs[0], "a.txt", b"Nothing here names anything we know.");
    ingest(&store, &k, &docs, &Options::default()).expect("ingest the shrunk document");
    let shrunk = assert_exact(&store);
    assert_eq!(counts_of(&shrunk, "a.txt"), [0, 0, 0, 0]);
    assert_eq!(listed(&store), shrunk);

    // Removed: its counts go with its graph; the others' stay.
    assert!(store.remove_graph(&vnkg::rdf::doc_iri("a.txt")).expect("remove"));
    let after = assert_exact(&store);
    assert!(!after.contains_key(&vnkg::rdf::doc_iri("a.txt")));
    assert!(
        !stored(&store).contains_key(&vnkg::rdf::doc_iri("a.txt")),
        "no count of a.txt is left"
    );
    assert_eq!(after.len(), 2);
    assert_eq!(listed(&store), after);
}

/// A graph written before the counts existed (simulated by taking them out)
/// is extracted again by the next ingest, even though its file is unchanged,
/// and replaced whole: the store ends as a fresh build of the same files.
#[test]
fn graphs_without_counts_are_extracted_again() {
    let k = common::knowledge();
    let dir = common::tempdir();
    let docs = [common::root().join("corpus/documents")];
    let store = open(dir.path());
    let first = ingest(&store, &k, &docs, &Options::default()).expect("ingest");
    let fresh = assert_exact(&store);
    let mut export = Vec::new();
    vnkg::export::rdf(&store, vnkg::export::RdfExport::NQuads, &mut export).expect("export");

    let old = vnkg::rdf::doc_iri("101_ccpcj33-statement.txt");
    let graph = oxigraph::model::NamedNode::new(old.as_str()).expect("IRI");
    let without: Vec<oxigraph::model::Quad> = store
        .oxigraph()
        .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
        .map(|q| q.expect("quad"))
        .filter(|q| !COUNTS.iter().any(|c| q.predicate.as_str().ends_with(&format!("#{c}"))))
        .collect();
    store
        .replace_graph(&old, &without)
        .expect("write the graph without its counts");
    assert!(!stored(&store).contains_key(&old));

    let s = ingest(&store, &k, &docs, &Options::default()).expect("re-ingest");
    assert_eq!((s.new, s.replaced, s.unchanged), (0, 1, first.new - 1), "{s:?}");
    assert_eq!(assert_exact(&store), fresh);
    let mut again = Vec::new();
    vnkg::export::rdf(&store, vnkg::export::RdfExport::NQuads, &mut again).expect("export");
    assert!(again == export, "the store is as a fresh build");
}
