//! The gazetteer: the canonical entities of `ontology/gazetteer.ttl` with
//! their labels, indexed by their first word, which finds whole-word
//! mentions in folded text (case- and diacritic-insensitive; acronyms
//! case-sensitive), longest match first; names inside names and lookups by
//! the same index (an Aho-Corasick automaton over all their spellings only
//! where a spelling does not start with a letter or digit).
//!
//! Built once and shared by all extraction threads. Knows nothing of
//! relations or of the store.

use crate::error::{Error, Result};
use crate::ontology::{parse_rdf, stable_blank_nodes, ClassId, Ontology};
use crate::text::{fold, Folded, Span};
use crate::vocab::*;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use oxigraph::io::RdfFormat;
use oxigraph::model::{NamedOrBlankNode, Quad, Term};
use std::collections::BTreeMap;
use std::path::Path;

/// Index of an entity in [`Gazetteer::entities`].
pub type EntityIdx = u32;

/// A canonical entity.
#[derive(Debug, Clone)]
pub struct Known {
    pub iri: String,
    pub class: ClassId,
    pub pref_label: String,
    /// Every spelling: prefLabel, altLabels and hiddenLabels.
    pub labels: Vec<String>,
    /// `vnkg:sessionOf` and `vnkg:ordinal` of a numbered event.
    pub session_of: Option<String>,
    pub ordinal: Option<u32>,
    /// `vnkg:partOf` targets (IRIs).
    pub part_of: Vec<String>,
    /// `vnkg:capitalOf`: the country (IRI) whose capital this place is.
    pub capital_of: Option<String>,
    /// `schema:containedInPlace`: the place or country (IRI) this place lies in.
    pub contained_in: Option<String>,
    /// The year of a known event's `vnkg:startDate`.
    pub start_year: Option<i32>,
}

/// A pattern that a run of word bytes may start: its index, and its folded
/// label's length and last byte, which refuse most candidates before the
/// label itself (elsewhere in memory) is read.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    pid: u32,
    len: u32,
    last: u8,
}

/// Patterns indexed by their first run of word bytes.
struct FirstRuns {
    /// The patterns each first run starts, in pattern order.
    runs: rustc_hash::FxHashMap<String, Vec<Candidate>>,
    /// A bit per [`FirstRuns::sketch`] of each run: most words of a text
    /// start no pattern, and are told so without hashing them (a run always
    /// has its bit, so none is refused).
    sketches: Box<[u64; 1024]>,
    /// Each pattern's folded text.
    labels: Vec<String>,
}

impl FirstRuns {
    /// 16 bits from a run's length and its first, second and last bytes.
    #[inline]
    fn sketch(run: &[u8]) -> usize {
        let (first, last) = (run.first().copied().unwrap_or(0), run.last().copied().unwrap_or(0));
        let second = run.get(1).copied().unwrap_or(0);
        let h = usize::from(first) ^ usize::from(second) << 5 ^ usize::from(last) << 9 ^ run.len() << 13;
        h & 0xFFFF
    }

    #[inline]
    fn may_start(&self, run: &[u8]) -> bool {
        let k = Self::sketch(run);
        self.sketches[k / 64] & 1 << (k % 64) != 0
    }

    /// Calls `hit(start, end, pattern)` for every whole-word match of a
    /// pattern in `text` (folded), by start, and in pattern order at a
    /// start.
    #[inline]
    fn whole_words(&self, text: &str, mut hit: impl FnMut(usize, usize, usize)) {
        let ft = text.as_bytes();
        let mut s = 0;
        while s < ft.len() {
            if !is_word_byte(ft[s]) {
                s += 1;
                continue;
            }
            let mut r = s + 1;
            while r < ft.len() && is_word_byte(ft[r]) {
                r += 1;
            }
            // (A run is whole characters: it starts and ends next to an
            // ASCII byte or at an end of the text.)
            let run = &text[s..r];
            if self.may_start(run.as_bytes()) {
                for c in self.runs.get(run).map_or(&[][..], Vec::as_slice) {
                    let e = s + c.len as usize;
                    // (The end's bounds and its last byte first: cheap
                    // refusals before comparing the whole label.)
                    if e > ft.len()
                        || e < ft.len() && is_word_byte(ft[e])
                        || ft[e - 1] != c.last
                        || ft[s..e] != *self.labels[c.pid as usize].as_bytes()
                    {
                        continue;
                    }
                    hit(s, e, c.pid as usize);
                }
            }
            s = r;
        }
    }

    fn new(labels: &[String]) -> Option<Self> {
        let mut runs: rustc_hash::FxHashMap<String, Vec<Candidate>> = Default::default();
        let mut sketches = Box::new([0u64; 1024]);
        for (pid, l) in labels.iter().enumerate() {
            let r = l.bytes().take_while(|&b| is_word_byte(b)).count();
            if r == 0 {
                return None;
            }
            // (A run ends before an ASCII byte or at the end: a char boundary.)
            let run = &l[..r];
            let k = Self::sketch(run.as_bytes());
            sketches[k / 64] |= 1 << (k % 64);
            runs.entry(run.to_string()).or_default().push(Candidate {
                pid: pid as u32,
                len: l.len() as u32,
                last: l.as_bytes().last().copied().unwrap_or(0),
            });
        }
        Some(FirstRuns {
            runs,
            sketches,
            labels: labels.to_vec(),
        })
    }
}

struct Pattern {
    entity: EntityIdx,
    /// For case-sensitive labels, the letters and digits of the label as written.
    exact: Option<String>,
    short: bool,
}

pub struct Gazetteer {
    pub entities: Vec<Known>,
    // (The maps are only looked up, never iterated: FxHash, which costs a
    // fraction of SipHash when the gazetteer is made and looked up.)
    by_iri: rustc_hash::FxHashMap<String, EntityIdx>,
    /// (body IRI, ordinal) → numbered event.
    by_session: rustc_hash::FxHashMap<(String, u32), EntityIdx>,
    /// country IRI → its capital.
    capitals: rustc_hash::FxHashMap<String, EntityIdx>,
    /// Overlapping Aho-Corasick over the patterns, built only when
    /// `by_first_run` cannot be (building it was a fifth of loading the
    /// knowledge, for the few names inside names and lookups it served).
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
    /// The patterns by their first run of word bytes (see [`Gazetteer::find`]),
    /// in pattern order; `None` when some pattern starts with a byte that is
    /// not a word byte (then `find`, `inner` and `lookup` scan with the
    /// automaton).
    by_first_run: Option<FirstRuns>,
    /// Per entity, the last word of each of its folded labels of two words
    /// or more ([`Gazetteer::surnames`]), folded the first time it is asked.
    surnames: Vec<std::sync::OnceLock<Vec<String>>>,
    /// All quads of the gazetteer file, for loading into the store.
    pub quads: Vec<Quad>,
}

/// A gazetteer match in a document.
#[derive(Debug, Clone, Copy)]
pub struct GazMatch {
    pub span: Span,
    pub entity: EntityIdx,
}

/// Whether a label is matched case-sensitively: a single word with two or
/// more capitals ("UNODC", "SEAJust", "ARIN-AP", "MoJ").
pub fn is_case_sensitive(label: &str) -> bool {
    !label.trim().contains(char::is_whitespace) && label.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// `label` with its first whole-word "UN", "US", "UK" or "EU" written with
/// dots ("U.N."), as news agencies write them; `None` without one.
fn dotted_abbreviation(label: &str) -> Option<String> {
    const DOTTED: [(&str, &str); 4] = [("UN", "U.N."), ("US", "U.S."), ("UK", "U.K."), ("EU", "E.U.")];
    let words: Vec<&str> = label.split(' ').collect();
    let (k, dotted) = words
        .iter()
        .enumerate()
        .find_map(|(k, w)| DOTTED.iter().find(|(plain, _)| plain == w).map(|(_, d)| (k, *d)))?;
    let mut out: Vec<&str> = words.clone();
    out[k] = dotted;
    Some(out.join(" "))
}

fn alnum(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Whether [`alnum`] of `s` is `exact`, without making it.
fn alnum_is(s: &str, exact: &str) -> bool {
    s.chars().filter(|c| c.is_alphanumeric()).eq(exact.chars())
}

impl Gazetteer {
    pub fn parse(path: &Path, bytes: &[u8], ontology: &Ontology) -> Result<Self> {
        let quads = stable_blank_nodes(parse_rdf(path, bytes, RdfFormat::Turtle)?, "gaz");
        Self::from_quads(quads, ontology).map_err(|m| Error::Syntax {
            path: path.to_path_buf(),
            line: 0,
            message: m,
        })
    }

    pub fn from_quads(quads: Vec<Quad>, ontology: &Ontology) -> std::result::Result<Self, String> {
        #[derive(Default)]
        struct Draft {
            classes: Vec<ClassId>,
            pref: Vec<String>,
            alt: Vec<String>,
            session_of: Option<String>,
            ordinal: Option<u32>,
            part_of: Vec<String>,
            capital_of: Option<String>,
            contained_in: Option<String>,
            start_year: Option<i32>,
        }
        let mut drafts: BTreeMap<String, Draft> = BTreeMap::new();
        for q in &quads {
            let NamedOrBlankNode::NamedNode(s) = &q.subject else {
                continue;
            };
            if !s.as_str().starts_with(VNR) {
                continue;
            }
            let d = drafts.entry(s.as_str().to_string()).or_default();
            let p = q.predicate.as_str();
            match (&q.object, p) {
                (Term::NamedNode(o), RDF_TYPE) => {
                    if let Some(c) = ontology.class_by_iri(o.as_str()) {
                        d.classes.push(c);
                    }
                }
                (Term::Literal(l), SKOS_PREF_LABEL) => d.pref.push(l.value().to_string()),
                (Term::Literal(l), SKOS_ALT_LABEL | SKOS_HIDDEN_LABEL) => d.alt.push(l.value().to_string()),
                (Term::NamedNode(o), _) if p == format!("{VNKG}sessionOf") => {
                    d.session_of = Some(o.as_str().to_string())
                }
                (Term::NamedNode(o), _) if p == format!("{VNKG}partOf") => d.part_of.push(o.as_str().to_string()),
                (Term::NamedNode(o), _) if p == format!("{VNKG}capitalOf") => {
                    d.capital_of = Some(o.as_str().to_string())
                }
                (Term::NamedNode(o), "https://schema.org/containedInPlace") => {
                    d.contained_in = Some(o.as_str().to_string())
                }
                (Term::Literal(l), _) if p == format!("{VNKG}ordinal") => d.ordinal = l.value().parse().ok(),
                (Term::Literal(l), _) if p == format!("{VNKG}startDate") => {
                    d.start_year = l.value().get(..4).and_then(|y| y.parse().ok())
                }
                _ => {}
            }
        }
        let mut entities = Vec::with_capacity(drafts.len());
        let mut problems = Vec::new();
        for (iri, d) in drafts {
            if d.pref.is_empty() && d.classes.is_empty() {
                continue; // an IRI only used as an object
            }
            if d.pref.len() != 1 {
                problems.push(format!("{iri} has {} skos:prefLabel (needs exactly one)", d.pref.len()));
                continue;
            }
            // The most specific class.
            let Some(class) = d
                .classes
                .iter()
                .copied()
                .max_by_key(|&c| ontology.class(c).ancestors.len())
            else {
                problems.push(format!("{iri} has no vnkg: class"));
                continue;
            };
            let pref = d.pref.into_iter().next().unwrap_or_default();
            let mut labels = vec![pref.clone()];
            for a in d.alt {
                if !labels.contains(&a) {
                    labels.push(a);
                }
            }
            entities.push(Known {
                iri,
                class,
                pref_label: pref,
                labels,
                session_of: d.session_of,
                ordinal: d.ordinal,
                part_of: d.part_of,
                capital_of: d.capital_of,
                contained_in: d.contained_in,
                start_year: d.start_year,
            });
        }
        if !problems.is_empty() {
            return Err(problems.join("; "));
        }
        let by_iri = entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.iri.clone(), i as EntityIdx))
            .collect();
        let by_session = entities
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some(((e.session_of.clone()?, e.ordinal?), i as EntityIdx)))
            .collect();
        let capitals = entities
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((e.capital_of.clone()?, i as EntityIdx)))
            .collect();
        let mut folded_labels = Vec::new();
        let mut patterns = Vec::new();
        let mut seen: rustc_hash::FxHashMap<(String, Option<String>), EntityIdx> = Default::default();
        for (i, e) in entities.iter().enumerate() {
            // Each label, and its form with a dotted abbreviation ("U.N.
            // Congress on Crime Prevention …" for "UN Congress on …"), which
            // is matched but never written as a label.
            let dotted = e.labels.iter().filter_map(|l| dotted_abbreviation(l));
            for l in e.labels.iter().cloned().chain(dotted).collect::<Vec<_>>().iter() {
                let f = fold(l);
                if f.is_empty() {
                    continue;
                }
                let exact = is_case_sensitive(l).then(|| alnum(l));
                // The first entity (in IRI order) to claim a spelling keeps it.
                if seen.insert((f.clone(), exact.clone()), i as EntityIdx).is_some() {
                    continue;
                }
                let short = f.len() <= 3;
                folded_labels.push(f);
                patterns.push(Pattern {
                    entity: i as EntityIdx,
                    exact,
                    short,
                });
            }
        }
        let surnames = entities.iter().map(|_| std::sync::OnceLock::new()).collect();
        let by_first_run = FirstRuns::new(&folded_labels);
        let automaton = match by_first_run {
            Some(_) => None,
            None => Some(automaton(&folded_labels)?),
        };
        Ok(Gazetteer {
            by_first_run,
            surnames,
            entities,
            by_iri,
            by_session,
            capitals,
            automaton,
            patterns,
            quads,
        })
    }

    pub fn get(&self, i: EntityIdx) -> &Known {
        &self.entities[i as usize]
    }

    /// The last word of each label of entity `i` (folded, in the order of
    /// its labels) that has two words or more: the surnames a later short
    /// reference may use. Computed once per process, not at every mention.
    pub fn surnames(&self, i: EntityIdx) -> &[String] {
        self.surnames[i as usize].get_or_init(|| {
            self.entities[i as usize]
                .labels
                .iter()
                .filter_map(|l| fold(l).rsplit_once(' ').map(|(_, last)| last.to_string()))
                .collect()
        })
    }

    pub fn by_iri(&self, iri: &str) -> Option<EntityIdx> {
        self.by_iri.get(iri).copied()
    }

    /// The numbered event of a body, if the gazetteer knows it.
    /// The capital of a country (by the country's IRI), if the gazetteer says.
    pub fn capital(&self, country_iri: &str) -> Option<EntityIdx> {
        self.capitals.get(country_iri).copied()
    }

    pub fn session(&self, body_iri: &str, ordinal: u32) -> Option<EntityIdx> {
        self.by_session.get(&(body_iri.to_string(), ordinal)).copied()
    }

    /// All entities whose folded label equals `folded` (used to resolve a
    /// name found by a pattern).
    pub fn lookup(&self, label: &str) -> Option<EntityIdx> {
        self.lookup_with(label, self.by_first_run.as_ref(), self.automaton.as_ref())
    }

    /// [`Gazetteer::lookup`] by the runs' index when given, else with the
    /// automaton: the first pattern (in pattern order) spelled `label`
    /// folded that stands as written.
    fn lookup_with(
        &self,
        label: &str,
        by_first_run: Option<&FirstRuns>,
        ac: Option<&AhoCorasick>,
    ) -> Option<EntityIdx> {
        let f = fold(label);
        let exact = alnum(label);
        let stands = |pid: usize| {
            let p = &self.patterns[pid];
            p.exact.as_ref().is_none_or(|e| *e == exact).then_some(p.entity)
        };
        if let Some(fr) = by_first_run {
            // (A pattern spelled `f` has `f`'s first run as its own; a run
            // ends before an ASCII byte or at the end: a char boundary.)
            let r = f.bytes().take_while(|&b| is_word_byte(b)).count();
            let pids = f.get(..r).and_then(|run| fr.runs.get(run));
            return pids
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .filter(|c| fr.labels[c.pid as usize] == f)
                .find_map(|c| stands(c.pid as usize));
        }
        for m in ac?.find_overlapping_iter(f.as_str()) {
            if m.start() == 0 && m.end() == f.len() {
                if let Some(e) = stands(m.pattern().as_usize()) {
                    return Some(e);
                }
            }
        }
        None
    }

    /// The entities named inside a name (every whole-word match, overlapping
    /// allowed, the whole name excepted).
    pub fn inner(&self, original: &str, folded: &Folded) -> Vec<EntityIdx> {
        self.inner_with(original, folded, self.by_first_run.as_ref(), self.automaton.as_ref())
    }

    /// [`Gazetteer::inner`] by the runs' index when given, else with the
    /// automaton (the two give the same: see the test).
    fn inner_with(
        &self,
        original: &str,
        folded: &Folded,
        by_first_run: Option<&FirstRuns>,
        ac: Option<&AhoCorasick>,
    ) -> Vec<EntityIdx> {
        let ft = folded.text.as_bytes();
        // The whole-word matches (start, end, pattern), in the order the
        // overlapping automaton reports them: by end, then the longest
        // first, then in pattern order. (The runs' index gives them by
        // start, in pattern order at a start; the stable sort by end then
        // start keeps that order among the patterns of one string, and
        // changes nothing in the automaton's.)
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        whole_word_hits(folded, by_first_run, ac, |s, e, pid| hits.push((s, e, pid)));
        hits.sort_by_key(|&(s, e, _)| (e, s));
        let mut out = Vec::new();
        for (s, e, pid) in hits {
            if s == 0 && e == ft.len() {
                continue;
            }
            let p = &self.patterns[pid];
            if p.exact.is_some() {
                let os = folded.start_to_original(s);
                let oe = folded.end_to_original(e, original);
                if !p.exact.as_deref().is_some_and(|e| alnum_is(&original[os..oe], e)) {
                    continue;
                }
            }
            if !out.contains(&p.entity) {
                out.push(p.entity);
            }
        }
        out
    }

    /// Finds the mentions in a document: whole words, longest first, never
    /// overlapping.
    pub fn find(&self, original: &str, folded: &Folded) -> Vec<GazMatch> {
        self.find_with(original, folded, self.by_first_run.as_ref(), self.automaton.as_ref())
    }

    /// [`Gazetteer::find`], by the runs' index when given, else with the
    /// automaton (the two give the same: see the test).
    fn find_with(
        &self,
        original: &str,
        folded: &Folded,
        by_first_run: Option<&FirstRuns>,
        ac: Option<&AhoCorasick>,
    ) -> Vec<GazMatch> {
        let ft = folded.text.as_bytes();
        let mut cands: Vec<(usize, usize, EntityIdx)> = Vec::new();
        // Whether the pattern found at [s, e) stands as written (acronyms),
        // and so is a candidate.
        let keep = |p: &Pattern, s: usize, e: usize| -> bool {
            if let Some(exact) = &p.exact {
                let os = folded.start_to_original(s);
                let oe = folded.end_to_original(e, original);
                let orig = &original[os..oe];
                if !alnum_is(orig, exact) {
                    return false;
                }
                // "US$15 billion": a currency, not the country.
                if original[oe..].starts_with('$') {
                    return false;
                }
                // A short acronym inside a line written in capitals is a word.
                if p.short && shouting(original, os, oe) {
                    return false;
                }
            }
            true
        };
        // (The patterns of one (start, end), one string, come in pattern
        // order by either search, so after the stable sort below `cands` is
        // the same whichever gave them.)
        whole_word_hits(folded, by_first_run, ac, |s, e, pid| {
            let p = &self.patterns[pid];
            if keep(p, s, e) {
                cands.push((s, e, p.entity));
            }
        });
        cands.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
        // The folded bytes the spans taken so far cover: [s, e) overlaps a
        // taken span exactly when one of its bytes is covered (spans are
        // never empty). Linear in the candidates' lengths (a list of spans
        // scanned for each candidate made a document with a million names
        // quadratic; a map of them by start cost a tree walk each).
        let mut taken = vec![false; ft.len()];
        let mut out = Vec::new();
        for (s, e, ent) in cands {
            if taken[s..e].contains(&true) {
                continue;
            }
            taken[s..e].fill(true);
            out.push(GazMatch {
                span: Span::new(folded.start_to_original(s), folded.end_to_original(e, original)),
                entity: ent,
            });
        }
        out.sort_by_key(|m| m.span.start);
        out
    }
}

/// Every whole-word match (start, end, pattern) of the folded text: by the
/// runs' index when given, else by the overlapping automaton. Every pattern
/// starts with a word byte, so a whole-word match starts where a run of word
/// bytes does, and its own first run of word bytes is that whole run (the
/// byte after it in the pattern, or past its end in the text, is no word
/// byte): the index looks up the text's runs and compares only the patterns
/// starting with the same run, and finds the triples the automaton keeps.
fn whole_word_hits(
    folded: &Folded,
    by_first_run: Option<&FirstRuns>,
    ac: Option<&AhoCorasick>,
    mut hit: impl FnMut(usize, usize, usize),
) {
    let ft = folded.text.as_bytes();
    if let Some(fr) = by_first_run {
        fr.whole_words(&folded.text, hit);
    } else if let Some(ac) = ac {
        for m in ac.find_overlapping_iter(folded.text.as_str()) {
            let (s, e) = (m.start(), m.end());
            if (s > 0 && is_word_byte(ft[s - 1])) || (e < ft.len() && is_word_byte(ft[e])) {
                continue;
            }
            hit(s, e, m.pattern().as_usize());
        }
    }
}

/// The overlapping automaton over the folded labels.
fn automaton(labels: &[String]) -> std::result::Result<AhoCorasick, String> {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(labels)
        .map_err(|e| e.to_string())
}

#[inline]
fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// `is_ascii_alphanumeric() || b >= 0x80` for every byte, looked up (it is
/// asked of every byte of a document).
static WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c >= 0x80;
        b += 1;
    }
    t
};

/// Whether the words around `[s, e)` are written in capitals (a heading).
fn shouting(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].split_whitespace().next_back().unwrap_or("");
    let after = text[e..].split_whitespace().next().unwrap_or("");
    // (Two letters or more, all capitals: counted, not collected.)
    let caps = |w: &str| {
        let (mut letters, mut upper) = (0, 0);
        for c in w.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        }
        letters >= 2 && upper == letters
    };
    let quiet = |w: &str| w.chars().all(|c| !c.is_alphabetic());
    (caps(before) || quiet(before)) && (caps(after) || quiet(after)) && (caps(before) || caps(after))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs' index finds what the overlapping automaton finds, in the
    /// same order, on every file of corpus/ and its dev sets and on text
    /// with names inside words, dashes, acronyms and diacritics.
    #[test]
    fn first_runs_find_what_the_automaton_finds() {
        let k = crate::knowledge::Knowledge::load(Some(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/ontology"))))
            .expect("the ontology loads");
        let g = &k.gazetteer;
        assert!(g.by_first_run.is_some(), "every label starts with a word byte");
        let mut texts: Vec<String> = vec![
            "UNODC and the UNODC's office; Viet Nam–Lao PDR, VIET NAM, US$15 billion, the US, UNTOC/UNCAC.".into(),
            "Hà Nội hosted the Hanoi Convention signing; xUNODC UNODCx (UNODC) Bộ Công an, Ministry of Public Security.".into(),
        ];
        texts.extend(crate::text::corpus_texts());
        assert!(texts.len() > 50, "the corpus files are read");
        let ac = automaton(&g.by_first_run.as_ref().expect("runs").labels).expect("the automaton builds");
        let mut found = 0;
        for t in &texts {
            let f = Folded::new(t);
            let a = g.find_with(t, &f, g.by_first_run.as_ref(), None);
            let b = g.find_with(t, &f, None, Some(&ac));
            let key = |v: &[GazMatch]| {
                v.iter()
                    .map(|m| (m.span.start, m.span.end, m.entity))
                    .collect::<Vec<_>>()
            };
            assert_eq!(key(&a), key(&b));
            found += a.len();
        }
        assert!(found > 1000);
    }

    /// Names inside names and lookups by the runs' index give what the
    /// overlapping automaton gave, in the same order: on every label of the
    /// gazetteer as written, in capitals, inside longer names and after
    /// "UN", and on every line of corpus/ and its dev sets.
    #[test]
    fn inner_and_lookup_by_first_runs_as_by_the_automaton() {
        let k = crate::knowledge::Knowledge::load(Some(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/ontology"))))
            .expect("the ontology loads");
        let g = &k.gazetteer;
        let fr = g.by_first_run.as_ref().expect("every label starts with a word byte");
        let ac = automaton(&fr.labels).expect("the automaton builds");
        let mut names: Vec<String> = Vec::new();
        let labels: Vec<&String> = g.entities.iter().flat_map(|e| e.labels.iter()).collect();
        for (i, l) in labels.iter().enumerate() {
            let other = labels[(i * 7 + 3) % labels.len()];
            names.extend([
                l.to_string(),
                l.to_uppercase(),
                format!("UN {l}"),
                format!("{l} of {other}"),
                format!("the {other} and {l} Office"),
                format!("{l}-{other}"),
            ]);
        }
        for t in crate::text::corpus_texts() {
            names.extend(t.lines().map(str::to_string));
        }
        let (mut inner, mut looked_up) = (0, 0);
        for n in &names {
            let f = Folded::new(n);
            let a = g.inner_with(n, &f, Some(fr), None);
            let b = g.inner_with(n, &f, None, Some(&ac));
            assert_eq!(a, b, "inner of {n:?}");
            inner += a.len();
            let a = g.lookup_with(n, Some(fr), None);
            let b = g.lookup_with(n, None, Some(&ac));
            assert_eq!(a, b, "lookup of {n:?}");
            looked_up += usize::from(a.is_some());
        }
        assert!(
            inner > 1000 && looked_up > 500,
            "{inner} inner names, {looked_up} found"
        );
    }
}
