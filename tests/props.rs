//! Property tests (proptest) of the invariants the graph promises, on
//! documents generated from template sentences, names the gazetteer knows,
//! non-ASCII words and every kind of line end:
//! - a sentence's character offsets slice the document to the sentence's
//!   text, and every evidence span lies inside its sentence;
//! - every IRI is a valid IRI, and the same document gives the same quads;
//! - the N-Quads `vnkg extract` writes are the store's quads, serialized;
//! - an N-Quads or TriG export read back into a store exports the same.

mod common;

use oxigraph::model::{NamedOrBlankNode, Quad, Term};
use proptest::prelude::*;
use std::collections::HashMap;
use std::sync::OnceLock;
use vnkg::knowledge::Knowledge;

fn k() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(common::knowledge)
}

const PIECES: [&str; 12] = [
    "Viet Nam is a party to UNCAC.",
    "Japan is a member of INTERPOL.",
    "On 19 May 2025, Viet Nam signed the UN Convention against Cybercrime in Hà Nội.",
    "Thượng tá Nguyễn Văn An attended a meeting of ASEANAPOL in Kuala Lumpur.",
    "Laos and Cambodia are members of SEAJust.",
    "The 34th session of the CCPCJ was held in Vienna.",
    "Đoàn công tác 🚓 visited Bangkok",
    "UNODC supports Viet Nam against cybercrime and money laundering!",
    "«Cooperation» — said the delegate — «matters».",
    "Indonesia is a party to the UN Convention against Transnational Organized Crime",
    "ARIN-AP met on 3–5 June 2024.",
    "x",
];
const SEPARATORS: [&str; 6] = [" ", "\n", "\r\n", "\n\n", "\r\n\r\n", "  \t"];

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), 0..SEPARATORS.len()), 1..14).prop_map(|v| {
        let mut s = String::new();
        for (p, sep) in v {
            s.push_str(PIECES[p]);
            s.push_str(SEPARATORS[sep]);
        }
        s
    })
}

fn extract(key: &str, text: &str) -> Vec<Quad> {
    let info = vnkg::fact::DocInfo {
        key: key.to_string(),
        file_name: key.to_string(),
        sha256: vnkg::corpus::sha256_hex(text.as_bytes()),
        ..Default::default()
    };
    let x = vnkg::extract::Extractor::new(k()).extract(info, text.to_string());
    vnkg::rdf::quads(k(), &x)
}

fn int(t: &Term) -> usize {
    match t {
        Term::Literal(l) => l.value().parse().expect("an integer"),
        other => panic!("not a literal: {other}"),
    }
}

/// subject → predicate local name → object, for one document's quads.
fn props(quads: &[Quad]) -> HashMap<String, HashMap<String, Term>> {
    let mut m: HashMap<String, HashMap<String, Term>> = HashMap::new();
    for q in quads {
        if let NamedOrBlankNode::NamedNode(s) = &q.subject {
            let p = q.predicate.as_str();
            let local = p.rsplit(['#', '/']).next().unwrap_or(p).to_string();
            m.entry(s.as_str().to_string())
                .or_default()
                .insert(local, q.object.clone());
        }
    }
    m
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn offsets_slice_the_text(text in document()) {
        let quads = extract("doc.txt", &text);
        let p = props(&quads);
        let chars: Vec<char> = text.chars().collect();
        let mut sentences = 0;
        for (s, m) in &p {
            let is = |class: &str| m.get("type").is_some_and(|t| t.to_string().ends_with(&format!("#{class}>")));
            if is("Sentence") {
                sentences += 1;
                let (a, b) = (int(&m["startOffset"]), int(&m["endOffset"]));
                prop_assert!(a < b && b <= chars.len(), "{s}: {a}..{b} of {}", chars.len());
                let slice: String = chars[a..b].iter().collect();
                let Term::Literal(t) = &m["text"] else { panic!("text") };
                prop_assert_eq!(slice.as_str(), t.value());
            }
            // An evidence node (untyped: a vnkg:Evidence by the domain of
            // vnkg:sentence) has a rule and a span inside its sentence.
            if m.contains_key("spanStart") {
                prop_assert!(matches!(m.get("rule"), Some(Term::NamedNode(_))), "{s}: no rule");
                let (a, b) = (int(&m["spanStart"]), int(&m["spanEnd"]));
                let Term::NamedNode(sn) = &m["sentence"] else { panic!("sentence") };
                let sm = &p[sn.as_str()];
                prop_assert!(int(&sm["startOffset"]) <= a && a < b && b <= int(&sm["endOffset"]));
            }
        }
        let facts = p.values().filter(|m| m.contains_key("spanStart")).count();
        prop_assert!(facts == 0 || sentences > 0);
    }

    #[test]
    fn iris_are_valid_and_deterministic(text in document(), key in "[a-zA-Z0-9 _./()é-]{1,24}\\.txt") {
        let a = extract(&key, &text);
        let b = extract(&key, &text);
        prop_assert_eq!(&a, &b);
        for q in &a {
            let mut iris = vec![q.predicate.as_str().to_string()];
            if let NamedOrBlankNode::NamedNode(n) = &q.subject { iris.push(n.as_str().to_string()); }
            if let Term::NamedNode(n) = &q.object { iris.push(n.as_str().to_string()); }
            if let oxigraph::model::GraphName::NamedNode(n) = &q.graph_name { iris.push(n.as_str().to_string()); }
            for iri in iris {
                prop_assert!(oxigraph::model::NamedNode::new(iri.clone()).is_ok(), "invalid IRI {}", iri);
            }
        }
    }

    /// `vnkg extract` writes N-Quads straight from borrowed terms: the same
    /// bytes as the store's quads serialized one by one.
    #[test]
    fn nquads_are_the_quads_serialized(text in document(), key in "[a-zA-Z0-9 _./()é-]{1,24}\\.txt") {
        let info = vnkg::fact::DocInfo {
            key: key.clone(),
            file_name: key.clone(),
            sha256: vnkg::corpus::sha256_hex(text.as_bytes()),
            ..Default::default()
        };
        let x = vnkg::extract::Extractor::new(k()).extract(info, text.to_string());
        let (n, quads, got, expected) = written_both_ways(&x);
        prop_assert_eq!(n, quads);
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn minted_iris_are_valid_for_any_name(key in any::<String>(), name in any::<String>()) {
        for iri in [vnkg::rdf::doc_iri(&key), vnkg::rdf::minted_iri("person", &name)] {
            prop_assert!(oxigraph::model::NamedNode::new(iri.clone()).is_ok(), "invalid IRI {}", iri);
        }
        prop_assert_eq!(vnkg::rdf::minted_iri("person", &name), vnkg::rdf::minted_iri("person", &name));
    }
}

/// A fact found twice in one sentence by one rule (one evidence node):
/// written once when the two are alike, and each differing line of the
/// later ones once (the writer hashes no line of a node's first block, so
/// this compares them another way).
#[test]
fn repeated_evidence_nodes_are_written_as_the_quads_are() {
    let text = "Viet Nam is a party to UNCAC. Japan is a member of INTERPOL.";
    let info = vnkg::fact::DocInfo {
        key: "twice.txt".into(),
        file_name: "twice.txt".into(),
        sha256: vnkg::corpus::sha256_hex(text.as_bytes()),
        ..Default::default()
    };
    let mut x = vnkg::extract::Extractor::new(k()).extract(info, text.to_string());
    assert!(!x.facts.is_empty(), "no fact in {text:?}");
    let facts = x.facts.clone();
    for f in &facts {
        // The same, the same with another span and confidence, a third
        // with yet another span, and the same again.
        x.facts.push(f.clone());
        let mut g = f.clone();
        g.evidence.span = vnkg::text::Span::new(g.evidence.span.start, g.evidence.span.end.saturating_sub(1));
        g.evidence.confidence = 0.123;
        x.facts.push(g.clone());
        g.evidence.span = vnkg::text::Span::new(g.evidence.span.start + 1, g.evidence.span.end);
        x.facts.push(g.clone());
        x.facts.push(g);
    }
    let (n, quads, got, expected) = written_both_ways(&x);
    assert_eq!(n, quads);
    assert_eq!(got, expected);
}

/// An extraction's N-Quads written straight from borrowed terms and as its
/// quads serialized one by one: (lines written, quads, the two texts).
fn written_both_ways(x: &vnkg::fact::Extraction) -> (usize, usize, String, String) {
    let quads = vnkg::rdf::quads(k(), x);
    let mut expected = Vec::new();
    for q in &quads {
        vnkg::rdf::write_nquad(q.as_ref(), &mut expected);
    }
    let mut got = Vec::new();
    let n = vnkg::rdf::write_nquads(k(), x, &mut got);
    (
        n,
        quads.len(),
        String::from_utf8_lossy(&got).into_owned(),
        String::from_utf8_lossy(&expected).into_owned(),
    )
}

/// The lines of an export, sorted, with blank node labels taken out.
fn unlabelled(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let re = regex::Regex::new(r"_:[A-Za-z0-9_.-]+").expect("regex");
    let mut v: Vec<String> = text.lines().map(|l| re.replace_all(l, "_:").to_string()).collect();
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_round_trips(docs in prop::collection::vec(document(), 1..5)) {
        let dir = common::tempdir();
        for (i, d) in docs.iter().enumerate() {
            common::write(dir.path(), &format!("d{i}.txt"), d.as_bytes());
        }
        let store = common::memory_store(dir.path());
        for fmt in [vnkg::export::RdfExport::NQuads, vnkg::export::RdfExport::TriG] {
            let mut first = Vec::new();
            vnkg::export::rdf(&store, fmt, &mut first).expect("export");
            let again = vnkg::store::Store::memory().expect("store");
            let rdf_format = match fmt {
                vnkg::export::RdfExport::TriG => oxigraph::io::RdfFormat::TriG,
                _ => oxigraph::io::RdfFormat::NQuads,
            };
            again.oxigraph().load_from_slice(rdf_format, &first).expect("read back");
            prop_assert_eq!(again.len().expect("len"), store.len().expect("len"));
            let mut second = Vec::new();
            vnkg::export::rdf(&again, fmt, &mut second).expect("export");
            // The same statements; blank nodes (the ontology's OWL lists)
            // get new labels when read, so they are compared without them.
            let (a, b) = (unlabelled(&first), unlabelled(&second));
            prop_assert!(a == b, "{:?} export differs after a round trip", fmt);
        }
    }
}
