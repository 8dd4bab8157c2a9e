//! Coreference inside a document: "the Convention", "the pact", "the
//! treaty" → the treaty last named; "the Commission", "the Committee" → the
//! body last named with that head word; "the session", "the ceremony", "the
//! webinar", "the event" → the event last named (of that kind if there is
//! one); "the country" → the country last named; "he", "she" → the person
//! last named.
//!
//! Coreferent mentions let the rules see the entity; they are not counted as
//! names the document mentions.

use super::{covered, Doc, SMention, Sent};
use crate::fact::{EntityId, MentionKind};

const TREATY_HEADS: &[&str] = &["convention", "pact", "treaty", "instrument"];
const BODY_HEADS: &[&str] = &[
    "commission",
    "committee",
    "assembly",
    "council",
    "forum",
    "network",
    "office",
    "organization",
    "organisation",
    "conference",
    "group",
    "agency",
];
const EVENT_HEADS: &[&str] = &[
    "session",
    "meeting",
    "webinar",
    "ceremony",
    "event",
    "congress",
    "seminar",
    "workshop",
    "dialogue",
    "summit",
    "conference",
    "course",
    "training",
    "reception",
    "briefing",
    "discussion",
    "debate",
    "talks",
    "operation",
    "visit",
    "gathering",
];
/// Head words of agencies' names that a text repeats alone ("the
/// Inspectorate", "the ministry").
const AGENCY_HEADS: &[&str] = &["ministry", "inspectorate", "procuracy", "procuratorate"];
pub(super) const DETERMINERS: &[&str] = &["the", "this", "that", "such"];
/// The words a reading of [`resolve`] can start at (with [`DETERMINERS`]):
/// every test of its loop asks first that the token be one of them, so a
/// token whose word is in neither list is passed over with one bit
/// (`WordInfo`'s `COREF_FIRST`). A new reading there starting at another
/// word adds that word here.
pub(super) const FIRST_WORDS: &[&str] = &[
    "this",
    "both",
    "the",
    "held",
    "convened",
    "hosted",
    "organized",
    "organised",
    "it",
    "negotiations",
    "negotiation",
    "we",
    "his",
    "her",
    "he",
    "she",
];
const MODIFIERS: &[&str] = &[
    "important",
    "major",
    "draft",
    "new",
    "un",
    "global",
    "landmark",
    "signing",
    "upcoming",
    "first",
    "historic",
    "plenary",
    "high",
    "level",
    "-",
    "annual",
    "regional",
    "general",
    "two",
    "three",
    "four",
    "five",
    "day",
    "ministerial",
    "international",
    "working",
    "important",
    "successful",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Any,
    Meeting,
    Workshop,
    Ceremony,
    /// A congress is "the Congress", never "the meeting" or "the session".
    Congress,
    /// "the visit" is a visit, never a meeting held during it.
    Visit,
}

fn family(head: &str) -> Family {
    match head {
        "event" | "gathering" => Family::Any,
        "workshop" | "seminar" | "training" | "course" => Family::Workshop,
        "ceremony" => Family::Ceremony,
        "congress" => Family::Congress,
        "visit" => Family::Visit,
        _ => Family::Meeting,
    }
}

fn family_of_class(name: &str) -> Family {
    match name {
        "Workshop" | "Seminar" | "TrainingCourse" => Family::Workshop,
        "SigningCeremony" => Family::Ceremony,
        "Congress" => Family::Congress,
        "Visit" => Family::Visit,
        _ => Family::Meeting,
    }
}

/// "Minister of Public Security General To Lam … Director of the ministry's
/// Department of Foreign Relations": with no ministry named, "the ministry"
/// is the one whose minister (or deputy) the document last named, when the
/// gazetteer knows "Ministry of" that portfolio.
fn ministry_of_minister(d: &mut Doc) -> Option<usize> {
    let idx = d
        .post_holders
        .iter()
        .rev()
        .find_map(|(post, _)| ministry_of_post(d, post))?;
    Some(d.entity_for_known(idx))
}

/// The ministry a minister's (or deputy minister's) post belongs to, from
/// its folded label ("minister of public security"), when the gazetteer
/// knows "Ministry of" that portfolio as an agency.
pub(super) fn ministry_of_post(d: &Doc, folded_post: &str) -> Option<crate::gazetteer::EntityIdx> {
    // ("State Councillor and Minister of Public Security of China": the
    // last of two posts held together.)
    let post = folded_post.rsplit_once(" and ").map_or(folded_post, |(_, b)| b);
    let rest = post.strip_prefix("deputy ").unwrap_or(post);
    let portfolio = rest.strip_prefix("minister of ")?;
    let idx = d.k.gazetteer.lookup(&format!("Ministry of {portfolio}"))?;
    d.k.ontology
        .is_a(d.k.gazetteer.get(idx).class, d.k.vocab.agency)
        .then_some(idx)
}

/// The state "we" (at token `t`) speaks for: the country whose statement
/// the document is; in an interview, outside a question and only as the
/// subject of a treaty act ("we signed", "we have concluded", "we ratified"),
/// the country the document is about (named at least twice so far, and at
/// least twice as often as any other): an official's "we" is the state when
/// it makes treaties, not always elsewhere (a department, a team).
pub(super) fn we_state(d: &Doc, sent: &Sent, t: usize) -> Option<usize> {
    if d.statement_of.is_some() {
        return d.statement_of;
    }
    let n = sent.toks.len();
    if !d.interview || n == 0 || sent.word(n - 1) == "?" {
        return None;
    }
    let mut k = t + 1;
    while matches!(sent.word(k), "have" | "has" | "had" | "also" | "then" | "already") {
        k += 1;
    }
    if !matches!(sent.word(k), "signed" | "concluded" | "ratified" | "acceded") {
        return None;
    }
    interview_state(d)
}

/// The state an interview is about: the country named most so far, at least
/// twice and twice as often as the next.
pub(super) fn interview_state(d: &Doc) -> Option<usize> {
    if !d.interview {
        return None;
    }
    let country = d.k.vocab.country;
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &l in &d.recent {
        if d.k.ontology.is_a(d.class_of(l), country) {
            match counts.iter_mut().find(|(x, _)| *x == l) {
                Some(c) => c.1 += 1,
                None => counts.push((l, 1)),
            }
        }
    }
    counts.sort_by_key(|&(_, c)| std::cmp::Reverse(c));
    match counts.as_slice() {
        [(l, c), rest @ ..] if *c >= 2 && rest.first().is_none_or(|&(_, c2)| *c >= 2 * c2) => Some(*l),
        _ => None,
    }
}

/// Whether the entity's label, or one of the gazetteer's names of a known
/// entity, passes `f`.
fn any_name(d: &Doc, l: usize, f: impl Fn(&str) -> bool) -> bool {
    f(&d.entities[l].label)
        || match d.entities[l].id {
            EntityId::Known(idx) => d.k.gazetteer.get(idx).labels.iter().any(|x| f(x)),
            EntityId::Minted { .. } => false,
        }
}

/// The state a person speaks for: a country they represent, else the state
/// of the office of a post they hold (through `vnkg:partOf`).
pub(super) fn state_of_person(d: &mut Doc, p: usize) -> Option<usize> {
    let v = d.k.vocab;
    let ent = |o: &crate::fact::Object| match *o {
        crate::fact::Object::Entity(l) => Some(l),
        crate::fact::Object::Date(_) => None,
    };
    let rep = represented_state(d, p);
    if rep.is_some() {
        return rep;
    }
    let offices: Vec<usize> = d
        .facts
        .iter()
        .filter(|f| f.subject == p && f.relation == v.holds_position)
        .filter_map(|f| ent(&f.object))
        .flat_map(|post| {
            d.facts
                .iter()
                .filter(move |f| f.subject == post && f.relation == v.post_in)
                .filter_map(|f| ent(&f.object))
        })
        .collect();
    offices.into_iter().find_map(|o| d.state_or_self(o))
}

/// The state the document says person `p` represents.
pub(super) fn represented_state(d: &Doc, p: usize) -> Option<usize> {
    let v = d.k.vocab;
    d.facts
        .iter()
        .filter(|f| f.subject == p && f.relation == v.representing)
        .find_map(|f| match f.object {
            crate::fact::Object::Entity(c) if d.k.ontology.is_a(d.class_of(c), v.country) => Some(c),
            _ => None,
        })
}

/// The posts the document says person `p` holds.
pub(super) fn posts_of(d: &Doc, p: usize) -> Vec<usize> {
    let v = d.k.vocab;
    d.facts
        .iter()
        .filter(|f| f.subject == p && f.relation == v.holds_position)
        .filter_map(|f| match f.object {
            crate::fact::Object::Entity(l) => Some(l),
            crate::fact::Object::Date(_) => None,
        })
        .collect()
}

/// The state of a minister whose post names none, through the ministry of
/// that portfolio the gazetteer knows: "Minister of Public Security To Lam"
/// holds the post of the Ministry of Public Security that the text would
/// name unqualified, and so is of its state.
pub(super) fn state_of_portfolio(d: &mut Doc, p: usize) -> Option<usize> {
    for post in posts_of(d, p) {
        let Some(idx) = ministry_of_post(d, &crate::text::fold(&d.entities[post].label)) else {
            continue;
        };
        let agency = d.entity_for_known(idx);
        if let Some(state) = d.state_of(agency) {
            return Some(state);
        }
    }
    None
}

/// The entity last named (before this point) whose class passes `ok`.
/// Whether agency `l` belongs to `state`: through the gazetteer's
/// `vnkg:partOf` chain, or (minted) a `partOf` fact of this document.
fn agency_of(d: &Doc, l: usize, state: usize) -> bool {
    let EntityId::Known(mut idx) = d.entities[l].id else {
        return d.facts.iter().any(|f| {
            f.subject == l && f.relation == d.k.vocab.part_of && f.object == crate::fact::Object::Entity(state)
        });
    };
    let EntityId::Known(target) = d.entities[state].id else {
        return false;
    };
    for _ in 0..4 {
        if idx == target {
            return true;
        }
        let Some(next) =
            d.k.gazetteer
                .get(idx)
                .part_of
                .iter()
                .find_map(|iri| d.k.gazetteer.by_iri(iri))
        else {
            return false;
        };
        idx = next;
    }
    false
}

fn last(d: &Doc, sm: &[SMention], before_tok: usize, ok: impl Fn(&Doc, usize) -> bool) -> Option<usize> {
    // This sentence first, right to left, then earlier sentences.
    let mut here: Vec<&SMention> = sm.iter().filter(|m| !m.hidden && m.end_tok <= before_tok).collect();
    here.sort_by_key(|m| std::cmp::Reverse(m.first_tok));
    for m in here {
        if let MentionKind::Entity(l) = m.kind {
            if ok(d, l) {
                return Some(l);
            }
        }
    }
    d.recent.iter().rev().copied().find(|&l| ok(d, l))
}

pub(super) fn resolve(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    let v = d.k.vocab;
    let n = sent.toks.len();
    let mut found: Vec<(usize, usize, usize)> = Vec::new(); // (first tok, end tok, entity)
    let mut t = 0;
    while t < n {
        // (A word none of the tests below starts at: see `FIRST_WORDS`.)
        if sent.info(t).sets & super::COREF_FIRST == 0 {
            t += 1;
            continue;
        }
        // "Viet Nam is hosting this year's gathering": the document's main
        // event, when it was named in the last five sentences.
        if sent.word(t) == "this"
            && (sent.word(t + 1), sent.word(t + 2), sent.word(t + 3)) == ("year", "'", "s")
            && (EVENT_HEADS.contains(&sent.word(t + 4)) || sent.word(t + 4) == "gathering")
        {
            if let Some(m) = d.main_event_within(sent.index, 5) {
                for x in sm.iter_mut().filter(|x| x.first_tok >= t && x.end_tok <= t + 2) {
                    x.hidden = true;
                }
                found.push((t, t + 5, m));
                t += 5;
                continue;
            }
        }
        if covered(sm, t) {
            t += 1;
            continue;
        }
        let w = sent.word(t);
        // "both conventions", "the two treaties": the last two treaties in
        // view, as a list (two mentions over the same words).
        let two = match (w, sent.word(t + 1)) {
            ("both", _) => Some(t + 1),
            ("the", "two") => Some(t + 2),
            _ => None,
        };
        if let Some(h) =
            two.filter(|&h| matches!(sent.word(h), "conventions" | "treaties" | "instruments" | "agreements"))
        {
            if let Some(pair) = last_two(d, sm, t, v.treaty) {
                found.push((t, h + 1, pair[1]));
                found.push((t, h + 1, pair[0]));
                t = h + 1;
                continue;
            }
        }
        // "Both are members of ASEAN", "The two countries agreed …", "the
        // two sides": the last two states named, as a list.
        let pair_end = match (w, sent.word(t + 1), sent.word(t + 2)) {
            // (Not "the two sides": a host and a guest may be people or bodies.)
            ("both", "are" | "were" | "have" | "had" | "also" | "countries" | "states", _) => {
                Some(if matches!(sent.word(t + 1), "countries" | "states") {
                    t + 2
                } else {
                    t + 1
                })
            }
            ("the", "two", "countries" | "states" | "nations" | "governments") => Some(t + 3),
            _ => None,
        };
        if let Some(e) = pair_end {
            // (Before this sentence names two: the document's two most
            // named states, when they stand out: "the Safe Mekong operation,
            // which also involves A, B and C. … the Treaty, which the two
            // countries signed in 1998" is Viet Nam's and China's.)
            let here = sm
                .iter()
                .filter(|m| !m.hidden && m.end_tok <= t)
                .filter(|m| matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.country)))
                .count();
            let pair = if here >= 2 { None } else { salient_two_countries(d) };
            if let Some(pair) = pair.or_else(|| last_two(d, sm, t, v.country)) {
                // ("Both" itself is a word of the sentence; the list covers it.)
                let end = if w == "both" && e == t + 1 { t + 1 } else { e };
                found.push((t, end, pair[1]));
                found.push((t, end, pair[0]));
                t = end;
                continue;
            }
        }
        // "Held in Vienna from January 26 to 30, …": the event just named.
        if t == 0
            && matches!(w, "held" | "convened" | "hosted" | "organized" | "organised")
            && matches!(sent.word(1), "in" | "at" | "on" | "from")
        {
            let event = v.event;
            if let Some(e) = last(d, sm, t, |d, l| d.k.ontology.is_a(d.class_of(l), event)) {
                found.push((0, 1, e));
            }
            t += 1;
            continue;
        }
        // "It is co-chaired by …", "It was held in …": the event just named.
        if matches!(w, "it" | "this")
            && t == 0
            && matches!(sent.word(1), "is" | "was" | "will")
            && (1..4).any(|k| {
                matches!(
                    sent.word(1 + k),
                    "chaired"
                        | "held"
                        | "hosted"
                        | "organised"
                        | "organized"
                        | "attended"
                        | "opened"
                        | "convened"
                        | "coordinated"
                ) && !(sent.word(1 + k) == "opened" && sent.word(2 + k) == "for")
            })
        {
            let event = v.event;
            if let Some(e) = last(d, sm, t, |d, l| d.k.ontology.is_a(d.class_of(l), event)).or(d.main_event) {
                found.push((0, 1, e));
            }
            t += 1;
            continue;
        }
        // "It drew officials from …", "Apart from the member forces, it has
        // drawn delegations from …": the event just named (else the main one).
        if w == "it" && (t == 0 || sent.word(t - 1) == ",") && {
            let mut k = t + 1;
            while matches!(sent.word(k), "has" | "had" | "have" | "also") {
                k += 1;
            }
            matches!(sent.word(k), "drew" | "drawn" | "attracted" | "brought" | "gathered")
        } {
            let event = v.event;
            if let Some(e) = last(d, sm, t, |d, l| d.k.ontology.is_a(d.class_of(l), event)).or(d.main_event) {
                found.push((t, t + 1, e));
            }
            t += 1;
            continue;
        }
        // "ratifying it", "sign it": the treaty just named.
        // ("put its signature to it", "became a party to it", "its
        // accession to it")
        let act_to = t >= 2
            && sent.word(t - 1) == "to"
            && matches!(
                sent.word(t - 2),
                "signature" | "party" | "parties" | "accession" | "ratification"
            );
        if w == "it"
            && t > 0
            && (act_to
                || ["sign", "ratif", "join", "implement", "accede"]
                    .iter()
                    .any(|p| sent.word(t - 1).starts_with(p)))
        {
            let treaty = v.treaty;
            if let Some(e) = last(d, sm, t, |d, l| d.k.ontology.is_a(d.class_of(l), treaty)) {
                found.push((t, t + 1, e));
            }
            t += 1;
            continue;
        }
        // "involved in (the) negotiations": the negotiation of the treaty in
        // view ("the negotiations on X" names its own object).
        if matches!(w, "negotiations" | "negotiation")
            && t > 0
            && matches!(sent.word(t - 1), "in" | "the")
            && !(matches!(sent.word(t + 1), "on" | "of" | "for" | "over" | "to") && t + 2 < n)
        {
            let from = if sent.word(t - 1) == "the" { t - 1 } else { t };
            if let Some(e) = salient_treaty(d, sm, t) {
                found.push((from, t + 1, e));
            }
            t += 1;
            continue;
        }
        // "it ratified the Convention in 2012": a state's acts, so the
        // country last named.
        if w == "it" && {
            let mut k = t + 1;
            if matches!(sent.word(k), "has" | "had" | "have" | "also" | "then") {
                k += 1;
            }
            // ("It is also a party to the ASEAN MLAT", "it became a State
            // party to …")
            let party = || {
                let mut j = k + 1;
                while matches!(sent.word(j), "also" | "a" | "state" | "now" | "already") {
                    j += 1;
                }
                matches!(sent.word(k), "is" | "was" | "became") && sent.word(j) == "party" && sent.word(j + 1) == "to"
            };
            matches!(sent.word(k), "ratified" | "acceded" | "signed" | "joined") || party()
        } {
            let country = v.country;
            let is_country = |d: &Doc, l: usize| d.k.ontology.is_a(d.class_of(l), country);
            // A state named earlier in this sentence, else the first one the
            // sentence before named (its subject: not the last of the
            // countries it listed), else the last one named.
            let here = sm
                .iter()
                .any(|m| !m.hidden && m.end_tok <= t && matches!(m.kind, MentionKind::Entity(l) if is_country(d, l)));
            let previous_subject = || {
                let prev = d.recent_sent.iter().rev().copied().find(|&s| s < sent.index)?;
                d.recent
                    .iter()
                    .zip(&d.recent_sent)
                    .filter(|&(_, &s)| s == prev)
                    .map(|(&l, _)| l)
                    .find(|&l| is_country(d, l))
            };
            // ("… noted that Viet Nam has signed treaties with A, B and C,
            // and that it is a party to …": the subject of the first "that".)
            let parallel = || {
                if !(t >= 2 && sent.word(t - 1) == "that" && sent.word(t - 2) == "and") {
                    return None;
                }
                let first = (0..t - 2).find(|&k| sent.word(k) == "that")?;
                let at = sent.past_the(first + 1);
                sm.iter().find_map(|m| match m.kind {
                    MentionKind::Entity(l) if !m.hidden && m.first_tok == at && is_country(d, l) => Some(l),
                    _ => None,
                })
            };
            let c = if here { parallel() } else { previous_subject() };
            if let Some(c) = c.or_else(|| last(d, sm, t, is_country)) {
                found.push((t, t + 1, c));
            }
            t += 1;
            continue;
        }
        // "It was opened for signature at a ceremony in Hanoi": a treaty's
        // acts, so the treaty in view (not the event just named).
        if w == "it" && {
            let mut k = t + 1;
            while matches!(sent.word(k), "was" | "had" | "has" | "been" | "then" | "later" | "also") {
                k += 1;
            }
            k > t + 1 && (sent.word(k), sent.word(k + 1)) == ("opened", "for")
                || (sent.word(k), sent.word(k + 1)) == ("entered", "into")
        } {
            if let Some(tr) = salient_treaty(d, sm, t) {
                found.push((t, t + 1, tr));
            }
            t += 1;
            continue;
        }
        // In a country's statement, "we" is that country.
        if matches!(w, "we") {
            if let Some(c) = we_state(d, sent, t) {
                found.push((t, t + 1, c));
            }
            t += 1;
            continue;
        }
        // Pronouns as subjects: "he", "she".
        // "Mr. X said his country had ratified the Convention": the state of
        // the person last named (one they represent, or the state of the
        // office of a post they hold).
        if matches!(w, "his" | "her") && matches!(sent.word(t + 1), "country" | "nation") {
            let person = v.person;
            if let Some(c) =
                last(d, sm, t, |d, l| d.k.ontology.is_a(d.class_of(l), person)).and_then(|p| state_of_person(d, p))
            {
                found.push((t, t + 2, c));
            }
            t += 2;
            continue;
        }
        if matches!(w, "he" | "she") {
            let person = v.person;
            let is_person = |m: &SMention| match m.kind {
                MentionKind::Entity(l) if !m.hidden && d.k.ontology.is_a(d.class_of(l), person) => Some(l),
                _ => None,
            };
            // "Opening the meeting, which he chaired, NAME warned …": in a
            // phrase that opens the sentence, before any name, the pronoun
            // is the subject named after it.
            let opening = sent.word(0).ends_with("ing")
                && !sm.iter().any(|m| m.end_tok <= t && is_person(m).is_some())
                && (1..t).any(|k| sent.word(k) == ",");
            let after = opening
                .then(|| {
                    sm.iter()
                        .filter(|m| m.first_tok > t && (t..m.first_tok).any(|k| sent.word(k) == ","))
                        .find_map(is_person)
                })
                .flatten();
            if let Some(p) = after.or_else(|| last(d, sm, t, |d, l| d.k.ontology.is_a(d.class_of(l), person))) {
                found.push((t, t + 1, p));
            }
            t += 1;
            continue;
        }
        // "In his opening statement, the Chair observed …": the person who
        // chairs the event in view (said so in this document).
        if w == "the"
            && matches!(sent.word(t + 1), "chair" | "chairman" | "chairwoman" | "chairperson")
            && sent.is_capitalised(t + 1)
            && !covered(sm, t + 1)
        {
            let Some(chaired_by) = d.k.ontology.property("chairedBy") else {
                t += 1;
                continue;
            };
            let event = last(d, sm, t, |d, l| d.k.ontology.is_a(d.class_of(l), v.event)).or(d.main_event);
            let chair = event.and_then(|e| {
                d.facts
                    .iter()
                    .rev()
                    .find(|f| f.subject == e && f.relation == chaired_by)
                    .and_then(|f| match f.object {
                        crate::fact::Object::Entity(p) => Some(p),
                        crate::fact::Object::Date(_) => None,
                    })
            });
            if let Some(p) = chair.filter(|&p| d.k.ontology.is_a(d.class_of(p), v.person)) {
                found.push((t, t + 2, p));
                t += 2;
                continue;
            }
        }
        if !DETERMINERS.contains(&w) {
            t += 1;
            continue;
        }
        // "the CND session", "the AMMTC meeting": the event of that body
        // named last.
        if let Some(bi) = sm.iter().position(|m| !m.hidden && m.first_tok == t + 1) {
            let after = sm[bi].end_tok;
            if let (MentionKind::Entity(b), true) = (sm[bi].kind, EVENT_HEADS.contains(&sent.word(after))) {
                let session_of = v.session_of;
                let of_body = |d: &Doc, l: usize| {
                    d.facts.iter().any(|f| {
                        f.subject == l && f.relation == session_of && f.object == crate::fact::Object::Entity(b)
                    })
                };
                if d.k.ontology.is_a(d.class_of(b), v.body) && !sent.is_capitalised(after) {
                    if let Some(e) = last(d, sm, t, |d, l| {
                        d.k.ontology.is_a(d.class_of(l), v.event) && of_body(d, l)
                    }) {
                        sm[bi].hidden = true;
                        found.push((t, after + 1, e));
                        t = after + 1;
                        continue;
                    }
                }
            }
        }
        // "the Vietnamese ministry": the agency of that state last named
        // with that word heading its name.
        if w == "the" {
            if let Some(ci) = sm.iter().position(|m| {
                !m.hidden
                    && m.first_tok == t + 1
                    && matches!(m.kind, MentionKind::Entity(c) if d.k.ontology.is_a(d.class_of(c), v.country))
            }) {
                let h = sm[ci].end_tok;
                let MentionKind::Entity(state) = sm[ci].kind else {
                    unreachable!()
                };
                if AGENCY_HEADS.contains(&sent.word(h)) && !sent.is_capitalised(h) && !covered(sm, h) {
                    let hw = sent.word(h).to_string();
                    let agency = last(d, sm, t, |d, l| {
                        // (The word heads or ends its name: "the Vietnamese
                        // procuracy" is the Supreme People's Procuracy.)
                        let heads = |name: &str| {
                            let f = crate::text::fold(name);
                            f.split(' ').next() == Some(hw.as_str()) || f.split(' ').next_back() == Some(hw.as_str())
                        };
                        d.k.ontology.is_a(d.class_of(l), v.agency) && any_name(d, l, heads) && agency_of(d, l, state)
                    });
                    if let Some(a) = agency {
                        sm[ci].hidden = true;
                        found.push((t, h + 1, a));
                        t = h + 1;
                        continue;
                    }
                }
            }
        }
        // the (modifiers)* HEAD
        let mut h = t + 1;
        while h < n
            && !covered(sm, h)
            && (MODIFIERS.contains(&sent.word(h))
                || (matches!(sent.word(h), "opening" | "closing") && EVENT_HEADS.contains(&sent.word(h + 1))))
        {
            h += 1;
        }
        if h >= n || covered(sm, h) {
            t += 1;
            continue;
        }
        let head = sent.word(h);
        let next = sent.word(h + 1);
        // "the Convention against Torture", "the meeting of the ASEAN …": a
        // new name or a new event, not a reference.
        // ("the course on Monday", "the meeting on 3 May": a day, not a name.)
        // (A part of an event on a day is not the event: "the general debate
        // on May 17" keeps its date to itself, so it is left alone.)
        let part =
            (t + 1..=h).any(|k| matches!(sent.word(k), "opening" | "closing" | "plenary" | "general" | "debate"));
        let day = |k: usize| !part && crate::extract::dates::is_day_or_month_name(sent.word(k));
        // ("the opening ceremony on Tuesday": a weekday dates nothing here,
        // so the part is the event's.)
        let weekday = |k: usize| {
            matches!(
                sent.word(k),
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            )
        };
        // ("the closing session on 24/11": a part dated on its own keeps
        // its date, as "the general debate on May 17" does.)
        let part_dated = part
            && sm.iter().any(|m| {
                !m.hidden && m.first_tok <= h + 1 && h + 1 < m.end_tok && matches!(m.kind, MentionKind::Date(_))
            });
        let names_more = part_dated
            || matches!(next, "on" | "against" | "of" | "for" | "to")
                && sent.is_capitalised(h + 2)
                && !day(h + 2)
                && !(next == "on" && weekday(h + 2))
            || sent.is_capitalised(h + 1) && !covered(sm, h + 1);
        if names_more {
            t += 1;
            continue;
        }
        // "the Conference" is a body when one of that name is in view, else
        // (as an event head) the conference in view.
        let body_ref = if BODY_HEADS.contains(&head) && sent.is_capitalised(h) && !TREATY_HEADS.contains(&head) {
            let body = v.body;
            let hw = head.to_string();
            last(d, sm, t, move |d, l| {
                // Any of its names ("the Organization": INTERPOL, whose
                // gazetteer names include "International Criminal Police
                // Organization").
                let has = |name: &str| crate::text::fold(name).split(' ').any(|x| x == hw);
                d.k.ontology.is_a(d.class_of(l), body) && any_name(d, l, has)
            })
            .or_else(|| {
                // The body of an event in view: "The General Assembly" after
                // "the 85th session of the INTERPOL General Assembly".
                let words = super::events::name_words(sent, t + 1, h + 1);
                super::events::body_in_view(d, &words)
            })
            .or_else(|| {
                // None named before: "the General Assembly" is the UN's when
                // the gazetteer knows "UN General Assembly".
                let written = sent.text_between(t + 1, h);
                let idx = d.k.gazetteer.lookup(&format!("UN {written}"))?;
                d.k.ontology
                    .is_a(d.k.gazetteer.get(idx).class, body)
                    .then(|| d.entity_for_known(idx))
            })
        } else {
            None
        };
        // "the four-day General Assembly": a body's meeting, which lasts.
        let durational = (t + 1..h).any(|k| matches!(sent.word(k), "day" | "days" | "week" | "month"));
        // "the convention, also known as the Palermo Convention": the name
        // given right after it.
        let known_as = || {
            let mut k = h + 1;
            if sent.word(k) == "," {
                k += 1;
            }
            if sent.word(k) == "also" {
                k += 1;
            }
            if !(matches!(sent.word(k), "known" | "called") && sent.word(k + 1) == "as") {
                return None;
            }
            super::entity_starting(d, sm, sent.past_the(k + 2), &[v.treaty]).map(|(l, _)| l)
        };
        let named_as = if TREATY_HEADS.contains(&head) { known_as() } else { None };
        let target = if named_as.is_some() {
            named_as
        } else if matches!(head, "convention" | "protocol") {
            // "the Convention" after "UNTOC and its Protocol": a treaty
            // named a convention, when one is in view; "the Protocol" after
            // "the Protocol against the Smuggling of Migrants …, which
            // supplements UNTOC": the protocol.
            salient_treaty_named(d, sm, t, head).or_else(|| salient_treaty(d, sm, t))
        } else if TREATY_HEADS.contains(&head) {
            salient_treaty(d, sm, t)
        } else if !durational && body_ref.is_some()
            || (!durational
                && BODY_HEADS.contains(&head)
                && sent.is_capitalised(h)
                && (!EVENT_HEADS.contains(&head) || matches!(next, "of" | "for" | "on" | "to")))
        {
            body_ref
        } else if matches!(head, "opening" | "closing") && !sent.is_capitalised(h) {
            // "spoke at the opening": a part of the document's main event.
            d.main_event
        } else if EVENT_HEADS.contains(&head)
            && (t + 1..h).any(|k| matches!(sent.word(k), "opening" | "closing" | "plenary" | "general"))
            && d.main_event.is_some()
        {
            // "the opening ceremony", "the plenary session": parts of the main event.
            d.main_event
        } else if EVENT_HEADS.contains(&head) || durational {
            // "the workshop" refers to a workshop or seminar, "the session" to
            // a session, meeting, webinar or congress; "the event" to any.
            // "the signing event" is a ceremony.
            let fam = if head == "event" && (t + 1..h).any(|k| sent.word(k) == "signing") {
                Family::Ceremony
            } else {
                family(head)
            };
            // A bare "the event" is the document's main event when that was
            // named in the last five sentences.
            let bare = h == t + 1;
            let main = match d.main_event {
                Some(m) if head == "event" && bare => {
                    let now = sent.index;
                    let seen = d
                        .recent
                        .iter()
                        .zip(&d.recent_sent)
                        .any(|(&l, &s)| l == m && s + 5 >= now);
                    // (Not when the sentence before named another event:
                    // "… co-organised a side event on April 27 …. The event
                    // featured speakers from …".)
                    let other_just_named = d
                        .recent
                        .iter()
                        .zip(&d.recent_sent)
                        .any(|(&l, &s)| s + 1 == now && l != m && d.k.ontology.is_a(d.class_of(l), v.event));
                    (seen && !other_just_named).then_some(m)
                }
                // "The Meeting adopted …" in a meeting's own statement: a bare
                // head in capitals is the document's event, not the last one
                // named ("The Meeting was preceded by the 24th SOMTC").
                Some(m)
                    if bare
                        && sent.is_capitalised(h)
                        && family_of_class(&d.k.ontology.class(d.class_of(m)).name) == fam =>
                {
                    Some(m)
                }
                _ => None,
            };
            // ("the signing ceremony, which will take place in Ha Noi" with
            // the Convention in view and no ceremony named yet: its signing.)
            let signing = (fam == Family::Ceremony && (t + 1..h).any(|k| sent.word(k) == "signing"))
                .then(|| salient_treaty(d, sm, t))
                .flatten();
            main.or_else(|| {
                last(d, sm, t, |d, l| {
                    let name = d.k.ontology.class(d.class_of(l)).name.as_str();
                    d.k.ontology.is_a(d.class_of(l), v.event) && (fam == Family::Any || family_of_class(name) == fam)
                })
                .map(|e| {
                    // (Named in this very sentence: that one.)
                    let here = sm
                        .iter()
                        .any(|m| !m.hidden && m.first_tok < t && m.kind == MentionKind::Entity(e));
                    if here {
                        e
                    } else {
                        same_series_main(d, e).unwrap_or(e)
                    }
                })
            })
            .or_else(|| {
                let class = d.k.ontology.class_by_name("SigningCeremony")?;
                let tr = signing?;
                let ev = super::events::signing_event(d, class, tr);
                let span = crate::text::Span::new(sent.toks[t].start, sent.toks[h].end);
                let evidence = crate::fact::Evidence::asserted(sent.index, span, "event.treaty-signing", 0.75);
                d.add_fact(ev, v.concerns, crate::fact::Object::Entity(tr), evidence);
                Some(ev)
            })
        } else if AGENCY_HEADS.contains(&head) && w == "the" && h == t + 1 {
            // "the Inspectorate had been working with UNODC", "which the
            // ministry is preparing": the agency last named with that word in
            // its name.
            let (agency, body) = (v.agency, v.body);
            let hw = head.to_string();
            last(d, sm, t, move |d, l| {
                let c = d.class_of(l);
                // (The word heads the name: "Ministry of Public Security",
                // "Government Inspectorate"; not "Criminal Police Department
                // of the Ministry of …".)
                let has = |name: &str| {
                    let f = crate::text::fold(name);
                    f.split(' ').next() == Some(hw.as_str()) || f.split(' ').next_back() == Some(hw.as_str())
                };
                (d.k.ontology.is_a(c, agency) || d.k.ontology.is_a(c, body)) && any_name(d, l, has)
            })
            .or_else(|| (head == "ministry").then(|| ministry_of_minister(d)).flatten())
        } else if matches!(head, "country" | "nation") && w == "the" {
            let country = v.country;
            last(d, sm, t, |d, l| d.k.ontology.is_a(d.class_of(l), country))
        } else {
            None
        };
        // "hosted the conference in Hanoi in 2019": not the conference of
        // 2025 named before — a year in the sentence that is not the event's.
        let target = target.filter(|&e| !year_clash(d, sm, e));
        // "the first meeting of the open-ended expert group on cybercrime":
        // an event of another body is another event.
        let target = target.filter(|&e| {
            if next != "of" || !d.k.ontology.is_a(d.class_of(e), v.event) {
                return true;
            }
            let owner = sm
                .iter()
                .filter(|m| !m.hidden && m.first_tok > h + 1 && m.first_tok <= h + 8)
                .find_map(|m| match m.kind {
                    MentionKind::Entity(l)
                        if d.k.ontology.is_a(d.class_of(l), v.body) || d.k.ontology.is_a(d.class_of(l), v.agency) =>
                    {
                        Some(l)
                    }
                    _ => None,
                });
            owner.is_none_or(|o| {
                d.facts
                    .iter()
                    .any(|f| f.subject == e && f.object == crate::fact::Object::Entity(o))
            })
        });
        if let Some(l) = target {
            found.push((t, h + 1, l));
            t = h + 1;
        } else {
            t += 1;
        }
    }
    for (a, b, l) in found {
        sm.push(SMention::over(sent, a, b, MentionKind::Entity(l)));
    }
    sm.sort_by_key(|m| m.span.start);
}

/// The last two entities of a class named before token `before` (in this
/// sentence, right to left, then earlier ones): "both conventions", "the two
/// countries".
fn last_two(d: &Doc, sm: &[SMention], before: usize, class: crate::ontology::ClassId) -> Option<[usize; 2]> {
    let here = sm
        .iter()
        .filter(|m| !m.hidden && m.end_tok <= before)
        .filter_map(|m| match m.kind {
            MentionKind::Entity(l) => Some(l),
            MentionKind::Date(_) => None,
        });
    let mut pair: Vec<usize> = Vec::new();
    for l in here.rev().chain(d.recent.iter().rev().copied()) {
        if d.k.ontology.is_a(d.class_of(l), class) && !pair.contains(&l) {
            pair.push(l);
            if pair.len() == 2 {
                return Some([pair[0], pair[1]]);
            }
        }
    }
    None
}

/// The two states named most often so far, when both were named at least
/// twice and more often than any other.
fn salient_two_countries(d: &Doc) -> Option<[usize; 2]> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &l in &d.recent {
        if d.k.ontology.is_a(d.class_of(l), d.k.vocab.country) {
            match counts.iter_mut().find(|(x, _)| *x == l) {
                Some((_, c)) => *c += 1,
                None => counts.push((l, 1)),
            }
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [a, b] if b.1 >= 2 => Some([a.0, b.0]),
        [a, b, c, ..] if b.1 >= 2 && b.1 > c.1 => Some([a.0, b.0]),
        _ => None,
    }
}

/// Whether the sentence dates something in a year the event (an event with
/// a known start) did not take place in.
fn year_clash(d: &Doc, sm: &[SMention], e: usize) -> bool {
    if !d.k.ontology.is_a(d.class_of(e), d.k.vocab.event) {
        return false;
    }
    let years: Vec<i32> = d
        .facts
        .iter()
        .filter(|f| f.subject == e && f.relation == d.k.vocab.start_date)
        .filter_map(|f| match f.object {
            crate::fact::Object::Date(x) => Some(x.year),
            _ => None,
        })
        .collect();
    !years.is_empty()
        && sm.iter().any(|m| match m.kind {
            MentionKind::Date(dv) => !years.contains(&dv.start.year),
            _ => false,
        })
}

/// The treaty "the Convention" or "the pact" refers to: one named earlier in
/// the sentence or in the two before it (the latest), else the one named
/// most often so far (the document's subject), the latest among equals.
pub(super) fn salient_treaty(d: &Doc, sm: &[SMention], before_tok: usize) -> Option<usize> {
    salient_treaty_where(d, sm, before_tok, |_| true)
}

/// [`salient_treaty`] among the treaties one of whose names holds the word
/// `head` ("the Convention": UNTOC, not the Protocol named after it).
pub(super) fn salient_treaty_named(d: &Doc, sm: &[SMention], before_tok: usize, head: &str) -> Option<usize> {
    let has = |name: &str| name.split([' ', '-']).any(|w| w.eq_ignore_ascii_case(head));
    salient_treaty_where(d, sm, before_tok, |l| {
        any_name(d, l, has) || d.entities[l].alt_labels.iter().any(|a| has(a))
    })
}

fn salient_treaty_where(d: &Doc, sm: &[SMention], before_tok: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
    let treaty = d.k.vocab.treaty;
    let is_treaty = |l: usize| d.k.ontology.is_a(d.class_of(l), treaty) && ok(l);
    let here = super::nearest_before(sm, before_tok, is_treaty);
    if here.is_some() {
        return here;
    }
    let current = d.recent_sent.last().copied().unwrap_or(0);
    let near = d
        .recent
        .iter()
        .zip(&d.recent_sent)
        .rev()
        .take_while(|(_, &s)| s + 2 >= current)
        .find(|(&l, _)| is_treaty(l))
        .map(|(&l, _)| l);
    if near.is_some() {
        return near;
    }
    // The treaty the document's main event is about (an interview on the
    // signing ceremony of a convention: "the Convention" is that one).
    if let Some(main) = d.main_event {
        let about = d.facts.iter().find_map(|f| match f.object {
            crate::fact::Object::Entity(t) if f.subject == main && f.relation == d.k.vocab.concerns && is_treaty(t) => {
                Some(t)
            }
            _ => None,
        });
        if about.is_some() {
            return about;
        }
    }
    let mut seen: Vec<usize> = d.recent.clone();
    let mut here: Vec<&SMention> = sm.iter().filter(|m| !m.hidden && m.end_tok <= before_tok).collect();
    here.sort_by_key(|m| m.first_tok);
    seen.extend(here.iter().filter_map(|m| match m.kind {
        MentionKind::Entity(l) => Some(l),
        MentionKind::Date(_) => None,
    }));
    let mut best: Option<(usize, usize, usize)> = None; // (count, last position, entity)
    for (pos, &l) in seen.iter().enumerate() {
        if !is_treaty(l) {
            continue;
        }
        let count = seen.iter().filter(|&&x| x == l).count();
        if best.is_none_or(|(c, p, _)| (count, pos) > (c, p)) {
            best = Some((count, pos, l));
        }
    }
    best.map(|(_, _, l)| l)
}

/// When the event last named is another numbered session of the series the
/// document's main event belongs to ("results since the 13th AMMTC … At the
/// end of the meeting, …" in a report on the 14th), "the meeting" is the main
/// event: past sessions are named for reference.
fn same_series_main(d: &Doc, e: usize) -> Option<usize> {
    let m = d.main_event?;
    if m == e || d.entities[m].ordinal.is_none() || d.entities[e].ordinal.is_none() {
        return None;
    }
    let a = series(d, m)?;
    (series(d, e) == Some(a)).then_some(m)
}

/// The series a numbered event belongs to, as the slug of its body: from a
/// vnkg:sessionOf fact read in the document, else the gazetteer's, else the
/// key it was minted under ("aseanapol-44": "the 44th Conference" named after
/// the 43rd ASEANAPOL Conference has no sessionOf fact of its own).
fn series(d: &Doc, e: usize) -> Option<String> {
    let slug_of = |l: usize| match &d.entities[l].id {
        EntityId::Known(idx) => d.k.gazetteer.get(*idx).iri.rsplit('/').next().map(str::to_string),
        EntityId::Minted { key, .. } => Some(crate::text::slug(key)),
    };
    let so = d.k.vocab.session_of;
    if let Some(crate::fact::Object::Entity(b)) = d
        .facts
        .iter()
        .find(|f| f.subject == e && f.relation == so)
        .map(|f| f.object.clone())
    {
        return slug_of(b);
    }
    match &d.entities[e].id {
        EntityId::Known(idx) => {
            let body = d.k.gazetteer.get(*idx).session_of.clone()?;
            body.rsplit('/').next().map(str::to_string)
        }
        EntityId::Minted { dir: "event", key } => {
            let n = d.entities[e].ordinal?;
            key.strip_suffix(&format!("-{n}")).map(str::to_string)
        }
        EntityId::Minted { .. } => None,
    }
}

/// "the Conference of the States Parties to the UNCAC": a body of a treaty
/// named by a generic name the gazetteer gives to one treaty's body, then
/// "to TREATY", is that treaty's body (the gazetteer's "<name> to <treaty>"
/// names, `Knowledge::treaty_bodies`); the mention grows over the treaty's
/// name. With `salient`, "… to the convention" is the body of the treaty in
/// view.
pub(super) fn treaty_bodies(d: &mut Doc, sent: &Sent, sm: &mut [SMention], salient: bool) {
    if d.k.treaty_bodies.is_empty() {
        return;
    }
    let (body, treaty) = (d.k.vocab.body, d.k.vocab.treaty);
    for mi in 0..sm.len() {
        let MentionKind::Entity(l) = sm[mi].kind else { continue };
        if sm[mi].hidden || !d.k.ontology.is_a(d.class_of(l), body) {
            continue;
        }
        let written = crate::text::fold(&sent.text[sm[mi].span.start..sm[mi].span.end]);
        // "… to the convention" inside the name: the treaty in view; so is a
        // bare "the Convention's Conference of the States Parties" (the
        // gazetteer gives the bare name to one treaty's body).
        if salient {
            for generic in [" to the convention", " to the treaty", ""] {
                let Some(head) = written.strip_suffix(generic) else {
                    continue;
                };
                if generic.is_empty() && sent.word(sm[mi].end_tok) == "to" {
                    continue;
                }
                let Some(t) = salient_treaty(d, sm, sm[mi].first_tok) else {
                    continue;
                };
                let EntityId::Known(ti) = d.entities[t].id else {
                    continue;
                };
                if let Some(&b) = d.k.treaty_bodies.get(&(head.to_string(), ti)) {
                    let kind = MentionKind::Entity(d.entity_for_known(b));
                    // (The document's mention of it too, already recorded.)
                    let span = sm[mi].span;
                    if let Some(m) = d.mentions.iter_mut().rev().find(|m| m.span == span) {
                        m.kind = kind;
                    }
                    sm[mi].kind = kind;
                }
            }
        }
        // "… to (the) TREATY" after the name.
        let mut t = sm[mi].end_tok;
        if sent.word(t) != "to" {
            continue;
        }
        t += 1;
        t = sent.past_the(t);
        let Some(ti_m) = sm.iter().position(|m| !m.hidden && m.first_tok == t) else {
            continue;
        };
        let MentionKind::Entity(tl) = sm[ti_m].kind else {
            continue;
        };
        if !d.k.ontology.is_a(d.class_of(tl), treaty) {
            continue;
        }
        let EntityId::Known(ti) = d.entities[tl].id else {
            continue;
        };
        if let Some(&b) = d.k.treaty_bodies.get(&(written.clone(), ti)) {
            let end = sm[ti_m].end_tok;
            let span_end = sm[ti_m].span.end;
            sm[ti_m].hidden = true;
            sm[mi].kind = MentionKind::Entity(d.entity_for_known(b));
            sm[mi].end_tok = end;
            sm[mi].span.end = span_end;
        }
    }
}
