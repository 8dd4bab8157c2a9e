//! The ontology (`ontology/vnkg.ttl`) as the code sees it: the classes with
//! their superclasses, and the properties with their domains and ranges, so
//! that rules can be checked against it when they are loaded and facts can be
//! checked before they are written. Knows nothing of text.

use crate::error::{Error, Result};
use crate::vocab::*;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Quad, Term};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// Index of a class in [`Ontology::classes`].
pub type ClassId = u16;
/// Index of a property in [`Ontology::properties`].
pub type PropId = u16;

#[derive(Debug, Clone)]
pub struct Class {
    pub iri: String,
    pub name: String,
    /// This class and all its superclasses inside the ontology.
    pub ancestors: Vec<ClassId>,
}

#[derive(Debug, Clone)]
pub struct Property {
    pub iri: String,
    pub name: String,
    /// Classes allowed as subject (empty: any).
    pub domain: Vec<ClassId>,
    /// Classes allowed as object (empty: any); ignored for datatype properties.
    pub range: Vec<ClassId>,
    pub datatype: bool,
    pub symmetric: bool,
}

/// Parses an RDF file into quads, with syntax errors reported as `file:line`.
pub fn read_rdf(path: &Path, format: RdfFormat) -> Result<Vec<Quad>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    parse_rdf(path, &bytes, format)
}

/// Gives the blank nodes of parsed quads stable names (`<prefix><n>` in order
/// of first appearance): a parser names them at random, and the ontology
/// graph must be the same in every run so that dumps are byte-identical and
/// its sha256 only changes when the files do.
pub fn stable_blank_nodes(quads: Vec<Quad>, prefix: &str) -> Vec<Quad> {
    use oxigraph::model::BlankNode;
    use std::collections::HashMap;
    let mut names: HashMap<String, BlankNode> = HashMap::new();
    let mut rename = |b: &BlankNode| -> BlankNode {
        let n = names.len();
        names
            .entry(b.as_str().to_string())
            .or_insert_with(|| BlankNode::new_unchecked(format!("{prefix}{n}")))
            .clone()
    };
    quads
        .into_iter()
        .map(|q| {
            let subject = match q.subject {
                NamedOrBlankNode::BlankNode(b) => NamedOrBlankNode::BlankNode(rename(&b)),
                other => other,
            };
            let object = match q.object {
                Term::BlankNode(b) => Term::BlankNode(rename(&b)),
                other => other,
            };
            Quad::new(subject, q.predicate, object, q.graph_name)
        })
        .collect()
}

/// Parses RDF text; `path` only names the source in error messages.
pub fn parse_rdf(path: &Path, bytes: &[u8], format: RdfFormat) -> Result<Vec<Quad>> {
    let mut quads = Vec::new();
    for q in RdfParser::from_format(format).for_slice(bytes) {
        match q {
            Ok(q) => quads.push(q),
            Err(e) => {
                let (line, message) = (e.location().map_or(0, |l| l.start.line as usize + 1), e.to_string());
                return Err(Error::Syntax {
                    path: path.to_path_buf(),
                    line,
                    message,
                });
            }
        }
    }
    Ok(quads)
}

#[derive(Debug, Clone)]
pub struct Ontology {
    pub classes: Vec<Class>,
    pub properties: Vec<Property>,
    class_by_iri: rustc_hash::FxHashMap<String, ClassId>,
    /// Classes of the vnkg namespace by local name.
    class_by_local: rustc_hash::FxHashMap<String, ClassId>,
    prop_by_name: rustc_hash::FxHashMap<String, PropId>,
    /// `ancestors` as bits, `class_words` words per class: [`Ontology::is_a`]
    /// is one bit test (it is asked millions of times per run).
    ancestor_bits: Vec<u64>,
    class_words: usize,
}

impl Ontology {
    pub fn load(path: &Path) -> Result<Self> {
        let quads = read_rdf(path, RdfFormat::Turtle)?;
        Self::from_quads(&quads).map_err(|m| Error::Syntax {
            path: path.to_path_buf(),
            line: 0,
            message: m,
        })
    }

    pub fn from_quads(quads: &[Quad]) -> std::result::Result<Self, String> {
        let iri_of = |t: &Term| match t {
            Term::NamedNode(n) => Some(n.as_str().to_string()),
            _ => None,
        };
        let subj = |q: &Quad| match &q.subject {
            NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
            NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        };
        let term_key = |t: &Term| match t {
            Term::NamedNode(n) => n.as_str().to_string(),
            Term::BlankNode(b) => format!("_:{}", b.as_str()),
            other => other.to_string(),
        };
        // Index: subject -> predicate -> objects.
        let mut by_subject: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for q in quads {
            by_subject
                .entry(subj(q))
                .or_default()
                .push((q.predicate.as_str().to_string(), term_key(&q.object)));
        }
        let objects = |s: &str, p: &str| -> Vec<String> {
            by_subject
                .get(s)
                .map(|v| v.iter().filter(|(pp, _)| pp == p).map(|(_, o)| o.clone()).collect())
                .unwrap_or_default()
        };
        let _ = iri_of;

        // Classes of our namespace.
        let mut class_iris: BTreeSet<String> = BTreeSet::new();
        let mut prop_iris: BTreeSet<String> = BTreeSet::new();
        let mut datatype: BTreeSet<String> = BTreeSet::new();
        let mut symmetric: BTreeSet<String> = BTreeSet::new();
        for q in quads {
            if q.predicate.as_str() != RDF_TYPE {
                continue;
            }
            let NamedOrBlankNode::NamedNode(s) = &q.subject else {
                continue;
            };
            if !s.as_str().starts_with(VNKG) {
                continue;
            }
            match term_key(&q.object).as_str() {
                OWL_CLASS => {
                    class_iris.insert(s.as_str().to_string());
                }
                OWL_OBJECT_PROPERTY => {
                    prop_iris.insert(s.as_str().to_string());
                }
                OWL_DATATYPE_PROPERTY => {
                    prop_iris.insert(s.as_str().to_string());
                    datatype.insert(s.as_str().to_string());
                }
                OWL_SYMMETRIC_PROPERTY => {
                    prop_iris.insert(s.as_str().to_string());
                    symmetric.insert(s.as_str().to_string());
                }
                _ => {}
            }
        }
        if class_iris.is_empty() {
            return Err("no owl:Class in the vnkg: namespace".into());
        }
        let class_list: Vec<String> = class_iris.into_iter().collect();
        let class_by_iri: rustc_hash::FxHashMap<String, ClassId> = class_list
            .iter()
            .enumerate()
            .map(|(i, c)| (c.clone(), i as ClassId))
            .collect();
        // Ancestors by walking subClassOf within the ontology.
        let mut classes = Vec::with_capacity(class_list.len());
        for iri in &class_list {
            let mut anc = Vec::new();
            let mut stack = vec![iri.clone()];
            while let Some(c) = stack.pop() {
                if let Some(&id) = class_by_iri.get(&c) {
                    if anc.contains(&id) {
                        continue;
                    }
                    anc.push(id);
                    stack.extend(objects(&c, RDFS_SUBCLASS_OF));
                }
            }
            classes.push(Class {
                iri: iri.clone(),
                name: iri[VNKG.len()..].to_string(),
                ancestors: anc,
            });
        }
        // Expands a domain/range node (an IRI or an owl:unionOf list).
        let expand = |node: &str| -> Vec<ClassId> {
            if let Some(&id) = class_by_iri.get(node) {
                return vec![id];
            }
            let mut out = Vec::new();
            for list in objects(node, OWL_UNION_OF) {
                let mut cur = list;
                let mut guard = 0;
                while cur != RDF_NIL && guard < 100 {
                    guard += 1;
                    for f in objects(&cur, RDF_FIRST) {
                        if let Some(&id) = class_by_iri.get(&f) {
                            out.push(id);
                        }
                    }
                    match objects(&cur, RDF_REST).into_iter().next() {
                        Some(r) => cur = r,
                        None => break,
                    }
                }
            }
            out
        };
        let mut properties = Vec::new();
        let mut prop_by_name = rustc_hash::FxHashMap::default();
        for iri in prop_iris {
            let domain = objects(&iri, RDFS_DOMAIN).iter().flat_map(|d| expand(d)).collect();
            let range = objects(&iri, RDFS_RANGE).iter().flat_map(|d| expand(d)).collect();
            let name = iri[VNKG.len()..].to_string();
            prop_by_name.insert(name.clone(), properties.len() as PropId);
            properties.push(Property {
                datatype: datatype.contains(&iri),
                symmetric: symmetric.contains(&iri),
                iri,
                name,
                domain,
                range,
            });
        }
        let class_words = classes.len().div_ceil(64);
        let mut ancestor_bits = vec![0u64; classes.len() * class_words];
        for (c, class) in classes.iter().enumerate() {
            for &a in &class.ancestors {
                let a = a as usize;
                ancestor_bits[c * class_words + a / 64] |= 1 << (a % 64);
            }
        }
        Ok(Ontology {
            classes,
            properties,
            ancestor_bits,
            class_words,
            class_by_local: class_by_iri
                .iter()
                .filter_map(|(iri, &id)| Some((iri.strip_prefix(VNKG)?.to_string(), id)))
                .collect(),
            class_by_iri,
            prop_by_name,
        })
    }

    pub fn class_by_iri(&self, iri: &str) -> Option<ClassId> {
        self.class_by_iri.get(iri).copied()
    }

    pub fn class_by_name(&self, name: &str) -> Option<ClassId> {
        // Looked up on the extraction path: no IRI is built for it.
        self.class_by_local.get(name).copied()
    }

    pub fn property(&self, name: &str) -> Option<PropId> {
        self.prop_by_name.get(name).copied()
    }

    pub fn prop(&self, id: PropId) -> &Property {
        &self.properties[id as usize]
    }

    pub fn class(&self, id: ClassId) -> &Class {
        &self.classes[id as usize]
    }

    /// Whether `c` is `of` or one of its subclasses.
    #[inline]
    pub fn is_a(&self, c: ClassId, of: ClassId) -> bool {
        let (c, of) = (c as usize, of as usize);
        // (One index, not a slice of the class's words and then one of
        // them: two bounds checks fewer in a test asked millions of times.)
        of < self.classes.len()
            && self
                .ancestor_bits
                .get(c * self.class_words + of / 64)
                .is_some_and(|w| w & (1 << (of % 64)) != 0)
    }

    /// Whether `c` may be the subject of `p`.
    pub fn in_domain(&self, p: PropId, c: ClassId) -> bool {
        let d = &self.properties[p as usize].domain;
        d.is_empty() || d.iter().any(|&x| self.is_a(c, x))
    }

    /// Whether `c` may be the object of `p`.
    pub fn in_range(&self, p: PropId, c: ClassId) -> bool {
        let pr = &self.properties[p as usize];
        if pr.datatype {
            return false;
        }
        pr.range.is_empty() || pr.range.iter().any(|&x| self.is_a(c, x))
    }

    /// Whether some subclass of `c` (or `c` itself) may be the subject of `p`:
    /// used to check a rule whose pattern names a general class.
    pub fn domain_overlaps(&self, p: PropId, c: ClassId) -> bool {
        self.overlaps(&self.properties[p as usize].domain, c)
    }

    pub fn range_overlaps(&self, p: PropId, c: ClassId) -> bool {
        let pr = &self.properties[p as usize];
        !pr.datatype && self.overlaps(&pr.range, c)
    }

    fn overlaps(&self, set: &[ClassId], c: ClassId) -> bool {
        set.is_empty() || set.iter().any(|&x| self.is_a(c, x) || self.is_a(x, c))
    }
}
