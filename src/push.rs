//! `vnkg push`: sends each document's graph (and the ontology graph) to any
//! SPARQL 1.1 Graph Store Protocol server — Oxigraph server, Fuseki,
//! `vnkg serve` — with `PUT ?graph=<graph IRI>`, which replaces the remote
//! graph whole. Re-running it is therefore safe: the remote ends with the
//! same graphs, never duplicates.
//!
//! Graphs go in batches; within a batch several requests run at once. A
//! request that fails on the network or with a 5xx or 429 status is tried
//! again after a growing pause; other 4xx answers are not retried.

use crate::error::{Error, Result};
use crate::store::Store;
use crate::vocab::ONTOLOGY_GRAPH;
use oxhttp::model::header::{HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use oxhttp::model::{Body, Method, Request, StatusCode};
use oxigraph::io::RdfFormat;
use oxigraph::model::NamedNodeRef;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How to push.
#[derive(Debug, Clone)]
pub struct PushOptions {
    /// The Graph Store Protocol URL (e.g. `http://host:7878/store`); plain http.
    pub endpoint: String,
    /// Sent as `Authorization: Bearer TOKEN` when given.
    pub token: Option<String>,
    /// Graphs per batch.
    pub batch: usize,
    /// Requests at once within a batch.
    pub jobs: usize,
    /// Tries per graph (1 = no retry).
    pub attempts: u32,
    /// Timeout of one request.
    pub timeout: Duration,
}

impl Default for PushOptions {
    fn default() -> Self {
        PushOptions {
            endpoint: String::new(),
            token: None,
            batch: 64,
            jobs: 4,
            attempts: 4,
            timeout: Duration::from_secs(60),
        }
    }
}

/// What `push` did.
#[derive(Debug, Default)]
pub struct PushSummary {
    pub graphs: usize,
    pub triples: usize,
    pub bytes: usize,
    /// Requests sent again after a failure.
    pub retries: usize,
    /// Graphs that could not be pushed: (graph IRI, last error).
    pub failed: Vec<(String, String)>,
    pub seconds: f64,
}

/// The graph IRIs to push: the ontology graph (if present) and every document's.
pub fn graphs(store: &Store) -> Result<Vec<String>> {
    let mut out = Vec::new();
    if store
        .oxigraph()
        .contains_named_graph(NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH))?
    {
        out.push(ONTOLOGY_GRAPH.to_string());
    }
    out.extend(store.documents()?.into_iter().map(|(g, _)| g));
    Ok(out)
}

/// Pushes the store's graphs; `progress` is called after each batch with
/// (graphs done, graphs in all).
pub fn push(store: &Store, opts: &PushOptions, mut progress: impl FnMut(usize, usize)) -> Result<PushSummary> {
    let t0 = Instant::now();
    if !opts.endpoint.starts_with("http://") {
        return Err(Error::Invalid(format!(
            "endpoint '{}': give an http:// URL of a Graph Store Protocol service (https is not supported)",
            opts.endpoint
        )));
    }
    let client = oxhttp::Client::new()
        .with_global_timeout(opts.timeout)
        .with_user_agent(concat!("vnkg/", env!("CARGO_PKG_VERSION")))
        .map_err(|e| Error::Invalid(e.to_string()))?;
    let all = graphs(store)?;
    let mut summary = PushSummary::default();
    let triples = AtomicUsize::new(0);
    let bytes = AtomicUsize::new(0);
    let retries = AtomicUsize::new(0);
    let failed = Mutex::new(Vec::new());
    let mut done = 0;
    for batch in all.chunks(opts.batch.max(1)) {
        // Serialise the batch first (reads the local store), then send.
        let mut bodies = Vec::with_capacity(batch.len());
        for g in batch {
            let (body, n) = graph_ntriples(store, g)?;
            bodies.push((g.as_str(), body, n));
        }
        let next = AtomicUsize::new(0);
        std::thread::scope(|s| {
            for _ in 0..opts.jobs.max(1).min(bodies.len()) {
                s.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some((g, body, n)) = bodies.get(i) else { break };
                    match put(&client, opts, g, body, &retries) {
                        Ok(()) => {
                            triples.fetch_add(*n, Ordering::SeqCst);
                            bytes.fetch_add(body.len(), Ordering::SeqCst);
                        }
                        Err(e) => {
                            if let Ok(mut f) = failed.lock() {
                                f.push((g.to_string(), e));
                            }
                        }
                    }
                });
            }
        });
        done += batch.len();
        progress(done, all.len());
    }
    summary.failed = failed.into_inner().unwrap_or_default();
    summary.graphs = all.len() - summary.failed.len();
    summary.triples = triples.into_inner();
    summary.bytes = bytes.into_inner();
    summary.retries = retries.into_inner();
    summary.seconds = t0.elapsed().as_secs_f64();
    Ok(summary)
}

/// A graph as N-Triples, and its number of triples.
fn graph_ntriples(store: &Store, graph: &str) -> Result<(Vec<u8>, usize)> {
    use oxigraph::io::RdfSerializer;
    let g = NamedNodeRef::new_unchecked(graph);
    let io = |e: std::io::Error| Error::Invalid(format!("serialising {graph}: {e}"));
    let mut w = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
    let mut n = 0;
    for q in store.oxigraph().quads_for_pattern(None, None, None, Some(g.into())) {
        let q = q?;
        w.serialize_triple(oxigraph::model::TripleRef::new(&q.subject, &q.predicate, &q.object))
            .map_err(io)?;
        n += 1;
    }
    Ok((w.finish().map_err(io)?, n))
}

/// PUTs one graph, trying again on network errors, 5xx and 429.
fn put(
    client: &oxhttp::Client,
    opts: &PushOptions,
    graph: &str,
    body: &[u8],
    retries: &AtomicUsize,
) -> std::result::Result<(), String> {
    let sep = if opts.endpoint.contains('?') { '&' } else { '?' };
    let url = format!("{}{sep}graph={}", opts.endpoint, crate::serve::percent_encode(graph));
    let mut last = String::new();
    for attempt in 0..opts.attempts.max(1) {
        if attempt > 0 {
            retries.fetch_add(1, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(200 << attempt.min(6)));
        }
        let mut builder = Request::builder()
            .method(Method::PUT)
            .uri(&url)
            .header(CONTENT_TYPE, HeaderValue::from_static("application/n-triples"));
        if let Some(t) = &opts.token {
            builder = builder.header(AUTHORIZATION, format!("Bearer {t}"));
        }
        let req = builder
            .body(Body::from(body.to_vec()))
            .map_err(|e| format!("bad request for {url}: {e}"))?;
        match client.request(req) {
            Ok(resp) => {
                let status = resp.status();
                if status.is_success() {
                    return Ok(());
                }
                let text = resp.into_body().to_string().unwrap_or_default();
                last = format!("{status}: {}", text.trim());
                if !(status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS) {
                    return Err(last);
                }
            }
            Err(e) => last = e.to_string(),
        }
    }
    Err(last)
}
