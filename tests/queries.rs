//! Every named query in queries/ runs on the graph of corpus/documents and
//! is checked against the rows that a correct reading of the corpus must give
//! (tests/queries_expected/<name>.tsv, written from the gold facts in
//! corpus/gold, not from vnkg's output).
//!
//! Each query must return at least one of its expected rows, and all the
//! queries together at least 75% of them; `all_expected_rows` (run with
//! `cargo test --release -- --ignored`) asks for every row, which the
//! extractor does not reach yet: it lists what is missing.

mod common;

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use std::collections::BTreeSet;
use std::sync::OnceLock;
use vnkg::store::Store;

fn store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| common::memory_store(&common::root().join("corpus/documents")))
}

fn plain(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// Runs queries/<name>.rq and checks the expected rows; returns the missing ones.
fn missing(name: &str) -> (usize, Vec<String>) {
    let root = common::root();
    let q = std::fs::read_to_string(root.join(format!("queries/{name}.rq"))).expect("query file");
    let expected =
        std::fs::read_to_string(root.join(format!("tests/queries_expected/{name}.tsv"))).expect("expected file");
    let mut lines = expected.lines().filter(|l| !l.trim().is_empty());
    let cols: Vec<&str> = lines.next().expect("header").split('\t').collect();
    let want: Vec<Vec<String>> = lines.map(|l| l.split('\t').map(str::to_string).collect()).collect();
    let QueryResults::Solutions(sol) = store().query(&q).unwrap_or_else(|e| panic!("{name}: {e}")) else {
        panic!("{name} is not a SELECT query");
    };
    let mut got: BTreeSet<Vec<String>> = BTreeSet::new();
    for row in sol {
        let row = row.unwrap_or_else(|e| panic!("{name}: {e}"));
        got.insert(
            cols.iter()
                .map(|c| row.get(*c).map(plain).unwrap_or_default())
                .collect(),
        );
    }
    let miss = want
        .iter()
        .filter(|w| !got.contains(*w))
        .map(|w| w.join(" | "))
        .collect::<Vec<_>>();
    (want.len(), miss)
}

const NAMES: [&str; 14] = [
    "co-participants",
    "document-facts",
    "documents",
    "entity",
    "evidence",
    "hanoi-convention-events",
    "memberships",
    "organisers",
    "partners",
    "posts",
    "sessions",
    "treaties-party",
    "treaties-status",
    "vietnam-events",
];

fn check(name: &str) {
    let (n, miss) = missing(name);
    assert!(n > 0, "{name}: no expected rows");
    eprintln!("{name}: {} of {n} expected rows found", n - miss.len());
    assert!(
        miss.len() < n,
        "{name}: none of its {n} expected rows:\n  {}",
        miss.join("\n  ")
    );
}

#[test]
fn three_quarters_of_all_expected_rows() {
    let (mut n, mut m) = (0, 0);
    for name in NAMES {
        let (k, miss) = missing(name);
        n += k;
        m += miss.len();
        for x in miss {
            eprintln!("{name}: missing {x}");
        }
    }
    let recall = (n - m) as f64 / n as f64;
    eprintln!("expected rows found: {} of {n} ({recall:.2})", n - m);
    assert!(recall >= 0.75, "only {} of {n} expected rows", n - m);
}

#[test]
#[ignore = "the extractor does not yet give every expected row; lists the missing ones"]
fn all_expected_rows() {
    let mut all = Vec::new();
    for name in NAMES {
        all.extend(missing(name).1.into_iter().map(|x| format!("{name}: {x}")));
    }
    assert!(all.is_empty(), "{} rows missing:\n  {}", all.len(), all.join("\n  "));
}

#[test]
fn every_query_file_has_expected_rows() {
    let root = common::root();
    for e in std::fs::read_dir(root.join("queries")).expect("queries/") {
        let p = e.expect("entry").path();
        if p.extension().and_then(|x| x.to_str()) == Some("rq") {
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            assert!(
                root.join(format!("tests/queries_expected/{stem}.tsv")).is_file(),
                "no expected rows for {stem}"
            );
        }
    }
}

/// SPARQLWrapper (a common Python client) decides whether a text is a query
/// or an update from its words: it strips comment lines with
/// `(^|\n)\s*#.*?\n`, which removes every other line of a comment block,
/// and takes the first query keyword found anywhere in what is left. A
/// header comment saying "add e.g. FILTER(…)" made it send a named query as
/// an update (refused). Every named query must read as a SELECT.
#[test]
fn every_query_reads_as_a_select_to_sparqlwrapper() {
    let comments = regex::Regex::new(r"(^|\n)\s*#.*?\n").expect("regex");
    let keyword =
        regex::Regex::new(r"(?i)CONSTRUCT|SELECT|ASK|DESCRIBE|INSERT|DELETE|CREATE|CLEAR|DROP|LOAD|COPY|MOVE|ADD")
            .expect("regex");
    let root = common::root();
    for name in NAMES {
        let q = std::fs::read_to_string(root.join(format!("queries/{name}.rq"))).expect("query file");
        let left = comments.replace_all(&q, "\n\n");
        let left: String = left
            .lines()
            .filter(|l| !l.trim_start().to_ascii_uppercase().starts_with("PREFIX"))
            .collect::<Vec<_>>()
            .join("\n");
        let found = keyword.find(&left).map(|m| m.as_str().to_ascii_uppercase());
        assert_eq!(
            found.as_deref(),
            Some("SELECT"),
            "{name}: SPARQLWrapper would read it as {found:?}; reword its comment"
        );
    }
}

macro_rules! query_tests {
    ($($f:ident => $name:expr),* $(,)?) => { $( #[test] fn $f() { check($name); } )* };
}

query_tests! {
    co_participants => "co-participants",
    document_facts => "document-facts",
    documents => "documents",
    entity => "entity",
    evidence => "evidence",
    hanoi_convention_events => "hanoi-convention-events",
    memberships => "memberships",
    organisers => "organisers",
    partners => "partners",
    posts => "posts",
    sessions => "sessions",
    treaties_party => "treaties-party",
    treaties_status => "treaties-status",
    vietnam_events => "vietnam-events",
}
