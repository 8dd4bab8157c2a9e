//! Cytoscape.js JSON (`.cyjs`, also imported by Cytoscape desktop and read by
//! networkx `cytoscape_graph`): `data.value` and `data.name` on every node,
//! `data.key` on every edge, `directed` and `multigraph` at the top.

use super::{io_error, node_id, View};
use crate::error::Result;
use petgraph::visit::EdgeRef;
use serde_json::{json, Map, Value};
use std::io::Write;

/// Writes the view as one JSON document.
pub fn write(view: &View, out: &mut dyn Write) -> Result<()> {
    let g = &view.graph;
    let nodes: Vec<Value> = g
        .node_indices()
        .map(|i| {
            let n = &g[i];
            let id = node_id(i);
            let mut d = Map::new();
            d.insert("id".into(), json!(id));
            d.insert("value".into(), json!(id));
            d.insert("name".into(), json!(n.label));
            d.insert("label".into(), json!(n.label));
            d.insert("iri".into(), json!(n.iri));
            d.insert("class".into(), json!(n.class));
            d.insert("color".into(), json!(n.color.hex()));
            d.insert("degree".into(), json!(n.degree));
            d.insert("pagerank".into(), json!(n.pagerank));
            d.insert("community".into(), json!(n.community));
            for (k, v) in &n.attributes {
                d.entry(k.clone()).or_insert_with(|| json!(v));
            }
            json!({ "data": d, "classes": n.class })
        })
        .collect();
    let edges: Vec<Value> = g
        .edge_references()
        .map(|e| {
            let w = e.weight();
            let mut d = Map::new();
            d.insert("id".into(), json!(format!("e{}", e.id().index())));
            d.insert("source".into(), json!(node_id(e.source())));
            d.insert("target".into(), json!(node_id(e.target())));
            d.insert("label".into(), json!(w.label));
            d.insert("predicate".into(), json!(w.predicate));
            d.insert("key".into(), json!(e.id().index()));
            d.insert("weight".into(), json!(w.weight()));
            d.insert("evidence".into(), json!(w.evidence));
            d.insert("sentence".into(), json!(w.sentence));
            d.insert("documents".into(), json!(w.documents));
            if let Some(s) = &w.start {
                d.insert("startDate".into(), json!(s));
            }
            if let Some(s) = &w.end {
                d.insert("endDate".into(), json!(s));
            }
            json!({ "data": d, "classes": w.label })
        })
        .collect();
    let legend: Map<String, Value> = view
        .legend
        .iter()
        .map(|(c, rgb)| (c.clone(), json!(rgb.hex())))
        .collect();
    let doc = json!({
        "data": { "name": "vnkg", "legend": legend },
        "directed": true,
        "multigraph": true,
        "elements": { "nodes": nodes, "edges": edges },
    });
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io_error)?;
    writeln!(out).map_err(io_error)?;
    Ok(())
}
