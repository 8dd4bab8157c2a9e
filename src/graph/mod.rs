//! A property-graph view of the RDF graph, for tools that draw graphs (Gephi,
//! yEd, Cytoscape, Graphviz, networkx, Neo4j): entities are nodes, the
//! `vnkg:` facts of the document graphs are edges (one per distinct triple,
//! with its evidence count, first sentence, documents and event dates), and
//! literals become node attributes. Documents, evidence and sentences are not
//! nodes; posts are. The view is built with petgraph, filtered by a
//! [`GraphFilter`], measured (degree, PageRank, communities by label
//! propagation) and written by the format modules. Everything is sorted, so
//! the same store gives the same bytes.

pub mod csv;
pub mod cytoscape;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
mod xml;

use crate::corpus::parse_date;
use crate::error::{Error, Result};
use crate::fact::PartialDate;
use crate::store::Store;
use crate::vocab::*;
use oxigraph::model::{GraphName, NamedOrBlankNode, Term};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::Write;
use std::path::Path;

/// The graph file formats of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    GraphMl,
    Gexf,
    Dot,
    Cytoscape,
    Csv,
    Html,
}

impl GraphFormat {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "graphml" => GraphFormat::GraphMl,
            "gexf" => GraphFormat::Gexf,
            "dot" | "gv" => GraphFormat::Dot,
            "cytoscape" | "cyjs" => GraphFormat::Cytoscape,
            "csv" => GraphFormat::Csv,
            "html" | "htm" => GraphFormat::Html,
            _ => return None,
        })
    }
}

/// A colour of the palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The fixed colour of each class (local names); anything else is grey.
const PALETTE: [(&str, Rgb); 21] = [
    ("Country", Rgb(31, 119, 180)),
    ("Treaty", Rgb(214, 39, 40)),
    ("Declaration", Rgb(255, 152, 150)),
    ("Body", Rgb(44, 160, 44)),
    ("Agency", Rgb(152, 223, 138)),
    ("Event", Rgb(255, 127, 14)),
    ("Session", Rgb(255, 187, 120)),
    ("Meeting", Rgb(219, 161, 58)),
    ("Congress", Rgb(188, 189, 34)),
    ("Conference", Rgb(219, 219, 141)),
    ("SigningCeremony", Rgb(140, 86, 75)),
    ("Seminar", Rgb(196, 156, 148)),
    ("Webinar", Rgb(227, 119, 194)),
    ("Workshop", Rgb(247, 182, 210)),
    ("TrainingCourse", Rgb(174, 199, 232)),
    ("Visit", Rgb(23, 190, 207)),
    ("Person", Rgb(148, 103, 189)),
    ("Post", Rgb(197, 176, 213)),
    ("Place", Rgb(158, 218, 229)),
    ("Topic", Rgb(127, 127, 127)),
    ("Thing", Rgb(199, 199, 199)),
];

/// The colour of a class (its local name).
pub fn class_color(class: &str) -> Rgb {
    PALETTE
        .iter()
        .find(|(c, _)| *c == class)
        .map(|(_, rgb)| *rgb)
        .unwrap_or(Rgb(199, 199, 199))
}

/// An entity of the view.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub iri: String,
    /// skos:prefLabel, else rdfs:label, else the IRI's last segment.
    pub label: String,
    /// Local name of the most specific vnkg: class (`Thing` when none).
    pub class: String,
    pub color: Rgb,
    /// In + out edges of the (filtered) view.
    pub degree: usize,
    pub pagerank: f64,
    /// Community number (label propagation), 0, 1, … in order of first node.
    pub community: usize,
    /// Literal values by the local name of their vnkg: property
    /// (`startDate`, `endDate`, `ordinal`, …); several values joined by " | ".
    pub attributes: BTreeMap<String, String>,
}

/// A fact of the view: one per distinct (subject, predicate, object).
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub predicate: String,
    /// The predicate's local name.
    pub label: String,
    /// Number of vnkg:Evidence nodes that support the fact.
    pub evidence: usize,
    /// The text of the first supporting sentence (by file name, then offset).
    pub sentence: String,
    /// File names of the documents whose graphs assert the fact, sorted.
    pub documents: Vec<String>,
    /// startDate / endDate of the event at either end (the subject's first), as written.
    pub start: Option<String>,
    pub end: Option<String>,
}

impl Edge {
    /// Weight for the tools: the evidence count, at least 1.
    pub fn weight(&self) -> usize {
        self.evidence.max(1)
    }

    /// The dates as a closed interval of full dates (`YYYY-MM-DD`): a partial
    /// start counts from its first day, a partial end to its last.
    pub fn interval(&self) -> Option<(String, String)> {
        let start = parse_date(self.start.as_deref().or(self.end.as_deref())?)?;
        let end = parse_date(self.end.as_deref().or(self.start.as_deref())?)?;
        Some((full(lower(&start)), full(upper(&end))))
    }
}

/// The property-graph view: nodes sorted by IRI, edges by (source, predicate, target).
#[derive(Debug, Clone)]
pub struct View {
    pub graph: DiGraph<Node, Edge>,
    /// The classes present, with their colour, sorted by class.
    pub legend: Vec<(String, Rgb)>,
}

impl View {
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }
    /// The literal attribute names used by some node, sorted.
    pub fn attribute_names(&self) -> Vec<String> {
        let set: BTreeSet<&String> = self.graph.node_weights().flat_map(|n| n.attributes.keys()).collect();
        set.into_iter().cloned().collect()
    }
    /// The legend as text: `Country #1f77b4; Treaty #d62728; …`.
    pub fn legend_text(&self) -> String {
        self.legend
            .iter()
            .map(|(c, rgb)| format!("{c} {}", rgb.hex()))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// Which part of the graph to keep. The default keeps everything.
#[derive(Debug, Clone, Default)]
pub struct GraphFilter {
    /// Keep the nodes within `hops` hops (either direction) of the entity
    /// whose prefLabel or altLabel is this, case-insensitively.
    pub focus: Option<String>,
    pub hops: usize,
    /// Keep nodes of these classes or their subclasses (`Event`, `vnkg:Event` or the IRI).
    pub classes: Vec<String>,
    /// Keep edges of these relations (`partyTo`, `vnkg:partyTo` or the IRI).
    pub relations: Vec<String>,
    /// Keep facts asserted by these documents (file names).
    pub documents: Vec<String>,
    /// Keep edges whose event dates overlap [since, until]
    /// (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); edges without dates stay.
    pub since: Option<String>,
    pub until: Option<String>,
    /// Drop nodes with fewer edges than this (counted after the other filters).
    pub min_degree: usize,
}

impl GraphFilter {
    fn filters_edges(&self) -> bool {
        !self.relations.is_empty() || !self.documents.is_empty() || self.since.is_some() || self.until.is_some()
    }
}

// ---------------------------------------------------------------------------
// Reading the store

/// What one pass over the quads gathers.
#[derive(Default)]
struct Raw {
    types: BTreeMap<String, BTreeSet<String>>,
    subclass: BTreeMap<String, BTreeSet<String>>,
    pref: BTreeMap<String, String>,
    rdfs_label: BTreeMap<String, String>,
    alt: BTreeMap<String, Vec<String>>,
    literals: BTreeMap<String, BTreeMap<String, BTreeSet<String>>>,
    /// (s, p, o) → graphs that assert it.
    facts: BTreeMap<(String, String, String), BTreeSet<String>>,
    mentioned: BTreeSet<String>,
    ev_subject: BTreeMap<String, String>,
    ev_predicate: BTreeMap<String, String>,
    ev_object: BTreeMap<String, String>,
    ev_sentence: BTreeMap<String, String>,
    ev_graph: BTreeMap<String, String>,
    sentence_text: BTreeMap<String, String>,
    sentence_start: BTreeMap<String, u64>,
    file_name: BTreeMap<String, String>,
    properties: BTreeSet<String>,
}

const SKIP_PREDICATES: [&str; 4] = ["mentions", "sentence", "inDocument", "rule"];

fn read(store: &Store) -> Result<Raw> {
    let mut raw = Raw::default();
    let vnkg = |local: &str| format!("{VNKG}{local}");
    let (p_sentence, p_text, p_start, p_file) = (vnkg("sentence"), vnkg("text"), vnkg("startOffset"), vnkg("fileName"));
    let p_mentions = vnkg("mentions");
    for q in store.oxigraph().iter() {
        let q = q?;
        let graph = match &q.graph_name {
            GraphName::NamedNode(g) => Some(g.as_str()),
            _ => None,
        };
        let is_doc = graph.is_some_and(|g| g != ONTOLOGY_GRAPH);
        let NamedOrBlankNode::NamedNode(s) = &q.subject else {
            continue;
        };
        let s = s.as_str();
        let p = q.predicate.as_str();
        match &q.object {
            Term::NamedNode(o) => {
                let o = o.as_str();
                if p == RDF_TYPE {
                    raw.types.entry(s.into()).or_default().insert(o.into());
                    if o == OWL_OBJECT_PROPERTY && s.starts_with(VNKG) {
                        raw.properties.insert(s.into());
                    }
                } else if p == RDFS_SUBCLASS_OF {
                    raw.subclass.entry(s.into()).or_default().insert(o.into());
                } else if p == RDF_SUBJECT {
                    raw.ev_subject.insert(s.into(), o.into());
                    if let Some(g) = graph {
                        raw.ev_graph.insert(s.into(), g.into());
                    }
                } else if p == RDF_PREDICATE {
                    raw.ev_predicate.insert(s.into(), o.into());
                } else if p == RDF_OBJECT {
                    raw.ev_object.insert(s.into(), o.into());
                } else if p == p_sentence {
                    raw.ev_sentence.insert(s.into(), o.into());
                } else if p == p_mentions {
                    if is_doc {
                        raw.mentioned.insert(o.into());
                    }
                } else if let Some(local) = p.strip_prefix(VNKG) {
                    if is_doc && !SKIP_PREDICATES.contains(&local) {
                        let g = graph.unwrap_or_default().to_string();
                        raw.facts.entry((s.into(), p.into(), o.into())).or_default().insert(g);
                    }
                }
            }
            Term::Literal(l) => {
                let v = l.value();
                if p == SKOS_PREF_LABEL {
                    keep_smallest(&mut raw.pref, s, v);
                } else if p == RDFS_LABEL {
                    keep_smallest(&mut raw.rdfs_label, s, v);
                } else if p == SKOS_ALT_LABEL {
                    raw.alt.entry(s.into()).or_default().push(v.into());
                } else if p == p_text {
                    raw.sentence_text.insert(s.into(), v.into());
                } else if p == p_start {
                    raw.sentence_start.insert(s.into(), v.parse().unwrap_or(0));
                } else if p == p_file {
                    raw.file_name.insert(s.into(), v.into());
                } else if let Some(local) = p.strip_prefix(VNKG) {
                    raw.literals
                        .entry(s.into())
                        .or_default()
                        .entry(local.into())
                        .or_default()
                        .insert(v.into());
                }
            }
            _ => {}
        }
    }
    Ok(raw)
}

fn keep_smallest(map: &mut BTreeMap<String, String>, key: &str, value: &str) {
    match map.get(key) {
        Some(old) if old.as_str() <= value => {}
        _ => {
            map.insert(key.into(), value.into());
        }
    }
}

fn local_name(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

/// Every superclass of `class` (itself included), through rdfs:subClassOf.
fn ancestors(subclass: &BTreeMap<String, BTreeSet<String>>, class: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::from([class.to_string()]);
    let mut todo = vec![class.to_string()];
    while let Some(c) = todo.pop() {
        for sup in subclass.get(&c).into_iter().flatten() {
            if seen.insert(sup.clone()) {
                todo.push(sup.clone());
            }
        }
    }
    seen
}

/// The most specific vnkg: class among `types`: the first (by IRI) that is
/// not a superclass of another of them.
fn most_specific(subclass: &BTreeMap<String, BTreeSet<String>>, types: &BTreeSet<String>) -> Option<String> {
    let ours: Vec<&String> = types.iter().filter(|t| t.starts_with(VNKG)).collect();
    ours.iter()
        .find(|t| {
            !ours
                .iter()
                .any(|other| other != *t && ancestors(subclass, other).contains(t.as_str()))
        })
        .map(|t| t.to_string())
}

fn resolve_term(name: &str) -> String {
    if name.starts_with("http://") || name.starts_with("https://") {
        name.to_string()
    } else {
        format!("{VNKG}{}", name.trim_start_matches("vnkg:"))
    }
}

fn lower(d: &PartialDate) -> (i32, u8, u8) {
    (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
}

fn upper(d: &PartialDate) -> (i32, u8, u8) {
    let month = d.month.unwrap_or(12);
    let day = d.day.unwrap_or_else(|| days_in_month(d.year, month));
    (d.year, month, day)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn full((y, m, d): (i32, u8, u8)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn date_arg(what: &str, s: &Option<String>) -> Result<Option<PartialDate>> {
    match s {
        None => Ok(None),
        Some(v) => parse_date(v)
            .map(Some)
            .ok_or_else(|| Error::Invalid(format!("{what} '{v}': give a date as YYYY, YYYY-MM or YYYY-MM-DD"))),
    }
}

/// The excluded classes: the evidence model is not part of the view.
fn is_record(types: Option<&BTreeSet<String>>) -> bool {
    types.is_some_and(|t| {
        ["Document", "Evidence", "Sentence", "Rule"]
            .iter()
            .any(|c| t.contains(&format!("{VNKG}{c}")))
    })
}

/// One piece of evidence for a fact: (file, sentence offset, evidence IRI, sentence text).
type Support<'a> = (String, u64, &'a str, &'a str);

/// Builds the view of `store`, keeping what `filter` asks for.
pub fn view(store: &Store, filter: &GraphFilter) -> Result<View> {
    let raw = read(store)?;
    let since = date_arg("--since", &filter.since)?;
    let until = date_arg("--until", &filter.until)?;

    // Classes and relations the filter names must exist.
    let known_classes: BTreeSet<&String> = raw
        .subclass
        .iter()
        .flat_map(|(c, sup)| std::iter::once(c).chain(sup))
        .chain(raw.types.values().flatten())
        .filter(|c| c.starts_with(VNKG))
        .collect();
    let classes: Vec<String> = filter.classes.iter().map(|c| resolve_term(c)).collect();
    for (c, arg) in classes.iter().zip(&filter.classes) {
        if !known_classes.contains(c) {
            return Err(Error::Invalid(format!("--class {arg}: no such class in the ontology")));
        }
    }
    let relations: BTreeSet<String> = filter.relations.iter().map(|r| resolve_term(r)).collect();
    for (r, arg) in relations.iter().zip(&filter.relations) {
        if !raw.properties.contains(r) && !raw.facts.keys().any(|(_, p, _)| p == r) {
            return Err(Error::Invalid(format!("--relation {arg}: no such relation")));
        }
    }
    let documents: BTreeSet<String> = filter
        .documents
        .iter()
        .map(|d| {
            Path::new(d)
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_else(|| d.clone())
        })
        .collect();

    // Evidence per fact: (file, sentence offset, evidence IRI, sentence text).
    let mut evidence: BTreeMap<(&str, &str, &str), Vec<Support>> = BTreeMap::new();
    for (ev, s) in &raw.ev_subject {
        let (Some(p), Some(o)) = (raw.ev_predicate.get(ev), raw.ev_object.get(ev)) else {
            continue;
        };
        let sent = raw.ev_sentence.get(ev).map(String::as_str).unwrap_or("");
        let file = raw
            .ev_graph
            .get(ev)
            .and_then(|g| raw.file_name.get(g))
            .cloned()
            .unwrap_or_default();
        let start = raw.sentence_start.get(sent).copied().unwrap_or(0);
        let text = raw.sentence_text.get(sent).map(String::as_str).unwrap_or("");
        evidence
            .entry((s.as_str(), p.as_str(), o.as_str()))
            .or_default()
            .push((file, start, ev.as_str(), text));
    }
    for list in evidence.values_mut() {
        list.sort();
    }

    // Candidate nodes: the ends of facts, and what documents mention.
    let mut entities: BTreeSet<&str> = raw.mentioned.iter().map(String::as_str).collect();
    for (s, _, o) in raw.facts.keys() {
        entities.insert(s);
        entities.insert(o);
    }
    entities.retain(|e| !is_record(raw.types.get(*e)));

    let class_of = |iri: &str| -> String {
        raw.types
            .get(iri)
            .and_then(|t| most_specific(&raw.subclass, t))
            .map(|c| local_name(&c).to_string())
            .unwrap_or_else(|| "Thing".to_string())
    };
    let dates_of = |iri: &str| -> Option<(Option<String>, Option<String>)> {
        let lit = raw.literals.get(iri)?;
        let first = |k: &str| lit.get(k).and_then(|v| v.iter().next().cloned());
        let (s, e) = (first("startDate"), first("endDate"));
        (s.is_some() || e.is_some()).then_some((s, e))
    };

    // Edges, filtered on their own properties.
    let mut edges: Vec<(&str, &str, Edge)> = Vec::new();
    for ((s, p, o), graphs) in &raw.facts {
        if !entities.contains(s.as_str()) || !entities.contains(o.as_str()) {
            continue;
        }
        if !relations.is_empty() && !relations.contains(p) {
            continue;
        }
        let mut docs: Vec<String> = graphs
            .iter()
            .map(|g| raw.file_name.get(g).cloned().unwrap_or_else(|| g.clone()))
            .collect();
        docs.sort();
        docs.dedup();
        if !documents.is_empty() && !docs.iter().any(|d| documents.contains(d)) {
            continue;
        }
        let ev = evidence.get(&(s.as_str(), p.as_str(), o.as_str()));
        let (start, end) = dates_of(s).or_else(|| dates_of(o)).unwrap_or((None, None));
        let edge = Edge {
            predicate: p.clone(),
            label: local_name(p).to_string(),
            evidence: ev.map_or(0, Vec::len),
            sentence: ev
                .and_then(|l| l.first())
                .map(|(_, _, _, t)| t.to_string())
                .unwrap_or_default(),
            documents: docs,
            start,
            end,
        };
        if since.is_some() || until.is_some() {
            if let Some((a, b)) = edge.interval() {
                let after = since.as_ref().is_some_and(|d| b < full(lower(d)));
                let before = until.as_ref().is_some_and(|d| a > full(upper(d)));
                if after || before {
                    continue;
                }
            }
        }
        edges.push((s, o, edge));
    }

    // Nodes, filtered by class.
    let mut keep: BTreeSet<&str> = entities
        .iter()
        .copied()
        .filter(|e| {
            classes.is_empty() || {
                let t = raw.types.get(*e);
                let all: BTreeSet<String> = t
                    .into_iter()
                    .flatten()
                    .flat_map(|c| ancestors(&raw.subclass, c))
                    .collect();
                classes.iter().any(|c| all.contains(c))
            }
        })
        .collect();
    if filter.filters_edges() {
        let ends: BTreeSet<&str> = edges.iter().flat_map(|(s, o, _)| [*s, *o]).collect();
        keep.retain(|n| ends.contains(n));
    }
    edges.retain(|(s, o, _)| keep.contains(s) && keep.contains(o));

    // Focus: within `hops` of the named entity, either direction.
    if let Some(label) = &filter.focus {
        let want = label.to_lowercase();
        let seeds: Vec<&str> = entities
            .iter()
            .copied()
            .filter(|e| {
                raw.pref.get(*e).is_some_and(|l| l.to_lowercase() == want)
                    || raw
                        .alt
                        .get(*e)
                        .is_some_and(|ls| ls.iter().any(|l| l.to_lowercase() == want))
            })
            .collect();
        if seeds.is_empty() {
            return Err(Error::Invalid(format!(
                "--focus: no entity in the graph is called '{label}'"
            )));
        }
        let mut adj: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (s, o, _) in &edges {
            adj.entry(s).or_default().push(o);
            adj.entry(o).or_default().push(s);
        }
        let mut dist: BTreeMap<&str, usize> = BTreeMap::new();
        let mut todo: VecDeque<&str> = VecDeque::new();
        for s in seeds.iter().filter(|s| keep.contains(**s)) {
            dist.insert(s, 0);
            todo.push_back(s);
        }
        while let Some(n) = todo.pop_front() {
            let d = dist[n];
            if d >= filter.hops {
                continue;
            }
            for m in adj.get(n).into_iter().flatten() {
                if !dist.contains_key(m) {
                    dist.insert(m, d + 1);
                    todo.push_back(m);
                }
            }
        }
        keep.retain(|n| dist.contains_key(n));
        edges.retain(|(s, o, _)| keep.contains(s) && keep.contains(o));
    }

    if filter.min_degree > 0 {
        let mut degree: BTreeMap<&str, usize> = BTreeMap::new();
        for (s, o, _) in &edges {
            *degree.entry(s).or_default() += 1;
            *degree.entry(o).or_default() += 1;
        }
        keep.retain(|n| degree.get(n).copied().unwrap_or(0) >= filter.min_degree);
        edges.retain(|(s, o, _)| keep.contains(s) && keep.contains(o));
    }

    // The petgraph graph: nodes in IRI order, edges in (source, predicate, target) order.
    let mut graph: DiGraph<Node, Edge> = DiGraph::with_capacity(keep.len(), edges.len());
    let mut index: BTreeMap<&str, NodeIndex> = BTreeMap::new();
    for iri in &keep {
        let class = class_of(iri);
        let label = raw
            .pref
            .get(*iri)
            .or_else(|| raw.rdfs_label.get(*iri))
            .cloned()
            .unwrap_or_else(|| local_name(iri).to_string());
        let attributes = raw
            .literals
            .get(*iri)
            .map(|m| {
                m.iter()
                    .map(|(k, v)| (k.clone(), v.iter().cloned().collect::<Vec<_>>().join(" | ")))
            })
            .into_iter()
            .flatten()
            .collect();
        let i = graph.add_node(Node {
            iri: iri.to_string(),
            label,
            color: class_color(&class),
            class,
            degree: 0,
            pagerank: 0.0,
            community: 0,
            attributes,
        });
        index.insert(iri, i);
    }
    edges.sort_by(|a, b| (a.0, &a.2.predicate, a.1).cmp(&(b.0, &b.2.predicate, b.1)));
    for (s, o, e) in edges {
        graph.add_edge(index[s], index[o], e);
    }

    let pr = pagerank(&graph, 0.85, 20);
    let communities = label_propagation(&graph);
    for i in graph.node_indices().collect::<Vec<_>>() {
        let degree =
            graph.edges_directed(i, Direction::Outgoing).count() + graph.edges_directed(i, Direction::Incoming).count();
        let n = &mut graph[i];
        n.degree = degree;
        n.pagerank = pr[i.index()];
        n.community = communities[i.index()];
    }
    let legend: BTreeMap<String, Rgb> = graph.node_weights().map(|n| (n.class.clone(), n.color)).collect();
    Ok(View {
        graph,
        legend: legend.into_iter().collect(),
    })
}

/// PageRank by power iteration; a node without out-edges spreads its rank
/// over all nodes. The ranks sum to 1 (for a non-empty graph).
pub fn pagerank<N, E>(graph: &DiGraph<N, E>, damping: f64, iterations: usize) -> Vec<f64> {
    let n = graph.node_count();
    if n == 0 {
        return Vec::new();
    }
    let nf = n as f64;
    let out: Vec<usize> = graph
        .node_indices()
        .map(|i| graph.edges_directed(i, Direction::Outgoing).count())
        .collect();
    let mut rank = vec![1.0 / nf; n];
    for _ in 0..iterations {
        let dangling: f64 = (0..n).filter(|i| out[*i] == 0).map(|i| rank[i]).sum();
        let base = (1.0 - damping) / nf + damping * dangling / nf;
        let mut next = vec![base; n];
        for e in graph.edge_references() {
            let (s, t) = (e.source().index(), e.target().index());
            next[t] += damping * rank[s] / out[s] as f64;
        }
        rank = next;
    }
    rank
}

/// Communities by label propagation over the undirected graph, deterministic:
/// nodes are visited in index (IRI) order, each takes the label most common
/// among its neighbours (one vote per edge), ties to the smallest label;
/// stops when nothing changes (at most 100 rounds). Numbers the communities
/// 0, 1, … in order of their first node.
pub fn label_propagation<N, E>(graph: &DiGraph<N, E>) -> Vec<usize> {
    let n = graph.node_count();
    let mut label: Vec<usize> = (0..n).collect();
    let neighbours: Vec<Vec<usize>> = graph
        .node_indices()
        .map(|i| {
            graph
                .edges_directed(i, Direction::Outgoing)
                .map(|e| e.target().index())
                .chain(graph.edges_directed(i, Direction::Incoming).map(|e| e.source().index()))
                .filter(|j| *j != i.index())
                .collect()
        })
        .collect();
    for _ in 0..100 {
        let mut changed = false;
        for i in 0..n {
            if neighbours[i].is_empty() {
                continue;
            }
            let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
            for j in &neighbours[i] {
                *votes.entry(label[*j]).or_default() += 1;
            }
            let best = votes.values().copied().max().unwrap_or(0);
            // BTreeMap iterates labels in order: the first with the best count is the smallest.
            if let Some((&l, _)) = votes.iter().find(|(_, c)| **c == best) {
                if l != label[i] {
                    label[i] = l;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut number: BTreeMap<usize, usize> = BTreeMap::new();
    label
        .iter()
        .map(|l| {
            let next = number.len();
            *number.entry(*l).or_insert(next)
        })
        .collect()
}

/// Writes `view` in `format` to `out` (every format but CSV, which is two files: see [`write_csv`]).
pub fn write(view: &View, format: GraphFormat, out: &mut dyn Write) -> Result<()> {
    match format {
        GraphFormat::GraphMl => graphml::write(view, out),
        GraphFormat::Gexf => gexf::write(view, out),
        GraphFormat::Dot => dot::write(view, out),
        GraphFormat::Cytoscape => cytoscape::write(view, out),
        GraphFormat::Html => html::write(view, out),
        GraphFormat::Csv => Err(Error::Invalid(
            "CSV is two files (nodes.csv, edges.csv): give a folder with -o".into(),
        )),
    }
}

/// Writes `dir/nodes.csv` and `dir/edges.csv` (created if needed).
pub fn write_csv(view: &View, dir: &Path) -> Result<()> {
    csv::write_dir(view, dir)
}

pub(crate) fn io_error(e: impl std::fmt::Display) -> Error {
    Error::Invalid(format!("writing the graph: {e}"))
}

/// Short node id `n<index>` used by GraphML, GEXF and Cytoscape.
pub(crate) fn node_id(i: NodeIndex) -> String {
    format!("n{}", i.index())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> DiGraph<(), ()> {
        let mut g = DiGraph::new();
        let n: Vec<_> = (0..5).map(|_| g.add_node(())).collect();
        for (a, b) in [(0, 1), (1, 2), (2, 0), (3, 4), (4, 3), (0, 3)] {
            g.add_edge(n[a], n[b], ());
        }
        g.add_node(()); // isolated, no out-edges
        g
    }

    #[test]
    fn pagerank_sums_to_one() {
        let pr = pagerank(&toy(), 0.85, 20);
        let sum: f64 = pr.iter().sum();
        assert!((sum - 1.0).abs() < 1e-9, "{sum}");
        assert!(pr.iter().all(|r| *r > 0.0));
        assert!(pagerank(&DiGraph::<(), ()>::new(), 0.85, 20).is_empty());
    }

    #[test]
    fn label_propagation_finds_the_two_groups() {
        let c = label_propagation(&toy());
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_eq!(c[3], c[4]);
        assert_eq!(c, label_propagation(&toy()));
        assert_eq!(c[0], 0);
    }

    /// A store with one document graph: A partyTo T, A memberOf B, E heldIn A (E dated 2020).
    fn tiny_store() -> Store {
        use oxigraph::model::{Literal, NamedNode, Quad};
        let store = Store::memory().expect("store");
        let n = |s: &str| NamedNode::new_unchecked(format!("{VNR}{s}"));
        let v = |s: &str| NamedNode::new_unchecked(format!("{VNKG}{s}"));
        let ty = NamedNode::new_unchecked(RDF_TYPE);
        let doc = n("doc/d");
        let mut quads = vec![
            Quad::new(doc.clone(), ty.clone(), v("Document"), doc.clone()),
            Quad::new(
                doc.clone(),
                v("fileName"),
                Literal::new_simple_literal("d.txt"),
                doc.clone(),
            ),
        ];
        for (e, c) in [("a", "Country"), ("t", "Treaty"), ("b", "Body"), ("e", "Session")] {
            quads.push(Quad::new(n(e), ty.clone(), v(c), doc.clone()));
            quads.push(Quad::new(
                n(e),
                NamedNode::new_unchecked(SKOS_PREF_LABEL),
                Literal::new_simple_literal(e.to_uppercase()),
                doc.clone(),
            ));
        }
        for (s, p, o) in [("a", "partyTo", "t"), ("a", "memberOf", "b"), ("e", "heldIn", "a")] {
            quads.push(Quad::new(n(s), v(p), n(o), doc.clone()));
        }
        quads.push(Quad::new(
            n("e"),
            v("startDate"),
            Literal::new_simple_literal("2020"),
            doc.clone(),
        ));
        let sub = NamedNode::new_unchecked(RDFS_SUBCLASS_OF);
        quads.push(Quad::new(v("Session"), sub, v("Event"), doc.clone()));
        store.replace_graph(doc.as_str(), &quads).expect("insert");
        store
    }

    #[test]
    fn filters_on_a_tiny_graph() {
        let store = tiny_store();
        let all = view(&store, &GraphFilter::default()).expect("view");
        assert_eq!((all.node_count(), all.edge_count()), (4, 3));
        assert!(all.graph.node_weights().all(|n| !n.iri.contains("/doc/")));
        let rel = view(
            &store,
            &GraphFilter {
                relations: vec!["vnkg:partyTo".into()],
                ..Default::default()
            },
        )
        .expect("v");
        assert_eq!((rel.node_count(), rel.edge_count()), (2, 1));
        let deg = view(
            &store,
            &GraphFilter {
                min_degree: 2,
                ..Default::default()
            },
        )
        .expect("v");
        assert_eq!(deg.node_count(), 1);
        let focus = view(
            &store,
            &GraphFilter {
                focus: Some("t".into()),
                hops: 1,
                ..Default::default()
            },
        )
        .expect("v");
        assert_eq!((focus.node_count(), focus.edge_count()), (2, 1));
        let later = view(
            &store,
            &GraphFilter {
                since: Some("2021".into()),
                ..Default::default()
            },
        )
        .expect("v");
        assert_eq!(later.edge_count(), 2, "the dated edge goes, the undated ones stay");
        let events = view(
            &store,
            &GraphFilter {
                classes: vec!["Event".into()],
                ..Default::default()
            },
        )
        .expect("v");
        assert_eq!(events.node_count(), 1);
        assert_eq!(
            events.graph.node_weights().next().map(|n| n.class.as_str()),
            Some("Session")
        );
        // Deterministic: the same store gives the same bytes.
        let (mut x, mut y) = (Vec::new(), Vec::new());
        write(&all, GraphFormat::Gexf, &mut x).expect("gexf");
        write(
            &view(&store, &GraphFilter::default()).expect("view"),
            GraphFormat::Gexf,
            &mut y,
        )
        .expect("gexf");
        assert_eq!(x, y);
    }

    #[test]
    fn intervals_of_partial_dates() {
        let e = Edge {
            predicate: String::new(),
            label: String::new(),
            evidence: 0,
            sentence: String::new(),
            documents: vec![],
            start: Some("2024-02".into()),
            end: None,
        };
        assert_eq!(e.interval(), Some(("2024-02-01".into(), "2024-02-29".into())));
    }
}
