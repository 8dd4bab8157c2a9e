//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use vnkg::knowledge::Knowledge;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the `vnkg` binary from the project root on the store `store`.
pub fn vnkg(store: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_vnkg"))
        .current_dir(root())
        .arg("--store")
        .arg(store)
        .args(args)
        .output()
        .expect("run vnkg")
}

/// Bytes of a process's output as text.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).to_string()
}

pub fn knowledge() -> Knowledge {
    Knowledge::load(Some(&root().join("ontology"))).expect("ontology/ loads")
}

/// `../shared` beside the project, if this checkout has it.
pub fn shared() -> Option<PathBuf> {
    let p = root().join("../shared");
    if p.join("seeds").is_dir() {
        Some(p)
    } else {
        eprintln!("SKIPPED: ../shared is absent in this checkout; this test needs the seed documents");
        None
    }
}

/// A fresh temporary folder.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

pub fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(&p, content).expect("write");
    p
}

/// An in-memory store holding the documents under `docs` (none may fail).
pub fn memory_store(docs: &Path) -> vnkg::store::Store {
    let k = knowledge();
    let s = vnkg::store::Store::memory().expect("store");
    let sum = vnkg::ingest::ingest(&s, &k, &[docs.to_path_buf()], &vnkg::ingest::Options::default()).expect("ingest");
    assert!(sum.failed.is_empty(), "{:?}", sum.failed);
    s
}

/// A small deterministic pseudo-random generator (64-bit LCG) for tests
/// that make their own input.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.below(v.len())]
    }
}

const COUNTRIES: [&str; 10] = [
    "Viet Nam",
    "Japan",
    "Laos",
    "Thailand",
    "Cambodia",
    "Indonesia",
    "Malaysia",
    "Singapore",
    "Australia",
    "Italy",
];
const TREATIES: [&str; 4] = [
    "UN Convention against Corruption",
    "UN Convention against Transnational Organized Crime",
    "UNCAC",
    "UNTOC",
];
const BODIES: [&str; 5] = ["ASEANAPOL", "SEAJust", "INTERPOL", "UNODC", "ARIN-AP"];
const TOPICS: [&str; 4] = [
    "cybercrime",
    "human trafficking",
    "money laundering",
    "drug trafficking",
];
const MONTHS: [&str; 6] = ["March", "April", "May", "June", "October", "November"];

/// The text of generated document `id` at `version`: a dozen sentences from
/// templates written for these tests, with names the gazetteer knows, so
/// that extraction finds entities and facts in them. Deterministic.
pub fn generated_document(id: usize, version: usize) -> String {
    let mut r = Lcg(0x5eed_0000 + (id as u64) * 7919 + (version as u64) * 104_729);
    let mut s = format!("Cooperation note {id}, revision {version}\n\n");
    for _ in 0..(8 + r.below(8)) {
        let c = r.pick(&COUNTRIES);
        let c2 = r.pick(&COUNTRIES);
        let t = r.pick(&TREATIES);
        let b = r.pick(&BODIES);
        let topic = r.pick(&TOPICS);
        let line = match r.below(6) {
            0 => format!("{c} is a party to the {t}."),
            1 => format!("{c} is a member of {b}."),
            2 => format!(
                "On {} {}, {}, {c} signed an agreement with {c2} on {topic}.",
                r.pick(&MONTHS),
                1 + r.below(28),
                2015 + r.below(10)
            ),
            3 => format!("A delegation of {c} attended a meeting of {b} on {topic} in Hanoi."),
            4 => format!("Officials of {c} and {c2} discussed {topic} and the return of stolen assets."),
            _ => format!("{b} supports {c} in its work against {topic}."),
        };
        s.push_str(&line);
        s.push(if r.below(3) == 0 { '\n' } else { ' ' });
    }
    s.push('\n');
    s
}
