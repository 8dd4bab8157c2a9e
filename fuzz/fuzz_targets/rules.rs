//! The rule language: any text parses or fails with a typed error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::LazyLock;
use vnkg::knowledge::Knowledge;

static K: LazyLock<Knowledge> = LazyLock::new(|| Knowledge::load(None).expect("built-in ontology"));

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = vnkg::rules::RuleSet::parse(&text, Path::new("rules.txt"), &K.ontology);
});
