//! Scoring the store against gold facts in the contract's format (a TSV per
//! document: subject, relation, object, status, evidence; `@doc mentions X`
//! rows; an `entities.tsv` of canonical names and spellings). It follows the
//! same matching as the shared scorer `kgeval.py` (entity resolution through
//! the aliases, fuzzy names for events, titles of posts compared by their
//! words) and adds what a rule writer needs: figures per relation and per
//! rule, and each miss and wrong fact with its sentence.

use crate::error::{Error, Result};
use crate::store::Store;
use crate::vocab::*;
use oxigraph::model::{GraphName, NamedOrBlankNode, Term};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

const RELATIONS: [&str; 24] = [
    "partyTo",
    "signed",
    "ratified",
    "committedToRatify",
    "negotiated",
    "memberOf",
    "participatedIn",
    "hosted",
    "organizedBy",
    "chairedBy",
    "ledDelegationTo",
    "spokeAt",
    "representing",
    "holdsPosition",
    "heldIn",
    "sessionOf",
    "partOf",
    "cooperatesWith",
    "adopted",
    "addresses",
    "concerns",
    "concludedAgreementWith",
    "startDate",
    "endDate",
];
const STOP: [&str; 18] = [
    "the", "of", "on", "for", "a", "an", "and", "in", "to", "at", "its", "with", "un", "united", "nations", "session",
    "meeting", "s",
];

/// Folds a name the way the scorer does: no diacritics, lower case, `&` as
/// "and", every run of other characters one space.
pub fn fold(s: &str) -> String {
    let s = s.replace('đ', "d").replace('Đ', "D");
    let s: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    let s = s.to_lowercase().replace('&', " and ").replace('\u{2019}', "'");
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else {
            space = true;
        }
    }
    out
}

fn ordinal_tokens(words: &[&str]) -> Vec<String> {
    // The scorer knows "first" … "twentieth", "thirtieth", and tens up to
    // seventy: the same words, no more.
    use crate::text::{tens_cardinal, tens_ordinal, unit_ordinal};
    let ord = |w: &str| {
        unit_ordinal(w)
            .or_else(|| tens_ordinal(w))
            .filter(|n| *n <= 20 || *n == 30)
    };
    let tens = |w: &str| tens_cardinal(w).filter(|t| *t <= 70);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if let Some(t) = tens(w) {
            if let Some(u) = words.get(i + 1).and_then(|n| ord(n)) {
                out.push((t + u).to_string());
                i += 2;
                continue;
            }
        }
        if let Some(n) = ord(w) {
            out.push(n.to_string());
        } else {
            let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
            let rest = &w[digits.len()..];
            if !digits.is_empty() && matches!(rest, "st" | "nd" | "rd" | "th") {
                out.push(digits);
            } else {
                out.push(w.to_string());
            }
        }
        i += 1;
    }
    out
}

/// The canonical names and their spellings.
struct Names {
    alias: HashMap<String, String>,
    kind: HashMap<String, String>,
    /// Keys in the order of the entities file: the fuzzy match breaks ties
    /// by it, as the shared scorer does.
    order: Vec<String>,
    aliases: HashMap<String, BTreeSet<String>>,
    body_names: Vec<(String, String)>,
}

impl Names {
    fn load(path: &Path) -> Result<Self> {
        let mut n = Names {
            alias: HashMap::new(),
            kind: HashMap::new(),
            order: Vec::new(),
            aliases: HashMap::new(),
            body_names: Vec::new(),
        };
        if !path.exists() {
            return Ok(n);
        }
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 3 {
                continue;
            }
            let key = f[0].to_string();
            if n.kind.insert(key.clone(), f[1].to_string()).is_none() {
                n.order.push(key.clone());
            }
            for a in std::iter::once(f[0]).chain(f[2].split('|')) {
                if a.trim().is_empty() {
                    continue;
                }
                n.alias.entry(fold(a)).or_insert_with(|| key.clone());
                n.aliases.entry(key.clone()).or_default().insert(fold(a));
            }
        }
        let mut bn: Vec<(String, String)> = n
            .alias
            .iter()
            .filter(|(a, k)| a.len() > 12 && matches!(n.kind.get(*k).map(String::as_str), Some("Body" | "Treaty")))
            .map(|(a, k)| (a.clone(), fold(k)))
            .collect();
        bn.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        n.body_names = bn;
        Ok(n)
    }

    fn tokens(&self, s: &str) -> BTreeSet<String> {
        let mut f = format!(" {} ", fold(s));
        for (a, k) in &self.body_names {
            f = f.replace(&format!(" {a} "), &format!(" {k} "));
        }
        let words: Vec<&str> = f.split_whitespace().collect();
        ordinal_tokens(&words)
            .into_iter()
            .filter(|w| !STOP.contains(&w.as_str()))
            .collect()
    }

    fn resolve(&self, labels: &BTreeSet<String>, want: Option<&str>) -> Option<String> {
        for l in labels {
            if let Some(k) = self.alias.get(&fold(l)) {
                if want.is_none_or(|w| self.kind.get(k).map(String::as_str) == Some(w)) {
                    return Some(k.clone());
                }
            }
        }
        for l in labels {
            if let Some(k) = self.alias.get(&fold(l)) {
                return Some(k.clone());
            }
        }
        let mut best: Option<(String, f64)> = None;
        for l in labels {
            let t = self.tokens(l);
            if t.is_empty() {
                continue;
            }
            for key in &self.order {
                if self.kind.get(key).map(String::as_str) != Some("Event") {
                    continue;
                }
                let mut cands: Vec<String> = self
                    .aliases
                    .get(key)
                    .map(|s| s.iter().cloned().collect())
                    .unwrap_or_default();
                cands.push(fold(key));
                for a in cands {
                    let u = self.tokens(&a);
                    let inter = t.intersection(&u).count() as f64;
                    let union = t.union(&u).count() as f64;
                    let j = if union > 0.0 { inter / union } else { 0.0 };
                    if best.as_ref().is_none_or(|(_, s)| j > *s) {
                        best = Some((key.clone(), j));
                    }
                }
            }
        }
        best.filter(|(_, s)| *s >= 0.6).map(|(k, _)| k)
    }
}

fn same_title(pred: &str, gold: &str) -> bool {
    let words = |s: &str| -> BTreeSet<String> {
        fold(s)
            .split(' ')
            .filter(|w| !w.is_empty() && !STOP.contains(w))
            .map(str::to_string)
            .collect()
    };
    let (p, g) = (words(pred), words(gold));
    if p.is_empty() || g.is_empty() {
        return false;
    }
    g.is_subset(&p) || (p.intersection(&g).count() as f64 / p.union(&g).count() as f64) >= 0.6
}

type Triple = (String, String, String);

/// An evidence node read back: subject, predicate, object, rule, sentence.
type EvidenceParts = (String, String, String, String, String);

fn canonical(rel: &str, s: &str, o: &str) -> Triple {
    let (mut rel, mut s, mut o) = (rel.to_string(), s.to_string(), o.to_string());
    if rel == "hosted" {
        rel = "organizedBy".into();
        std::mem::swap(&mut s, &mut o);
    }
    if matches!(rel.as_str(), "cooperatesWith" | "concludedAgreementWith") && s > o {
        std::mem::swap(&mut s, &mut o);
    }
    (rel, s, o)
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// A miss or a wrong fact, for `--show`.
#[derive(Debug, Clone)]
pub struct Item {
    pub document: String,
    pub fact: Triple,
    /// The sentence (and rule) behind a wrong fact; the gold evidence of a miss.
    pub context: String,
}

#[derive(Debug, Default)]
pub struct Report {
    pub documents: usize,
    pub documents_found: usize,
    pub facts: Score,
    pub mentions: Score,
    pub by_relation: BTreeMap<String, Score>,
    /// Per rule: true and false facts it produced (no misses: a miss has no rule).
    pub by_rule: BTreeMap<String, Score>,
    pub missed: Vec<Item>,
    pub wrong: Vec<Item>,
}

struct GoldRow {
    s: String,
    r: String,
    o: String,
    req: bool,
    evidence: String,
}

fn read_gold(path: &Path) -> Result<Vec<GoldRow>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |n: &str| header.iter().position(|h| *h == n);
    let (Some(cs), Some(cr), Some(co)) = (col("subject"), col("relation"), col("object")) else {
        return Err(Error::Syntax {
            path: path.to_path_buf(),
            line: 1,
            message: "a gold file needs the columns subject, relation, object, status, evidence".into(),
        });
    };
    let (cst, cev) = (col("status"), col("evidence"));
    Ok(lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let get = |c: Option<usize>| {
                c.and_then(|c| f.get(c))
                    .map(|s| s.trim().to_string())
                    .unwrap_or_default()
            };
            GoldRow {
                s: get(Some(cs)),
                r: get(Some(cr)),
                o: get(Some(co)),
                req: get(cst) != "opt",
                evidence: get(cev),
            }
        })
        .collect())
}

/// Scores the store against the gold files of `gold_dir` (`entities`
/// defaults to `entities.tsv` beside the folder).
pub fn evaluate(store: &Store, gold_dir: &Path, entities: Option<&Path>) -> Result<Report> {
    let ent_path: PathBuf = match entities {
        Some(p) => p.to_path_buf(),
        None => gold_dir.parent().unwrap_or(Path::new(".")).join("entities.tsv"),
    };
    let names = Names::load(&ent_path)?;
    let mut labels: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut docs: HashMap<String, String> = HashMap::new();
    let mut quads = Vec::new();
    for q in store.oxigraph().iter() {
        let q = q?;
        let p = q.predicate.as_str();
        if let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (&q.subject, &q.object) {
            if matches!(p, SKOS_PREF_LABEL | SKOS_ALT_LABEL | RDFS_LABEL) {
                labels
                    .entry(s.as_str().to_string())
                    .or_default()
                    .insert(l.value().to_string());
            }
            if p == format!("{VNKG}fileName") {
                let stem = l.value().rsplit_once('.').map_or(l.value(), |(a, _)| a).to_string();
                docs.insert(s.as_str().to_string(), stem);
            }
        }
        if let GraphName::NamedNode(_) = q.graph_name {
            if p.starts_with(VNKG) || p == RDF_SUBJECT || p == RDF_PREDICATE || p == RDF_OBJECT {
                quads.push(q);
            }
        }
    }
    let empty = BTreeSet::new();
    let ent = |iri: &str, want: Option<&str>| -> String {
        let ls = labels.get(iri).unwrap_or(&empty);
        names.resolve(ls, want).unwrap_or_else(|| match ls.iter().next() {
            Some(l) => format!("?{l}"),
            None => format!("?{iri}"),
        })
    };
    let term = |t: &Term| match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    };
    // Predictions per document, with the rules and sentences behind them.
    let mut pred: HashMap<String, BTreeMap<Triple, BTreeSet<String>>> = HashMap::new();
    let mut posts: HashMap<String, BTreeMap<(String, String), BTreeSet<String>>> = HashMap::new();
    let mut mentions: HashMap<String, BTreeSet<String>> = HashMap::new();
    // Evidence: (graph, s, p, o) → rules; sentence texts.
    let mut ev_parts: HashMap<(String, String), EvidenceParts> = HashMap::new();
    let mut sentences: HashMap<String, String> = HashMap::new();
    for q in &quads {
        let GraphName::NamedNode(g) = &q.graph_name else {
            continue;
        };
        let s = match &q.subject {
            NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
            NamedOrBlankNode::BlankNode(b) => b.to_string(),
        };
        let key = (g.as_str().to_string(), s.clone());
        let p = q.predicate.as_str();
        let e = ev_parts.entry(key).or_default();
        match p {
            RDF_SUBJECT => e.0 = term(&q.object),
            RDF_PREDICATE => e.1 = term(&q.object),
            RDF_OBJECT => e.2 = term(&q.object),
            _ if p == format!("{VNKG}rule") => {
                let iri = term(&q.object);
                e.3 = crate::rdf::rule_name(&iri).unwrap_or(iri);
            }
            _ if p == format!("{VNKG}sentence") => e.4 = term(&q.object),
            _ if p == format!("{VNKG}text") => {
                sentences.insert(s.clone(), term(&q.object));
            }
            _ => {}
        }
    }
    let mut rules_of: HashMap<(String, String, String, String), BTreeSet<String>> = HashMap::new();
    for ((g, _), (s, p, o, rule, sent)) in &ev_parts {
        if !rule.is_empty() {
            let text = sentences.get(sent).cloned().unwrap_or_default();
            rules_of
                .entry((g.clone(), s.clone(), p.clone(), o.clone()))
                .or_default()
                .insert(format!("{rule}\t{}", crate::text::squash_whitespace(&text)));
        }
    }
    for q in &quads {
        let GraphName::NamedNode(g) = &q.graph_name else {
            continue;
        };
        let Some(stem) = docs.get(g.as_str()) else { continue };
        let p = q.predicate.as_str();
        let Some(rel) = p.strip_prefix(VNKG) else { continue };
        let s = match &q.subject {
            NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
            _ => continue,
        };
        let o = term(&q.object);
        let why = rules_of
            .get(&(g.as_str().to_string(), s.clone(), p.to_string(), o.clone()))
            .cloned()
            .unwrap_or_default();
        if rel == "mentions" && s == g.as_str() {
            mentions.entry(stem.clone()).or_default().insert(ent(&o, None));
        } else if rel == "holdsPosition" {
            let person = ent(&s, Some("Person"));
            let titles = labels.get(&o).cloned().unwrap_or_else(|| [o.clone()].into());
            for t in titles {
                posts
                    .entry(stem.clone())
                    .or_default()
                    .entry((person.clone(), t))
                    .or_default()
                    .extend(why.iter().cloned());
            }
        } else if RELATIONS.contains(&rel) {
            let obj = if matches!(rel, "startDate" | "endDate") {
                o.clone()
            } else {
                ent(&o, None)
            };
            pred.entry(stem.clone())
                .or_default()
                .entry(canonical(rel, &ent(&s, None), &obj))
                .or_default()
                .extend(why);
        }
    }
    let mut report = Report::default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(gold_dir)
        .map_err(|e| Error::io(gold_dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().and_then(|x| x.to_str()) == Some("tsv")
                && p.file_name().and_then(|n| n.to_str()) != Some("entities.tsv")
        })
        .collect();
    files.sort();
    let found_stems: BTreeSet<&String> = docs.values().collect();
    for f in files {
        let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        let rows = read_gold(&f)?;
        report.documents += 1;
        if found_stems.contains(&stem) {
            report.documents_found += 1;
        }
        let (mut req, mut opt, mut req_m, mut opt_m) =
            (BTreeMap::new(), BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        let (mut req_pos, mut opt_pos) = (Vec::new(), Vec::new());
        for r in &rows {
            if r.s == "@doc" {
                if r.req {
                    req_m.insert(r.o.clone())
                } else {
                    opt_m.insert(r.o.clone())
                };
            } else if r.r == "holdsPosition" {
                if r.req {
                    req_pos.push((r.s.clone(), r.o.clone(), r.evidence.clone()))
                } else {
                    opt_pos.push((r.s.clone(), r.o.clone()))
                };
            } else {
                let c = canonical(&r.r, &r.s, &r.o);
                if r.req {
                    req.insert(c, r.evidence.clone());
                } else {
                    opt.insert(c);
                }
            }
        }
        let got = pred.remove(&stem).unwrap_or_default();
        for (fact, why) in &got {
            let ok = req.contains_key(fact);
            let wrong = !ok && !opt.contains(fact);
            let rel = report.by_relation.entry(fact.0.clone()).or_default();
            if ok {
                rel.tp += 1;
            } else if wrong {
                rel.fp += 1;
                report.wrong.push(Item {
                    document: stem.clone(),
                    fact: fact.clone(),
                    context: why.iter().next().cloned().unwrap_or_default(),
                });
            }
            for w in why {
                let rule = w.split('\t').next().unwrap_or("").to_string();
                let rs = report.by_rule.entry(rule).or_default();
                if ok {
                    rs.tp += 1;
                } else if wrong {
                    rs.fp += 1;
                }
            }
            if ok {
                report.facts.tp += 1;
            } else if wrong {
                report.facts.fp += 1;
            }
        }
        for (fact, evidence) in &req {
            if !got.contains_key(fact) {
                report.facts.fn_ += 1;
                report.by_relation.entry(fact.0.clone()).or_default().fn_ += 1;
                report.missed.push(Item {
                    document: stem.clone(),
                    fact: fact.clone(),
                    context: evidence.clone(),
                });
            }
        }
        let gp = posts.remove(&stem).unwrap_or_default();
        let rel = "holdsPosition".to_string();
        for (person, title, evidence) in &req_pos {
            if gp.keys().any(|(p, t)| p == person && same_title(t, title)) {
                report.facts.tp += 1;
                report.by_relation.entry(rel.clone()).or_default().tp += 1;
            } else {
                report.facts.fn_ += 1;
                report.by_relation.entry(rel.clone()).or_default().fn_ += 1;
                report.missed.push(Item {
                    document: stem.clone(),
                    fact: (rel.clone(), person.clone(), title.clone()),
                    context: evidence.clone(),
                });
            }
        }
        for ((person, title), why) in &gp {
            let matches_gold = req_pos.iter().any(|(p, t, _)| p == person && same_title(title, t))
                || opt_pos.iter().any(|(p, t)| p == person && same_title(title, t));
            let true_req = req_pos.iter().any(|(p, t, _)| p == person && same_title(title, t));
            for w in why {
                let rule = w.split('\t').next().unwrap_or("").to_string();
                let rs = report.by_rule.entry(rule).or_default();
                if true_req {
                    rs.tp += 1;
                } else if !matches_gold {
                    rs.fp += 1;
                }
            }
            if !matches_gold {
                report.facts.fp += 1;
                report.by_relation.entry(rel.clone()).or_default().fp += 1;
                report.wrong.push(Item {
                    document: stem.clone(),
                    fact: (rel.clone(), person.clone(), title.clone()),
                    context: why.iter().next().cloned().unwrap_or_default(),
                });
            }
        }
        let m = mentions.remove(&stem).unwrap_or_default();
        report.mentions.tp += m.intersection(&req_m).count();
        report.mentions.fp += m.iter().filter(|x| !req_m.contains(*x) && !opt_m.contains(*x)).count();
        report.mentions.fn_ += req_m.iter().filter(|x| !m.contains(*x)).count();
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_ordinals_like_the_scorer() {
        assert_eq!(fold("Lê Đức Hạnh & Co."), "le duc hanh and co");
        let w = ["thirty", "first", "session", "34th"];
        assert_eq!(ordinal_tokens(&w), vec!["31", "session", "34"]);
        assert!(same_title("Executive Director of UNODC", "Executive Director"));
        assert!(!same_title("Chairman", "Chairman of the National Assembly"));
    }

    #[test]
    fn a_fuzzy_tie_goes_to_the_first_entity_of_the_file_as_in_the_scorer() {
        let dir = std::env::temp_dir().join(format!("vnkg-eval-order-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("entities.tsv");
        let rows = "key\ttype\taliases\n\
                    Forum on border crime 2016\tEvent\t\n\
                    Forum on border crime 2014\tEvent\t\n";
        std::fs::write(&path, rows).expect("write entities");
        let names = Names::load(&path).expect("load");
        let labels: BTreeSet<String> = ["forum on border crime".to_string()].into();
        assert_eq!(
            names.resolve(&labels, None).as_deref(),
            Some("Forum on border crime 2016")
        );
        std::fs::remove_dir_all(&dir).ok();
    }
}
