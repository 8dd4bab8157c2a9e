//! Everything extraction reads from `ontology/`, loaded and checked once and
//! shared read-only by all threads: the ontology, the gazetteer, the relation
//! rules, the event head nouns, the titles of posts and the head nouns of
//! organisational units.
//!
//! The files are looked up in a directory given by the user; a copy compiled
//! into the binary serves when no directory is given, so that `vnkg` works
//! from any folder.

use crate::error::{Error, Result};
use crate::gazetteer::EntityIdx;
use crate::gazetteer::Gazetteer;
use crate::ontology::{parse_rdf, stable_blank_nodes, ClassId, Ontology, PropId};
use crate::rules::RuleSet;
use crate::text::fold;
use oxigraph::io::RdfFormat;
use oxigraph::model::Quad;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub const FILES: [&str; 6] = [
    "vnkg.ttl",
    "gazetteer.ttl",
    "rules.txt",
    "events.tsv",
    "titles.txt",
    "units.tsv",
];

const BUILTIN: [(&str, &str); 6] = [
    ("vnkg.ttl", include_str!("../ontology/vnkg.ttl")),
    ("gazetteer.ttl", include_str!("../ontology/gazetteer.ttl")),
    ("rules.txt", include_str!("../ontology/rules.txt")),
    ("events.tsv", include_str!("../ontology/events.tsv")),
    ("titles.txt", include_str!("../ontology/titles.txt")),
    ("units.tsv", include_str!("../ontology/units.tsv")),
];

/// The class and property ids the code refers to by name.
#[derive(Debug, Clone, Copy)]
pub struct Vocab {
    pub country: ClassId,
    pub body: ClassId,
    pub agency: ClassId,
    pub event: ClassId,
    pub session: ClassId,
    pub person: ClassId,
    pub post: ClassId,
    pub place: ClassId,
    pub treaty: ClassId,
    pub declaration: ClassId,
    pub topic: ClassId,
    pub addresses: PropId,
    pub concerns: PropId,
    pub document: ClassId,
    pub session_of: PropId,
    pub holds_position: PropId,
    pub post_in: PropId,
    pub representing: PropId,
    pub part_of: PropId,
    pub start_date: PropId,
    pub end_date: PropId,
    pub participated_in: PropId,
    pub spoke_at: PropId,
    pub held_in: PropId,
    pub signed: PropId,
    pub party_to: PropId,
    pub ratified: PropId,
    pub committed_to_ratify: PropId,
    pub concluded_agreement_with: PropId,
    pub cooperates_with: PropId,
    pub mentions: PropId,
}

/// Everything loaded from `ontology/`.
pub struct Knowledge {
    pub ontology: Ontology,
    pub gazetteer: Gazetteer,
    pub rules: RuleSet,
    /// Folded head noun (one or more words) → event class.
    pub event_heads: Vec<(Vec<String>, ClassId)>,
    /// The first word of each event head, so that a token no head starts
    /// with (nor its plural) is passed over with one lookup.
    pub event_head_first: WordSet,
    /// Titles of posts, portfolios and honorifics.
    pub titles: Titles,
    /// Head nouns of organisational units and the words of "part of"
    /// appositions (`units.tsv`).
    pub units: Units,
    /// Bodies of a treaty, by the name before "to" and the treaty:
    /// ("conference of the states parties", UNCAC) → the UNCAC's conference.
    /// Read off the gazetteer's names "<name> to <treaty>".
    pub treaty_bodies: HashMap<(String, EntityIdx), EntityIdx>,
    pub vocab: Vocab,
    /// The quads of vnkg.ttl (the gazetteer's are in `gazetteer.quads`).
    pub ontology_quads: Vec<Quad>,
    /// Every rule's default confidence by its name: the rules of
    /// `rules.txt`, then the extractor's [`BUILT_IN_RULES`]. An evidence
    /// node states its confidence only when it differs from its rule's.
    pub rule_defaults: HashMap<String, f32>,
    /// What the extractor's stages ask of a word, by word (made from the
    /// rules' lexicon and the extractor's trigger words).
    pub words: crate::extract::SentLexicon,
    /// Where the files came from (None: the built-in copy).
    pub dir: Option<PathBuf>,
}

impl Knowledge {
    /// The state (its gazetteer index) that a known entity belongs to, up
    /// its `vnkg:partOf` chain (at most four steps); a state is its own.
    pub fn state_of_known(&self, mut idx: u32) -> Option<u32> {
        for _ in 0..4 {
            let known = self.gazetteer.get(idx);
            if self.ontology.is_a(known.class, self.vocab.country) {
                return Some(idx);
            }
            idx = known.part_of.iter().find_map(|iri| self.gazetteer.by_iri(iri))?;
        }
        None
    }

    /// Loads from `dir`, or the built-in copy when `dir` is None.
    pub fn load(dir: Option<&Path>) -> Result<Self> {
        let mut texts = Vec::with_capacity(FILES.len());
        for (name, builtin) in BUILTIN {
            match dir {
                Some(d) => {
                    let p = d.join(name);
                    let t = std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e))?;
                    texts.push((p, t));
                }
                None => texts.push((
                    PathBuf::from(format!("<built-in>/ontology/{name}")),
                    builtin.to_string(),
                )),
            }
        }
        let [(onto_path, onto), (gaz_path, gaz), (rules_path, rules), (ev_path, ev), (ti_path, ti), (un_path, un)] =
            <[(PathBuf, String); 6]>::try_from(texts).map_err(|_| Error::Invalid("ontology files".into()))?;
        let ontology_quads = stable_blank_nodes(parse_rdf(&onto_path, onto.as_bytes(), RdfFormat::Turtle)?, "onto");
        let schema_err = |m: String| Error::Syntax {
            path: onto_path.clone(),
            line: 0,
            message: m,
        };
        let ontology = Ontology::from_quads(&ontology_quads).map_err(schema_err)?;
        let vocab = vocab(&ontology).map_err(schema_err)?;
        let gazetteer = Gazetteer::parse(&gaz_path, gaz.as_bytes(), &ontology)?;
        let rules = RuleSet::parse(&rules, &rules_path, &ontology)?;
        let event_heads = load_event_heads(&ev_path, &ev, &ontology)?;
        let titles = load_titles(&ti_path, &ti)?;
        let units = load_units(&un_path, &un, &ontology, &vocab)?;
        let treaty_bodies = treaty_bodies(&gazetteer, &ontology, &vocab);
        let mut rule_defaults: HashMap<String, f32> =
            rules.rules.iter().map(|r| (r.id.to_string(), r.confidence)).collect();
        for (name, c) in BUILT_IN_RULES {
            rule_defaults.entry(name.to_string()).or_insert(c);
        }
        let event_head_first = event_heads.iter().filter_map(|(w, _)| w.first().cloned()).collect();
        let words = crate::extract::SentLexicon::new(&rules, &event_heads, &units, &titles);
        Ok(Knowledge {
            ontology,
            gazetteer,
            rules,
            event_heads,
            event_head_first,
            titles,
            units,
            treaty_bodies,
            vocab,
            ontology_quads,
            rule_defaults,
            words,
            dir: dir.map(Path::to_path_buf),
        })
    }
}

/// The rules built into the extractor's code (those not in `rules.txt`),
/// with the confidence each gives a fact when nothing lowers it: written
/// once, on the rule's node in the ontology graph, instead of on every
/// evidence node. A rule missing here still works: its evidence then states
/// its confidence and its graph names the rule (see `rdf::quads`); a test
/// checks that every rule name in `src/extract/` is here or in `rules.txt`.
pub const BUILT_IN_RULES: [(&str, f32); 89] = [
    ("document.led-a-delegation", 0.75),
    ("document.audience", 0.75),
    ("document.dateline", 0.8),
    ("document.delegation", 0.75),
    ("document.delegation-includes", 0.75),
    ("document.delegation-led-by", 0.75),
    ("document.delegation-list", 0.75),
    ("document.heads-listed", 0.75),
    ("document.declaration-adopted", 0.7),
    ("document.two-sides-cooperation", 0.7),
    ("document.two-organisations", 0.7),
    ("document.thanked-for-support", 0.7),
    ("document.three-states", 0.7),
    ("person.title-of-delegation", 0.8),
    ("person.head-of-org-delegation", 0.8),
    ("document.delivered-by", 0.8),
    ("document.discussed", 0.7),
    ("document.in-his-speech", 0.8),
    ("document.news-dateline", 0.7),
    ("document.bullet-signatories", 0.75),
    ("document.bullet-participants", 0.75),
    ("document.listed-participants", 0.75),
    ("document.represented-by", 0.7),
    ("document.participants-representing", 0.7),
    ("document.bullet-heads-of-delegation", 0.75),
    ("document.heading-participants", 0.75),
    ("document.participants-from", 0.7),
    ("document.present-were", 0.75),
    ("document.quoted-speaker", 0.6),
    ("document.relative-day", 0.7),
    ("document.statement-by", 0.8),
    ("document.statement-of", 0.8),
    ("document.theme", 0.75),
    ("document.unsaid-participation", 0.7),
    ("event.between-parties", 0.75),
    ("event.known-session", 0.9),
    ("event.numbered", 0.95),
    ("event.committee-session", 0.9),
    ("event.of-treaty-parties", 0.8),
    ("event.of-body", 0.8),
    ("event.reception", 0.75),
    ("event.joint-talks", 0.75),
    ("event.their-meeting", 0.75),
    ("event.signer", 0.75),
    ("document.delivered-remarks", 0.8),
    ("event.witness", 0.75),
    ("person.counterpart", 0.7),
    ("person.head-of-delegation", 0.8),
    ("event.visit", 0.75),
    ("event.held-with", 0.75),
    ("document.told-participants", 0.7),
    ("event.treaty-signing", 0.8),
    ("event.fronted-signing", 0.8),
    ("event.signed-at-ceremony", 0.75),
    ("event.treaty-signing-active", 0.75),
    ("event.unnamed-by", 0.8),
    ("event.unnamed-in", 0.8),
    ("event.unnamed-on", 0.8),
    // 0.85 × the confidence of the participation it is inferred from
    // (`person.title`'s 0.9, written 0.76), at most the delegate's.
    ("infer.delegate-country", 0.76),
    ("name.addresses", 0.8),
    ("name.concerns", 0.8),
    ("name.office-of", 0.8),
    ("name.part-of", 0.8),
    ("org.foreign-agency", 0.8),
    ("org.national-name", 0.8),
    ("person.org-chain", 0.75),
    ("person.post-represents", 0.7),
    ("person.title", 0.9),
    ("treaty.bilateral-in-force", 0.8),
    ("treaty.bilateral-signed", 0.8),
    ("treaty.decision", 0.8),
    ("treaty.elliptic-among-ratified", 0.75),
    ("treaty.elliptic-list-ratified", 0.75),
    ("treaty.elliptic-list-signed", 0.75),
    ("treaty.elliptic-among-signed", 0.75),
    ("treaty.elliptic-instrument", 0.75),
    ("treaty.elliptic-ratified", 0.75),
    ("treaty.elliptic-signatory", 0.75),
    ("treaty.elliptic-signed", 0.75),
    ("treaty.elliptic-state-party", 0.75),
    ("treaty.party-by-ratification", 0.8),
    ("treaty.will-ratify", 0.8),
    ("unit.apposition", 0.8),
    ("unit.fronted-part", 0.8),
    ("unit.its", 0.8),
    ("unit.named-after", 0.8),
    ("unit.possessive", 0.8),
    ("unit.under", 0.8),
    ("unit.under-list", 0.8),
];

/// A set of folded words, asked about every token of a sentence: a word
/// whose shape no member has ([`WordShapes`]) is refused before any hashing,
/// and `contains` answers as the hash set does.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    set: rustc_hash::FxHashSet<String>,
    shapes: crate::text::WordShapes,
}

impl WordSet {
    pub fn insert(&mut self, w: String) -> bool {
        self.shapes.add(&w);
        self.set.insert(w)
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.shapes.may_hold(w) && self.set.contains(w)
    }

    /// The members, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.set.iter().map(String::as_str)
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Self {
        let mut set = WordSet::default();
        for w in iter {
            set.insert(w);
        }
        set
    }
}

/// The lists of `units.tsv`.
#[derive(Debug, Clone, Default)]
pub struct Units {
    /// Head nouns of units (folded words) with the class a unit gets when no
    /// parent is named (None: a longer head that is no unit, "convention
    /// centre"); longest first.
    pub heads: Vec<(Vec<String>, Option<ClassId>)>,
    /// The last word of every head, so that a token no head ends with is
    /// refused with one lookup.
    pub head_last: WordSet,
    /// The first word of every head.
    pub head_first: WordSet,
    /// Appositions that say "part of" ("a functional commission"), folded
    /// words, longest first.
    pub parts: Vec<Vec<String>>,
    /// Nouns that, after "the", stand for an organisation named before
    /// ("the ministry's department", "under the Ministry"), folded.
    pub refer: WordSet,
    /// Names (folded) that lead other organisations' names as a qualifier,
    /// not as their parent ("UN Secretariat").
    pub qualifiers: Vec<String>,
    /// Qualifiers that do not make a unit's name ("Country Office"), folded.
    pub generic: WordSet,
}

fn load_units(path: &Path, text: &str, o: &Ontology, v: &Vocab) -> Result<Units> {
    let mut u = Units::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |message: String| Error::Syntax {
            path: path.to_path_buf(),
            line: n + 1,
            message,
        };
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        let words = |w: &str| -> Vec<String> {
            fold(w)
                .split(' ')
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect()
        };
        match cols.as_slice() {
            ["head", w, "-"] if !words(w).is_empty() => u.heads.push((words(w), None)),
            ["head", w, class] if !words(w).is_empty() => {
                let c = o
                    .class_by_name(class)
                    .filter(|&c| c == v.agency || c == v.body)
                    .ok_or_else(|| err(format!("'{class}' is not Agency or Body (or -)")))?;
                u.heads.push((words(w), Some(c)));
            }
            ["part", w] if !words(w).is_empty() => u.parts.push(words(w)),
            ["qualifier", w] if !words(w).is_empty() => u.qualifiers.push(fold(w)),
            ["generic", w] if words(w).len() == 1 => {
                u.generic.insert(fold(w));
            }
            ["refer", w] if words(w).len() == 1 => {
                u.refer.insert(fold(w));
            }
            _ => {
                return Err(err(
                    "expected `head<TAB>words<TAB>Agency|Body|-`, `part<TAB>words`, `qualifier<TAB>name`, `generic<TAB>word` or `refer<TAB>word`".into(),
                ))
            }
        }
    }
    u.heads.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    u.parts.sort_by_key(|w| std::cmp::Reverse(w.len()));
    u.head_last = u.heads.iter().filter_map(|(w, _)| w.last().cloned()).collect();
    u.head_first = u.heads.iter().filter_map(|(w, _)| w.first().cloned()).collect();
    Ok(u)
}

/// Every body name of the form "<name> to <treaty>" in the gazetteer.
fn treaty_bodies(g: &Gazetteer, o: &Ontology, v: &Vocab) -> HashMap<(String, EntityIdx), EntityIdx> {
    let mut out = HashMap::new();
    for (i, e) in g.entities.iter().enumerate() {
        if !o.is_a(e.class, v.body) {
            continue;
        }
        for label in &e.labels {
            for (at, _) in label.match_indices(" to ") {
                let head = &label[..at];
                let rest = label[at + 4..].trim_start_matches("the ");
                let Some(t) = g.lookup(rest) else { continue };
                if o.is_a(g.get(t).class, v.treaty) {
                    out.entry((crate::text::fold(head), t)).or_insert(i as EntityIdx);
                }
            }
        }
    }
    out
}

fn vocab(o: &Ontology) -> std::result::Result<Vocab, String> {
    let c = |n: &str| {
        o.class_by_name(n)
            .ok_or_else(|| format!("the ontology lacks the class vnkg:{n}"))
    };
    let p = |n: &str| {
        o.property(n)
            .ok_or_else(|| format!("the ontology lacks the property vnkg:{n}"))
    };
    Ok(Vocab {
        country: c("Country")?,
        body: c("Body")?,
        agency: c("Agency")?,
        event: c("Event")?,
        session: c("Session")?,
        person: c("Person")?,
        post: c("Post")?,
        place: c("Place")?,
        treaty: c("Treaty")?,
        declaration: c("Declaration")?,
        topic: c("Topic")?,
        addresses: p("addresses")?,
        concerns: p("concerns")?,
        document: c("Document")?,
        session_of: p("sessionOf")?,
        holds_position: p("holdsPosition")?,
        post_in: p("postIn")?,
        representing: p("representing")?,
        part_of: p("partOf")?,
        start_date: p("startDate")?,
        end_date: p("endDate")?,
        participated_in: p("participatedIn")?,
        spoke_at: p("spokeAt")?,
        held_in: p("heldIn")?,
        signed: p("signed")?,
        party_to: p("partyTo")?,
        ratified: p("ratified")?,
        committed_to_ratify: p("committedToRatify")?,
        concluded_agreement_with: p("concludedAgreementWith")?,
        cooperates_with: p("cooperatesWith")?,
        mentions: p("mentions")?,
    })
}

fn load_event_heads(path: &Path, text: &str, o: &Ontology) -> Result<Vec<(Vec<String>, ClassId)>> {
    let mut out = Vec::new();
    let mut seen = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (head, class) = line.split_once('\t').ok_or_else(|| Error::Syntax {
            path: path.to_path_buf(),
            line: n + 1,
            message: "expected `head noun<TAB>Class`".into(),
        })?;
        let class = class.trim();
        let c = o.class_by_name(class).ok_or_else(|| Error::Syntax {
            path: path.to_path_buf(),
            line: n + 1,
            message: format!("'{class}' is not a class of the ontology"),
        })?;
        if !o.is_a(c, o.class_by_name("Event").unwrap_or(c)) {
            return Err(Error::Syntax {
                path: path.to_path_buf(),
                line: n + 1,
                message: format!("'{class}' is not a subclass of vnkg:Event"),
            });
        }
        let words: Vec<String> = fold(head).split(' ').map(str::to_string).collect();
        if seen.insert(words.clone(), c).is_none() {
            out.push((words, c));
        }
    }
    out.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    Ok(out)
}

/// A title of a post as a word sequence, with its canonical form where the
/// written one is an abbreviation ("Deputy PM = Deputy Prime Minister").
#[derive(Debug, Clone)]
pub struct TitleDef {
    pub words: Vec<String>,
    pub canonical: Option<String>,
}

/// The lists of `titles.txt`.
#[derive(Debug, Clone, Default)]
pub struct Titles {
    /// Longest first.
    pub titles: Vec<TitleDef>,
    /// Portfolios that follow "Minister of" ("Foreign Affairs"), folded words.
    pub portfolios: Vec<Vec<String>>,
    /// Word sequences before a name that are not posts ("Mr", "Ambassador",
    /// "Senior Lieutenant General"), folded, longest first.
    pub honorifics: Vec<Vec<String>>,
    /// The first word of every title, and of every honorific, so that a
    /// token none starts with is refused with one lookup (`None` when some
    /// sequence has no word: it starts everywhere).
    pub title_first: Option<WordSet>,
    pub honorific_first: Option<WordSet>,
}

/// The first words of `seqs`; `None` when one of them is empty.
fn first_words<'a>(mut seqs: impl Iterator<Item = &'a Vec<String>>) -> Option<WordSet> {
    seqs.try_fold(WordSet::default(), |mut set, w| {
        set.insert(w.first()?.clone());
        Some(set)
    })
}

fn load_titles(path: &Path, text: &str) -> Result<Titles> {
    let mut t = Titles::default();
    let mut section = "";
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split_once('#').map_or(raw, |(a, _)| a).trim();
        if line.is_empty() {
            continue;
        }
        if let Some(s) = line.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            section = match s {
                "titles" => "titles",
                "portfolios" => "portfolios",
                "honorifics" => "honorifics",
                other => {
                    return Err(Error::Syntax {
                        path: path.to_path_buf(),
                        line: n + 1,
                        message: format!("unknown section [{other}] (titles, portfolios, honorifics)"),
                    })
                }
            };
            continue;
        }
        let words = |s: &str| {
            fold(s)
                .replace(',', " ,")
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        match section {
            "titles" => {
                let (w, c) = match line.split_once('=') {
                    Some((a, b)) => (a.trim(), Some(b.trim().to_string())),
                    None => (line, None),
                };
                t.titles.push(TitleDef {
                    words: words(w),
                    canonical: c,
                });
            }
            "portfolios" => t.portfolios.push(words(line)),
            "honorifics" => t.honorifics.push(words(line)),
            _ => {
                return Err(Error::Syntax {
                    path: path.to_path_buf(),
                    line: n + 1,
                    message: "a line before any [section]".into(),
                })
            }
        }
    }
    t.titles.sort_by_key(|d| std::cmp::Reverse(d.words.len()));
    t.title_first = first_words(t.titles.iter().map(|d| &d.words));
    t.honorific_first = first_words(t.honorifics.iter());
    t.portfolios.sort_by_key(|w| std::cmp::Reverse(w.len()));
    t.honorifics.sort_by_key(|w| std::cmp::Reverse(w.len()));
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule name the extractor's code writes (a string literal such as
    /// `"event.numbered"` in `src/extract/`) has a default confidence, so
    /// that its evidence nodes need not state it.
    #[test]
    fn every_built_in_rule_has_a_default() {
        let k = Knowledge::load(None).expect("the built-in ontology loads");
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract");
        let name = regex::Regex::new(r#""([a-z]{3,}\.[a-z][a-z0-9-]{2,})""#).expect("regex");
        let mut seen = 0;
        for entry in std::fs::read_dir(&dir).expect("src/extract") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("source");
            for c in name.captures_iter(&text) {
                seen += 1;
                assert!(
                    k.rule_defaults.contains_key(&c[1]),
                    "{}: rule {} is neither in rules.txt nor in BUILT_IN_RULES",
                    path.display(),
                    &c[1]
                );
            }
        }
        assert!(seen >= 30, "found only {seen} rule names in src/extract");
        // rules.txt's own rules are there with their confidence.
        let r = &k.rules.rules[0];
        assert_eq!(k.rule_defaults.get(&*r.id), Some(&r.confidence));
    }
}
