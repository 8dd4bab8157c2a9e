//! Questions about the graph itself: why a fact is there (its evidence:
//! document, sentence with the span marked, rule, modality, confidence), and
//! which names vnkg found that the gazetteer lacks (to grow the gazetteer).
//! Both are SPARQL over the store.

use crate::error::{Error, Result};
use crate::store::{Store, PREFIXES};
use crate::vocab::{ONTOLOGY_GRAPH, VNKG};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

/// One piece of evidence for a fact.
#[derive(Debug, Clone)]
pub struct Why {
    pub subject: String,
    pub relation: String,
    pub object: String,
    pub file: String,
    /// The sentence with the matched words in `[[…]]`.
    pub sentence: String,
    pub rule: String,
    pub confidence: String,
    pub modality: String,
    /// Character offsets of the sentence in the document.
    pub offsets: (u64, u64),
}

/// A name vnkg found that the gazetteer lacks.
#[derive(Debug, Clone)]
pub struct Unknown {
    pub label: String,
    pub class: String,
    pub iri: String,
    pub documents: u64,
    pub example: String,
}

fn value(t: Option<&Term>) -> String {
    match t {
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

fn rows(store: &Store, q: &str) -> Result<Vec<oxigraph::sparql::QuerySolution>> {
    match store.query(q)? {
        QueryResults::Solutions(s) => s
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| Error::QueryEvaluation(e.to_string())),
        _ => Ok(Vec::new()),
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// The IRIs an argument names: `<iri>`, `prefix:local`, or a label
/// (prefLabel, altLabel or rdfs:label, case-insensitive).
pub fn resolve(store: &Store, arg: &str) -> Result<Vec<String>> {
    let a = arg.trim();
    if let Some(iri) = a.strip_prefix('<').and_then(|x| x.strip_suffix('>')) {
        return Ok(vec![iri.to_string()]);
    }
    if a.starts_with("http://") || a.starts_with("https://") {
        return Ok(vec![a.to_string()]);
    }
    if let Some((p, local)) = a.split_once(':') {
        if let Some((_, ns)) = PREFIXES.iter().find(|(x, _)| *x == p) {
            if !local.contains(' ') {
                return Ok(vec![format!("{ns}{local}")]);
            }
        }
    }
    let q = format!(
        "SELECT DISTINCT ?e WHERE {{ ?e skos:prefLabel|skos:altLabel|skos:hiddenLabel|rdfs:label ?l . \
         FILTER(LCASE(STR(?l)) = LCASE(\"{}\")) }} ORDER BY ?e",
        escape(a)
    );
    Ok(rows(store, &q)?.iter().map(|r| value(r.get("e"))).collect())
}

/// Every piece of evidence for `subject relation object` (labels, prefixed
/// names or IRIs; the object may be a date). Symmetric relations are looked
/// up both ways, and `hosted` together with `organizedBy` read backwards.
pub fn why(store: &Store, subject: &str, relation: &str, object: &str) -> Result<Vec<Why>> {
    let rel = relation.trim_start_matches("vnkg:");
    let subjects = resolve(store, subject)?;
    if subjects.is_empty() {
        return Err(Error::Invalid(format!("no entity is called '{subject}'")));
    }
    let objects = resolve(store, object)?;
    let mut pairs: Vec<(String, String, String)> = Vec::new(); // (s, p, o) as SPARQL terms
    let p = format!("<{VNKG}{rel}>");
    let object_terms: Vec<String> = if objects.is_empty() {
        vec![format!("\"{}\"", escape(object))] // a literal (a date)
    } else {
        objects.iter().map(|o| format!("<{o}>")).collect()
    };
    for s in &subjects {
        for o in &object_terms {
            pairs.push((format!("<{s}>"), p.clone(), o.clone()));
            let symmetric = matches!(rel, "cooperatesWith" | "concludedAgreementWith");
            if symmetric && o.starts_with('<') {
                pairs.push((o.clone(), p.clone(), format!("<{s}>")));
            }
            let inverse = match rel {
                "hosted" => Some("organizedBy"),
                "organizedBy" => Some("hosted"),
                _ => None,
            };
            if let (Some(inv), true) = (inverse, o.starts_with('<')) {
                pairs.push((o.clone(), format!("<{VNKG}{inv}>"), format!("<{s}>")));
            }
        }
    }
    let mut out = Vec::new();
    for (s, p, o) in pairs {
        let obj_filter = if o.starts_with('"') {
            format!("FILTER(STR(?o) = {o})")
        } else {
            format!("FILTER(?o = {o})")
        };
        let q = format!(
            "SELECT ?sl ?ol ?file ?text ?ss ?se ?a ?b ?rule ?conf ?mod WHERE {{ \
               ?ev rdf:subject {s} ; rdf:predicate {p} ; rdf:object ?o ; vnkg:sentence ?sent ; \
                   vnkg:rule ?rule ; vnkg:spanStart ?a ; vnkg:spanEnd ?b . {obj_filter} \
               OPTIONAL {{ ?ev vnkg:confidence ?evconf }} \
               OPTIONAL {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?rule vnkg:confidence ?ruleconf }} }} \
               BIND(COALESCE(?evconf, ?ruleconf) AS ?conf) \
               OPTIONAL {{ ?ev vnkg:modality ?mod }} \
               ?sent vnkg:text ?text ; vnkg:startOffset ?ss ; vnkg:endOffset ?se ; vnkg:inDocument ?doc . \
               ?doc vnkg:fileName ?file . \
               OPTIONAL {{ {s} skos:prefLabel ?sl }} OPTIONAL {{ ?o skos:prefLabel ?ol }} \
             }} ORDER BY ?file ?ss ?rule"
        );
        for r in rows(store, &q)? {
            let num = |v: &str| value(r.get(v)).parse::<u64>().unwrap_or(0);
            let (ss, a, b) = (num("ss"), num("a"), num("b"));
            let text = value(r.get("text"));
            let marked = mark(&text, a.saturating_sub(ss) as usize, b.saturating_sub(ss) as usize);
            let sl = value(r.get("sl"));
            let ol = value(r.get("ol"));
            out.push(Why {
                subject: if sl.is_empty() { s.clone() } else { sl },
                relation: p
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .trim_start_matches(VNKG)
                    .to_string(),
                object: if ol.is_empty() {
                    o.trim_matches(['<', '>', '"']).to_string()
                } else {
                    ol
                },
                file: value(r.get("file")),
                sentence: crate::text::squash_whitespace(&marked),
                rule: {
                    let iri = value(r.get("rule"));
                    crate::rdf::rule_name(&iri).unwrap_or(iri)
                },
                confidence: value(r.get("conf")),
                modality: {
                    let m = value(r.get("mod"));
                    if m.is_empty() {
                        "asserted".into()
                    } else {
                        m
                    }
                },
                offsets: (ss, num("se")),
            });
        }
    }
    Ok(out)
}

/// Puts `[[` and `]]` around characters `a..b` of `text` (clamped).
fn mark(text: &str, a: usize, b: usize) -> String {
    let n = text.chars().count();
    let (a, b) = (a.min(n), b.min(n).max(a.min(n)));
    let mut out = String::with_capacity(text.len() + 4);
    for (i, c) in text.chars().enumerate() {
        if i == a {
            out.push_str("[[");
        }
        if i == b {
            out.push_str("]]");
        }
        out.push(c);
    }
    if b == n {
        out.push_str("]]");
    }
    out
}

/// The entities that documents name but the gazetteer lacks (people found by
/// their titles, events, agencies and bodies by their shape), most
/// documents first, each with an example sentence.
pub fn unknown(store: &Store) -> Result<Vec<Unknown>> {
    let q = "SELECT ?e ?label ?class (COUNT(DISTINCT ?doc) AS ?docs) (SAMPLE(?t) AS ?example) WHERE { \
               GRAPH ?doc { ?doc a vnkg:Document . ?e a ?class ; skos:prefLabel ?label . } \
               FILTER(?class NOT IN (vnkg:Post, vnkg:Document, vnkg:Evidence, vnkg:Sentence, vnkg:Rule)) \
               FILTER NOT EXISTS { GRAPH vnr:graph/ontology { ?e ?anyp ?anyo } } \
               OPTIONAL { GRAPH ?doc { ?ev rdf:subject|rdf:object ?e ; vnkg:sentence ?s . ?s vnkg:text ?t } } \
             } GROUP BY ?e ?label ?class ORDER BY DESC(?docs) ?label";
    let q = q.replace("vnr:graph/ontology", &format!("<{}>", crate::vocab::ONTOLOGY_GRAPH));
    Ok(rows(store, &q)?
        .iter()
        .map(|r| Unknown {
            iri: value(r.get("e")),
            label: value(r.get("label")),
            class: value(r.get("class")).trim_start_matches(VNKG).to_string(),
            documents: value(r.get("docs")).parse().unwrap_or(0),
            example: crate::text::squash_whitespace(&value(r.get("example"))),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    #[test]
    fn marks_spans() {
        assert_eq!(super::mark("Viet Nam is a party", 0, 8), "[[Viet Nam]] is a party");
        assert_eq!(super::mark("abc", 1, 3), "a[[bc]]");
    }
}
