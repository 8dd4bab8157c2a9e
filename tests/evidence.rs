//! Compact evidence (ontology/README.md, "The evidence model"): evidence
//! nodes carry no rdf:type and no confidence equal to their rule's, yet the
//! rule and the confidence the extractor gave every piece of evidence are
//! reachable by SPARQL alone: COALESCE(the node's own confidence, the
//! confidence of its vnkg:Rule in the ontology graph).

mod common;

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use std::collections::BTreeSet;
use vnkg::fact::Object;

fn plain(t: Option<&Term>) -> String {
    match t {
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// (graph, subject, predicate, object, sentence, rule, confidence) of every
/// piece of evidence the extractor gives for corpus/documents.
fn extracted() -> BTreeSet<[String; 7]> {
    let k = common::knowledge();
    let walk = vnkg::corpus::walk(&[common::root().join("corpus/documents")]).expect("walk");
    let mut out = BTreeSet::new();
    for src in &walk.sources {
        let (info, text) = vnkg::corpus::read_at_most(src, u64::MAX).expect("read");
        let x = vnkg::extract::Extractor::new(&k).extract(info, text);
        let doc = vnkg::rdf::doc_iri(&x.doc.key);
        for f in &x.facts {
            let o = match &f.object {
                Object::Entity(l) => vnkg::rdf::entity_iri(&k, &x.entities[*l]),
                Object::Date(d) => d.to_string(),
            };
            out.insert([
                doc.clone(),
                vnkg::rdf::entity_iri(&k, &x.entities[f.subject]),
                k.ontology.prop(f.relation).iri.clone(),
                o,
                format!("{doc}/s{}", f.evidence.sentence),
                f.evidence.rule.to_string(),
                vnkg::rdf::confidence_text(f.evidence.confidence),
            ]);
        }
    }
    out
}

#[test]
fn rule_and_confidence_of_every_piece_of_evidence_are_reachable_by_sparql() {
    let store = common::memory_store(&common::root().join("corpus/documents"));
    let q = "SELECT ?g ?s ?p ?o ?sent ?rule ?conf WHERE { \
               GRAPH ?g { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; vnkg:sentence ?sent ; vnkg:rule ?r . \
                          OPTIONAL { ?ev vnkg:confidence ?own } } \
               GRAPH <https://w3id.org/vnkg/id/graph/ontology> { ?r a vnkg:Rule ; rdfs:label ?rule ; vnkg:confidence ?default } \
               BIND(COALESCE(?own, ?default) AS ?conf) }";
    let QueryResults::Solutions(rows) = store.query(q).expect("query") else {
        panic!("not a SELECT")
    };
    let mut got = BTreeSet::new();
    for r in rows {
        let r = r.expect("row");
        let v = |n: &str| plain(r.get(n));
        // The store writes decimals in canonical form ("0.8" for "0.80").
        let conf: f64 = v("conf").parse().expect("a decimal");
        got.insert([
            v("g"),
            v("s"),
            v("p"),
            v("o"),
            v("sent"),
            v("rule"),
            format!("{conf:.2}"),
        ]);
    }
    let want = extracted();
    assert!(want.len() > 200, "only {} pieces of evidence", want.len());
    let missing: Vec<_> = want.difference(&got).take(5).collect();
    let extra: Vec<_> = got.difference(&want).take(5).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}\nextra {extra:?}"
    );

    // Most evidence takes its rule's confidence; some states its own.
    let count = |q: &str| -> usize {
        let QueryResults::Solutions(mut rows) = store.query(q).expect("query") else {
            panic!("not a SELECT")
        };
        let row = rows.next().expect("a row").expect("row");
        plain(row.get("n")).parse().expect("a count")
    };
    let own = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?ev rdf:subject ?s ; vnkg:confidence ?c } }");
    let all = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?ev rdf:subject ?s } }");
    assert!(
        own > 0 && own * 4 < all,
        "{own} of {all} evidence nodes state a confidence"
    );
    // Evidence nodes are not typed (vnkg:Evidence by the domain of vnkg:sentence).
    let typed = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?ev a vnkg:Evidence } }");
    assert_eq!(typed, 0);
    // 7 quads per node, 8 with a modality or a confidence of its own.
    let quads = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?ev rdf:subject ?s ; ?p ?o } }");
    assert!(quads <= all * 8, "{quads} quads for {all} evidence nodes");
}

#[test]
fn why_gives_the_rule_and_its_confidence() {
    let store = common::memory_store(&common::root().join("corpus/documents"));
    let w = vnkg::explain::why(&store, "Viet Nam", "partyTo", "UNCAC").expect("why");
    assert!(!w.is_empty(), "no evidence for Viet Nam partyTo UNCAC");
    for e in &w {
        // (A rule of rules.txt, or a ratification dated years before.)
        assert!(
            e.rule.starts_with("party-to.") || e.rule == "treaty.party-by-ratification",
            "rule {}",
            e.rule
        );
        let c: f64 = e.confidence.parse().expect("a confidence");
        assert!((0.0..=1.0).contains(&c) && c > 0.0, "confidence {c}");
    }
}
