//! GraphML for Gephi and yEd in one file: Gephi reads the `label`, `r`, `g`,
//! `b` and `weight` keys; yEd draws the yFiles graphics (`y:ShapeNode` with
//! the class colour and the label, `y:PolyLineEdge` with the relation). Every
//! key is declared, every edge has an id, and the legend is a graph attribute.

use super::xml::Xml;
use super::{node_id, View};
use crate::error::Result;
use petgraph::visit::EdgeRef;
use std::io::Write;

const NS: &str = "http://graphml.graphdrawing.org/xmlns";
const YNS: &str = "http://www.yworks.com/xml/graphml";

/// (id, for, attr.name, attr.type) of the plain keys.
const NODE_KEYS: [(&str, &str, &str); 10] = [
    ("label", "label", "string"),
    ("iri", "iri", "string"),
    ("class", "class", "string"),
    ("color", "color", "string"),
    ("r", "r", "int"),
    ("g", "g", "int"),
    ("b", "b", "int"),
    ("degree", "degree", "int"),
    ("pagerank", "pagerank", "double"),
    ("community", "community", "int"),
];

const EDGE_KEYS: [(&str, &str, &str); 8] = [
    ("elabel", "label", "string"),
    ("predicate", "predicate", "string"),
    ("weight", "weight", "double"),
    ("evidence", "evidence", "int"),
    ("sentence", "sentence", "string"),
    ("documents", "documents", "string"),
    ("estart", "startDate", "string"),
    ("eend", "endDate", "string"),
];

/// Writes the view as GraphML.
pub fn write(view: &View, out: &mut dyn Write) -> Result<()> {
    let g = &view.graph;
    let mut x = Xml::new(out)?;
    x.open("graphml", &[("xmlns", NS), ("xmlns:y", YNS)])?;
    x.empty(
        "key",
        &[
            ("id", "legend"),
            ("for", "graph"),
            ("attr.name", "legend"),
            ("attr.type", "string"),
        ],
    )?;
    for (id, name, ty) in NODE_KEYS {
        x.empty(
            "key",
            &[("id", id), ("for", "node"), ("attr.name", name), ("attr.type", ty)],
        )?;
    }
    let attrs = view.attribute_names();
    let attr_ids: Vec<String> = attrs.iter().map(|a| format!("a_{a}")).collect();
    for (id, name) in attr_ids.iter().zip(&attrs) {
        x.empty(
            "key",
            &[
                ("id", id),
                ("for", "node"),
                ("attr.name", name),
                ("attr.type", "string"),
            ],
        )?;
    }
    x.empty("key", &[("id", "ng"), ("for", "node"), ("yfiles.type", "nodegraphics")])?;
    for (id, name, ty) in EDGE_KEYS {
        x.empty(
            "key",
            &[("id", id), ("for", "edge"), ("attr.name", name), ("attr.type", ty)],
        )?;
    }
    x.empty("key", &[("id", "eg"), ("for", "edge"), ("yfiles.type", "edgegraphics")])?;

    x.open("graph", &[("id", "vnkg"), ("edgedefault", "directed")])?;
    x.text("data", &[("key", "legend")], &view.legend_text())?;
    for i in g.node_indices() {
        let n = &g[i];
        let id = node_id(i);
        x.open("node", &[("id", &id)])?;
        let values = [
            n.label.clone(),
            n.iri.clone(),
            n.class.clone(),
            n.color.hex(),
            n.color.0.to_string(),
            n.color.1.to_string(),
            n.color.2.to_string(),
            n.degree.to_string(),
            n.pagerank.to_string(),
            n.community.to_string(),
        ];
        for ((key, _, _), v) in NODE_KEYS.iter().zip(&values) {
            x.text("data", &[("key", key)], v)?;
        }
        for (id, name) in attr_ids.iter().zip(&attrs) {
            if let Some(v) = n.attributes.get(name) {
                x.text("data", &[("key", id)], v)?;
            }
        }
        x.open("data", &[("key", "ng")])?;
        x.open("y:ShapeNode", &[])?;
        let width = (n.label.chars().count() * 7 + 16).max(30).to_string();
        x.empty("y:Geometry", &[("height", "30.0"), ("width", &width)])?;
        x.empty(
            "y:Fill",
            &[("color", &n.color.hex().to_uppercase()), ("transparent", "false")],
        )?;
        x.text("y:NodeLabel", &[], &n.label)?;
        x.empty("y:Shape", &[("type", "roundrectangle")])?;
        x.close("y:ShapeNode")?;
        x.close("data")?;
        x.close("node")?;
    }
    for e in g.edge_references() {
        let w = e.weight();
        let (id, s, t) = (format!("e{}", e.id().index()), node_id(e.source()), node_id(e.target()));
        x.open("edge", &[("id", &id), ("source", &s), ("target", &t)])?;
        let values = [
            Some(w.label.clone()),
            Some(w.predicate.clone()),
            Some(w.weight().to_string()),
            Some(w.evidence.to_string()),
            Some(w.sentence.clone()),
            Some(w.documents.join("; ")),
            w.start.clone(),
            w.end.clone(),
        ];
        for ((key, _, _), v) in EDGE_KEYS.iter().zip(&values) {
            if let Some(v) = v {
                x.text("data", &[("key", key)], v)?;
            }
        }
        x.open("data", &[("key", "eg")])?;
        x.open("y:PolyLineEdge", &[])?;
        x.empty("y:Arrows", &[("source", "none"), ("target", "standard")])?;
        x.text("y:EdgeLabel", &[], &w.label)?;
        x.close("y:PolyLineEdge")?;
        x.close("data")?;
        x.close("edge")?;
    }
    x.close("graph")?;
    x.close("graphml")?;
    x.finish()
}
