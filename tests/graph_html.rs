//! The HTML viewer (`export --format html`): one self-contained file whose
//! embedded JSON holds the whole view, which no label can break out of, and
//! which headless Chromium lays out and draws (the page sets its title to
//! `drawn N nodes M edges in T ms` when the layout ends). Chromium missing
//! fails the Chromium tests: CI installs it (`.ci/run`).

mod common;

use oxigraph::model::{Literal, NamedNode, Quad};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Instant;
use vnkg::graph::{view, GraphFilter, GraphFormat, View};
use vnkg::store::Store;
use vnkg::vocab::*;

const EVIL: &str = "</script><script>alert(1)</script>";

fn corpus_view() -> &'static View {
    static VIEW: OnceLock<View> = OnceLock::new();
    VIEW.get_or_init(|| {
        let s = common::memory_store(&common::root().join("corpus/documents"));
        view(&s, &GraphFilter::default()).expect("view")
    })
}

fn html_of(v: &View) -> String {
    let mut buf = Vec::new();
    vnkg::graph::write(v, GraphFormat::Html, &mut buf).expect("write html");
    String::from_utf8(buf).expect("utf-8")
}

const DATA_OPEN: &str = r#"<script type="application/json" id="data">"#;

/// The text of the data element and the page without it.
fn split(html: &str) -> (&str, String) {
    let start = html.find(DATA_OPEN).expect("a data element") + DATA_OPEN.len();
    let len = html[start..].find("</script>").expect("the data element ends");
    let rest = format!("{}{}", &html[..start], &html[start + len..]);
    (&html[start..start + len], rest)
}

fn embedded(html: &str) -> Value {
    serde_json::from_str(split(html).0).expect("the embedded JSON parses")
}

/// A hand-built store: one document graph with `n` entities (labels from
/// `label`, classes in turn Country, Treaty, Body, Person, Session) and facts
/// `(i, relation, j)` from `facts`, each with a sentence of evidence.
fn hand_store(n: usize, label: impl Fn(usize) -> String, facts: &[(usize, &str, usize)]) -> Store {
    let store = Store::memory().expect("store");
    let r = |s: &str| NamedNode::new_unchecked(format!("{VNR}{s}"));
    let v = |s: &str| NamedNode::new_unchecked(format!("{VNKG}{s}"));
    let rdf = |s: &str| NamedNode::new_unchecked(s);
    let lit = |s: &str| Literal::new_simple_literal(s);
    let doc = r("doc/hand");
    let mut q = vec![
        Quad::new(doc.clone(), rdf(RDF_TYPE), v("Document"), doc.clone()),
        Quad::new(doc.clone(), v("fileName"), lit("hand <b>made</b>.txt"), doc.clone()),
    ];
    let classes = ["Country", "Treaty", "Body", "Person", "Session"];
    for i in 0..n {
        let e = r(&format!("e/{i}"));
        q.push(Quad::new(
            e.clone(),
            rdf(RDF_TYPE),
            v(classes[i % classes.len()]),
            doc.clone(),
        ));
        q.push(Quad::new(e, rdf(SKOS_PREF_LABEL), lit(&label(i)), doc.clone()));
    }
    for (k, (s, p, o)) in facts.iter().enumerate() {
        let (s, o) = (r(&format!("e/{s}")), r(&format!("e/{o}")));
        q.push(Quad::new(s.clone(), v(p), o.clone(), doc.clone()));
        let ev = r(&format!("ev/{k}"));
        let sent = r(&format!("sent/{k}"));
        q.push(Quad::new(ev.clone(), rdf(RDF_SUBJECT), s, doc.clone()));
        q.push(Quad::new(ev.clone(), rdf(RDF_PREDICATE), v(p), doc.clone()));
        q.push(Quad::new(ev.clone(), rdf(RDF_OBJECT), o, doc.clone()));
        q.push(Quad::new(ev.clone(), v("sentence"), sent.clone(), doc.clone()));
        // As vnkg writes evidence: no rdf:type, a rule node (which must not
        // become a node or an edge of the view).
        q.push(Quad::new(ev, v("rule"), r("rule/test.rule"), doc.clone()));
        let text = format!("Sentence {k} says <i>so</i> {EVIL}.");
        q.push(Quad::new(sent.clone(), v("text"), lit(&text), doc.clone()));
        q.push(Quad::new(
            sent,
            v("startOffset"),
            lit(&(k * 100).to_string()),
            doc.clone(),
        ));
    }
    store.bulk_insert(&[(doc.as_str(), &q)]).expect("insert");
    store
}

fn evil_view() -> View {
    let labels = |i: usize| match i {
        0 => EVIL.to_string(),
        1 => "<!-- <script>alert(2)</script>".to_string(),
        2 => "Ünïcödé & \"quotes\" \u{2028} line".to_string(),
        _ => format!("Entity {i}"),
    };
    let store = hand_store(4, labels, &[(0, "partyTo", 1), (2, "memberOf", 0), (3, "heldIn", 2)]);
    view(&store, &GraphFilter::default()).expect("view")
}

#[test]
fn corpus_html_is_self_contained_and_holds_the_view() {
    let v = corpus_view();
    let html = html_of(v);
    assert!(html.starts_with("<!DOCTYPE html>"));
    let (_, rest) = split(&html);
    for bad in ["http://", "https://", "src=", "href=", "<link", "@import", "url("] {
        assert!(!rest.contains(bad), "the page outside the data has {bad}");
    }
    assert_eq!(rest.matches("<script").count(), 2, "the data element and the viewer");
    assert!(rest.contains("Content-Security-Policy"));
    let data = embedded(&html);
    let nodes = data["nodes"].as_array().expect("nodes");
    let edges = data["edges"].as_array().expect("edges");
    assert_eq!((nodes.len(), edges.len()), (v.node_count(), v.edge_count()));
    assert!(nodes.len() > 50 && edges.len() > 50);
    assert_eq!(data["legend"].as_array().map(Vec::len), Some(v.legend.len()));
    for e in edges {
        for end in ["s", "t"] {
            assert!(e[end].as_u64().expect("index") < nodes.len() as u64);
        }
    }
    assert!(
        edges.iter().any(|e| !e["sentence"].as_str().unwrap_or("").is_empty()
            && !e["documents"].as_array().expect("documents").is_empty()),
        "edges carry their evidence sentence and documents"
    );
    // The same view gives the same bytes.
    assert_eq!(html, html_of(v));
}

#[test]
fn a_label_cannot_close_the_script() {
    let v = evil_view();
    let html = html_of(&v);
    assert!(!html.contains(EVIL), "the label is written raw");
    assert!(!html.contains("<!-- <script>"));
    // Only the two script elements end: the label stays inside the JSON.
    assert_eq!(html.matches("</script>").count(), 2);
    let data = embedded(&html);
    let labels: Vec<&str> = data["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["label"].as_str().expect("label"))
        .collect();
    assert!(labels.contains(&EVIL), "{labels:?}");
    assert!(labels.contains(&"<!-- <script>alert(2)</script>"));
    assert!(labels.contains(&"Ünïcödé & \"quotes\" \u{2028} line"));
    let sentences: Vec<&str> = data["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["sentence"].as_str().expect("sentence"))
        .collect();
    assert!(
        sentences.iter().all(|s| s.ends_with(&format!("{EVIL}."))),
        "{sentences:?}"
    );
    assert_eq!((v.node_count(), v.edge_count()), (4, 3));
}

#[test]
fn the_cli_writes_html() {
    let dir = common::tempdir();
    let store = dir.path().join("store");
    let out = dir.path().join("graph.html");
    let bin = env!("CARGO_BIN_EXE_vnkg");
    let docs = common::root().join("corpus/documents/101_ccpcj33-statement.txt");
    let ok = Command::new(bin)
        .arg("--store")
        .arg(&store)
        .arg("ingest")
        .arg(&docs)
        .arg("--quiet")
        .status()
        .expect("vnkg runs");
    assert!(ok.success());
    let ok = Command::new(bin)
        .arg("--store")
        .arg(&store)
        .args(["export", "--format", "html", "-o"])
        .arg(&out)
        .status()
        .expect("vnkg runs");
    assert!(ok.success());
    let html = std::fs::read_to_string(&out).expect("written");
    assert!(embedded(&html)["nodes"].as_array().is_some_and(|n| !n.is_empty()));
}

// ---------------------------------------------------------------------------
// Headless Chromium

fn chromium() -> PathBuf {
    for p in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] {
        if Path::new(p).exists() {
            return PathBuf::from(p);
        }
    }
    panic!("chromium is not installed (apt-get install chromium; .ci/run does it)");
}

/// Loads `file` (with `fragment`, e.g. `#q=…`) in headless Chromium; returns
/// the DOM after the layout, and the real time from the viewer's first line
/// to the end of the layout (from Chromium's log: the page's own clock runs
/// on virtual time here).
fn load(file: &Path, fragment: &str, budget_ms: u32) -> (String, Option<f64>) {
    let profile = common::tempdir();
    let url = format!("file://{}{fragment}", file.display());
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1200,800",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--virtual-time-budget={budget_ms}"))
        .args(["--enable-logging=stderr", "--v=0", "--dump-dom"])
        .arg(&url)
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success() && !dom.is_empty(),
        "chromium failed on {url}:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dom, real_ms(&String::from_utf8_lossy(&out.stderr)))
}

/// Seconds of the day of a Chromium log line `[pid:tid:MMDD/HHMMSS.micro:INFO:CONSOLE…] "vnkg: …"`.
fn log_time(stderr: &str, message: &str) -> Option<f64> {
    let line = stderr.lines().find(|l| l.contains(message))?;
    let stamp = line.split(':').nth(2)?.split('/').nth(1)?;
    let (h, m, s) = (&stamp.get(0..2)?, &stamp.get(2..4)?, &stamp.get(4..)?);
    Some(h.parse::<f64>().ok()? * 3600.0 + m.parse::<f64>().ok()? * 60.0 + s.parse::<f64>().ok()?)
}

fn real_ms(stderr: &str) -> Option<f64> {
    let (a, b) = (log_time(stderr, "\"vnkg: start")?, log_time(stderr, "\"vnkg: drawn")?);
    Some(((b - a + 86400.0) % 86400.0) * 1000.0)
}

/// `(nodes drawn, edges, ms)` from the page title `drawn N nodes M edges in T ms`.
fn drawn(dom: &str) -> (usize, usize, u64) {
    let start = dom.find("<title>").expect("a title") + "<title>".len();
    let title = &dom[start..start + dom[start..].find("</title>").expect("title ends")];
    let w: Vec<&str> = title.split_whitespace().collect();
    assert!(
        w.len() == 8 && w[0] == "drawn" && w[2] == "nodes" && w[4] == "edges" && w[7] == "ms",
        "the layout did not finish: title '{title}'"
    );
    (
        w[1].parse().expect("N"),
        w[3].parse().expect("M"),
        w[6].parse().expect("T"),
    )
}

fn write_file(dir: &Path, v: &View) -> PathBuf {
    let p = dir.join("graph.html");
    std::fs::write(&p, html_of(v)).expect("write");
    p
}

#[test]
fn chromium_draws_every_node_of_the_corpus() {
    let v = corpus_view();
    let dir = common::tempdir();
    let file = write_file(dir.path(), v);
    let (dom, real) = load(&file, "", 20_000);
    let (n, m, _) = drawn(&dom);
    let real = real.map_or("?".to_string(), |r| format!("{r:.0}"));
    eprintln!("corpus: {n} nodes, {m} edges laid out and drawn in {real} ms");
    assert_eq!((n, m), (v.node_count(), v.edge_count()));
    assert!(dom.contains(r#"data-drawn=""#));
}

#[test]
fn chromium_shows_a_hostile_label_as_text() {
    let v = evil_view();
    let dir = common::tempdir();
    let file = write_file(dir.path(), &v);
    // #q= selects the node: its label goes into the panel (and the search box).
    let (dom, _) = load(&file, "#q=%3C%2Fscript%3E%3Cscript%3Ealert(1)", 5_000);
    assert_eq!(drawn(&dom).0, 4);
    assert!(
        !dom.contains("<script>alert(1)</script>"),
        "a label became markup:\n{dom}"
    );
    assert!(!dom.contains("<i>so</i>") && !dom.contains("<b>made</b>"));
    let panel = &dom[dom.find(r#"<aside id="panel""#).expect("the panel")..];
    assert!(
        panel.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the label is not in the panel as text:\n{panel}"
    );
    assert!(
        panel.contains("Facts out (1)") && panel.contains("Facts in (1)"),
        "{panel}"
    );
    // #e= selects an edge: its sentence and documents, as text.
    let (dom, _) = load(&file, "#e=0", 5_000);
    let panel = &dom[dom.find(r#"<aside id="panel""#).expect("the panel")..];
    assert!(panel.contains("Evidence (1)"), "{panel}");
    assert!(panel.contains("says &lt;i&gt;so&lt;/i&gt; &lt;/script&gt;"), "{panel}");
    assert!(panel.contains("hand &lt;b&gt;made&lt;/b&gt;.txt"), "{panel}");
    assert!(!dom.contains("<script>alert(1)</script>") && !dom.contains("<b>made</b>"));
}

/// 5,000 entities and 10,000 facts: the layout must finish. The time it took
/// (measured by the page) is printed; run with `--nocapture` to see it, and
/// with `VNKG_KEEP_HTML=path` to keep the page.
#[test]
fn chromium_lays_out_5000_nodes() {
    const N: usize = 5000;
    let mut facts = Vec::with_capacity(2 * N);
    let mut seed: u64 = 42;
    let mut next = |m: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % m
    };
    let rels = ["partyTo", "memberOf", "heldIn", "signed"];
    for i in 1..N {
        // a tree (every node connected), preferring nearby earlier nodes: some locality
        let j = i.saturating_sub(1 + next(50.min(i)));
        facts.push((i, rels[i % rels.len()], j));
    }
    while facts.len() < 2 * N {
        let (a, b) = (next(N), next(N));
        if a != b {
            facts.push((a, rels[(a + b) % rels.len()], b));
        }
    }
    let store = hand_store(N, |i| format!("Entity {i}"), &facts);
    let v = view(&store, &GraphFilter::default()).expect("view");
    assert_eq!(v.node_count(), N);
    let dir = common::tempdir();
    let file = write_file(dir.path(), &v);
    if let Some(keep) = std::env::var_os("VNKG_KEEP_HTML") {
        std::fs::copy(&file, keep).expect("copy the page");
    }
    let size = std::fs::metadata(&file).expect("file").len();
    let started = Instant::now();
    let (dom, real) = load(&file, "", 60_000);
    let wall = started.elapsed();
    let (n, m, _) = drawn(&dom);
    let real = real.expect("chromium logs the viewer's start and end");
    eprintln!(
        "5000-node graph: {n} nodes, {m} edges, {:.1} MB of HTML: parsed, laid out and drawn in {real:.0} ms (chromium ran {:.1} s in all)",
        size as f64 / 1e6,
        wall.as_secs_f64()
    );
    assert_eq!((n, m), (v.node_count(), v.edge_count()));
}
