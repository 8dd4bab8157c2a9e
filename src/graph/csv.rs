//! CSV for Gephi's spreadsheet import and Neo4j's `LOAD CSV`: `nodes.csv`
//! (`Id,Label,…`, the IRI as id) and `edges.csv` (`Source,Target,Type,Label,Weight,…`),
//! quoted as RFC 4180 says (a field with a comma, a quote or a line break
//! goes in double quotes, its quotes doubled).

use super::View;
use crate::error::{Error, Result};
use petgraph::visit::EdgeRef;
use std::path::Path;

/// One field, quoted when it needs to be.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Writes rows to `path`, CRLF-free (one `\n` per record).
fn write_file<R: AsRef<[String]>>(path: &Path, rows: impl Iterator<Item = R>) -> Result<()> {
    let mut text = String::new();
    for row in rows {
        let fields: Vec<String> = row.as_ref().iter().map(|f| field(f)).collect();
        text.push_str(&fields.join(","));
        text.push('\n');
    }
    std::fs::write(path, text).map_err(|e| Error::io(path, e))
}

/// Writes `dir/nodes.csv` and `dir/edges.csv`, creating `dir` if needed.
pub fn write_dir(view: &View, dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let g = &view.graph;
    let attrs = view.attribute_names();

    let mut head: Vec<String> = ["Id", "Label", "Class", "Color", "Degree", "PageRank", "Community"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    head.extend(attrs.iter().cloned());
    let nodes = g.node_weights().map(|n| {
        let mut row = vec![
            n.iri.clone(),
            n.label.clone(),
            n.class.clone(),
            n.color.hex(),
            n.degree.to_string(),
            n.pagerank.to_string(),
            n.community.to_string(),
        ];
        row.extend(attrs.iter().map(|a| n.attributes.get(a).cloned().unwrap_or_default()));
        row
    });
    write_file(&dir.join("nodes.csv"), std::iter::once(head).chain(nodes))?;

    let head: Vec<String> = [
        "Source",
        "Target",
        "Type",
        "Label",
        "Weight",
        "Id",
        "Predicate",
        "Evidence",
        "Sentence",
        "Documents",
        "StartDate",
        "EndDate",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let edges = g.edge_references().map(|e| {
        let x = e.weight();
        vec![
            g[e.source()].iri.clone(),
            g[e.target()].iri.clone(),
            "Directed".to_string(),
            x.label.clone(),
            x.weight().to_string(),
            format!("e{}", e.id().index()),
            x.predicate.clone(),
            x.evidence.to_string(),
            x.sentence.clone(),
            x.documents.join("; "),
            x.start.clone().unwrap_or_default(),
            x.end.clone().unwrap_or_default(),
        ]
    });
    write_file(&dir.join("edges.csv"), std::iter::once(head).chain(edges))
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoting() {
        assert_eq!(super::field("plain"), "plain");
        assert_eq!(super::field("a, b"), "\"a, b\"");
        assert_eq!(super::field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(super::field("two\nlines"), "\"two\nlines\"");
    }
}
