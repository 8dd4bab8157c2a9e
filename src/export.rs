//! Exports of the store as standard RDF files: N-Quads, TriG and JSON-LD keep
//! the named graphs (one per document); Turtle, N-Triples and RDF/XML hold the
//! union of all graphs, each triple once. Serialisation is oxigraph's own.
//! (The property-graph formats — GraphML, GEXF, DOT, Cytoscape JSON, CSV and
//! the self-contained HTML viewer — are in `graph`.)

use crate::error::{Error, Result};
use crate::store::Store;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::Triple;
use std::collections::BTreeSet;
use std::io::Write;

/// RDF export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RdfExport {
    NQuads,
    TriG,
    Turtle,
    NTriples,
    JsonLd,
    RdfXml,
}

impl RdfExport {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "nquads" | "nq" => RdfExport::NQuads,
            "trig" => RdfExport::TriG,
            "turtle" | "ttl" => RdfExport::Turtle,
            "ntriples" | "nt" => RdfExport::NTriples,
            "jsonld" | "json-ld" => RdfExport::JsonLd,
            "rdfxml" | "rdf" | "xml" => RdfExport::RdfXml,
            _ => return None,
        })
    }
}

/// Writes the store in `format`. Returns the number of statements written.
pub fn rdf(store: &Store, format: RdfExport, out: &mut dyn Write) -> Result<usize> {
    let io = |e: std::io::Error| Error::Invalid(format!("writing the export: {e}"));
    let (rf, dataset) = match format {
        RdfExport::NQuads => (RdfFormat::NQuads, true),
        RdfExport::TriG => (RdfFormat::TriG, true),
        RdfExport::Turtle => (RdfFormat::Turtle, false),
        RdfExport::NTriples => (RdfFormat::NTriples, false),
        RdfExport::JsonLd => (
            RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
            true,
        ),
        RdfExport::RdfXml => (RdfFormat::RdfXml, false),
    };
    let mut ser = RdfSerializer::from_format(rf);
    if matches!(
        rf,
        RdfFormat::Turtle | RdfFormat::TriG | RdfFormat::RdfXml | RdfFormat::JsonLd { .. }
    ) {
        ser = crate::store::with_prefixes(ser)?;
    }
    let mut w = ser.for_writer(out);
    let mut n = 0;
    if dataset {
        // Sorted, so that two builds of the same documents give the same file;
        // JSON-LD by graph first, so that each graph is one `@graph` object.
        let mut lines: Vec<oxigraph::model::Quad> = Vec::new();
        for q in store.oxigraph().iter() {
            lines.push(q?);
        }
        if format == RdfExport::JsonLd {
            lines.sort_by_cached_key(|q| (q.graph_name.to_string(), q.to_string()));
        } else {
            lines.sort_by_cached_key(|q| q.to_string());
        }
        for q in &lines {
            w.serialize_quad(q).map_err(io)?;
            n += 1;
        }
    } else {
        let mut triples: BTreeSet<String> = BTreeSet::new();
        let mut list: Vec<Triple> = Vec::new();
        for q in store.oxigraph().iter() {
            let t: Triple = q?.into();
            if triples.insert(t.to_string()) {
                list.push(t);
            }
        }
        list.sort_by_cached_key(|t| t.to_string());
        for t in &list {
            w.serialize_triple(t).map_err(io)?;
            n += 1;
        }
    }
    w.finish().map_err(io)?;
    Ok(n)
}
