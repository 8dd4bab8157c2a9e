//! SPARQL for users: resolving a query argument (text, `@file.rq`, or the
//! name of a file in `queries/`), and writing results as an aligned table or
//! in the standard result formats (sparesults), CONSTRUCT/DESCRIBE as
//! Turtle or N-Triples.

use crate::error::{Error, Result};
use crate::store::{Store, PREFIXES};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Output formats of `vnkg query`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    NTriples,
}

impl Format {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "table" => Format::Table,
            "csv" => Format::Csv,
            "tsv" => Format::Tsv,
            "json" => Format::Json,
            "xml" => Format::Xml,
            "turtle" | "ttl" => Format::Turtle,
            "ntriples" | "nt" => Format::NTriples,
            _ => return None,
        })
    }
}

/// Resolves the QUERY argument: `@path` reads a file; a name of a file in
/// the queries folder (with or without `.rq`) reads that; anything else is
/// SPARQL text. Returns the text and where it came from.
pub fn resolve(arg: &str, queries_dir: &Path) -> Result<(String, Option<PathBuf>)> {
    if let Some(p) = arg.strip_prefix('@') {
        let p = PathBuf::from(p);
        let t = std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e))?;
        return Ok((t, Some(p)));
    }
    let looks_like_name = !arg.is_empty() && arg.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if looks_like_name {
        for cand in [queries_dir.join(arg), queries_dir.join(format!("{arg}.rq"))] {
            if cand.is_file() {
                let t = std::fs::read_to_string(&cand).map_err(|e| Error::io(&cand, e))?;
                return Ok((t, Some(cand)));
            }
        }
        if !arg.contains(char::is_whitespace) {
            return Err(Error::Invalid(format!(
                "'{arg}' is neither SPARQL nor a query in {} (see `vnkg query --list`)",
                queries_dir.display()
            )));
        }
    }
    Ok((arg.to_string(), None))
}

/// The named queries: (name, first comment line).
pub fn list(queries_dir: &Path) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let rd = std::fs::read_dir(queries_dir).map_err(|e| Error::io(queries_dir, e))?;
    for e in rd.flatten() {
        let p = e.path();
        if p.extension().and_then(|x| x.to_str()) != Some("rq") {
            continue;
        }
        let name = p
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&p).unwrap_or_default();
        let doc = text
            .lines()
            .find_map(|l| l.trim().strip_prefix('#').map(|c| c.trim().to_string()))
            .unwrap_or_default();
        out.push((name, doc));
    }
    out.sort();
    Ok(out)
}

/// A compact rendering of a term for tables: prefixed IRIs, plain values.
pub fn short(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => {
            let s = n.as_str();
            let best = PREFIXES
                .iter()
                .filter(|(_, iri)| s.starts_with(iri))
                .max_by_key(|(_, iri)| iri.len());
            match best {
                Some((p, iri)) => format!("{p}:{}", &s[iri.len()..]),
                None => format!("<{s}>"),
            }
        }
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_string(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// Bounds on one query (`vnkg query --timeout --limit`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Limits {
    /// Stop the query (with [`Error::QueryTimeout`]) after this long.
    pub timeout: Option<std::time::Duration>,
    /// Write at most this many rows (or triples).
    pub max_results: Option<usize>,
}

/// What [`run_limited`] wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Rows (or triples) written.
    pub rows: usize,
    /// Whether `max_results` stopped it before the end of the results.
    pub truncated: bool,
}

/// Runs a query and writes its results. Returns the number of rows (or
/// triples) written.
pub fn run(store: &Store, sparql: &str, format: Format, out: &mut dyn Write) -> Result<usize> {
    Ok(run_limited(store, sparql, format, out, Limits::default())?.rows)
}

/// Cancels a token after a delay unless dropped first.
struct Timer {
    stop: Option<std::sync::mpsc::Sender<()>>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl Timer {
    fn start(after: std::time::Duration, token: oxigraph::sparql::CancellationToken) -> Self {
        let (stop, rx) = std::sync::mpsc::channel::<()>();
        let handle = std::thread::spawn(move || {
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(after) {
                token.cancel();
            }
        });
        Timer {
            stop: Some(stop),
            handle: Some(handle),
        }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

/// [`run`] within [`Limits`]: a query still running after `timeout` fails
/// with [`Error::QueryTimeout`] (what was written so far stays written);
/// at most `max_results` rows are written.
pub fn run_limited(
    store: &Store,
    sparql: &str,
    format: Format,
    out: &mut dyn Write,
    limits: Limits,
) -> Result<Outcome> {
    let token = limits.timeout.map(|_| oxigraph::sparql::CancellationToken::new());
    let _timer = match (limits.timeout, &token) {
        (Some(t), Some(tok)) => Some(Timer::start(t, tok.clone())),
        _ => None,
    };
    let timed_out = || token.as_ref().is_some_and(|t| t.is_cancelled());
    let seconds = limits.timeout.map_or(0.0, |t| t.as_secs_f64());
    let res = run_inner(store, sparql, format, out, token.clone(), limits.max_results);
    match res {
        Err(Error::QueryEvaluation(_)) if timed_out() => Err(Error::QueryTimeout { seconds }),
        other => other,
    }
}

fn run_inner(
    store: &Store,
    sparql: &str,
    format: Format,
    out: &mut dyn Write,
    cancel: Option<oxigraph::sparql::CancellationToken>,
    max: Option<usize>,
) -> Result<Outcome> {
    let io = |e: std::io::Error| Error::Invalid(format!("writing results: {e}"));
    let eval = |e: oxigraph::sparql::QueryEvaluationError| Error::QueryEvaluation(e.to_string());
    let max = max.unwrap_or(usize::MAX);
    let mut truncated = false;
    match store.query_cancellable(sparql, cancel)? {
        QueryResults::Solutions(solutions) => {
            let vars: Vec<_> = solutions.variables().to_vec();
            let rf = match format {
                Format::Table => None,
                Format::Csv => Some(QueryResultsFormat::Csv),
                Format::Tsv => Some(QueryResultsFormat::Tsv),
                Format::Json => Some(QueryResultsFormat::Json),
                Format::Xml => Some(QueryResultsFormat::Xml),
                Format::Turtle | Format::NTriples => {
                    return Err(Error::Invalid(
                        "a SELECT query gives a table: use --format table, csv, tsv, json or xml".into(),
                    ))
                }
            };
            let mut n = 0;
            match rf {
                Some(rf) => {
                    let mut w = QueryResultsSerializer::from_format(rf)
                        .serialize_solutions_to_writer(out, vars)
                        .map_err(io)?;
                    for s in solutions {
                        if n == max {
                            truncated = true;
                            break;
                        }
                        w.serialize(&s.map_err(eval)?).map_err(io)?;
                        n += 1;
                    }
                    w.finish().map_err(io)?;
                }
                None => {
                    let mut rows: Vec<Vec<String>> = Vec::new();
                    for s in solutions {
                        if rows.len() == max {
                            truncated = true;
                            break;
                        }
                        let s = s.map_err(eval)?;
                        rows.push(vars.iter().map(|v| s.get(v).map(short).unwrap_or_default()).collect());
                    }
                    n = rows.len();
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                    write_table(out, &header, &rows).map_err(io)?;
                }
            }
            Ok(Outcome { rows: n, truncated })
        }
        QueryResults::Boolean(b) => {
            match format {
                Format::Json => QueryResultsSerializer::from_format(QueryResultsFormat::Json)
                    .serialize_boolean_to_writer(out, b)
                    .map(|_| ())
                    .map_err(io)?,
                Format::Xml => QueryResultsSerializer::from_format(QueryResultsFormat::Xml)
                    .serialize_boolean_to_writer(out, b)
                    .map(|_| ())
                    .map_err(io)?,
                _ => writeln!(out, "{b}").map_err(io)?,
            }
            Ok(Outcome {
                rows: 1,
                truncated: false,
            })
        }
        QueryResults::Graph(triples) => {
            let rf = match format {
                Format::NTriples => RdfFormat::NTriples,
                _ => RdfFormat::Turtle,
            };
            let mut ser = RdfSerializer::from_format(rf);
            if rf == RdfFormat::Turtle {
                ser = crate::store::with_prefixes(ser)?;
            }
            let mut w = ser.for_writer(out);
            let mut n = 0;
            for t in triples {
                if n == max {
                    truncated = true;
                    break;
                }
                w.serialize_triple(&t.map_err(eval)?).map_err(io)?;
                n += 1;
            }
            w.finish().map_err(io)?;
            Ok(Outcome { rows: n, truncated })
        }
    }
}

/// Writes an aligned text table (widths by characters, long cells cut).
pub fn write_table(out: &mut dyn Write, header: &[String], rows: &[Vec<String>]) -> std::io::Result<()> {
    const MAX: usize = 60;
    let cut = |s: &str| -> String {
        let s = s.replace(['\n', '\r', '\t'], " ");
        if s.chars().count() > MAX {
            let mut t: String = s.chars().take(MAX - 1).collect();
            t.push('…');
            t
        } else {
            s
        }
    };
    let cells: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| cut(c)).collect()).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &cells {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, r: &[String]| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, c) in r.iter().enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i + 1 < r.len() {
                s.extend(std::iter::repeat_n(' ', widths[i] - c.chars().count()));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, header)?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(out, &rule)?;
    for r in &cells {
        line(out, r)?;
    }
    writeln!(out, "({} row{})", rows.len(), if rows.len() == 1 { "" } else { "s" })
}
