//! Dates: the metadata date parser and the date finder of extraction (with
//! and without an anchor) on any text: never a panic, spans on character
//! boundaries, only real calendar dates.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::extract::dates::{self, Anchor};
use vnkg::text::Span;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(d) = vnkg::corpus::parse_date(&text) {
        assert!(d.is_valid());
    }
    for anchor in [Anchor::default(), dates::anchor(&text, None)] {
        let mut out = Vec::new();
        dates::find(&text, Span::new(0, text.len()), anchor, &mut out);
        for (sp, _) in &out {
            assert!(sp.start <= sp.end && sp.end <= text.len());
            assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
        }
    }
});
