//! The real documents of ../shared/seeds, scored with ../shared/eval/kgeval.py
//! (skipped, with a message, where ../shared is absent).

mod common;

use vnkg::export::{rdf, RdfExport};
use vnkg::ingest::{ingest, Options};
use vnkg::store::Store;

fn score(dump_path: &std::path::Path, gold: &std::path::Path, kgeval: &std::path::Path) -> serde_json::Value {
    let out = std::process::Command::new("python3")
        .arg(kgeval)
        .arg("--dump")
        .arg(dump_path)
        .arg("--gold")
        .arg(gold)
        .arg("--json")
        .output()
        .expect("python3 runs kgeval.py");
    assert!(
        out.status.success(),
        "kgeval failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("kgeval JSON")
}

#[test]
fn seeds_meet_the_quality_bar() {
    let Some(shared) = common::shared() else { return };
    let k = common::knowledge();
    let store = Store::memory().expect("store");
    let s = ingest(&store, &k, &[shared.join("seeds")], &Options::default()).expect("ingest");
    assert_eq!(s.failed.len(), 0);
    assert_eq!(s.new, 5);
    let dir = common::tempdir();
    let path = dir.path().join("seeds.nq");
    let mut f = std::fs::File::create(&path).expect("create");
    rdf(&store, RdfExport::NQuads, &mut f).expect("export");
    let r = score(&path, &shared.join("gold/seeds"), &shared.join("eval/kgeval.py"));
    let sum = &r["summary"];
    eprintln!("seeds: {sum}");
    assert_eq!(sum["documents_found"], 5);
    let get = |k: &str| sum[k].as_f64().unwrap_or(0.0);
    assert!(get("mentions_f1") >= 0.85, "mentions F1 {}", get("mentions_f1"));
    assert!(
        get("facts_precision") >= 0.80,
        "facts precision {}",
        get("facts_precision")
    );
}

#[test]
fn corpus_gold_is_scored() {
    let Some(shared) = common::shared() else { return };
    let k = common::knowledge();
    let store = Store::memory().expect("store");
    ingest(
        &store,
        &k,
        &[common::root().join("corpus/documents")],
        &Options::default(),
    )
    .expect("ingest");
    let dir = common::tempdir();
    let path = dir.path().join("corpus.nq");
    let mut f = std::fs::File::create(&path).expect("create");
    rdf(&store, RdfExport::NQuads, &mut f).expect("export");
    let r = score(
        &path,
        &common::root().join("corpus/gold"),
        &shared.join("eval/kgeval.py"),
    );
    let sum = &r["summary"];
    eprintln!("corpus: {sum}");
    let get = |k: &str| sum[k].as_f64().unwrap_or(0.0);
    assert_eq!(sum["documents_found"], sum["documents"]);
    assert!(get("mentions_f1") >= 0.80, "mentions F1 {}", get("mentions_f1"));
    assert!(
        get("facts_precision") >= 0.70,
        "facts precision {}",
        get("facts_precision")
    );
}
