//! Graphviz DOT: a `digraph` (not strict: parallel edges stay) with every id
//! quoted and escaped, one `subgraph cluster_<class>` per class with that
//! class's `fillcolor`, edge labels, and a legend node (class `legend` in the
//! SVG, so scripts can tell it from the entities).

use super::View;
use crate::error::Result;
use petgraph::visit::EdgeRef;
use std::collections::BTreeMap;
use std::io::Write;

/// A DOT double-quoted string: `"` and `\` escaped, line breaks as `\n`.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes the view as DOT.
pub fn write(view: &View, out: &mut dyn Write) -> Result<()> {
    let mut s = String::new();
    let g = &view.graph;
    s.push_str("digraph \"vnkg\" {\n");
    s.push_str("  graph [rankdir=LR, newrank=true, charset=\"UTF-8\", fontname=\"Helvetica\", label=\"vnkg\"];\n");
    s.push_str("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
    s.push_str("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    let mut by_class: BTreeMap<&str, Vec<_>> = BTreeMap::new();
    for i in g.node_indices() {
        by_class.entry(g[i].class.as_str()).or_default().push(i);
    }
    for (class, nodes) in &by_class {
        let color = super::class_color(class).hex();
        s.push_str(&format!(
            "  subgraph {} {{\n    label={};\n    node [fillcolor={}];\n",
            quote(&format!("cluster_{class}")),
            quote(class),
            quote(&color)
        ));
        for i in nodes {
            let n = &g[*i];
            s.push_str(&format!(
                "    {} [label={}, tooltip={}, class={}];\n",
                quote(&n.iri),
                quote(&n.label),
                quote(&n.iri),
                quote(&n.class)
            ));
        }
        s.push_str("  }\n");
    }
    for e in g.edge_references() {
        let w = e.weight();
        s.push_str(&format!(
            "  {} -> {} [label={}, tooltip={}, weight={}];\n",
            quote(&g[e.source()].iri),
            quote(&g[e.target()].iri),
            quote(&w.label),
            quote(&w.predicate),
            w.weight()
        ));
    }
    // The legend: one HTML-like table, a row per class in its colour.
    let mut rows = String::new();
    for (class, rgb) in &view.legend {
        rows.push_str(&format!(
            "<TR><TD BGCOLOR=\"{}\">{}</TD></TR>",
            rgb.hex(),
            quick_xml::escape::escape(class.as_str())
        ));
    }
    if !rows.is_empty() {
        s.push_str(&format!(
            "  \"legend\" [shape=plaintext, style=\"\", class=\"legend\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\"><TR><TD><B>class</B></TD></TR>{rows}</TABLE>>];\n"
        ));
    }
    s.push_str("}\n");
    out.write_all(s.as_bytes()).map_err(super::io_error)
}
