//! The pipeline's currency: plain, typed data that extraction produces, the
//! `rdf` stage turns into quads and `eval` compares. No behaviour hides here
//! beyond small constructors and formatting.

use crate::gazetteer::EntityIdx;
use crate::ontology::{ClassId, PropId};
use crate::text::Span;
use std::fmt;
use std::sync::Arc;

/// A calendar date that may be partial: a year, a month of a year, or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }
    pub fn month(year: i32, month: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: None,
        }
    }
    pub fn day(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }
    /// The XSD datatype local name: `date`, `gYearMonth` or `gYear`.
    pub fn xsd_type(&self) -> &'static str {
        match (self.month, self.day) {
            (Some(_), Some(_)) => "date",
            (Some(_), None) => "gYearMonth",
            _ => "gYear",
        }
    }
    /// For a full date, the day `offset` days away from it, with its day of
    /// the week (0 = Monday); `None` for a partial date.
    pub fn shifted(&self, offset: i64) -> Option<(PartialDate, u8)> {
        let (m, d) = (self.month?, self.day?);
        // Days from 1970-01-01 and back (H. Hinnant's civil calendar algorithms).
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (i64::from(m) + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let z = era * 146_097 + doe - 719_468 + offset;
        let weekday = (z + 3).rem_euclid(7) as u8;
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Some((PartialDate::day(i32::try_from(year).ok()?, month, day), weekday))
    }
    /// Whether the day exists in the calendar.
    pub fn is_valid(&self) -> bool {
        if !(1..=9999).contains(&self.year) {
            return false;
        }
        match (self.month, self.day) {
            (None, None) => true,
            (Some(m), None) => (1..=12).contains(&m),
            (Some(m), Some(d)) => (1..=12).contains(&m) && d >= 1 && d <= days_in_month(self.year, m),
            (None, Some(_)) => false,
        }
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

/// A date expression: one date or a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateValue {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
}

/// How an entity of a document is identified.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityId {
    /// A gazetteer entity.
    Known(EntityIdx),
    /// An entity the gazetteer lacks, identified by its class directory and a
    /// key (its normalised name, or body + ordinal for numbered events); the
    /// `rdf` stage mints its IRI from these.
    Minted { dir: &'static str, key: String },
}

/// An entity named in a document.
#[derive(Debug, Clone)]
pub struct Entity {
    pub id: EntityId,
    pub class: ClassId,
    /// The preferred label (for minted entities; known ones carry theirs in
    /// the gazetteer graph).
    pub label: String,
    /// Other spellings seen in the document.
    pub alt_labels: Vec<String>,
    /// Extra literal attributes: (property, value) such as `ordinal`.
    pub ordinal: Option<u32>,
}

/// Index of an entity in [`Extraction::entities`].
pub type LocalId = usize;

/// What a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MentionKind {
    Entity(LocalId),
    Date(DateValue),
}

/// A stretch of text that names an entity or a date.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub kind: MentionKind,
}

/// The object of a fact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Object {
    Entity(LocalId),
    Date(PartialDate),
}

/// The attitude of the sentence to a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modality {
    /// Stated as true.
    Asserted,
    /// Stated as a definite future event ("will host … on October 25-26").
    Future,
}

impl Modality {
    pub fn as_str(&self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Future => "future",
        }
    }
}

/// Where a fact comes from.
#[derive(Debug, Clone)]
pub struct Evidence {
    /// Index of the sentence in [`Extraction::sentences`].
    pub sentence: usize,
    /// The matched words (byte offsets into the document).
    pub span: Span,
    pub rule: Arc<str>,
    pub confidence: f32,
    pub modality: Modality,
}

impl Evidence {
    /// Evidence of a fact stated as true.
    pub fn asserted(sentence: usize, span: Span, rule: &str, confidence: f32) -> Self {
        Evidence {
            sentence,
            span,
            rule: Arc::from(rule),
            confidence,
            modality: Modality::Asserted,
        }
    }

    /// The same evidence with the modality the sentence gives it.
    pub fn with_modality(self, modality: Modality) -> Self {
        Evidence { modality, ..self }
    }
}

/// One fact: subject, relation, object, with its evidence.
#[derive(Debug, Clone)]
pub struct Fact {
    pub subject: LocalId,
    pub relation: PropId,
    pub object: Object,
    pub evidence: Evidence,
}

/// The document's own description (from the corpus stage).
#[derive(Debug, Clone, Default)]
pub struct DocInfo {
    /// Path relative to the ingested folder, with `/` separators: the key of
    /// the document and of its IRI.
    pub key: String,
    pub file_name: String,
    pub sha256: String,
    pub title: Option<String>,
    pub date: Option<PartialDate>,
    pub url: Option<String>,
}

/// All that was extracted from one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub doc: DocInfo,
    pub text: String,
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub facts: Vec<Fact>,
}
