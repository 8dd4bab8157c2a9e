//! The `vnkg` command: a thin shell over the library. Parses arguments,
//! opens the store, calls one library function, prints, and turns errors
//! into one-line messages with a non-zero exit.

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vnkg::knowledge::Knowledge;
use vnkg::store::Store;

#[derive(Parser)]
#[command(
    name = "vnkg",
    version,
    about = "Builds and queries a knowledge graph of Viet Nam's crime-prevention and criminal-justice cooperation"
)]
struct Cli {
    /// The on-disk store (a folder).
    #[arg(long, global = true, env = "VNKG_STORE", default_value = "vnkg-store")]
    store: PathBuf,
    /// Folder with vnkg.ttl, gazetteer.ttl, rules.txt, events.tsv, titles.txt
    /// and units.tsv (default: ./ontology if present, else the copy built into
    /// vnkg).
    #[arg(long, global = true, env = "VNKG_ONTOLOGY")]
    ontology: Option<PathBuf>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Ingest .txt/.md documents (files or folders, recursively) into the store
    Ingest {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Extraction threads (default: one per core)
        #[arg(long)]
        threads: Option<usize>,
        /// Re-extract documents even if unchanged
        #[arg(long)]
        force: bool,
        /// No progress bar
        #[arg(long, short)]
        quiet: bool,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Run SPARQL: text, @file.rq, or the name of a query in queries/
    Query {
        /// The query (omit with --list)
        query: Option<String>,
        /// table, csv, tsv, json, xml (SELECT/ASK); turtle, ntriples (CONSTRUCT/DESCRIBE)
        #[arg(long, short, default_value = "table")]
        format: String,
        /// Folder of named queries
        #[arg(long, default_value = "queries")]
        queries: PathBuf,
        /// List the named queries
        #[arg(long)]
        list: bool,
        /// Stop the query after this many seconds (exit 1, with a message)
        #[arg(long, value_name = "SECS")]
        timeout: Option<f64>,
        /// Print at most this many rows (or triples); a note on standard error says when more were left out
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
    },
    /// Write the store as RDF (nquads, trig, turtle, ntriples, jsonld, rdfxml) or as a graph file
    /// (graphml, gexf, dot, cytoscape, csv, html)
    Export {
        #[arg(long, short, default_value = "nquads")]
        format: String,
        /// Output file (default: standard output); a folder for csv (nodes.csv, edges.csv)
        #[arg(long, short)]
        output: Option<PathBuf>,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Documents, triples, entities per class, facts per relation
    Stats,
    /// Extract documents to N-Quads without a store (deterministic; for shards and pipelines)
    Extract {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output file (default: standard output)
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Extraction threads (default: one per core)
        #[arg(long)]
        threads: Option<usize>,
        /// Leave out the ontology and gazetteer graph
        #[arg(long)]
        no_ontology: bool,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Score the store against gold facts (precision, recall, F1 per relation and per rule)
    Eval {
        /// Folder of gold TSV files, one per document
        #[arg(long)]
        gold: PathBuf,
        /// Canonical names and spellings (default: entities.tsv beside the gold folder)
        #[arg(long)]
        entities: Option<PathBuf>,
        /// List every miss and every wrong fact with its sentence
        #[arg(long)]
        show: bool,
    },
    /// Every piece of evidence for a fact: SUBJECT RELATION OBJECT (labels, prefixed names or IRIs)
    Why {
        subject: String,
        relation: String,
        object: String,
    },
    /// Names found in the documents that the gazetteer lacks, with counts and an example sentence
    Unknown {
        /// Show at most this many
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Show how a document is read: sentences, mentions and facts (no store)
    Annotate {
        file: PathBuf,
        /// Date of the document (YYYY, YYYY-MM or YYYY-MM-DD), as in metadata.tsv
        #[arg(long)]
        date: Option<String>,
    },
    /// Remove documents (by file name or path) from the store
    Remove {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Serve the store over HTTP: SPARQL 1.1 Protocol at /query, a query page at /, the graph viewer at /graph
    Serve {
        /// Address to listen on (loopback unless told otherwise; port 0 picks a free port)
        #[arg(long, default_value = "127.0.0.1:7878")]
        bind: String,
        /// Cancel a query after this many seconds
        #[arg(long, default_value_t = 30.0)]
        timeout: f64,
        /// At most this many result rows (or triples) per answer
        #[arg(long, default_value_t = 100_000)]
        max_results: usize,
        /// At most this many bytes in a request body
        #[arg(long, default_value_t = 16 * 1024 * 1024)]
        max_body: usize,
        /// At most this many connections at once
        #[arg(long, default_value_t = 64)]
        connections: usize,
        /// Accept SPARQL Update and Graph Store writes from clients presenting --token
        #[arg(long, requires = "token")]
        allow_update: bool,
        /// The write token (at least 8 characters); clients send `Authorization: Bearer TOKEN`
        #[arg(long, env = "VNKG_TOKEN", hide_env_values = true)]
        token: Option<String>,
        /// Folder of named queries, shown as presets on the query page
        #[arg(long, default_value = "queries")]
        queries: PathBuf,
        /// No access log
        #[arg(long, short)]
        quiet: bool,
    },
    /// Bulk-load N-Quads files written by `vnkg extract` (each graph replaces the store's graph of that name)
    Load {
        /// N-Quads files (`-` for standard input)
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Send each document's graph to a SPARQL 1.1 Graph Store Protocol server (PUT ?graph=…, replacing it)
    Push {
        /// The Graph Store Protocol URL, e.g. http://localhost:7878/store (Oxigraph), http://host:3030/ds/data (Fuseki)
        #[arg(long)]
        endpoint: String,
        /// Sent as `Authorization: Bearer TOKEN`
        #[arg(long, env = "VNKG_PUSH_TOKEN", hide_env_values = true)]
        token: Option<String>,
        /// Graphs per batch
        #[arg(long, default_value_t = 64)]
        batch: usize,
        /// Requests at once
        #[arg(long, default_value_t = 4)]
        jobs: usize,
        /// Tries per graph
        #[arg(long, default_value_t = 4)]
        attempts: u32,
        /// No progress lines
        #[arg(long, short)]
        quiet: bool,
    },
}

/// Bounds on one document (see `vnkg::ingest::Limits`).
#[derive(clap::Args)]
struct LimitArgs {
    /// A larger document fails alone, with a message
    #[arg(long, default_value_t = 64, value_name = "MB")]
    max_document_mb: u64,
    /// Relations are read only from sentences of at most this many tokens (longer ones give their names only)
    #[arg(long, default_value_t = vnkg::extract::MAX_SENTENCE_TOKENS, value_name = "N")]
    max_sentence_tokens: usize,
}

impl LimitArgs {
    fn to_limits(&self) -> vnkg::ingest::Limits {
        vnkg::ingest::Limits {
            max_document_bytes: self.max_document_mb.saturating_mul(1024 * 1024),
            max_sentence_tokens: self.max_sentence_tokens,
        }
    }
}

/// Filters of the graph formats (see `vnkg::graph::GraphFilter`).
#[derive(clap::Args, Default)]
struct FilterArgs {
    /// Keep the entity with this label (prefLabel or altLabel, any case) and its neighbours
    #[arg(long, value_name = "LABEL")]
    focus: Option<String>,
    /// How far from --focus to go
    #[arg(long, default_value_t = 1, value_name = "N")]
    hops: usize,
    /// Keep nodes of this class or its subclasses (repeatable)
    #[arg(long = "class", value_name = "C")]
    classes: Vec<String>,
    /// Keep edges of this relation (repeatable)
    #[arg(long = "relation", value_name = "R")]
    relations: Vec<String>,
    /// Keep facts supported by this document (file name; repeatable)
    #[arg(long = "document", value_name = "FILE")]
    documents: Vec<String>,
    /// Keep edges whose event dates end on or after this date (YYYY[-MM[-DD]]); undated edges stay
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Keep edges whose event dates start on or before this date (YYYY[-MM[-DD]]); undated edges stay
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Drop nodes with fewer edges than this
    #[arg(long, default_value_t = 0, value_name = "N")]
    min_degree: usize,
}

impl FilterArgs {
    fn is_set(&self) -> bool {
        self.focus.is_some()
            || !self.classes.is_empty()
            || !self.relations.is_empty()
            || !self.documents.is_empty()
            || self.since.is_some()
            || self.until.is_some()
            || self.min_degree > 0
    }

    fn to_filter(&self) -> vnkg::graph::GraphFilter {
        vnkg::graph::GraphFilter {
            focus: self.focus.clone(),
            hops: self.hops,
            classes: self.classes.clone(),
            relations: self.relations.clone(),
            documents: self.documents.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            min_degree: self.min_degree,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let mut msg = format!("vnkg: {e}");
            for cause in e.chain().skip(1) {
                let c = cause.to_string();
                if !msg.contains(&c) {
                    msg.push_str(&format!(": {c}"));
                }
            }
            eprintln!("{msg}");
            ExitCode::FAILURE
        }
    }
}

fn knowledge(cli: &Cli) -> Result<Knowledge> {
    let dir = match &cli.ontology {
        Some(d) => Some(d.clone()),
        None => Path::new("ontology/vnkg.ttl")
            .is_file()
            .then(|| PathBuf::from("ontology")),
    };
    Ok(Knowledge::load(dir.as_deref())?)
}

fn open(cli: &Cli) -> Result<Store> {
    Store::open(&cli.store).with_context(|| format!("cannot open the store {}", cli.store.display()))
}

/// For commands that only read: shared with other readers, refused (with
/// the writer's name) while a writer has the store.
fn open_read(cli: &Cli) -> Result<Store> {
    Store::open_read_only(&cli.store).with_context(|| format!("cannot open the store {}", cli.store.display()))
}

fn run(cli: Cli) -> Result<ExitCode> {
    match &cli.cmd {
        Cmd::Ingest {
            paths,
            threads,
            force,
            quiet,
            limits,
        } => {
            let k = knowledge(&cli)?;
            let store = open(&cli)?;
            let opts = vnkg::ingest::Options {
                threads: *threads,
                progress: !quiet && std::io::stderr().is_terminal(),
                force: *force,
                limits: limits.to_limits(),
            };
            let s = vnkg::ingest::ingest(&store, &k, paths, &opts)?;
            for (p, why) in &s.skipped {
                eprintln!("vnkg: skipped {}: {why}", p.display());
            }
            for p in &s.problems {
                eprintln!("vnkg: {p}");
            }
            // (No count of the store's quads: it reads every quad, about a
            // second per 2 million; `vnkg stats` gives it.)
            let docs = store.documents()?.len();
            let mb = s.bytes as f64 / 1e6;
            println!(
                "documents: {} new, {} replaced, {} unchanged, {} failed ({:.2} s, {:.2} MB extracted)",
                s.new,
                s.replaced,
                s.unchanged,
                s.failed.len(),
                s.seconds,
                mb
            );
            println!("quads written: {}; store: {docs} documents", s.quads_written);
            let ents: Vec<String> = s.entities.iter().map(|(c, n)| format!("{c} {n}")).collect();
            println!("entities named in the documents written: {}", ents.join(", "));
            Ok(if s.failed.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            })
        }
        Cmd::Query {
            query,
            format,
            queries,
            list,
            timeout,
            limit,
        } => {
            if *list {
                let mut out = std::io::stdout().lock();
                for (name, doc) in vnkg::query::list(queries)? {
                    writeln!(out, "{name:32} {doc}")?;
                }
                return Ok(ExitCode::SUCCESS);
            }
            let Some(q) = query else {
                bail!("give a query, @file.rq, a name from queries/, or --list")
            };
            let fmt = vnkg::query::Format::parse(format)
                .with_context(|| format!("unknown format '{format}' (table, csv, tsv, json, xml, turtle, ntriples)"))?;
            let (text, from) = vnkg::query::resolve(q, queries)?;
            let timeout = match timeout {
                Some(t) if t.is_finite() && *t > 0.0 => Some(std::time::Duration::from_secs_f64(*t)),
                Some(t) => bail!("--timeout {t}: give a number of seconds greater than 0"),
                None => None,
            };
            let store = open_read(&cli)?;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let limits = vnkg::query::Limits {
                timeout,
                max_results: *limit,
            };
            let done = vnkg::query::run_limited(&store, &text, fmt, &mut out, limits);
            out.flush()?;
            let done = done.with_context(|| match from {
                Some(p) => format!("query {}", p.display()),
                None => "query".to_string(),
            })?;
            if done.truncated {
                eprintln!("vnkg: stopped after {} results (--limit); there are more", done.rows);
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Export { format, output, filter } => {
            if let Some(gf) = vnkg::graph::GraphFormat::parse(format) {
                let store = open_read(&cli)?;
                let view = vnkg::graph::view(&store, &filter.to_filter())?;
                match (gf, output) {
                    (vnkg::graph::GraphFormat::Csv, Some(dir)) => vnkg::graph::write_csv(&view, dir)?,
                    (vnkg::graph::GraphFormat::Csv, None) => {
                        bail!("csv writes two files (nodes.csv, edges.csv): give a folder with -o")
                    }
                    (_, Some(p)) => {
                        let f = std::fs::File::create(p).with_context(|| format!("cannot write {}", p.display()))?;
                        let mut w = std::io::BufWriter::new(f);
                        vnkg::graph::write(&view, gf, &mut w)?;
                        w.flush()?;
                    }
                    (_, None) => {
                        let mut w = std::io::BufWriter::new(std::io::stdout().lock());
                        vnkg::graph::write(&view, gf, &mut w)?;
                        w.flush()?;
                    }
                }
                if let Some(p) = output {
                    eprintln!(
                        "vnkg: wrote {} nodes and {} edges to {}",
                        view.node_count(),
                        view.edge_count(),
                        p.display()
                    );
                }
                return Ok(ExitCode::SUCCESS);
            }
            let fmt = vnkg::export::RdfExport::parse(format).with_context(|| {
                format!(
                    "unknown format '{format}' (nquads, trig, turtle, ntriples, jsonld, rdfxml; \
                     graphml, gexf, dot, cytoscape, csv, html)"
                )
            })?;
            if filter.is_set() {
                bail!("--focus, --class, --relation, --document, --since, --until and --min-degree apply to the graph formats (graphml, gexf, dot, cytoscape, csv, html), not to RDF");
            }
            let store = open_read(&cli)?;
            let n = match output {
                Some(p) => {
                    let f = std::fs::File::create(p).with_context(|| format!("cannot write {}", p.display()))?;
                    let mut w = std::io::BufWriter::new(f);
                    let n = vnkg::export::rdf(&store, fmt, &mut w)?;
                    w.flush()?;
                    n
                }
                None => {
                    let mut w = std::io::BufWriter::new(std::io::stdout().lock());
                    let n = vnkg::export::rdf(&store, fmt, &mut w)?;
                    w.flush()?;
                    n
                }
            };
            if let Some(p) = output {
                eprintln!("vnkg: wrote {n} statements to {}", p.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Extract {
            paths,
            output,
            threads,
            no_ontology,
            limits,
        } => {
            let k = knowledge(&cli)?;
            let sink: Box<dyn Write> = match output {
                Some(p) => Box::new(std::fs::File::create(p).with_context(|| format!("cannot write {}", p.display()))?),
                None => Box::new(std::io::stdout().lock()),
            };
            let mut w = std::io::BufWriter::new(sink);
            let s = vnkg::ingest::extract_to_within(&k, paths, *threads, !no_ontology, &limits.to_limits(), &mut w)?;
            w.flush()?;
            for (p, why) in &s.skipped {
                eprintln!("vnkg: skipped {}: {why}", p.display());
            }
            for p in &s.problems {
                eprintln!("vnkg: {p}");
            }
            eprintln!(
                "vnkg: extracted {} documents ({:.2} MB) into {} quads in {:.2} s; {} failed",
                s.documents,
                s.bytes as f64 / 1e6,
                s.quads,
                s.seconds,
                s.failed.len()
            );
            // The process ends here: the knowledge's memory goes back with
            // it, without freeing its maps one by one (6 M instructions,
            // about 0.5 ms, per run).
            std::mem::forget(k);
            Ok(if s.failed.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            })
        }
        Cmd::Annotate { file, date } => {
            let k = knowledge(&cli)?;
            let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
            let text = vnkg::corpus::decode(file, bytes)?;
            // The metadata.tsv beside the file, unless --date is given.
            let walk = vnkg::corpus::walk(std::slice::from_ref(file))?;
            let meta = walk.sources.first().map(|s| s.meta.clone()).unwrap_or_default();
            let info = vnkg::fact::DocInfo {
                key: file
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default(),
                date: date.as_deref().and_then(vnkg::corpus::parse_date).or(meta.date),
                title: meta.title,
                ..Default::default()
            };
            let x = vnkg::extract::Extractor::new(&k).extract(info, text);
            let mut out = std::io::stdout().lock();
            vnkg::extract::annotate(&k, &x, &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Eval { gold, entities, show } => {
            let store = open_read(&cli)?;
            let r = vnkg::eval::evaluate(&store, gold, entities.as_deref())?;
            let mut out = std::io::stdout().lock();
            let f = |s: &vnkg::eval::Score| {
                vec![
                    s.tp.to_string(),
                    s.fp.to_string(),
                    s.fn_.to_string(),
                    format!("{:.3}", s.precision()),
                    format!("{:.3}", s.recall()),
                    format!("{:.3}", s.f1()),
                ]
            };
            let head = |first: &str| -> Vec<String> {
                [first, "tp", "fp", "fn", "P", "R", "F1"]
                    .iter()
                    .map(|s| s.to_string())
                    .collect()
            };
            let rows: Vec<Vec<String>> = r
                .by_relation
                .iter()
                .map(|(k, s)| std::iter::once(k.clone()).chain(f(s)).collect())
                .collect();
            vnkg::query::write_table(&mut out, &head("relation"), &rows)?;
            writeln!(out)?;
            let rows: Vec<Vec<String>> = r
                .by_rule
                .iter()
                .map(|(k, s)| {
                    vec![
                        k.clone(),
                        s.tp.to_string(),
                        s.fp.to_string(),
                        format!("{:.3}", s.precision()),
                    ]
                })
                .collect();
            let h: Vec<String> = ["rule", "true", "wrong", "P"].iter().map(|s| s.to_string()).collect();
            vnkg::query::write_table(&mut out, &h, &rows)?;
            if *show {
                writeln!(out)?;
                for i in &r.missed {
                    writeln!(
                        out,
                        "missed  {}  {} | {} | {}    ({})",
                        i.document, i.fact.1, i.fact.0, i.fact.2, i.context
                    )?;
                }
                for i in &r.wrong {
                    let (rule, sentence) = i.context.split_once('\t').unwrap_or((&i.context, ""));
                    writeln!(
                        out,
                        "wrong   {}  {} | {} | {}    [{rule}] {sentence}",
                        i.document, i.fact.1, i.fact.0, i.fact.2
                    )?;
                }
            }
            writeln!(
                out,
                "\ndocuments {}/{}   facts P={:.3} R={:.3} F1={:.3}   mentions P={:.3} R={:.3} F1={:.3}",
                r.documents_found,
                r.documents,
                r.facts.precision(),
                r.facts.recall(),
                r.facts.f1(),
                r.mentions.precision(),
                r.mentions.recall(),
                r.mentions.f1()
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Why {
            subject,
            relation,
            object,
        } => {
            let store = open_read(&cli)?;
            let found = vnkg::explain::why(&store, subject, relation, object)?;
            let mut out = std::io::stdout().lock();
            if found.is_empty() {
                writeln!(out, "no evidence for: {subject} {relation} {object}")?;
                return Ok(ExitCode::from(2));
            }
            for w in &found {
                writeln!(out, "{} {} {}", w.subject, w.relation, w.object)?;
                writeln!(
                    out,
                    "  {} (characters {}–{}), rule {}, confidence {}, {}",
                    w.file, w.offsets.0, w.offsets.1, w.rule, w.confidence, w.modality
                )?;
                writeln!(out, "  {}\n", w.sentence)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Unknown { limit } => {
            let store = open_read(&cli)?;
            let list = vnkg::explain::unknown(&store)?;
            let rows: Vec<Vec<String>> = list
                .iter()
                .take(*limit)
                .map(|u| {
                    vec![
                        u.label.clone(),
                        u.class.clone(),
                        u.documents.to_string(),
                        u.example.clone(),
                    ]
                })
                .collect();
            let header: Vec<String> = ["name", "class", "documents", "example"]
                .iter()
                .map(|s| s.to_string())
                .collect();
            let mut out = std::io::stdout().lock();
            vnkg::query::write_table(&mut out, &header, &rows)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Stats => {
            let store = open_read(&cli)?;
            let st = vnkg::stats::stats(&store)?;
            let mut out = std::io::stdout().lock();
            writeln!(out, "documents  {}", st.documents)?;
            writeln!(out, "quads      {}", st.quads)?;
            writeln!(out, "\nentities mentioned, by class")?;
            for (c, n) in &st.entities {
                writeln!(out, "  {c:24} {n}")?;
            }
            writeln!(out, "\nfacts, by relation")?;
            for (r, n) in &st.facts {
                writeln!(out, "  {r:24} {n}")?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Serve {
            bind,
            timeout,
            max_results,
            max_body,
            connections,
            allow_update,
            token,
            queries,
            quiet,
        } => {
            use std::net::ToSocketAddrs;
            if token.is_some() && !allow_update {
                bail!("--token is for writes: give --allow-update too (the endpoint is read-only otherwise)");
            }
            let addr = bind
                .to_socket_addrs()
                .with_context(|| format!("--bind {bind}: not an address (e.g. 127.0.0.1:7878)"))?
                .next()
                .with_context(|| format!("--bind {bind}: no address"))?;
            if !(timeout.is_finite() && *timeout > 0.0) {
                bail!("--timeout must be a positive number of seconds");
            }
            let store = open(&cli)?;
            let cfg = vnkg::serve::Config {
                bind: addr,
                timeout: std::time::Duration::from_secs_f64(*timeout),
                max_results: *max_results,
                max_body: *max_body,
                max_connections: *connections,
                update_token: if *allow_update { token.clone() } else { None },
                access_log: !quiet,
                presets: vnkg::serve::presets(queries),
            };
            let writes = cfg.update_token.is_some();
            let running = vnkg::serve::start(store, cfg)?;
            let addr = running.addr();
            let marker = vnkg::store::ServeMarker::write(&cli.store, &format!("http://{addr}/"));
            if !addr.ip().is_loopback() {
                eprintln!("vnkg: warning: listening on {addr}, which is not loopback: other machines can reach this endpoint (plain http)");
            }
            println!(
                "vnkg: serving {} at http://{addr}/ (SPARQL endpoint http://{addr}/query; {})",
                cli.store.display(),
                if writes {
                    "updates open to the token holder"
                } else {
                    "read-only"
                }
            );
            std::io::stdout().flush()?;
            let r = running.join();
            drop(marker);
            r?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Load { files } => {
            let store = open(&cli)?;
            let s = vnkg::load::load(&store, files, |s| {
                eprintln!("vnkg: {} quads loaded from {} file(s)", s.quads, s.files)
            })?;
            println!(
                "loaded {} quads from {} file(s) in {:.2} s: {} new graphs, {} replaced; store: {} documents, {} quads",
                s.quads,
                s.files,
                s.seconds,
                s.new_graphs,
                s.replaced_graphs,
                store.documents()?.len(),
                store.len()?
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Push {
            endpoint,
            token,
            batch,
            jobs,
            attempts,
            quiet,
        } => {
            let store = open(&cli)?;
            let opts = vnkg::push::PushOptions {
                endpoint: endpoint.clone(),
                token: token.clone(),
                batch: *batch,
                jobs: *jobs,
                attempts: *attempts,
                ..Default::default()
            };
            let s = vnkg::push::push(&store, &opts, |done, all| {
                if !quiet {
                    eprintln!("vnkg: pushed {done}/{all} graphs");
                }
            })?;
            for (g, e) in &s.failed {
                eprintln!("vnkg: {g}: {e}");
            }
            println!(
                "pushed {} graphs ({} triples, {:.2} MB) to {endpoint} in {:.2} s ({:.0} triples/s); {} retries, {} failed",
                s.graphs,
                s.triples,
                s.bytes as f64 / 1e6,
                s.seconds,
                s.triples as f64 / s.seconds.max(1e-9),
                s.retries,
                s.failed.len()
            );
            Ok(if s.failed.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            })
        }
        Cmd::Remove { files } => {
            let store = open(&cli)?;
            let docs = store.documents()?;
            let mut missing = 0;
            for f in files {
                let name = f
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default();
                let key_iri = vnkg::rdf::doc_iri(&f.to_string_lossy());
                let hits: Vec<&(String, String)> = docs.iter().filter(|(g, n)| *n == name || *g == key_iri).collect();
                if hits.is_empty() {
                    eprintln!("vnkg: {}: no such document in the store", f.display());
                    missing += 1;
                    continue;
                }
                for (g, _) in hits {
                    store.remove_graph(g)?;
                    println!("removed {g}");
                }
            }
            store.flush()?;
            Ok(if missing == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            })
        }
    }
}
