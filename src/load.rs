//! `vnkg load`: bulk-loads N-Quads shards (as written by `vnkg extract`)
//! into the store. Each named graph in a shard replaces the store's graph
//! of that name, as `ingest` replaces a document's graph, so loading a
//! shard again, or a newer extraction of it, leaves no stale quads.
//!
//! Quads are read as a stream and written in groups: graphs the store does
//! not have yet go through Oxigraph's bulk loader; graphs it has are
//! replaced in a transaction each. A graph that appears again later in the
//! same run (the ontology graph at the head of every shard) is added to,
//! not replaced, so the union of all shards is what ends up in the store.

use crate::error::{Error, Result};
use crate::store::Store;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, GraphNameRef, Quad};
use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Instant;

/// What `load` did.
#[derive(Debug, Default)]
pub struct LoadSummary {
    pub files: usize,
    pub quads: usize,
    /// Graphs new to the store.
    pub new_graphs: usize,
    /// Graphs that were in the store and were replaced.
    pub replaced_graphs: usize,
    pub seconds: f64,
}

/// Flush pending quads once this many are buffered.
const BATCH: usize = 200_000;

#[derive(PartialEq, Clone, Copy)]
enum Mode {
    /// Not in the store before this run: bulk loader.
    New,
    /// In the store before this run: cleared, then written.
    Replace,
    /// Already written in this run: added to.
    Add,
}

struct Pending {
    groups: Vec<(GraphName, Mode, Vec<Quad>)>,
    count: usize,
}

/// Loads N-Quads files (`-` is standard input) into the store.
pub fn load(store: &Store, files: &[PathBuf], mut progress: impl FnMut(&LoadSummary)) -> Result<LoadSummary> {
    let t0 = Instant::now();
    let mut summary = LoadSummary::default();
    let mut seen: HashSet<GraphName> = HashSet::new();
    for file in files {
        let reader: Box<dyn std::io::Read> = if file.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::fs::File::open(file).map_err(|e| Error::io(file, e))?)
        };
        let mut pending = Pending {
            groups: Vec::new(),
            count: 0,
        };
        let parser = RdfParser::from_format(RdfFormat::NQuads).for_reader(std::io::BufReader::new(reader));
        for q in parser {
            let q = q.map_err(|e| Error::Invalid(format!("{}: {e}", file.display())))?;
            let same = pending.groups.last().is_some_and(|(g, _, _)| *g == q.graph_name);
            if !same {
                if pending.count >= BATCH {
                    flush(store, &mut pending, &mut summary)?;
                    progress(&summary);
                }
                let g = q.graph_name.clone();
                let mode = if seen.contains(&g) {
                    Mode::Add
                } else {
                    seen.insert(g.clone());
                    let present = match &g {
                        GraphName::NamedNode(n) => store.oxigraph().contains_named_graph(n)?,
                        _ => false,
                    };
                    if present {
                        summary.replaced_graphs += 1;
                        Mode::Replace
                    } else {
                        if matches!(g, GraphName::NamedNode(_)) {
                            summary.new_graphs += 1;
                        }
                        Mode::New
                    }
                };
                pending.groups.push((g, mode, Vec::new()));
            }
            if let Some((_, _, quads)) = pending.groups.last_mut() {
                quads.push(q);
                pending.count += 1;
            }
        }
        flush(store, &mut pending, &mut summary)?;
        summary.files += 1;
        progress(&summary);
    }
    store.flush()?;
    summary.seconds = t0.elapsed().as_secs_f64();
    Ok(summary)
}

fn flush(store: &Store, pending: &mut Pending, summary: &mut LoadSummary) -> Result<()> {
    let groups = std::mem::take(&mut pending.groups);
    pending.count = 0;
    let mut bulk: Vec<Quad> = Vec::new();
    let mut tx = store.oxigraph().start_transaction()?;
    let mut tx_used = false;
    for (g, mode, quads) in groups {
        summary.quads += quads.len();
        match mode {
            Mode::New => bulk.extend(quads),
            Mode::Replace | Mode::Add => {
                tx_used = true;
                if let GraphName::NamedNode(n) = &g {
                    if mode == Mode::Replace {
                        tx.clear_graph(n)?;
                    }
                    tx.insert_named_graph(n);
                } else if mode == Mode::Replace {
                    tx.clear_graph(GraphNameRef::DefaultGraph)?;
                }
                for q in &quads {
                    tx.insert(q);
                }
            }
        }
    }
    if tx_used {
        tx.commit()?;
    } else {
        drop(tx);
    }
    if !bulk.is_empty() {
        let mut loader = store.oxigraph().bulk_loader();
        loader.load_quads(bulk)?;
        loader.commit()?;
    }
    Ok(())
}
