//! `vnkg serve`: the store as a SPARQL endpoint over HTTP (oxhttp, one thread
//! per connection, bounded).
//!
//! Routes: `/query` (SPARQL 1.1 Protocol, GET and POST, with content
//! negotiation; a GET without `query` answers the service description),
//! `/update` (SPARQL 1.1 Update), `/store` (SPARQL 1.1 Graph Store Protocol),
//! `/` (a page with a query box and the named queries as presets) and
//! `/graph` (the offline graph viewer, built from the store on request).
//!
//! Safety rules: read-only unless started with an update token, which is
//! compared in constant time; queries run on a worker thread and are
//! cancelled at the timeout; results and request bodies have size limits;
//! nothing is served from the file system, so no path can reach a file; the
//! server makes no outbound requests (`SERVICE` and `LOAD` are refused).

use crate::error::{Error, Result};
use crate::store::{Store, PREFIXES};
use oxhttp::model::header::{
    HeaderValue, ACCEPT, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_MAX_AGE, ALLOW,
    AUTHORIZATION, CONNECTION, CONTENT_LENGTH, CONTENT_TYPE, HOST, VARY, WWW_AUTHENTICATE,
};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{BlankNode, GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QueryResults, QuerySolution, SparqlEvaluator, UpdateEvaluationError,
    Variable,
};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::net::{SocketAddr, TcpListener};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How `vnkg serve` runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on; port 0 picks a free port.
    pub bind: SocketAddr,
    /// A query running longer than this is cancelled (503).
    pub timeout: Duration,
    /// At most this many result rows (or triples) per response; more is an error.
    pub max_results: usize,
    /// At most this many bytes in a request body (413 beyond).
    pub max_body: usize,
    /// At most this many connections served at once.
    pub max_connections: usize,
    /// When set, SPARQL Update and Graph Store writes are open to clients
    /// presenting this token (`Authorization: Bearer TOKEN`).
    pub update_token: Option<String>,
    /// One line per request on standard error.
    pub access_log: bool,
    /// The named queries shown as presets on `/` (name, text).
    pub presets: Vec<(String, String)>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: SocketAddr::from(([127, 0, 0, 1], 7878)),
            timeout: Duration::from_secs(30),
            max_results: 100_000,
            max_body: 16 * 1024 * 1024,
            max_connections: 64,
            update_token: None,
            access_log: true,
            presets: Vec::new(),
        }
    }
}

/// Reads the `.rq` files of a folder as presets (name, text); a missing
/// folder gives none.
pub fn presets(dir: &Path) -> Vec<(String, String)> {
    let Ok(list) = crate::query::list(dir) else {
        return Vec::new();
    };
    list.into_iter()
        .filter_map(|(name, _)| {
            let text = std::fs::read_to_string(dir.join(format!("{name}.rq"))).ok()?;
            Some((name, text))
        })
        .collect()
}

/// A running server.
pub struct Running {
    addr: SocketAddr,
    server: oxhttp::ListeningServer,
}

impl Running {
    /// The address it listens on (with the real port when 0 was asked).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Blocks while the server runs.
    pub fn join(self) -> Result<()> {
        self.server
            .join()
            .map_err(|e| Error::Invalid(format!("server stopped: {e}")))
    }
}

struct State {
    store: Arc<Store>,
    cfg: Config,
    /// Queries being evaluated (including cancelled ones still winding down).
    busy: Arc<AtomicUsize>,
    /// Writers are serialised: Oxigraph 0.5 does not detect every write-write conflict.
    write_lock: Mutex<()>,
    /// sha256 of the update token, for a constant-time comparison.
    token_hash: Option<[u8; 32]>,
}

/// Starts the server in the background.
pub fn start(store: Store, cfg: Config) -> Result<Running> {
    let mut addr = cfg.bind;
    if addr.port() == 0 {
        // oxhttp binds by itself and does not report the port: find a free one.
        let probe = TcpListener::bind(addr).map_err(|e| Error::Invalid(format!("cannot bind {addr}: {e}")))?;
        addr = probe
            .local_addr()
            .map_err(|e| Error::Invalid(format!("cannot bind {addr}: {e}")))?;
    }
    if let Some(t) = &cfg.update_token {
        if t.len() < 8 {
            return Err(Error::Invalid(
                "the update token must have at least 8 characters".into(),
            ));
        }
    }
    let token_hash = cfg.update_token.as_ref().map(|t| Sha256::digest(t.as_bytes()).into());
    let max_connections = cfg.max_connections.max(1);
    let state = Arc::new(State {
        store: Arc::new(store),
        cfg,
        busy: Arc::new(AtomicUsize::new(0)),
        write_lock: Mutex::new(()),
        token_hash,
    });
    let server = oxhttp::Server::new(move |req| handle(&state, req))
        .bind(addr)
        .with_global_timeout(Duration::from_secs(60))
        .with_max_concurrent_connections(max_connections)
        .with_server_name(concat!("vnkg/", env!("CARGO_PKG_VERSION")))
        .map_err(|e| Error::Invalid(e.to_string()))?
        .spawn()
        .map_err(|e| Error::Invalid(format!("cannot listen on {addr}: {e}")))?;
    Ok(Running { addr, server })
}

/// An error answered to the client: a status and a one-line text.
#[derive(Debug)]
struct HttpError {
    status: StatusCode,
    message: String,
}

fn err(status: StatusCode, message: impl Into<String>) -> HttpError {
    HttpError {
        status,
        message: message.into(),
    }
}

fn bad(message: impl Into<String>) -> HttpError {
    err(StatusCode::BAD_REQUEST, message)
}

fn response(status: StatusCode, content_type: &'static str, body: Vec<u8>) -> Response<Body> {
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}

impl HttpError {
    fn into_response(self) -> Response<Body> {
        let mut r = response(
            self.status,
            "text/plain; charset=utf-8",
            format!("{}\n", self.message).into_bytes(),
        );
        if self.status == StatusCode::UNAUTHORIZED {
            r.headers_mut()
                .insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        r
    }
}

type Reply = std::result::Result<Response<Body>, HttpError>;

fn handle(state: &State, req: &mut Request<Body>) -> Response<Body> {
    let t0 = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let mut resp = route(state, req).unwrap_or_else(HttpError::into_response);
    let h = resp.headers_mut();
    h.insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    h.insert(VARY, HeaderValue::from_static("Accept"));
    if state.cfg.access_log {
        let bytes = resp.body().len().map_or("-".to_string(), |n| n.to_string());
        eprintln!(
            "{} {method} {} {} {bytes} {:.1}ms",
            utc_now(),
            printable(&path, 200),
            resp.status().as_u16(),
            t0.elapsed().as_secs_f64() * 1e3
        );
    }
    resp
}

fn route(state: &State, req: &mut Request<Body>) -> Reply {
    let path = req.uri().path().to_string();
    let method = req.method().clone();
    let allowed: &'static str = match path.as_str() {
        "/" | "/graph" => "GET, HEAD, OPTIONS",
        "/query" | "/sparql" => "GET, HEAD, POST, OPTIONS",
        "/update" => "POST, OPTIONS",
        "/store" => "GET, HEAD, PUT, POST, DELETE, OPTIONS",
        _ => {
            return Err(err(
                StatusCode::NOT_FOUND,
                format!("no such page: {}", printable(&path, 200)),
            ))
        }
    };
    if method == Method::OPTIONS {
        let mut r = response(StatusCode::NO_CONTENT, "text/plain", Vec::new());
        let h = r.headers_mut();
        h.insert(ALLOW, HeaderValue::from_static(allowed));
        // oxhttp 0.3 drops an Access-Control-Allow-Methods header from
        // responses; GET and POST, which browsers send without one, are
        // what a SPARQL client needs.
        h.insert(
            ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static("Accept, Authorization, Content-Type"),
        );
        h.insert(ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("86400"));
        return Ok(r);
    }
    let params = parse_form(req.uri().query().unwrap_or("").as_bytes())?;
    match (path.as_str(), method.as_str()) {
        ("/", "GET" | "HEAD") => Ok(home(state)),
        ("/graph", "GET" | "HEAD") => graph_page(state),
        ("/query" | "/sparql", "GET" | "HEAD") => match param(&params, "query") {
            Some(q) => query(state, req, q.to_string(), &params),
            None if param(&params, "update").is_some() => Err(err(
                StatusCode::METHOD_NOT_ALLOWED,
                "SPARQL Update must be sent with POST",
            )),
            None => service_description(state, req),
        },
        ("/query" | "/sparql", "POST") => {
            let ct = content_type(req);
            let body = read_body(state, req)?;
            match ct.as_str() {
                "application/sparql-query" => query(state, req, utf8(body)?, &params),
                "application/sparql-update" if path == "/sparql" => update(state, req, utf8(body)?, &params),
                "application/x-www-form-urlencoded" => {
                    let form = parse_form(&body)?;
                    let mut all = params.clone();
                    all.extend(form.iter().cloned());
                    if let Some(q) = param(&form, "query") {
                        query(state, req, q.to_string(), &all)
                    } else if let Some(u) = param(&form, "update") {
                        update(state, req, u.to_string(), &all)
                    } else {
                        Err(bad("the form has no 'query' field"))
                    }
                }
                "" => Err(bad(
                    "a POST needs a Content-Type (application/sparql-query or application/x-www-form-urlencoded)",
                )),
                other => Err(err(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    format!("unsupported Content-Type '{}' for a query", printable(other, 100)),
                )),
            }
        }
        ("/update", "POST") => {
            let ct = content_type(req);
            let body = read_body(state, req)?;
            match ct.as_str() {
                "application/sparql-update" => update(state, req, utf8(body)?, &params),
                "application/x-www-form-urlencoded" => {
                    let form = parse_form(&body)?;
                    let mut all = params.clone();
                    all.extend(form.iter().cloned());
                    match param(&form, "update") {
                        Some(u) => update(state, req, u.to_string(), &all),
                        None => Err(bad("the form has no 'update' field")),
                    }
                }
                other => Err(err(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    format!(
                        "unsupported Content-Type '{}' for an update (application/sparql-update)",
                        printable(other, 100)
                    ),
                )),
            }
        }
        ("/store", _) => graph_store(state, req, &params),
        _ => {
            let mut r = err(
                StatusCode::METHOD_NOT_ALLOWED,
                format!("{method} is not allowed on {path} (allowed: {allowed})"),
            )
            .into_response();
            r.headers_mut().insert(ALLOW, HeaderValue::from_static(allowed));
            Ok(r)
        }
    }
}

// ---------------------------------------------------------------- requests

/// Decodes `application/x-www-form-urlencoded` (also used for URL query strings).
fn parse_form(bytes: &[u8]) -> std::result::Result<Vec<(String, String)>, HttpError> {
    let mut out = Vec::new();
    for pair in bytes.split(|b| *b == b'&') {
        if pair.is_empty() {
            continue;
        }
        let (k, v) = match pair.iter().position(|b| *b == b'=') {
            Some(i) => (&pair[..i], &pair[i + 1..]),
            None => (pair, &[][..]),
        };
        out.push((percent_decode(k)?, percent_decode(v)?));
    }
    Ok(out)
}

fn percent_decode(s: &[u8]) -> std::result::Result<String, HttpError> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = s.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => out.push(b),
                    None => return Err(bad("bad percent-encoding in the request")),
                }
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| bad("the request is not UTF-8"))
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn params<'a>(params: &'a [(String, String)], name: &'a str) -> impl Iterator<Item = &'a str> {
    params.iter().filter(move |(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// The media type of the request body, lower case, without parameters.
fn content_type(req: &Request<Body>) -> String {
    req.headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Reads the request body, refusing more than `max_body` bytes (413). On a
/// refusal the rest of the body is not read and the connection is closed.
fn read_body(state: &State, req: &mut Request<Body>) -> std::result::Result<Vec<u8>, HttpError> {
    let max = state.cfg.max_body;
    let too_big = |req: &mut Request<Body>| {
        req.headers_mut().insert(CONNECTION, HeaderValue::from_static("close"));
        *req.body_mut() = Body::empty();
        err(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than the limit of {max} bytes"),
        )
    };
    let declared = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return Err(too_big(req));
    }
    let mut buf = Vec::new();
    req.body_mut()
        .take(max as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| bad(format!("cannot read the request body: {e}")))?;
    if buf.len() > max {
        return Err(too_big(req));
    }
    Ok(buf)
}

fn utf8(body: Vec<u8>) -> std::result::Result<String, HttpError> {
    String::from_utf8(body).map_err(|_| bad("the request body is not UTF-8"))
}

/// Text safe for a log line or a message: control characters replaced, cut short.
fn printable(s: &str, max: usize) -> String {
    let mut out: String = s
        .chars()
        .take(max)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if s.chars().count() > max {
        out.push('…');
    }
    out
}

/// Checks the client may write: 403 when the server is read-only, 401
/// without a token, 403 with a wrong one. Compares sha256 digests byte by
/// byte without an early exit, so the time taken says nothing of the token.
fn authorize(state: &State, req: &Request<Body>) -> std::result::Result<(), HttpError> {
    let Some(expected) = &state.token_hash else {
        return Err(err(
            StatusCode::FORBIDDEN,
            "this endpoint is read-only (start it with `vnkg serve --allow-update --token T` to accept writes)",
        ));
    };
    let given = req
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let Some(given) = given else {
        return Err(err(
            StatusCode::UNAUTHORIZED,
            "writes need the token: Authorization: Bearer TOKEN",
        ));
    };
    let got: [u8; 32] = Sha256::digest(given.as_bytes()).into();
    if constant_time_eq(&got, expected) {
        Ok(())
    } else {
        Err(err(StatusCode::FORBIDDEN, "wrong token"))
    }
}

/// Equality of two digests in time independent of where they differ.
pub fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
    let mut diff = 0u8;
    for (x, y) in a.iter().zip(b.iter()) {
        diff |= x ^ y;
    }
    std::hint::black_box(diff) == 0
}

// ---------------------------------------------------------------- negotiation

#[derive(Clone, Copy)]
enum Kind {
    Results,
    Graph,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Out {
    Results(QueryResultsFormat),
    Graph(RdfFormat),
}

const RESULT_TYPES: [(&str, QueryResultsFormat); 7] = [
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
];

fn graph_types() -> [(&'static str, RdfFormat); 5] {
    let jsonld = RdfFormat::JsonLd {
        profile: JsonLdProfileSet::empty(),
    };
    [
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("application/ld+json", jsonld),
        ("application/rdf+xml", RdfFormat::RdfXml),
        ("text/plain", RdfFormat::NTriples),
    ]
}

/// The output format: the `format` parameter if given (json, xml, csv, tsv,
/// turtle, ntriples, jsonld, rdfxml), else the best match of the Accept
/// header, else JSON for results and Turtle for graphs.
fn negotiate(req: &Request<Body>, params: &[(String, String)], kind: Kind) -> std::result::Result<Out, HttpError> {
    let graphs = graph_types();
    if let Some(f) = param(params, "format") {
        let f = f.to_ascii_lowercase();
        let found = match (kind, f.as_str()) {
            (Kind::Results, "json") => Some(Out::Results(QueryResultsFormat::Json)),
            (Kind::Results, "xml") => Some(Out::Results(QueryResultsFormat::Xml)),
            (Kind::Results, "csv") => Some(Out::Results(QueryResultsFormat::Csv)),
            (Kind::Results, "tsv") => Some(Out::Results(QueryResultsFormat::Tsv)),
            (Kind::Graph, "turtle" | "ttl") => Some(Out::Graph(RdfFormat::Turtle)),
            (Kind::Graph, "ntriples" | "nt") => Some(Out::Graph(RdfFormat::NTriples)),
            (Kind::Graph, "jsonld" | "json-ld" | "json") => Some(Out::Graph(graphs[2].1)),
            (Kind::Graph, "rdfxml" | "xml") => Some(Out::Graph(RdfFormat::RdfXml)),
            _ => None,
        };
        return found.ok_or_else(|| {
            err(
                StatusCode::NOT_ACCEPTABLE,
                format!("unknown format '{}' for this result", printable(&f, 40)),
            )
        });
    }
    let accept = req
        .headers()
        .get(ACCEPT)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.trim().is_empty())
        .unwrap_or("*/*");
    let mut ranges: Vec<(String, f32)> = accept
        .split(',')
        .filter_map(|part| {
            let mut it = part.split(';');
            let media = it.next()?.trim().to_ascii_lowercase();
            let mut q = 1.0f32;
            for p in it {
                if let Some(v) = p.trim().strip_prefix("q=") {
                    q = v.trim().parse().unwrap_or(0.0);
                }
            }
            (!media.is_empty()).then_some((media, q))
        })
        .collect();
    ranges.sort_by(|a, b| b.1.total_cmp(&a.1));
    let offers: Vec<(&str, Out)> = match kind {
        Kind::Results => RESULT_TYPES.iter().map(|(m, f)| (*m, Out::Results(*f))).collect(),
        Kind::Graph => graphs.iter().map(|(m, f)| (*m, Out::Graph(*f))).collect(),
    };
    for (media, q) in &ranges {
        if *q <= 0.0 {
            continue;
        }
        if media == "*/*" {
            return Ok(offers[0].1);
        }
        if let Some(prefix) = media.strip_suffix("/*") {
            if let Some((_, o)) = offers.iter().find(|(m, _)| m.split('/').next() == Some(prefix)) {
                return Ok(*o);
            }
            continue;
        }
        if let Some((_, o)) = offers.iter().find(|(m, _)| *m == media) {
            return Ok(*o);
        }
    }
    let list: Vec<&str> = offers.iter().map(|(m, _)| *m).collect();
    Err(err(
        StatusCode::NOT_ACCEPTABLE,
        format!(
            "cannot answer in '{}'; available: {}",
            printable(accept, 200),
            list.join(", ")
        ),
    ))
}

fn media_type(out: Out) -> &'static str {
    match out {
        Out::Results(QueryResultsFormat::Csv) => "text/csv; charset=utf-8",
        Out::Results(QueryResultsFormat::Tsv) => "text/tab-separated-values; charset=utf-8",
        Out::Results(f) => f.media_type(),
        Out::Graph(f) => f.media_type(),
    }
}

// ---------------------------------------------------------------- queries

enum Outcome {
    Solutions(Vec<Variable>, Vec<QuerySolution>),
    Boolean(bool),
    Graph(Vec<Triple>),
}

fn evaluator() -> std::result::Result<SparqlEvaluator, HttpError> {
    crate::store::evaluator().map_err(|e| err(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

fn graph_iris(params: &[(String, String)], name: &str) -> std::result::Result<Vec<NamedNode>, HttpError> {
    self::params(params, name)
        .map(|g| NamedNode::new(g).map_err(|e| bad(format!("{name} '{}': {e}", printable(g, 200)))))
        .collect()
}

fn query_error(e: QueryEvaluationError, timeout: Duration) -> HttpError {
    match e {
        QueryEvaluationError::Cancelled => timed_out(timeout),
        QueryEvaluationError::UnsupportedService(_)
        | QueryEvaluationError::UnboundService
        | QueryEvaluationError::InvalidServiceName(_)
        | QueryEvaluationError::Service(_) => no_outbound("SERVICE"),
        QueryEvaluationError::Dataset(e) | QueryEvaluationError::Unexpected(e) => err(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("query evaluation failed: {e}"),
        ),
        other => bad(format!("query evaluation failed: {other}")),
    }
}

fn timed_out(timeout: Duration) -> HttpError {
    err(
        StatusCode::SERVICE_UNAVAILABLE,
        format!(
            "the query ran longer than the {} s timeout and was cancelled",
            timeout.as_secs_f64()
        ),
    )
}

fn no_outbound(what: &str) -> HttpError {
    err(
        StatusCode::FORBIDDEN,
        format!("{what} is refused: this endpoint makes no outbound requests"),
    )
}

/// Evaluates a query on a worker thread, waiting at most the timeout; at
/// the timeout the query is cancelled and the client answered at once.
fn query(state: &State, req: &Request<Body>, text: String, params: &[(String, String)]) -> Reply {
    let token = CancellationToken::new();
    let mut prepared = evaluator()?
        .with_cancellation_token(token.clone())
        .parse_query(&text)
        .map_err(|e| bad(format!("SPARQL syntax: {e}")))?;
    let default = graph_iris(params, "default-graph-uri")?;
    let named = graph_iris(params, "named-graph-uri")?;
    if !default.is_empty() || !named.is_empty() {
        let ds = prepared.dataset_mut();
        ds.set_default_graph(default.into_iter().map(GraphName::NamedNode).collect());
        if !named.is_empty() {
            ds.set_available_named_graphs(named.into_iter().map(NamedOrBlankNode::NamedNode).collect());
        }
    } else if prepared.dataset().is_default_dataset() {
        // No FROM and no protocol dataset: the default graph is the union of
        // all graphs, as in `vnkg query`.
        prepared.dataset_mut().set_default_graph_as_union();
    }
    let timeout = state.cfg.timeout;
    let limit = state.cfg.max_results;
    let store = state.store.oxigraph().clone();
    // Queries being evaluated, including cancelled ones still winding down,
    // are bounded: each worker holds a slot until it ends.
    let slot = Slot::acquire(&state.busy, state.cfg.max_connections.max(1) * 2).ok_or_else(|| {
        err(
            StatusCode::SERVICE_UNAVAILABLE,
            "too many queries running; try again later",
        )
    })?;
    let (tx, rx) = mpsc::sync_channel(1);
    let spawned = std::thread::Builder::new().name("vnkg query".into()).spawn(move || {
        let r = collect(prepared.on_store(&store).execute(), limit, timeout);
        let _ = tx.send(r);
        drop(slot);
    });
    if let Err(e) = spawned {
        return Err(err(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("cannot start a query thread: {e}"),
        ));
    }
    let outcome = match rx.recv_timeout(timeout) {
        Ok(r) => r,
        Err(_) => {
            token.cancel();
            return Err(timed_out(timeout));
        }
    };
    let outcome = outcome?;
    let kind = match outcome {
        Outcome::Graph(_) => Kind::Graph,
        _ => Kind::Results,
    };
    let out = negotiate(req, params, kind)?;
    let body = serialize(outcome, out).map_err(|e| err(StatusCode::INTERNAL_SERVER_ERROR, e))?;
    Ok(response(StatusCode::OK, media_type(out), body))
}

/// A place among the running queries, released when dropped.
struct Slot(Arc<AtomicUsize>);

impl Slot {
    fn acquire(counter: &Arc<AtomicUsize>, max: usize) -> Option<Slot> {
        if counter.fetch_add(1, Ordering::SeqCst) >= max {
            counter.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        Some(Slot(Arc::clone(counter)))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn collect(
    results: std::result::Result<QueryResults<'static>, QueryEvaluationError>,
    limit: usize,
    timeout: Duration,
) -> std::result::Result<Outcome, HttpError> {
    let too_many = || {
        bad(format!(
            "the result has more than {limit} rows; narrow the query or add a LIMIT"
        ))
    };
    match results.map_err(|e| query_error(e, timeout))? {
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            let mut rows = Vec::new();
            for s in solutions {
                if rows.len() >= limit {
                    return Err(too_many());
                }
                rows.push(s.map_err(|e| query_error(e, timeout))?);
            }
            Ok(Outcome::Solutions(vars, rows))
        }
        QueryResults::Boolean(b) => Ok(Outcome::Boolean(b)),
        QueryResults::Graph(triples) => {
            let mut out = Vec::new();
            for t in triples {
                if out.len() >= limit {
                    return Err(too_many());
                }
                out.push(t.map_err(|e| query_error(e, timeout))?);
            }
            Ok(Outcome::Graph(out))
        }
    }
}

fn serialize(outcome: Outcome, out: Out) -> std::result::Result<Vec<u8>, String> {
    let e = |e: std::io::Error| format!("cannot write the results: {e}");
    let mut buf = Vec::new();
    match (outcome, out) {
        (Outcome::Solutions(vars, rows), Out::Results(f)) => {
            let mut w = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(&mut buf, vars)
                .map_err(e)?;
            for row in &rows {
                w.serialize(row).map_err(e)?;
            }
            w.finish().map_err(e)?;
        }
        (Outcome::Boolean(b), Out::Results(f)) => {
            QueryResultsSerializer::from_format(f)
                .serialize_boolean_to_writer(&mut buf, b)
                .map_err(e)?;
        }
        (Outcome::Graph(triples), Out::Graph(f)) => {
            let mut ser = RdfSerializer::from_format(f);
            if f == RdfFormat::Turtle {
                ser = crate::store::with_prefixes(ser).map_err(|x| x.to_string())?;
            }
            let mut w = ser.for_writer(&mut buf);
            for t in &triples {
                w.serialize_triple(t).map_err(e)?;
            }
            w.finish().map_err(e)?;
        }
        _ => return Err("result kind and format do not match".into()),
    }
    Ok(buf)
}

// ---------------------------------------------------------------- updates

fn update(state: &State, req: &Request<Body>, text: String, params: &[(String, String)]) -> Reply {
    authorize(state, req)?;
    let mut parser = spargebra::SparqlParser::new();
    for (p, iri) in PREFIXES {
        parser = parser
            .with_prefix(p, iri)
            .map_err(|e| err(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    }
    let parsed = parser
        .parse_update(&text)
        .map_err(|e| bad(format!("SPARQL syntax: {e}")))?;
    if parsed
        .operations
        .iter()
        .any(|op| matches!(op, spargebra::GraphUpdateOperation::Load { .. }))
    {
        return Err(no_outbound("LOAD"));
    }
    if params
        .iter()
        .any(|(k, _)| k == "using-graph-uri" || k == "using-named-graph-uri")
    {
        return Err(bad(
            "using-graph-uri and using-named-graph-uri are not supported; use USING in the update",
        ));
    }
    let _w = state
        .write_lock
        .lock()
        .map_err(|_| err(StatusCode::INTERNAL_SERVER_ERROR, "write lock poisoned"))?;
    SparqlEvaluator::new()
        .for_update(parsed)
        .on_store(state.store.oxigraph())
        .execute()
        .map_err(|e| match e {
            UpdateEvaluationError::UnsupportedService(_)
            | UpdateEvaluationError::UnboundService
            | UpdateEvaluationError::InvalidServiceName(_)
            | UpdateEvaluationError::Service(_) => no_outbound("SERVICE"),
            UpdateEvaluationError::Storage(e) => err(StatusCode::INTERNAL_SERVER_ERROR, format!("update failed: {e}")),
            other => bad(format!("update failed: {other}")),
        })?;
    Ok(response(StatusCode::NO_CONTENT, "text/plain", Vec::new()))
}

// ---------------------------------------------------------------- graph store

fn graph_store(state: &State, req: &mut Request<Body>, params: &[(String, String)]) -> Reply {
    let target: GraphName = match (param(params, "graph"), params.iter().any(|(k, _)| k == "default")) {
        (Some(g), false) => GraphName::NamedNode(
            NamedNode::new(g).map_err(|e| bad(format!("graph '{}' is not an IRI: {e}", printable(g, 200))))?,
        ),
        (None, true) => GraphName::DefaultGraph,
        _ => return Err(bad("give exactly one of ?graph=IRI or ?default")),
    };
    let store = state.store.oxigraph();
    let storage = |e: oxigraph::store::StorageError| err(StatusCode::INTERNAL_SERVER_ERROR, e.to_string());
    let exists = match &target {
        GraphName::NamedNode(g) => store.contains_named_graph(g).map_err(storage)?,
        _ => true,
    };
    let method = req.method().clone();
    match method.as_str() {
        "GET" | "HEAD" => {
            if !exists {
                return Err(err(StatusCode::NOT_FOUND, "no such graph"));
            }
            let out = negotiate(req, params, Kind::Graph)?;
            let mut triples = Vec::new();
            for q in store.quads_for_pattern(None, None, None, Some(target.as_ref())) {
                if triples.len() >= state.cfg.max_results {
                    return Err(bad(format!(
                        "the graph has more than {} triples",
                        state.cfg.max_results
                    )));
                }
                triples.push(Triple::from(q.map_err(storage)?));
            }
            let body =
                serialize(Outcome::Graph(triples), out).map_err(|e| err(StatusCode::INTERNAL_SERVER_ERROR, e))?;
            Ok(response(StatusCode::OK, media_type(out), body))
        }
        "PUT" | "POST" => {
            authorize(state, req)?;
            let ct = content_type(req);
            let format = RdfFormat::from_media_type(&ct).ok_or_else(|| {
                err(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    format!(
                        "unsupported Content-Type '{}' (text/turtle, application/n-triples, …)",
                        printable(&ct, 100)
                    ),
                )
            })?;
            if format.supports_datasets() {
                return Err(err(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "send one graph (Turtle, N-Triples, RDF/XML, JSON-LD), not a dataset",
                ));
            }
            let body = read_body(state, req)?;
            let mut parser = RdfParser::from_format(format).without_named_graphs();
            if let GraphName::NamedNode(g) = &target {
                parser = parser
                    .with_default_graph(g.clone())
                    .with_base_iri(g.as_str())
                    .map_err(|e| bad(e.to_string()))?;
            }
            let quads: Vec<Quad> = parser
                .for_slice(&body)
                .collect::<std::result::Result<_, _>>()
                .map_err(|e| bad(format!("cannot parse the body: {e}")))?;
            let _w = state
                .write_lock
                .lock()
                .map_err(|_| err(StatusCode::INTERNAL_SERVER_ERROR, "write lock poisoned"))?;
            let mut tx = store.start_transaction().map_err(storage)?;
            if method == Method::PUT {
                match &target {
                    GraphName::NamedNode(g) => tx.clear_graph(g).map_err(storage)?,
                    _ => tx.clear_graph(GraphNameRef::DefaultGraph).map_err(storage)?,
                }
            }
            if let GraphName::NamedNode(g) = &target {
                tx.insert_named_graph(g);
            }
            for q in &quads {
                tx.insert(q);
            }
            tx.commit().map_err(storage)?;
            let status = if exists {
                StatusCode::NO_CONTENT
            } else {
                StatusCode::CREATED
            };
            Ok(response(status, "text/plain", Vec::new()))
        }
        "DELETE" => {
            authorize(state, req)?;
            let _w = state
                .write_lock
                .lock()
                .map_err(|_| err(StatusCode::INTERNAL_SERVER_ERROR, "write lock poisoned"))?;
            match &target {
                GraphName::NamedNode(g) => {
                    if !exists {
                        return Err(err(StatusCode::NOT_FOUND, "no such graph"));
                    }
                    store.remove_named_graph(g).map_err(storage)?;
                }
                _ => store.clear_graph(GraphNameRef::DefaultGraph).map_err(storage)?,
            }
            Ok(response(StatusCode::NO_CONTENT, "text/plain", Vec::new()))
        }
        _ => Err(err(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("{method} is not allowed on /store"),
        )),
    }
}

// ---------------------------------------------------------------- pages

/// The SPARQL 1.1 Service Description of `/query`.
fn service_description(state: &State, req: &Request<Body>) -> Reply {
    let sd = "http://www.w3.org/ns/sparql-service-description#";
    let n = |local: &str| NamedNode::new_unchecked(format!("{sd}{local}"));
    let host = req
        .headers()
        .get(HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '-' | '[' | ']'))
        })
        .map(str::to_string)
        .unwrap_or_else(|| state.cfg.bind.to_string());
    let rdf_type = NamedNode::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    let service = BlankNode::default();
    let mut t = vec![
        Triple::new(service.clone(), rdf_type.clone(), n("Service")),
        Triple::new(
            service.clone(),
            n("endpoint"),
            NamedNode::new_unchecked(format!("http://{host}/query")),
        ),
        Triple::new(service.clone(), n("supportedLanguage"), n("SPARQL11Query")),
        Triple::new(service.clone(), n("feature"), n("UnionDefaultGraph")),
    ];
    if state.token_hash.is_some() {
        t.push(Triple::new(
            service.clone(),
            n("supportedLanguage"),
            n("SPARQL11Update"),
        ));
    }
    for f in [
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
    ] {
        t.push(Triple::new(
            service.clone(),
            n("resultFormat"),
            NamedNode::new_unchecked(format!("http://www.w3.org/ns/formats/{f}")),
        ));
    }
    let dataset = BlankNode::default();
    let default_graph = BlankNode::default();
    t.push(Triple::new(service.clone(), n("defaultDataset"), dataset.clone()));
    t.push(Triple::new(dataset.clone(), rdf_type.clone(), n("Dataset")));
    t.push(Triple::new(dataset, n("defaultGraph"), default_graph.clone()));
    t.push(Triple::new(default_graph.clone(), rdf_type, n("Graph")));
    t.push(Triple::new(
        default_graph,
        NamedNode::new_unchecked("http://purl.org/dc/terms/description"),
        Literal::new_simple_literal(
            "The union of all named graphs: one per document, and the ontology and gazetteer graph.",
        ),
    ));
    let params = parse_form(req.uri().query().unwrap_or("").as_bytes())?;
    let out = negotiate(req, &params, Kind::Graph)?;
    let body = serialize(Outcome::Graph(t), out).map_err(|e| err(StatusCode::INTERNAL_SERVER_ERROR, e))?;
    Ok(response(StatusCode::OK, media_type(out), body))
}

fn graph_page(state: &State) -> Reply {
    let view = crate::graph::view(&state.store, &crate::graph::GraphFilter::default())
        .map_err(|e| err(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    let mut buf = Vec::new();
    crate::graph::html::write(&view, &mut buf).map_err(|e| err(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    Ok(response(StatusCode::OK, "text/html; charset=utf-8", buf))
}

fn home(state: &State) -> Response<Body> {
    let presets = serde_json::Value::Array(
        state
            .cfg
            .presets
            .iter()
            .map(|(name, text)| serde_json::json!({"name": name, "text": text}))
            .collect(),
    );
    let json = crate::graph::html::script_safe_json(&presets).unwrap_or_else(|_| "[]".into());
    let page = HOME.replace("/*PRESETS*/[]", &json);
    let mut r = response(StatusCode::OK, "text/html; charset=utf-8", page.into_bytes());
    r.headers_mut().insert(
        oxhttp::model::header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'"),
    );
    r
}

const HOME: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>vnkg SPARQL endpoint</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5em;max-width:80em}
textarea{width:100%;height:16em;font-family:monospace;font-size:13px}
table{border-collapse:collapse;font-size:13px;margin-top:1em}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
pre{background:#f6f6f6;padding:.5em;overflow:auto;font-size:13px}#status{margin-left:1em;color:#555}
</style></head><body>
<h1>vnkg SPARQL endpoint</h1>
<p>POST or GET SPARQL 1.1 queries to <code>/query</code> (service description: <a href="/query">/query</a>).
The default graph is the union of all graphs. <a href="/graph">Graph viewer</a>.</p>
<p><label>Preset: <select id="preset"><option value="">(choose a named query)</option></select></label>
<label>Format: <select id="format"><option value="application/sparql-results+json">table (JSON)</option>
<option value="text/csv">CSV</option><option value="text/tab-separated-values">TSV</option>
<option value="application/sparql-results+xml">XML</option><option value="text/turtle">Turtle (CONSTRUCT)</option>
<option value="application/n-triples">N-Triples (CONSTRUCT)</option><option value="application/ld+json">JSON-LD (CONSTRUCT)</option></select></label></p>
<textarea id="q" spellcheck="false">SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?triples) LIMIT 20</textarea>
<p><button id="run">Run</button><span id="status"></span></p>
<div id="out"></div>
<script>
const presets = /*PRESETS*/[];
const sel = document.getElementById('preset');
for (const p of presets) { const o = document.createElement('option'); o.value = p.name; o.textContent = p.name; sel.appendChild(o); }
sel.onchange = () => { const p = presets.find(x => x.name === sel.value); if (p) document.getElementById('q').value = p.text; };
document.getElementById('run').onclick = async () => {
  const out = document.getElementById('out'), st = document.getElementById('status');
  const accept = document.getElementById('format').value;
  out.textContent = ''; st.textContent = 'running…'; const t0 = performance.now();
  try {
    const r = await fetch('/query', {method: 'POST', headers: {'Content-Type': 'application/sparql-query', 'Accept': accept}, body: document.getElementById('q').value});
    const text = await r.text();
    st.textContent = r.status + ' in ' + Math.round(performance.now() - t0) + ' ms';
    const ct = r.headers.get('Content-Type') || '';
    if (r.ok && ct.startsWith('application/sparql-results+json')) {
      const j = JSON.parse(text);
      if ('boolean' in j) { const p = document.createElement('pre'); p.textContent = String(j.boolean); out.appendChild(p); return; }
      const t = document.createElement('table'), h = t.insertRow();
      for (const v of j.head.vars) { const th = document.createElement('th'); th.textContent = v; h.appendChild(th); }
      for (const b of j.results.bindings) { const tr = t.insertRow(); for (const v of j.head.vars) tr.insertCell().textContent = b[v] ? b[v].value : ''; }
      st.textContent += ', ' + j.results.bindings.length + ' rows'; out.appendChild(t);
    } else { const p = document.createElement('pre'); p.textContent = text; out.appendChild(p); }
  } catch (e) { st.textContent = String(e); }
};
</script></body></html>
"#;

/// The current time as `YYYY-MM-DDTHH:MM:SSZ` (for the access log).
fn utc_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_decoding() {
        let f = parse_form(b"query=SELECT+%3Fs%20WHERE&x&format=json").unwrap();
        assert_eq!(f[0], ("query".into(), "SELECT ?s WHERE".into()));
        assert_eq!(f[1], ("x".into(), "".into()));
        assert!(parse_form(b"query=%zz").is_err());
        assert!(parse_form(b"query=%e2%28").is_err());
        assert_eq!(percent_decode(percent_encode("a b/é?&").as_bytes()).unwrap(), "a b/é?&");
    }

    #[test]
    fn tokens_compare_by_digest() {
        let a: [u8; 32] = Sha256::digest(b"secret-token").into();
        let b: [u8; 32] = Sha256::digest(b"secret-tokem").into();
        assert!(constant_time_eq(&a, &a));
        assert!(!constant_time_eq(&a, &b));
    }

    #[test]
    fn dates_in_the_log() {
        let s = utc_now();
        assert_eq!(s.len(), 20, "{s}");
        assert!(s.starts_with("20"), "{s}");
    }
}
