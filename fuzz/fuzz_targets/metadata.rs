//! `metadata.tsv` parser: any bytes give rows or a typed error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut problems = Vec::new();
    if let Ok(rows) = vnkg::corpus::parse_metadata(&text, Path::new("metadata.tsv"), &mut problems) {
        for m in rows.values() {
            if let Some(d) = m.date {
                assert!(d.is_valid());
            }
        }
    }
});
