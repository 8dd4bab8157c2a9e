//! Ingest: documents are read and extracted in parallel (rayon) and streamed
//! through a bounded channel into one store writer, so memory stays bounded
//! whatever the size of the corpus. An unchanged document (same sha256) is
//! skipped; a changed one has its graph replaced in one transaction; a
//! document that fails leaves the store as it was.

use crate::corpus::{self, Source};
use crate::error::Result;
use crate::extract::Extractor;
use crate::knowledge::Knowledge;
use crate::rdf;
use crate::store::{RecordedShas, Store};
use oxigraph::model::Quad;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;
use std::time::Instant;

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Worker threads for extraction (None: one per core).
    pub threads: Option<usize>,
    /// Show a progress bar on standard error.
    pub progress: bool,
    /// Re-extract documents even when their sha256 is unchanged.
    pub force: bool,
    /// Bounds on what one document may cost.
    pub limits: Limits,
}

/// Bounds on one document, so that no input can exhaust the machine.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// A larger file fails alone, with a message, before it is read.
    pub max_document_bytes: u64,
    /// Relations are read only from sentences of at most this many tokens.
    pub max_sentence_tokens: usize,
}

/// The default largest document: 64 MB.
pub const DEFAULT_MAX_DOCUMENT_BYTES: u64 = 64 * 1024 * 1024;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES,
            max_sentence_tokens: crate::extract::MAX_SENTENCE_TOKENS,
        }
    }
}

/// What an ingest did.
#[derive(Debug, Default)]
pub struct Summary {
    pub new: usize,
    pub replaced: usize,
    pub unchanged: usize,
    /// (file, message) for every document that failed.
    pub failed: Vec<(PathBuf, String)>,
    pub skipped: Vec<(PathBuf, String)>,
    pub problems: Vec<String>,
    /// Quads written by this run.
    pub quads_written: usize,
    /// Entities named by the documents written in this run, by class.
    pub entities: Vec<(String, usize)>,
    pub bytes: u64,
    pub seconds: f64,
}

/// A document ready to write: its graph, its quads, whether it replaces an
/// older version, and its size in bytes.
pub type Extracted = (String, Vec<Quad>, bool, u64);

/// Quads written per batch (whole documents only). Each bulk-loaded batch
/// becomes one set of sorted files in RocksDB, which compaction later
/// merges with what is below, so batches are large: with 100,000 quads (and
/// in practice a batch written every 250 ms) compaction took 40% of the CPU
/// of a 20 MB ingest. A batch costs about 1 KB of memory per quad
/// while it is gathered and while it is loaded (the peak RSS of a 20 MB
/// ingest was 416 MB with 250,000, 549 MB with 400,000).
const BATCH_QUADS: usize = 300_000;

/// Quads per transaction when changed documents replace their graphs (whole
/// documents only). On the 1 GB generated store, replacing 6,323 documents
/// in transactions of a batch's size (300,000 quads) peaked at 2.5 GB RSS.
const REPLACE_QUADS: usize = 50_000;

/// The longest a document waits in a batch before the batch is written, so
/// that a slow run still commits its work now and then (a killed run loses
/// at most this much, and the load under way).
const BATCH_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// A bulk load under way: the load, and its documents, quads and bytes.
type Pending<'s> = (crate::store::PendingLoad<'s>, usize, usize, u64);

enum Msg {
    Write {
        graph: String,
        quads: Vec<Quad>,
        replaced: bool,
        bytes: u64,
    },
    Unchanged,
    Failed(PathBuf, String),
}

/// The sha256 of the ontology graph's quads (vnkg.ttl, gazetteer.ttl and
/// the rules' nodes), recorded in the store so that the graph is reloaded
/// when a user edits them.
pub fn knowledge_sha(k: &Knowledge) -> String {
    knowledge_sha_of(&knowledge_quads(k))
}

/// [`knowledge_sha`] of the quads [`knowledge_quads`] gave: the sha256 of
/// each quad as its `Display` writes it (`s p o`, and the graph when it has
/// one), a line each. (Written by `rdf::write_nquad`, the same terms and
/// then " .", which is cut: `fmt` cost more than reading the ontology.)
pub fn knowledge_sha_of<'q>(quads: impl IntoIterator<Item = &'q Quad>) -> String {
    let quads = quads.into_iter();
    let mut s = Vec::with_capacity(quads.size_hint().0 * 128);
    for q in quads {
        rdf::write_nquad(q.as_ref(), &mut s);
        debug_assert!(s.ends_with(b" .\n"));
        s.truncate(s.len().saturating_sub(3));
        s.push(b'\n');
    }
    corpus::sha256_hex(&s)
}

/// The quads of the ontology graph: vnkg.ttl, gazetteer.ttl and one node
/// per extraction rule with its default confidence (`rdf::rule_quads`).
pub fn knowledge_quads(k: &Knowledge) -> Vec<Quad> {
    k.ontology_quads
        .iter()
        .chain(k.gazetteer.quads.iter())
        .cloned()
        .chain(rdf::rule_quads(k))
        .collect()
}

/// Reads and extracts one source; `None` when unchanged, i.e. when
/// `recorded` (the store's digests, [`Store::recorded_shas`]) has the
/// source's digest for its graph.
pub fn process(
    k: &Knowledge,
    recorded: Option<&RecordedShas>,
    src: &Source,
    force: bool,
    limits: &Limits,
) -> Result<Option<Extracted>> {
    Ok(read_and_extract(k, recorded, src, force, limits)?
        .map(|(graph, x, old, bytes)| (graph, rdf::quads(k, &x), old, bytes)))
}

/// Reads and extracts one source and writes its graph as N-Quads (the bytes,
/// the number of quads, the document's size); `None` when unchanged.
pub fn process_nquads(k: &Knowledge, src: &Source, limits: &Limits) -> Result<Option<(Vec<u8>, usize, u64)>> {
    process_nquads_into(k, src, limits, Vec::new())
}

/// [`process_nquads`] writing into `nq` (cleared first), so that a caller
/// can hand the same buffers round instead of allocating fresh memory for
/// every document (the page faults of that were 15% of `vnkg extract`).
pub fn process_nquads_into(
    k: &Knowledge,
    src: &Source,
    limits: &Limits,
    mut nq: Vec<u8>,
) -> Result<Option<(Vec<u8>, usize, u64)>> {
    Ok(read_and_extract(k, None, src, true, limits)?.map(|(_, x, _, bytes)| {
        nq.clear();
        nq.reserve(x.text.len() * 16);
        let n = rdf::write_nquads(k, &x, &mut nq);
        (nq, n, bytes)
    }))
}

/// Reads one source and extracts it: its graph's IRI, the extraction,
/// whether the store had an older version, its size; `None` when unchanged.
fn read_and_extract(
    k: &Knowledge,
    recorded: Option<&RecordedShas>,
    src: &Source,
    force: bool,
    limits: &Limits,
) -> Result<Option<(String, crate::fact::Extraction, bool, u64)>> {
    let (info, text) = corpus::read_at_most(src, limits.max_document_bytes)?;
    let graph = rdf::doc_iri(&info.key);
    let old = recorded.and_then(|r| r.get(&graph));
    if !force && old == Some(info.sha256.as_str()) {
        return Ok(None);
    }
    let bytes = text.len() as u64;
    // A bug in extraction must fail this document, not the whole run.
    let path = src.path.clone();
    let x = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        Extractor::new(k)
            .with_max_sentence_tokens(limits.max_sentence_tokens)
            .extract(info, text)
    }))
    .map_err(|p| {
        let why = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        crate::error::Error::Invalid(format!(
            "{}: extraction failed (a bug in vnkg; please report it): {why}",
            path.display()
        ))
    })?;
    Ok(Some((graph, x, old.is_some(), bytes)))
}

/// Ingests the documents under `paths` into `store`.
pub fn ingest<'s>(store: &'s Store, k: &Knowledge, paths: &[PathBuf], opts: &Options) -> Result<Summary> {
    let t0 = Instant::now();
    let walk = corpus::walk(paths)?;
    let mut summary = Summary {
        skipped: walk.skipped,
        problems: walk.problems,
        ..Default::default()
    };
    let (sources, duplicates) = corpus::split_duplicate_keys(walk.sources);
    for (p, m) in duplicates {
        eprintln!("vnkg: {m}");
        summary.failed.push((p, m));
    }
    let kq = knowledge_quads(k);
    store.ensure_ontology(&kq, &knowledge_sha_of(&kq))?;
    let recorded = store.recorded_shas()?;
    let recorded = &recorded;
    let bar = if opts.progress {
        let b = indicatif::ProgressBar::new(sources.len() as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{spinner} {pos}/{len} documents [{bar:30}] {elapsed_precise} eta {eta} {msg}",
        ) {
            b.set_style(style.progress_chars("=> "));
        }
        b
    } else {
        indicatif::ProgressBar::hidden()
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads.unwrap_or(0))
        .build()
        .map_err(|e| crate::error::Error::Invalid(e.to_string()))?;
    let (tx, rx) = sync_channel::<Msg>(64);
    let force = opts.force;
    let limits = opts.limits;
    let mut write_error = None;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            pool.install(|| {
                sources.par_iter().for_each_with(tx, |tx, src| {
                    let msg = match process(k, Some(recorded), src, force, &limits) {
                        Ok(Some((graph, quads, replaced, bytes))) => Msg::Write {
                            graph,
                            quads,
                            replaced,
                            bytes,
                        },
                        Ok(None) => Msg::Unchanged,
                        Err(e) => Msg::Failed(src.path.clone(), e.to_string()),
                    };
                    // The receiver only stops early on a store error.
                    let _ = tx.send(msg);
                });
            });
        });
        // Whole documents are written together, up to BATCH_QUADS quads per
        // batch: each document's graph is still replaced atomically, and
        // RocksDB pays its commit cost once per batch. New documents go
        // through the bulk loader, which writes a batch's sorted files on a
        // thread of its own while this thread gathers the next batch (and
        // the workers go on extracting); the batch is committed when the
        // next one is ready, or at the end. One load at a time bounds the
        // memory. (Committing several batches at once, 1.5 M quads per
        // commit, was no faster on 100 MB.) Changed documents replace their
        // old graph in a transaction.
        let mut batch: Vec<(String, Vec<Quad>, bool, u64)> = Vec::new();
        let mut named: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        let mut batch_quads = 0usize;
        // The load under way: (load, documents, quads, bytes).
        let mut pending: Option<Pending<'s>> = None;
        let commit_pending = |pending: &mut Option<Pending<'s>>,
                              summary: &mut Summary,
                              write_error: &mut Option<crate::error::Error>| {
            let Some((load, docs, quads, bytes)) = pending.take() else {
                return;
            };
            if write_error.is_some() {
                return; // dropped: nothing of it is written
            }
            match load.commit() {
                Ok(()) => {
                    summary.new += docs;
                    summary.quads_written += quads;
                    summary.bytes += bytes;
                }
                Err(e) => *write_error = Some(e),
            }
        };
        let flush = |batch: &mut Vec<(String, Vec<Quad>, bool, u64)>,
                     batch_quads: &mut usize,
                     summary: &mut Summary,
                     write_error: &mut Option<crate::error::Error>,
                     pending: &mut Option<Pending<'s>>| {
            if batch.is_empty() || write_error.is_some() {
                batch.clear();
                *batch_quads = 0;
                return;
            }
            let (changed, new): (Vec<_>, Vec<_>) = batch.drain(..).partition(|b| b.2);
            *batch_quads = 0;
            // Changed documents replace their graphs in transactions of at
            // most REPLACE_QUADS quads (whole documents): a transaction
            // holds its writes in memory until it commits.
            let mut rest = changed.as_slice();
            while !rest.is_empty() {
                let mut n = 0;
                let mut quads = 0;
                while n < rest.len() && (n == 0 || quads + rest[n].1.len() <= REPLACE_QUADS) {
                    quads += rest[n].1.len();
                    n += 1;
                }
                let (part, later) = rest.split_at(n);
                rest = later;
                let graphs: Vec<(&str, &[Quad])> = part.iter().map(|(g, q, _, _)| (g.as_str(), q.as_slice())).collect();
                match store.replace_graphs(&graphs) {
                    Ok(()) => {
                        summary.replaced += part.len();
                        summary.quads_written += quads;
                        summary.bytes += part.iter().map(|b| b.3).sum::<u64>();
                    }
                    Err(e) => {
                        *write_error = Some(e);
                        return;
                    }
                }
            }
            if new.is_empty() {
                return;
            }
            commit_pending(pending, summary, write_error);
            if write_error.is_some() {
                return;
            }
            let docs = new.len();
            let bytes: u64 = new.iter().map(|b| b.3).sum();
            let quads: Vec<Quad> = new.into_iter().flat_map(|b| b.1).collect();
            let n = quads.len();
            match store.start_bulk_load(quads) {
                Ok(load) => *pending = Some((load, docs, n, bytes)),
                Err(e) => *write_error = Some(e),
            }
        };
        // When the batch was started: it is written at the latest
        // BATCH_WAIT later. (Writing whenever the channel ran dry made one
        // commit per document or two when documents are tiny: 100,000
        // one-line files took minutes.)
        let mut batch_started: Option<Instant> = None;
        loop {
            // Take what is ready; wait only when nothing is.
            let msg = match rx.try_recv() {
                Ok(m) => m,
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    let waited = batch_started.map(|t| t.elapsed());
                    let got = match waited {
                        Some(w) if w < BATCH_WAIT => match rx.recv_timeout(BATCH_WAIT - w) {
                            Ok(m) => Some(m),
                            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => None,
                            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
                        },
                        _ => None,
                    };
                    match got {
                        Some(m) => m,
                        None => {
                            flush(
                                &mut batch,
                                &mut batch_quads,
                                &mut summary,
                                &mut write_error,
                                &mut pending,
                            );
                            batch_started = None;
                            match rx.recv() {
                                Ok(m) => m,
                                Err(_) => break,
                            }
                        }
                    }
                }
                Err(std::sync::mpsc::TryRecvError::Disconnected) => break,
            };
            match msg {
                Msg::Write {
                    graph,
                    quads,
                    replaced,
                    bytes,
                } => {
                    entity_classes(k, &quads, &mut named);
                    batch_quads += quads.len();
                    batch.push((graph, quads, replaced, bytes));
                    batch_started.get_or_insert_with(Instant::now);
                    if batch_quads >= BATCH_QUADS {
                        flush(
                            &mut batch,
                            &mut batch_quads,
                            &mut summary,
                            &mut write_error,
                            &mut pending,
                        );
                        batch_started = None;
                    }
                }
                Msg::Unchanged => summary.unchanged += 1,
                Msg::Failed(p, m) => {
                    bar.suspend(|| eprintln!("vnkg: {m}"));
                    summary.failed.push((p, m));
                }
            }
            bar.inc(1);
        }
        flush(
            &mut batch,
            &mut batch_quads,
            &mut summary,
            &mut write_error,
            &mut pending,
        );
        commit_pending(&mut pending, &mut summary, &mut write_error);
        let mut by_class: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
        for class in named.values() {
            *by_class.entry(class.clone()).or_default() += 1;
        }
        let mut v: Vec<(String, usize)> = by_class.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        summary.entities = v;
    });
    bar.finish_and_clear();
    if let Some(e) = write_error {
        return Err(e);
    }
    store.flush()?;
    summary.seconds = t0.elapsed().as_secs_f64();
    Ok(summary)
}

/// What `extract` did.
#[derive(Debug, Default)]
pub struct ExtractSummary {
    pub documents: usize,
    pub failed: Vec<(PathBuf, String)>,
    pub skipped: Vec<(PathBuf, String)>,
    pub problems: Vec<String>,
    pub quads: usize,
    pub bytes: u64,
    pub seconds: f64,
}

/// Extracts the documents under `paths` to N-Quads without a store: the
/// ontology graph first, then each document's graph in key order. Stateless
/// and deterministic, so shards extracted anywhere merge without
/// coordination. Documents are processed in parallel in chunks, written in
/// order, so memory stays bounded.
pub fn extract_to(
    k: &Knowledge,
    paths: &[PathBuf],
    threads: Option<usize>,
    with_ontology: bool,
    out: &mut dyn std::io::Write,
) -> Result<ExtractSummary> {
    extract_to_within(k, paths, threads, with_ontology, &Limits::default(), out)
}

/// [`extract_to`] within [`Limits`].
pub fn extract_to_within(
    k: &Knowledge,
    paths: &[PathBuf],
    threads: Option<usize>,
    with_ontology: bool,
    limits: &Limits,
    out: &mut dyn std::io::Write,
) -> Result<ExtractSummary> {
    let t0 = Instant::now();
    let walk = corpus::walk(paths)?;
    let mut summary = ExtractSummary {
        skipped: walk.skipped,
        problems: walk.problems,
        ..Default::default()
    };
    let (sources, duplicates) = corpus::split_duplicate_keys(walk.sources);
    for (p, m) in duplicates {
        eprintln!("vnkg: {m}");
        summary.failed.push((p, m));
    }
    let io = |e: std::io::Error| crate::error::Error::Invalid(format!("writing N-Quads: {e}"));
    // N-Quads are written by `rdf::write_nquad` (the same bytes as Oxigraph's
    // serializer), each document's in the worker that extracted it.
    let mut buf = Vec::with_capacity(1 << 16);
    if with_ontology {
        let g = oxigraph::model::NamedNode::new_unchecked(crate::vocab::ONTOLOGY_GRAPH);
        // (The quads of `knowledge_quads`, in its order, borrowed: the
        // ontology's and gazetteer's thousands of quads are not copied.)
        let rules = rdf::rule_quads(k);
        let kq = || k.ontology_quads.iter().chain(&k.gazetteer.quads).chain(&rules);
        for q in kq() {
            let q = oxigraph::model::QuadRef::new(q.subject.as_ref(), q.predicate.as_ref(), q.object.as_ref(), &g);
            rdf::write_nquad(q, &mut buf);
            summary.quads += 1;
        }
        let sha = Quad::new(
            g.clone(),
            oxigraph::model::NamedNode::new_unchecked(format!("{}sha256", crate::vocab::VNKG)),
            oxigraph::model::Literal::new_simple_literal(knowledge_sha_of(kq())),
            g.clone(),
        );
        rdf::write_nquad(sha.as_ref(), &mut buf);
        summary.quads += 1;
        out.write_all(&buf).map_err(io)?;
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|e| crate::error::Error::Invalid(e.to_string()))?;
    // The workers extract the next chunk of documents while this thread
    // writes the last one (at most two chunks wait: memory stays bounded).
    type Serialized = (Vec<u8>, usize, u64);
    // (64 documents: the N-Quads buffers in use, about four chunks' worth
    // of some 36 KB each on generated news, stay near the caches; chunks of
    // 256 kept about 30 MB in flight, touched fresh memory for the first
    // thousand buffers and cost 60% of the run's page faults.)
    const CHUNK: usize = 64;
    // Written buffers go back to the workers (at most four chunks' worth
    // are in use at once).
    let spare: std::sync::Mutex<Vec<Vec<u8>>> = std::sync::Mutex::new(Vec::new());
    let take = || spare.lock().ok().and_then(|mut s| s.pop()).unwrap_or_default();
    std::thread::scope(|scope| -> Result<()> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Result<Option<Serialized>>>>(2);
        let (pool, sources, take) = (&pool, &sources, &take);
        scope.spawn(move || {
            for chunk in sources.chunks(CHUNK) {
                let results = pool.install(|| {
                    chunk
                        .par_iter()
                        .map(|src| process_nquads_into(k, src, limits, take()))
                        .collect()
                });
                if tx.send(results).is_err() {
                    break; // the writer stopped on an error
                }
            }
        });
        for (chunk, results) in sources.chunks(CHUNK).zip(rx) {
            for (src, r) in chunk.iter().zip(results) {
                match r {
                    Ok(Some((nq, n, bytes))) => {
                        out.write_all(&nq).map_err(io)?;
                        summary.quads += n;
                        summary.bytes += bytes;
                        summary.documents += 1;
                        if let Ok(mut s) = spare.lock() {
                            s.push(nq);
                        }
                    }
                    Ok(None) => {}
                    Err(e) => {
                        eprintln!("vnkg: {e}");
                        summary.failed.push((src.path.clone(), e.to_string()));
                    }
                }
            }
        }
        Ok(())
    })?;
    out.flush().map_err(io)?;
    summary.seconds = t0.elapsed().as_secs_f64();
    Ok(summary)
}

/// Records the class of every entity a document's quads mention (IRI →
/// class name): minted entities carry their type in the document's graph,
/// known ones in the gazetteer.
fn entity_classes(k: &Knowledge, quads: &[Quad], named: &mut std::collections::HashMap<String, String>) {
    use crate::vocab::{RDF_TYPE, VNKG};
    use oxigraph::model::{NamedOrBlankNode, Term};
    let mentions = format!("{VNKG}mentions");
    let mut types: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for q in quads {
        if let (NamedOrBlankNode::NamedNode(s), Term::NamedNode(o)) = (&q.subject, &q.object) {
            if q.predicate.as_str() == RDF_TYPE {
                types.insert(s.as_str(), o.as_str());
            }
        }
    }
    for q in quads {
        if q.predicate.as_str() != mentions {
            continue;
        }
        let Term::NamedNode(e) = &q.object else { continue };
        if named.contains_key(e.as_str()) {
            continue;
        }
        let class = match types.get(e.as_str()) {
            Some(c) => c.strip_prefix(VNKG).unwrap_or(c).to_string(),
            None => match k.gazetteer.by_iri(e.as_str()) {
                Some(i) => k.ontology.class(k.gazetteer.get(i).class).name.clone(),
                None => continue,
            },
        };
        named.insert(e.as_str().to_string(), class);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `knowledge_sha_of` hashes the lines the quads' `Display` writes.
    #[test]
    fn knowledge_sha_is_of_the_quads_as_displayed() {
        let k = Knowledge::load(Some(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/ontology"
        ))))
        .expect("ontology");
        let quads = knowledge_quads(&k);
        let mut s = String::new();
        for q in &quads {
            s.push_str(&q.to_string());
            s.push('\n');
        }
        assert_eq!(knowledge_sha_of(&quads), corpus::sha256_hex(s.as_bytes()));
        // And with a graph name, a blank node and a language tag.
        let g = oxigraph::model::NamedNode::new_unchecked("http://example.org/g");
        let more = vec![
            Quad::new(
                oxigraph::model::BlankNode::new_unchecked("b0"),
                g.clone(),
                oxigraph::model::Literal::new_language_tagged_literal_unchecked("x \"y\"\n", "vi"),
                g.clone(),
            ),
            Quad::new(
                g.clone(),
                g.clone(),
                oxigraph::model::Literal::new_simple_literal("tab\there \\ \u{7f}"),
                oxigraph::model::GraphName::DefaultGraph,
            ),
        ];
        let shown: String = more.iter().map(|q| format!("{q}\n")).collect();
        assert_eq!(knowledge_sha_of(&more), corpus::sha256_hex(shown.as_bytes()));
    }
}
