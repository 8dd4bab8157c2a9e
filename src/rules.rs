//! The relation-pattern language: parsing `ontology/rules.txt`, checking each
//! rule against the ontology when it is loaded, and matching rules over a
//! sentence seen as a sequence of items (tokens, and entity or date mentions
//! collapsed to one item each, coordinated lists collapsed to one item).
//!
//! The language is documented at the top of `ontology/rules.txt`. Knows
//! nothing of the store or of IRIs.

use crate::error::{Error, Result};
use crate::ontology::{ClassId, Ontology, PropId};
use crate::text::{fold, Span};
use std::path::Path;
use std::sync::Arc;

/// What a mention element accepts.
#[derive(Debug, Clone, PartialEq)]
pub enum ClassSet {
    /// A date mention.
    Date,
    /// An entity mention of one of these classes (or their subclasses).
    Classes(Vec<ClassId>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capture {
    None,
    Subject,
    Object,
    /// Both ends of a symmetric relation inside one coordinated item
    /// ("cooperation between A and B"): the facts link every pair.
    Pair,
}

#[derive(Debug, Clone)]
enum Elem {
    /// One token whose folded form is one of these words (a trailing `*`
    /// makes a prefix).
    Word {
        alts: Vec<(String, bool)>,
        optional: bool,
        /// `alts` as numbers of the rule set's [`Lexicon`].
        code: WordCode,
    },
    /// A mention item.
    Mention {
        set: ClassSet,
        capture: Capture,
        optional: bool,
    },
    /// Between `min` and `max` items of any kind (never a `;`), lazily.
    Gap { min: usize, max: usize },
}

/// A compiled relation rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: Arc<str>,
    pub relation: PropId,
    pub confidence: f32,
    pub priority: i32,
    /// The fact is `relation(object, subject)`.
    pub inverse: bool,
    /// Whether the modality cues are ignored (for rules whose pattern
    /// contains the cue word itself).
    pub ignore_modality: bool,
    /// Whether the subject and the object must each be one mention, not a
    /// coordinated list ("A, B and the Department of X of the Ministry": the
    /// "of" phrase is the last member's only).
    pub single: bool,
    /// The pattern captures a pair (`P:{…}`) rather than `S:` and `O:`.
    pub pair: bool,
    /// Whether the object is captured after the subject (the usual
    /// "S … verb … O"): matches are then told apart by their object, else
    /// by their subject ("O … organised by S").
    object_last: bool,
    elems: Vec<Elem>,
}

/// Cue words that change the modality of a fact.
#[derive(Debug, Clone, Default)]
pub struct ModalityCues {
    /// Each cue is a sequence of folded words (a trailing `*` = prefix).
    pub negation: Vec<Vec<(String, bool)>>,
    pub hedge: Vec<Vec<(String, bool)>>,
    pub future: Vec<Vec<(String, bool)>>,
    /// The cues by their first word: (kind, index) of each cue starting
    /// with an exact word; prefix first words by their first byte; cues
    /// with no word (they start everywhere). Kind: 0 negation, 1 hedge,
    /// 2 future.
    by_first: rustc_hash::FxHashMap<String, Vec<(u8, u32)>>,
    /// The shapes of `by_first`'s words: most words start no cue, and are
    /// told so without hashing.
    first_shapes: crate::text::WordShapes,
    prefix_by_byte: Vec<Vec<(String, u8, u32)>>,
    empty: Vec<(u8, u32)>,
}

/// A negation or hedge cue starts at the word ([`ModalityCues::flags_at`]).
pub const CUE_NOT_ASSERTED: u8 = 1;
/// A future cue starts at the word.
pub const CUE_FUTURE: u8 = 2;

impl ModalityCues {
    /// Indexes the cues by their first words (after the cues are read).
    fn index(&mut self) {
        self.by_first.clear();
        self.first_shapes = crate::text::WordShapes::default();
        self.prefix_by_byte = vec![Vec::new(); 256];
        self.empty.clear();
        for (kind, list) in [&self.negation, &self.hedge, &self.future].into_iter().enumerate() {
            for (ci, cue) in list.iter().enumerate() {
                let at = (kind as u8, ci as u32);
                match cue.first() {
                    None => self.empty.push(at),
                    Some((w, true)) => match w.as_bytes().first() {
                        Some(&b) => self.prefix_by_byte[usize::from(b)].push((w.clone(), at.0, at.1)),
                        None => self.empty.push(at),
                    },
                    Some((w, false)) => {
                        self.first_shapes.add(w);
                        self.by_first.entry(w.clone()).or_default().push(at)
                    }
                }
            }
        }
    }

    /// Which cues start at word `i`: [`CUE_NOT_ASSERTED`] for a negation or
    /// hedge, [`CUE_FUTURE`] for a future (0: none). The same as testing
    /// every cue with [`cue_at`], trying only those whose first word fits.
    pub fn flags_at(&self, words: &[&str], i: usize) -> u8 {
        let Some(&w) = words.get(i) else {
            return 0;
        };
        let mut flags = 0;
        let mut test = |(kind, ci): (u8, u32)| {
            let list = match kind {
                0 => &self.negation,
                1 => &self.hedge,
                _ => &self.future,
            };
            if cue_at(&list[ci as usize], words, i) {
                flags |= if kind == 2 { CUE_FUTURE } else { CUE_NOT_ASSERTED };
            }
        };
        self.empty.iter().for_each(|&at| test(at));
        if let Some(cues) = self.first_shapes.may_hold(w).then(|| self.by_first.get(w)).flatten() {
            cues.iter().for_each(|&at| test(at));
        }
        if let Some(&b) = w.as_bytes().first() {
            for (p, kind, ci) in self.prefix_by_byte.get(usize::from(b)).into_iter().flatten() {
                if w.starts_with(p.as_str()) {
                    test((*kind, *ci));
                }
            }
        }
        flags
    }
}

/// All rules of a file, with the modality cues.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub cues: ModalityCues,
    lexicon: Lexicon,
    candidates: Candidates,
}

/// The words of the patterns as numbers, so that matching a sentence
/// compares integers, not strings: each exact word has an id, each prefix
/// (`word*`) a bit (the first 64; any further prefix is compared as text).
#[derive(Debug, Clone, Default)]
struct Lexicon {
    ids: rustc_hash::FxHashMap<String, u32>,
    /// The shapes of the words of `ids`: most of a sentence's words are
    /// none of them, and are told so without hashing.
    shapes: crate::text::WordShapes,
    prefixes: Vec<String>,
    /// For each first byte, the bits of the (first 64) prefixes that start
    /// with it; `empty_prefixes` for prefixes with no byte.
    by_first: Vec<u64>,
    empty_prefixes: u64,
}

/// Which rules can match a sentence at all, by one word each rule cannot do
/// without (its key): the rules keyed by each word id, the rules keyed by a
/// prefix bit, and the rules to try in every sentence (no key).
#[derive(Debug, Clone, Default)]
struct Candidates {
    by_id: Vec<Vec<u32>>,
    by_bits: Vec<(u64, u32)>,
    always: Vec<u32>,
}

/// Words too common to tell which rules can match (a rule's key is another
/// of its words where it has one).
const COMMON: &[&str] = &[
    "the", "of", "a", "an", "and", "in", "on", "at", "to", "for", "by", "with", "from", "as", ",", ".", "is", "was",
    "are", "were", "be", "been", "has", "have", "had", "its", "their", "his", "her", "this", "that", "which", "who",
    "-", "(", ")", "'", "s",
];

/// One pattern word's alternatives, coded with the [`Lexicon`].
#[derive(Debug, Clone, Default)]
struct WordCode {
    exact: Vec<u32>,
    /// A bit per id of `exact`, by the id's low six bits: an id whose bit
    /// is not set is none of them, told without scanning `exact`.
    exact_bits: u64,
    bits: u64,
    long: Vec<String>,
}

/// A sentence's items coded with the [`Lexicon`]: the id of each item's word
/// (`NO_ID` for a mention or a word no pattern has), the prefix bits it
/// matches, and which ids and bits occur anywhere.
#[derive(Default)]
struct Coded {
    ids: Vec<u32>,
    bits: Vec<u64>,
    present: Vec<bool>,
    present_bits: u64,
}

/// The matcher's buffers, kept from one sentence to the next on each thread
/// (they were allocated, and `present` zeroed over the whole lexicon, for
/// every sentence).
#[derive(Default)]
struct Scratch {
    coded: Coded,
    tried: Vec<u64>,
    found: Vec<(Caps, usize)>,
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::new(Scratch::default());
}

const NO_ID: u32 = u32::MAX;

/// The id of no word of the lexicon ([`RuleSet::word_id`]).
pub const NO_WORD: u32 = NO_ID;

impl Lexicon {
    fn code(&mut self, alts: &[(String, bool)]) -> WordCode {
        let mut c = WordCode::default();
        for (w, prefix) in alts {
            if *prefix {
                let i = match self.prefixes.iter().position(|p| p == w) {
                    Some(i) => i,
                    None => {
                        self.prefixes.push(w.clone());
                        self.prefixes.len() - 1
                    }
                };
                if i < 64 {
                    c.bits |= 1 << i;
                } else {
                    c.long.push(w.clone());
                }
            } else {
                let n = self.ids.len() as u32;
                self.shapes.add(w);
                let id = *self.ids.entry(w.clone()).or_insert(n);
                c.exact.push(id);
                c.exact_bits |= 1 << (id % 64);
            }
        }
        c
    }

    /// Fills `by_first` (after all patterns are coded).
    fn index_prefixes(&mut self) {
        self.by_first = vec![0; 256];
        self.empty_prefixes = 0;
        for (i, p) in self.prefixes.iter().take(64).enumerate() {
            match p.as_bytes().first() {
                Some(&b) => self.by_first[usize::from(b)] |= 1 << i,
                None => self.empty_prefixes |= 1 << i,
            }
        }
    }

    /// The id of `w` (`NO_ID` when no pattern has it).
    #[inline]
    fn id(&self, w: &str) -> u32 {
        match self.shapes.may_hold(w) {
            true => self.ids.get(w).copied().unwrap_or(NO_ID),
            false => NO_ID,
        }
    }

    /// Codes `view` into `c`, a buffer from an earlier sentence: `present`
    /// is cleared by unsetting the ids that sentence set (all of them are in
    /// its `ids`), so it is all false again without zeroing the lexicon.
    /// The items' word ids are `ids` when given (the same as [`Lexicon::id`]
    /// of each word item's word), else looked up here.
    fn sentence(&self, view: &SentenceView, ids: Option<&[u32]>, c: &mut Coded) {
        for &id in &c.ids {
            if id != NO_ID {
                c.present[id as usize] = false;
            }
        }
        debug_assert!(c.present.iter().all(|&p| !p));
        if c.present.len() < self.ids.len() {
            c.present.resize(self.ids.len(), false);
        }
        c.ids.clear();
        c.bits.clear();
        c.present_bits = 0;
        for (ii, it) in view.items.iter().enumerate() {
            let (id, bits) = if it.group.is_some() {
                (NO_ID, 0)
            } else {
                let w: &str = &it.word;
                let id = match ids {
                    Some(ids) => ids.get(ii).copied().unwrap_or(NO_ID),
                    None => self.id(w),
                };
                let mut bits = 0u64;
                let mut maybe = match w.as_bytes().first() {
                    Some(&b) => self.by_first.get(usize::from(b)).copied().unwrap_or(0),
                    None => self.empty_prefixes,
                };
                while maybe != 0 {
                    let i = maybe.trailing_zeros() as usize;
                    maybe &= maybe - 1;
                    if w.starts_with(self.prefixes[i].as_str()) {
                        bits |= 1 << i;
                    }
                }
                (id, bits)
            };
            if id != NO_ID {
                c.present[id as usize] = true;
            }
            c.present_bits |= bits;
            c.ids.push(id);
            c.bits.push(bits);
        }
    }
}

impl WordCode {
    /// Whether item `ii` (a word, not a mention) is one of the alternatives.
    #[inline]
    fn matches(&self, coded: &Coded, view: &SentenceView, ii: usize) -> bool {
        let id = coded.ids[ii];
        (id != NO_ID && self.exact_bits & 1 << (id % 64) != 0 && self.exact.contains(&id))
            || coded.bits[ii] & self.bits != 0
            || (!self.long.is_empty() && self.long.iter().any(|p| view.items[ii].word.starts_with(p.as_str())))
    }

    /// Whether some word item of the sentence is one of the alternatives.
    fn in_sentence(&self, coded: &Coded, view: &SentenceView) -> bool {
        self.exact.iter().any(|&id| coded.present[id as usize])
            || coded.present_bits & self.bits != 0
            || (!self.long.is_empty()
                && view
                    .items
                    .iter()
                    .any(|it| it.group.is_none() && self.long.iter().any(|p| it.word.starts_with(p.as_str()))))
    }
}

/// One item of a sentence view.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    pub span: Span,
    /// The folded token text (empty for mention items), borrowed from the
    /// sentence where it can be (no allocation per token).
    pub word: std::borrow::Cow<'a, str>,
    /// Index into [`SentenceView::groups`] for a mention item.
    pub group: Option<usize>,
}

/// A mention item: one mention or a coordinated list of mentions.
#[derive(Debug, Clone)]
pub struct Group {
    /// Indices of mentions (in the caller's mention table).
    pub members: Vec<usize>,
    /// `None` for dates.
    pub classes: Vec<Option<ClassId>>,
}

/// A sentence as rules see it.
#[derive(Debug, Clone, Default)]
pub struct SentenceView<'a> {
    pub items: Vec<Item<'a>>,
    pub groups: Vec<Group>,
}

/// A match of a rule: the subject and object groups and the matched span.
#[derive(Debug, Clone)]
pub struct RuleMatch {
    pub rule: usize,
    pub subject: usize,
    pub object: usize,
    pub span: Span,
    /// Item range of the match.
    pub first_item: usize,
    pub end_item: usize,
}

fn parse_words(s: &str) -> Vec<(String, bool)> {
    // Punctuation folds to nothing (a dash to a space): keep it as written,
    // the way tokens keep it.
    let folded = |w: &str| {
        let f = fold(w);
        if f.is_empty() {
            w.to_string()
        } else {
            f
        }
    };
    s.split('|')
        .filter(|w| !w.is_empty())
        .map(|w| match w.strip_suffix('*') {
            Some(p) if !p.is_empty() => (folded(p), true),
            _ => (folded(w), false),
        })
        .collect()
}

impl RuleSet {
    pub fn load(path: &Path, ontology: &Ontology) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Self::parse(&text, path, ontology)
    }

    pub fn parse(text: &str, path: &Path, ontology: &Ontology) -> Result<Self> {
        let syntax = |line: usize, message: String| Error::Syntax {
            path: path.to_path_buf(),
            line,
            message,
        };
        let mut set = RuleSet::default();
        struct Draft {
            id: String,
            line: usize,
            relation: Option<String>,
            pattern: Option<(usize, String)>,
            confidence: f32,
            priority: i32,
            inverse: bool,
            ignore_modality: bool,
            single: bool,
        }
        let mut drafts: Vec<Draft> = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            let line_no = n + 1;
            let line = raw.split_once('#').map_or(raw, |(a, _)| a).trim();
            if line.is_empty() {
                continue;
            }
            let (key, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            let rest = rest.trim();
            match key {
                "rule" => {
                    if rest.is_empty() || rest.contains(char::is_whitespace) {
                        return Err(syntax(line_no, "`rule` takes one identifier".into()));
                    }
                    if drafts.iter().any(|d| d.id == rest) {
                        return Err(syntax(line_no, format!("rule '{rest}' is defined twice")));
                    }
                    drafts.push(Draft {
                        id: rest.to_string(),
                        line: line_no,
                        relation: None,
                        pattern: None,
                        confidence: 0.8,
                        priority: 0,
                        inverse: false,
                        ignore_modality: false,
                        single: false,
                    });
                }
                "modality" => {
                    let (kind, cues) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
                    let list: Vec<Vec<(String, bool)>> = cues
                        .split('|')
                        .map(str::trim)
                        .filter(|c| !c.is_empty())
                        .map(|c| c.split_whitespace().flat_map(parse_words).collect())
                        .collect();
                    match kind {
                        "negation" => set.cues.negation.extend(list),
                        "hedge" => set.cues.hedge.extend(list),
                        "future" => set.cues.future.extend(list),
                        other => {
                            return Err(syntax(
                                line_no,
                                format!("unknown modality '{other}' (negation, hedge or future)"),
                            ))
                        }
                    }
                }
                "relation" | "pattern" | "confidence" | "priority" | "inverse" | "ignore-modality" | "single" => {
                    let Some(d) = drafts.last_mut() else {
                        return Err(syntax(line_no, format!("`{key}` before any `rule`")));
                    };
                    match key {
                        "relation" => d.relation = Some(rest.to_string()),
                        "pattern" if d.pattern.is_some() => {
                            return Err(syntax(
                                line_no,
                                format!("rule '{}' has a pattern already: one pattern a rule", d.id),
                            ))
                        }
                        "pattern" => d.pattern = Some((line_no, rest.to_string())),
                        "confidence" => {
                            d.confidence =
                                rest.parse()
                                    .ok()
                                    .filter(|c: &f32| (0.0..=1.0).contains(c))
                                    .ok_or_else(|| {
                                        syntax(line_no, format!("confidence '{rest}' is not a number in [0, 1]"))
                                    })?
                        }
                        "priority" => {
                            d.priority = rest
                                .parse()
                                .map_err(|_| syntax(line_no, format!("priority '{rest}' is not an integer")))?
                        }
                        "inverse" => d.inverse = true,
                        "single" => d.single = true,
                        _ => d.ignore_modality = true,
                    }
                }
                other => return Err(syntax(line_no, format!("unknown keyword '{other}'"))),
            }
        }
        for d in drafts {
            let rule_err = |message: String| Error::Rule {
                path: path.to_path_buf(),
                rule: d.id.clone(),
                message,
            };
            let rel_name = d
                .relation
                .clone()
                .ok_or_else(|| rule_err(format!("line {}: no `relation`", d.line)))?;
            let relation = ontology
                .property(&rel_name)
                .ok_or_else(|| rule_err(format!("relation '{rel_name}' is not a property of the ontology")))?;
            let (pline, ptext) = d
                .pattern
                .clone()
                .ok_or_else(|| rule_err(format!("line {}: no `pattern`", d.line)))?;
            // (A word written with a hyphen is three tokens: one rule for
            // each way of writing the pattern.)
            for ptext in hyphen_variants(&ptext) {
                let elems =
                    compile_pattern(&ptext, ontology).map_err(|m| syntax(pline, format!("rule '{}': {m}", d.id)))?;
                let pair = elems.iter().any(|e| {
                    matches!(
                        e,
                        Elem::Mention {
                            capture: Capture::Pair,
                            ..
                        }
                    )
                });
                let object_last = elems
                    .iter()
                    .rev()
                    .find_map(|e| match e {
                        Elem::Mention {
                            capture: Capture::Object,
                            ..
                        } => Some(true),
                        Elem::Mention {
                            capture: Capture::Subject,
                            ..
                        } => Some(false),
                        _ => None,
                    })
                    .unwrap_or(true);
                let rule = Rule {
                    pair,
                    object_last,
                    id: Arc::from(d.id.as_str()),
                    relation,
                    confidence: d.confidence,
                    priority: d.priority,
                    inverse: d.inverse,
                    ignore_modality: d.ignore_modality,
                    single: d.single,
                    elems,
                };
                check_rule(&rule, ontology).map_err(rule_err)?;
                set.rules.push(rule);
            }
        }
        let mut lexicon = Lexicon::default();
        for rule in &mut set.rules {
            for e in &mut rule.elems {
                if let Elem::Word { alts, code, .. } = e {
                    *code = lexicon.code(alts);
                }
            }
        }
        lexicon.index_prefixes();
        set.lexicon = lexicon;
        set.candidates = set.candidates();
        set.cues.index();
        Ok(set)
    }

    /// Picks each rule's key: of the words its pattern cannot do without,
    /// the one with no common word among its alternatives, fewest
    /// alternatives and fewest other rules needing it. A rule is tried on a
    /// sentence only when its key is there ([`RuleSet::matches`] then tests
    /// all its words, so the key only saves work).
    fn candidates(&self) -> Candidates {
        fn required(rule: &Rule) -> Vec<(&Vec<(String, bool)>, &WordCode)> {
            rule.elems
                .iter()
                .filter_map(|e| match e {
                    Elem::Word {
                        alts,
                        optional: false,
                        code,
                    } => Some((alts, code)),
                    _ => None,
                })
                .collect()
        }
        let mut uses: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
        for rule in &self.rules {
            for (alts, _) in required(rule) {
                for (w, _) in alts {
                    *uses.entry(w.as_str()).or_default() += 1;
                }
            }
        }
        let mut c = Candidates {
            by_id: vec![Vec::new(); self.lexicon.ids.len()],
            ..Default::default()
        };
        for (ri, rule) in self.rules.iter().enumerate() {
            let ri = ri as u32;
            let key = required(rule).into_iter().min_by_key(|(alts, _)| {
                let common = alts.iter().any(|(w, prefix)| *prefix || COMMON.contains(&w.as_str()));
                let uses: usize = alts
                    .iter()
                    .map(|(w, _)| uses.get(w.as_str()).copied().unwrap_or(0))
                    .sum();
                (common, alts.len(), uses)
            });
            match key {
                Some((_, code)) if code.long.is_empty() => {
                    for &id in &code.exact {
                        c.by_id[id as usize].push(ri);
                    }
                    if code.bits != 0 {
                        c.by_bits.push((code.bits, ri));
                    }
                }
                _ => c.always.push(ri),
            }
        }
        c
    }

    /// All matches of all rules in a sentence. For each rule and each object
    /// item only the shortest match is kept (the nearest subject wins).
    pub fn matches(&self, view: &SentenceView, ontology: &Ontology) -> Vec<RuleMatch> {
        self.matches_with_ids(view, None, ontology)
    }

    /// [`RuleSet::matches`], given the lexicon's id of each item's word
    /// ([`RuleSet::word_id`]; [`NO_WORD`] for a mention item) when the
    /// caller has them already (the extractor looks each word of a sentence
    /// up once, for every stage).
    pub fn matches_with_ids(&self, view: &SentenceView, ids: Option<&[u32]>, ontology: &Ontology) -> Vec<RuleMatch> {
        // (The buffers of the thread's last sentence, put back below.)
        let mut scratch = SCRATCH.take();
        let out = self.matches_in(view, ids, ontology, &mut scratch);
        SCRATCH.set(scratch);
        out
    }

    /// The id of a word in the patterns' lexicon ([`NO_WORD`] for a word no
    /// pattern has).
    pub fn word_id(&self, w: &str) -> u32 {
        self.lexicon.id(w)
    }

    /// Every word of the patterns' lexicon with its id.
    pub fn word_ids(&self) -> impl Iterator<Item = (&str, u32)> {
        self.lexicon.ids.iter().map(|(w, &id)| (w.as_str(), id))
    }

    fn matches_in(
        &self,
        view: &SentenceView,
        ids: Option<&[u32]>,
        ontology: &Ontology,
        scratch: &mut Scratch,
    ) -> Vec<RuleMatch> {
        let mut out = Vec::new();
        self.lexicon.sentence(view, ids, &mut scratch.coded);
        let coded = &scratch.coded;
        // The rules whose key word is in the sentence (in rule order).
        let tried = &mut scratch.tried;
        tried.clear();
        tried.resize(self.rules.len().div_ceil(64), 0);
        let mut mark = |r: u32| tried[r as usize / 64] |= 1 << (r % 64);
        for &id in &coded.ids {
            if let Some(rs) = self.candidates.by_id.get(id as usize) {
                rs.iter().for_each(|&r| mark(r));
            }
        }
        for &(bits, r) in &self.candidates.by_bits {
            if coded.present_bits & bits != 0 {
                mark(r);
            }
        }
        self.candidates.always.iter().for_each(|&r| mark(r));
        // The marked rules in rule order, by their bits.
        let marked = tried.iter().enumerate().flat_map(|(w, &bits)| {
            std::iter::successors((bits != 0).then_some(bits), |&b| Some(b & (b - 1)).filter(|&b| b != 0))
                .map(move |b| w * 64 + b.trailing_zeros() as usize)
        });
        for ri in marked {
            let rule = &self.rules[ri];
            // A cheap test first: every word the pattern cannot do without
            // must be in the sentence.
            let has_words = rule.elems.iter().all(|e| match e {
                Elem::Word {
                    optional: false, code, ..
                } => code.in_sentence(coded, view),
                _ => true,
            });
            if !has_words {
                continue;
            }
            // And every mention it cannot do without.
            let has_mentions = rule.elems.iter().all(|e| match e {
                Elem::Mention {
                    set, optional: false, ..
                } => view.groups.iter().any(|g| group_matches(g, set, ontology)),
                _ => true,
            });
            if !has_mentions {
                continue;
            }
            // Where the pattern's first element must match (it is never a gap).
            let can_start = |ii: usize| match rule.elems.first() {
                Some(Elem::Word {
                    optional: false, code, ..
                }) => view.items[ii].group.is_none() && code.matches(coded, view, ii),
                Some(Elem::Mention {
                    set, optional: false, ..
                }) => view.items[ii]
                    .group
                    .is_some_and(|g| group_matches(&view.groups[g], set, ontology)),
                _ => true,
            };
            let first = out.len();
            let found = &mut scratch.found;
            for start in 0..view.items.len() {
                if !can_start(start) {
                    continue;
                }
                found.clear();
                match_all(&rule.elems, 0, view, coded, start, (None, None), ontology, found);
                for &(caps, end) in found.iter() {
                    if let (Some(s), Some(o)) = caps {
                        if (s == o && !rule.pair) || end == start {
                            continue;
                        }
                        let span = Span::new(view.items[start].span.start, view.items[end - 1].span.end);
                        out.push(RuleMatch {
                            rule: ri,
                            subject: s,
                            object: o,
                            span,
                            first_item: start,
                            end_item: end,
                        });
                    }
                }
            }
            // Keep the shortest match per anchor: the capture that comes last
            // in the pattern (so the nearest other end wins).
            // (Nothing to do for one match or none.)
            if out.len() > first + 1 {
                let anchor = |m: &RuleMatch| if rule.object_last { m.object } else { m.subject };
                let mut mine = out.split_off(first);
                mine.sort_by_key(|m| (anchor(m), m.end_item - m.first_item));
                mine.dedup_by_key(|m| anchor(m));
                out.extend(mine);
            }
        }
        // Among matches giving the same relation to the same object item,
        // only those of the highest priority stay.
        let key = |m: &RuleMatch| (self.rules[m.rule].relation, self.rules[m.rule].inverse, m.object);
        let best: Vec<i32> = out
            .iter()
            .map(|m| {
                out.iter()
                    .filter(|n| key(n) == key(m))
                    .map(|n| self.rules[n.rule].priority)
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        out.into_iter()
            .zip(best)
            .filter(|(m, b)| self.rules[m.rule].priority == *b)
            .map(|(m, _)| m)
            .collect()
    }
}

type Caps = (Option<usize>, Option<usize>);

/// Collects every way the pattern matches from item `ii` (the captures and
/// the end item), at most `LIMIT` of them.
#[allow(clippy::too_many_arguments)] // a recursive walk: its state is its arguments
fn match_all(
    elems: &[Elem],
    ei: usize,
    view: &SentenceView,
    coded: &Coded,
    ii: usize,
    caps: Caps,
    ont: &Ontology,
    out: &mut Vec<(Caps, usize)>,
) {
    const LIMIT: usize = 64;
    if out.len() >= LIMIT {
        return;
    }
    let Some(elem) = elems.get(ei) else {
        out.push((caps, ii));
        return;
    };
    match elem {
        Elem::Word { optional, code, .. } => {
            if let Some(item) = view.items.get(ii) {
                if item.group.is_none() && code.matches(coded, view, ii) {
                    match_all(elems, ei + 1, view, coded, ii + 1, caps, ont, out);
                }
            }
            if *optional {
                match_all(elems, ei + 1, view, coded, ii, caps, ont, out);
            }
        }
        Elem::Mention { set, capture, optional } => {
            // A pattern's first subject is not a name after "with" ("…
            // operations with Laos and Cambodia and exchanged intelligence
            // with China": Laos and Cambodia are not who exchanged it).
            let after_with = ei == 0
                && matches!(capture, Capture::Subject)
                && ii >= 1
                && view.items.get(ii - 1).is_some_and(|it| &*it.word == "with");
            // Nor a name that ends a relative clause ("A, B and C, which are
            // also members of the Bali Process, took part in …": not the Bali
            // Process).
            let ends_relative = ei == 0
                && matches!(capture, Capture::Subject)
                && view.items.get(ii + 1).is_some_and(|it| &*it.word == ",")
                && (1..=12.min(ii))
                    .map(|k| ii - k)
                    .take_while(|&j| &*view.items[j].word != ",")
                    .any(|j| {
                        matches!(&*view.items[j].word, "which" | "who") && j >= 1 && &*view.items[j - 1].word == ","
                    });
            // Nor, as a pattern's last element, an object that owns the name
            // after it ("under the chair of Viet Nam's Ministry of Public
            // Security": not Viet Nam).
            let owner = ei + 1 == elems.len()
                && matches!(capture, Capture::Object)
                && view.items.get(ii + 1).is_some_and(|it| &*it.word == "'")
                && view.items.get(ii + 2).is_some_and(|it| &*it.word == "s")
                && view.items.get(ii + 3).is_some_and(|it| it.group.is_some());
            // Nor, as a pattern's last element, an object that only
            // qualifies an event's noun after it ("Viet Nam takes part in
            // UNCAC conference": not in the Convention).
            let qualifier = ei + 1 == elems.len()
                && matches!(capture, Capture::Object)
                && view.items.get(ii + 1).is_some_and(|it| {
                    matches!(
                        &*it.word,
                        "conference"
                            | "conferences"
                            | "meeting"
                            | "meetings"
                            | "session"
                            | "sessions"
                            | "workshop"
                            | "seminar"
                    )
                });
            let after_with = after_with || ends_relative || owner || qualifier;
            if let Some(g) = view.items.get(ii).and_then(|it| it.group).filter(|_| !after_with) {
                if group_matches(&view.groups[g], set, ont) {
                    let mut c = caps;
                    match capture {
                        Capture::Subject => c.0 = Some(g),
                        Capture::Object => c.1 = Some(g),
                        Capture::Pair => c = (Some(g), Some(g)),
                        Capture::None => {}
                    }
                    match_all(elems, ei + 1, view, coded, ii + 1, c, ont, out);
                }
            }
            if *optional {
                match_all(elems, ei + 1, view, coded, ii, caps, ont, out);
            }
        }
        Elem::Gap { min, max } => {
            // Whether the element after the gap can match at item `j`: where
            // it is a word or a mention the pattern cannot do without and it
            // does not fit, the walk from `j` would find nothing, so it is
            // not taken (the same matches, without a call per gap length).
            let next_fits = |j: usize| match elems.get(ei + 1) {
                Some(Elem::Word {
                    optional: false, code, ..
                }) => view
                    .items
                    .get(j)
                    .is_some_and(|it| it.group.is_none() && code.matches(coded, view, j)),
                // (Never the pattern's first element: no "after with" test.)
                Some(Elem::Mention {
                    set, optional: false, ..
                }) => view
                    .items
                    .get(j)
                    .and_then(|it| it.group)
                    .is_some_and(|g| group_matches(&view.groups[g], set, ont)),
                _ => true,
            };
            // (Before a date, the gap length from which the gap would hold
            // what the date is of instead of the event (found once for the
            // gap): "during … visit", the visit's dates ("the conference,
            // during his visit to China from September 5 to 8"); a person's
            // relative clause ("chaired by Ambassador X, who was elected
            // chair of the committee last year" dates the election; "…,
            // whose countries founded the forum in 2002"); or
            // "preceded"/"followed" ("The meeting was preceded on November
            // 23 by the senior officials' meeting" dates the other one).)
            let date_next = matches!(
                elems.get(ei + 1),
                Some(Elem::Mention {
                    set: ClassSet::Date,
                    ..
                })
            );
            let date_cut = date_next
                .then(|| {
                    let reach = &view.items[ii..(ii + *max).min(view.items.len())];
                    let visit = reach.iter().position(|it| &*it.word == "during").and_then(|p| {
                        let q = reach[p..]
                            .iter()
                            .position(|it| matches!(&*it.word, "visit" | "visits" | "trip" | "tour"))?;
                        Some(p + q + 1)
                    });
                    let clause = reach.iter().enumerate().find_map(|(p, it)| match &*it.word {
                        "who" | "whose" if p > 0 && reach[p - 1].word.as_bytes() == [b','] => Some(p + 1),
                        "preceded" | "followed" => Some(p + 1),
                        _ => None,
                    });
                    visit.into_iter().chain(clause).min()
                })
                .flatten();
            for k in *min..=*max {
                if ii + k > view.items.len() {
                    break;
                }
                // (Nor "thereafter": "opened for signature in Hanoi in 2025,
                // and thereafter at Headquarters in New York until 2026"
                // tells of another time and place.)
                if k > 0 && matches!(&*view.items[ii + k - 1].word, ";" | "thereafter") {
                    break;
                }
                // (Nor a contrast: "A signed for X, while B signed for Y";
                // not "…, while leading a delegation to …", "while in Vienna",
                // whose subject is the sentence's.)
                if k > 0
                    && ii + k >= 2
                    && matches!(&*view.items[ii + k - 1].word, "while" | "whereas")
                    && view.items[ii + k - 2].word.as_bytes() == [b',']
                    && view.items.get(ii + k).is_some_and(|next| {
                        !next.word.ends_with("ing") && !matches!(&*next.word, "in" | "at" | "on" | "visiting")
                    })
                {
                    break;
                }
                // (Nor what a date after the gap is of instead: see
                // `date_cut`.)
                if date_cut.is_some_and(|c| k >= c) {
                    break;
                }
                // (Nor a second passive: "chaired by A and opened by B".)
                if k >= 3
                    && &*view.items[ii + k - 1].word == "by"
                    && view.items[ii + k - 2].word.ends_with("ed")
                    && &*view.items[ii + k - 3].word == "and"
                {
                    break;
                }
                if !next_fits(ii + k) {
                    continue;
                }
                match_all(elems, ei + 1, view, coded, ii + k, caps, ont, out);
            }
        }
    }
}

fn group_matches(g: &Group, set: &ClassSet, ont: &Ontology) -> bool {
    match set {
        ClassSet::Date => g.classes.iter().all(Option::is_none),
        ClassSet::Classes(cs) => g
            .classes
            .iter()
            .all(|c| c.is_some_and(|c| cs.iter().any(|&x| ont.is_a(c, x)))),
    }
}

/// The ways of writing a pattern with its hyphenated words as tokens: a
/// token never holds a hyphen ("co-organised" is "co", "-", "organised"), so
/// an element `organised|co-organised` is either `organised` or the three
/// elements `co - organised`; one pattern for each choice, in order (the
/// pattern itself when no word has a hyphen). An optional element's
/// hyphenated words become patterns of their own beside the one that keeps
/// the element's other words as optional, or leaves it out.
fn hyphen_variants(p: &str) -> Vec<String> {
    let mut variants: Vec<Vec<String>> = vec![Vec::new()];
    for tok in p.split_whitespace() {
        let (body, optional) = match tok.strip_suffix('?') {
            Some(b) if !b.is_empty() => (b, true),
            _ => (tok, false),
        };
        let is_word = !body.starts_with(['_', '{']) && !body.contains(['{', ':']);
        let hyphenated = |w: &str| w.len() > 2 && w.contains('-') && !w.starts_with('-') && !w.ends_with('-');
        if !is_word || !body.split('|').any(hyphenated) {
            variants.iter_mut().for_each(|v| v.push(tok.to_string()));
            continue;
        }
        let plain: Vec<&str> = body.split('|').filter(|w| !hyphenated(w)).collect();
        let mut choices: Vec<Option<String>> = Vec::new();
        match (plain.is_empty(), optional) {
            (false, _) => choices.push(Some(format!("{}{}", plain.join("|"), if optional { "?" } else { "" }))),
            (true, true) => choices.push(None),
            (true, false) => {}
        }
        for w in body.split('|').filter(|w| hyphenated(w)) {
            choices.push(Some(w.split('-').collect::<Vec<_>>().join(" - ")));
        }
        variants = variants
            .into_iter()
            .flat_map(|v| {
                choices.iter().map(move |c| {
                    let mut v = v.clone();
                    v.extend(c.iter().cloned());
                    v
                })
            })
            .collect();
    }
    variants.into_iter().map(|v| v.join(" ")).collect()
}

fn compile_pattern(p: &str, ont: &Ontology) -> std::result::Result<Vec<Elem>, String> {
    let mut elems = Vec::new();
    for tok in p.split_whitespace() {
        let (tok, optional) = match tok.strip_suffix('?') {
            Some(t) if !t.is_empty() => (t, true),
            _ => (tok, false),
        };
        if tok == "_" {
            elems.push(Elem::Gap { min: 1, max: 1 });
            continue;
        }
        if let Some(range) = tok.strip_prefix("_{").and_then(|r| r.strip_suffix('}')) {
            let (a, b) = range
                .split_once(',')
                .ok_or_else(|| format!("gap '{tok}' needs the form _{{min,max}}"))?;
            let min: usize = a.trim().parse().map_err(|_| format!("gap '{tok}': bad minimum"))?;
            let max: usize = b.trim().parse().map_err(|_| format!("gap '{tok}': bad maximum"))?;
            if min > max || max > 40 {
                return Err(format!("gap '{tok}': need min <= max <= 40"));
            }
            elems.push(Elem::Gap { min, max });
            continue;
        }
        let (capture, rest) = if let Some(r) = tok.strip_prefix("P:") {
            (Capture::Pair, r)
        } else if let Some(r) = tok.strip_prefix("S:") {
            (Capture::Subject, r)
        } else if let Some(r) = tok.strip_prefix("O:") {
            (Capture::Object, r)
        } else {
            (Capture::None, tok)
        };
        if let Some(inner) = rest.strip_prefix('{').and_then(|r| r.strip_suffix('}')) {
            let set = if inner == "Date" {
                ClassSet::Date
            } else {
                let mut cs = Vec::new();
                for name in inner.split('|') {
                    cs.push(
                        ont.class_by_name(name)
                            .ok_or_else(|| format!("'{name}' is not a class of the ontology"))?,
                    );
                }
                ClassSet::Classes(cs)
            };
            elems.push(Elem::Mention { set, capture, optional });
            continue;
        }
        if capture != Capture::None {
            return Err(format!("'{tok}': only a {{Class}} element can be captured"));
        }
        if rest.is_empty() || rest.contains(['{', '}']) {
            return Err(format!("cannot read element '{tok}'"));
        }
        // Tokens never hold an apostrophe with letters: "Viet Nam's" is
        // "Nam", "'", "s".
        if rest.split('|').any(|w| w.len() > 1 && w.contains(['\'', '\u{2019}'])) {
            return Err(format!(
                "word '{tok}' can never match: an apostrophe is its own token (write ' s)"
            ));
        }
        elems.push(Elem::Word {
            alts: parse_words(rest),
            optional,
            code: WordCode::default(),
        });
    }
    let count = |c: Capture| {
        elems
            .iter()
            .filter(|e| matches!(e, Elem::Mention { capture, .. } if *capture == c))
            .count()
    };
    let ok = match count(Capture::Pair) {
        0 => count(Capture::Subject) == 1 && count(Capture::Object) == 1,
        1 => count(Capture::Subject) == 0 && count(Capture::Object) == 0,
        _ => false,
    };
    if !ok {
        return Err("a pattern captures exactly one S:{…} and one O:{…}, or one P:{…}".into());
    }
    if matches!(elems.first(), Some(Elem::Gap { .. })) || matches!(elems.last(), Some(Elem::Gap { .. })) {
        return Err("a pattern cannot start or end with a gap".into());
    }
    Ok(elems)
}

/// Checks that a rule links classes its relation allows.
fn check_rule(rule: &Rule, ont: &Ontology) -> std::result::Result<(), String> {
    let prop = ont.prop(rule.relation);
    let (mut subj, mut obj) = (None, None);
    for e in &rule.elems {
        if let Elem::Mention { set, capture, .. } = e {
            match capture {
                Capture::Subject => subj = Some(set),
                Capture::Object => obj = Some(set),
                Capture::Pair => {
                    subj = Some(set);
                    obj = Some(set);
                }
                Capture::None => {}
            }
        }
    }
    if rule.pair && !prop.symmetric {
        return Err(format!(
            "a P:{{…}} pair needs a symmetric relation, and {} is not",
            prop.name
        ));
    }
    let (subj, obj) = match (subj, obj) {
        (Some(s), Some(o)) if rule.inverse => (o, s),
        (Some(s), Some(o)) => (s, o),
        _ => return Err("missing capture".into()),
    };
    match subj {
        ClassSet::Date => return Err(format!("a date cannot be the subject of {}", prop.name)),
        ClassSet::Classes(cs) => {
            for &c in cs {
                // An agency may stand for its state (see `Doc::add_fact`).
                let agency_for_state = ont.class_by_name("Agency") == Some(c)
                    && ont
                        .class_by_name("Country")
                        .is_some_and(|k| ont.domain_overlaps(rule.relation, k));
                if !ont.domain_overlaps(rule.relation, c) && !agency_for_state {
                    return Err(format!(
                        "{} cannot be the subject of {} (its domain does not include it)",
                        ont.class(c).name,
                        prop.name
                    ));
                }
            }
        }
    }
    match obj {
        ClassSet::Date if !prop.datatype => Err(format!("{} takes an entity, not a date", prop.name)),
        ClassSet::Classes(_) if prop.datatype => Err(format!("{} takes a date, not an entity", prop.name)),
        ClassSet::Classes(cs) => {
            for &c in cs {
                if !ont.range_overlaps(rule.relation, c) {
                    return Err(format!(
                        "{} cannot be the object of {} (its range does not include it)",
                        ont.class(c).name,
                        prop.name
                    ));
                }
            }
            Ok(())
        }
        ClassSet::Date => Ok(()),
    }
}

/// Whether the cue (a word sequence) occurs in `words` starting at `i`.
pub fn cue_at(cue: &[(String, bool)], words: &[&str], i: usize) -> bool {
    cue.iter().enumerate().all(|(k, (w, prefix))| {
        words
            .get(i + k)
            .is_some_and(|x| if *prefix { x.starts_with(w.as_str()) } else { x == w })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The project's ontology and rules (`ontology/`).
    fn knowledge() -> crate::knowledge::Knowledge {
        crate::knowledge::Knowledge::load(Some(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/ontology"))))
            .expect("ontology")
    }

    /// A view of words and one-member groups (`#Class` items).
    fn view<'a>(k: &crate::knowledge::Knowledge, words: &[&'a str]) -> SentenceView<'a> {
        let mut v = SentenceView::default();
        for (i, w) in words.iter().enumerate() {
            let span = Span::new(i * 10, i * 10 + 5);
            match w.strip_prefix('#') {
                Some(class) => {
                    let c = k.ontology.class_by_name(class).expect("class");
                    v.groups.push(Group {
                        members: vec![v.groups.len()],
                        classes: vec![Some(c)],
                    });
                    v.items.push(Item {
                        span,
                        word: "".into(),
                        group: Some(v.groups.len() - 1),
                    });
                }
                None => v.items.push(Item {
                    span,
                    word: (*w).into(),
                    group: None,
                }),
            }
        }
        v
    }

    /// The coded matcher gives what comparing the words as text gives:
    /// exact words, prefixes (also beyond the 64 that get a bit), optional
    /// words, and the `;` that stops a gap.
    #[test]
    fn coded_words_match_like_text() {
        let k = knowledge();
        let mut text = String::new();
        for i in 0..70 {
            text.push_str(&format!(
                "rule t.p{i}\nrelation memberOf\npattern S:{{Country}} _{{0,3}} zq{i}x* of the? O:{{Body}}\nconfidence 0.5\n\n"
            ));
        }
        let set = RuleSet::parse(&text, Path::new("t.txt"), &k.ontology).expect("rules");
        assert_eq!(set.lexicon.prefixes.len(), 70);
        let hits = |words: &[&str]| -> Vec<String> {
            set.matches(&view(&k, words), &k.ontology)
                .iter()
                .map(|m| set.rules[m.rule].id.to_string())
                .collect()
        };
        assert_eq!(hits(&["#Country", "zq3xyz", "of", "#Body"]), ["t.p3"]);
        assert_eq!(hits(&["#Country", "is", "a", "zq69x", "of", "the", "#Body"]), ["t.p69"]);
        assert_eq!(hits(&["#Country", "zq68xs", "of", "the", "#Body"]), ["t.p68"]);
        assert!(hits(&["#Country", "zq3", "of", "#Body"]).is_empty());
        assert!(hits(&["#Country", "zq3x", "on", "#Body"]).is_empty());
        assert!(hits(&["#Country", ";", "zq3x", "of", "#Body"]).is_empty());
        assert!(hits(&["#Country", "zq69", "of", "#Body"]).is_empty());
    }

    /// A word with an apostrophe and letters can never match a token; the
    /// loader says so and names the rule.
    #[test]
    fn apostrophe_words_are_refused() {
        let k = knowledge();
        let text = "rule t.poss\nrelation memberOf\npattern S:{Country} 's member of O:{Body}\n";
        let err = match RuleSet::parse(text, Path::new("t.txt"), &k.ontology) {
            Ok(_) => panic!("an apostrophe word was accepted"),
            Err(e) => e.to_string(),
        };
        assert!(err.contains("t.poss") || err.contains("t.txt:3"), "{err}");
        assert!(err.contains("apostrophe"), "{err}");
        let ok = "rule t.poss\nrelation memberOf\npattern S:{Country} ' s member of O:{Body}\n";
        assert!(RuleSet::parse(ok, Path::new("t.txt"), &k.ontology).is_ok());
    }

    /// A hyphenated word is three tokens ("co", "-", "organised"): it
    /// matches them, in a list of words and when optional, and the plain
    /// words of its element still match alone.
    #[test]
    fn hyphenated_words_match_their_tokens() {
        let k = knowledge();
        let text = "rule t.hy\nrelation memberOf\npattern S:{Country} re-joined|joined the? inter-agency? O:{Body}\n";
        let set = RuleSet::parse(text, Path::new("t.txt"), &k.ontology).expect("rules");
        let hits = |words: &[&str]| set.matches(&view(&k, words), &k.ontology).len();
        assert_eq!(hits(&["#Country", "re", "-", "joined", "the", "#Body"]), 1);
        assert_eq!(hits(&["#Country", "joined", "inter", "-", "agency", "#Body"]), 1);
        assert_eq!(
            hits(&["#Country", "re", "-", "joined", "inter", "-", "agency", "#Body"]),
            1
        );
        assert_eq!(hits(&["#Country", "joined", "#Body"]), 1);
        assert_eq!(hits(&["#Country", "re", "joined", "#Body"]), 0);
        assert_eq!(hits(&["#Country", "rejoined", "#Body"]), 0);
        assert_eq!(
            hyphen_variants("a|co-b c? x-y?"),
            ["a c?", "a c? x - y", "co - b c?", "co - b c? x - y"]
        );
    }

    /// A second `pattern` line would silently replace the first: refused,
    /// with the line.
    #[test]
    fn a_second_pattern_is_refused() {
        let k = knowledge();
        let text = "rule t.two\nrelation memberOf\npattern S:{Country} joined O:{Body}\npattern S:{Country} entered O:{Body}\n";
        let err = match RuleSet::parse(text, Path::new("t.txt"), &k.ontology) {
            Ok(_) => panic!("two patterns in one rule were accepted"),
            Err(e) => e.to_string(),
        };
        assert!(err.contains("t.txt:4") && err.contains("t.two"), "{err}");
    }

    /// The cue index finds what testing every cue at every word finds.
    #[test]
    fn cue_flags_as_every_cue_gives_them() {
        let text = "modality negation not | no longer | fail*\nmodality hedge may | call* on | hope*\nmodality future will | set for\n";
        let k = knowledge();
        let set = RuleSet::parse(text, Path::new("t.txt"), &k.ontology).expect("cues");
        let words = [
            "it", "is", "not", "set", "for", "may", "no", "longer", "failed", "calls", "on", "hopes", "will", "set",
            "fo", "call", "upon", "",
        ];
        for i in 0..words.len() {
            let mut want = 0;
            for (list, flag) in [
                (&set.cues.negation, CUE_NOT_ASSERTED),
                (&set.cues.hedge, CUE_NOT_ASSERTED),
                (&set.cues.future, CUE_FUTURE),
            ] {
                if list.iter().any(|c| cue_at(c, &words, i)) {
                    want |= flag;
                }
            }
            assert_eq!(set.cues.flags_at(&words, i), want, "at {i} ({})", words[i]);
        }
        assert_eq!(set.cues.flags_at(&words, 2), CUE_NOT_ASSERTED);
        assert_eq!(set.cues.flags_at(&words, 12), CUE_FUTURE);
    }
}
