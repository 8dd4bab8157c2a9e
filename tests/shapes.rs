//! The graph vnkg writes conforms to the SHACL shapes of ontology/shapes.ttl:
//! the Turtle export of corpus/documents is validated with pyshacl
//! (tests/py/shacl.py, inference 'none'; see the header of shapes.ttl). A
//! second test proves the shapes bite, on a small hand-written graph. A
//! missing pyshacl fails the tests: CI installs it.

mod common;

use std::path::Path;
use std::process::{Command, Output};
use vnkg::export::RdfExport;

/// Runs tests/py/shacl.py DATA ontology/shapes.ttl.
fn shacl(data: &Path) -> Output {
    let root = common::root();
    let out = Command::new("python3")
        .arg(root.join("tests/py/shacl.py"))
        .arg(data)
        .arg(root.join("ontology/shapes.ttl"))
        .output()
        .expect("python3 runs");
    assert_ne!(
        out.status.code(),
        Some(3),
        "pyshacl is not installed (pip install pyshacl; .ci/run installs it): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_ne!(
        out.status.code(),
        Some(2),
        "shacl.py could not read its input: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn the_export_of_the_corpus_conforms() {
    let store = common::memory_store(&common::root().join("corpus/documents"));
    let dir = common::tempdir();
    let path = dir.path().join("graph.ttl");
    let mut file = std::fs::File::create(&path).expect("create graph.ttl");
    let n = vnkg::export::rdf(&store, RdfExport::Turtle, &mut file).expect("export");
    drop(file);
    assert!(n > 1000, "only {n} triples exported");
    let out = shacl(&path);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.trim() == "conforms",
        "the export does not conform to ontology/shapes.ttl (exit {:?}):\n{stdout}\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A document, a sentence, a country, a session, two rules and two evidence
/// nodes (one with the confidence of its rule, one with its own), valid when
/// `broken` is false. When it is true the country and the session lose
/// their prefLabel and the second evidence's confidence is 1.5. The session is
/// reached through `vnkg:Session rdfs:subClassOf vnkg:Event`, as in the
/// export (which holds vnkg.ttl).
fn hand_written(broken: bool) -> String {
    let (country_label, session_label, confidence) = if broken {
        ("", "", "1.5")
    } else {
        (
            "skos:prefLabel \"Viet Nam\" ;",
            "skos:prefLabel \"CCPCJ 34th session\" ;",
            "0.7",
        )
    };
    format!(
        r#"@prefix vnkg: <https://w3id.org/vnkg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix country: <https://w3id.org/vnkg/id/country/> .
@prefix event: <https://w3id.org/vnkg/id/event/> .
@prefix d: <https://w3id.org/vnkg/id/doc/t/> .
@prefix ev: <https://w3id.org/vnkg/id/doc/t/ev/> .
@prefix rule: <https://w3id.org/vnkg/id/rule/> .

vnkg:Session rdfs:subClassOf vnkg:Event .
vnkg:Country rdfs:subClassOf vnkg:Agent .
vnkg:participatedIn a owl:ObjectProperty .

country:viet-nam a vnkg:Country ; {country_label}
    vnkg:participatedIn event:ccpcj-34 .
event:ccpcj-34 a vnkg:Session ; {session_label}
    vnkg:startDate "2025-05-19"^^xsd:date .

<https://w3id.org/vnkg/id/doc/t> a vnkg:Document ;
    vnkg:fileName "t.txt" ;
    vnkg:sha256 "d9197692664c37f9fd1c340e32eb13a4798aa163fc0874e75206edbacd468bab" ;
    vnkg:mentions country:viet-nam, event:ccpcj-34 ;
    vnkg:factCount 1 ; vnkg:evidenceCount 2 ; vnkg:sentenceCount 1 ; vnkg:mentionCount 2 .
d:s0 a vnkg:Sentence ;
    vnkg:text "Viet Nam took part in CCPCJ34." ;
    vnkg:startOffset 0 ;
    vnkg:endOffset 30 ;
    vnkg:inDocument <https://w3id.org/vnkg/id/doc/t> .
rule:participated-in.took-part a vnkg:Rule ;
    rdfs:label "participated-in.took-part" ;
    vnkg:confidence 0.9 .
rule:infer.delegate-country a vnkg:Rule ;
    rdfs:label "infer.delegate-country" ;
    vnkg:confidence 0.76 .
ev:0
    rdf:subject country:viet-nam ;
    rdf:predicate vnkg:participatedIn ;
    rdf:object event:ccpcj-34 ;
    vnkg:sentence d:s0 ;
    vnkg:rule rule:participated-in.took-part ;
    vnkg:spanStart 0 ;
    vnkg:spanEnd 29 .
ev:1
    rdf:subject country:viet-nam ;
    rdf:predicate vnkg:participatedIn ;
    rdf:object event:ccpcj-34 ;
    vnkg:sentence d:s0 ;
    vnkg:rule rule:infer.delegate-country ;
    vnkg:confidence {confidence} ;
    vnkg:spanStart 0 ;
    vnkg:spanEnd 29 .
"#
    )
}

#[test]
fn the_shapes_reject_a_broken_graph() {
    let dir = common::tempdir();
    // The valid twin conforms, so the failures below come from what was broken.
    let good = common::write(dir.path(), "good.ttl", hand_written(false).as_bytes());
    let out = shacl(&good);
    assert!(
        out.status.success(),
        "the valid hand-written graph does not conform:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let bad = common::write(dir.path(), "bad.ttl", hand_written(true).as_bytes());
    let out = shacl(&bad);
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "expected violations, got:\n{report}");
    // Exactly three results: two missing prefLabels, one confidence > 1.
    assert!(report.contains("Results (3)"), "{report}");
    assert_eq!(
        report
            .matches("Constraint Violation in MinCountConstraintComponent")
            .count(),
        2,
        "{report}"
    );
    assert!(report.contains("country:viet-nam"), "{report}");
    assert!(report.contains("event:ccpcj-34"), "{report}");
    assert!(report.contains("skos:prefLabel"), "{report}");
    assert!(report.contains("MaxInclusiveConstraintComponent"), "{report}");
    assert!(report.contains("vnkg:confidence"), "{report}");
}
