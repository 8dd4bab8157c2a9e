//! GEXF 1.3 for Gephi: declared node and edge attributes, `viz:color` as
//! r/g/b (networkx cannot read `hex`), `viz:size` from PageRank, and the
//! graph in `mode="dynamic" timeformat="date"` with a `<spells>` interval on
//! every edge whose event has dates, so Gephi's timeline plays. No
//! xsi:schemaLocation (the RelaxNG schema rejects it).

use super::xml::Xml;
use super::{node_id, View};
use crate::error::Result;
use petgraph::visit::EdgeRef;
use std::io::Write;

const NS: &str = "http://gexf.net/1.3";
const VIZ: &str = "http://gexf.net/1.3/viz";

/// (id, title, type) of the node attributes other than the literals.
const NODE_ATTRS: [(&str, &str, &str); 6] = [
    ("iri", "iri", "anyURI"),
    ("class", "class", "string"),
    ("color", "color", "string"),
    ("degree", "degree", "integer"),
    ("pagerank", "pagerank", "double"),
    ("community", "community", "integer"),
];

const EDGE_ATTRS: [(&str, &str, &str); 6] = [
    ("predicate", "predicate", "anyURI"),
    ("evidence", "evidence", "integer"),
    ("sentence", "sentence", "string"),
    ("documents", "documents", "string"),
    ("startDate", "startDate", "string"),
    ("endDate", "endDate", "string"),
];

/// Writes the view as GEXF 1.3.
pub fn write(view: &View, out: &mut dyn Write) -> Result<()> {
    let g = &view.graph;
    let mut x = Xml::new(out)?;
    x.open("gexf", &[("xmlns", NS), ("xmlns:viz", VIZ), ("version", "1.3")])?;
    x.open("meta", &[])?;
    x.text("creator", &[], "vnkg")?;
    x.text(
        "description",
        &[],
        &format!("Node colours by class: {}", view.legend_text()),
    )?;
    x.close("meta")?;
    x.open(
        "graph",
        &[
            ("defaultedgetype", "directed"),
            ("mode", "dynamic"),
            ("timeformat", "date"),
        ],
    )?;
    let literals = view.attribute_names();
    let literal_ids: Vec<String> = literals.iter().map(|a| format!("a_{a}")).collect();
    x.open("attributes", &[("class", "node")])?;
    for (id, title, ty) in NODE_ATTRS {
        x.empty("attribute", &[("id", id), ("title", title), ("type", ty)])?;
    }
    for (id, title) in literal_ids.iter().zip(&literals) {
        x.empty("attribute", &[("id", id), ("title", title), ("type", "string")])?;
    }
    x.close("attributes")?;
    x.open("attributes", &[("class", "edge")])?;
    for (id, title, ty) in EDGE_ATTRS {
        x.empty("attribute", &[("id", id), ("title", title), ("type", ty)])?;
    }
    x.close("attributes")?;

    let max_rank = g.node_weights().map(|n| n.pagerank).fold(0.0_f64, f64::max);
    x.open("nodes", &[])?;
    for i in g.node_indices() {
        let n = &g[i];
        let id = node_id(i);
        x.open("node", &[("id", &id), ("label", &n.label)])?;
        x.open("attvalues", &[])?;
        let values = [
            n.iri.clone(),
            n.class.clone(),
            n.color.hex(),
            n.degree.to_string(),
            n.pagerank.to_string(),
            n.community.to_string(),
        ];
        for ((key, _, _), v) in NODE_ATTRS.iter().zip(&values) {
            x.empty("attvalue", &[("for", key), ("value", v)])?;
        }
        for (id, name) in literal_ids.iter().zip(&literals) {
            if let Some(v) = n.attributes.get(name) {
                x.empty("attvalue", &[("for", id), ("value", v)])?;
            }
        }
        x.close("attvalues")?;
        let (r, gg, b) = (n.color.0.to_string(), n.color.1.to_string(), n.color.2.to_string());
        x.empty("viz:color", &[("r", &r), ("g", &gg), ("b", &b)])?;
        let size = if max_rank > 0.0 {
            5.0 + 45.0 * n.pagerank / max_rank
        } else {
            10.0
        };
        x.empty("viz:size", &[("value", &format!("{size:.3}"))])?;
        x.close("node")?;
    }
    x.close("nodes")?;

    x.open("edges", &[])?;
    for e in g.edge_references() {
        let w = e.weight();
        let (id, s, t) = (format!("e{}", e.id().index()), node_id(e.source()), node_id(e.target()));
        let weight = w.weight().to_string();
        x.open(
            "edge",
            &[
                ("id", &id),
                ("source", &s),
                ("target", &t),
                ("label", &w.label),
                ("kind", &w.label),
                ("weight", &weight),
            ],
        )?;
        x.open("attvalues", &[])?;
        let values = [
            Some(w.predicate.clone()),
            Some(w.evidence.to_string()),
            Some(w.sentence.clone()),
            Some(w.documents.join("; ")),
            w.start.clone(),
            w.end.clone(),
        ];
        for ((key, _, _), v) in EDGE_ATTRS.iter().zip(&values) {
            if let Some(v) = v {
                x.empty("attvalue", &[("for", key), ("value", v)])?;
            }
        }
        x.close("attvalues")?;
        if let Some((start, end)) = w.interval() {
            x.open("spells", &[])?;
            x.empty("spell", &[("start", &start), ("end", &end)])?;
            x.close("spells")?;
        }
        x.close("edge")?;
    }
    x.close("edges")?;
    x.close("graph")?;
    x.close("gexf")?;
    x.finish()
}
