//! Dates as people write them in this field: "16-20 May 2022",
//! "14 – 15 February 2022", "October 25-26", "January 26 to 30", "on May 19",
//! "February 14, 2022", "25-29/11/2013", "March 2021", "last February",
//! "October last year", "set for 2026".
//!
//! A missing year comes from the anchor (the document's date, else its
//! dateline); partial dates stay partial; a day is never guessed. The regular
//! expressions are compiled once for the whole process.

use crate::fact::{DateValue, PartialDate};
use crate::text::Span;
use regex::Regex;
use std::sync::LazyLock;

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// The anchor for dates written without a year.
#[derive(Debug, Clone, Copy, Default)]
pub struct Anchor {
    pub year: Option<i32>,
    pub month: Option<u8>,
}

pub fn month_number(s: &str) -> Option<u8> {
    let l = s.to_ascii_lowercase();
    let m = match l.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// The months' and weekdays' names, folded.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether a folded word names a weekday or a month, or abbreviates a
/// month ("monday", "may", "sept").
pub fn is_day_or_month_name(w: &str) -> bool {
    WEEKDAYS.contains(&w) || (w.len() >= 3 && MONTH_NAMES.iter().any(|m| m.starts_with(w)))
}

type Handler = fn(&regex::Captures, Anchor) -> Option<DateValue>;

struct DateRule {
    /// The pattern as compiled: by [`RULE_SET`] for every sentence that may
    /// hold a date, and here on the rule's first use ([`DateRule::re`]). A
    /// corpus uses only some of the forms (10 of 18 in generated news, 14
    /// in `corpus/documents`), and each costs about 4 M instructions to
    /// compile, as much as searching a few hundred sentences.
    pattern: String,
    re: std::sync::OnceLock<Regex>,
    handler: Handler,
}

impl DateRule {
    fn re(&self) -> &Regex {
        self.re
            .get_or_init(|| Regex::new(&self.pattern).expect("built-in date pattern"))
    }
}

fn num<T: std::str::FromStr>(c: &regex::Captures, name: &str) -> Option<T> {
    c.name(name)?.as_str().parse().ok()
}

fn year_or_anchor(c: &regex::Captures, a: Anchor) -> Option<i32> {
    num(c, "y").or(a.year)
}

fn day_range(y: i32, m1: u8, d1: u8, m2: u8, d2: u8) -> Option<DateValue> {
    let s = PartialDate::day(y, m1, d1);
    let e = PartialDate::day(y, m2, d2);
    (s.is_valid() && e.is_valid() && s < e).then_some(DateValue { start: s, end: Some(e) })
}

/// A range from a day of one month to a day of another ("28 November - 2
/// December 2022", "October 31 – November 3"), the year from the text or
/// the anchor.
fn cross_month(c: &regex::Captures, a: Anchor) -> Option<DateValue> {
    let m1 = month_number(c.name("m1")?.as_str())?;
    let m2 = month_number(c.name("m2")?.as_str())?;
    day_range(year_or_anchor(c, a)?, m1, num(c, "d1")?, m2, num(c, "d2")?)
}

fn one(d: PartialDate) -> Option<DateValue> {
    d.is_valid().then_some(DateValue { start: d, end: None })
}

/// The months' names, as the last rule of [`RULES`] reads them (in
/// capitals): a sentence with no digit and none of these, nor
/// "last|this|next", holds no date.
pub const CAPITALISED_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

static RULES: LazyLock<Vec<DateRule>> = LazyLock::new(|| {
    let dash = r"\s*(?:-|–|—|‑|to|until|till|through|and)\s*";
    let year = r"(?P<y>(?:19|20)\d\d)";
    let span_dash = r"\s*(?:-|–|—|‑|to|until|till|through)\s*";
    let rules: Vec<(String, Handler)> = vec![
        // (from) January to April 2025: months of one year
        (
            format!(r"\b(?P<m1>{MONTH})\s*(?:-|–|to|until|till|through)\s*(?P<m2>{MONTH})\.?,?\s+{year}\b"),
            |c, _| {
                let y = num(c, "y")?;
                let s = PartialDate::month(y, month_number(c.name("m1")?.as_str())?);
                let e = PartialDate::month(y, month_number(c.name("m2")?.as_str())?);
                (s.is_valid() && e.is_valid() && s < e).then_some(DateValue { start: s, end: Some(e) })
            },
        ),
        // 28 November - 2 December 2022, 31 October – 3 November (the
        // year from the anchor; not "4 May and 5 June": two days)
        (
            format!(
                r"\b(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})\.?{span_dash}(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH})\b\.?(?:,?\s+{year}\b)?"
            ),
            cross_month,
        ),
        // 16-20 May 2022, 14 – 15 February 2022, from 14 to 15 February
        (
            format!(
                r"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{dash}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})\b\.?(?:,?\s+{year}\b)?"
            ),
            |c, a| {
                let m = month_number(c.name("m")?.as_str())?;
                let y = year_or_anchor(c, a)?;
                day_range(y, m, num(c, "d1")?, m, num(c, "d2")?)
            },
        ),
        // October 31 – November 3, 2011
        (
            format!(
                r"\b(?P<m1>{MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{span_dash}(?P<m2>{MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{year}\b)?"
            ),
            cross_month,
        ),
        // October 25-26, 2025; January 26 to 30
        (
            format!(
                r"\b(?P<m>{MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{dash}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{year}\b)?"
            ),
            |c, a| {
                let m = month_number(c.name("m")?.as_str())?;
                let y = year_or_anchor(c, a)?;
                day_range(y, m, num(c, "d1")?, m, num(c, "d2")?)
            },
        ),
        // 25-29/11/2013
        (
            format!(r"\b(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})/(?P<m>\d{{1,2}})/{year}\b"),
            |c, _| {
                let m = num(c, "m")?;
                day_range(num(c, "y")?, m, num(c, "d1")?, m, num(c, "d2")?)
            },
        ),
        // 2022-05-16
        (format!(r"\b{year}-(?P<m>\d\d)-(?P<d>\d\d)\b"), |c, _| {
            one(PartialDate::day(num(c, "y")?, num(c, "m")?, num(c, "d")?))
        }),
        // 16/05/2022, 16.05.2022
        (
            format!(r"\b(?P<d>\d{{1,2}})[/.](?P<m>\d{{1,2}})[/.]{year}\b"),
            |c, _| one(PartialDate::day(num(c, "y")?, num(c, "m")?, num(c, "d")?)),
        ),
        // on 9-10/5, on 25/11: day and month with the year left out, as
        // Vietnamese papers write them (only after "on": not a ratio or a
        // score)
        (
            r"\bon\s+(?P<d1>\d{1,2})\s*[-–]\s*(?P<d2>\d{1,2})/(?P<m>\d{1,2})\b".to_string(),
            |c, a| {
                let m = num(c, "m")?;
                day_range(a.year?, m, num(c, "d1")?, m, num(c, "d2")?)
            },
        ),
        (r"\bon\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})\b".to_string(), |c, a| {
            one(PartialDate::day(a.year?, num(c, "m")?, num(c, "d")?))
        }),
        // 16 May 2022, 16th of May
        (
            format!(r"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})\b\.?(?:,?\s+{year}\b)?"),
            |c, a| {
                let m = month_number(c.name("m")?.as_str())?;
                one(PartialDate::day(year_or_anchor(c, a)?, m, num(c, "d")?))
            },
        ),
        // February 14, 2022; on May 19
        (
            format!(r"\b(?P<m>{MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{year}\b)?"),
            |c, a| {
                let m = month_number(c.name("m")?.as_str())?;
                one(PartialDate::day(year_or_anchor(c, a)?, m, num(c, "d")?))
            },
        ),
        // October last year, October this year
        (
            format!(r"\b(?P<m>{MONTH})\s+(?P<rel>last|this|next)\s+year\b"),
            |c, a| {
                let m = month_number(c.name("m")?.as_str())?;
                let y = a.year? + rel_offset(c.name("rel")?.as_str());
                one(PartialDate::month(y, m))
            },
        ),
        // last February, this October
        (format!(r"\b(?P<rel>last|this|next)\s+(?P<m>{MONTH})\b"), |c, a| {
            let m = month_number(c.name("m")?.as_str())?;
            let y = a.year?;
            let y = match (c.name("rel")?.as_str().to_ascii_lowercase().as_str(), a.month) {
                ("last", Some(am)) if m < am => y,
                ("last", _) => y - 1,
                ("next", Some(am)) if m > am => y,
                ("next", _) => y + 1,
                _ => y,
            };
            one(PartialDate::month(y, m))
        }),
        // March 2021, in November 2021
        (format!(r"\b(?P<m>{MONTH})\.?,?\s+{year}\b"), |c, _| {
            let m = month_number(c.name("m")?.as_str())?;
            one(PartialDate::month(num(c, "y")?, m))
        }),
        // last month, this month
        (r"\b(?P<rel>last|this|next)\s+month\b".to_string(), |c, a| {
            let (y, m) = (a.year?, a.month? as i32 + rel_offset(c.name("rel")?.as_str()));
            let (y, m) = match m {
                0 => (y - 1, 12),
                13 => (y + 1, 1),
                m => (y, m as u8),
            };
            one(PartialDate::month(y, m))
        }),
        // last year, this year
        (r"\b(?P<rel>last|this|next)\s+year\b".to_string(), |c, a| {
            one(PartialDate::year(a.year? + rel_offset(c.name("rel")?.as_str())))
        }),
        // in 2026, set for 2026 (a year after a preposition, not a number range)
        (
            format!(r"\b(?:in|for|since|during|throughout|by|from|early|late|mid|of)\s+{year}\b(?:\s*[-–/]\s*\d)?"),
            |c, _| {
                if c.get(0)?.as_str().trim_end().ends_with(|ch: char| ch.is_ascii_digit())
                    && c.get(0)?.as_str().len() > c.name("y")?.end() - c.get(0)?.start()
                {
                    return None; // "2025-2031": a term, not a date
                }
                one(PartialDate::year(num(c, "y")?))
            },
        ),
        // in October, since March (the last rule: its year is set in `find`
        // from the document's date and the tense; a month name written in
        // capitals, not "in may").
        (
            format!(
                r"\b(?:in|early|late|mid|since|until|till|by|from|during|throughout)\s+(?-i:(?P<m>{}))\b",
                CAPITALISED_MONTHS.join("|")
            ),
            |c, a| one(PartialDate::month(a.year?, month_number(c.name("m")?.as_str())?)),
        ),
    ];
    rules
        .into_iter()
        .map(|(re, handler)| DateRule {
            // ASCII word boundaries keep the matching in the fast DFA engines.
            pattern: format!("(?i){}", re.replace("\\b", "(?-u:\\b)")),
            re: std::sync::OnceLock::new(),
            handler,
        })
        .collect()
});

/// The patterns of [`RULES`] as one set.
static RULE_SET: LazyLock<regex::RegexSet> =
    LazyLock::new(|| regex::RegexSet::new(RULES.iter().map(|r| r.pattern.as_str())).expect("built-in date patterns"));

fn rel_offset(rel: &str) -> i32 {
    match rel.to_ascii_lowercase().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    }
}

/// Whether a sentence may hold a date of [`RULES`]: it holds a digit, or
/// (without a digit, only the forms with "last|this|next" and the last
/// rule's month in capitals can match) "last", "this" or "next" in any ASCII case at an
/// ASCII word boundary, then white space, then a word starting (in any case)
/// like "year", "month" or a month's name (where a non-ASCII byte stands
/// instead of the space or the word, it may be a Unicode space or a letter
/// that folds to one of these: let through); or a month's name written with
/// its capital; or anywhere "ſ" or the Kelvin sign, which `(?i)` folds to
/// "s" and "k". One pass over the bytes, testing only at the bytes that can
/// start one of these: it lets through more than the rules match, never less.)
fn may_hold_date(s: &str) -> bool {
    const NEXT: [&[u8; 3]; 14] = [
        b"yea", b"mon", b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec",
    ];
    let b = s.as_bytes();
    let word_byte = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    // (`\s` of the rules: ASCII white space and vertical tab; other spaces
    // are not ASCII.)
    let space = |c: u8| c.is_ascii_whitespace() || c == 0x0b;
    let relative = |i: usize| {
        let rest = &b[i..];
        if rest.len() < 5 || (i > 0 && word_byte(b[i - 1])) {
            return false;
        }
        if ![b"last", b"this", b"next"]
            .iter()
            .any(|w| rest[..4].eq_ignore_ascii_case(*w))
        {
            return false;
        }
        if rest[4] >= 0x80 {
            return true;
        }
        if !space(rest[4]) {
            return false;
        }
        let Some(j) = rest[4..].iter().position(|&c| !space(c)) else {
            return false;
        };
        let next = &rest[4 + j..];
        next[0] >= 0x80
            || next
                .get(..3)
                .is_some_and(|w| w.iter().any(|&c| c >= 0x80) || NEXT.iter().any(|n| w.eq_ignore_ascii_case(*n)))
    };
    // A digit anywhere (most sentences with a date have one): sixteen bytes
    // at a time, with no early exit inside a block, which the compiler
    // makes one vector test; then the other starts, byte by byte, in a
    // sentence with no digit.
    if b.chunks(16)
        .any(|block| block.iter().fold(false, |a, &c| a | c.is_ascii_digit()))
    {
        return true;
    }
    (0..b.len()).any(|i| {
        let c = b[i];
        match START[usize::from(c)] {
            0 => false,
            DIGIT => true,
            _ => {
                (matches!(c | 0x20, b'l' | b't' | b'n') && relative(i))
                    || (matches!(c, b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
                        && CAPITALISED_MONTHS
                            .iter()
                            .any(|m| m.as_bytes()[0] == c && b[i..].starts_with(m.as_bytes())))
                    || (c == 0xC5 && b.get(i + 1) == Some(&0xBF))
                    || (c == 0xE2 && b.get(i + 1..i + 3) == Some(&[0x84, 0xAA]))
            }
        }
    })
}

/// [`may_hold_date`]'s bytes: a digit, or a byte that may start one of the
/// forms it looks for (0: neither).
const DIGIT: u8 = 1;
const START: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = b'0';
    while c <= b'9' {
        t[c as usize] = DIGIT;
        c += 1;
    }
    let starts = b"ltnLTNJFMASODN";
    let mut i = 0;
    while i < starts.len() {
        t[starts[i] as usize] = 2;
        i += 1;
    }
    t[0xC5] = 2;
    t[0xE2] = 2;
    t
};

/// Finds the dates in `text[span]`; earlier (more specific) forms win over
/// later ones where they overlap.
pub fn find(text: &str, span: Span, anchor: Anchor, out: &mut Vec<(Span, DateValue)>) {
    let s = &text[span.start..span.end];
    if !may_hold_date(s) {
        return;
    }
    let first = out.len();
    // Dates written without a year, with the rule that read them: a later
    // date of the sentence that names a year gives them its year.
    let mut yearless: Vec<(usize, usize)> = Vec::new();
    // A cheap test first, one pass for all the forms: most sentences match
    // few of them.
    let matched = RULE_SET.matches(s);
    for (ri, rule) in RULES.iter().enumerate() {
        if !matched.matched(ri) {
            continue;
        }
        for c in rule.re().captures_iter(s) {
            let Some(m) = c.get(0) else { continue };
            let sp = Span::new(span.start + m.start(), span.start + m.end());
            if out[first..].iter().any(|(o, _)| o.overlaps(sp)) {
                continue;
            }
            // "the presidency for 2026", "the work plan for 2026": a period
            // something is for, not when it happens; "set for 2026" is a date.
            if m.as_str().get(..4).is_some_and(|w| w.eq_ignore_ascii_case("for ")) {
                let prev = s[..m.start()]
                    .trim_end()
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let prev = prev.to_ascii_lowercase();
                if !matches!(
                    prev.as_str(),
                    "set" | "scheduled" | "slated" | "planned" | "due" | "earmarked" | "fixed"
                ) {
                    continue;
                }
            }
            if let Some(v) = (rule.handler)(&c, anchor) {
                if c.name("y").is_none() && c.name("rel").is_none() {
                    yearless.push((out.len(), ri));
                }
                out.push((sp, v));
            }
        }
    }
    // "signed on 25 October 2025, the first day of the ceremony held on
    // 25-26 October": a date without a year after one with a year in the
    // same sentence takes that year, not the document's.
    for &(i, ri) in &yearless {
        let at = out[i].0.start;
        let year_before = (first..out.len())
            .filter(|j| !yearless.iter().any(|&(k, _)| k == *j))
            .map(|j| out[j])
            .filter(|(o, _)| o.end <= at)
            .max_by_key(|(o, _)| o.end)
            .map(|(_, v)| v.start.year);
        let Some(y) = year_before.filter(|&y| Some(y) != anchor.year) else {
            continue;
        };
        if let Some(v) = read_in_year(out[i].0, text, ri, anchor, y) {
            out[i].1 = v;
        }
    }
    // "in October" with no year: of the document's year, or the year before
    // when the month is more than two months ahead and the sentence tells of the past
    // ("was signed in October" in a report of February), or the year after
    // when the month is past and the sentence tells of the future ("will be
    // held in March" in a report of October).
    let bare = RULES.len() - 1;
    let any_bare = yearless.iter().any(|&(_, ri)| ri == bare);
    if let (Some(y), Some(am), true) = (anchor.year, anchor.month, any_bare) {
        let lower = s.to_ascii_lowercase();
        let future = [
            " will ",
            " to be ",
            "scheduled",
            "set for",
            "upcoming",
            " next ",
            " is to ",
            " are to ",
            "plans",
            "expected",
        ]
        .iter()
        .any(|w| lower.contains(w));
        for &(i, ri) in &yearless {
            // (Not one that took the year of an earlier date of the sentence.)
            if ri != bare || out[i].1.start.year != y {
                continue;
            }
            // "in January and April 2025": the year of the month joined to it.
            let end = out[i].0.end;
            let joined = (first..out.len())
                .filter(|&j| j != i && out[j].0.start >= end && out[j].0.start <= end + 6)
                .find(|&j| matches!(text[end..out[j].0.start].trim(), "and" | "or" | "," | "to"))
                .filter(|&j| !yearless.iter().any(|&(k, _)| k == j));
            if let Some(j) = joined {
                out[i].1.start.year = out[j].1.start.year;
                continue;
            }
            let m = out[i].1.start.month.unwrap_or(am);
            // (A month just ahead is more likely the coming one: "invited
            // countries to the ceremony in October" in a report of September.)
            let year = match (m > am + 2, future) {
                (true, false) => y - 1,
                (false, true) if m < am => y + 1,
                _ => y,
            };
            out[i].1.start.year = year;
        }
    }
    // "on December 26 last year": a date without a year followed at once by
    // a relative year takes that year; the two are one date.
    let mut merged = Vec::new();
    for &(i, ri) in &yearless {
        let end = out[i].0.end;
        let next = (first..out.len()).find(|&j| {
            let (o, _) = out[j];
            o.start >= end && text[end..o.start].trim().is_empty() && {
                let w = text[o.start..o.end].to_ascii_lowercase();
                w.ends_with(" year") && (w.starts_with("last") || w.starts_with("this") || w.starts_with("next"))
            }
        });
        let Some(j) = next else { continue };
        let y = out[j].1.start.year;
        if let Some(v) = read_in_year(out[i].0, text, ri, anchor, y) {
            out[i] = (Span::new(out[i].0.start, out[j].0.end), v);
            merged.push(j);
        }
    }
    merged.sort_unstable();
    for j in merged.into_iter().rev() {
        out.remove(j);
    }
    out[first..].sort_by_key(|(s, _)| s.start);
}

/// The date rule `ri` read again over `sp` as if the document were of
/// `year` (a date written without one takes it).
fn read_in_year(sp: Span, text: &str, ri: usize, anchor: Anchor, year: i32) -> Option<DateValue> {
    let c = RULES[ri].re().captures(&text[sp.start..sp.end])?;
    (RULES[ri].handler)(
        &c,
        Anchor {
            year: Some(year),
            ..anchor
        },
    )
}

/// The anchor of a document: its metadata date, else the first full date of
/// its opening lines (the dateline), else the first year in the text.
/// The document's own date: its metadata date, else the first date with a
/// month in its opening lines (the dateline).
pub fn document_date(text: &str, meta: Option<PartialDate>) -> Option<PartialDate> {
    if meta.is_some() {
        return meta;
    }
    let head_end = text.char_indices().nth(600).map_or(text.len(), |(i, _)| i);
    let mut found = Vec::new();
    find(text, Span::new(0, head_end), Anchor::default(), &mut found);
    found
        .iter()
        .find(|(_, v)| v.start.month.is_some() && v.end.is_none())
        .map(|(_, v)| v.start)
}

pub fn anchor(text: &str, meta: Option<PartialDate>) -> Anchor {
    if let Some(d) = meta {
        return Anchor {
            year: Some(d.year),
            month: d.month,
        };
    }
    let head_end = text.char_indices().nth(600).map_or(text.len(), |(i, _)| i);
    let mut found = Vec::new();
    find(text, Span::new(0, head_end), Anchor::default(), &mut found);
    if let Some((_, v)) = found.iter().find(|(_, v)| v.start.month.is_some()) {
        return Anchor {
            year: Some(v.start.year),
            month: v.start.month,
        };
    }
    static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(19[89]\d|20\d\d)\b").expect("year pattern"));
    let year = YEAR.find(text).and_then(|m| m.as_str().parse().ok());
    Anchor { year, month: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(t: &str, a: Anchor) -> Vec<String> {
        let mut out = Vec::new();
        find(t, Span::new(0, t.len()), a, &mut out);
        out.iter()
            .map(|(_, v)| match v.end {
                Some(e) => format!("{}/{}", v.start, e),
                None => v.start.to_string(),
            })
            .collect()
    }

    const A2025: Anchor = Anchor {
        year: Some(2025),
        month: Some(5),
    };
    const A2026: Anchor = Anchor {
        year: Some(2026),
        month: Some(3),
    };

    #[test]
    fn written_forms() {
        assert_eq!(dates("held 16-20 May 2022 in Vienna", A2025), ["2022-05-16/2022-05-20"]);
        assert_eq!(dates("from 14 – 15 February 2022.", A2025), ["2022-02-14/2022-02-15"]);
        assert_eq!(
            dates("scheduled for October 25-26 in Hanoi", A2025),
            ["2025-10-25/2025-10-26"]
        );
        assert_eq!(dates("from January 26 to 30, it met", A2025), ["2025-01-26/2025-01-30"]);
        assert_eq!(dates("on May 19, outlining", A2025), ["2025-05-19"]);
        assert_eq!(dates("On February 14, 2022, Mr. X", A2025), ["2022-02-14"]);
        assert_eq!(dates("during 25-29/11/2013 at", A2025), ["2013-11-25/2013-11-29"]);
        assert_eq!(dates("took place on 9-10/5 in", A2025), ["2025-05-09/2025-05-10"]);
        assert_eq!(dates("signed on 25/11 in", A2025), ["2025-11-25"]);
        assert_eq!(dates("signed on 25/11/2013 in", A2025), ["2013-11-25"]);
        assert!(dates("a 3/4 majority", A2025).is_empty());
        assert!(dates("on 31/2 in", A2025).is_empty());
        assert_eq!(dates("in March 2021, the", A2025), ["2021-03"]);
        assert_eq!(dates("the workshop last February", A2025), ["2025-02"]);
        assert_eq!(
            dates(
                "in October last year",
                Anchor {
                    year: Some(2026),
                    month: None
                }
            ),
            ["2025-10"]
        );
        // A month alone: of the document's year, by tense.
        let oct = Anchor {
            year: Some(2025),
            month: Some(4),
        };
        assert_eq!(dates("Viet Nam will host it in Ha Noi in October", oct), ["2025-10"]);
        assert_eq!(dates("the treaty was signed in October by", oct), ["2024-10"]);
        assert_eq!(dates("the meeting was held in March", oct), ["2025-03"]);
        assert!(dates("in may cases", oct).is_empty());
        // A day and month, then a relative year: one date of that year.
        assert_eq!(dates("signed on December 26 last year by", A2025), ["2024-12-26"]);
        assert_eq!(dates("the Congress set for 2026 in", A2025), ["2026"]);
        assert!(dates("took over the presidency for 2026 from", A2025).is_empty());
        assert_eq!(dates("a congress planned for 2026", A2025), ["2026"]);
        assert_eq!(dates("28 November - 2 December 2022", A2025), ["2022-11-28/2022-12-02"]);
        // Across two months with the year left out, day or month first.
        assert_eq!(
            dates("The meeting (31 October – 3 November) was", A2025),
            ["2025-10-31/2025-11-03"]
        );
        assert_eq!(
            dates("from October 31 to November 3, 2011, in", A2025),
            ["2011-10-31/2011-11-03"]
        );
        // (Two days joined by "and" are two dates.)
        assert_eq!(dates("on 4 May and 5 June, the", A2025), ["2025-05-04", "2025-06-05"]);
    }

    #[test]
    fn a_year_named_earlier_in_the_sentence_is_the_year_of_later_dates() {
        assert_eq!(
            dates(
                "It signed on 25 October 2025, the first day of the ceremony held on 25-26 October.",
                A2026
            ),
            ["2025-10-25", "2025-10-25/2025-10-26"]
        );
        // Only a year written before counts, and relative dates keep theirs.
        assert_eq!(
            dates("held on 25-26 October, as in 2019", A2026),
            ["2026-10-25/2026-10-26", "2019"]
        );
        assert_eq!(dates("In March 2021 and last February", A2026), ["2021-03", "2026-02"]);
    }

    #[test]
    fn a_range_of_months() {
        assert_eq!(
            dates("ran from January to April 2025 across", A2026),
            ["2025-01/2025-04"]
        );
        assert_eq!(dates("in January and April 2025", A2026), ["2025-01", "2025-04"]);
    }

    #[test]
    fn no_dates_from_numbers_or_impossible_days() {
        assert!(dates("the 2025-2031 term, 175 out of 183 votes", A2025).is_empty());
        assert!(dates("on February 30, 2022", A2025).is_empty());
        assert!(dates("may 5 people", Anchor::default()).is_empty());
    }

    #[test]
    fn anchor_prefers_metadata_then_dateline() {
        let t = "HEADING, 16-20 May 2022\nLater in 2019 things";
        let a = anchor(t, None);
        assert_eq!((a.year, a.month), (Some(2022), Some(5)));
        let a = anchor(t, Some(PartialDate::year(2024)));
        assert_eq!((a.year, a.month), (Some(2024), None));
    }
}
