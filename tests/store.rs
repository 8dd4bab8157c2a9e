//! The on-disk store: ingest, re-ingest, replace, remove, bad input, and
//! byte-identical dumps from fresh builds.
#![cfg(feature = "disk")]

mod common;

use std::path::{Path, PathBuf};
use vnkg::export::{rdf, RdfExport};
use vnkg::ingest::{ingest, Options};
use vnkg::store::Store;

fn dump(store: &Store) -> String {
    let mut out = Vec::new();
    rdf(store, RdfExport::NQuads, &mut out).expect("export");
    String::from_utf8(out).expect("utf-8")
}

fn corpus() -> PathBuf {
    common::root().join("corpus/documents")
}

fn quiet() -> Options {
    Options::default()
}

#[test]
fn reingest_is_a_no_op_and_fresh_builds_are_identical() {
    let k = common::knowledge();
    let (a, b) = (common::tempdir(), common::tempdir());
    let sa = Store::open(a.path()).expect("open");
    let s1 = ingest(&sa, &k, &[corpus()], &quiet()).expect("ingest");
    assert!(s1.new >= 10, "{s1:?}");
    assert_eq!(s1.failed.len(), 0, "{:?}", s1.failed);
    let d1 = dump(&sa);
    let s2 = ingest(&sa, &k, &[corpus()], &quiet()).expect("re-ingest");
    assert_eq!((s2.new, s2.replaced, s2.unchanged), (0, 0, s1.new));
    assert_eq!(dump(&sa), d1, "an unchanged corpus leaves the store unchanged");
    let sb = Store::open(b.path()).expect("open");
    ingest(
        &sb,
        &k,
        &[corpus()],
        &Options {
            threads: Some(1),
            ..quiet()
        },
    )
    .expect("ingest");
    assert_eq!(dump(&sb), d1, "two fresh builds dump the same N-Quads");
}

fn facts_of(store: &Store, file: &str) -> usize {
    let q =
        format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?g vnkg:fileName \"{file}\" . ?ev rdf:subject ?x }} }}");
    let mut out = Vec::new();
    vnkg::query::run(store, &q, vnkg::query::Format::Tsv, &mut out).expect("query");
    let text = String::from_utf8(out).expect("utf-8");
    text.lines()
        .nth(1)
        .and_then(|l| l.split('^').next())
        .and_then(|n| n.trim_matches('"').parse().ok())
        .unwrap_or(0)
}

#[test]
fn changed_document_is_replaced_whole_and_removed_exactly() {
    let k = common::knowledge();
    let dir = common::tempdir();
    let docs = dir.path().join("docs");
    common::write(
        &docs,
        "a.txt",
        b"Viet Nam is a party to UNCAC. Viet Nam is a member of ASEANAPOL.",
    );
    common::write(&docs, "b.txt", b"Japan is a party to UNTOC.");
    let store = Store::open(&dir.path().join("store")).expect("open");
    ingest(&store, &k, std::slice::from_ref(&docs), &quiet()).expect("ingest");
    let before = facts_of(&store, "a.txt");
    assert!(before >= 2, "two facts in a.txt, got {before}");
    let b_dump: Vec<String> = dump(&store)
        .lines()
        .filter(|l| l.contains("/doc/b>"))
        .map(str::to_string)
        .collect();
    common::write(&docs, "a.txt", b"Viet Nam is a party to UNCAC.");
    let s = ingest(&store, &k, std::slice::from_ref(&docs), &quiet()).expect("re-ingest");
    assert_eq!((s.new, s.replaced, s.unchanged), (0, 1, 1));
    assert_eq!(facts_of(&store, "a.txt"), 1, "the old graph of a.txt is gone");
    let b_after: Vec<String> = dump(&store)
        .lines()
        .filter(|l| l.contains("/doc/b>"))
        .map(str::to_string)
        .collect();
    assert_eq!(b_dump, b_after, "b.txt untouched");
    let g = vnkg::rdf::doc_iri("a.txt");
    assert!(store.remove_graph(&g).expect("remove"));
    assert!(!dump(&store).contains("/doc/a>"), "nothing of a.txt is left");
    assert!(dump(&store).contains("/doc/b>"));
}

#[test]
fn bad_input_fails_alone_and_loses_nothing() {
    let k = common::knowledge();
    let dir = common::tempdir();
    let docs = dir.path().join("docs");
    common::write(&docs, "good.txt", b"Viet Nam is a party to UNCAC.");
    let store = Store::open(&dir.path().join("store")).expect("open");
    ingest(&store, &k, std::slice::from_ref(&docs), &quiet()).expect("ingest");
    let before = dump(&store);
    common::write(&docs, "latin1.txt", b"Vi\xeat Nam");
    common::write(&docs, "empty.txt", b"");
    common::write(&docs, "binary.txt", b"\x7fELF\x00\x01\x02");
    common::write(&docs, "image.png", b"\x89PNG");
    common::write(
        &docs,
        "metadata.tsv",
        b"file\tdate\ttitle\turl\ngood.txt\t2024-13-01\t\t\n\t2024\t\t\n",
    );
    common::write(&docs, "more.txt", b"Laos is a member of SEAJust.");
    let s = ingest(&store, &k, std::slice::from_ref(&docs), &quiet()).expect("ingest");
    let mut failed: Vec<String> = s
        .failed
        .iter()
        .map(|(p, m)| format!("{} {m}", p.file_name().and_then(|n| n.to_str()).unwrap_or("")))
        .collect();
    failed.sort();
    assert_eq!(failed.len(), 3, "{failed:?}");
    assert!(
        failed[0].starts_with("binary.txt") && failed[0].contains("binary"),
        "{failed:?}"
    );
    assert!(
        failed[1].starts_with("empty.txt") && failed[1].contains("empty"),
        "{failed:?}"
    );
    assert!(
        failed[2].starts_with("latin1.txt") && failed[2].contains("UTF-8"),
        "{failed:?}"
    );
    assert_eq!(s.skipped.len(), 1, "image.png is skipped with a note");
    assert_eq!(s.problems.len(), 2, "two bad metadata rows: {:?}", s.problems);
    let after = dump(&store);
    for line in before.lines() {
        assert!(after.contains(line), "lost: {line}");
    }
    assert!(after.contains("/doc/more>"), "the good new document is in");
    assert!(!after.contains("/doc/latin1>") && !after.contains("/doc/empty>"));
}

#[test]
fn a_second_process_gets_a_clear_error() {
    let dir = common::tempdir();
    let _held = Store::open(dir.path()).expect("open");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vnkg"))
        .args(["stats", "--store"])
        .arg(dir.path())
        .output()
        .expect("run vnkg");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("in use by another vnkg process"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
}

#[allow(dead_code)]
fn exists(p: &Path) -> bool {
    p.exists()
}
