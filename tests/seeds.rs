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

/// `vnkg eval` counts exactly what the shared scorer counts, on the seeds and
/// on the corpus.
#[test]
fn eval_agrees_with_kgeval() {
    let Some(shared) = common::shared() else { return };
    let k = common::knowledge();
    for (docs, gold) in [
        (shared.join("seeds"), shared.join("gold/seeds")),
        (
            common::root().join("corpus/documents"),
            common::root().join("corpus/gold"),
        ),
    ] {
        let store = Store::memory().expect("store");
        ingest(&store, &k, &[docs], &Options::default()).expect("ingest");
        let dir = common::tempdir();
        let path = dir.path().join("dump.nq");
        let mut f = std::fs::File::create(&path).expect("create");
        rdf(&store, RdfExport::NQuads, &mut f).expect("export");
        let py = score(&path, &gold, &shared.join("eval/kgeval.py"));
        let rs = vnkg::eval::evaluate(&store, &gold, None).expect("eval");
        let n = |k: &str| py["summary"][k].as_u64().unwrap_or(u64::MAX) as usize;
        assert_eq!(
            (rs.facts.tp, rs.facts.fp, rs.facts.fn_),
            (n("facts_tp"), n("facts_fp"), n("facts_fn")),
            "facts on {}",
            gold.display()
        );
        assert_eq!(
            (rs.mentions.tp, rs.mentions.fp, rs.mentions.fn_),
            (n("ment_tp"), n("ment_fp"), n("ment_fn")),
            "mentions on {}",
            gold.display()
        );
    }
}
