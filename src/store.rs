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

/// A small file in the store folder saying that a `vnkg serve` process
/// holds the store, so that a process finding the store locked can name the
/// holder. Removed when dropped; a stale one (its process gone) is ignored.
pub struct ServeMarker {
    path: PathBuf,
}

const SERVE_MARKER: &str = "vnkg-serve.txt";

impl ServeMarker {
    /// Writes the marker (best effort: `None` if the folder is not writable).
    pub fn write(store: &Path, url: &str) -> Option<ServeMarker> {
        let path = store.join(SERVE_MARKER);
        std::fs::write(&path, format!("pid {}\nurl {url}\n", std::process::id())).ok()?;
        Some(ServeMarker { path })
    }

    /// "pid N, URL" of the live `vnkg serve` holding the store, if any.
    pub fn holder(store: &Path) -> Option<String> {
        let text = std::fs::read_to_string(store.join(SERVE_MARKER)).ok()?;
        let field = |k: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(k).map(|v| v.trim().to_string()))
        };
        let pid = field("pid ")?;
        let url = field("url ").unwrap_or_default();
        let proc_dir = Path::new("/proc");
        if proc_dir.is_dir() && !proc_dir.join(&pid).exists() {
            return None;
        }
        Some(format!("pid {pid}, {url}"))
    }
}

impl Drop for ServeMarker {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// A bulk load under way (see [`Store::start_bulk_load`]).
#[must_use = "a bulk load is written only when committed"]
pub struct PendingLoad<'a> {
    loader: oxigraph::store::BulkLoader<'a>,
}

impl PendingLoad<'_> {
    /// Waits for the loader's files and ingests them into the store in one
    /// atomic step.
    pub fn commit(self) -> Result<()> {
        self.loader.commit()?;
        Ok(())
    }
}

pub struct Store {
    inner: oxigraph::store::Store,
    pub path: Option<PathBuf>,
    /// The lock on the store folder (see `lock`); dropped after `inner`.
    _lock: Option<crate::lock::StoreLock>,
}

/// Removes the `bulk-*.sst` files that Oxigraph's bulk loader leaves in the
/// store folder when its process is killed before it cleans up. RocksDB
/// copies such a file when it ingests it, so none is ever part of the store,
/// and no other writer can be loading: the caller holds the write lock.
#[cfg(feature = "disk")]
fn remove_stale_bulk_files(path: &Path) {
    let Ok(entries) = std::fs::read_dir(path) else { return };
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// RocksDB's own lock (held by a process that is not vnkg, or a vnkg
/// without `vnkg.lock`) as a one-line message; other errors as they are.
#[cfg(feature = "disk")]
fn rocksdb_error(path: &Path, e: oxigraph::store::StorageError) -> Error {
    let msg = e.to_string();
    if msg.contains("LOCK") || msg.contains("lock") {
        Error::StoreInUse {
            path: path.to_path_buf(),
            message: "in use by another process (RocksDB holds its lock); only one process may open a store for writing at a time".into(),
        }
    } else {
        Error::Storage(e)
    }
}

/// A SPARQL evaluator that knows vnkg's prefixes (`country:`, `treaty:`, …).
pub fn evaluator() -> Result<SparqlEvaluator> {
    let mut ev = SparqlEvaluator::new();
    for (p, iri) in PREFIXES {
        ev = ev.with_prefix(p, iri).map_err(|e| Error::Invalid(e.to_string()))?;
    }
    Ok(ev)
}

/// `ser` declaring vnkg's prefixes (for the formats that write them).
pub fn with_prefixes(mut ser: oxigraph::io::RdfSerializer) -> Result<oxigraph::io::RdfSerializer> {
    for (p, iri) in PREFIXES {
        ser = ser.with_prefix(p, iri).map_err(|e| Error::Invalid(e.to_string()))?;
    }
    Ok(ser)
}

impl Store {
    /// An in-memory store (tests, `extract`).
    pub fn memory() -> Result<Self> {
        Ok(Store {
            inner: oxigraph::store::Store::new()?,
            path: None,
            _lock: None,
        })
    }

    /// Opens (or creates) the on-disk store at `path` for writing. Fails at
    /// once, with a message naming the process that has it, when another
    /// process has it open (see `lock`).
    #[cfg(feature = "disk")]
    pub fn open(path: &Path) -> Result<Self> {
        std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
        let lock = crate::lock::StoreLock::acquire(path, crate::lock::Access::Write)?;
        remove_stale_bulk_files(path);
        match oxigraph::store::Store::open(path) {
            Ok(inner) => Ok(Store {
                inner,
                path: Some(path.to_path_buf()),
                _lock: Some(lock),
            }),
            Err(e) => Err(rocksdb_error(path, e)),
        }
    }

    /// Opens the on-disk store at `path` for reading only: any number of
    /// readers at once, never next to a writer (which it refuses at once,
    /// naming it), so it reads a store that does not change under it. A
    /// folder that holds no store yet reads as an empty store.
    #[cfg(feature = "disk")]
    pub fn open_read_only(path: &Path) -> Result<Self> {
        if !path.join("CURRENT").is_file() {
            return Self::memory();
        }
        let lock = crate::lock::StoreLock::acquire(path, crate::lock::Access::Read)?;
        let inner = match oxigraph::store::Store::open_read_only(path) {
            Ok(inner) => inner,
            Err(_) => {
                // A store whose creation was cut short (its first writer was
                // killed before it had made its column families) opens only
                // for writing, which completes it. No writer is running (we
                // hold a read lock), so do that once, then read.
                drop(lock);
                drop(Self::open(path)?);
                let lock = crate::lock::StoreLock::acquire(path, crate::lock::Access::Read)?;
                let inner = oxigraph::store::Store::open_read_only(path).map_err(|e| rocksdb_error(path, e))?;
                return Ok(Store {
                    inner,
                    path: Some(path.to_path_buf()),
                    _lock: Some(lock),
                });
            }
        };
        Ok(Store {
            inner,
            path: Some(path.to_path_buf()),
            _lock: Some(lock),
        })
    }

    #[cfg(not(feature = "disk"))]
    pub fn open(path: &Path) -> Result<Self> {
        Err(Error::Invalid(format!(
            "{}: this vnkg was built without the `disk` feature, so it has no on-disk store",
            path.display()
        )))
    }

    #[cfg(not(feature = "disk"))]
    pub fn open_read_only(path: &Path) -> Result<Self> {
        Self::open(path)
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

    /// The sha256 recorded for every document graph, read in one scan of
    /// the `vnkg:sha256` statements. An ingest asks it for each of its
    /// documents; one lookup per document in a 22 GB store (632,348
    /// documents) cost more than the scan. A graph without its counts
    /// (`vnkg:factCount`, written since the counts were added) is recorded
    /// with an empty digest, which matches no file: an ingest extracts it
    /// again and replaces its graph (in a transaction, as it replaces any
    /// changed document), writing the counts.
    pub fn recorded_shas(&self) -> Result<RecordedShas> {
        let counted = self
            .own_literals("factCount")?
            .map(|r| r.map(|(graph, _)| graph))
            .collect::<Result<std::collections::HashSet<String>>>()?;
        let mut shas: std::collections::HashMap<String, String> =
            self.own_literals("sha256")?.collect::<Result<_>>()?;
        for (graph, sha) in shas.iter_mut() {
            if !counted.contains(graph) {
                sha.clear();
            }
        }
        Ok(RecordedShas(shas))
    }

    /// (graph IRI, value) of each `vnkg:<local>` literal a document graph
    /// states about itself (`<g> vnkg:fileName "…"` in graph `<g>`).
    fn own_literals(&self, local: &str) -> Result<impl Iterator<Item = Result<(String, String)>> + '_> {
        let p = NamedNode::new_unchecked(format!("{VNKG}{local}"));
        Ok(self
            .inner
            .quads_for_pattern(None, Some(p.as_ref()), None, None)
            .filter_map(|q| match q {
                Err(e) => Some(Err(e.into())),
                Ok(q) => match (&q.subject, &q.object) {
                    (NamedOrBlankNode::NamedNode(s), Term::Literal(l))
                        if QuadRef::from(&q).graph_name == GraphNameRef::NamedNode(s.as_ref()) =>
                    {
                        Some(Ok((s.as_str().to_string(), l.value().to_string())))
                    }
                    _ => None,
                },
            }))
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

    /// Starts loading the graphs of new documents through Oxigraph's bulk
    /// loader and returns at once: the loader writes its sorted files on a
    /// thread of its own while the caller goes on (extracting, batching the
    /// next documents); [`PendingLoad::commit`] waits for it and makes the
    /// quads visible, all or none. Dropped without a commit, nothing is
    /// written.
    pub fn start_bulk_load(&self, quads: Vec<Quad>) -> Result<PendingLoad<'_>> {
        let mut loader = self.inner.bulk_loader();
        loader.load_quads(quads)?;
        Ok(PendingLoad { loader })
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
        let mut out = self.own_literals("fileName")?.collect::<Result<Vec<_>>>()?;
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
        self.query_cancellable(sparql, None)
    }

    /// [`Store::query`] that stops (with a `Cancelled` evaluation error)
    /// once `cancel` is cancelled, during evaluation or while the results
    /// are read.
    pub fn query_cancellable(
        &self,
        sparql: &str,
        cancel: Option<oxigraph::sparql::CancellationToken>,
    ) -> Result<QueryResults<'static>> {
        let mut ev = evaluator()?;
        if let Some(c) = cancel {
            ev = ev.with_cancellation_token(c);
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

/// The sha256 recorded for each document graph of a store (graph IRI →
/// hex digest), as [`Store::recorded_shas`] read it.
#[derive(Debug, Default)]
pub struct RecordedShas(std::collections::HashMap<String, String>);

impl RecordedShas {
    /// The digest recorded for `graph`, if the store holds that graph.
    pub fn get(&self, graph: &str) -> Option<&str> {
        self.0.get(graph).map(String::as_str)
    }
}
