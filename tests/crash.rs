//! Crash consistency: `vnkg ingest` killed with SIGKILL at random moments,
//! over a generated corpus that changes between rounds. After every kill
//! the store opens, and every document graph in it is exactly one version
//! of that document as an uninterrupted extraction makes it (its sha256 and
//! all its facts) or absent; a last ingest then gives byte for byte the dump
//! of an uninterrupted run.
#![cfg(feature = "disk")]

mod common;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const DOCS: usize = 200;
const ROUNDS: usize = 30;

fn vnkg() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vnkg"));
    c.current_dir(common::root());
    c
}

/// N-Quads lines grouped by graph IRI.
fn by_graph(nq: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut m: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in nq.lines().filter(|l| !l.trim().is_empty()) {
        let body = line.trim_end().trim_end_matches('.').trim_end();
        let g = body.rsplit_once(' ').map(|(_, g)| g).unwrap_or("");
        m.entry(g.to_string()).or_default().insert(line.to_string());
    }
    m
}

fn export(store: &Path, out: &Path) -> String {
    let o = vnkg()
        .arg("--store")
        .arg(store)
        .args(["export", "--format", "nquads", "-o"])
        .arg(out)
        .output()
        .expect("run vnkg export");
    assert!(
        o.status.success(),
        "the store does not open after a kill: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    std::fs::read_to_string(out).expect("dump")
}

fn extract(docs: &Path, out: &Path) -> String {
    let o = vnkg()
        .args(["extract", "--no-ontology", "-o"])
        .arg(out)
        .arg(docs)
        .output()
        .expect("run vnkg extract");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // Through a store, so that literals read as the store gives them back
    // ("0.90" is the decimal 0.9).
    let store = vnkg::store::Store::memory().expect("store");
    let nq = std::fs::read(out).expect("extract");
    store
        .oxigraph()
        .load_from_slice(oxigraph::io::RdfFormat::NQuads, &nq)
        .expect("N-Quads");
    let mut dump = Vec::new();
    vnkg::export::rdf(&store, vnkg::export::RdfExport::NQuads, &mut dump).expect("dump");
    String::from_utf8(dump).expect("utf-8")
}

fn ingest(store: &Path, docs: &Path, extra: &[&str]) -> Command {
    let mut c = vnkg();
    c.arg("--store")
        .arg(store)
        .arg("ingest")
        .arg(docs)
        .arg("-q")
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

#[test]
fn sigkill_during_ingest_leaves_whole_documents_or_none() {
    let dir = common::tempdir();
    let docs = dir.path().join("docs");
    let store = dir.path().join("store");
    let tmp = dir.path().join("out.nq");
    let mut versions = vec![0usize; DOCS];
    let write_doc = |i: usize, v: usize| {
        common::write(
            &docs,
            &format!("d{i:04}.txt"),
            common::generated_document(i, v).as_bytes(),
        );
    };
    for i in 0..DOCS {
        write_doc(i, 0);
    }
    // Every version of every document graph that an uninterrupted run makes.
    let mut allowed: HashMap<String, Vec<BTreeSet<String>>> = HashMap::new();
    let learn = |docs: &Path, allowed: &mut HashMap<String, Vec<BTreeSet<String>>>| {
        for (g, lines) in by_graph(&extract(docs, &tmp)) {
            let v = allowed.entry(g).or_default();
            if !v.contains(&lines) {
                v.push(lines);
            }
        }
    };
    learn(&docs, &mut allowed);
    // How long an uninterrupted ingest takes: kills land within it.
    let t0 = Instant::now();
    let st = ingest(&store, &docs, &[]).status().expect("ingest");
    assert!(st.success());
    let first = t0.elapsed();
    // (And again, every document re-extracted: the first run may pay for a
    // cold page cache and take longer than the rounds below, whose kills
    // would then land after they finished. The shorter of the two sets the
    // delays.)
    let t1 = Instant::now();
    let st = ingest(&store, &docs, &["--force"]).status().expect("ingest");
    assert!(st.success());
    let full = first.min(t1.elapsed());
    eprintln!("crash test: {DOCS} documents, uninterrupted ingest {full:?}");
    let ontology_graph = format!("<{}>", vnkg::vocab::ONTOLOGY_GRAPH);
    let reference_ontology = by_graph(&export(&store, &tmp))
        .remove(&ontology_graph)
        .expect("ontology graph");

    let mut rng = common::Lcg(20_261_123);
    let (mut killed, mut finished) = (0, 0);
    for round in 0..ROUNDS {
        let mut extra: Vec<&str> = Vec::new();
        match round % 3 {
            // A fresh store: the bulk loader path.
            0 => {
                let _ = std::fs::remove_dir_all(&store);
            }
            // Everything re-extracted: graphs replaced in transactions.
            1 => extra.push("--force"),
            // A tenth of the documents changed (and whatever a kill left out).
            _ => {
                for _ in 0..DOCS / 10 {
                    let i = rng.below(DOCS);
                    versions[i] += 1;
                    write_doc(i, versions[i]);
                }
                learn(&docs, &mut allowed);
            }
        }
        // (Within the first 60% of that time: a round's ingest can run
        // faster than both timed ones, and a kill drawn near their end then
        // lands after it finished.)
        let delay = Duration::from_micros(rng.below(full.as_micros() as usize * 6 / 10 + 1) as u64);
        let mut child = ingest(&store, &docs, &extra).spawn().expect("spawn ingest");
        std::thread::sleep(delay);
        match child.try_wait().expect("wait") {
            Some(_) => finished += 1,
            None => {
                child.kill().expect("SIGKILL");
                killed += 1;
            }
        }
        let _ = child.wait();
        let dump = by_graph(&export(&store, &tmp));
        for (g, lines) in &dump {
            if *g == ontology_graph {
                assert_eq!(
                    lines, &reference_ontology,
                    "round {round}: the ontology graph is not whole"
                );
                continue;
            }
            let versions = allowed
                .get(g)
                .unwrap_or_else(|| panic!("round {round}: unknown graph {g}"));
            assert!(
                versions.contains(lines),
                "round {round} (killed after {delay:?}): graph {g} is not a whole version of its document ({} quads)",
                lines.len()
            );
        }
    }
    eprintln!("crash test: {killed} rounds killed mid-ingest, {finished} had finished");
    assert!(killed >= 20, "only {killed} of {ROUNDS} rounds were killed mid-run");

    // A last, uninterrupted ingest gives exactly what a fresh run gives.
    let st = ingest(&store, &docs, &[]).status().expect("ingest");
    assert!(st.success());
    let resumed = export(&store, &tmp);
    let fresh_store = dir.path().join("fresh");
    let st = ingest(&fresh_store, &docs, &[]).status().expect("ingest");
    assert!(st.success());
    let fresh = export(&fresh_store, &dir.path().join("fresh.nq"));
    assert!(
        resumed == fresh,
        "the store resumed after kills differs from a fresh build"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&store)
        .expect("store")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("bulk-"))
        .collect();
    assert!(leftovers.is_empty(), "bulk loader files left: {leftovers:?}");
}

/// A first ingest killed while it creates the store (before RocksDB has all
/// its column families) leaves a store that opens only for writing: read
/// commands complete it first instead of failing. Kills land every 10 ms
/// through the first 200 ms of a run on a fresh store.
#[test]
fn a_store_killed_while_it_is_created_still_opens() {
    let dir = common::tempdir();
    let docs = common::root().join("corpus/documents");
    let tmp = dir.path().join("out.nq");
    for step in 0..20u64 {
        let store = dir.path().join(format!("store{step}"));
        let mut child = ingest(&store, &docs, &[]).spawn().expect("spawn ingest");
        std::thread::sleep(Duration::from_millis(step * 10));
        let _ = child.kill();
        let _ = child.wait();
        export(&store, &tmp);
        let st = ingest(&store, &docs, &[]).status().expect("ingest");
        assert!(st.success(), "step {step}: ingest after the kill");
    }
}
