//! `vnkg serve` with real peers: the SPARQL 1.1 Protocol from oxhttp, raw
//! TCP, SPARQLWrapper and rdflib's SPARQLStore; writes behind the token;
//! the safety rules (timeout, size limits, no outbound requests, no path
//! traversal, the store lock); and `vnkg push` into a real Oxigraph server
//! and into `vnkg serve`. Every server picks a free port and is killed when
//! its handle drops.

mod common;

use common::{text, vnkg};

use oxhttp::model::{Body, Method, Request};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

const TOKEN: &str = "test-token-0123456789";
const COUNT: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

/// The corpus as N-Quads, extracted once per test run.
fn corpus_nq() -> &'static Path {
    static NQ: OnceLock<PathBuf> = OnceLock::new();
    NQ.get_or_init(|| {
        let dir = common::tempdir().keep();
        let nq = dir.join("corpus.nq");
        let out = vnkg(
            &dir.join("unused"),
            &["extract", "corpus/documents", "-o", nq.to_str().expect("utf-8 path")],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        nq
    })
}

/// A fresh on-disk store holding the corpus (through `vnkg load`).
fn corpus_store(dir: &Path) -> PathBuf {
    let store = dir.join("store");
    let out = vnkg(&store, &["load", corpus_nq().to_str().expect("utf-8 path")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    store
}

/// The single number a COUNT query gives, from `vnkg query` (before serving).
fn local_count(store: &Path, query: &str) -> u64 {
    let out = vnkg(store, &["query", query, "-f", "csv"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
        .lines()
        .nth(1)
        .expect("a row")
        .trim()
        .parse()
        .expect("a number")
}

/// A running `vnkg serve`, killed on drop.
struct Serve {
    child: Child,
    base: String,
    log: PathBuf,
}

impl Serve {
    /// Starts a server on a free port; tries again if the port it probed
    /// was taken in between.
    fn start(store: &Path, args: &[&str]) -> Serve {
        for _ in 0..3 {
            if let Some(s) = Serve::try_start(store, args) {
                return s;
            }
        }
        panic!(
            "vnkg serve did not start; log: {}",
            std::fs::read_to_string(store.with_extension("log")).unwrap_or_default()
        )
    }

    fn try_start(store: &Path, args: &[&str]) -> Option<Serve> {
        let log = store.with_extension("log");
        let mut child = Command::new(env!("CARGO_BIN_EXE_vnkg"))
            .arg("--store")
            .arg(store)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(args)
            .current_dir(common::root())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).expect("log file"))
            .spawn()
            .expect("vnkg serve starts");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("stdout");
        BufReader::new(stdout).read_line(&mut line).expect("first line");
        let base = line
            .split_whitespace()
            .find(|w| w.starts_with("http://") && w.ends_with('/'))
            .map(|w| w.trim_end_matches('/').to_string());
        let Some(base) = base else {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        };
        Some(Serve { child, base, log })
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Reply {
    status: u16,
    content_type: String,
    headers: oxhttp::model::HeaderMap,
    body: String,
}

fn http(method: Method, url: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut b = Request::builder().method(method).uri(url);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    let req = b.body(Body::from(body.to_vec())).expect("request");
    let resp = oxhttp::Client::new()
        .with_global_timeout(Duration::from_secs(60))
        .request(req)
        .expect("HTTP exchange");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = resp.into_body().to_string().unwrap_or_default();
    Reply {
        status,
        content_type,
        headers,
        body,
    }
}

fn get(url: &str, accept: &str) -> Reply {
    http(Method::GET, url, &[("Accept", accept)], b"")
}

fn enc(s: &str) -> String {
    vnkg::serve::percent_encode(s)
}

/// GET /query?query=… with an Accept header.
fn ask(s: &Serve, query: &str, accept: &str) -> Reply {
    get(&s.url(&format!("/query?query={}", enc(query))), accept)
}

fn csv_number(body: &str) -> u64 {
    body.lines().nth(1).expect("a row").trim().parse().expect("a number")
}

/// A raw HTTP/1.1 exchange, for paths a client library would normalise.
fn raw(base: &str, request_line_path: &str) -> (u16, String) {
    let addr = base.trim_start_matches("http://");
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
    write!(
        s,
        "GET {request_line_path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("write");
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let out = text(&out);
    let status = out.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, out)
}

#[test]
fn protocol_formats_negotiation_and_pages() {
    let dir = common::tempdir();
    let store = corpus_store(dir.path());
    let total = local_count(&store, COUNT);
    assert!(total > 1000, "{total}");
    let s = Serve::start(&store, &[]);

    // GET, and the three POST forms, give the same count.
    let r = ask(&s, COUNT, "text/csv");
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.content_type.starts_with("text/csv"), "{}", r.content_type);
    assert_eq!(csv_number(&r.body), total);
    let r = http(
        Method::POST,
        &s.url("/query"),
        &[
            ("Content-Type", "application/sparql-query"),
            ("Accept", "text/tab-separated-values"),
        ],
        COUNT.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.content_type.starts_with("text/tab-separated-values"));
    assert!(r.body.starts_with("?n\n"), "{}", r.body);
    let form = format!("query={}", enc(COUNT));
    let r = http(
        Method::POST,
        &s.url("/query"),
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Accept", "application/sparql-results+xml"),
        ],
        form.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        r.body.contains("<sparql") && r.body.contains(&total.to_string()),
        "{}",
        r.body
    );
    // JSON is the default, also for */* and q-values.
    let r = ask(&s, COUNT, "*/*");
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("JSON results");
    assert_eq!(v["results"]["bindings"][0]["n"]["value"], total.to_string());
    let r = ask(&s, "ASK { ?s a ?c }", "text/csv;q=0.1, application/json;q=0.9");
    assert_eq!(r.content_type, "application/sparql-results+json");
    assert!(r.body.contains("\"boolean\":true"), "{}", r.body);

    // CONSTRUCT in Turtle, N-Triples and JSON-LD.
    let construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 40";
    for (accept, format) in [
        ("text/turtle", oxigraph::io::RdfFormat::Turtle),
        ("application/n-triples", oxigraph::io::RdfFormat::NTriples),
        (
            "application/ld+json",
            oxigraph::io::RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
        ),
    ] {
        let r = ask(&s, construct, accept);
        assert_eq!(r.status, 200, "{accept}: {}", r.body);
        assert!(r.content_type.starts_with(accept), "{accept}: {}", r.content_type);
        let n = oxigraph::io::RdfParser::from_format(format)
            .for_slice(r.body.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .expect("parses")
            .len();
        assert_eq!(n, 40, "{accept}");
    }
    let r = ask(&s, construct, "text/csv");
    assert_eq!(r.status, 406, "CSV is not a graph format: {}", r.body);

    // A named query from queries/ returns rows; the ?format= override works.
    let partners = std::fs::read_to_string(common::root().join("queries/partners.rq")).expect("partners.rq");
    let r = get(&s.url(&format!("/query?format=csv&query={}", enc(&partners))), "");
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.lines().count() > 3, "{}", r.body);

    // Malformed requests get 400.
    for q in [enc("SELECT * WHERE { ?s ?p }"), "%zz".into(), "%ff%fe".into()] {
        let (status, body) = raw(&s.base, &format!("/query?query={q}"));
        assert_eq!(status, 400, "{q}: {body}");
    }
    let r = http(Method::POST, &s.url("/query"), &[], COUNT.as_bytes());
    assert_eq!(r.status, 400, "no Content-Type: {}", r.body);
    let r = http(Method::POST, &s.url("/query"), &[("Content-Type", "image/png")], b"x");
    assert_eq!(r.status, 415, "{}", r.body);
    let r = get(&s.url("/query?query=ASK%7B%7D&default-graph-uri=not%20an%20iri"), "");
    assert_eq!(r.status, 400, "{}", r.body);

    // The protocol's dataset: default-graph-uri picks one document's graph.
    let g = "https://w3id.org/vnkg/id/graph/ontology";
    let r = get(
        &s.url(&format!("/query?query={}&default-graph-uri={}", enc(COUNT), enc(g))),
        "text/csv",
    );
    let in_ontology = csv_number(&r.body);
    assert!(in_ontology > 0 && in_ontology < total, "{in_ontology} of {total}");

    // The service description, CORS, the pages.
    let r = get(&s.url("/query"), "text/turtle");
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains("sparql-service-description#") && r.body.contains("/query>"),
        "{}",
        r.body
    );
    let r = http(
        Method::OPTIONS,
        &s.url("/query"),
        &[
            ("Origin", "http://example.org"),
            ("Access-Control-Request-Method", "POST"),
        ],
        b"",
    );
    assert_eq!(r.status, 204);
    assert_eq!(
        r.headers.get("access-control-allow-origin").map(|v| v.as_bytes()),
        Some(&b"*"[..])
    );
    let allowed = r
        .headers
        .get("access-control-allow-headers")
        .map(|v| text(v.as_bytes()));
    assert!(
        allowed.as_ref().is_some_and(|h| h.contains("Content-Type")),
        "{allowed:?}"
    );
    let r = ask(&s, "ASK {}", "");
    assert_eq!(
        r.headers.get("access-control-allow-origin").map(|v| v.as_bytes()),
        Some(&b"*"[..])
    );
    let r = get(&s.url("/"), "text/html");
    assert_eq!(r.status, 200);
    assert!(r.content_type.starts_with("text/html"));
    assert!(
        r.body.contains("\"partners\"") && r.body.contains("href=\"/graph\""),
        "presets and the viewer link"
    );
    let r = get(&s.url("/graph"), "text/html");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("<html") && r.body.contains("Viet Nam"));
    let r = get(&s.url("/nothing-here"), "");
    assert_eq!(r.status, 404);

    // One access-log line per request.
    let log = s.log();
    assert!(
        log.lines().any(|l| l.contains(" GET /query 200 ") && l.ends_with("ms")),
        "{log}"
    );
}

#[test]
fn writes_need_the_token() {
    let dir = common::tempdir();
    let store = corpus_store(dir.path());
    let insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> \"c\" } }";
    {
        // Read-only by default: every write is 403.
        let s = Serve::start(&store, &[]);
        let r = http(
            Method::POST,
            &s.url("/update"),
            &[
                ("Content-Type", "application/sparql-update"),
                ("Authorization", &format!("Bearer {TOKEN}")),
            ],
            insert.as_bytes(),
        );
        assert_eq!(r.status, 403, "{}", r.body);
        let r = http(
            Method::PUT,
            &s.url("/store?graph=http%3A%2F%2Fexample.org%2Fg"),
            &[("Content-Type", "application/n-triples")],
            b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n",
        );
        assert_eq!(r.status, 403, "{}", r.body);
        let r = ask(
            &s,
            "ASK { GRAPH <http://example.org/g> { ?s ?p ?o } }",
            "application/json",
        );
        assert!(r.body.contains("false"), "{}", r.body);
    }
    let s = Serve::start(&store, &["--allow-update", "--token", TOKEN]);
    let update = |auth: Option<&str>, body: &str| {
        let mut h = vec![("Content-Type", "application/sparql-update")];
        let bearer;
        if let Some(a) = auth {
            bearer = format!("Bearer {a}");
            h.push(("Authorization", &bearer));
        }
        http(Method::POST, &s.url("/update"), &h, body.as_bytes())
    };
    assert_eq!(update(None, insert).status, 401);
    assert_eq!(update(Some("test-token-0123456788"), insert).status, 403);
    assert_eq!(update(Some("t"), insert).status, 403);
    let r = update(Some(TOKEN), insert);
    assert_eq!(r.status, 204, "{}", r.body);
    let r = ask(
        &s,
        "ASK { GRAPH <http://example.org/g> { ?s ?p \"c\" } }",
        "application/json",
    );
    assert!(r.body.contains("true"), "{}", r.body);
    // Through the form too, at /sparql.
    let form = format!(
        "update={}",
        enc("DELETE DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> \"c\" } }")
    );
    let r = http(
        Method::POST,
        &s.url("/sparql"),
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Authorization", &format!("Bearer {TOKEN}")),
        ],
        form.as_bytes(),
    );
    assert_eq!(r.status, 204, "{}", r.body);

    // Graph Store Protocol: PUT creates (201) then replaces (204), GET reads, DELETE removes.
    let gsp = s.url(&format!("/store?graph={}", enc("http://example.org/h")));
    let auth = format!("Bearer {TOKEN}");
    let put = |body: &str| {
        http(
            Method::PUT,
            &gsp,
            &[("Content-Type", "text/turtle"), ("Authorization", &auth)],
            body.as_bytes(),
        )
    };
    let r = put("<http://example.org/x> <http://example.org/y> 1, 2, 3 .");
    assert_eq!(r.status, 201, "{}", r.body);
    let r = put("<http://example.org/x> <http://example.org/y> 4 .");
    assert_eq!(r.status, 204, "{}", r.body);
    let r = get(&gsp, "application/n-triples");
    assert_eq!(r.status, 200);
    assert_eq!(r.body.lines().count(), 1, "PUT replaced the graph: {}", r.body);
    let r = http(Method::PUT, &gsp, &[("Content-Type", "text/turtle")], b"<a> <b> <c> .");
    assert_eq!(r.status, 401, "no token: {}", r.body);
    let r = http(
        Method::PUT,
        &gsp,
        &[("Content-Type", "text/turtle"), ("Authorization", &auth)],
        b"this is not turtle",
    );
    assert_eq!(r.status, 400, "{}", r.body);
    let r = http(Method::DELETE, &gsp, &[("Authorization", &auth)], b"");
    assert_eq!(r.status, 204);
    assert_eq!(get(&gsp, "text/turtle").status, 404);
}

/// A listener that records whether anything connected to it.
fn canary() -> (String, Arc<AtomicBool>) {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/sparql", l.local_addr().expect("addr"));
    let hit = Arc::new(AtomicBool::new(false));
    let h = Arc::clone(&hit);
    std::thread::spawn(move || {
        for c in l.incoming() {
            if c.is_ok() {
                h.store(true, Ordering::SeqCst);
            }
        }
    });
    (url, hit)
}

#[test]
fn no_outbound_requests_no_path_traversal_and_size_limits() {
    let dir = common::tempdir();
    let store = corpus_store(dir.path());
    let s = Serve::start(&store, &["--allow-update", "--token", TOKEN, "--max-body", "2000"]);
    let (target, hit) = canary();

    // SERVICE and LOAD are refused with 403 and nothing is sent anywhere.
    let r = ask(
        &s,
        &format!("SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"),
        "",
    );
    assert_eq!(r.status, 403, "{}", r.body);
    assert!(r.body.contains("SERVICE"), "{}", r.body);
    let r = ask(
        &s,
        "SELECT * WHERE { BIND(<http://127.0.0.1:9/> AS ?x) SERVICE ?x { ?s ?p ?o } }",
        "",
    );
    assert!(r.status == 403 || r.status == 400, "{}: {}", r.status, r.body);
    let auth = format!("Bearer {TOKEN}");
    for u in [
        format!("LOAD <{target}>"),
        format!("LOAD SILENT <{target}> INTO GRAPH <http://example.org/l>"),
        format!("INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"),
    ] {
        let r = http(
            Method::POST,
            &s.url("/update"),
            &[("Content-Type", "application/sparql-update"), ("Authorization", &auth)],
            u.as_bytes(),
        );
        assert_eq!(r.status, 403, "{u}: {}", r.body);
    }
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        !hit.load(Ordering::SeqCst),
        "the server connected to the SERVICE/LOAD target"
    );

    // No route reads files: traversal attempts find nothing.
    for path in [
        "/../Cargo.toml",
        "/..%2fCargo.toml",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/graph/../../../../etc/passwd",
        "/queries/../Cargo.toml",
        "/queries/partners.rq",
        "//etc/passwd",
        "/query/../../etc/passwd",
        "/store/../../etc/passwd",
        "/./Cargo.toml",
    ] {
        let (status, body) = raw(&s.base, path);
        assert!(status == 404 || status == 400, "{path}: {status}");
        assert!(
            !body.contains("root:") && !body.contains("[package]") && !body.contains("SELECT"),
            "{path}: {body}"
        );
    }

    // Request bodies over --max-body get 413, by Content-Length or by size; the server goes on.
    let big = format!("{COUNT} #{}", "x".repeat(5000));
    let r = http(
        Method::POST,
        &s.url("/query"),
        &[("Content-Type", "application/sparql-query")],
        big.as_bytes(),
    );
    assert_eq!(r.status, 413, "{}", r.body);
    let addr = s.base.trim_start_matches("http://").to_string();
    let mut c = TcpStream::connect(&addr).expect("connect");
    c.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
    write!(
        c,
        "POST /query HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/sparql-query\r\nContent-Length: 1000000000\r\n\r\nASK {{}}"
    )
    .expect("write");
    let mut head = [0u8; 12];
    c.read_exact(&mut head).expect("an answer before the body is sent");
    assert_eq!(&head, b"HTTP/1.1 413");
    let r = ask(&s, "ASK {}", "");
    assert_eq!(r.status, 200, "{}", r.body);
    let put = http(
        Method::PUT,
        &s.url("/store?graph=http%3A%2F%2Fexample.org%2Fbig"),
        &[("Content-Type", "application/n-triples"), ("Authorization", &auth)],
        "<http://example.org/a> <http://example.org/b> \"0123456789\" .\n"
            .repeat(100)
            .as_bytes(),
    );
    assert_eq!(put.status, 413, "{}", put.body);
}

#[test]
fn result_limit() {
    let dir = common::tempdir();
    let store = corpus_store(dir.path());
    let s = Serve::start(&store, &["--max-results", "50"]);
    let r = ask(&s, "SELECT * WHERE { ?s ?p ?o }", "");
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.body.contains("more than 50"), "{}", r.body);
    let r = ask(&s, "SELECT * WHERE { ?s ?p ?o } LIMIT 50", "text/csv");
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body.lines().count(), 51);
}

#[test]
fn a_runaway_query_times_out_while_others_get_answers_and_a_burst_succeeds() {
    let dir = common::tempdir();
    let store = corpus_store(dir.path());
    let total = local_count(&store, COUNT);
    let s = Arc::new(Serve::start(&store, &["--timeout", "2", "--quiet"]));
    // 5000³ rows: only the timeout ends it.
    let runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j }";
    let s2 = Arc::clone(&s);
    let t0 = Instant::now();
    let slow = std::thread::spawn(move || ask(&s2, runaway, "text/csv"));
    std::thread::sleep(Duration::from_millis(300));
    for _ in 0..10 {
        let r = ask(&s, COUNT, "text/csv");
        assert_eq!(r.status, 200, "{}", r.body);
        assert_eq!(csv_number(&r.body), total);
    }
    let r = slow.join().expect("runaway thread");
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.body.contains("timeout"), "{}", r.body);
    eprintln!("runaway query answered 503 after {:.2} s", t0.elapsed().as_secs_f64());

    // A bounded burst of concurrent queries over loopback: all succeed.
    let threads: Vec<_> = (0..16)
        .map(|i| {
            let s = Arc::clone(&s);
            std::thread::spawn(move || {
                for j in 0..20 {
                    let q = format!("SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }} # {i}-{j}");
                    let r = ask(&s, &q, "text/csv");
                    assert_eq!(r.status, 200, "{}", r.body);
                    assert_eq!(csv_number(&r.body), total);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("burst thread");
    }
}

#[test]
fn ingest_while_serving_fails_at_once_naming_the_server() {
    let dir = common::tempdir();
    let store = corpus_store(dir.path());
    let s = Serve::start(&store, &[]);
    for args in [&["ingest", "corpus/documents"][..], &["query", COUNT][..]] {
        let out = vnkg(&store, args);
        assert!(!out.status.success());
        let err = text(&out.stderr);
        assert!(err.contains("in use by `vnkg serve`") && err.contains(&s.base), "{err}");
    }
    drop(s);
    // Once the server is gone the store opens again.
    let out = vnkg(&store, &["stats"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn python_clients_sparqlwrapper_and_rdflib() {
    let dir = common::tempdir();
    let store = corpus_store(dir.path());
    let total = local_count(&store, COUNT);
    let s = Serve::start(&store, &["--quiet"]);
    let out = Command::new("python3")
        .arg(common::root().join("tests/py/sparql_clients.py"))
        .arg(s.url("/query"))
        .arg(common::root().join("queries/partners.rq"))
        .output()
        .expect("python3 runs (install python3)");
    assert!(
        out.status.success(),
        "sparql_clients.py failed (.ci/run installs SPARQLWrapper and rdflib): {}",
        text(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    for k in [
        "wrapper_get_json",
        "wrapper_post_xml",
        "wrapper_csv",
        "rdflib_count",
        "rdflib_len",
    ] {
        assert_eq!(v[k].as_u64(), Some(total), "{k}: {v}");
    }
    assert_eq!(v["wrapper_ask"], true);
    assert_eq!(v["wrapper_construct_turtle"], 25);
    assert_eq!(v["wrapper_construct_rdfxml"], 25);
    assert!(v["wrapper_named_rows"].as_u64().unwrap_or(0) >= 3, "{v}");
    assert_eq!(v["wrapper_malformed"], "400");
    assert_eq!(v["rdflib_triples"], serde_json::json!(["Viet Nam"]));
}

/// The `oxigraph` server binary of the PyPI package `oxigraph`.
fn oxigraph_binary() -> Option<PathBuf> {
    let on_path = Command::new("oxigraph").arg("--version").output();
    if on_path.is_ok_and(|o| o.status.success()) {
        return Some(PathBuf::from("oxigraph"));
    }
    let out = Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_path('scripts'))"])
        .output()
        .ok()?;
    let p = PathBuf::from(text(&out.stdout).trim()).join("oxigraph");
    p.is_file().then_some(p)
}

struct Oxigraph {
    child: Child,
    base: String,
}

impl Drop for Oxigraph {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

fn start_oxigraph(bin: &Path, dir: &Path) -> Oxigraph {
    let port = free_port();
    let child = Command::new(bin)
        .arg("serve")
        .arg("--location")
        .arg(dir)
        .args(["--bind", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("oxigraph serve starts");
    let ox = Oxigraph {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "oxigraph serve did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    ox
}

const QUADS: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
const GRAPHS: &str = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

#[test]
fn push_into_oxigraph_server_and_into_vnkg_serve() {
    let dir = common::tempdir();
    let store = corpus_store(dir.path());
    let quads = local_count(&store, QUADS);
    let graphs = local_count(&store, GRAPHS);
    assert_eq!(graphs, 15, "14 documents and the ontology graph");

    let Some(bin) = oxigraph_binary() else {
        panic!("the oxigraph server binary is missing: pip install oxigraph==0.5.13 (.ci/run does)");
    };
    let ox = start_oxigraph(&bin, &dir.path().join("oxigraph"));
    let endpoint = format!("{}/store", ox.base);
    let remote = |q: &str| csv_number(&get(&format!("{}/query?query={}", ox.base, enc(q)), "text/csv").body);
    for round in 0..2 {
        // Re-running is safe: the second push replaces, it does not add.
        let out = vnkg(&store, &["push", "--endpoint", &endpoint, "--batch", "5", "--quiet"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let said = text(&out.stdout);
        assert!(
            said.contains(&format!("pushed {graphs} graphs ({quads} triples")),
            "round {round}: {said}"
        );
        assert_eq!(remote(QUADS), quads, "round {round}");
        assert_eq!(remote(GRAPHS), graphs, "round {round}");
    }
    drop(ox);

    // Into `vnkg serve` (its /store), which wants the token.
    let other = dir.path().join("other");
    let s = Serve::start(&other, &["--allow-update", "--token", TOKEN, "--quiet"]);
    let endpoint = s.url("/store");
    let out = vnkg(&store, &["push", "--endpoint", &endpoint, "--quiet", "--attempts", "1"]);
    assert_eq!(out.status.code(), Some(2), "no token: {}", text(&out.stdout));
    assert!(text(&out.stderr).contains("401"), "{}", text(&out.stderr));
    let out = vnkg(&store, &["push", "--endpoint", &endpoint, "--token", TOKEN, "--quiet"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(csv_number(&ask(&s, QUADS, "text/csv").body), quads);
    assert_eq!(csv_number(&ask(&s, GRAPHS, "text/csv").body), graphs);

    // A dead endpoint: retried, then reported, exit status 2.
    let dead = format!("http://127.0.0.1:{}/store", free_port());
    let out = vnkg(&store, &["push", "--endpoint", &dead, "--attempts", "2", "--quiet"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stdout).contains(&format!("{graphs} failed")),
        "{}",
        text(&out.stdout)
    );
}
