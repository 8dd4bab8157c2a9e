//! Scale-out by standard parts: `vnkg extract` is stateless and
//! deterministic, so shards extracted separately (anywhere) concatenate to
//! what extracting everything gives; `vnkg load` of the shards builds the
//! same store as `vnkg ingest`, and loading again changes nothing.

mod common;

use common::vnkg;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;

fn ok(out: Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn lines(p: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(p)
        .expect("read")
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn shards_extracted_apart_concatenate_to_the_whole_and_load_like_ingest() {
    let dir = common::tempdir();
    let d = dir.path();
    let docs = common::root().join("corpus/documents");
    let mut files: Vec<String> = std::fs::read_dir(&docs)
        .expect("corpus")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
        .map(|p| p.to_string_lossy().to_string())
        .collect();
    files.sort();
    assert!(files.len() >= 4, "{files:?}");
    let (a, b) = files.split_at(files.len() / 2);
    let none = d.join("none");
    let path = |n: &str| d.join(n).to_string_lossy().to_string();

    // Each shard in its own process, with a different thread count.
    let mut args = vec!["extract", "-o"];
    let pa = path("a.nq");
    args.push(&pa);
    args.extend(a.iter().map(String::as_str));
    args.extend(["--threads", "1"]);
    ok(vnkg(&none, &args));
    let mut args = vec!["extract", "-o"];
    let pb = path("b.nq");
    args.push(&pb);
    args.extend(b.iter().map(String::as_str));
    args.extend(["--threads", "2"]);
    ok(vnkg(&none, &args));
    let pall = path("all.nq");
    ok(vnkg(&none, &["extract", "corpus/documents", "-o", &pall]));

    let mut union = lines(&d.join("a.nq"));
    union.extend(lines(&d.join("b.nq")));
    let all = lines(&d.join("all.nq"));
    assert!(all.len() > 1000);
    assert_eq!(union.len(), all.len(), "same quads, modulo line order");
    assert!(union == all, "shards differ from the whole");

    // load the shards == ingest the folder, and a second load changes nothing.
    let loaded = d.join("loaded");
    let said = ok(vnkg(&loaded, &["load", &pa, &pb]));
    assert!(said.contains("new graphs"), "{said}");
    let ingested = d.join("ingested");
    ok(vnkg(&ingested, &["ingest", "corpus/documents", "--quiet"]));
    let dump = |store: &Path, name: &str| {
        let p = path(name);
        ok(vnkg(store, &["export", "--format", "nquads", "-o", &p]));
        lines(&d.join(name))
    };
    let from_load = dump(&loaded, "loaded.nq");
    assert!(from_load == dump(&ingested, "ingested.nq"), "load and ingest differ");
    let said = ok(vnkg(&loaded, &["load", &pall]));
    assert!(said.contains(" 0 new graphs"), "{said}");
    assert!(
        dump(&loaded, "again.nq") == from_load,
        "a second load changed the store"
    );
    // An ingest after a load finds every document unchanged.
    let said = ok(vnkg(&loaded, &["ingest", "corpus/documents", "--quiet"]));
    assert!(said.contains("0 new, 0 replaced"), "{said}");
}

#[test]
fn load_replaces_a_graph_whole_and_rejects_bad_input() {
    let dir = common::tempdir();
    let d = dir.path();
    let store = d.join("s");
    let g = "<http://example.org/doc/1>";
    std::fs::write(
        d.join("v1.nq"),
        format!("<http://e.org/a> <http://e.org/p> \"1\" {g} .\n<http://e.org/a> <http://e.org/p> \"2\" {g} .\n"),
    )
    .expect("write");
    std::fs::write(
        d.join("v2.nq"),
        format!("<http://e.org/a> <http://e.org/p> \"3\" {g} .\n"),
    )
    .expect("write");
    ok(vnkg(&store, &["load", &d.join("v1.nq").to_string_lossy()]));
    ok(vnkg(&store, &["load", &d.join("v2.nq").to_string_lossy()]));
    let out = ok(vnkg(
        &store,
        &["query", "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }", "-f", "csv"],
    ));
    assert_eq!(out.lines().skip(1).collect::<Vec<_>>(), ["3"], "{out}");
    std::fs::write(d.join("bad.nq"), "<http://e.org/a> <http://e.org/p> .\n").expect("write");
    let out = vnkg(&store, &["load", &d.join("bad.nq").to_string_lossy()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.nq"));
}
