//! Stage benchmarks (`cargo bench --bench stages`): sentence splitting,
//! tokenising, gazetteer matching, dates, rule matching, full extraction and
//! the RDF stage, in MB/s of generated news text (the generator of
//! `examples/gen_corpus.rs`, seed 1), one thread, median of several runs.
//! `VNKG_BENCH_MB` sets the input size (default 8 MB).

#[allow(dead_code)]
#[path = "../examples/gen_corpus.rs"]
mod gen_corpus;

use std::path::Path;
use std::time::Instant;
use vnkg::extract::{dates, Extractor};
use vnkg::fact::DocInfo;
use vnkg::knowledge::Knowledge;
use vnkg::rules::{Group, Item, SentenceView};
use vnkg::text::{self, Folded, Span};

const RUNS: usize = 5;

/// Times `f` `RUNS` times; prints and returns the median rate in MB/s.
fn bench(name: &str, bytes: usize, mut f: impl FnMut() -> usize) -> f64 {
    let mut secs = Vec::with_capacity(RUNS);
    let mut check = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        check = std::hint::black_box(f());
        secs.push(t.elapsed().as_secs_f64());
    }
    secs.sort_by(f64::total_cmp);
    let median = secs[RUNS / 2];
    let mb = bytes as f64 / 1e6;
    let rate = mb / median;
    println!("{name:<28} {mb:>7.1} MB  median {median:>8.3} s  {rate:>8.1} MB/s  ({check} items)");
    rate
}

fn main() {
    let mb: f64 = std::env::var("VNKG_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8.0);
    let k = match Knowledge::load(Some(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/ontology")))) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("stages: cannot load the ontology: {e}");
            std::process::exit(1);
        }
    };
    let mut rng = gen_corpus::Rng(1);
    let mut docs: Vec<(String, String)> = Vec::new();
    let mut bytes = 0;
    while (bytes as f64) < mb * 1e6 {
        let (text, _title, date, _gold) = gen_corpus::article(&mut rng, docs.len());
        bytes += text.len();
        docs.push((text, date));
    }
    println!(
        "input: {} generated documents, {bytes} bytes; {RUNS} runs each, 1 thread",
        docs.len()
    );

    bench("sentences", bytes, || {
        docs.iter().map(|(t, _)| text::sentences(t).len()).sum()
    });
    bench("sentences+tokens", bytes, || {
        let mut toks = Vec::new();
        let mut n = 0;
        for (t, _) in &docs {
            for s in text::sentences(t) {
                toks.clear();
                text::tokens(t, s, &mut toks);
                n += toks.len();
            }
        }
        n
    });
    bench("fold+gazetteer", bytes, || {
        docs.iter()
            .map(|(t, _)| k.gazetteer.find(t, &Folded::new(t)).len())
            .sum()
    });
    bench("dates", bytes, || {
        let mut out = Vec::new();
        for (t, d) in &docs {
            let anchor = dates::anchor(t, vnkg::corpus::parse_date(d));
            for s in text::sentences(t) {
                dates::find(t, s, anchor, &mut out);
            }
        }
        out.len()
    });
    // Rules over views of tokens and gazetteer mentions (no coordination).
    let views: Vec<SentenceView> = docs
        .iter()
        .flat_map(|(t, _)| {
            let gaz = k.gazetteer.find(t, &Folded::new(t));
            text::sentences(t)
                .into_iter()
                .map(|s| view(&k, t, s, &gaz))
                .collect::<Vec<_>>()
        })
        .collect();
    bench("rules (matcher only)", bytes, || {
        views.iter().map(|v| k.rules.matches(v, &k.ontology).len()).sum()
    });
    let info = |i: usize, t: &str, d: &str| DocInfo {
        key: format!("{i}.txt"),
        file_name: format!("{i}.txt"),
        sha256: vnkg::corpus::sha256_hex(t.as_bytes()),
        title: None,
        date: vnkg::corpus::parse_date(d),
        url: None,
    };
    bench("full extraction", bytes, || {
        let x = Extractor::new(&k);
        docs.iter()
            .enumerate()
            .map(|(i, (t, d))| x.extract(info(i, t, d), t.clone()).facts.len())
            .sum()
    });
    bench("extraction + rdf quads", bytes, || {
        let x = Extractor::new(&k);
        docs.iter()
            .enumerate()
            .map(|(i, (t, d))| vnkg::rdf::quads(&k, &x.extract(info(i, t, d), t.clone())).len())
            .sum()
    });
}

/// A sentence as the rules see it, with gazetteer mentions as items.
fn view(k: &Knowledge, t: &str, s: Span, gaz: &[vnkg::gazetteer::GazMatch]) -> SentenceView<'static> {
    let mut toks = Vec::new();
    text::tokens(t, s, &mut toks);
    let mut v = SentenceView::default();
    let mut gi = gaz.partition_point(|g| g.span.start < s.start);
    for tok in &toks {
        while gi < gaz.len() && gaz[gi].span.end <= tok.start {
            gi += 1;
        }
        if let Some(g) = gaz
            .get(gi)
            .filter(|g| g.span.start <= tok.start && tok.end <= g.span.end)
        {
            if v.items.last().is_some_and(|it| it.span == g.span) {
                continue;
            }
            v.groups.push(Group {
                members: vec![v.groups.len()],
                classes: vec![Some(k.gazetteer.get(g.entity).class)],
            });
            v.items.push(Item {
                span: g.span,
                word: "".into(),
                group: Some(v.groups.len() - 1),
            });
        } else {
            v.items.push(Item {
                span: Span::new(tok.start, tok.end),
                word: text::fold(&t[tok.start..tok.end]).into(),
                group: None,
            });
        }
    }
    v
}
