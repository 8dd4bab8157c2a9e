//! A self-contained HTML viewer: one file that works offline. The view is
//! embedded as JSON in `<script type="application/json" id="data">` (with
//! `</` written `<\/` and `<!--` written `<\u0021--`, so no label can end the
//! element), followed by the viewer's own script and style (`viewer.js`,
//! `viewer.css`; no third-party code, no network: a Content-Security-Policy
//! forbids every fetch). The script lays the graph out on a canvas with a
//! force-directed layout (grid-based repulsion, a fixed number of rounds),
//! then offers pan, zoom, a class legend, a search box and a side panel with a
//! node's facts and an edge's evidence. Every text is inserted with
//! `textContent`. When the layout ends the page title reads
//! `drawn N nodes M edges in T ms`; `#q=LABEL` in the address selects a node,
//! `#e=INDEX` an edge.

use super::{io_error, View};
use crate::error::Result;
use petgraph::visit::EdgeRef;
use serde_json::{json, Map, Value};
use std::io::Write;

const VIEWER_JS: &str = include_str!("viewer.js");
const VIEWER_CSS: &str = include_str!("viewer.css");

/// The view as the viewer's JSON: `nodes` (by index), `edges` (`s`, `t` are
/// node indices) and `legend` (`[class, colour]`, sorted by class).
pub fn data(view: &View) -> Value {
    let g = &view.graph;
    let nodes: Vec<Value> = g
        .node_indices()
        .map(|i| {
            let n = &g[i];
            let mut d = Map::new();
            d.insert("label".into(), json!(n.label));
            d.insert("class".into(), json!(n.class));
            d.insert("iri".into(), json!(n.iri));
            d.insert("degree".into(), json!(n.degree));
            d.insert("pagerank".into(), json!(n.pagerank));
            d.insert("community".into(), json!(n.community));
            if !n.attributes.is_empty() {
                d.insert("attributes".into(), json!(n.attributes));
            }
            Value::Object(d)
        })
        .collect();
    let edges: Vec<Value> = g
        .edge_references()
        .map(|e| {
            let w = e.weight();
            let mut d = Map::new();
            d.insert("s".into(), json!(e.source().index()));
            d.insert("t".into(), json!(e.target().index()));
            d.insert("label".into(), json!(w.label));
            d.insert("predicate".into(), json!(w.predicate));
            d.insert("evidence".into(), json!(w.evidence));
            d.insert("sentence".into(), json!(w.sentence));
            d.insert("documents".into(), json!(w.documents));
            if let Some(s) = &w.start {
                d.insert("start".into(), json!(s));
            }
            if let Some(s) = &w.end {
                d.insert("end".into(), json!(s));
            }
            Value::Object(d)
        })
        .collect();
    let legend: Vec<Value> = view.legend.iter().map(|(c, rgb)| json!([c, rgb.hex()])).collect();
    json!({ "nodes": nodes, "edges": edges, "legend": legend })
}

/// JSON text that is safe inside a `<script>` element: `</` becomes `<\/`
/// and `<!--` becomes `<\u0021--` (both mean the same to a JSON parser).
pub fn script_safe_json(value: &Value) -> Result<String> {
    let text = serde_json::to_string(value).map_err(io_error)?;
    Ok(text.replace("</", "<\\/").replace("<!--", "<\\u0021--"))
}

/// Writes the view as one HTML file.
pub fn write(view: &View, out: &mut dyn Write) -> Result<()> {
    let json = script_safe_json(&data(view))?;
    let heading = format!("{} nodes, {} edges", view.node_count(), view.edge_count());
    write!(
        out,
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="vnkg">
<title>vnkg graph</title>
<style>
{VIEWER_CSS}</style>
</head>
<body>
<div id="bar">
<strong>vnkg</strong> <span id="count">{heading}</span>
<input id="search" type="search" placeholder="Search a label…" autocomplete="off" aria-label="Search a label">
<span id="status">laying out…</span>
<div id="matches"></div>
</div>
<canvas id="canvas"></canvas>
<div id="legend" aria-label="Classes"></div>
<aside id="panel" hidden></aside>
<script type="application/json" id="data">{json}</script>
<script>
{VIEWER_JS}</script>
</body>
</html>
"#
    )
    .map_err(io_error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_viewer_cannot_close_its_own_script() {
        assert!(!VIEWER_JS.to_lowercase().contains("</script"));
        assert!(!VIEWER_JS.contains("<!--"));
        assert!(!VIEWER_CSS.to_lowercase().contains("</style"));
        for forbidden in [
            "http://",
            "https://",
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
        ] {
            assert!(!VIEWER_JS.contains(forbidden), "viewer.js uses {forbidden}");
        }
    }

    #[test]
    fn json_is_escaped_for_a_script_element() {
        let v = json!({"label": "</script><script>alert(1)</script><!--"});
        let s = script_safe_json(&v).expect("json");
        assert!(!s.contains("</"));
        assert!(!s.contains("<!--"));
        let back: Value = serde_json::from_str(&s).expect("parses");
        assert_eq!(back, v);
    }
}
