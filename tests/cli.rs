//! The `vnkg` binary as a user runs it: the README's commands, the formats,
//! and one-line errors with a non-zero exit.
#![cfg(feature = "disk")]

mod common;

use common::{text, vnkg};

#[test]
fn ingest_query_export_stats_remove() {
    let dir = common::tempdir();
    let store = dir.path().join("store");
    let out = vnkg(&store, &["ingest", "corpus/documents"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary = text(&out.stdout);
    assert!(
        summary.contains("14 new, 0 replaced, 0 unchanged, 0 failed"),
        "{summary}"
    );
    assert!(
        summary.contains("entities named in the documents written: ") && summary.contains("Country "),
        "{summary}"
    );

    let out = vnkg(&store, &["query", "treaties-party"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("UNCAC"), "{}", text(&out.stdout));

    let out = vnkg(
        &store,
        &[
            "query",
            "SELECT ?t WHERE { country:viet-nam vnkg:partyTo ?t }",
            "--format",
            "json",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON results");
    assert!(!json["results"]["bindings"].as_array().expect("bindings").is_empty());

    let out = vnkg(
        &store,
        &[
            "query",
            "CONSTRUCT { ?s vnkg:partyTo ?o } WHERE { ?s vnkg:partyTo ?o }",
            "--format",
            "ntriples",
        ],
    );
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("<https://w3id.org/vnkg/ontology#partyTo>"));

    let nq = dir.path().join("kg.nq");
    let out = vnkg(
        &store,
        &["export", "--format", "nquads", "-o", nq.to_str().expect("path")],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let dump = std::fs::read_to_string(&nq).expect("dump");
    assert!(dump.lines().count() > 1000);
    let out = vnkg(&store, &["export", "--format", "turtle"]);
    assert!(out.status.success() && text(&out.stdout).contains("@prefix vnkg:"));

    let out = vnkg(&store, &["stats"]);
    assert!(text(&out.stdout).contains("documents  14"), "{}", text(&out.stdout));

    let out = vnkg(&store, &["remove", "104_hanoi-convention-signing-ceremony.txt"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = vnkg(&store, &["stats"]);
    assert!(text(&out.stdout).contains("documents  13"), "{}", text(&out.stdout));
    let out = vnkg(&store, &["remove", "no-such-file.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no-such-file.txt: no such document"));
}

#[test]
fn errors_are_one_line_and_exit_non_zero() {
    let dir = common::tempdir();
    let store = dir.path().join("store");
    let out = vnkg(&store, &["query", "SELECT ?x WHERE { ?x ?y }"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.starts_with("vnkg: ") && err.contains("SPARQL syntax"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");

    let out = vnkg(&store, &["query", "no-such-query"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("neither SPARQL nor a query"),
        "{}",
        text(&out.stderr)
    );

    let docs = dir.path().join("docs");
    common::write(&docs, "ok.txt", b"Viet Nam is a party to UNCAC.");
    common::write(&docs, "bad.txt", b"\xff\xfe\x00binary");
    let out = vnkg(&store, &["ingest", docs.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2), "a failed document makes exit status 2");
    let err = text(&out.stderr);
    assert!(err.contains("bad.txt"), "{err}");
    assert!(
        text(&out.stdout).contains("1 new, 0 replaced, 0 unchanged, 1 failed"),
        "{}",
        text(&out.stdout)
    );

    let bad_onto = dir.path().join("onto");
    std::fs::create_dir_all(&bad_onto).expect("mkdir");
    for f in vnkg::knowledge::FILES {
        std::fs::copy(common::root().join("ontology").join(f), bad_onto.join(f)).expect("copy");
    }
    let mut rules = std::fs::read_to_string(bad_onto.join("rules.txt")).expect("rules");
    rules.push_str("\nrule broken.member\nrelation memberOf\npattern S:{Treaty} member of O:{Body}\n");
    std::fs::write(bad_onto.join("rules.txt"), rules).expect("write");
    let out = vnkg(
        &store,
        &[
            "--ontology",
            bad_onto.to_str().expect("path"),
            "ingest",
            docs.to_str().expect("path"),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("broken.member") && err.contains("Treaty cannot be the subject of memberOf"),
        "{err}"
    );
}

/// Two processes building the same documents write byte-identical dumps
/// (blank nodes of the ontology included), and a second ingest changes
/// nothing.
#[test]
fn fresh_builds_in_separate_processes_dump_the_same_bytes() {
    let dir = common::tempdir();
    let mut dumps = Vec::new();
    for (i, threads) in ["1", "2"].iter().enumerate() {
        let store = dir.path().join(format!("store{i}"));
        let out = vnkg(&store, &["ingest", "corpus/documents", "--threads", threads]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let nq = dir.path().join(format!("dump{i}.nq"));
        let out = vnkg(&store, &["export", "-o", nq.to_str().expect("path")]);
        assert!(out.status.success());
        dumps.push(std::fs::read(&nq).expect("dump"));
        if i == 0 {
            let again = vnkg(&store, &["ingest", "corpus/documents"]);
            assert!(
                text(&again.stdout).contains("0 new, 0 replaced, 14 unchanged"),
                "{}",
                text(&again.stdout)
            );
            let nq2 = dir.path().join("dump0-again.nq");
            vnkg(&store, &["export", "-o", nq2.to_str().expect("path")]);
            assert!(
                std::fs::read(&nq2).expect("dump") == dumps[0],
                "a second ingest changed the store"
            );
        }
    }
    assert!(dumps[0] == dumps[1], "two fresh builds differ");
}
