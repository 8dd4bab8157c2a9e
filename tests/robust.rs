//! Bad input, limits and contention, each built on the fly: every bad
//! document gets one line naming it, the others are ingested, the store
//! holds nothing of a failed document, and the exit status says whether
//! anything failed. Readers and writers of one store never meet.
#![cfg(feature = "disk")]

mod common;

use common::{text, vnkg};

use std::process::{Command, Stdio};
use vnkg::ingest::{ingest, Options};
use vnkg::store::Store;

fn dump(store: &Store) -> String {
    let mut out = Vec::new();
    vnkg::export::rdf(store, vnkg::export::RdfExport::NQuads, &mut out).expect("export");
    String::from_utf8(out).expect("utf-8")
}

/// The lines of stderr that name `file`.
fn lines_naming<'a>(err: &'a str, file: &str) -> Vec<&'a str> {
    err.lines().filter(|l| l.contains(file)).collect()
}

#[test]
fn bad_documents_fail_alone_with_one_line_each() {
    let dir = common::tempdir();
    let docs = dir.path().join("docs");
    let ok = b"Viet Nam is a party to UNCAC. Japan is a member of INTERPOL.";
    common::write(&docs, "ok.txt", ok);
    // Each of these fails, alone, with a line that names it.
    common::write(&docs, "program.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00binary");
    common::write(&docs, "latin1.txt", b"Vi\xeat Nam is a party to UNCAC.");
    common::write(&docs, "nul.txt", b"Viet Nam is a party\0 to UNCAC.");
    common::write(&docs, "empty.txt", b"");
    common::write(&docs, "blank.txt", b" \r\n\t\n");
    // These are fine.
    let mut bom = "\u{FEFF}".as_bytes().to_vec();
    bom.extend_from_slice(b"Laos is a member of SEAJust.");
    common::write(&docs, "bom.txt", &bom);
    common::write(
        &docs,
        "crlf.txt",
        b"Cambodia is a party to UNTOC.\r\nThailand is a member of ASEANAPOL.\r\n",
    );
    let long_token = format!(
        "Malaysia is a member of INTERPOL. A long token: {}. Singapore is a party to UNCAC.",
        "x".repeat(10_000)
    );
    common::write(&docs, "long-token.txt", long_token.as_bytes());
    let store = dir.path().join("store");
    let out = vnkg(&store, &["ingest", docs.to_str().expect("path")]);
    let (err, summary) = (text(&out.stderr), text(&out.stdout));
    assert_eq!(out.status.code(), Some(2), "a failure sets exit status 2: {err}");
    assert!(
        summary.contains("4 new, 0 replaced, 0 unchanged, 5 failed"),
        "{summary}"
    );
    for (file, why) in [
        ("program.txt", "binary"),
        ("latin1.txt", "not UTF-8"),
        ("nul.txt", "binary"),
        ("empty.txt", "empty"),
        ("blank.txt", "empty"),
    ] {
        let l = lines_naming(&err, file);
        assert_eq!(l.len(), 1, "one line for {file}: {err}");
        assert!(l[0].contains(why), "{file}: {}", l[0]);
    }
    let nq = dir.path().join("dump.nq");
    let out = vnkg(&store, &["export", "-o", nq.to_str().expect("path")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let dump = std::fs::read_to_string(&nq).expect("dump");
    for gone in ["program", "latin1", "nul", "empty", "blank"] {
        assert!(
            !dump.contains(&format!("/doc/{gone}>")),
            "nothing of {gone}.txt in the store"
        );
    }
    for kept in ["ok", "bom", "crlf", "long-token"] {
        assert!(dump.contains(&format!("/doc/{kept}>")), "{kept}.txt is in the store");
    }
    // The BOM is not text, CRLF is: sentences still slice the document.
    let store = Store::open_read_only(&store).expect("open");
    let sentence = |file: &str| -> Vec<String> {
        let q = format!(
            "SELECT ?t WHERE {{ GRAPH ?g {{ ?g vnkg:fileName \"{file}\" . ?s a vnkg:Sentence ; vnkg:text ?t }} }} ORDER BY ?t"
        );
        let mut out = Vec::new();
        vnkg::query::run(&store, &q, vnkg::query::Format::Tsv, &mut out).expect("query");
        text(&out).lines().skip(1).map(str::to_string).collect()
    };
    assert_eq!(sentence("bom.txt"), vec!["\"Laos is a member of SEAJust.\""]);
    let crlf = sentence("crlf.txt");
    assert_eq!(crlf.len(), 2, "{crlf:?}");
    assert!(crlf.iter().all(|s| !s.contains('\r')), "{crlf:?}");
    assert_eq!(sentence("long-token.txt").len(), 2, "both facts around the long token");
}

#[test]
fn unreadable_and_vanishing_files_fail_alone() {
    let k = common::knowledge();
    let dir = common::tempdir();
    let docs = dir.path().join("docs");
    common::write(&docs, "ok.txt", b"Viet Nam is a party to UNCAC.");
    // A link to nothing cannot be read by anyone, root included.
    std::os::unix::fs::symlink(dir.path().join("nowhere.txt"), docs.join("dangling.txt")).expect("symlink");
    // No permission to read (root reads it all the same: then it is a good
    // document, and the test says so).
    let locked = common::write(&docs, "locked.txt", b"Japan is a party to UNTOC.");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let root_reads_it = std::fs::read(&locked).is_ok();
    if root_reads_it {
        eprintln!("SKIPPED (in part): running as root, who reads a mode-000 file; the dangling link stands for an unreadable file");
    }
    let store = Store::open(&dir.path().join("store")).expect("open");
    let s = ingest(&store, &k, std::slice::from_ref(&docs), &Options::default()).expect("ingest");
    let failed: Vec<String> = s.failed.iter().map(|(_, m)| m.clone()).collect();
    assert!(
        failed
            .iter()
            .any(|m| m.contains("dangling.txt") && m.contains("No such file")),
        "{failed:?}"
    );
    assert_eq!(
        failed.iter().any(|m| m.contains("locked.txt")),
        !root_reads_it,
        "{failed:?}"
    );
    assert_eq!(s.new, if root_reads_it { 2 } else { 1 });
    let d = dump(&store);
    assert!(d.contains("/doc/ok>") && !d.contains("/doc/dangling>"));
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o644)).expect("chmod");

    // A file deleted between the walk of its folder and its reading.
    let more = dir.path().join("more");
    common::write(&more, "stays.txt", b"Laos is a member of SEAJust.");
    common::write(&more, "goes.txt", b"Cambodia is a party to UNTOC.");
    let walk = vnkg::corpus::walk(std::slice::from_ref(&more)).expect("walk");
    std::fs::remove_file(more.join("goes.txt")).expect("rm");
    let limits = vnkg::ingest::Limits::default();
    let recorded = store.recorded_shas().expect("digests");
    for src in &walk.sources {
        let r = vnkg::ingest::process(&k, Some(&recorded), src, false, &limits);
        if src.key == "goes.txt" {
            let e = r.expect_err("a vanished file fails").to_string();
            assert!(e.contains("goes.txt") && e.contains("No such file"), "{e}");
        } else {
            assert!(matches!(r, Ok(Some(_))), "stays.txt is read");
        }
    }
}

#[test]
fn folders_with_a_symlink_loop_and_bad_metadata() {
    let k = common::knowledge();
    let dir = common::tempdir();
    let docs = dir.path().join("docs");
    common::write(&docs, "a/b/c/deep.txt", b"Viet Nam is a member of ASEANAPOL.");
    common::write(&docs, "a/top.txt", b"Japan is a party to UNCAC.");
    std::os::unix::fs::symlink(docs.join("a"), docs.join("a/b/c/back-up")).expect("symlink loop");
    common::write(
        &docs,
        "a/metadata.tsv",
        b"file\tdate\ttitle\ntop.txt\t2023-02-29\tImpossible date\nghost.txt\t2024\tNot here\nshort.txt\n",
    );
    common::write(&docs, "a/b/metadata.tsv", b"date\ttitle\n2024\tNo file column\n");
    let store = Store::memory().expect("store");
    let s = ingest(&store, &k, std::slice::from_ref(&docs), &Options::default()).expect("ingest");
    assert_eq!(
        (s.new, s.failed.len()),
        (2, 0),
        "each document once, loop or not: {s:?}"
    );
    let p = s.problems.join("\n");
    assert!(p.contains("2023-02-29") && p.contains("not a real day"), "{p}");
    assert!(
        p.contains("ghost.txt") && p.contains("not a document in this folder"),
        "{p}"
    );
    assert!(p.contains("short.txt"), "a row for a file that is not there: {p}");
    assert!(p.contains("b/metadata.tsv:1") && p.contains("no `file` column"), "{p}");
    assert!(s.problems.iter().all(|l| !l.contains('\n')), "one line each: {p}");
}

#[test]
fn knowledge_files_with_syntax_errors_name_file_and_line() {
    let dir = common::tempdir();
    for (file, append, expect) in [
        (
            "rules.txt",
            "\nrule broken.syntax\nrelation partyTo\nconfidence lots\n",
            "rules.txt:",
        ),
        (
            "gazetteer.ttl",
            "\n<https://w3id.org/vnkg/id/x> skos:prefLabel \"unclosed .\n",
            "gazetteer.ttl:",
        ),
    ] {
        let onto = dir.path().join(format!("onto-{file}"));
        std::fs::create_dir_all(&onto).expect("mkdir");
        for f in vnkg::knowledge::FILES {
            std::fs::copy(common::root().join("ontology").join(f), onto.join(f)).expect("copy");
        }
        let mut t = std::fs::read_to_string(onto.join(file)).expect("read");
        let line = t.lines().count() + 2;
        t.push_str(append);
        std::fs::write(onto.join(file), t).expect("write");
        let out = vnkg(
            &dir.path().join("store"),
            &["--ontology", onto.to_str().expect("path"), "ingest", "corpus/documents"],
        );
        assert_eq!(out.status.code(), Some(1));
        let err = text(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(expect), "{err}");
        let at = err.split(expect).nth(1).unwrap_or("");
        let n: usize = at.split(':').next().unwrap_or("").parse().unwrap_or(0);
        assert!(n >= line - 1 && n <= line + 2, "line {n}, expected about {line}: {err}");
    }
}

#[test]
fn limits_a_huge_file_and_a_50_mb_line() {
    let dir = common::tempdir();
    let docs = dir.path().join("docs");
    common::write(&docs, "ok.txt", b"Viet Nam is a party to UNCAC.");
    // 50 MB on one line, no full stop: names are found, no relation is read.
    let mut big = String::with_capacity(50 * 1024 * 1024 + 64);
    let words = [
        "cooperation",
        "against",
        "crime",
        "and",
        "Laos",
        "the",
        "region",
        "UNODC",
    ];
    let mut r = common::Lcg(7);
    while big.len() < 50 * 1024 * 1024 {
        big.push_str(r.pick(&words));
        big.push(' ');
    }
    common::write(&docs, "one-line.txt", big.as_bytes());
    drop(big);
    let store = dir.path().join("store");
    let t = std::time::Instant::now();
    let out = vnkg(&store, &["ingest", docs.to_str().expect("path")]);
    eprintln!("a 50 MB line ingested in {:?}", t.elapsed());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("2 new"), "{}", text(&out.stdout));
    // The same file over a 10 MB limit fails alone, before it is read.
    let store2 = dir.path().join("store2");
    let out = vnkg(
        &store2,
        &["ingest", "--max-document-mb", "10", docs.to_str().expect("path")],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert_eq!(lines_naming(&err, "one-line.txt").len(), 1, "{err}");
    assert!(err.contains("largest document allowed"), "{err}");
    assert!(text(&out.stdout).contains("1 new, 0 replaced, 0 unchanged, 1 failed"));
}

#[test]
fn max_sentence_tokens_is_a_limit_and_its_default_changes_nothing() {
    let k = common::knowledge();
    let dir = common::tempdir();
    let docs = dir.path().join("docs");
    common::write(
        &docs,
        "a.txt",
        b"Viet Nam is a party to the UN Convention against Corruption, which it signed in 2003 and ratified in 2009.",
    );
    let run = |limits: vnkg::ingest::Limits| {
        let mut out = Vec::new();
        vnkg::ingest::extract_to_within(&k, std::slice::from_ref(&docs), Some(1), false, &limits, &mut out)
            .expect("extract");
        String::from_utf8(out).expect("utf-8")
    };
    let mut plain = Vec::new();
    vnkg::ingest::extract_to(&k, std::slice::from_ref(&docs), Some(1), false, &mut plain).expect("extract");
    let default = run(vnkg::ingest::Limits::default());
    assert_eq!(default, String::from_utf8(plain).expect("utf-8"));
    assert!(default.contains("partyTo"));
    let short = run(vnkg::ingest::Limits {
        max_sentence_tokens: 5,
        ..Default::default()
    });
    assert!(!short.contains("partyTo"), "no relation from a sentence over the limit");
    assert!(short.contains("/country/viet-nam"), "names are still found");
}

/// 100,000 one-line files (about a minute on two idle cores).
#[test]
fn a_hundred_thousand_tiny_files() {
    many_tiny_files(100_000);
}

fn many_tiny_files(n: usize) {
    let dir = common::tempdir();
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).expect("mkdir");
    for i in 0..n {
        std::fs::write(docs.join(format!("f{i:06}.txt")), b"Laos is a member of SEAJust.").expect("write");
    }
    let t = std::time::Instant::now();
    let out = vnkg(
        &dir.path().join("store"),
        &["ingest", "-q", docs.to_str().expect("path")],
    );
    eprintln!("{n} tiny files ingested in {:?}", t.elapsed());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(&format!("{n} new, 0 replaced, 0 unchanged, 0 failed")),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn a_writer_and_readers_never_share_a_store() {
    let dir = common::tempdir();
    let store = dir.path().join("store");
    let docs = dir.path().join("docs");
    for i in 0..300 {
        common::write(
            &docs,
            &format!("d{i:03}.txt"),
            common::generated_document(i, 0).as_bytes(),
        );
    }
    let out = vnkg(&store, &["ingest", "corpus/documents"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Readers share: two held at once, and a query beside them.
    let r1 = Store::open_read_only(&store).expect("reader");
    let r2 = Store::open_read_only(&store).expect("second reader");
    let out = vnkg(&store, &["stats"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // A writer is refused while they read, at once, saying why.
    let out = vnkg(&store, &["ingest", docs.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("in use by another vnkg process reading it"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    drop((r1, r2));
    // While a writer runs, readers and a second writer are refused, naming it.
    let mut writer = Command::new(env!("CARGO_BIN_EXE_vnkg"))
        .arg("--store")
        .arg(&store)
        .args(["ingest", "-q", "--threads", "1"])
        .arg(&docs)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn ingest");
    let pid = writer.id();
    // Wait until it holds the store (its owner file names it).
    let t = std::time::Instant::now();
    while vnkg::lock::owner(&store).is_none_or(|o| o.pid != pid) {
        assert!(t.elapsed().as_secs() < 60, "the writer never took the store");
        if writer.try_wait().expect("wait").is_some() {
            eprintln!("SKIPPED (in part): the writer finished before it could be observed");
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let mut refused = 0;
    for args in [
        &["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"][..],
        &["export", "--format", "nquads"][..],
        &["stats"][..],
        &["ingest", "corpus/documents"][..],
    ] {
        let out = vnkg(&store, args);
        if writer.try_wait().expect("wait").is_some() {
            break; // it finished: what follows would prove nothing
        }
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?} next to a writer: {err}");
        assert!(
            err.contains(&format!("pid {pid}")) && err.contains("`vnkg --store") && err.contains("is writing it"),
            "{args:?}: {err}"
        );
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        refused += 1;
    }
    assert!(writer.wait().expect("wait").success());
    eprintln!("{refused} of 4 commands were refused while the writer ran");
    assert!(refused >= 1, "the writer finished too fast to test anything");
    assert!(
        vnkg::lock::owner(&store).is_none(),
        "the owner file goes with the writer"
    );
}

#[test]
fn query_timeout_and_limit() {
    let dir = common::tempdir();
    let store = dir.path().join("store");
    let out = vnkg(&store, &["ingest", "corpus/documents"]);
    assert!(out.status.success());
    let out = vnkg(
        &store,
        &[
            "query",
            "SELECT ?s WHERE { ?s ?p ?o }",
            "--limit",
            "3",
            "--format",
            "csv",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 4, "a header and 3 rows");
    assert!(text(&out.stderr).contains("stopped after 3 results (--limit)"));
    let out = vnkg(&store, &["query", "ASK { ?s ?p ?o }", "--limit", "3"]);
    assert!(out.status.success() && text(&out.stderr).is_empty());
    // A cross product of every quad with every quad with every quad.
    let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let t = std::time::Instant::now();
    let out = vnkg(&store, &["query", slow, "--timeout", "0.5"]);
    let took = t.elapsed();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let err = text(&out.stderr);
    assert!(err.contains("stopped after 0.5 s (--timeout)"), "{err}");
    assert!(took.as_secs() < 30, "the timeout stopped it: {took:?}");
    let out = vnkg(&store, &["query", "ASK { ?s ?p ?o }", "--timeout", "0"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn two_files_that_would_be_one_graph_fail_the_second() {
    let k = common::knowledge();
    let dir = common::tempdir();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    common::write(&one, "a.txt", b"Viet Nam is a party to UNCAC.");
    common::write(&two, "a.txt", b"Japan is a party to UNTOC.");
    let store = Store::memory().expect("store");
    let s = ingest(&store, &k, &[one, two], &Options::default()).expect("ingest");
    assert_eq!((s.new, s.failed.len()), (1, 1), "{s:?}");
    assert!(s.failed[0].1.contains("same name (a.txt)"), "{:?}", s.failed);
    let d = dump(&store);
    let shas = d
        .lines()
        .filter(|l| l.contains("ontology#sha256> \"") && l.ends_with("/doc/a> ."))
        .count();
    assert_eq!(shas, 1, "one sha256 in the graph of a.txt");
}
