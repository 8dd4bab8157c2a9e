//! Figures about what the store holds: documents, quads, entities per class,
//! facts per relation. Computed with SPARQL over the union graph.

use crate::error::{Error, Result};
use crate::store::Store;
use crate::vocab::*;
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub documents: usize,
    pub quads: usize,
    /// (class local name, distinct entities mentioned by documents).
    pub entities: Vec<(String, usize)>,
    /// (relation local name, distinct facts).
    pub facts: Vec<(String, usize)>,
}

fn pairs(store: &Store, q: &str) -> Result<Vec<(String, usize)>> {
    let mut out = Vec::new();
    if let QueryResults::Solutions(s) = store.query(q)? {
        for row in s {
            let row = row.map_err(|e| Error::QueryEvaluation(e.to_string()))?;
            let name = match row.get("k") {
                Some(Term::NamedNode(n)) => n.as_str().strip_prefix(VNKG).unwrap_or(n.as_str()).to_string(),
                Some(t) => t.to_string(),
                None => continue,
            };
            let n = match row.get("n") {
                Some(Term::Literal(l)) => l.value().parse().unwrap_or(0),
                _ => 0,
            };
            out.push((name, n));
        }
    }
    Ok(out)
}

const ENTITIES: &str = "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE { ?d a vnkg:Document ; vnkg:mentions ?e . ?e a ?k . FILTER(STRSTARTS(STR(?k), STR(vnkg:))) } GROUP BY ?k ORDER BY DESC(?n) ?k";

pub fn stats(store: &Store) -> Result<Stats> {
    let documents = store.documents()?.len();
    let quads = store.len()?;
    let entities = pairs(store, ENTITIES)?;
    let facts = pairs(
        store,
        "SELECT ?k (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?s ?k ?o WHERE { ?ev rdf:subject ?s ; rdf:predicate ?k ; rdf:object ?o } } } GROUP BY ?k ORDER BY DESC(?n) ?k",
    )?;
    Ok(Stats {
        documents,
        quads,
        entities,
        facts,
    })
}
