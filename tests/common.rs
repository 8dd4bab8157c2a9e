//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use vnkg::knowledge::Knowledge;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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
