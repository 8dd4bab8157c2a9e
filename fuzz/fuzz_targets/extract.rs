//! Bytes → document → facts → quads: never panics, and every sentence and
//! evidence span lies on character boundaries inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::LazyLock;
use vnkg::knowledge::Knowledge;

static K: LazyLock<Knowledge> = LazyLock::new(|| Knowledge::load(None).expect("built-in ontology"));

fuzz_target!(|data: &[u8]| {
    let Ok(text) = vnkg::corpus::decode(Path::new("fuzz.txt"), data.to_vec()) else {
        return;
    };
    let info = vnkg::fact::DocInfo {
        key: "fuzz.txt".into(),
        file_name: "fuzz.txt".into(),
        ..Default::default()
    };
    let x = vnkg::extract::Extractor::new(&K).extract(info, text);
    for s in &x.sentences {
        assert!(s.start <= s.end && s.end <= x.text.len());
        assert!(x.text.is_char_boundary(s.start) && x.text.is_char_boundary(s.end));
    }
    for f in &x.facts {
        let e = &f.evidence;
        let s = x.sentences[e.sentence];
        assert!(s.start <= e.span.start && e.span.start <= e.span.end && e.span.end <= s.end);
        assert!(x.text.is_char_boundary(e.span.start) && x.text.is_char_boundary(e.span.end));
    }
    let _ = vnkg::rdf::quads(&K, &x);
});
