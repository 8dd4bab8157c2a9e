//! Extraction: from a document's text to entities, mentions and facts with
//! their evidence. It runs the stages in order for each sentence: gazetteer
//! mentions, dates, numbered events, people and their posts, coordinated
//! lists, then the relation rules of `ontology/rules.txt` with modality cues.
//!
//! Pure: no I/O, no IRIs (the `rdf` stage mints them), no store. One
//! [`Extractor`] is shared by all threads.

mod coref;
pub mod dates;
mod document;
mod events;
mod orgs;
mod people;
mod treaties;
mod units;

use crate::fact::*;
use crate::gazetteer::EntityIdx;
use crate::knowledge::Knowledge;
use crate::ontology::{ClassId, PropId};
use crate::rules::{Group, Item, SentenceView};
use crate::text::{self, Folded, Span, Token, TokenKind};
use std::sync::Arc;

/// The longest sentence (in tokens) that relations are read from; longer
/// ones give only their names. Keeps the cost of a document linear in its
/// length whatever its shape.
pub const MAX_SENTENCE_TOKENS: usize = 300;

/// The extractor: borrows the loaded knowledge, holds no per-document state.
pub struct Extractor<'k> {
    pub k: &'k Knowledge,
    /// Relations are read only from sentences of at most this many tokens
    /// (default [`MAX_SENTENCE_TOKENS`]).
    pub max_sentence_tokens: usize,
    /// The ontology's `Organization` class, looked up once (for
    /// [`Extractor::family`], asked of every mention the rules see).
    organization: Option<ClassId>,
}

/// A mention inside the sentence being analysed, with its token range.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SMention {
    pub span: Span,
    pub kind: MentionKind,
    pub first_tok: usize,
    pub end_tok: usize,
    /// Hidden mentions stay in the document's mentions but are covered by a
    /// larger one (a body inside an event name).
    pub hidden: bool,
}

impl SMention {
    /// A visible mention of `kind` over tokens `first..end` of `sent`.
    pub fn over(sent: &Sent, first: usize, end: usize, kind: MentionKind) -> Self {
        SMention {
            span: Span::new(sent.toks[first].start, sent.toks[end - 1].end),
            kind,
            first_tok: first,
            end_tok: end,
            hidden: false,
        }
    }

    /// A visible mention of `kind` over the byte span `span` of `sent`.
    pub fn at(sent: &Sent, span: Span, kind: MentionKind) -> Self {
        SMention {
            span,
            kind,
            first_tok: sent.tok_at(span.start),
            end_tok: sent.tok_end(span.end),
            hidden: false,
        }
    }
}

/// Makes `new` the mention of its words: every mention inside it is hidden.
pub(crate) fn replace_inside(sm: &mut Vec<SMention>, new: SMention) {
    for m in sm.iter_mut().filter(|m| new.span.contains(m.span)) {
        m.hidden = true;
    }
    sm.push(new);
}

/// Whether token `t` lies inside a visible mention.
pub(crate) fn covered(sm: &[SMention], t: usize) -> bool {
    sm.iter().any(|m| !m.hidden && m.first_tok <= t && t < m.end_tok)
}

/// The entity of the nearest visible mention ending at or before token
/// `before` (the one that starts last) that `ok` accepts.
pub(crate) fn nearest_before(sm: &[SMention], before: usize, ok: impl Fn(LocalId) -> bool) -> Option<LocalId> {
    sm.iter()
        .filter(|m| !m.hidden && m.end_tok <= before)
        .filter_map(|m| match m.kind {
            MentionKind::Entity(l) if ok(l) => Some((m.first_tok, l)),
            _ => None,
        })
        .max_by_key(|&(t, _)| t)
        .map(|(_, l)| l)
}

/// The visible entity mention that starts at token `t`.
pub(crate) fn mention_starting(sm: &[SMention], t: usize) -> Option<usize> {
    sm.iter()
        .position(|m| !m.hidden && m.first_tok == t && matches!(m.kind, MentionKind::Entity(_)))
}

/// The entity of a visible mention starting at token `t` whose class is one
/// of `classes` (or a subclass), with the token after the mention.
pub(crate) fn entity_starting(d: &Doc, sm: &[SMention], t: usize, classes: &[ClassId]) -> Option<(LocalId, usize)> {
    sm.iter()
        .filter(|m| !m.hidden && m.first_tok == t)
        .find_map(|m| match m.kind {
            MentionKind::Entity(l) if classes.iter().any(|&c| d.k.ontology.is_a(d.class_of(l), c)) => {
                Some((l, m.end_tok))
            }
            _ => None,
        })
}

/// The visible entity mention that ends just before token `t`.
pub(crate) fn mention_ending(sm: &[SMention], t: usize) -> Option<usize> {
    sm.iter()
        .position(|m| !m.hidden && m.end_tok == t && matches!(m.kind, MentionKind::Entity(_)))
}

/// Per-sentence trigger gates: a pass that can do nothing in a sentence
/// without one of its trigger words is skipped there. Each pass's words are
/// listed in [`GATE_WORDS`]; where the pass is gated says why it is safe.
pub(crate) mod gate {
    pub const PARTICIPANTS: u32 = 1 << 0;
    pub const SIGNINGS: u32 = 1 << 1;
    pub const RECEPTIONS: u32 = 1 << 2;
    pub const OPERATIONS: u32 = 1 << 3;
    pub const UNSAID_PARTICIPATION: u32 = 1 << 4;
    pub const THEME: u32 = 1 << 5;
    pub const DISCUSSED: u32 = 1 << 6;
    pub const RELATIVE_DAY: u32 = 1 << 7;
    pub const AUDIENCE: u32 = 1 << 8;
    pub const ELLIPTIC: u32 = 1 << 9;
    pub const COMMITMENTS: u32 = 1 << 10;
    pub const DECISIONS: u32 = 1 << 11;
    pub const EMBASSIES: u32 = 1 << 12;
    pub const DESCRIBED: u32 = 1 << 13;
    pub const SPEECH: u32 = 1 << 14;
    pub const WITNESSES: u32 = 1 << 15;
    pub const HEADS_LISTED: u32 = 1 << 16;
    pub const ADOPTED: u32 = 1 << 17;
    pub const TWO_SIDES: u32 = 1 << 18;
    pub const SESSION_KINDS: u32 = 1 << 19;
    pub const THANKS: u32 = 1 << 20;
}

/// The trigger words (folded) of each gate.
const GATE_WORDS: &[(u32, &[&str])] = &[
    (
        gate::PARTICIPANTS,
        &[
            // (and document::PEOPLE, GATHERED and DRAWN, added in GATES)
            // "participating countries were", "taking part were",
            // "present were", "together with"
            "participating",
            "part",
            // "Among the countries represented were …"
            "among",
            // "UNODC was represented by NAME"
            "represented",
            "present",
            "attending",
            "together",
            "alongside",
            "along",
            "involves",
            "involved",
            "involving",
            "participated",
        ],
    ),
    (gate::SIGNINGS, &["signing", "opened", "open", "signed"]),
    (
        gate::RECEPTIONS,
        &[
            "received",
            "receives",
            "receiving",
            "held",
            "holds",
            "had",
            "worked",
            "works",
            "met",
            "meets",
        ],
    ),
    (gate::OPERATIONS, &["operation"]),
    (
        gate::UNSAID_PARTICIPATION,
        &[
            "took",
            "take",
            "takes",
            "attended",
            "attend",
            "attends",
            "participated",
            "attending",
            "participating",
            "sent",
            "sends",
            "represented",
            "present",
        ],
    ),
    (gate::THEME, &["theme", "themed", "motto"]),
    (gate::DISCUSSED, &["focused", "focuses", "focus"]),
    (gate::RELATIVE_DAY, &["today", "week", "month"]),
    // ("opened on Sunday", "closes Thursday")
    (gate::RELATIVE_DAY, &dates::WEEKDAYS),
    (
        gate::AUDIENCE,
        &["told", "addressed", "briefed", "delivered", "gave", "made"],
    ),
    (
        gate::ELLIPTIC,
        &[
            "signatories",
            "signatory",
            "instrument",
            "instruments",
            "party",
            "sign",
            "signed",
            "signing",
            "ratified",
            "ratifying",
        ],
    ),
    (gate::COMMITMENTS, &["ratify"]),
    (gate::DECISIONS, &["decision"]),
    (gate::EMBASSIES, &["embassy"]),
    (gate::WITNESSES, &["witnessed", "witnesses", "witnessing", "signs"]),
    (gate::HEADS_LISTED, &["heads"]),
    (gate::ADOPTED, &["adopted", "adopts"]),
    (
        gate::TWO_SIDES,
        &[
            "sides",
            "ministries",
            "procuracies",
            "procuratorates",
            "courts",
            "inspectorates",
            "forces",
            "neighbours",
            "neighbors",
            "countries",
        ],
    ),
    (
        gate::THANKS,
        &["thanked", "thanks", "thank", "thanking", "grateful", "gratitude"],
    ),
    (
        gate::SPEECH,
        &[
            "said",
            "says",
            "added",
            "told",
            "briefed",
            "reminded",
            "urged",
            "assured",
            "delivered",
            "delivers",
            "gave",
            "gives",
            "made",
            "makes",
        ],
    ),
    (
        gate::DESCRIBED,
        &["treaty", "treaties", "agreement", "agreements", "memorandum", "mou"],
    ),
];

/// Longest trigger word: longer words (and one-byte punctuation) are not
/// looked up.
const GATE_WORD_MAX: usize = 16;

/// Trigger word → the gates it opens.
static GATES: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u32>> = std::sync::LazyLock::new(|| {
    let mut m = rustc_hash::FxHashMap::default();
    // The participants pass's own word lists open its gate: a word added
    // there cannot be forgotten here.
    let participants = [document::PEOPLE, document::GATHERED, document::DRAWN].map(|w| (gate::PARTICIPANTS, w));
    // (So do the kinds of session events::kind_of_session_of reads.)
    let session_kinds = [(gate::SESSION_KINDS, events::SESSION_KINDS)];
    for &(g, words) in GATE_WORDS.iter().chain(participants.iter()).chain(session_kinds.iter()) {
        for &w in words {
            debug_assert!((2..=GATE_WORD_MAX).contains(&w.len()));
            *m.entry(w).or_insert(0) |= g;
        }
    }
    m
});

/// What the extractor's stages ask of a folded word, looked up once per
/// token of a sentence ([`Sent::info`]) instead of once per stage: its id in
/// the rules' lexicon, and the gates it opens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordInfo {
    /// [`RuleSet::word_id`](crate::rules::RuleSet::word_id) of the word.
    pub rule_id: u32,
    /// The gates ([`gate`]) the word opens.
    pub gates: u32,
    /// The word sets of the knowledge and of the stages the word is in
    /// ([`EVENT_FILLER`] …).
    pub sets: u16,
}

/// [`WordInfo::sets`]: the word is one of `events::FILLERS`.
pub(crate) const EVENT_FILLER: u16 = 1;
/// [`WordInfo::sets`]: an event head of `events.tsv` starts with the word
/// or with its singular (the word less a final "s").
pub(crate) const EVENT_HEAD_FIRST: u16 = 1 << 1;
/// [`WordInfo::sets`]: in [`Units::head_first`](crate::knowledge::Units::head_first).
pub(crate) const UNIT_HEAD_FIRST: u16 = 1 << 2;
/// [`WordInfo::sets`]: in [`Units::head_last`](crate::knowledge::Units::head_last).
pub(crate) const UNIT_HEAD_LAST: u16 = 1 << 3;
/// [`WordInfo::sets`]: in [`Titles::title_first`](crate::knowledge::Titles::title_first).
pub(crate) const TITLE_FIRST: u16 = 1 << 4;
/// [`WordInfo::sets`]: in [`Titles::honorific_first`](crate::knowledge::Titles::honorific_first).
pub(crate) const HONORIFIC_FIRST: u16 = 1 << 5;
/// [`WordInfo::sets`]: in `orgs::NOT_FIRST` (no name starts with it).
pub(crate) const ORG_NOT_FIRST: u16 = 1 << 6;
/// [`WordInfo::sets`]: in `people::NOT_NAME`, or a month's or weekday's name.
pub(crate) const PERSON_NOT_NAME: u16 = 1 << 7;
/// [`WordInfo::sets`]: a word [`ordinal_at`] reads (`text::UNIT_ORDINALS`,
/// `TENS_ORDINALS`, `TENS_CARDINALS`).
pub(crate) const ORDINAL_WORD: u16 = 1 << 8;
/// [`WordInfo::sets`]: in `people::TITLE_PREFIXES` ("deputy", "vice" …).
pub(crate) const TITLE_PREFIX: u16 = 1 << 9;
/// [`WordInfo::sets`]: in `coref::FIRST_WORDS` or its determiners (a word
/// `coref::resolve` reads on from).
pub(crate) const COREF_FIRST: u16 = 1 << 10;

impl Default for WordInfo {
    fn default() -> Self {
        WordInfo {
            rule_id: crate::rules::NO_WORD,
            gates: 0,
            sets: 0,
        }
    }
}

/// The words some stage asks about, with what it asks ([`WordInfo`]): made
/// once with the knowledge; a word it lacks has the default information.
#[derive(Debug, Clone, Default)]
pub struct SentLexicon {
    /// (Most words of a sentence are refused by their shape before any
    /// hashing: see [`WordMap`](text::WordMap).)
    words: text::WordMap<WordInfo>,
}

impl SentLexicon {
    pub(crate) fn new(
        rules: &crate::rules::RuleSet,
        event_heads: &[(Vec<String>, ClassId)],
        units: &crate::knowledge::Units,
        titles: &crate::knowledge::Titles,
    ) -> Self {
        let mut lex = SentLexicon::default();
        // The fixed word lists, each with the bit it sets.
        let lists: [(&[&[&str]], u16); 6] = [
            (&[events::FILLERS], EVENT_FILLER),
            (
                &[&text::UNIT_ORDINALS, &text::TENS_ORDINALS, &text::TENS_CARDINALS],
                ORDINAL_WORD,
            ),
            (&[people::TITLE_PREFIXES], TITLE_PREFIX),
            (&[orgs::NOT_FIRST], ORG_NOT_FIRST),
            (&[coref::FIRST_WORDS, coref::DETERMINERS], COREF_FIRST),
            (
                &[people::NOT_NAME, &dates::MONTH_NAMES, &dates::WEEKDAYS],
                PERSON_NOT_NAME,
            ),
        ];
        for (words, bit) in lists {
            for w in words.iter().copied().flatten() {
                lex.entry(w).sets |= bit;
            }
        }
        for w in event_heads.iter().filter_map(|(words, _)| words.first()) {
            lex.entry(w).sets |= EVENT_HEAD_FIRST;
            lex.entry(&format!("{w}s")).sets |= EVENT_HEAD_FIRST;
        }
        let sets = [
            (Some(&units.head_first), UNIT_HEAD_FIRST),
            (Some(&units.head_last), UNIT_HEAD_LAST),
            (titles.title_first.as_ref(), TITLE_FIRST),
            (titles.honorific_first.as_ref(), HONORIFIC_FIRST),
        ];
        for (set, bit) in sets {
            for w in set.into_iter().flat_map(crate::knowledge::WordSet::iter) {
                lex.entry(w).sets |= bit;
            }
        }
        for (w, id) in rules.word_ids() {
            lex.entry(w).rule_id = id;
        }
        // (Only the lengths `Sent::new` looked up: the trigger words have
        // them all.)
        for (&w, &g) in GATES.iter() {
            if (2..=GATE_WORD_MAX).contains(&w.len()) {
                lex.entry(w).gates |= g;
            }
        }
        lex
    }

    fn entry(&mut self, w: &str) -> &mut WordInfo {
        self.words.get_or_insert_with(w, WordInfo::default)
    }

    #[inline]
    fn info(&self, w: &str) -> WordInfo {
        self.words.get(w).copied().unwrap_or_default()
    }
}

/// Tokens of a sentence with their folded forms.
pub(crate) struct Sent<'a> {
    pub text: &'a str,
    pub index: usize,
    pub toks: &'a [Token],
    /// The folded form of each token (borrowed from the buffer the
    /// sentence was folded into).
    words: Vec<&'a str>,
    /// Whether each token is a word starting with a capital.
    caps: &'a [bool],
    /// What the stages ask of each token's folded word.
    infos: &'a [WordInfo],
    /// What they ask of "", the word past the end ([`Sent::word`]).
    past_end: WordInfo,
    /// The gates ([`gate`]) opened by the sentence's words.
    gates: u32,
    /// The word sets ([`WordInfo::sets`]) of the sentence's words and of
    /// the word past the end.
    sets: u16,
    /// Where `words`' memory goes back when the sentence is dropped.
    words_slot: &'a mut Vec<&'static str>,
}

/// The bytes a token made only of them is folded from by copying it
/// lower-cased: ASCII other than a dash or white space (a table: it is asked
/// of every byte of every token).
static COPIED_AS_IS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        t[b] = c != b'-' && !c.is_ascii_whitespace();
        b += 1;
    }
    t
};

/// A sentence's buffers, kept from one sentence to the next (they were
/// allocated anew for each sentence).
#[derive(Default)]
pub(crate) struct SentBufs {
    folded: String,
    toks: Vec<Token>,
    ranges: Vec<(usize, usize)>,
    caps: Vec<bool>,
    infos: Vec<WordInfo>,
    /// Always empty between sentences: only its memory is kept (see
    /// [`recycle`]).
    words: Vec<&'static str>,
}

/// An empty vector of `&str` with the memory of `v`: the element types
/// differ only in their lifetime, so the in-place collect keeps the
/// allocation (and the vector is emptied first, so no borrow outlives what
/// it points into).
fn recycle<'b, 'c>(mut v: Vec<&'b str>) -> Vec<&'c str> {
    v.clear();
    v.into_iter().map(|_| -> &'c str { unreachable!() }).collect()
}

/// A document's sentence buffers, kept on each thread from one document
/// to the next: each is empty between sentences (only its memory is kept).
#[derive(Default)]
struct DocBufs {
    /// A sentence's dates.
    dates: Vec<(Span, crate::fact::DateValue)>,
    /// A sentence's mentions.
    sm: Vec<SMention>,
    /// A sentence's tokens and folded words.
    sent: SentBufs,
    /// The rules' view of a sentence.
    view: ViewBufs,
}

thread_local! {
    static DOC_BUFS: std::cell::Cell<DocBufs> = std::cell::Cell::new(DocBufs::default());
}

/// The rules' view's vectors, kept from one sentence to the next.
#[derive(Default)]
struct ViewBufs {
    /// Always empty between sentences: only its memory is kept.
    items: Vec<Item<'static>>,
    /// Always empty between sentences.
    groups: Vec<Group>,
    /// Groups of earlier sentences, for their vectors' memory.
    spare_groups: Vec<Group>,
    visible: Vec<usize>,
    /// The rules' lexicon id of each item's word (for
    /// [`RuleSet::matches_with_ids`](crate::rules::RuleSet::matches_with_ids)).
    ids: Vec<u32>,
}

impl ViewBufs {
    /// Takes back the vectors of a view that is done with.
    fn put(&mut self, view: SentenceView<'_>) {
        self.items = recycle_items(view.items);
        let mut groups = view.groups;
        self.spare_groups.append(&mut groups);
        self.groups = groups;
    }
}

/// An empty vector of items with the memory of `v` (as [`recycle`]: the
/// types differ only in the lifetime of the words they borrow).
fn recycle_items<'b, 'c>(mut v: Vec<Item<'b>>) -> Vec<Item<'c>> {
    v.clear();
    v.into_iter().map(|_| -> Item<'c> { unreachable!() }).collect()
}

impl Drop for Sent<'_> {
    fn drop(&mut self) {
        *self.words_slot = recycle(std::mem::take(&mut self.words));
    }
}

impl<'a> Sent<'a> {
    /// Tokenises and folds the sentence at `span` into `bufs` (buffers
    /// handed from one sentence to the next).
    fn new(text: &'a str, index: usize, span: Span, bufs: &'a mut SentBufs, lex: &SentLexicon) -> Self {
        let SentBufs {
            folded,
            toks,
            ranges,
            caps,
            infos,
            words: words_slot,
        } = bufs;
        toks.clear();
        // (About one token per five bytes: reserved once, not grown.)
        toks.reserve(span.len() / 4 + 4);
        text::tokens(text, span, toks);
        folded.clear();
        ranges.clear();
        for t in toks.iter() {
            let s = folded.len();
            let tt = &text[t.start..t.end];
            if tt.bytes().all(|b| COPIED_AS_IS[usize::from(b)]) {
                // (What `fold_char` does to such a token, in one copy.)
                folded.push_str(tt);
                folded[s..].make_ascii_lowercase();
            } else {
                for c in tt.chars() {
                    text::fold_char(c, folded);
                }
            }
            // Dashes fold to a space for the gazetteer; as a token they are "-".
            if t.kind == TokenKind::Punct && folded[s..].trim().is_empty() {
                folded.truncate(s);
                folded.push('-');
            }
            ranges.push((s, folded.len()));
        }
        let folded: &'a str = folded;
        let mut words: Vec<&'a str> = recycle(std::mem::take(words_slot));
        words.extend(ranges.iter().map(|&(a, b)| folded.get(a..b).unwrap_or("")));
        infos.clear();
        infos.extend(words.iter().map(|w| lex.info(w)));
        let gates = infos.iter().fold(0, |g, i| g | i.gates);
        let past_end = lex.info("");
        let sets = infos.iter().fold(past_end.sets, |s, i| s | i.sets);
        caps.clear();
        caps.extend(toks.iter().map(|t| {
            // (An ASCII first byte is the whole first character.)
            t.kind == TokenKind::Word
                && match text.as_bytes().get(t.start) {
                    Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                    _ => text[t.start..t.end].chars().next().is_some_and(char::is_uppercase),
                }
        }));
        Sent {
            text,
            index,
            toks,
            words,
            caps,
            infos,
            past_end,
            gates,
            sets,
            words_slot,
        }
    }

    /// What the stages ask of token `i`'s folded word ([`Sent::word`]:
    /// of "" past the end).
    #[inline]
    pub fn info(&self, i: usize) -> WordInfo {
        self.infos.get(i).copied().unwrap_or(self.past_end)
    }

    /// Whether one of the trigger words of gate `g` is in the sentence.
    pub fn may(&self, g: u32) -> bool {
        self.gates & g != 0
    }

    /// Whether a word of the sentence (or the word past its end, "") is in
    /// one of the word sets `bits` ([`WordInfo::sets`]).
    pub fn has(&self, bits: u16) -> bool {
        self.sets & bits != 0
    }

    /// The folded form of token `i` ("" past the end).
    /// `k`, or the token after it when `k` is "the" ("of the X" and "of X"
    /// read alike).
    pub fn past_the(&self, k: usize) -> usize {
        if self.word(k) == "the" {
            k + 1
        } else {
            k
        }
    }

    /// The folded form of every token.
    pub fn words(&self) -> &[&'a str] {
        &self.words
    }

    pub fn word(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The original text of token `i`.
    pub fn orig(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.start..t.end],
            None => "",
        }
    }

    /// The original text from token `first` to token `last` (inclusive),
    /// white space squashed; empty when the range is not one.
    pub fn text_between(&self, first: usize, last: usize) -> String {
        match (self.toks.get(first), self.toks.get(last)) {
            (Some(a), Some(b)) if a.start <= b.end => text::squash_whitespace(&self.text[a.start..b.end]),
            _ => String::new(),
        }
    }

    /// Whether a line break separates token `i` from the token before it
    /// (a heading's lines: "BY AMBASSADOR NAME" / "PERMANENT REPRESENTATIVE …").
    pub fn line_break_before(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|p| self.toks.get(p)), self.toks.get(i)) {
            (Some(a), Some(b)) => self.text[a.end..b.start].contains('\n'),
            _ => false,
        }
    }

    pub fn is_capitalised(&self, i: usize) -> bool {
        self.caps.get(i).copied().unwrap_or(false)
    }

    /// Token index of the first token starting at or after byte `b`.
    pub fn tok_at(&self, b: usize) -> usize {
        self.toks.partition_point(|t| t.start < b)
    }

    /// Token index just after the last token ending at or before byte `b`.
    pub fn tok_end(&self, b: usize) -> usize {
        self.toks.partition_point(|t| t.end <= b)
    }
}

/// The per-document state while extracting.
pub(crate) struct Doc<'k> {
    pub k: &'k Knowledge,
    pub entities: Vec<Entity>,
    index: rustc_hash::FxHashMap<EntityId, LocalId>,
    pub mentions: Vec<Mention>,
    pub facts: Vec<Fact>,
    /// Last word (folded) of each person's name → the person, for later
    /// short references ("Hang", "Waly").
    /// (FxHash: looked up for most capitalised tokens, where SipHash cost
    /// a fifth of a per cent of the run.)
    pub surnames: rustc_hash::FxHashMap<String, LocalId>,
    /// (folded post title, person) in the order they were read.
    pub post_holders: Vec<(String, LocalId)>,
    /// The event whose participants a list announced ("The Meeting was
    /// attended by the delegations of:"), read from the bullets that follow.
    pub bullet_event: Option<LocalId>,
    /// The sentence right after the line that announced the list.
    pub bullet_line: Option<usize>,
    /// Whether that line announced the heads of delegation.
    pub bullet_heads: bool,
    /// The treaty whose signatories a list announced ("The Convention was
    /// signed by the following leaders:"), read from the bullets that follow.
    pub bullet_treaty: Option<LocalId>,
    /// The sentence that last told of the delegation to the main event, and
    /// its country: "It also comprises officials of …" goes on about it.
    pub last_delegation: Option<(usize, Option<LocalId>)>,
    /// A statement's heading read before the event it was made at.
    pub pending_statement: Option<document::StatementHeader>,
    /// Appositions found in the current sentence: (name span, first token,
    /// end token) of "NAME, TITLE of ORG" or "TITLE NAME".
    pub absorbed: Vec<(Span, usize, usize)>,
    /// Entity mentions in reading order (for coreference), with the index
    /// of their sentence in `recent_sent`.
    pub recent: Vec<LocalId>,
    pub recent_sent: Vec<usize>,
    /// The event a statement or report is about: the first one named in its
    /// opening lines.
    pub main_event: Option<LocalId>,
    /// The main event is a meeting told by its participants ("A received
    /// B", "A held talks with B"): what they said there is talk between
    /// the two, not a speech at an event (see document::quoted_speakers).
    pub main_event_told: bool,
    /// Acronyms the document gives in brackets after a name the gazetteer
    /// lacks ("the Singapore Police Force (SPF)"), and their entities: a later
    /// "the SPF" is that entity.
    pub local_acronyms: Vec<(String, LocalId)>,
    /// Whether the sentence being read is in the document's opening, where
    /// the event it reports is named (see [`Extractor`]'s loop).
    pub opening: bool,
    /// How many sentences of eight tokens or more came before this one.
    pub prose_before: usize,
    /// The country whose statement the document is ("STATEMENT OF VIET NAM").
    pub statement_of: Option<LocalId>,
    /// The document is an interview ("Q: …" / "A: …"): its quotes are not
    /// words spoken at an event.
    pub interview: bool,
    /// Under a "List of Heads of Delegation" heading: lines "COUNTRY: NAME, post".
    pub delegation_list: bool,
    /// Ratification decisions whose state is settled when the document
    /// ends: (signer, relation, treaty, evidence); see `treaties::decisions`.
    pub pending_decisions: Vec<(LocalId, PropId, LocalId, Evidence)>,
    /// The year of the document (its anchor), for the keys of unnamed events.
    pub year: Option<i32>,
    /// The document's date (metadata, else dateline), for "today".
    pub date: Option<PartialDate>,
}

impl<'k> Doc<'k> {
    pub fn entity_for_known(&mut self, idx: EntityIdx) -> LocalId {
        let k = self.k;
        let known = k.gazetteer.get(idx);
        self.entity(EntityId::Known(idx), known.class, &known.pref_label)
    }

    /// An entity the gazetteer lacks, keyed by its folded label in `dir`
    /// ("place", "agency", "event", …), created on first use.
    pub fn minted(&mut self, dir: &'static str, class: ClassId, label: &str) -> LocalId {
        self.entity(
            EntityId::Minted {
                dir,
                key: text::fold(label),
            },
            class,
            label,
        )
    }

    /// The local id of an entity, created on first use.
    pub fn entity(&mut self, id: EntityId, class: ClassId, label: &str) -> LocalId {
        if let Some(&l) = self.index.get(&id) {
            let e = &mut self.entities[l];
            if e.label != label && !e.alt_labels.iter().any(|a| a == label) && matches!(e.id, EntityId::Minted { .. }) {
                e.alt_labels.push(label.to_string());
            }
            return l;
        }
        let l = self.entities.len();
        self.entities.push(Entity {
            id: id.clone(),
            class,
            label: label.to_string(),
            alt_labels: Vec::new(),
            ordinal: None,
        });
        self.index.insert(id, l);
        l
    }

    pub fn class_of(&self, l: LocalId) -> ClassId {
        self.entities[l].class
    }

    /// Whether an entity is an event other than a visit: a visit is no venue
    /// of speeches, nor what a report's first lines tell of when a meeting
    /// held during it is told there too.
    pub fn is_gathering(&self, l: LocalId) -> bool {
        let c = self.class_of(l);
        self.k.ontology.is_a(c, self.k.vocab.event) && self.k.ontology.class(c).name != "Visit"
    }

    /// The city the gazetteer places a known venue in ("the Vienna
    /// International Centre": Vienna), as a gazetteer entry: a place that is
    /// not a country.
    fn venue_city(&self, l: LocalId) -> Option<crate::gazetteer::EntityIdx> {
        let v = self.k.vocab;
        let EntityId::Known(idx) = self.entities[l].id else {
            return None;
        };
        let iri = self.k.gazetteer.get(idx).contained_in.as_deref()?;
        self.k.gazetteer.by_iri(iri).filter(|&c| {
            let class = self.k.gazetteer.get(c).class;
            self.k.ontology.is_a(class, v.place) && !self.k.ontology.is_a(class, v.country)
        })
    }

    /// Records another spelling of entity `l` (skos:altLabel), unless it is
    /// its label or already recorded.
    pub fn add_alt_label(&mut self, l: LocalId, label: String) {
        let e = &mut self.entities[l];
        if label != e.label && !e.alt_labels.contains(&label) {
            e.alt_labels.push(label);
        }
    }

    /// The document's main event, when it was named in the last `n`
    /// sentences before sentence `now` (or in it).
    pub fn main_event_within(&self, now: usize, n: usize) -> Option<LocalId> {
        self.main_event.filter(|&m| self.recent_within(now, n).any(|l| l == m))
    }

    /// The entities named in the last `n` sentences before sentence `now`
    /// (and in it so far), the latest first.
    pub fn recent_within(&self, now: usize, n: usize) -> impl Iterator<Item = LocalId> + '_ {
        self.recent
            .iter()
            .zip(&self.recent_sent)
            .rev()
            .take_while(move |&(_, &s)| s + n >= now)
            .map(|(&l, _)| l)
    }

    /// Whether an entity is a state, an agency or a body: one that can take
    /// part in an event as an organisation.
    pub fn is_organisation(&self, l: LocalId) -> bool {
        let (c, v) = (self.class_of(l), self.k.vocab);
        [v.country, v.agency, v.body]
            .iter()
            .any(|&k| self.k.ontology.is_a(c, k))
    }

    /// A country itself, else the state an organisation belongs to
    /// ([`Doc::state_of`]).
    pub fn state_or_self(&mut self, l: LocalId) -> Option<LocalId> {
        if self.k.ontology.is_a(self.class_of(l), self.k.vocab.country) {
            Some(l)
        } else {
            self.state_of(l)
        }
    }

    /// The state a known agency belongs to (its `vnkg:partOf` chain in the
    /// gazetteer, up to a country).
    /// (A minted agency: the state it was found to be part of in this
    /// document, "the Department of Home Affairs of Australia".)
    pub fn state_of(&mut self, l: LocalId) -> Option<LocalId> {
        let EntityId::Known(idx) = self.entities[l].id else {
            let v = self.k.vocab;
            return self.facts.iter().find_map(|f| match f.object {
                Object::Entity(o)
                    if f.subject == l
                        && f.relation == v.part_of
                        && self.k.ontology.is_a(self.entities[o].class, v.country) =>
                {
                    Some(o)
                }
                _ => None,
            });
        };
        let state = self.k.state_of_known(idx)?;
        Some(self.entity_for_known(state))
    }

    pub fn add_fact(&mut self, mut subject: LocalId, relation: PropId, mut object: Object, evidence: Evidence) {
        // An agency of a state stands for the state in relations that only
        // states have ("the Supreme People's Procuracy signed a treaty with
        // Japan" → Viet Nam concluded an agreement with Japan).
        let ont = &self.k.ontology;
        let v = self.k.vocab;
        if !ont.in_domain(relation, self.entities[subject].class)
            && ont.is_a(self.entities[subject].class, v.agency)
            && ont.in_domain(relation, v.country)
        {
            match self.state_of(subject) {
                Some(s) => subject = s,
                None => return,
            }
        }
        if let Object::Entity(o) = object {
            let ont = &self.k.ontology;
            if !ont.in_range(relation, self.entities[o].class)
                && ont.is_a(self.entities[o].class, v.agency)
                && ont.in_range(relation, v.country)
            {
                match self.state_of(o) {
                    Some(s) => object = Object::Entity(s),
                    None => return,
                }
            }
        }
        let ont = &self.k.ontology;
        // Domain and range are enforced here, whatever produced the fact.
        if !ont.in_domain(relation, self.entities[subject].class) {
            return;
        }
        match &object {
            Object::Entity(o) => {
                if *o == subject || !ont.in_range(relation, self.entities[*o].class) {
                    return;
                }
            }
            Object::Date(_) => {
                if !ont.prop(relation).datatype {
                    return;
                }
            }
        }
        // Agencies of one state coordinating at home ("the Inspectorate,
        // working in coordination with the Ministry of Justice") are not the
        // cooperation the graph records: that is between states, bodies and
        // agencies of different states.
        if relation == v.cooperates_with {
            if let Object::Entity(o) = object {
                let agency = |l: LocalId| ont.is_a(self.entities[l].class, v.agency);
                if agency(subject) && agency(o) {
                    let (a, b) = (self.state_of(subject), self.state_of(o));
                    if a.is_some() && a == b {
                        return;
                    }
                }
            }
        }
        let ont = &self.k.ontology;
        let dup = self.facts.iter().any(|f| {
            f.subject == subject
                && f.relation == relation
                && f.object == object
                && f.evidence.sentence == evidence.sentence
                && f.evidence.rule == evidence.rule
        });
        if dup {
            return;
        }
        // A known event's dates are of the year the gazetteer gives it ("the
        // 13th UN Crime Congress … last April" in a report of 2016 is not an
        // April 2016 congress): a date of another year is misread.
        if let (Object::Date(date), EntityId::Known(idx)) = (&object, &self.entities[subject].id) {
            if let Some(y) = self.k.gazetteer.get(*idx).start_year {
                let dated = relation == v.start_date || relation == v.end_date;
                if dated && date.year != y && !(relation == v.end_date && date.year == y + 1) {
                    return;
                }
            }
        }
        // A body that holds its own session does not host it: the session
        // is the body's (sessionOf), not an event it organises for others.
        if let Object::Entity(o) = object {
            // (Nor does it take part in it: "delegates from member
            // jurisdictions of ARIN-AP" at ARIN-AP's meeting are its members'.)
            let hosting = ont.prop(relation).name == "hosted" || relation == v.participated_in;
            let own = hosting
                && self
                    .facts
                    .iter()
                    .any(|f| f.subject == o && f.relation == v.session_of && f.object == Object::Entity(subject));
            if own {
                return;
            }
        }
        // A venue the gazetteer places in a city ("the Vienna International
        // Centre", "the National Convention Centre"): the event is held in
        // that city too (not in its country: a city named alone is not
        // widened either).
        let city = match object {
            Object::Entity(o) if relation == v.held_in => self.venue_city(o),
            _ => None,
        };
        let ev = city.map(|_| evidence.clone());
        self.facts.push(Fact {
            subject,
            relation,
            object,
            evidence,
        });
        if let (Some(c), Some(ev)) = (city, ev) {
            let c = self.entity_for_known(c);
            self.add_fact(subject, relation, Object::Entity(c), ev);
        }
    }
}

impl<'k> Extractor<'k> {
    pub fn new(k: &'k Knowledge) -> Self {
        Extractor {
            k,
            max_sentence_tokens: MAX_SENTENCE_TOKENS,
            organization: k.ontology.class_by_name("Organization"),
        }
    }

    /// The same extractor reading relations from sentences of at most `n` tokens.
    pub fn with_max_sentence_tokens(mut self, n: usize) -> Self {
        self.max_sentence_tokens = n;
        self
    }

    /// Extracts everything from one document.
    pub fn extract(&self, doc: DocInfo, text: String) -> Extraction {
        let k = self.k;
        let sentences = text::sentences(&text);
        let folded = Folded::new(&text);
        let gaz = k.gazetteer.find(&text, &folded);
        let anchor = dates::anchor(&text, doc.date);
        // (The per-document vectors sized for about what a document fills
        // in, instead of grown by doubling from nothing: each name the
        // gazetteer finds is a mention; entities repeat, so fewer.)
        let expected_mentions = gaz.len() + sentences.len() + 16;
        let mut d = Doc {
            k,
            entities: Vec::with_capacity(gaz.len().min(256) + 16),
            index: Default::default(),
            mentions: Vec::with_capacity(expected_mentions),
            facts: Vec::new(),
            surnames: Default::default(),
            post_holders: Vec::new(),
            bullet_event: None,
            bullet_line: None,
            bullet_heads: false,
            bullet_treaty: None,
            last_delegation: None,
            pending_statement: None,
            absorbed: Vec::new(),
            recent: Vec::with_capacity(expected_mentions),
            recent_sent: Vec::with_capacity(expected_mentions),
            main_event: None,
            main_event_told: false,
            local_acronyms: Vec::new(),
            opening: false,
            prose_before: 0,
            statement_of: None,
            interview: is_interview(&text),
            delegation_list: false,
            pending_decisions: Vec::new(),
            year: anchor.year,
            date: dates::document_date(&text, doc.date),
        };
        let mut gi = 0;
        // The sentence buffers of the thread's last document (they were
        // made anew for each document, and grown to size by `realloc` a few
        // dozen times in each), put back below.
        let DocBufs {
            dates: mut date_buf,
            mut sm,
            sent: mut sent_bufs,
            view: mut view_bufs,
        } = DOC_BUFS.take();
        let body_end = article_end(&text);
        for (si, &span) in sentences.iter().enumerate() {
            // Related-news teasers after the article are read lightly: names
            // of the gazetteer and the relation rules, but no people, posts,
            // coreference or opening of their own, and their people are not
            // counted as names this document mentions.
            let teaser = span.start >= body_end;
            let sent = Sent::new(&text, si, span, &mut sent_bufs, &k.words);
            if sent.toks.is_empty() {
                continue;
            }
            // The opening: the first three sentences, or more when they are
            // header lines (a source, a date line, a headline: no full stop),
            // until two sentences of prose have been read.
            d.opening = si < 3 || d.prose_before < 2;
            let full_stop = text[span.start..span.end]
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', ')']);
            if sent.toks.len() >= 8 && full_stop {
                d.prose_before += 1;
            }
            sm.clear();
            // Gazetteer mentions inside this sentence.
            while gi < gaz.len() && gaz[gi].span.start < span.start {
                gi += 1;
            }
            let mut gj = gi;
            while gj < gaz.len() && gaz[gj].span.end <= span.end {
                let g = gaz[gj];
                let l = d.entity_for_known(g.entity);
                sm.push(SMention::at(&sent, g.span, MentionKind::Entity(l)));
                gj += 1;
            }
            // Dates.
            date_buf.clear();
            dates::find(&text, span, anchor, &mut date_buf);
            for &(ds, dv) in &date_buf {
                if sm.iter().any(|m| m.span.overlaps(ds)) {
                    continue;
                }
                sm.push(SMention::at(&sent, ds, MentionKind::Date(dv)));
            }
            sm.sort_by_key(|m| m.span.start);
            // A "sentence" this long is not prose (a table, a list run
            // together, a file with no full stops): its names are recorded,
            // but no relation is read from it.
            if sent.toks.len() > self.max_sentence_tokens {
                for m in &sm {
                    d.mentions.push(Mention {
                        span: m.span,
                        kind: m.kind,
                    });
                }
                continue;
            }
            drop_truncated(&d, &sent, &mut sm);
            merge_parentheticals(&mut d, &sent, &mut sm);
            local_acronyms(&d, &sent, &mut sm);
            if !teaser {
                orgs::find(&mut d, &sent, &mut sm);
                orgs::embassies(&mut d, &sent, &mut sm);
                orgs::places(&mut d, &sent, &mut sm);
                orgs::foreign_agencies(&mut d, &sent, &mut sm);
                units::find(&mut d, &sent, &mut sm);
                treaties::described(&mut d, &sent, &mut sm);
                locatives_and_modifiers(&d, &sent, &mut sm);
            }
            // (The treaty in view already: "the Convention's Conference of the
            // States Parties, whose third session …" is numbered next.)
            coref::treaty_bodies(&mut d, &sent, &mut sm, true);
            events::numbered(&mut d, &sent, &mut sm);
            events::operations(&mut d, &sent, &mut sm);
            d.absorbed.clear();
            if teaser {
                let person = k.vocab.person;
                sm.retain(|m| !matches!(m.kind, MentionKind::Entity(l) if k.ontology.is_a(d.class_of(l), person)));
            } else {
                people::people(&mut d, &sent, &mut sm);
            }
            sm.sort_by_key(|m| m.span.start);
            // (A teaser's names count as mentions only if a fact uses them.)
            // (Nor does a news agency credited for the text or a photo:
            // "HANOI (VNA) -", "(Photo: VNA)", a closing "- VNS".)
            for m in sm.iter() {
                if teaser || news_credit(&d, &text, m) {
                    continue;
                }
                d.mentions.push(Mention {
                    span: m.span,
                    kind: m.kind,
                });
            }
            let facts_before = d.facts.len();
            if !teaser {
                absorb(&mut d, &sent, &mut sm);
                coref::resolve(&mut d, &sent, &mut sm);
                coref::treaty_bodies(&mut d, &sent, &mut sm, true);
                events::treaty_signings(&mut d, &sent, &mut sm);
                treaties::consequences(&mut d, &sent, &sm);
                treaties::elliptic(&mut d, &sent, &sm);
                treaties::commitments(&mut d, &sent, &sm);
                treaties::decisions(&mut d, &sent, &sm);
                document::opening(&mut d, &sent, &sm);
                document::speech(&mut d, &sent, &sm);
                events::receptions(&mut d, &sent, &mut sm);
                events::joint_talks(&mut d, &sent, &mut sm);
                events::their_meeting(&mut d, &sent, &mut sm);
                events::signers_and_witnesses(&mut d, &sent, &sm);
                document::participants(&mut d, &sent, &sm);
                document::delegations(&mut d, &sent, &sm);
                document::heads_listed(&mut d, &sent, &sm);
                document::declarations_adopted(&mut d, &sent, &sm);
                document::two_sides_cooperate(&mut d, &sent);
                document::two_organisations_cooperate(&mut d, &sent);
                document::three_states_cooperate(&mut d, &sent, &sm);
                document::thanked_for_support(&mut d, &sent, &sm);
                document::unsaid_participation(&mut d, &sent, &sm);
                document::present_were(&mut d, &sent, &sm);
                document::bullet_participants(&mut d, &sent, &sm);
                document::theme(&mut d, &sent, &sm);
                document::discussed(&mut d, &sent, &sm);
                document::relative_day(&mut d, &sent, &sm);
                document::quoted_speakers(&mut d, &sent, &sm);
                document::audience_speakers(&mut d, &sent, &sm);
                document::delegation_list(&mut d, &sent, &sm);
            }
            for m in sm.iter().filter(|m| !m.hidden) {
                if let MentionKind::Entity(l) = m.kind {
                    if d.main_event != Some(l) && background_event(&d, &sent, m, l) {
                        continue;
                    }
                    d.recent.push(l);
                    d.recent_sent.push(si);
                }
            }
            if !teaser {
                self.inner_mentions(&mut d, &sent, &sm);
            }
            if !teaser {
                events::written_names(&mut d, &sent, &sm);
            }
            qualifying_bodies(&d, &mut sm);
            let view = self.view(&d, &sent, &sm, &mut view_bufs);
            self.apply_rules(&mut d, &sent, &view, &view_bufs.ids, &sm);
            view_bufs.put(view);
            if !teaser {
                treaties::party_by_ratification(&mut d, &sent, &sm, facts_before);
            }
            if teaser {
                let used: Vec<LocalId> = d
                    .facts
                    .iter()
                    .filter(|f| f.evidence.sentence == si)
                    .flat_map(|f| {
                        let o = match f.object {
                            Object::Entity(o) => Some(o),
                            Object::Date(_) => None,
                        };
                        std::iter::once(f.subject).chain(o)
                    })
                    .collect();
                for m in &sm {
                    if matches!(m.kind, MentionKind::Entity(l) if used.contains(&l)) {
                        d.mentions.push(Mention {
                            span: m.span,
                            kind: m.kind,
                        });
                    }
                }
            }
        }
        // (Kept unless an outsized sentence made them large.)
        if sent_bufs.toks.capacity() <= 1 << 14 && view_bufs.items.capacity() <= 1 << 14 && sm.capacity() <= 1 << 12 {
            sm.clear();
            date_buf.clear();
            DOC_BUFS.set(DocBufs {
                dates: date_buf,
                sm,
                sent: sent_bufs,
                view: view_bufs,
            });
        }
        treaties::settle_decisions(&mut d);
        infer_delegations(&mut d);
        posts_of_led_delegations(&mut d);
        prune_posts(&mut d);
        prune_contradictions(&mut d);
        prune_coarse_dates(&mut d);
        prune_misplaced_venues(&mut d);
        prune_crossed_representation(&mut d);
        lift_memberships(&mut d);
        Extraction {
            doc,
            text,
            sentences,
            entities: d.entities,
            mentions: d.mentions,
            facts: d.facts,
        }
    }

    /// Builds the rules' view of a sentence: tokens and visible mentions as
    /// items, coordinated lists of same-class mentions as one item. Its
    /// vectors come from `bufs` (and go back there with [`ViewBufs::put`]).
    fn view<'s>(&self, d: &Doc, sent: &'s Sent, sm: &[SMention], bufs: &mut ViewBufs) -> SentenceView<'s> {
        // The visible mentions, by their index in `sm`.
        let visible = &mut bufs.visible;
        visible.clear();
        visible.extend(sm.iter().enumerate().filter(|(_, m)| !m.hidden).map(|(i, _)| i));
        let family = |m: &SMention| -> Option<ClassId> {
            match m.kind {
                MentionKind::Date(_) => None,
                MentionKind::Entity(l) => Some(self.family(d.class_of(l))),
            }
        };
        let mut items: Vec<Item<'s>> = recycle_items(std::mem::take(&mut bufs.items));
        items.reserve(sent.toks.len());
        let ids = &mut bufs.ids;
        ids.clear();
        let mut view = SentenceView {
            items,
            groups: std::mem::take(&mut bufs.groups),
        };
        debug_assert!(view.groups.is_empty());
        let mut t = 0;
        let mut vi = 0;
        while t < sent.toks.len() {
            if vi < visible.len() && sm[visible[vi]].first_tok <= t {
                // Try to grow a coordinated list from this mention.
                let first = &sm[visible[vi]];
                let fam = family(first);
                // (A group's vectors from an earlier sentence's.)
                let mut group = bufs.spare_groups.pop().unwrap_or_else(|| Group {
                    members: Vec::new(),
                    classes: Vec::new(),
                });
                group.members.clear();
                group.classes.clear();
                let members = &mut group.members;
                members.push(vi);
                let mut end_tok = first.end_tok;
                let mut saw_conj = false;
                let mut after_inner = false;
                let mut k = vi + 1;
                while fam.is_some() && k < visible.len() {
                    let next = &sm[visible[k]];
                    if family(next) != fam {
                        break;
                    }
                    // "both conventions": two referents over the same words.
                    if next.span == sm[visible[k - 1]].span {
                        members.push(k);
                        k += 1;
                        saw_conj = true;
                        continue;
                    }
                    // The words between the two mentions, as `sent.word`
                    // gives them for each token index ("" past the end: only
                    // then are they copied).
                    let words = sent.words();
                    let past_end: Vec<&str>;
                    let between: &[&str] = if end_tok >= next.first_tok {
                        &[]
                    } else if next.first_tok <= words.len() {
                        &words[end_tok..next.first_tok]
                    } else {
                        past_end = (end_tok..next.first_tok).map(|i| sent.word(i)).collect();
                        &past_end
                    };
                    let (ok, conj) = coordination(between);
                    // (After "A and its B", only ", and C" goes on.)
                    if !ok || (after_inner && !(conj && between.first() == Some(&","))) {
                        break;
                    }
                    members.push(k);
                    end_tok = next.end_tok;
                    k += 1;
                    if conj {
                        // The conjunction closes the list, but for a
                        // possessive one inside it: "UNTOC and its Protocol,
                        // and UNCAC".
                        let inner = !saw_conj && matches!(between, ["and", "its" | "their"]);
                        saw_conj = true;
                        if !inner {
                            break;
                        }
                        after_inner = true;
                    }
                }
                let commas_enough = fam.is_some_and(|f| self.comma_lists(f));
                if members.len() > 1 && !saw_conj && !commas_enough {
                    // "A, B, C" with no conjunction is not a list (an address).
                    members.truncate(1);
                    end_tok = first.end_tok;
                }
                let g = view.groups.len();
                group
                    .classes
                    .extend(group.members.iter().map(|&i| match sm[visible[i]].kind {
                        MentionKind::Entity(l) => Some(d.class_of(l)),
                        MentionKind::Date(_) => None,
                    }));
                let last = &sm[visible[*group.members.last().unwrap_or(&vi)]];
                let taken = group.members.len();
                // Members from indices into `visible` to indices into `sm`.
                for m in &mut group.members {
                    *m = visible[*m];
                }
                view.groups.push(group);
                view.items.push(Item {
                    span: Span::new(first.span.start, last.span.end),
                    word: "".into(),
                    group: Some(g),
                });
                ids.push(crate::rules::NO_WORD);
                t = end_tok.max(t + 1);
                vi += taken;
                continue;
            }
            view.items.push(Item {
                span: Span::new(sent.toks[t].start, sent.toks[t].end),
                word: sent.word(t).into(),
                group: None,
            });
            ids.push(sent.info(t).rule_id);
            t += 1;
        }
        view
    }

    /// Whether "A, B" (no conjunction) is a list for this family: treaties,
    /// declarations, countries and topics never stand in an address chain.
    fn comma_lists(&self, family: ClassId) -> bool {
        let v = &self.k.vocab;
        [v.treaty, v.declaration, v.country, v.topic]
            .iter()
            .any(|&c| self.k.ontology.is_a(family, c))
    }

    /// The class used for coordination: the top class below owl:Thing among
    /// the ontology's own (Country, Body, Agency, Person, Event, …).
    fn family(&self, c: ClassId) -> ClassId {
        let v = &self.k.vocab;
        // Bodies and agencies coordinate with each other ("the Ministry of
        // Justice of Japan and the UNODC").
        if let Some(org) = self.organization {
            if self.k.ontology.is_a(c, org) {
                return org;
            }
        }
        for top in [v.event, v.treaty, v.declaration] {
            if self.k.ontology.is_a(c, top) {
                return top;
            }
        }
        c
    }

    fn apply_rules(&self, d: &mut Doc, sent: &Sent, view: &SentenceView, ids: &[u32], sm: &[SMention]) {
        let k = self.k;
        let matches = k.rules.matches_with_ids(view, Some(ids), &k.ontology);
        if matches.is_empty() {
            return;
        }
        let words: Vec<&str> = view.items.iter().map(|i| &*i.word).collect();
        // The modality cues of the sentence, found once per word for all its
        // matches, and only where a match looks (from four words before it
        // to its end): `NOT_YET` until then.
        const NOT_YET: u8 = u8::MAX;
        let mut flags: Vec<u8> = vec![NOT_YET; words.len()];
        let has_date = sm.iter().any(|m| matches!(m.kind, MentionKind::Date(_)));
        for m in matches {
            let rule = &k.rules.rules[m.rule];
            let modality = if rule.ignore_modality {
                Some(Modality::Asserted)
            } else {
                // A definite future is a fact when it dates the act ("will
                // host the ceremony on October 25-26") or says where an event
                // takes place or who goes to it ("will be held in Kyoto").
                let placed = rule.relation == k.vocab.held_in || rule.relation == k.vocab.participated_in;
                // (The date of an event first named with "a" is read further
                // back, eight words: "the proposal of Viet Nam to host a
                // regional workshop on … in 2024" dates no workshop; "invited
                // to the 86th session, which will be held from 26 to 29
                // September" still dates the session.)
                let indefinite = || {
                    (m.first_item >= 1 && matches!(words[m.first_item - 1], "a" | "an")) || {
                        let sp = view.items[m.first_item].span;
                        let t = &sent.text[sp.start..sp.end];
                        t.starts_with("a ") || t.starts_with("an ")
                    }
                };
                let dated = (rule.relation == k.vocab.start_date || rule.relation == k.vocab.end_date) && indefinite();
                let first = if dated {
                    m.first_item.saturating_sub(4)
                } else {
                    m.first_item
                };
                // (The words `modality_by` reads.)
                for i in first.saturating_sub(4)..m.end_item.min(flags.len()) {
                    if flags[i] == NOT_YET {
                        flags[i] = cue_flags(&k.rules.cues, &words, i);
                    }
                }
                modality_by(|i| flags[i], flags.len(), first, m.end_item, has_date || placed)
            };
            let Some(modality) = modality else { continue };
            // "the venue of the ceremony when the Assembly adopted the
            // Convention in December 2024": a date across a clause of time
            // belongs to that clause, not to the event.
            let v = &k.vocab;
            // ("Speaking at the session, X recalled that the treaty was
            // signed in Seoul in 2003": nor does a place or date in what
            // someone recalled or noted.)
            if (rule.relation == v.start_date || rule.relation == v.end_date || rule.relation == v.held_in)
                && words[m.first_item..m.end_item].iter().any(|w| {
                    matches!(
                        *w,
                        "when"
                            | "after"
                            | "before"
                            | "while"
                            | "whereas"
                            | "since"
                            | "said"
                            | "says"
                            | "told"
                            | "recalled"
                            | "recalling"
                            | "noted"
                            | "noting"
                            | "reminded"
                    )
                })
            {
                continue;
            }
            // ("… Deputy Vice Minister at Japan's Ministry of Finance": a
            // possessive names whose organisation, not where an event is.)
            if rule.relation == v.held_in
                && words.get(m.end_item) == Some(&"'")
                && words.get(m.end_item + 1) == Some(&"s")
            {
                continue;
            }
            // ("The workshop was organised by UNODC in cooperation with the
            // Ministry": a co-organiser, read by hosted.in-cooperation-with,
            // not a cooperation of the two.)
            if rule.relation == v.cooperates_with {
                let organised_in = (m.first_item..m.end_item.saturating_sub(2)).any(|j| {
                    words[j] == "in"
                        && matches!(
                            words[j + 1],
                            "cooperation" | "coordination" | "partnership" | "collaboration"
                        )
                        && words[j + 2] == "with"
                        && (j.saturating_sub(12).max(1)..j).any(|b| {
                            words[b] == "by"
                                && matches!(
                                    words[b - 1],
                                    "organised" | "organized" | "hosted" | "held" | "convened" | "sponsored"
                                )
                        })
                });
                if organised_in {
                    continue;
                }
            }
            // ("the ceremony showed the world's trust in Vietnam", "its role
            // in Asia": "in" after such a noun is not where.)
            if rule.relation == v.held_in && m.end_item >= 4 {
                let at = if words[m.end_item - 2] == "the" {
                    m.end_item - 3
                } else {
                    m.end_item - 2
                };
                if words[at] == "in"
                    && matches!(
                        words[at - 1],
                        "trust" | "confidence" | "faith" | "interest" | "role" | "roles" | "investment" | "investments"
                    )
                {
                    continue;
                }
            }
            // "… on the occasion of her participation in the 69th session …
            // in New York on March 10", "on the sidelines of EVENT on DATE":
            // the date is the side activity's, not the event's.
            // ("On the occasion of EVENT, taking place in Vienna from May 18
            // to 22, …": a clause that describes the event dates it.)
            if (rule.relation == v.start_date || rule.relation == v.end_date)
                && side_activity(&words, m.first_item)
                && !words[m.first_item..m.end_item].contains(&"which")
                && !words[m.first_item..m.end_item]
                    .windows(2)
                    .any(|w| w == ["taking", "place"])
            {
                continue;
            }
            // "The session, running until May 17": an end, not a start.
            if rule.relation == v.start_date
                && m.end_item >= 2
                && words[m.first_item..m.end_item - 1].iter().any(|w| {
                    matches!(
                        *w,
                        "until"
                            | "till"
                            | "through"
                            | "close"
                            | "closes"
                            | "closed"
                            | "end"
                            | "ends"
                            | "ended"
                            | "conclude"
                            | "concludes"
                            | "concluded"
                            | "wrap"
                            | "wraps"
                            | "wrapped"
                    )
                })
            {
                continue;
            }
            let (sg, og) = if rule.inverse {
                (m.object, m.subject)
            } else {
                (m.subject, m.object)
            };
            // "co-organised a side event on UNCAC and the UN Convention
            // against Cybercrime, which was opened for signature in Hanoi last
            // October": a relative clause after a treaty or declaration says
            // where and when that was made, not the event.
            let document_group = |g: usize| {
                view.groups[g]
                    .classes
                    .iter()
                    .all(|c| c.is_some_and(|c| k.ontology.is_a(c, v.treaty) || k.ontology.is_a(c, v.declaration)))
            };
            // (So does one whose verb is a treaty's: "…, which was opened for
            // signature in Hanoi", even after an event named for the treaty;
            // but not after a signing ceremony, whose place and date those are.)
            let ceremony = |g: usize| {
                let sc = k.ontology.class_by_name("SigningCeremony");
                view.groups[g].classes.iter().any(|&c| c.is_some() && c == sc)
            };
            let treaty_act = |i: usize| {
                let mut j = i + 1;
                while j < words.len() && matches!(words[j], "was" | "were" | "is" | "has" | "had" | "been" | "later") {
                    j += 1;
                }
                j + 1 < words.len()
                    && (matches!(words[j], "adopted" | "signed" | "ratified" | "approved" | "concluded")
                        || (words[j], words[j + 1]) == ("opened", "for")
                        || (words[j], words[j + 1]) == ("entered", "into"))
            };
            if (rule.relation == v.start_date || rule.relation == v.end_date || rule.relation == v.held_in)
                && (m.first_item + 2..m.end_item).any(|i| {
                    words[i] == "which"
                        && words[i - 1] == ","
                        && view.items[i - 2]
                            .group
                            .is_some_and(|g| g != og && (g != sg && document_group(g) || treaty_act(i) && !ceremony(g)))
                })
            {
                continue;
            }
            let ev = Evidence {
                sentence: sent.index,
                span: m.span,
                rule: Arc::clone(&rule.id),
                confidence: rule.confidence,
                modality,
            };
            if rule.single && (view.groups[sg].members.len() > 1 || view.groups[og].members.len() > 1) {
                continue;
            }
            if rule.pair {
                let members: Vec<usize> = view.groups[sg]
                    .members
                    .iter()
                    .filter_map(|&i| match sm[i].kind {
                        MentionKind::Entity(l) => Some(l),
                        MentionKind::Date(_) => None,
                    })
                    .collect();
                for (a, &x) in members.iter().enumerate() {
                    for &y in &members[a + 1..] {
                        d.add_fact(x, rule.relation, Object::Entity(y), ev.clone());
                    }
                }
                continue;
            }
            for &si in &view.groups[sg].members {
                let MentionKind::Entity(s) = sm[si].kind else { continue };
                for &oi in &view.groups[og].members {
                    match sm[oi].kind {
                        MentionKind::Entity(o) => d.add_fact(s, rule.relation, Object::Entity(o), ev.clone()),
                        MentionKind::Date(dv) => {
                            let v = &k.vocab;
                            // "held every five years since 1955", "to be
                            // ratified by 2026": a date after "since" or "by"
                            // bounds a period; it is not when the event starts.
                            if rule.relation == v.start_date && matches!(sent.word(sm[oi].first_tok), "since" | "by") {
                                continue;
                            }
                            // ("from July 29 to August 9", two dates: the
                            // second ends it, it does not start it.)
                            if rule.relation == v.start_date
                                && sm[oi].first_tok >= 1
                                && matches!(sent.word(sm[oi].first_tok - 1), "to" | "until" | "till" | "through")
                            {
                                continue;
                            }
                            if rule.relation == v.start_date {
                                d.add_fact(s, v.start_date, Object::Date(dv.start), ev.clone());
                                if let Some(e) = dv.end {
                                    d.add_fact(s, v.end_date, Object::Date(e), ev.clone());
                                }
                            } else if rule.relation == v.end_date {
                                d.add_fact(s, v.end_date, Object::Date(dv.end.unwrap_or(dv.start)), ev.clone());
                            } else {
                                d.add_fact(s, rule.relation, Object::Date(dv.start), ev.clone());
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Names that do not stand for their entity in a relation: the country
/// after a place ("in Merida, Mexico": where, not who) and a body or country
/// used as a modifier of its members ("with ASEAN member states", "its
/// ASEAN partners"). They stay mentions of the document, hidden from the rules.
fn locatives_and_modifiers(d: &Doc, sent: &Sent, sm: &mut [SMention]) {
    let v = d.k.vocab;
    let ont = &d.k.ontology;
    let places: Vec<usize> = sm
        .iter()
        .filter(|m| !m.hidden && matches!(m.kind, MentionKind::Entity(l) if ont.is_a(d.class_of(l), v.place)))
        .map(|m| m.end_tok)
        .collect();
    for m in sm.iter_mut() {
        let MentionKind::Entity(l) = m.kind else { continue };
        if m.hidden {
            continue;
        }
        let c = d.class_of(l);
        let country = ont.is_a(c, v.country);
        let locative =
            country && m.first_tok >= 2 && sent.word(m.first_tok - 1) == "," && places.contains(&(m.first_tok - 1));
        // (A state's adjective before "counterparts" names whose they are:
        // "with their Lao and Cambodian counterparts" is with Laos and
        // Cambodia; "its ASEAN partners" are not ASEAN.)
        let modifier = match (sent.word(m.end_tok), sent.word(m.end_tok + 1)) {
            ("member" | "members", "states" | "countries" | "nations") => country || ont.is_a(c, v.body),
            ("partners" | "counterparts" | "neighbours" | "neighbors", _) => ont.is_a(c, v.body),
            _ => false,
        };
        // "INTERPOL-coordinated operations", "UNODC-supported projects": a
        // name joined by a hyphen to a participle modifies a noun; it is not
        // what the sentence's verb is about ("took part in several
        // INTERPOL-coordinated operations" is no participation in INTERPOL).
        let e = m.end_tok;
        let compound = e + 1 < sent.toks.len()
            && sent.word(e) == "-"
            && sent.toks[e].start == sent.toks[e - 1].end
            && sent.toks[e + 1].start == sent.toks[e].end
            && !sent.is_capitalised(e + 1)
            && sent.word(e + 1).ends_with("ed")
            && (country || ont.is_a(c, v.body) || ont.is_a(c, v.agency));
        // "observers and private partners of INTERPOL": the partners of a
        // body are not the body.
        let f = m.first_tok;
        let before_the = if f >= 1 && sent.word(f - 1) == "the" { f - 1 } else { f };
        let partners_of = (country || ont.is_a(c, v.body) || ont.is_a(c, v.agency))
            && before_the >= 2
            && sent.word(before_the - 1) == "of"
            && matches!(
                sent.word(before_the - 2),
                "partners" | "counterparts" | "neighbours" | "neighbors"
            );
        if locative || modifier || compound || partners_of {
            m.hidden = true;
        }
    }
}

/// "the United Nations Ad Hoc Committee": a body's name right before another
/// organisation's qualifies it, and the rules see only the second (hidden
/// only now: the events read "the second session of the UN Ad Hoc
/// Committee" with both).
fn qualifying_bodies(d: &Doc, sm: &mut [SMention]) {
    let v = d.k.vocab;
    let ont = &d.k.ontology;
    let org = |m: &SMention| {
        !m.hidden
            && matches!(m.kind, MentionKind::Entity(l) if d.is_organisation(l) && !ont.is_a(d.class_of(l), v.country))
    };
    for i in 0..sm.len() {
        let qualifies = org(&sm[i])
            && matches!(sm[i].kind, MentionKind::Entity(l) if ont.is_a(d.class_of(l), v.body))
            && sm.iter().any(|n| org(n) && n.first_tok == sm[i].end_tok);
        if qualifies {
            sm[i].hidden = true;
        }
    }
}

/// Whether a text is an interview: lines starting "Q:" / "Question:" /
/// "Reporter:", or
/// "interview" in its first 300 bytes (its headline or standfirst).
/// Whether a mention is the credit of a news agency rather than a name in
/// the text: the agency alone in brackets ("HANOI (VNA) -", "(Photo: VNA)")
/// or alone on its line ("- VNS").
fn news_credit(d: &Doc, text: &str, m: &SMention) -> bool {
    let MentionKind::Entity(l) = m.kind else { return false };
    if !d.k.ontology.is_a(d.class_of(l), d.k.vocab.agency) || !d.entities[l].label.contains("News") {
        return false;
    }
    let (start, end) = (m.span.start, m.span.end);
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    let line_before = before.rsplit('\n').next().unwrap_or("");
    let line_after = after.split('\n').next().unwrap_or("");
    let bracketed = {
        let b = line_before.trim_end();
        let b = b.strip_suffix("Photo:").map_or(b, str::trim_end);
        b.ends_with('(') && line_after.trim_start().starts_with(')')
    };
    let alone = line_before
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
        .is_empty()
        && line_after
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '/'))
            .is_empty();
    bracketed || alone
}

fn is_interview(text: &str) -> bool {
    let mut cut = text.len().min(300);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    head.to_ascii_lowercase().contains("interview")
        || text.lines().any(|l| {
            ["Q:", "Question:", "Reporter:"]
                .iter()
                .any(|q| l.trim_start().starts_with(q))
        })
}

/// An event named only as the background of another ("It was preceded on
/// August 21 by the 23rd SOMTC", "It was prepared by the 13th SOMTC", "on
/// the sidelines of the Assembly"): it
/// does not become the event a later "the meeting" refers to.
fn background_event(d: &Doc, sent: &Sent, m: &SMention, l: LocalId) -> bool {
    d.k.ontology.is_a(d.class_of(l), d.k.vocab.event)
        && (m.first_tok.saturating_sub(5)..m.first_tok).any(|k| {
            matches!(
                sent.word(k),
                "preceded"
                    | "followed"
                    | "prepared"
                    | "ahead"
                    | "sidelines"
                    | "margins"
                    | "margin"
                    | "run-up"
                    | "since"
                    | "before"
            )
        })
}

/// Whether the item at `at` follows "on the sidelines of", "on the occasion
/// of", "her participation in", "attendance at" (with at most one word such
/// as "the" between).
fn side_activity(words: &[&str], at: usize) -> bool {
    let cue = |i: usize| {
        i >= 1
            && matches!(
                (words[i - 1], words[i]),
                ("sidelines" | "occasion" | "margins", "of")
                    | ("participation" | "participating", "in")
                    | ("attendance", "at")
            )
    };
    (at >= 1 && cue(at - 1))
        || (at >= 2 && cue(at - 2) && matches!(words[at - 1], "the" | "its" | "her" | "his" | "their"))
}

/// Whether the words between two mentions coordinate them, and whether they
/// hold the conjunction: `,` / `, and` / `and` / `or` / `as well as`, each
/// optionally followed by `the`.
fn coordination(between: &[&str]) -> (bool, bool) {
    // (The words looked at as a shrinking slice, not a copy.)
    let mut w = between;
    // ("UNTOC and its Protocol …": a possessive as an article.)
    if let Some((&("the" | "its" | "their"), rest)) = w.split_last() {
        w = rest;
    }
    // "A and of B", "A, and to B": a preposition repeated after the conjunction.
    if w.len() >= 2 && matches!(w.last(), Some(&("of" | "to" | "in" | "with" | "for"))) && w[w.len() - 2] == "and" {
        w = &w[..w.len() - 1];
    }
    match w {
        [","] => (true, false),
        ["and"] | ["or"] | ["&"] | [",", "and"] | [",", "or"] | ["as", "well", "as"] | [",", "as", "well", "as"] => {
            (true, true)
        }
        _ => (false, false),
    }
}

use crate::rules::{CUE_FUTURE, CUE_NOT_ASSERTED};

/// Which modality cues start at word `i` ("may" the month is none).
fn cue_flags(cues: &crate::rules::ModalityCues, words: &[&str], i: usize) -> u8 {
    if month_may(words, i) {
        return 0;
    }
    cues.flags_at(words, i)
}

/// "on May 4", "in May 2019": the month, not the modal verb.
fn month_may(words: &[&str], i: usize) -> bool {
    words[i] == "may"
        && (words
            .get(i + 1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            || (i > 0
                && (words[i - 1].starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        words[i - 1],
                        "in" | "on"
                            | "of"
                            | "since"
                            | "last"
                            | "next"
                            | "this"
                            | "early"
                            | "late"
                            | "mid"
                            | "until"
                            | "from"
                            | "by"
                            | "-"
                    ))))
}

/// The modality of a match from the cue words around it: `None` where the
/// sentence negates or hedges it.
fn modality(
    cues: &crate::rules::ModalityCues,
    words: &[&str],
    first: usize,
    end: usize,
    has_date: bool,
) -> Option<Modality> {
    modality_by(|i| cue_flags(cues, words, i), words.len(), first, end, has_date)
}

/// The sentence's words with those inside a visible name blanked, for
/// [`modality`]: a cue word in a name ("the Colombo Plan", "the ASEAN Plan
/// of Action") hedges nothing.
fn words_outside_names<'a>(sent: &'a Sent, sm: &[SMention]) -> Vec<&'a str> {
    let mut words = sent.words().to_vec();
    for m in sm
        .iter()
        .filter(|m| !m.hidden && matches!(m.kind, MentionKind::Entity(_)))
    {
        let end = m.end_tok.min(words.len());
        for w in &mut words[m.first_tok.min(end)..end] {
            *w = "";
        }
    }
    words
}

/// [`modality`] given the cue flags of each word (`flags(i)`, for `i` below `len`).
fn modality_by(flags: impl Fn(usize) -> u8, len: usize, first: usize, end: usize, has_date: bool) -> Option<Modality> {
    let from = first.saturating_sub(4);
    let to = end.min(len);
    let mut seen = 0;
    for i in from..to {
        seen |= flags(i);
    }
    if seen & CUE_NOT_ASSERTED != 0 {
        return None;
    }
    if seen & CUE_FUTURE != 0 {
        return has_date.then_some(Modality::Future);
    }
    Some(Modality::Asserted)
}

/// Parses an ordinal at token `i`: "34th", "first", "thirty-first",
/// "THIRTY FIRST". Returns the number and the next token index.
pub(crate) fn ordinal_at(sent: &Sent, i: usize) -> Option<(u32, usize)> {
    let w = sent.word(i);
    // (An ordinal starts with a digit, a sign `parse` takes, or the first
    // letter of a word below: "first" … "ninetieth" start with e, f, n, s or t.)
    // A word starting with a letter parses as no number, so it can only be
    // one of the words below: five to eleven letters ("first" …
    // "seventeenth"), in `ORDINAL_WORD` (asked of the word's information,
    // looked up once for the sentence).
    match w.as_bytes().first() {
        Some(&b) if b.is_ascii_digit() || b == b'+' => {}
        Some(b'e' | b'f' | b'n' | b's' | b't')
            if (5..=11).contains(&w.len()) && sent.info(i).sets & ORDINAL_WORD != 0 => {}
        _ => return None,
    }
    if let Some(n) = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .and_then(|d| d.parse::<u32>().ok())
    {
        return (n > 0 && n < 1000).then_some((n, i + 1));
    }
    if let Some(t) = text::tens_cardinal(w) {
        // "thirty first", "thirty-first"
        let mut j = i + 1;
        if sent.word(j) == "-" {
            j += 1;
        }
        if let Some(u) = text::unit_ordinal(sent.word(j)).filter(|u| *u < 10) {
            return Some((t + u, j + 1));
        }
        return text::tens_ordinal(w).map(|n| (n, i + 1));
    }
    if let Some(n) = text::tens_ordinal(w).or_else(|| text::unit_ordinal(w)) {
        return Some((n, i + 1));
    }
    None
}

/// The English ordinal suffix of `n` ("st", "nd", "rd", "th").
pub fn ordinal_suffix(n: u32) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// Title case of a folded name ("le thi thu hang" → "Le Thi Thu Hang").
pub(crate) fn title_case(folded: &str) -> String {
    folded
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A caption's "Deputy Minister X" and the text's "Deputy Minister of Public
/// Security X" are one post: a person's post whose title words are all in
/// another post of the same person is dropped.
/// A state cannot commit to ratifying a treaty the same document says it
/// has ratified or is party to: "the Convention" in "committed to ratifying
/// the Convention" then meant another treaty, so the fact is dropped.
fn prune_contradictions(d: &mut Doc) {
    let ont = &d.k.ontology;
    let (Some(ctr), Some(rat), Some(party)) = (
        ont.property("committedToRatify"),
        ont.property("ratified"),
        ont.property("partyTo"),
    ) else {
        return;
    };
    let done: Vec<(LocalId, Object)> = d
        .facts
        .iter()
        .filter(|f| f.relation == rat || f.relation == party)
        .map(|f| (f.subject, f.object.clone()))
        .collect();
    // The treaty the document's main event is about is what "the
    // Convention" then meant, when the state has not ratified that one.
    let about = d.main_event.and_then(|main| {
        d.facts.iter().find_map(|f| match f.object {
            Object::Entity(t)
                if f.subject == main
                    && f.relation == d.k.vocab.concerns
                    && d.k.ontology.is_a(d.class_of(t), d.k.vocab.treaty) =>
            {
                Some(t)
            }
            _ => None,
        })
    });
    let mut kept = Vec::with_capacity(d.facts.len());
    for mut f in std::mem::take(&mut d.facts) {
        if f.relation == ctr && done.iter().any(|(s, o)| *s == f.subject && *o == f.object) {
            match about {
                Some(t) if !done.iter().any(|(s, o)| *s == f.subject && *o == Object::Entity(t)) => {
                    f.object = Object::Entity(t);
                }
                _ => continue,
            }
        }
        kept.push(f);
    }
    d.facts = kept;
}

/// "at the National Convention Centre in Vientiane": a venue the gazetteer
/// places in another city than the one the sentence names with it is not
/// that venue (a namesake), so neither it nor its city is where the event
/// was held. Drops both facts (they share their evidence span).
fn prune_misplaced_venues(d: &mut Doc) {
    let v = d.k.vocab;
    let held_in: Vec<(usize, LocalId, LocalId)> = d
        .facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.relation == v.held_in)
        .filter_map(|(i, f)| match f.object {
            Object::Entity(o) => Some((i, f.subject, o)),
            Object::Date(_) => None,
        })
        .collect();
    let mut drop: Vec<(LocalId, usize, Span)> = Vec::new();
    for &(i, ev, venue) in &held_in {
        let Some(city) = d.venue_city(venue) else { continue };
        let sentence = d.facts[i].evidence.sentence;
        let other_city = held_in.iter().any(|&(j, e2, x)| {
            e2 == ev
                && x != venue
                && d.facts[j].evidence.sentence == sentence
                && d.facts[j].evidence.span != d.facts[i].evidence.span
                && !d.k.ontology.is_a(d.class_of(x), v.country)
                && !matches!(d.entities[x].id, EntityId::Known(idx) if idx == city)
                && d.venue_city(x).is_none()
        });
        if other_city {
            drop.push((ev, sentence, d.facts[i].evidence.span));
        }
    }
    if drop.is_empty() {
        return;
    }
    d.facts.retain(|f| {
        f.relation != v.held_in
            || !drop
                .iter()
                .any(|&(ev, s, span)| f.subject == ev && f.evidence.sentence == s && f.evidence.span == span)
    });
}

/// "A and B signed on behalf of the two States": the rule pairs each
/// signer with each state. Where a person is said in one sentence to stand
/// for several states, and their own state is known from elsewhere (a post
/// in one of them, an agency of one of them, or another reading of whom
/// they represent), only their own is kept.
fn prune_crossed_representation(d: &mut Doc) {
    let v = d.k.vocab;
    let is_country = |d: &Doc, l: LocalId| d.k.ontology.is_a(d.class_of(l), v.country);
    // (person, sentence, span, state) of each reading that a person stands
    // for a state; those whose reading gives the person another state too.
    let readings: Vec<(LocalId, usize, Span, LocalId)> = d
        .facts
        .iter()
        .filter(|f| f.relation == v.representing)
        .filter_map(|f| match f.object {
            Object::Entity(o) if is_country(d, o) => Some((f.subject, f.evidence.sentence, f.evidence.span, o)),
            _ => None,
        })
        .collect();
    let crossed: Vec<(LocalId, usize, Span, LocalId)> = readings
        .iter()
        .filter(|&&(p, s, span, o)| {
            readings
                .iter()
                .any(|&(p2, s2, span2, o2)| (p2, s2, span2) == (p, s, span) && o2 != o)
        })
        .copied()
        .collect();
    if crossed.is_empty() {
        return;
    }
    let mut drop: Vec<(LocalId, usize, Span, LocalId)> = Vec::new();
    for &(person, sentence, span, state) in &crossed {
        // Their own states, from facts other than these readings.
        let mut own: Vec<LocalId> = Vec::new();
        let elsewhere: Vec<LocalId> = d
            .facts
            .iter()
            .filter(|g| g.subject == person && !(g.evidence.sentence == sentence && g.evidence.span == span))
            .filter(|g| g.relation == v.representing || g.relation == v.holds_position)
            .filter_map(|g| match g.object {
                Object::Entity(x) => Some(x),
                Object::Date(_) => None,
            })
            .collect();
        for x in elsewhere {
            // (A post: the organisation it is in.)
            let org = d
                .facts
                .iter()
                .find_map(|g| match g.object {
                    Object::Entity(o) if g.subject == x && g.relation == v.post_in => Some(o),
                    _ => None,
                })
                .unwrap_or(x);
            if let Some(s) = d.state_or_self(org) {
                own.push(s);
            }
        }
        // ("Minister of Public Security To Lam": a post that names no
        // state, of the ministry of that portfolio the gazetteer knows.)
        if own.is_empty() {
            own.extend(coref::state_of_portfolio(d, person));
        }
        if !own.is_empty() && !own.contains(&state) {
            drop.push((person, sentence, span, state));
        }
    }
    d.facts.retain(|f| {
        f.relation != v.representing
            || !drop.iter().any(|&(p, s, span, st)| {
                f.subject == p && f.evidence.sentence == s && f.evidence.span == span && f.object == Object::Entity(st)
            })
    });
}

/// An event's starts and ends that say less than another of its own, or
/// that are a day of it rather than its start:
/// - "held in Atlanta from 11 to 15 December 2023" and, in a caption, "at
///   CoSP10 in Atlanta, December 2023": a month or year that a date with a
///   day refines says less of the same day;
/// - "The Dialogue was established under the partnership announced in March
///   2018": a month or year that a date with a day does not fall in says
///   nothing of it either;
/// - "The course, held from 25-29/11/2013, …" and a caption "at the closing
///   ceremony, 29 November 2013": a start after the first day of a range the
///   event is said to span, within it, is a day of the event.
fn prune_coarse_dates(d: &mut Doc) {
    let v = d.k.vocab;
    let refines = |fine: &PartialDate, coarse: &PartialDate| {
        fine != coarse
            && fine.year == coarse.year
            && match (coarse.month, coarse.day) {
                (None, _) => true,
                (Some(m), None) => fine.month == Some(m),
                (Some(_), Some(_)) => false,
            }
    };
    let superseded = |fine: &PartialDate, coarse: &PartialDate| {
        refines(fine, coarse) || (coarse.day.is_none() && fine.day.is_some())
    };
    let dated: Vec<(LocalId, PropId, PartialDate, Span)> = d
        .facts
        .iter()
        .filter(|f| f.relation == v.start_date || f.relation == v.end_date)
        .filter_map(|f| match f.object {
            Object::Date(x) => Some((f.subject, f.relation, x, f.evidence.span)),
            Object::Entity(_) => None,
        })
        .collect();
    // The ranges read as one span: a start and an end of one event on one
    // piece of evidence.
    type Day = (i32, u8, u8);
    let day = |p: &PartialDate| -> Option<Day> { Some((p.year, p.month?, p.day?)) };
    let spans: Vec<(LocalId, Day, Day)> = dated
        .iter()
        .filter(|&&(_, r, _, _)| r == v.start_date)
        .filter_map(|&(s, _, a, at)| {
            let &(_, _, b, _) = dated
                .iter()
                .find(|&&(s2, r2, _, at2)| s2 == s && r2 == v.end_date && at2 == at)?;
            Some((s, day(&a)?, day(&b)?))
        })
        .collect();
    d.facts.retain(|f| match f.object {
        Object::Date(x) if f.relation == v.start_date || f.relation == v.end_date => {
            let inside = f.relation == v.start_date
                && day(&x).is_some_and(|x| spans.iter().any(|&(s, a, b)| s == f.subject && a < x && x <= b));
            !inside
                && !dated
                    .iter()
                    .any(|&(s, r, y, _)| s == f.subject && r == f.relation && superseded(&y, &x))
        }
        _ => true,
    });
}

/// "The Assembly admitted Palestine as a new member": the members of a
/// plenary organ (an assembly, a conference of the parties) are members of
/// the organisation it is part of (the gazetteer's vnkg:partOf).
fn lift_memberships(d: &mut Doc) {
    let Some(member_of) = d.k.ontology.property("memberOf") else {
        return;
    };
    let body = d.k.vocab.body;
    for i in 0..d.facts.len() {
        let Object::Entity(o) = d.facts[i].object else { continue };
        if d.facts[i].relation != member_of {
            continue;
        }
        let EntityId::Known(idx) = d.entities[o].id else {
            continue;
        };
        let known = d.k.gazetteer.get(idx);
        let label = crate::text::fold(&known.pref_label);
        if !(label.contains("assembly") || label.contains("conference of the")) {
            continue;
        }
        let parent = known
            .part_of
            .iter()
            .filter_map(|iri| d.k.gazetteer.by_iri(iri))
            .find(|&p| d.k.ontology.is_a(d.k.gazetteer.get(p).class, body));
        if let Some(p) = parent {
            let pl = d.entity_for_known(p);
            d.facts[i].object = Object::Entity(pl);
        }
    }
}

/// Titles that are no post until said of what ("Minister of …").
const BARE_TITLES: &[&str] = &[
    "minister",
    "deputy minister",
    "vice minister",
    "director",
    "deputy director",
    "director general",
    "director-general",
    "deputy director general",
    "deputy director-general",
    "head",
    "deputy head",
    "chief",
];

/// "a delegation of the Korean National Police Agency led by Commissioner
/// General NAME": a title that names no organisation, held by the one who
/// led an organisation's delegation, is a post of that organisation
/// (rule `person.title-of-delegation`; the bare title is then pruned).
fn posts_of_led_delegations(d: &mut Doc) {
    let v = d.k.vocab;
    let led: Vec<(LocalId, LocalId)> = d
        .facts
        .iter()
        .filter(|f| f.relation == v.representing && &*f.evidence.rule == "representing.delegation-of-led-by")
        .filter_map(|f| match f.object {
            Object::Entity(o)
                if d.k.ontology.is_a(d.class_of(o), v.agency) || d.k.ontology.is_a(d.class_of(o), v.body) =>
            {
                Some((f.subject, o))
            }
            _ => None,
        })
        .collect();
    for (person, org) in led {
        // (Not when another post of theirs says more: "NAME, Director
        // General for International Criminal Affairs" … "Director General
        // NAME".)
        let held: Vec<(LocalId, Evidence)> = d
            .facts
            .iter()
            .filter(|f| f.subject == person && f.relation == v.holds_position)
            .filter_map(|f| match f.object {
                Object::Entity(p) => Some((p, f.evidence.clone())),
                Object::Date(_) => None,
            })
            .collect();
        if held.iter().any(|&(p, _)| d.entities[p].label.split(' ').count() > 3) {
            continue;
        }
        let bare = held.into_iter().filter(|&(p, _)| {
            !d.entities[p]
                .label
                .split(' ')
                .any(|w| matches!(w, "of" | "to" | "in" | "for" | "at"))
        });
        let bare: Vec<(LocalId, Evidence)> = bare.collect();
        for (post, evidence) in bare {
            let label = format!("{} of {}", d.entities[post].label, people::org_display(d, org));
            let new_post = d.minted("post", v.post, &label);
            let evidence = Evidence {
                rule: std::sync::Arc::from("person.title-of-delegation"),
                ..evidence
            };
            d.add_fact(person, v.holds_position, Object::Entity(new_post), evidence.clone());
            d.add_fact(new_post, v.post_in, Object::Entity(org), evidence);
        }
    }
}

fn prune_posts(d: &mut Doc) {
    let hp = d.k.vocab.holds_position;
    let words = |l: &str| -> std::collections::BTreeSet<String> {
        crate::text::fold(l)
            .split(' ')
            .filter(|w| !matches!(*w, "of" | "the" | "and"))
            .map(str::to_string)
            .collect()
    };
    let held: Vec<(LocalId, LocalId)> = d
        .facts
        .iter()
        .filter(|f| f.relation == hp)
        .filter_map(|f| match f.object {
            Object::Entity(p) => Some((f.subject, p)),
            _ => None,
        })
        .collect();
    let mut drop: Vec<(LocalId, LocalId)> = Vec::new();
    for &(person, post) in &held {
        let w = words(&d.entities[post].label);
        let more = held.iter().any(|&(q, other)| {
            q == person && other != post && {
                let v = words(&d.entities[other].label);
                v.len() > w.len() && w.is_subset(&v)
            }
        });
        if more {
            drop.push((person, post));
        }
    }
    // "Minister Luong Tam Quang", "Director General Park": a title that
    // names no portfolio and no organisation does not say which post.
    for &(person, post) in &held {
        if BARE_TITLES.contains(&crate::text::fold(&d.entities[post].label).as_str()) {
            drop.push((person, post));
        }
    }
    d.facts
        .retain(|f| !(f.relation == hp && matches!(f.object, Object::Entity(p) if drop.contains(&(f.subject, p)))));
    let still: Vec<LocalId> = d
        .facts
        .iter()
        .filter(|f| f.relation == hp)
        .filter_map(|f| match f.object {
            Object::Entity(p) => Some(p),
            _ => None,
        })
        .collect();
    let post_in = d.k.vocab.post_in;
    d.facts.retain(|f| f.relation != post_in || still.contains(&f.subject));
}

/// A delegate's country takes part in the event: where a person represents a
/// country and took part in or led a delegation to an event, the country took
/// part in it (with the evidence of the person's part). A speaker is not
/// enough: hosts and guests speak too.
fn infer_delegations(d: &mut Doc) {
    let v = d.k.vocab;
    let led = d.k.ontology.property("ledDelegationTo");
    let mut new = Vec::new();
    for r in d.facts.iter().filter(|f| f.relation == v.representing) {
        let Object::Entity(country) = r.object else { continue };
        if !d.k.ontology.is_a(d.entities[country].class, v.country) {
            continue;
        }
        for f in d
            .facts
            .iter()
            .filter(|f| f.subject == r.subject && (f.relation == v.participated_in || Some(f.relation) == led))
        {
            if let Object::Entity(e) = f.object {
                if d.k.ontology.is_a(d.entities[e].class, v.event) {
                    let mut ev = f.evidence.clone();
                    ev.rule = Arc::from("infer.delegate-country");
                    ev.confidence = (ev.confidence * 0.85).min(r.evidence.confidence);
                    new.push((country, e, ev));
                }
            }
        }
    }
    for (c, e, ev) in new {
        d.add_fact(c, v.participated_in, Object::Entity(e), ev);
    }
}

/// Where the article ends: after a line ending in VNA's end mark "./.", or
/// at a "Related news" / "Other news" / "Read more" heading. What follows is
/// a list of teasers for other articles (their headlines name other people
/// and events), so it is not read.
pub fn article_end(text: &str) -> usize {
    const HEADINGS: &[&str] = &[
        "related news",
        "other news",
        "read more",
        "see also",
        "related articles",
        "more news",
        "related stories",
    ];
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let t = line.trim();
        let bare = t.trim_matches(|c: char| matches!(c, '*' | '_' | '#' | ':' | ' '));
        // "Related news", or "Related news: <headline>" on one line (the
        // lead: what comes before the first colon, read only when there is
        // one; the line is scanned once for it).
        fn lead(s: &str) -> &str {
            s.trim_matches(|c: char| matches!(c, '*' | '_' | ' '))
        }
        // (Lower-cased only when not ASCII: most lines are not copied. A
        // line longer than 64 bytes is none of the headings, which are at
        // most 16 bytes: lower-casing shrinks a character from 3 bytes to 1
        // at most, the Kelvin sign to "k".)
        let heading = |s: &str| {
            if s.len() > 64 {
                false
            } else if s.is_ascii() {
                HEADINGS.iter().any(|h| h.eq_ignore_ascii_case(s))
            } else {
                HEADINGS.contains(&s.to_lowercase().as_str())
            }
        };
        if heading(bare) || bare.split_once(':').is_some_and(|(before, _)| heading(lead(before))) {
            return start;
        }
        if t.ends_with("./.") {
            return pos;
        }
    }
    text.len()
}

/// Widens each person item over its apposition (title and organisation),
/// hiding the mentions inside it from the rules.
fn absorb(d: &mut Doc, sent: &Sent, sm: &mut [SMention]) {
    for &(name, a, b) in &d.absorbed {
        if b <= a || b > sent.toks.len() {
            continue;
        }
        let span = Span::new(sent.toks[a].start, sent.toks[b - 1].end);
        let Some(pi) = sm.iter().position(|m| m.span == name && !m.hidden) else {
            continue;
        };
        for (j, m) in sm.iter_mut().enumerate() {
            if j != pi && span.contains(m.span) {
                m.hidden = true;
            }
        }
        sm[pi].span = span;
        sm[pi].first_tok = a;
        sm[pi].end_tok = b;
    }
}

/// Head words of organisations' names.
/// (Not the heads of events: "the 39th ASEANAPOL Conference" is an event of
/// ASEANAPOL.)
const ORG_HEADS: &[&str] = &[
    "commission",
    "committee",
    "office",
    "council",
    "agency",
    "organization",
    "organisation",
    "network",
    "programme",
    "program",
    "fund",
    "court",
    "department",
    "ministry",
    "bureau",
    "centre",
    "center",
    "institute",
    "group",
];

/// "UN Commission for Social Development": a name the gazetteer knows
/// ("UN") followed at once by the head of an organisation's name is only
/// the start of a longer name it does not know; it is dropped, so that no
/// fact is read about the wrong entity.
fn drop_truncated(d: &Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    let mut drop = Vec::new();
    for (i, m) in sm.iter().enumerate() {
        let MentionKind::Entity(l) = m.kind else { continue };
        let c = d.class_of(l);
        if !(d.k.ontology.is_a(c, d.k.vocab.body) || d.k.ontology.is_a(c, d.k.vocab.agency)) {
            continue;
        }
        let t = m.end_tok;
        if sent.is_capitalised(t) && !covered(sm, t) && ORG_HEADS.contains(&sent.word(t)) {
            // "SEAJust Network": the word is the head of the entity's own full
            // name ("South East Asia Justice Network"), so nothing is cut off.
            let head = sent.word(t);
            let own = match d.entities[l].id {
                EntityId::Known(idx) => {
                    d.k.gazetteer
                        .get(idx)
                        .labels
                        .iter()
                        .any(|x| text::fold(x).ends_with(head))
                }
                EntityId::Minted { .. } => false,
            };
            if !own {
                drop.push(i);
            }
        }
    }
    for i in drop.into_iter().rev() {
        sm.remove(i);
    }
}

/// "United Nations Office on Drugs and Crime (UNODC)": an acronym in
/// brackets right after a mention of the same entity (or a word the gazetteer
/// does not know) joins that mention, so that lists and rules see one item.
/// Acronyms defined earlier in the document ("(SPF)") as mentions of their
/// entity: an uncovered token written exactly so.
fn local_acronyms(d: &Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    if d.local_acronyms.is_empty() {
        return;
    }
    let before = sm.len();
    for t in 0..sent.toks.len() {
        let w = sent.orig(t);
        if let Some(&(_, l)) = d.local_acronyms.iter().find(|(a, _)| a == w) {
            if !covered(sm, t) {
                sm.push(SMention::over(sent, t, t + 1, MentionKind::Entity(l)));
            }
        }
    }
    if sm.len() > before {
        sm.sort_by_key(|m| m.span.start);
    }
}

/// Whether `w` has an acronym's shape: two capitals or more ("ACRC",
/// "ARIN-AP"), or one capital and a number (a unit's code: "C04", "A05").
fn acronym_shape(w: &str) -> bool {
    let mut chars = w.chars();
    let code =
        chars.next().is_some_and(|c| c.is_ascii_uppercase()) && w.len() >= 3 && chars.all(|c| c.is_ascii_digit());
    code || w.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Registers `acronym` (see [`acronym_shape`]) as the document's name for `l`;
/// whether it was new (an acronym already given keeps its first entity).
pub(crate) fn define_acronym(d: &mut Doc, acronym: &str, l: LocalId) -> bool {
    let new = acronym_shape(acronym)
        && acronym.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !d.local_acronyms.iter().any(|(a, _)| a == acronym);
    if new {
        d.local_acronyms.push((acronym.to_string(), l));
    }
    new
}

fn merge_parentheticals(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    let mut i = 0;
    while i < sm.len() {
        let m = sm[i];
        let t = m.end_tok;
        if sent.word(t) != "(" {
            i += 1;
            continue;
        }
        let MentionKind::Entity(l) = m.kind else {
            i += 1;
            continue;
        };
        // (ACRONYM) as a mention of the same entity.
        if let Some(j) = sm
            .iter()
            .position(|n| n.first_tok == t + 1 && sent.word(n.end_tok) == ")")
        {
            let same = matches!(sm[j].kind, MentionKind::Entity(o) if o == l || d.entities[o].id == d.entities[l].id);
            if same {
                let close = sm[j].end_tok;
                sm[i].span.end = sent.toks[close].end;
                sm[i].end_tok = close + 1;
                sm.remove(j);
                continue;
            }
        }
        // (WORD) that is no mention: a local acronym. ("the National Police
        // Agency of Japan (NPA)": an acronym that does not start as the
        // country does belongs to the name around it, found later by
        // orgs::find, not to the country.)
        let country_mismatch = d.k.ontology.is_a(d.class_of(l), d.k.vocab.country)
            && sent.orig(t + 1).chars().next().map(|c| c.to_ascii_lowercase())
                != sent.text[m.span.start..m.span.end]
                    .chars()
                    .next()
                    .map(|c| c.to_ascii_lowercase());
        if sent.word(t + 2) == ")"
            && !country_mismatch
            && !sm.iter().any(|n| n.first_tok == t + 1)
            && acronym_shape(sent.orig(t + 1))
        {
            sm[i].span.end = sent.toks[t + 2].end;
            sm[i].end_tok = t + 3;
            // (A known agency or body too: "the Australian Federal Police
            // (AFP)" … "the AFP", when the gazetteer lacks the acronym.)
            let c = d.class_of(l);
            let org = d.k.ontology.is_a(c, d.k.vocab.agency) || d.k.ontology.is_a(c, d.k.vocab.body);
            if matches!(d.entities[l].id, EntityId::Minted { .. }) || org {
                define_acronym(d, sent.orig(t + 1), l);
            }
        }
        i += 1;
    }
}

impl<'k> Extractor<'k> {
    /// Facts carried by a name: a treaty whose name holds a topic addresses
    /// it ("UN Convention against Cybercrime"); an event whose name holds a
    /// treaty, declaration or topic concerns it ("the signing ceremony for the
    /// Hanoi Convention").
    fn inner_mentions(&self, d: &mut Doc, sent: &Sent, sm: &[SMention]) {
        let v = self.k.vocab;
        let ont = &self.k.ontology;
        for m in sm {
            let MentionKind::Entity(l) = m.kind else { continue };
            let c = d.class_of(l);
            let (is_treaty, is_event) = (ont.is_a(c, v.treaty), ont.is_a(c, v.event));
            // "Ministry of Public Security of Viet Nam", "Department of Foreign
            // Relations of the Ministry of Public Security": an agency whose
            // name holds another agency or a country is part of it.
            if ont.is_a(c, v.agency) {
                let written = &sent.text[m.span.start..m.span.end];
                let f = Folded::new(written);
                for inner in self.k.gazetteer.inner(written, &f) {
                    let ic = self.k.gazetteer.get(inner).class;
                    // (Not the country: every national agency is part of its state.)
                    if !ont.is_a(ic, v.agency) {
                        continue;
                    }
                    // Only "… of [the] INNER": a name that merely starts like
                    // another agency's is not part of it.
                    let outer = crate::text::fold(written);
                    let after_of = self.k.gazetteer.get(inner).labels.iter().any(|x| {
                        let x = crate::text::fold(x);
                        outer.contains(&format!("of {x}")) || outer.contains(&format!("of the {x}"))
                    });
                    if !after_of {
                        continue;
                    }
                    let o = d.entity_for_known(inner);
                    if o != l {
                        let ev = Evidence::asserted(sent.index, m.span, "name.part-of", 0.8);
                        d.add_fact(l, v.part_of, Object::Entity(o), ev);
                    }
                }
                continue;
            }
            // "UNODC Country Office in Viet Nam", "INTERPOL Regional Bureau":
            // an office named after a body is part of it.
            if ont.is_a(c, v.body) {
                let written = &sent.text[m.span.start..m.span.end];
                let outer = crate::text::fold(written);
                let office = ["office", "bureau", "branch", "centre", "center", "secretariat"]
                    .iter()
                    .any(|w| outer.split(' ').any(|x| x == *w));
                if office {
                    let f = Folded::new(written);
                    for inner in self.k.gazetteer.inner(written, &f) {
                        let known = self.k.gazetteer.get(inner);
                        // The office word first or second after the body's name,
                        // and not "Office on …" (a name of its own).
                        let leads = known.labels.iter().any(|x| {
                            let Some(rest) = outer.strip_prefix(&format!("{} ", crate::text::fold(x))) else {
                                return false;
                            };
                            let words: Vec<&str> = rest.split(' ').collect();
                            let is_office = |w: &str| matches!(w, "office" | "bureau" | "branch" | "centre" | "center");
                            let at = words.iter().take(2).position(|w| is_office(w));
                            at.is_some_and(|i| !matches!(words.get(i + 1), Some(&("on" | "of" | "for" | "against"))))
                        });
                        if !ont.is_a(known.class, v.body) || !leads {
                            continue;
                        }
                        let o = d.entity_for_known(inner);
                        if o != l {
                            let ev = Evidence::asserted(sent.index, m.span, "name.office-of", 0.8);
                            d.add_fact(l, v.part_of, Object::Entity(o), ev);
                        }
                    }
                }
                continue;
            }
            // A numbered session is about whatever its body is about; names in
            // the body's name are not the session's subject.
            if is_event && d.entities[l].ordinal.is_some() {
                // (But a treaty in the name is recent, for "the Convention".)
                let written = &sent.text[m.span.start..m.span.end];
                let f = Folded::new(written);
                for inner in self.k.gazetteer.inner(written, &f) {
                    if ont.is_a(self.k.gazetteer.get(inner).class, v.treaty) {
                        let o = d.entity_for_known(inner);
                        d.recent.push(o);
                        d.recent_sent.push(sent.index);
                    }
                }
                continue;
            }
            if !is_treaty && !is_event {
                continue;
            }
            let written = &sent.text[m.span.start..m.span.end];
            // A treaty's topic counts only when the name is written as a
            // description ("a UN convention against cybercrime"), not as a
            // proper name that merely contains it.
            let descriptive = written
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| matches!(w, "convention" | "treaty" | "protocol" | "instrument" | "pact"));
            if is_treaty && !descriptive {
                continue;
            }
            // A bilateral treaty's subject ("an extradition treaty with
            // Italy") is what the two states help each other with, not a
            // crime the treaty addresses.
            if is_treaty && treaties::parties(d, l).is_some() {
                continue;
            }
            {
                let f = Folded::new(written);
                let inners = self.k.gazetteer.inner(written, &f);
                let has_treaty = inners
                    .iter()
                    .any(|&i| ont.is_a(self.k.gazetteer.get(i).class, v.treaty));
                for inner in inners {
                    let ic = self.k.gazetteer.get(inner).class;
                    let (rel, ok) = if is_treaty {
                        (v.addresses, ont.is_a(ic, v.topic))
                    } else {
                        (
                            v.concerns,
                            (ont.is_a(ic, v.topic) && !has_treaty)
                                || ont.is_a(ic, v.treaty)
                                || ont.is_a(ic, v.declaration),
                        )
                    };
                    if !ok {
                        continue;
                    }
                    let o = d.entity_for_known(inner);
                    if o == l {
                        continue;
                    }
                    // A treaty named inside an event's name is just as recent.
                    if ont.is_a(ic, v.treaty) {
                        d.recent.push(o);
                        d.recent_sent.push(sent.index);
                    }
                    d.add_fact(
                        l,
                        rel,
                        Object::Entity(o),
                        Evidence::asserted(
                            sent.index,
                            m.span,
                            if is_treaty { "name.addresses" } else { "name.concerns" },
                            0.8,
                        ),
                    );
                }
            }
        }
    }
}

/// Writes a human-readable account of an extraction: each sentence with its
/// mentions in brackets, then the facts drawn from it with their rule.
pub fn annotate(k: &Knowledge, x: &Extraction, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let fact_text = |f: &Fact| {
        let o = match &f.object {
            Object::Entity(l) => x.entities[*l].label.clone(),
            Object::Date(d) => d.to_string(),
        };
        format!(
            "{} {} {}  [{} {:.2}{}]",
            x.entities[f.subject].label,
            k.ontology.prop(f.relation).name,
            o,
            f.evidence.rule,
            f.evidence.confidence,
            if f.evidence.modality == Modality::Asserted {
                String::new()
            } else {
                format!(" {}", f.evidence.modality.as_str())
            }
        )
    };
    for (si, s) in x.sentences.iter().enumerate() {
        let mut line = String::new();
        let mut pos = s.start;
        let mut ms: Vec<&Mention> = x.mentions.iter().filter(|m| s.contains(m.span)).collect();
        ms.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        for m in ms {
            if m.span.start < pos {
                continue;
            }
            line.push_str(&x.text[pos..m.span.start]);
            let what = match m.kind {
                MentionKind::Entity(l) => {
                    format!("{}:{}", k.ontology.class(x.entities[l].class).name, x.entities[l].label)
                }
                MentionKind::Date(d) => match d.end {
                    Some(e) => format!("Date:{}/{}", d.start, e),
                    None => format!("Date:{}", d.start),
                },
            };
            line.push_str(&format!("[{}|{}]", &x.text[m.span.start..m.span.end], what));
            pos = m.span.end;
        }
        line.push_str(&x.text[pos..s.end]);
        writeln!(out, "s{si}: {}", text::squash_whitespace(&line))?;
        for f in x.facts.iter().filter(|f| f.evidence.sentence == si) {
            writeln!(out, "    => {}", fact_text(f))?;
        }
    }
    Ok(())
}
