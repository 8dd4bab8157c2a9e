//! The store: an Oxigraph store (RocksDB on disk, or in memory), with one
//! named graph per document and one for the ontology and gazetteer. A
//! document's graph is replaced whole in one transaction, so a reader never
//! sees half a document and a crash leaves the old graph or the new one.
//!
//! Knows nothing of extraction.

use crate::error::{Error, Result};
use crate::vocab::*;
use oxigraph::model::{GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::path::{Path, PathBuf};

/// Prefixes known to every query (and used by the Turtle and TriG exports):
/// the vocabularies, and one per directory of entity IRIs, so that
/// `country:viet-nam` is `<https://w3id.org/vnkg/id/country/viet-nam>`.
pub const PREFIXES: [(&str, &str); 22] = [
    ("vnkg", VNKG),
    ("vnr", VNR),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("xsd", XSD),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("schema", "https://schema.org/"),
    ("org", "http://www.w3.org/ns/org#"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("country", "https://w3id.org/vnkg/id/country/"),
    ("treaty", "https://w3id.org/vnkg/id/treaty/"),
    ("declaration", "https://w3id.org/vnkg/id/declaration/"),
    ("body", "https://w3id.org/vnkg/id/body/"),
    ("agency", "https://w3id.org/vnkg/id/agency/"),
    ("event", "https://w3id.org/vnkg/id/event/"),
    ("person", "https://w3id.org/vnkg/id/person/"),
    ("post", "https://w3id.org/vnkg/id/post/"),
    ("place", "https://w3id.org/vnkg/id/place/"),
    ("topic", "https://w3id.org/vnkg/id/topic/"),
];

pub struct Store {
    inner: oxigraph::store::Store,
    pub path: Option<PathBuf>,
}

impl Store {
    /// An in-memory store (tests, `extract`).
    pub fn memory() -> Result<Self> {
        Ok(Store {
            inner: oxigraph::store::Store::new()?,
            path: None,
        })
    }

    /// Opens (or creates) the on-disk store at `path`. Fails at once, with a
    /// clear message, when another process has it open.
    #[cfg(feature = "disk")]
    pub fn open(path: &Path) -> Result<Self> {
        std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
        match oxigraph::store::Store::open(path) {
            Ok(inner) => Ok(Store {
                inner,
                path: Some(path.to_path_buf()),
            }),
            Err(e) => {
                let msg = e.to_string();
                if msg.contains("LOCK") || msg.contains("lock") {
                    Err(Error::StoreInUse {
                        path: path.to_path_buf(),
                        message: "in use by another vnkg process (ingest, serve, query…); only one process may open a store at a time".into(),
                    })
                } else {
                    Err(Error::Storage(e))
                }
            }
        }
    }

    #[cfg(not(feature = "disk"))]
    pub fn open(path: &Path) -> Result<Self> {
        Err(Error::Invalid(format!(
            "{}: this vnkg was built without the `disk` feature, so it has no on-disk store",
            path.display()
        )))
    }

    pub fn oxigraph(&self) -> &oxigraph::store::Store {
        &self.inner
    }

    /// The sha256 recorded for a graph (a document's, or the ontology's).
    pub fn graph_sha(&self, graph: &str) -> Result<Option<String>> {
        let g = NamedNodeRef::new_unchecked(graph);
        let p = NamedNode::new_unchecked(format!("{VNKG}sha256"));
        for q in self
            .inner
            .quads_for_pattern(Some(g.into()), Some(p.as_ref()), None, Some(GraphNameRef::NamedNode(g)))
        {
            if let Term::Literal(l) = q?.object {
                return Ok(Some(l.value().to_string()));
            }
        }
        Ok(None)
    }

    /// Replaces a named graph with `quads` in one transaction.
    pub fn replace_graph(&self, graph: &str, quads: &[Quad]) -> Result<()> {
        let g = NamedNodeRef::new_unchecked(graph);
        let mut tx = self.inner.start_transaction()?;
        tx.clear_graph(g)?;
        tx.insert_named_graph(g);
        for q in quads {
            tx.insert(q);
        }
        tx.commit()?;
        Ok(())
    }

    /// Replaces several named graphs in one transaction: all or none.
    pub fn replace_graphs(&self, graphs: &[(&str, &[Quad])]) -> Result<()> {
        let mut tx = self.inner.start_transaction()?;
        for (graph, quads) in graphs {
            let g = NamedNodeRef::new_unchecked(graph);
            tx.clear_graph(g)?;
            tx.insert_named_graph(g);
            for q in *quads {
                tx.insert(q);
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Adds the graphs of documents that are not in the store yet, through
    /// Oxigraph's bulk loader (much faster than a transaction for many
    /// quads); the load is committed atomically, all or none.
    pub fn bulk_insert(&self, graphs: &[(&str, &[Quad])]) -> Result<()> {
        let mut loader = self.inner.bulk_loader();
        loader.load_quads(graphs.iter().flat_map(|(_, q)| q.iter().cloned()))?;
        loader.commit()?;
        Ok(())
    }

    /// [`Store::bulk_insert`] for quads the caller gives up (no copies).
    pub fn bulk_insert_owned(&self, quads: impl IntoIterator<Item = Quad>) -> Result<()> {
        let mut loader = self.inner.bulk_loader();
        loader.load_quads(quads)?;
        loader.commit()?;
        Ok(())
    }

    /// Loads the ontology and gazetteer graph when it changed.
    pub fn ensure_ontology(&self, quads: &[Quad], sha: &str) -> Result<bool> {
        if self.graph_sha(ONTOLOGY_GRAPH)?.as_deref() == Some(sha) {
            return Ok(false);
        }
        let g = NamedNode::new_unchecked(ONTOLOGY_GRAPH);
        let mut all: Vec<Quad> = quads
            .iter()
            .map(|q| Quad::new(q.subject.clone(), q.predicate.clone(), q.object.clone(), g.clone()))
            .collect();
        all.push(Quad::new(
            g.clone(),
            NamedNode::new_unchecked(format!("{VNKG}sha256")),
            Literal::new_simple_literal(sha),
            g.clone(),
        ));
        self.replace_graph(ONTOLOGY_GRAPH, &all)?;
        Ok(true)
    }

    /// Removes a document's graph. Returns whether it was there.
    pub fn remove_graph(&self, graph: &str) -> Result<bool> {
        let g = NamedNodeRef::new_unchecked(graph);
        if !self.inner.contains_named_graph(g)? {
            return Ok(false);
        }
        let mut tx = self.inner.start_transaction()?;
        tx.remove_named_graph(g)?;
        tx.commit()?;
        Ok(true)
    }

    /// The documents in the store: (graph IRI, file name).
    pub fn documents(&self) -> Result<Vec<(String, String)>> {
        let p = NamedNode::new_unchecked(format!("{VNKG}fileName"));
        let mut out = Vec::new();
        for q in self.inner.quads_for_pattern(None, Some(p.as_ref()), None, None) {
            let q = q?;
            if let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (&q.subject, &q.object) {
                if QuadRef::from(&q).graph_name == GraphNameRef::NamedNode(s.as_ref()) {
                    out.push((s.as_str().to_string(), l.value().to_string()));
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// Number of quads.
    pub fn len(&self) -> Result<usize> {
        Ok(self.inner.len()?)
    }

    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.inner.is_empty()?)
    }

    /// Runs a SPARQL query with the union of all graphs as default graph.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>> {
        let mut ev = SparqlEvaluator::new();
        for (p, iri) in PREFIXES {
            ev = ev.with_prefix(p, iri).map_err(|e| Error::QuerySyntax(e.to_string()))?;
        }
        let mut prepared = ev.parse_query(sparql).map_err(|e| Error::QuerySyntax(e.to_string()))?;
        prepared.dataset_mut().set_default_graph_as_union();
        prepared
            .on_store(&self.inner)
            .execute()
            .map_err(|e| Error::QueryEvaluation(e.to_string()))
    }

    /// Flushes writes to disk.
    pub fn flush(&self) -> Result<()> {
        #[cfg(feature = "disk")]
        if self.path.is_some() {
            self.inner.flush()?;
        }
        Ok(())
    }
}
