//! Text analysis below the level of entities: folding for matching (lower case,
//! diacritics removed, white space and dashes collapsed) with a map back to the
//! original offsets, sentence splitting and tokenisation.
//!
//! Everything here works on byte offsets into the original text; the `rdf`
//! stage turns them into character offsets for the evidence. Knows nothing of
//! entities, relations or RDF.

use unicode_normalization::char::decompose_canonical;

/// Folds one character for matching into `out`: lower case, no diacritics,
/// `đ` → `d`, typographic quotes → `'`, dashes and hyphens → space.
#[inline]
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        match c {
            '-' => out.push(' '),
            c if c.is_ascii_whitespace() => out.push(' '),
            c => out.push(c.to_ascii_lowercase()),
        }
        return;
    }
    match c {
        'đ' | 'Đ' => out.push('d'),
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{00B4}' => out.push('\''),
        '\u{201C}' | '\u{201D}' => out.push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push(' '),
        '\u{00A0}' | '\u{2000}'..='\u{200B}' | '\u{202F}' | '\u{3000}' | '\u{FEFF}' => out.push(' '),
        c if c.is_whitespace() => out.push(' '),
        c => decompose_canonical(c, |d| {
            if !is_combining(d) {
                for l in d.to_lowercase() {
                    out.push(l);
                }
            }
        }),
    }
}

#[inline]
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Folds a whole string (labels, patterns): the same folding as [`Folded`],
/// with runs of spaces collapsed and the ends trimmed.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        // (The same for ASCII, in one pass: a dash or white space is a
        // space, runs of them one, none at the ends.)
        let mut out = String::with_capacity(s.len());
        let mut space = false;
        for b in s.bytes() {
            if b == b'-' || b.is_ascii_whitespace() {
                space = !out.is_empty();
            } else {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
        return out;
    }
    let mut raw = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut raw);
    }
    let mut out = String::with_capacity(raw.len());
    for w in raw.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A slug for IRIs: folded, every run of characters other than `a-z0-9`
/// becomes one `-`, trimmed.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

/// The shapes (first byte and length, lengths from 63 on counted as one) of
/// the words of a set: a word whose shape no member has is not in the set,
/// which one bit test tells before any hashing. Every member sets its own
/// bit, so a member is never refused.
#[derive(Debug, Clone)]
pub struct WordShapes(Box<[u64; 256]>);

impl Default for WordShapes {
    fn default() -> Self {
        WordShapes(Box::new([0; 256]))
    }
}

impl WordShapes {
    pub fn add(&mut self, w: &str) {
        if let Some(&b) = w.as_bytes().first() {
            self.0[usize::from(b)] |= 1 << w.len().min(63);
        }
    }

    /// False only when no word added has the shape of `w` (true for "").
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        match w.as_bytes().first() {
            Some(&b) => self.0[usize::from(b)] & (1 << w.len().min(63)) != 0,
            None => true,
        }
    }
}

/// A map from words to values for the lookups asked of every token (what
/// the extractor's stages ask of a word, [`crate::extract`]'s lexicon): a
/// word of one to sixteen bytes (nearly every word) is two integers read
/// from its bytes and its length, looked up in an open-addressed table by
/// one multiplication and integer comparisons (no string hashing, no
/// `memcmp` call); longer words are keyed by their text.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    /// Linear probing, at most a quarter of the slots taken; a slot of
    /// length 0 is empty.
    slots: Vec<Slot>,
    /// 64 less the number of bits of a slot index.
    shift: u32,
    values: Vec<V>,
    /// The value of the empty word.
    empty: Option<u32>,
    long: rustc_hash::FxHashMap<Box<str>, u32>,
}

/// A short word's key (see [`short_key`]) and the index of its value.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    lo: u64,
    hi: u64,
    value: u32,
    len: u8,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            slots: vec![Slot::default(); 16],
            shift: 60,
            values: Vec::new(),
            empty: None,
            long: Default::default(),
        }
    }
}

/// The bytes of `b` from `i` on as a little-endian number of `N` bytes.
#[inline(always)]
fn read_le<const N: usize>(b: &[u8], i: usize) -> u64 {
    let mut a = [0u8; 8];
    a[..N].copy_from_slice(&b[i..i + N]);
    u64::from_le_bytes(a)
}

/// The key of a word of one to sixteen bytes: two numbers that, with its
/// length, hold every byte of it (the reads overlap below the read sizes,
/// where the bytes they share are the same), so two words of one length
/// share a key only when they are the same word.
#[inline(always)]
fn short_key(b: &[u8]) -> (u64, u64) {
    let n = b.len();
    match n {
        8..=16 => (read_le::<8>(b, 0), read_le::<8>(b, n - 8)),
        4..=7 => (read_le::<4>(b, 0) | read_le::<4>(b, n - 4) << (8 * (n - 4)), 0),
        _ => (
            u64::from(b[0]) | u64::from(b[n / 2]) << (8 * (n / 2)) | u64::from(b[n - 1]) << (8 * (n - 1)),
            0,
        ),
    }
}

impl<V> WordMap<V> {
    #[inline(always)]
    fn slot_of(&self, (lo, hi): (u64, u64), len: u8) -> usize {
        let h = (lo ^ hi.rotate_left(29) ^ u64::from(len)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
    }

    /// The index into `values` of `w`'s value.
    #[inline(always)]
    fn index(&self, w: &str) -> Option<u32> {
        let b = w.as_bytes();
        match b.len() {
            1..=16 => {
                let key = short_key(b);
                let len = b.len() as u8;
                let mask = self.slots.len() - 1;
                let mut i = self.slot_of(key, len);
                loop {
                    let s = self.slots[i & mask];
                    if s.len == len && (s.lo, s.hi) == key {
                        return Some(s.value);
                    }
                    if s.len == 0 {
                        return None;
                    }
                    i += 1;
                }
            }
            0 => self.empty,
            _ => self.long.get(w).copied(),
        }
    }

    /// The value of `w`.
    #[inline(always)]
    pub fn get(&self, w: &str) -> Option<&V> {
        self.index(w).and_then(|i| self.values.get(i as usize))
    }

    /// The value of `w`, inserted from `make` first when `w` has none.
    pub fn get_or_insert_with(&mut self, w: &str, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.index(w) {
            Some(i) => i as usize,
            None => {
                let i = self.values.len();
                self.values.push(make());
                let b = w.as_bytes();
                match b.len() {
                    1..=16 => {
                        if self.values.len() * 4 > self.slots.len() {
                            self.grow();
                        }
                        self.place(Slot {
                            lo: short_key(b).0,
                            hi: short_key(b).1,
                            value: i as u32,
                            len: b.len() as u8,
                        });
                    }
                    0 => self.empty = Some(i as u32),
                    _ => {
                        self.long.insert(w.into(), i as u32);
                    }
                }
                i
            }
        };
        &mut self.values[i]
    }

    /// Puts `s` in the first free slot from its own.
    fn place(&mut self, s: Slot) {
        let mask = self.slots.len() - 1;
        let mut i = self.slot_of((s.lo, s.hi), s.len);
        while self.slots[i & mask].len != 0 {
            i += 1;
        }
        self.slots[i & mask] = s;
    }

    /// Makes the table four times as large as the number of values (a
    /// power of two), every key placed again.
    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        let size = (self.values.len() * 4).next_power_of_two().max(16);
        self.slots = vec![Slot::default(); size];
        self.shift = 64 - size.trailing_zeros();
        for s in old.into_iter().filter(|s| s.len != 0) {
            self.place(s);
        }
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// [`tokens`]' table of ASCII letters and digits (0: neither, or not ASCII).
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
static ASCII_ALNUM: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            LETTER
        } else {
            0
        };
        b += 1;
    }
    t
};

/// What [`fold_char`] makes of each ASCII byte (a dash or white space a
/// space, a letter lower case), looked up: it is asked of every byte of a
/// document.
static ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c == b'-' || c.is_ascii_whitespace() {
            b' '
        } else {
            c.to_ascii_lowercase()
        };
        b += 1;
    }
    t
};

/// The folded form of a document with a map from every folded byte back to
/// the original byte offset. Runs of white space fold to one space.
pub struct Folded {
    pub text: String,
    /// `map[i]` is the original byte offset of folded byte `i`; one extra
    /// entry at the end holds the original length.
    map: Vec<u32>,
}

impl Folded {
    pub fn new(original: &str) -> Self {
        // Bytes, made a string at the end (pushing chars one by one to a
        // `String` cost twice as much).
        let mut text: Vec<u8> = Vec::with_capacity(original.len() + 16);
        let mut map = Vec::with_capacity(original.len() + 17);
        let mut last_space = true;
        let mut buf = String::new();
        let bytes = original.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Sixteen ASCII bytes at once where they are (most of the text):
            // each written at the next free place of a block, which is kept
            // unless the byte is a space after a space; the block is then
            // copied (two copies instead of a push of each byte and of its
            // offset).
            if let Some(block) = bytes.get(i..i + 16).and_then(|b| <&[u8; 16]>::try_from(b).ok()) {
                if u128::from_le_bytes(*block) & 0x8080_8080_8080_8080_8080_8080_8080_8080 == 0 {
                    let (mut tb, mut mb) = ([0u8; 16], [0u32; 16]);
                    let mut j = 0;
                    for (k, &c) in block.iter().enumerate() {
                        let f = ASCII_FOLD[usize::from(c & 0x7F)];
                        let space = f == b' ';
                        // (`j <= k < 16`.)
                        tb[j & 15] = f;
                        mb[j & 15] = (i + k) as u32;
                        j += usize::from(!(space && last_space));
                        last_space = space;
                    }
                    text.extend_from_slice(&tb[..j]);
                    map.extend_from_slice(&mb[..j]);
                    i += 16;
                    continue;
                }
            }
            let b = bytes[i];
            // ASCII (most of the text): folded here, as `fold_char` does.
            if b.is_ascii() {
                let f = ASCII_FOLD[usize::from(b)];
                i += 1;
                if f == b' ' {
                    if last_space {
                        continue;
                    }
                    last_space = true;
                } else {
                    last_space = false;
                }
                text.push(f);
                map.push((i - 1) as u32);
                continue;
            }
            // (`i` is at a character's first byte: ASCII bytes are whole
            // characters and the others are skipped a character at a time.)
            let Some(c) = original[i..].chars().next() else { break };
            buf.clear();
            fold_char(c, &mut buf);
            for f in buf.chars() {
                if f == ' ' {
                    if last_space {
                        continue;
                    }
                    last_space = true;
                } else {
                    last_space = false;
                }
                let mut enc = [0u8; 4];
                text.extend_from_slice(f.encode_utf8(&mut enc).as_bytes());
                map.extend(std::iter::repeat_n(i as u32, f.len_utf8()));
            }
            i += c.len_utf8();
        }
        map.push(original.len() as u32);
        // (Always UTF-8: ASCII bytes and whole encoded characters.)
        let text = String::from_utf8(text).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Folded { text, map }
    }

    /// Original byte offset of folded byte `i` (start of a match).
    #[inline]
    pub fn start_to_original(&self, i: usize) -> usize {
        self.map[i] as usize
    }

    /// Original byte offset just after folded byte range ending at `end`
    /// (exclusive), given the original text.
    #[inline]
    pub fn end_to_original(&self, end: usize, original: &str) -> usize {
        if end == 0 {
            return 0;
        }
        let last = self.map[end - 1] as usize;
        let c = original[last..].chars().next().map_or(0, char::len_utf8);
        last + c
    }
}

/// Maps byte offsets of a text to character (Unicode code point) offsets,
/// with a checkpoint every 1 KiB so that the cost is small and bounded.
pub struct CharIndex<'a> {
    text: &'a str,
    checkpoints: Vec<u32>,
}

const CHECKPOINT: usize = 128;

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        let mut chars = 0u32;
        for block in text.as_bytes().chunks(CHECKPOINT) {
            checkpoints.push(chars);
            chars += char_starts(block);
        }
        CharIndex { text, checkpoints }
    }

    /// The character offset of byte offset `byte` (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let block = byte / CHECKPOINT;
        let Some(&base) = self.checkpoints.get(block) else {
            return self.text.chars().count();
        };
        let from = block * CHECKPOINT;
        let extra = self.text.as_bytes()[from..byte]
            .iter()
            .filter(|&&b| (b & 0xC0) != 0x80)
            .count();
        base as usize + extra
    }
}

/// How many bytes of `b` start a character (are not UTF-8 continuation
/// bytes, `10xxxxxx`), eight bytes at a time: a continuation byte has its
/// high bit set and the next one clear, and each byte's flag is added in its
/// own byte lane of a word (in pieces of [`CHECKPOINT`] bytes, so that a
/// lane counts at most 16 and their sum fits a byte). (The byte-by-byte
/// count was about 4.6 instructions a byte.)
fn char_starts(b: &[u8]) -> u32 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut total = 0u32;
    for piece in b.chunks(CHECKPOINT) {
        let mut words = piece.chunks_exact(8);
        let mut lanes = 0u64;
        for w in &mut words {
            let mut x = [0u8; 8];
            x.copy_from_slice(w);
            let x = u64::from_le_bytes(x);
            lanes += (x & !(x << 1) & HIGH) >> 7;
        }
        // (The lanes' sum, in the top byte.)
        let continuations = (lanes.wrapping_mul(0x0101_0101_0101_0101) >> 56) as u32
            + words.remainder().iter().filter(|&&c| c & 0xC0 == 0x80).count() as u32;
        total += piece.len() as u32 - continuations;
    }
    total
}

/// A sentence: a byte range of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Abbreviations after which a period does not end a sentence (folded).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "no", "nos", "st", "gen", "lt", "col", "capt", "maj", "sgt", "sen", "rep", "gov",
    "amb", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "u.s", "u.n", "u.k", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "art", "para", "paras", "vol", "pp", "p", "ch",
    "sec", "fig", "approx", "dept", "govt", "assoc", "est", "h.e", "s.e", "a.m", "p.m", "viz", "cf", "al", "ph.d",
    "hon", "rt", "lieut", "brig",
];

/// Function words after which a line break does not end a sentence.
const CONTINUATION_WORDS: &[&str] = &[
    "of", "the", "and", "on", "in", "for", "to", "at", "by", "with", "a", "an", "from", "or", "as", "into", "its",
    "their", "his", "her", "our",
];

/// Splits a text into sentences (byte spans, trimmed, never empty).
///
/// A sentence ends at `.`, `!` or `?` followed by white space and a capital,
/// digit, quote or bracket, unless the word before the period is a known
/// abbreviation or a single capital (an initial); decimals ("78.44") and
/// dates ("16.05.2022") never split because no white space follows. A blank
/// line always ends a sentence; a single line break ends one unless the next
/// line starts in lower case or the line ends with a comma or a function word
/// (a heading written across lines).
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0usize;
    let mut i = 0usize;
    let n = bytes.len();
    while i < n {
        let b = bytes[i];
        if b == b'\n' {
            // Look at the following line.
            let mut j = i + 1;
            let mut blank = false;
            while j < n && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r' || bytes[j] == b'\n') {
                if bytes[j] == b'\n' {
                    blank = true;
                }
                j += 1;
            }
            let ends = if blank {
                // A blank line ends a sentence, unless the text plainly goes on
                // (a page break inside a sentence): no closing punctuation
                // before, a lower-case word after.
                let before = text[start..i].trim_end();
                let next_lower = text[j..].chars().next().is_some_and(char::is_lowercase);
                // A heading in capitals whose parts stand apart: "HEAD OF THE
                // DELEGATION OF VIET NAM" / (blank) / "AT THE TENTH SESSION …".
                // (Six letters or more, all capitals: counted, not collected
                // into a vector at every blank line.)
                let shouting = |s: &str| {
                    let (mut letters, mut upper) = (0, 0);
                    for c in s.chars().filter(|c| c.is_alphabetic()) {
                        letters += 1;
                        upper += usize::from(c.is_uppercase());
                    }
                    letters >= 6 && upper == letters
                };
                let next_line = text[j..].lines().next().unwrap_or("");
                let first_word = next_line.split_whitespace().next().unwrap_or("");
                let heading_goes_on = shouting(before.lines().last().unwrap_or(""))
                    && shouting(next_line)
                    && matches!(
                        first_word,
                        "AT" | "TO" | "ON" | "IN" | "OF" | "FOR" | "BEFORE" | "DURING" | "AND"
                    );
                if heading_goes_on {
                    false
                } else {
                    !next_lower || before.ends_with(['.', '!', '?', ':', ';'])
                }
            } else {
                line_break_ends_sentence(text, start, i, j)
            };
            if j >= n || ends {
                push_trimmed(text, start, i, &mut out);
                start = j;
            }
            i = j;
            continue;
        }
        if (b == b'.' || b == b'!' || b == b'?') && period_ends_sentence(text, start, i) {
            // Include closing quotes/brackets.
            let mut end = i + 1;
            while end < n && matches!(bytes[end], b'"' | b'\'' | b')' | b']' | b'*') {
                end += 1;
            }
            if text[end..].starts_with('\u{201D}') || text[end..].starts_with('\u{2019}') {
                end += 3;
            }
            push_trimmed(text, start, end, &mut out);
            start = end;
            i = end;
            continue;
        }
        i = next_sentence_byte(bytes, i + 1);
    }
    push_trimmed(text, start, n, &mut out);
    out
}

/// The first index from `i` of a byte [`sentences`] looks at (`\n`, `.`,
/// `!`, `?`), or `bytes.len()`: the bytes between them only move the scan
/// on, so they are skipped eight at a time while a word holds none of the
/// four (the test below is exact: `has_zero` is non-zero only for a word
/// with a zero byte, and `x ^ splat(b)` has one exactly where `x` holds `b`).
#[inline]
fn next_sentence_byte(bytes: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(LO) & !x & HI;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if has_zero(x ^ (LO * u64::from(b'\n')))
            | has_zero(x ^ (LO * u64::from(b'.')))
            | has_zero(x ^ (LO * u64::from(b'!')))
            | has_zero(x ^ (LO * u64::from(b'?')))
            != 0
        {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && !matches!(bytes[i], b'\n' | b'.' | b'!' | b'?') {
        i += 1;
    }
    i
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    if start >= end {
        return;
    }
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    let (a, b) = (start + lead, end - trail);
    if a < b && text[a..b].chars().any(char::is_alphanumeric) {
        out.push(Span::new(a, b));
    }
}

fn line_break_ends_sentence(text: &str, start: usize, nl: usize, next: usize) -> bool {
    let line = text[start..nl].trim_end_matches(['\r', ' ', '\t', '*', '_']);
    if line.is_empty() {
        return true;
    }
    let next_char = text[next..].chars().find(|c| !matches!(c, '*' | '_'));
    if let Some(c) = next_char {
        if c.is_lowercase() {
            return false;
        }
        if matches!(c, '-' | '•' | '#' | '>') {
            return true;
        }
    }
    if line.ends_with(',') || line.ends_with('(') || line.ends_with('&') {
        return false;
    }
    // A heading in capitals written across lines.
    let caps = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    let last_word = line.rsplit(char::is_whitespace).next().unwrap_or("");
    let next_word = text[next..].split(char::is_whitespace).next().unwrap_or("");
    if caps(last_word) && caps(next_word) && !last_word.ends_with(['.', '!', '?', ':', ';']) {
        return false;
    }
    if line.ends_with(['.', '!', '?', ':', ';', '"', '\u{201D}', ')']) {
        return true;
    }
    let last = line
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    !CONTINUATION_WORDS.contains(&last.as_str())
}

fn period_ends_sentence(text: &str, start: usize, i: usize) -> bool {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // Must be followed by white space (or end of text).
    let mut j = i + 1;
    while j < n && matches!(bytes[j], b'"' | b'\'' | b')' | b']' | b'*') {
        j += 1;
    }
    if text[j..].starts_with('\u{201D}') || text[j..].starts_with('\u{2019}') {
        j += 3;
    }
    if j >= n {
        return true;
    }
    if !(bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\n' || bytes[j] == b'\r') {
        return false;
    }
    if bytes[i] != b'.' {
        return true;
    }
    // The word before the period.
    let before = &text[start..i];
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    // (Lower-cased only when not ASCII; the abbreviations are.)
    let abbreviation = if word.is_ascii() {
        ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    } else {
        ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    };
    if abbreviation {
        return false;
    }
    // An initial ("J." in "John J. Smith") or a dotted acronym ("U.S").
    let mut letters = word.chars().filter(|c| *c != '.');
    if matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase()) {
        return false;
    }
    // Initials written together ("S.M." in "S.M. Krishna"): single capitals
    // joined by periods.
    if word.len() >= 3
        && word
            .split('.')
            .all(|seg| seg.chars().count() == 1 && seg.chars().all(char::is_uppercase))
    {
        return false;
    }
    // What follows must look like the start of a sentence.
    let rest = text[j..].trim_start();
    match rest.chars().next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        Some('"' | '\u{201C}' | '\'' | '(' | '[' | '*' | '-' | '\u{2013}' | '•') => true,
        Some(c) if !c.is_alphabetic() => true,
        _ => false,
    }
}

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// A token: a byte span of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

/// Tokenises a span of the text: words (letters and digits, with inner
/// apostrophes, periods of dotted acronyms and hyphens kept), numbers (with
/// inner `.`, `,`, `/`), and single punctuation characters.
pub fn tokens(text: &str, span: Span, out: &mut Vec<Token>) {
    // The loop of `tokens_by_chars` (in the tests: the reference this is
    // checked against) over byte offsets, with ASCII read without decoding:
    // an ASCII byte is a whole character, and `j` is always at a
    // character's first byte.
    let s = &text[span.start..span.end];
    let b = s.as_bytes();
    let n = b.len();
    let char_at = |j: usize| -> char {
        match b[j] {
            a if a.is_ascii() => char::from(a),
            _ => s[j..].chars().next().unwrap_or('\0'),
        }
    };
    let mut i = 0;
    while i < n {
        let c = char_at(i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = span.start + i;
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            // (`j`: the next character not taken yet; after a joiner, `end`
            // lags behind it until the alphanumeric that must follow.)
            let mut j = end;
            while j < n {
                // (ASCII letters and digits by one table lookup.)
                match ASCII_ALNUM[usize::from(b[j])] {
                    LETTER => {
                        all_digits = false;
                        j += 1;
                        end = j;
                        continue;
                    }
                    DIGIT => {
                        j += 1;
                        end = j;
                        continue;
                    }
                    _ => {}
                }
                let d = char_at(j);
                if d.is_alphanumeric() {
                    all_digits &= d.is_ascii_digit();
                    end = j + d.len_utf8();
                    j = end;
                    continue;
                }
                if joins(s, j, d, all_digits, end - i) {
                    j += d.len_utf8();
                    continue;
                }
                break;
            }
            let kind = if all_digits { TokenKind::Number } else { TokenKind::Word };
            out.push(Token {
                start,
                end: span.start + end,
                kind,
            });
            i = j;
        } else {
            out.push(Token {
                start,
                end: start + c.len_utf8(),
                kind: TokenKind::Punct,
            });
            i += c.len_utf8();
        }
    }
}

/// Whether the character `d` at byte `j` of `s` joins the word before it
/// (`word_len` bytes so far, all digits or not) to what follows: an inner
/// apostrophe, a dot or a comma or slash between digits, an initial's dot
/// ("U.S."), when an alphanumeric follows; a possessive "'s" never.
fn joins(s: &str, j: usize, d: char, all_digits: bool, word_len: usize) -> bool {
    let rest = &s[j + d.len_utf8()..];
    let kept = matches!(d, '\'' | '\u{2019}' | '.' | ',' | '/')
        && rest.chars().next().is_some_and(|e| e.is_alphanumeric())
        && match d {
            ',' | '/' => all_digits,
            '.' => all_digits || (word_len <= 2 && rest.chars().next().is_some_and(|e| e.is_uppercase())),
            _ => !all_digits,
        };
    let possessive = (d == '\'' || d == '\u{2019}')
        && rest.starts_with('s')
        && !rest[1..].chars().next().is_some_and(|e| e.is_alphanumeric());
    kept && !possessive
}

/// "first" … "nineteenth" as 1 … 19 (folded words).
pub fn unit_ordinal(w: &str) -> Option<u32> {
    UNIT_ORDINALS.iter().position(|u| *u == w).map(|p| p as u32 + 1)
}

/// The words [`unit_ordinal`] reads.
pub const UNIT_ORDINALS: [&str; 19] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

/// "twenty" … "ninety" as 20 … 90.
pub fn tens_cardinal(w: &str) -> Option<u32> {
    TENS_CARDINALS.iter().position(|t| *t == w).map(|p| (p as u32 + 2) * 10)
}

/// The words [`tens_cardinal`] reads.
pub const TENS_CARDINALS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// "twentieth" … "ninetieth" as 20 … 90.
pub fn tens_ordinal(w: &str) -> Option<u32> {
    TENS_ORDINALS.iter().position(|t| *t == w).map(|p| (p as u32 + 2) * 10)
}

/// The words [`tens_ordinal`] reads.
pub const TENS_ORDINALS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// The original text with the sentence's white space collapsed to single spaces.
pub fn squash_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The texts of `corpus/documents` and of the development sets `dev` to
/// `dev9`, for tests that check two ways of doing one thing agree on real
/// text (the tokeniser, the gazetteer's scan).
#[cfg(test)]
pub(crate) fn corpus_texts() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let dirs = std::iter::once(root.join("documents")).chain(
        ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9"]
            .iter()
            .map(|d| root.join(d).join("documents")),
    );
    let mut texts = Vec::new();
    for dir in dirs {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                texts.push(t);
            }
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `WordMap` answers as a hash map of the same words: every word of
    /// `corpus/`'s texts (the even ones in the map), and words of every
    /// length up to twenty with bytes a key could confuse (NUL, control
    /// characters, the length byte itself).
    #[test]
    fn word_map_as_a_hash_map() {
        let mut words: Vec<String> = corpus_texts()
            .iter()
            .flat_map(|t| t.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .collect();
        for n in 0..=20 {
            for c in ['\0', '\u{7}', 'a', 'z', '\u{8}', 'é'] {
                words.push(std::iter::repeat_n(c, n).collect());
                words.push(format!("{}{c}", "x".repeat(n)));
                words.push(format!("{c}{}", "x".repeat(n)));
            }
        }
        words.sort();
        words.dedup();
        let mut map = WordMap::default();
        let mut reference = std::collections::HashMap::new();
        for (i, w) in words.iter().enumerate().filter(|(i, _)| i % 2 == 0) {
            *map.get_or_insert_with(w, || 0) += i;
            *reference.entry(w.clone()).or_insert(0) += i;
        }
        assert_eq!(map.len(), reference.len());
        for w in &words {
            assert_eq!(map.get(w), reference.get(w), "{w:?}");
        }
    }

    fn sents(t: &str) -> Vec<&str> {
        sentences(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn folding_removes_diacritics_and_case() {
        assert_eq!(fold("Lê Thị Thu Hằng"), "le thi thu hang");
        assert_eq!(fold("Đà Nẵng"), "da nang");
        assert_eq!(fold("ARIN-AP"), "arin ap");
        assert_eq!(fold("People’s  Procuracy"), "people's procuracy");
        assert_eq!(
            slug("Supreme People's Procuracy of Viet Nam"),
            "supreme-people-s-procuracy-of-viet-nam"
        );
        assert_eq!(slug("Crim-AP"), "crim-ap");
    }

    #[test]
    fn folded_maps_back_to_original() {
        let t = "Ông  Lê Đức\nHạnh, Viet–Nam";
        let f = Folded::new(t);
        assert_eq!(f.text, "ong le duc hanh, viet nam");
        let i = f.text.find("duc hanh").unwrap();
        let s = f.start_to_original(i);
        let e = f.end_to_original(i + "duc hanh".len(), t);
        assert_eq!(&t[s..e], "Đức\nHạnh");
    }

    /// [`Folded::new`] as it was written before its blocks of sixteen
    /// bytes: every character by [`fold_char`], runs of spaces as one.
    fn folded_by_chars(original: &str) -> (String, Vec<u32>) {
        let (mut text, mut map) = (String::new(), Vec::new());
        let mut last_space = true;
        let mut buf = String::new();
        for (i, c) in original.char_indices() {
            buf.clear();
            fold_char(c, &mut buf);
            for f in buf.chars() {
                if f == ' ' {
                    if last_space {
                        continue;
                    }
                    last_space = true;
                } else {
                    last_space = false;
                }
                text.push(f);
                map.extend(std::iter::repeat_n(i as u32, f.len_utf8()));
            }
        }
        map.push(original.len() as u32);
        (text, map)
    }

    /// The folded text and its map back are those of the reference, on
    /// every file of corpus/ and on spaces, tabs, dashes and non-ASCII
    /// letters at every offset around a block's ends.
    #[test]
    fn folded_as_by_chars() {
        let mut texts = corpus_texts();
        assert!(texts.len() > 50, "the corpus files are read");
        for pad in 0..40 {
            for piece in [
                "  ",
                "\t\n",
                " - ",
                "-",
                "Lê Thị",
                "ĐÀ",
                "x\u{00A0} y",
                "A\u{2013}B",
                "İ",
                "\u{23A}",
            ] {
                texts.push(format!(
                    "{}{piece}{}  End",
                    "Ab ".repeat(pad / 3) + &"c".repeat(pad % 3),
                    "z".repeat(pad)
                ));
            }
        }
        for t in &texts {
            let f = Folded::new(t);
            let (text, map) = folded_by_chars(t);
            assert_eq!(f.text, text);
            assert_eq!(f.map, map, "map of {t:?}");
        }
    }

    #[test]
    fn char_index_counts_code_points() {
        let t = "Hằng ".repeat(600);
        let ci = CharIndex::new(&t);
        let b = t.len() - 1;
        assert_eq!(ci.char_offset(b), t[..b].chars().count());
        assert_eq!(ci.char_offset(0), 0);
        // Every boundary of a text mixing one- to four-byte characters,
        // across the checkpoints and the eight-byte words.
        let t = "Việt Nam – “Hà Nội” 𝔸 ſ K ".repeat(40);
        let ci = CharIndex::new(&t);
        for (n, (b, _)) in t.char_indices().enumerate() {
            assert_eq!(ci.char_offset(b), n, "at byte {b}");
        }
        for len in 0..200 {
            let s = &t.as_bytes()[..len];
            let by_bytes = s.iter().filter(|&&c| c & 0xC0 != 0x80).count() as u32;
            assert_eq!(char_starts(s), by_bytes, "{len} bytes");
        }
    }

    #[test]
    fn sentence_splitting_survives_abbreviations() {
        let t = "Mr. Nguyen met Mrs. Hanh of the U.S. delegation. Item No. 5 was adopted. Growth was 78.44 per cent on 16.05.2022. J. Smith spoke. Minister S.M. Krishna signed. It ended.";
        assert_eq!(
            sents(t),
            vec![
                "Mr. Nguyen met Mrs. Hanh of the U.S. delegation.",
                "Item No. 5 was adopted.",
                "Growth was 78.44 per cent on 16.05.2022.",
                "J. Smith spoke.",
                "Minister S.M. Krishna signed.",
                "It ended."
            ]
        );
    }

    #[test]
    fn heading_parts_in_capitals_apart_stay_whole() {
        let t = "STATEMENT BY MR. A\nHEAD OF THE DELEGATION OF FOO\n\nAT THE TENTH SESSION OF THE CONFERENCE\n\nMr. President,\n\nNEXT HEADING\n\nANOTHER ONE";
        assert_eq!(
            sents(t),
            vec![
                "STATEMENT BY MR. A\nHEAD OF THE DELEGATION OF FOO\n\nAT THE TENTH SESSION OF THE CONFERENCE",
                "Mr. President,",
                "NEXT HEADING",
                "ANOTHER ONE"
            ]
        );
    }

    #[test]
    fn headings_across_lines_stay_whole() {
        let t = "STATEMENT OF FOO AT THE\nTHIRD SESSION OF\nTHE COMMISSION, 1 May\n\nVienna, 1 May 2022\nDelivered by Mr. A,\nDirector of the Ministry\nof Justice.\nNext line";
        assert_eq!(
            sents(t),
            vec![
                "STATEMENT OF FOO AT THE\nTHIRD SESSION OF\nTHE COMMISSION, 1 May",
                "Vienna, 1 May 2022",
                "Delivered by Mr. A,\nDirector of the Ministry\nof Justice.",
                "Next line"
            ]
        );
    }

    /// The tokeniser as it was written over `char_indices` (the reference
    /// for [`tokens`]).
    fn tokens_by_chars(text: &str, span: Span, out: &mut Vec<Token>) {
        let s = &text[span.start..span.end];
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            let start = span.start + i;
            if c.is_alphanumeric() {
                let mut end = i + c.len_utf8();
                let mut all_digits = c.is_ascii_digit();
                while let Some(&(j, d)) = it.peek() {
                    if d.is_alphanumeric() {
                        all_digits &= d.is_ascii_digit();
                        end = j + d.len_utf8();
                        it.next();
                        continue;
                    }
                    if super::joins(s, j, d, all_digits, end - i) {
                        it.next();
                        continue;
                    }
                    break;
                }
                let kind = if all_digits { TokenKind::Number } else { TokenKind::Word };
                out.push(Token {
                    start,
                    end: span.start + end,
                    kind,
                });
            } else {
                out.push(Token {
                    start,
                    end: start + c.len_utf8(),
                    kind: TokenKind::Punct,
                });
            }
        }
    }

    /// `tokens` gives what the char-by-char tokeniser gives, on text with
    /// joiners, possessives, digits, dashes, curly quotes and non-ASCII
    /// letters and spaces, and on every file of the corpus and its dev sets.
    #[test]
    fn tokens_as_by_chars() {
        let mut texts: Vec<String> = vec![
            "On 16-20 May 2022, the U.S. and Viet Nam's 1,300 delegates' work.".into(),
            "Hà Nội’s U.N. 1.5/2 a.b A.B ab.C 3,4,5 x/y 12/05/2022 don't it’s 'quoted' s".into(),
            "Ｆｕｌｌ width ２０２５, ٣٤ digits, ß, ﬁ, İstanbul, \u{a0}nbsp\u{2003}em — – ‑ … .".into(),
            "'s’s ' ’ . , / ab' ab’ 1' 1’s a.1 1.a 1,a a,1 Ab.Cd A.b".into(),
        ];
        texts.extend(corpus_texts());
        assert!(texts.len() > 50, "the corpus files are read");
        for t in &texts {
            for span in sentences(t).into_iter().chain([Span::new(0, t.len())]) {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                tokens(t, span, &mut a);
                tokens_by_chars(t, span, &mut b);
                assert_eq!(a, b, "{:?}", &t[span.start..span.end]);
            }
        }
    }

    #[test]
    fn tokens_keep_numbers_and_acronyms() {
        let t = "On 16-20 May 2022, the U.S. and Viet Nam's 1,300 delegates' work.";
        let mut v = Vec::new();
        tokens(t, Span::new(0, t.len()), &mut v);
        let words: Vec<&str> = v.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(
            words,
            vec![
                "On",
                "16",
                "-",
                "20",
                "May",
                "2022",
                ",",
                "the",
                "U.S",
                ".",
                "and",
                "Viet",
                "Nam",
                "'",
                "s",
                "1,300",
                "delegates",
                "'",
                "work",
                "."
            ]
        );
    }
}
