//! The opening of a statement or report: the event named in its heading is
//! the document's main event; a dateline ("Vienna, 16 May 2022") places it; a
//! "Delivered by NAME" line says who spoke at it, for the country whose
//! statement it is ("STATEMENT OF VIET NAM AT …").

use super::{Doc, SMention, Sent};
use crate::fact::{Evidence, MentionKind, Modality, Object, PartialDate};
use std::sync::Arc;

/// How many sentences count as the opening.
const OPENING: usize = 8;

fn ev(sent: &Sent, m: &SMention, rule: &str) -> Evidence {
    Evidence::asserted(sent.index, m.span, rule, 0.8)
}

/// A statement's heading: whose statement it is, who delivered it, and
/// whether the speaker heads the delegation.
pub(crate) struct StatementHeader {
    country: Option<(usize, Evidence)>,
    speaker: Option<(usize, Evidence)>,
    head: bool,
}

/// Reads "STATEMENT OF <country> …" or "STATEMENT BY [H.E. MR.] NAME, …"
/// starting at token `s0`.
fn statement_header(d: &mut Doc, sent: &Sent, visible: &[&SMention], s0: usize) -> StatementHeader {
    let (v, ont) = (d.k.vocab, &d.k.ontology);
    let country = visible.iter().find_map(|m| match m.kind {
        MentionKind::Entity(l) if ont.is_a(d.class_of(l), v.country) => Some((l, ev(sent, m, "document.statement-of"))),
        _ => None,
    });
    if let Some((c, _)) = country {
        d.statement_of = Some(c);
    }
    // The speaker, named first (forms of address may come before), speaks
    // for the state whose statement it is.
    let speaker = visible
        .iter()
        .find(|m| {
            m.first_tok <= s0 + 10 && matches!(m.kind, MentionKind::Entity(l) if ont.is_a(d.class_of(l), v.person))
        })
        .filter(|m| !visible.iter().any(|o| o.first_tok < m.first_tok))
        .and_then(|m| match m.kind {
            MentionKind::Entity(p) => Some((p, ev(sent, m, "document.statement-by"))),
            MentionKind::Date(_) => None,
        });
    let n = sent.toks.len();
    // ("HEAD OF THE VIETNAMESE DELEGATION": a state's adjective may come
    // before the noun.)
    let head = (s0..n).any(|k| {
        let after = sent.past_the(k + 2);
        sent.word(k) == "head"
            && sent.word(k + 1) == "of"
            && (sent.word(after) == "delegation" || sent.word(after + 1) == "delegation")
    });
    StatementHeader { country, speaker, head }
}

/// The facts of a statement's heading, at the document's main event.
fn tell_statement(d: &mut Doc, main: usize, h: StatementHeader) {
    let v = d.k.vocab;
    // The country whose statement it is took part in the event.
    if let Some((c, e)) = &h.country {
        d.add_fact(*c, v.participated_in, Object::Entity(main), e.clone());
    }
    let Some((p, e)) = h.speaker else { return };
    d.add_fact(p, v.spoke_at, Object::Entity(main), e.clone());
    if let Some(c) = d.statement_of {
        d.add_fact(p, v.representing, Object::Entity(c), e.clone());
    }
    if let (true, Some(led)) = (h.head, d.k.ontology.property("ledDelegationTo")) {
        d.add_fact(p, led, Object::Entity(main), e);
    }
}

/// "In his speech, NAME …", "In her opening remarks, NAME …": the person
/// spoke at the event last named (or the document's main event).
pub(super) fn speech(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: `said_in_speech` needs "said", "says" or "added"; the "told
    // participants" reading needs one of its verbs (all in gate::SPEECH);
    // the rest returns unless the sentence starts with "in", "speaking",
    // "addressing" or "taking". Without any of these nothing is read.
    if !sent.may(super::gate::SPEECH) && !matches!(sent.word(0), "in" | "speaking" | "addressing" | "taking") {
        return;
    }
    let v = d.k.vocab;
    // "…," said NAME, post, "in her opening remarks.": the speaker quoted
    // before a closing speech phrase.
    if let Some(m) = said_in_speech(d, sent, sm) {
        if let Some(e) = event_spoken_at(d) {
            let MentionKind::Entity(p) = m.kind else { return };
            d.add_fact(p, v.spoke_at, Object::Entity(e), ev(sent, &m, "document.in-his-speech"));
        }
        return;
    }
    // "Inspector General NAME told participants that …": a speaker at the
    // event in view.
    // ("NAME, …, also delivered remarks": a speech, with no event named.)
    let delivered = |t: usize| {
        matches!(
            sent.word(t),
            "delivered" | "delivers" | "gave" | "gives" | "made" | "makes"
        ) && (t + 1..(t + 4).min(sent.toks.len())).any(|k| {
            matches!(
                sent.word(k),
                "remarks" | "speech" | "address" | "statement" | "keynote" | "presentation"
            )
        }) && !sm
            .iter()
            .any(|m| !m.hidden && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.event)))
    };
    let told = (1..sent.toks.len()).find(|&t| {
        delivered(t)
            || matches!(sent.word(t), "told" | "briefed" | "reminded" | "urged" | "assured")
                && matches!(
                    sent.word(t + 1),
                    "participants" | "delegates" | "attendees" | "the" | "fellow" | "trainees" | "those"
                )
                && (sent.word(t + 1) != "the"
                    || matches!(
                        sent.word(t + 2),
                        "participants" | "delegates" | "audience" | "attendees" | "trainees"
                    ))
    });
    if let Some(t) = told {
        let speaker = sm
            .iter()
            .filter(|m| !m.hidden && m.end_tok <= t && m.end_tok + 14 >= t)
            .find(|m| {
                matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person))
                    && !(m.end_tok..t).any(|k| matches!(sent.word(k), ";" | "said" | "who" | "which"))
            });
        let words = sent.words();
        let asserted = super::modality(&d.k.rules.cues, words, 0, t + 1, false) == Some(Modality::Asserted);
        if let (Some(m), Some(e), true) = (speaker.copied(), event_spoken_at(d), asserted) {
            if let MentionKind::Entity(p) = m.kind {
                d.add_fact(
                    p,
                    v.spoke_at,
                    Object::Entity(e),
                    ev(
                        sent,
                        &m,
                        if delivered(t) {
                            "document.delivered-remarks"
                        } else {
                            "document.told-participants"
                        },
                    ),
                );
            }
            return;
        }
    }
    // "In a video message, NAME …": a message to the event.
    let video = sent.word(0) == "in"
        && sent.word(1) == "a"
        && matches!(sent.word(2), "video" | "recorded" | "keynote")
        && matches!(sent.word(3), "message" | "address" | "statement" | "speech");
    // "In his speech, NAME …" or "Speaking in the general debate, NAME …".
    let comma = if video {
        4
    } else if sent.word(0) == "in" && matches!(sent.word(1), "his" | "her" | "their") {
        let mut t = 2;
        while t < 5
            && !matches!(
                sent.word(t),
                "speech" | "remarks" | "statement" | "address" | "intervention"
            )
        {
            t += 1;
        }
        if t >= 5 {
            return;
        }
        t + 1
    } else if matches!(sent.word(0), "speaking" | "addressing")
        // "Taking the floor in the general discussion, NAME said …"
        || (sent.word(0), sent.word(1), sent.word(2)) == ("taking", "the", "floor")
    {
        // The clause must not name an event itself (a rule reads that case).
        let names_event = |c: usize| {
            sm.iter().any(|m| {
                m.end_tok <= c && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.event))
            })
        };
        // ("Speaking to reporters, NAME said": not at the event.)
        let press = |c: usize| {
            (1..c).any(|k| {
                matches!(
                    sent.word(k),
                    "reporters" | "journalists" | "press" | "correspondent" | "media" | "interview"
                )
            })
        };
        match (1..12).find(|&k| sent.word(k) == ",") {
            Some(c) if !names_event(c) && !press(c) => c,
            _ => return,
        }
    } else {
        return;
    };
    if sent.word(comma) != "," {
        return;
    }
    // The speaker right after the comma ("Mr." and the like may come first,
    // or a rank: "Lt. Gen. NAME").
    let first = super::people::honorific_at(d, sent, comma + 1).unwrap_or(comma + 1);
    let Some(m) = sm.iter().find(|m| {
        !m.hidden
            && m.first_tok > comma
            && m.first_tok <= first.max(comma + 1) + 2
            && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person))
    }) else {
        return;
    };
    let MentionKind::Entity(p) = m.kind else { return };
    if !d.k.ontology.is_a(d.class_of(p), v.person) {
        return;
    }
    if let Some(e) = event_spoken_at(d) {
        d.add_fact(p, v.spoke_at, Object::Entity(e), ev(sent, m, "document.in-his-speech"));
    }
}

/// The venue of a speech told without its event: the document's main event,
/// else the event last named before this sentence (an event named in the
/// sentence is what was spoken of).
/// (A visit is no venue of a speech: one speaks at a meeting held during it.)
fn event_spoken_at(d: &Doc) -> Option<usize> {
    d.main_event
        .filter(|&l| d.is_gathering(l))
        .or_else(|| d.recent.iter().rev().copied().find(|&l| d.is_gathering(l)))
}

/// "said NAME, post, in her opening remarks", "NAME said in his keynote
/// speech": the person quoted right after "said" (or just before it), when
/// the sentence ends with "(, | said) in his|her|their (opening|closing|
/// keynote)? remarks|speech|statement|address".
fn said_in_speech(d: &Doc, sent: &Sent, sm: &[SMention]) -> Option<SMention> {
    let v = d.k.vocab;
    let n = sent.toks.len();
    // (Up to twelve tokens from the end: "…, in his closing address to the
    // Conference.")
    // ("President Cuong said in his opening remarks": or right after the
    // verb.)
    let k = (1..n).rev().take(12).find(|&k| {
        matches!(sent.word(k), "," | "said" | "says" | "added")
            && sent.word(k + 1) == "in"
            && matches!(sent.word(k + 2), "his" | "her" | "their")
            && (k + 3..(k + 5).min(n)).any(|j| {
                matches!(
                    sent.word(j),
                    "remarks" | "speech" | "statement" | "address" | "intervention"
                )
            })
    })?;
    let said = (0..=k).find(|&t| matches!(sent.word(t), "said" | "says" | "added"))?;
    sm.iter()
        .find(|m| {
            !m.hidden
                && m.end_tok <= k
                && ((m.first_tok > said && m.first_tok <= said + 3) || m.end_tok == said)
                && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person))
        })
        .copied()
}

pub(super) fn opening(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    if sent.index >= OPENING {
        return;
    }
    let v = d.k.vocab;
    let ont = &d.k.ontology;
    let visible: Vec<&SMention> = sm.iter().filter(|m| !m.hidden).collect();
    let class_of = |d: &Doc, m: &SMention| match m.kind {
        MentionKind::Entity(l) => Some(d.class_of(l)),
        MentionKind::Date(_) => None,
    };
    if d.main_event.is_none() && d.opening {
        // ("X held talks with Y, who is on an official visit to Viet Nam":
        // the talks, which events::receptions reads next, are what is
        // reported, not the visit around them.)
        let meeting_verb = (0..sent.toks.len()).any(|k| {
            matches!(
                sent.word(k),
                "talks" | "received" | "receives" | "met" | "meets" | "hosted" | "hosts"
            )
        });
        // (A sentence dated only long before the document tells of the
        // past: "the Convention was signed on 21 November 2015 at the 27th
        // Summit" in a report of 2017 does not report the Summit. An
        // operation runs for months and is reported after. Only dates with
        // their months count: a document dated by its year alone may be a
        // later summary of the events it names.)
        let months = |p: PartialDate| p.year * 12 + p.month.map_or(0, i32::from);
        let long_past = |p: PartialDate, today: PartialDate| match (p.month, today.month) {
            (Some(_), Some(_)) => months(today) - months(p) > 2,
            _ => false,
        };
        let mut dates = visible.iter().filter_map(|m| match m.kind {
            MentionKind::Date(dv) => Some(dv.end.unwrap_or(dv.start)),
            _ => None,
        });
        let background = d.date.is_some_and(|today| {
            let first = dates.next();
            first.is_some_and(|p| long_past(p, today)) && dates.all(|p| long_past(p, today))
        });
        d.main_event = visible.iter().find_map(|m| match m.kind {
            MentionKind::Entity(l)
                if ont.is_a(d.class_of(l), v.event)
                    && (!meeting_verb || d.is_gathering(l))
                    && !(background && d.is_gathering(l) && ont.class(d.class_of(l)).name != "Operation") =>
            {
                Some(l)
            }
            _ => None,
        });
        // "STATEMENT OF <country> AT <event>", "STATEMENT BY MS. NAME, …,
        // HEAD OF DELEGATION OF <country>" (the event may come on the next
        // line): read now, told once the main event is known.
        let mut s0 = 0;
        while matches!(sent.word(s0), "*" | "_" | "#") {
            s0 += 1;
        }
        if sent.word(s0) == "statement" && matches!(sent.word(s0 + 1), "of" | "by") {
            d.pending_statement = Some(statement_header(d, sent, &visible, s0));
        }
    }
    if let (Some(main), true) = (d.main_event, d.opening) {
        if let Some(h) = d.pending_statement.take() {
            tell_statement(d, main, h);
        }
    }
    let Some(main) = d.main_event else { return };
    // Skip leading markup ("*", "_").
    let mut first = 0;
    while matches!(sent.word(first), "*" | "_" | "(" | "[") {
        first += 1;
    }
    // A dateline: "PLACE, DATE" and nothing else.
    let words: usize = sent.toks.len() - first;
    if words <= 10 && visible.len() == 2 {
        let (a, b) = (visible[0], visible[1]);
        let place = class_of(d, a).is_some_and(|c| ont.is_a(c, v.place) || ont.is_a(c, v.country));
        let date = matches!(b.kind, MentionKind::Date(_));
        if place && date && a.first_tok == first && sent.word(a.end_tok) == "," {
            if let MentionKind::Entity(p) = a.kind {
                d.add_fact(main, v.held_in, Object::Entity(p), ev(sent, a, "document.dateline"));
            }
            // A range in the dateline is the event's own dates.
            if let MentionKind::Date(dv) = b.kind {
                if let Some(e) = dv.end {
                    d.add_fact(
                        main,
                        v.start_date,
                        Object::Date(dv.start),
                        ev(sent, b, "document.dateline"),
                    );
                    d.add_fact(main, v.end_date, Object::Date(e), ev(sent, b, "document.dateline"));
                }
            }
        }
    }
    // A news dateline before the story of the event: "GLASGOW, United
    // Kingdom – INTERPOL's General Assembly today elected …". Only when the
    // sentence names the event and no other place.
    if sent.index <= 2 {
        if let Some(a) = visible.first().filter(|m| m.first_tok == first) {
            let is_place = class_of(d, a).is_some_and(|c| ont.is_a(c, v.place));
            let mut k = a.end_tok;
            if sent.word(k) == "," {
                k += 1;
                if let Some(c) = visible.iter().find(|m| m.first_tok == k) {
                    k = c.end_tok;
                }
            }
            if sent.word(k) == "(" {
                k = (k..(k + 6).min(sent.toks.len()))
                    .find(|&j| sent.word(j) == ")")
                    .map_or(k, |j| j + 1);
            }
            let dash = matches!(sent.orig(k), "–" | "-" | "—");
            let names_main = visible
                .iter()
                .any(|m| m.first_tok > k && m.kind == MentionKind::Entity(main));
            let other_place = visible.iter().any(|m| {
                m.first_tok > k && class_of(d, m).is_some_and(|c| ont.is_a(c, v.place) || ont.is_a(c, v.country))
            });
            if is_place && dash && names_main && !other_place {
                if let MentionKind::Entity(p) = a.kind {
                    let ev = Evidence::asserted(sent.index, a.span, "document.news-dateline", 0.7);
                    d.add_fact(main, v.held_in, Object::Entity(p), ev);
                }
            }
        }
    }
    // "Delivered by Mrs. NAME, …"
    if sent.word(first) == "delivered" && sent.word(first + 1) == "by" {
        if let Some(m) = visible
            .iter()
            .find(|m| class_of(d, m).is_some_and(|c| ont.is_a(c, v.person)) && m.first_tok <= first + 5)
        {
            if let MentionKind::Entity(p) = m.kind {
                d.add_fact(
                    p,
                    v.spoke_at,
                    Object::Entity(main),
                    ev(sent, m, "document.delivered-by"),
                );
                if let Some(c) = d.statement_of {
                    d.add_fact(
                        p,
                        v.representing,
                        Object::Entity(c),
                        ev(sent, m, "document.statement-of"),
                    );
                }
                // ("…, Head of the Delegation of Viet Nam": who led it.)
                let n = sent.toks.len();
                let head = (m.end_tok..n).any(|k| {
                    let after = sent.past_the(k + 2);
                    sent.word(k) == "head" && sent.word(k + 1) == "of" && sent.word(after) == "delegation"
                });
                if let (true, Some(led)) = (head, d.k.ontology.property("ledDelegationTo")) {
                    d.add_fact(p, led, Object::Entity(main), ev(sent, m, "document.delivered-by"));
                }
            }
        }
    }
}

/// People who take part wherever they are named with where they come from
/// (not "representatives" or "officials": they are often quoted about an
/// event rather than taking part in it).
pub(super) const PEOPLE: &[&str] = &[
    "speakers",
    "delegates",
    "participants",
    "delegations",
    "counterparts",
    "observers",
];
/// Officials, observers and the like take part only where the sentence
/// gathers them: "The meeting brought together officials from A and B",
/// "the event gathered police chiefs from …, and representatives of C".
pub(super) const GATHERED: &[&str] = &[
    "officials",
    "representatives",
    "diplomats",
    "observers",
    "officers",
    "points",
    "chiefs",
    "heads",
    "investigators",
    "prosecutors",
    "judges",
    "experts",
    "partners",
    "police",
    "agencies",
    "authorities",
    "units",
];
/// Where people were drawn from: "Its members come from A and B",
/// "trainees were drawn from C".
pub(super) const DRAWN: &[&str] = &["members", "attendees", "trainees"];

/// "Speakers from Japan, Singapore, Pakistan and Viet Nam shared …",
/// "delegates from more than 30 countries": the countries and bodies whose
/// people took part are participants of the event the sentence names, else
/// of the document's main event when it was named in the last five
/// sentences.
pub(super) fn participants(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: every fact below needs a word of gate::PARTICIPANTS (`people`,
    // `drawn`, "participating", "part", "represented", "present",
    // "attending", "together", "alongside", "along", "involves", "involved",
    // "involving", "participated"): "represented by" is one; the list after
    // "representing" follows a word of `PEOPLE`; and the main loop over `t`
    // goes on (`continue`) unless the token or one of its neighbours is
    // such a word. What comes before those only reads.
    if !sent.may(super::gate::PARTICIPANTS) {
        return;
    }
    let v = d.k.vocab;
    let is_event = |d: &Doc, l: usize| d.k.ontology.is_a(d.class_of(l), v.event);
    let in_sentence = sm.iter().filter(|m| !m.hidden).find_map(|m| match m.kind {
        MentionKind::Entity(l) if is_event(d, l) => Some(l),
        _ => None,
    });
    // The main event, when named in the last five sentences or when no other
    // event has been named yet ("Participants came from …" eight sentences
    // after the only workshop the report tells of).
    let main_recent = d.main_event_within(sent.index, 8).or_else(|| {
        d.main_event
            .filter(|&m| d.recent.iter().all(|&l| l == m || !is_event(d, l)))
    });
    // ("The event featured speakers from A, B and C": an event that is the
    // sentence's subject is the one it tells of, not the main event.)
    let subject_event = sm
        .iter()
        .filter(|m| !m.hidden && m.first_tok <= 1)
        .find_map(|m| match m.kind {
            MentionKind::Entity(l) if is_event(d, l) => Some(l),
            _ => None,
        });
    let event = subject_event.or(main_recent).or(in_sentence);
    let Some(event) = event else { return };
    let n = sent.toks.len();
    // (The sentence's modality, read only where it decides.)
    let asserted_once = std::cell::OnceCell::new();
    let asserted = || {
        *asserted_once.get_or_init(|| {
            let plain = super::words_outside_names(sent, sm);
            super::modality(&d.k.rules.cues, &plain, 0, plain.len(), false) == Some(Modality::Asserted)
        })
    };
    // ("the Joint Centre in Ho Chi Minh City, which brings together
    // officers of A and B": a relative clause tells of what it follows,
    // here no event.)
    let of_other = |t: usize| {
        t >= 2 && matches!(sent.word(t - 1), "which" | "that") && {
            let j = if sent.word(t - 2) == "," { t - 2 } else { t - 1 };
            !sm.iter()
                .any(|m| !m.hidden && m.end_tok == j && matches!(m.kind, MentionKind::Entity(l) if is_event(d, l)))
        }
    };
    let gathering = (0..n).any(|t| {
        matches!(
            (sent.word(t), sent.word(t + 1)),
            ("brought" | "brings" | "bringing", "together")
                    | (
                        "gathered" | "gathers" | "gathering" | "drew" | "draws" | "attracted" | "attracts",
                        _
                    )
        ) && !of_other(t)
            || matches!(
                (sent.word(t), sent.word(t + 1)),
                ("attended", "by")
                    | ("joined", "by")
                    // "Officials of the Secretariat were also in attendance"
                    | ("in", "attendance")
                    | ("participating" | "present" | "attending", "were")
                    // "The operation involved police and customs agencies in A, B and C"
                    | ("involved" | "involves" | "involving", _)
            )
            // "Taking part were the heads of delegation of A, of B …",
            // "Taking part are delegations from …"
            || matches!((sent.word(t), sent.word(t + 1), sent.word(t + 2)), ("taking", "part", "were" | "are"))
            // "The Vietnamese delegation, led by …, included officials from
            // A, B and C": those in a delegation went with it.
            || matches!(sent.word(t), "included" | "includes" | "include" | "comprised" | "comprises" | "comprise")
                && (t.saturating_sub(20)..t).any(|k| matches!(sent.word(k), "delegation" | "delegations"))
    }) && asserted();
    // "Forty officers from A and B completed a course", "officials from A
    // attended the meeting": the people gathered are the verb's subject (a
    // "from" before it, no relative clause: not "… who had joined the earlier
    // phases").
    let gathering = gathering
        || (1..n).any(|t| {
            (matches!(sent.word(t), "attended" | "completed" | "joined")
                    && matches!(sent.word(t + 1), "a" | "an" | "the")
                    // "Some 40 officers from A, B and C took part."
                    || matches!(sent.word(t), "took" | "take" | "takes") && sent.word(t + 1) == "part"
                    || sent.word(t) == "participated"
                    // "Officials from A and B are attending as observers"
                    || sent.word(t) == "attending" && matches!(sent.word(t - 1), "are" | "were" | "is" | "was")
                    // "Police chiefs from A and B also attended."
                    || sent.word(t) == "attended" && matches!(sent.word(t + 1), "." | "as" | "online" | "virtually")
                    // ("…, attended, together with the dialogue partners …")
                    || sent.word(t) == "attended"
                        && sent.word(t + 1) == ","
                        && matches!(sent.word(t + 2), "together" | "along" | "alongside")
                    // "Ministers from A and B also took the floor"
                    || sent.word(t) == "took" && sent.word(t + 1) == "the" && sent.word(t + 2) == "floor"
                    // "officials from A and B followed the proceedings online"
                    || sent.word(t) == "followed"
                        && matches!(sent.word(t + 1), "the" | "its")
                        && matches!(
                            sent.word(t + 2),
                            "proceedings"
                                | "session"
                                | "sessions"
                                | "meeting"
                                | "discussions"
                                | "debate"
                                | "debates"
                                | "negotiations"
                                | "deliberations"
                                | "event"
                        ))
                // ("Representatives of A and B are attending as observers";
                // not "Officials of the Ministry of Finance also
                // participated": officials are not said to stand for it.)
                && (0..t).any(|k| {
                    sent.word(k) == "from"
                        || sent.word(k) == "of"
                            && k >= 1
                            && matches!(sent.word(k - 1), "representatives" | "delegations" | "delegates")
                })
                && !(0..t).any(|k| matches!(sent.word(k), "who" | "which" | "that" | "whose"))
        }) && asserted();
    // "…, and UNODC was represented by Jeremy Douglas": an organisation
    // represented by someone at the gathering took part in it.
    for t in 2..n {
        let passive = sent.word(t) == "represented" && sent.word(t + 1) == "by";
        if !(passive && matches!(sent.word(t - 1), "was" | "were") && asserted()) {
            continue;
        }
        let org = sm.iter().find_map(|m| match m.kind {
            MentionKind::Entity(l) if !m.hidden && m.end_tok + 1 == t && d.is_organisation(l) => Some((l, m)),
            _ => None,
        });
        let person_next = sm.iter().any(|m| {
            !m.hidden
                && m.first_tok == t + 2
                && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person))
        });
        if let (Some((l, m)), true) = (org, person_next) {
            let span = crate::text::Span::new(m.span.start, sent.toks[t + 1].end);
            let ev = Evidence::asserted(sent.index, span, "document.represented-by", 0.7);
            // (At the event last named, in this sentence or the two before:
            // "… hosted the Plus Three Consultation with A and B, while B
            // was represented by …".)
            let last = d.recent_within(sent.index, 2).find(|&e| is_event(d, e));
            d.add_fact(
                l,
                v.participated_in,
                Object::Entity(in_sentence.or(last).unwrap_or(event)),
                ev,
            );
        }
    }
    // "Around 300 delegates are attending, representing the police forces
    // of the ASEAN member states, its dialogue partners – among them A and
    // B – as well as C": those the participants represent took part (not
    // a body whose members or partners they are).
    let attending = (1..n).find(|&t| {
        PEOPLE.contains(&sent.word(t - 1))
            && matches!(
                (sent.word(t), sent.word(t + 1)),
                ("are" | "were", "attending" | "participating")
                    | ("attended" | "participated", ",")
                    | ("are" | "were", "taking")
                    | ("took", "part")
            )
    });
    let representing = attending.and_then(|t| (t..(t + 6).min(n)).find(|&k| sent.word(k) == "representing"));
    if let Some(r) = representing.filter(|_| asserted()) {
        for m in sm.iter().filter(|m| !m.hidden && m.first_tok > r) {
            let MentionKind::Entity(l) = m.kind else { continue };
            let e = m.end_tok;
            if !d.is_organisation(l)
                || sent.word(e) == "'"
                || matches!(sent.word(e), "member" | "members" | "states" | "countries" | "partners")
                // ("the US Federal Bureau of Investigation": the bureau.)
                || sm.iter().any(|o| !o.hidden && o.first_tok == e)
            {
                continue;
            }
            let span = crate::text::Span::new(sent.toks[r].start, m.span.end);
            let ev = Evidence::asserted(sent.index, span, "document.participants-representing", 0.7);
            d.add_fact(l, v.participated_in, Object::Entity(event), ev);
        }
    }
    // Whether a participant has been listed in this sentence so far.
    let mut listed = false;
    // The token after a "from" that follows `t0` after a short phrase of
    // lower-case words (no verb) or topics: "heads of delegation responsible
    // for transnational crime from …".
    // ("delegations from the national police forces of A and B": the
    // forces of.)
    let from_after = |d: &Doc, t0: usize| {
        let f = (t0..(t0 + 9).min(n)).find(|&k| {
            sent.word(k) == "from"
                || sent.word(k) == "of"
                    && k >= 1
                    && matches!(
                        sent.word(k - 1),
                        "forces" | "services" | "agencies" | "authorities" | "ministries" | "bodies"
                    )
        })?;
        let plain = (t0..f).all(|k| {
            let w = sent.word(k);
            let topic = sm.iter().any(|m| {
                !m.hidden
                    && m.first_tok <= k
                    && k < m.end_tok
                    && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.topic))
            });
            topic
                || (w.chars().all(char::is_alphabetic)
                    && !sent.is_capitalised(k)
                    && !w.ends_with("ed")
                    && !matches!(w, "were" | "was" | "are" | "is" | "who" | "which" | "that"))
        });
        plain.then_some(f + 1)
    };
    for t in 0..n {
        // "Experts from A and B presented …" at the event: experts take part
        // when the sentence says they did (not "will", not "are invited").
        // (Not the agent of another verb: "the report, drawn up by experts
        // of A and B".)
        let agent = t >= 2
            && sent.word(t - 1) == "by"
            && !matches!(
                sent.word(t - 2),
                "attended" | "joined" | "addressed" | "given" | "delivered" | "led"
            );
        let experts = sent.word(t) == "experts" && !agent && asserted();
        // (After a list: "…, along with officials from the Secretariat".)
        let people =
            PEOPLE.contains(&sent.word(t)) || experts || ((gathering || listed) && GATHERED.contains(&sent.word(t)));
        // "Its members come from A and B", "trainees were drawn from C" (not
        // "members of ASEAN": only where they come from).
        let drawn = people || DRAWN.contains(&sent.word(t));
        // "Participants came from A, B and C"; "partners including A and B";
        // "together with A" in a gathering.
        let from = match (sent.word(t + 1), sent.word(t + 2)) {
            // ("observers and private partners of INTERPOL": its partners,
            // not INTERPOL.)
            ("of", _) if sent.word(t) == "partners" => continue,
            ("from" | "of", _) if people => t + 2,
            // "Participants included representatives of A, B and C."
            ("included" | "include" | "includes", _)
                if matches!(sent.word(t), "participants" | "delegates" | "attendees" | "delegations") && asserted() =>
            {
                let k = sent.past_the(t + 2);
                if (GATHERED.contains(&sent.word(k)) || PEOPLE.contains(&sent.word(k)))
                    && matches!(sent.word(k + 1), "of" | "from")
                {
                    k + 2
                } else {
                    t + 2
                }
            }
            // "Some 40 delegates attended from A, B and C."
            ("attended" | "participated" | "came", "from") if people && asserted() => t + 3,
            // ("agencies in A, B and C": where they serve, in a gathering.)
            ("in", _) if people && gathering && !PEOPLE.contains(&sent.word(t)) => t + 2,
            ("came" | "come" | "were" | "are", "from") if drawn && asserted() => t + 3,
            ("were" | "are" | "was", "drawn") if drawn && sent.word(t + 3) == "from" && asserted() => t + 4,
            ("including", _) if people && gathering => t + 2,
            // "The participating countries were A, B and C", "participating
            // states included D".
            ("were" | "are" | "included" | "include" | "includes" | ":", _)
                if t >= 1
                    && sent.word(t - 1) == "participating"
                    && matches!(
                        sent.word(t),
                        "countries" | "states" | "nations" | "agencies" | "organisations" | "organizations"
                    )
                    && asserted() =>
            {
                t + 2
            }
            // "Attending the course were 30 officers of six countries: A, B
            // and C": the list after the verb (and after its count, below).
            ("were" | "are", _)
                if matches!(sent.word(0), "attending" | "participating")
                    && (1..t).all(|k| !matches!(sent.word(k), "," | "who" | "which" | "that"))
                    && asserted() =>
            {
                t + 1
            }
            // "Taking part were A, B and C", "Present were …": the list right
            // after the verb.
            ("were", _) if t >= 1 && matches!((sent.word(t - 1), sent.word(t)), ("taking", "part")) && asserted() => {
                t + 2
            }
            (_, _)
                if sent.word(t) == "were"
                    && t >= 1
                    && matches!(sent.word(t - 1), "participating" | "present" | "attending")
                    && asserted() =>
            {
                t + 1
            }
            _ if gathering && sent.word(t) == "together" && sent.word(t + 1) == "with" => t + 2,
            // "attended by ASEANAPOL's dialogue partners Australia, China
            // and Japan": the people named right after their noun.
            _ if people
                && gathering
                && sm.iter().any(|m| {
                    !m.hidden
                        && m.first_tok == t + 1
                        && matches!(m.kind, MentionKind::Entity(l) if d.is_organisation(l))
                }) =>
            {
                t + 1
            }
            // "The conference brought together the Ministry of Public
            // Security and the Public Security Department of Yunnan".
            _ if sent.word(t) == "together"
                && t >= 1
                && matches!(sent.word(t - 1), "brought" | "brings" | "bringing" | "bring")
                && asserted() =>
            {
                t + 1
            }
            // "Police in 12 countries took part: Australia, Cambodia, …"
            _ if matches!(
                (sent.word(t.saturating_sub(1)), sent.word(t), sent.word(t + 1)),
                ("took" | "take" | "takes", "part", ":") | (_, "participated" | "participants", ":")
            ) && asserted() =>
            {
                t + 2
            }
            // "Among the other delegations that took the floor were A, B and
            // C": the list after the verb.
            // (Not "Among the countries that have ratified it were …".)
            // ("Among the dialogue partners represented are A and B.")
            _ if matches!(sent.word(t), "were" | "are")
                && sent.word(0) == "among"
                && ((1..t).any(|k| PEOPLE.contains(&sent.word(k)))
                    || (1..t).any(|k| matches!(sent.word(k), "countries" | "states" | "partners"))
                        && (1..t).any(|k| {
                            matches!(
                                sent.word(k),
                                "represented" | "present" | "attending" | "participating" | "attended" | "participated"
                            )
                        }))
                && !(1..t).any(|k| matches!(sent.word(k), "heads" | "leaders" | "chiefs"))
                && asserted() =>
            {
                t + 1
            }
            // "Delegations from A and B attended, alongside the Secretariat":
            // alongside those just listed, or in a gathering.
            _ if (gathering || listed) && sent.word(t) == "alongside" => t + 1,
            _ if (gathering || listed) && sent.word(t) == "along" && sent.word(t + 1) == "with" => t + 2,
            // "the Safe Mekong joint operation, which also involves A, B and
            // C": the states it involves (of the event just named, below).
            _ if gathering && matches!(sent.word(t), "involves" | "involved" | "involving") => t + 1,
            // "the Ministers and heads of delegation responsible for
            // transnational crime from A, B and C".
            _ if people && gathering => match from_after(d, t + 1) {
                Some(f) => f,
                None => continue,
            },
            _ => continue,
        };
        // "held bilateral talks with the delegations of A, B and C", "met
        // delegations of D": the delegations someone met, on the sidelines or
        // elsewhere, are not said to take part in the event.
        let before = if t >= 1 && sent.word(t - 1) == "the" { t - 1 } else { t };
        if people
            && before >= 1
            && matches!(
                sent.word(before - 1),
                "with" | "met" | "meet" | "meets" | "meeting" | "received" | "receive" | "receives" | "receiving"
            )
            // ("…, along with officials from the Secretariat", "together
            // with representatives of C": with them.)
            && !(before >= 2 && matches!(sent.word(before - 2), "along" | "together"))
        {
            continue;
        }
        // ("met their counterparts from A, B and C at the Fifth AMMTC Plus
        // Three Consultation": counterparts meet where the sentence says,
        // when it says they did.)
        if sent.word(t) == "counterparts" && !asserted() {
            continue;
        }
        // (What an operation involves is that operation's.)
        let event = if matches!(sent.word(t), "involves" | "involved" | "involving") && from == t + 1
            || sent.word(t) == "counterparts"
        {
            let mut before = sm
                .iter()
                .filter(|m| !m.hidden && m.end_tok <= t)
                .filter_map(|m| match m.kind {
                    MentionKind::Entity(l) if is_event(d, l) => Some(l),
                    _ => None,
                });
            match before.next_back() {
                Some(e) => e,
                None if sent.word(t) == "counterparts" => match sm[..]
                    .iter()
                    .filter(|m| !m.hidden && m.first_tok > t)
                    .find_map(|m| match m.kind {
                        MentionKind::Entity(l) if is_event(d, l) => Some(l),
                        _ => None,
                    }) {
                    Some(e) => e,
                    None => event,
                },
                None => continue,
            }
        } else {
            event
        };
        let mut s = sent.past_the(from);
        // ("Delegations from 45 member countries, as well as the UNHCR and
        // the IOM": the bodies named after the countries counted.)
        if !sm.iter().any(|m| !m.hidden && m.first_tok == s) {
            if let Some(k) = (s..(s + 4).min(n)).find(|&k| matches!(sent.word(k), "countries" | "states" | "nations")) {
                let mut j = k + 1;
                if sent.word(j) == "," {
                    j += 1;
                }
                if (sent.word(j), sent.word(j + 1), sent.word(j + 2)) == ("as", "well", "as") {
                    s = sent.past_the(j + 3);
                } else if sent.word(k + 1) == "namely" || (sent.word(k + 1), sent.word(k + 2)) == (",", "namely") {
                    // ("from the ten ASEAN member states, namely Brunei, …")
                    let j = if sent.word(k + 1) == "," { k + 3 } else { k + 2 };
                    s = sent.past_the(j);
                } else if matches!(sent.word(k + 1), "-" | "--" | "–" | "—" | ":") {
                    // ("from the 10 ASEAN member states -- Brunei, …")
                    let mut j = k + 1;
                    while matches!(sent.word(j), "-" | "--" | "–" | "—" | ":") {
                        j += 1;
                    }
                    s = sent.past_the(j);
                }
            }
        }
        // ("30 trainees, police officers of 6 countries: A, B and C": the
        // countries named after a colon that closes a count of them.)
        if !sm.iter().any(|m| !m.hidden && m.first_tok == s) {
            if let Some(k) = (s..(s + 12).min(n))
                .take_while(|&k| !super::covered(sm, k) && !matches!(sent.word(k), ";" | "." | ","))
                .find(|&k| matches!(sent.word(k), "countries" | "states" | "nations") && sent.word(k + 1) == ":")
            {
                s = sent.past_the(k + 2);
            }
        }
        // ("delegates from member jurisdictions and observers, including A,
        // B and C": the members named after "including", when the words
        // before it name no one.)
        if !sm.iter().any(|m| !m.hidden && m.first_tok == s) {
            if let Some(k) = (s..(s + 7).min(n))
                .take_while(|&k| !super::covered(sm, k) && !matches!(sent.word(k), ";" | "."))
                .find(|&k| sent.word(k) == "including")
            {
                s = sent.past_the(k + 1);
            }
        }
        // ("together with ASEANAPOL's dialogue partners Australia, China …":
        // the partners, not the possessor.)
        if let Some(m) = sm.iter().find(|m| !m.hidden && m.first_tok == s) {
            let e = m.end_tok;
            if (sent.word(e), sent.word(e + 1)) == ("'", "s") {
                let lower = |k: usize| !sent.is_capitalised(k) && sent.word(k).chars().all(char::is_alphabetic);
                if let Some(k) = (e + 3..(e + 6).min(n))
                    .find(|&k| sm.iter().any(|m| !m.hidden && m.first_tok == k) && (e + 2..k).all(lower))
                {
                    s = k;
                }
            }
        }
        // ("delegations from the association's dialogue partners A, B and
        // C": the partners named after a description of them.)
        if !sm.iter().any(|m| !m.hidden && m.first_tok == s) {
            let described = (s..(s + 6).min(n)).find(|&k| {
                matches!(sent.word(k), "partners" | "members" | "states" | "countries")
                    && sm.iter().any(|m| !m.hidden && m.first_tok == k + 1)
            });
            if let Some(k) = described.filter(|&k| {
                (s..k).all(|j| {
                    let w = sent.word(j);
                    w == "'" || (w.chars().all(char::is_alphabetic) && !sent.is_capitalised(j))
                })
            }) {
                s = k + 1;
            }
        }
        // ("… were those of A, B and C")
        if (sent.word(s), sent.word(s + 1)) == ("those", "of") {
            s = sent.past_the(s + 2);
        }
        // ("Among the speakers were ministers and senior officials from A
        // and B": the people, then where they came from.)
        if sent.word(t) == "were" && sent.word(0) == "among" && !sm.iter().any(|m| !m.hidden && m.first_tok == s) {
            if let Some(f) = from_after(d, s) {
                s = sent.past_the(f);
            }
        }
        // "the heads of delegation of A": the delegation's country.
        if matches!(sent.word(s), "delegation" | "delegations") && matches!(sent.word(s + 1), "of" | "from") {
            s = sent.past_the(s + 2);
        } else if people && gathering && !sm.iter().any(|m| !m.hidden && m.first_tok == s) {
            // ("heads of delegation responsible for … from A")
            if let Some(f) = from_after(d, s) {
                s = sent.past_the(f);
            }
        }
        // The first mention and those coordinated with it ("A, B and C").
        let mut k = s;
        while let Some(m) = sm.iter().find(|m| !m.hidden && m.first_tok == k) {
            let MentionKind::Entity(l) = m.kind else { break };
            let c = d.class_of(l);
            let ont = &d.k.ontology;
            if !(ont.is_a(c, v.country) || ont.is_a(c, v.body) || ont.is_a(c, v.agency)) {
                break;
            }
            // "delegates from UN member states": not the UN.
            if matches!(sent.word(m.end_tok), "member" | "members" | "states" | "countries") {
                break;
            }
            // "Speakers from the Korean prosecution service, the AFP and …":
            // a state's adjective before an unnamed organisation is not the
            // state; the list goes on after that organisation.
            // (Only inside the list: a comma or "and" after at most three
            // lower-case words, not "the Lao PDR today completed …".)
            let list_goes_on = (m.end_tok + 1..(m.end_tok + 4).min(n))
                .find(|&j| matches!(sent.word(j), "," | "and"))
                .filter(|&j| {
                    (m.end_tok..j).all(|w| {
                        let word = sent.word(w);
                        word.len() > 2
                            && word.chars().all(char::is_alphabetic)
                            && !sent.is_capitalised(w)
                            // (A verb ends the list: "… and Vietnam attended, alongside …".)
                            && !word.ends_with("ed")
                            && !matches!(
                                word,
                                "and" | "for" | "with" | "today" | "also" | "have" | "has" | "were" | "are"
                                    // (Nor one that is not in "-ed": "… and Thailand took part, and …".)
                                    | "took" | "take" | "takes" | "came" | "come" | "sent" | "met" | "made" | "held"
                            )
                    })
                })
                .filter(|_| ont.is_a(c, v.country));
            if let Some(j) = list_goes_on {
                k = j;
            } else {
                let e = Evidence {
                    sentence: sent.index,
                    span: crate::text::Span::new(sent.toks[t].start, m.span.end),
                    rule: Arc::from("document.participants-from"),
                    confidence: 0.7,
                    modality: Modality::Asserted,
                };
                d.add_fact(l, v.participated_in, Object::Entity(event), e);
                listed = true;
                k = m.end_tok;
            }
            match sent.word(k) {
                "," => {
                    k += 1;
                    if sent.word(k) == "and" {
                        k += 1;
                    }
                    // ("…, as well as the ASEAN Secretariat")
                    if (sent.word(k), sent.word(k + 1), sent.word(k + 2)) == ("as", "well", "as") {
                        k += 3;
                    }
                }
                "and" => k += 1,
                "as" if (sent.word(k + 1), sent.word(k + 2)) == ("well", "as") => k += 3,
                _ => break,
            }
            // "of A, of the B and of C"
            if sent.word(k) == "of" {
                k += 1;
            }
            // "… Thailand and host Vietnam"
            if matches!(sent.word(k), "host" | "hosts") && sm.iter().any(|m| !m.hidden && m.first_tok == k + 1) {
                k += 1;
            }
            k = sent.past_the(k);
            // "… and the police forces of A, B and C", "the law enforcement
            // agencies of D": the states whose services they are.
            if !sm.iter().any(|m| !m.hidden && m.first_tok == k)
                && matches!(sent.word(k), "police" | "law" | "judicial" | "prosecution" | "customs")
            {
                if let Some(of) = (k + 1..(k + 4).min(n)).find(|&j| matches!(sent.word(j), "of" | "from")) {
                    if (k..of).all(|j| !sent.is_capitalised(j) && sent.word(j).chars().all(char::is_alphabetic)) {
                        k = sent.past_the(of + 1);
                    }
                }
            }
            // "the Union of Myanmar", "the Kingdom of Thailand": a state's
            // style before its name.
            if !sm.iter().any(|m| !m.hidden && m.first_tok == k) {
                if let Some(of) = (k + 1..k + 4).find(|&j| sent.word(j) == "of") {
                    if (k..of).all(|j| sent.is_capitalised(j)) {
                        k = of + 1;
                    }
                }
            }
        }
    }
}

/// "The Vietnamese delegation was led by NAME", "Viet Nam's delegation
/// includes officials of the Ministry of …": with no event named in the
/// sentence, the delegation is the one at the document's main event (named in
/// the last five sentences). The leader led it there, and the country and the
/// agencies it is drawn from took part.
pub(super) fn delegations(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    let v = d.k.vocab;
    let ont = &d.k.ontology;
    let is = |d: &Doc, l: usize, c| d.k.ontology.is_a(d.class_of(l), c);
    if sm
        .iter()
        .any(|m| !m.hidden && matches!(m.kind, MentionKind::Entity(l) if is(d, l, v.event)))
    {
        return;
    }
    let Some(event) = d.main_event_within(sent.index, 5) else {
        return;
    };
    let Some(led) = ont.property("ledDelegationTo") else {
        return;
    };
    let n = sent.toks.len();
    // ("It also comprises officials of A and B", right after a sentence
    // about the delegation: the same delegation.)
    let previous = d.last_delegation.filter(|&(s, _)| s + 1 == sent.index);
    let pronoun = previous.is_some() && sent.word(0) == "it";
    let Some(dt) = (0..n).find(|&t| sent.word(t) == "delegation").or(pronoun.then_some(0)) else {
        return;
    };
    // Not hedged, negated or to come.
    // (Within the clause about the delegation: not a quotation before it,
    // as in '"We have to …," said NAME, who led the delegation'.)
    let clause_start = (0..dt)
        .rev()
        .find(|&t| matches!(sent.orig(t), "\"" | "”" | "“"))
        .map_or(0, |t| t + 1);
    if (clause_start..n).any(|t| {
        matches!(
            sent.word(t),
            "will" | "would" | "expected" | "not" | "may" | "might" | "could" | "plans" | "planned" | "to"
        ) && t < dt + 6
    }) {
        return;
    }
    // "Minister Quang led a high-ranking delegation including …": a person
    // who leads a delegation (with no event named) leads it to the event in
    // view, and represents the delegation's state, else their own.
    // ("Heading the Vietnamese delegation, Deputy Minister NAME said …":
    // the same, the person after the comma.)
    let fronted = matches!(sent.word(0), "heading" | "leading") && dt <= 6 && sent.word(dt + 1) == ",";
    let verb = if fronted {
        Some(0)
    } else {
        (dt.saturating_sub(8)..dt).find(|&k| {
            matches!(sent.word(k), "led" | "leads" | "headed" | "heads")
                && matches!(sent.word(k + 1), "a" | "an" | "the" | "his" | "her")
                && (k + 2..dt).all(|j| !matches!(sent.word(j), "," | ";" | "and" | "of"))
        })
    };
    if let Some(verb) = verb {
        let person = sm
            .iter()
            .filter(|m| {
                !m.hidden
                    && if fronted {
                        m.first_tok > dt + 1 && m.first_tok <= dt + 8
                    } else {
                        // ("NAME, who headed the delegation of Viet Nam, said")
                        // ("NAME, head of the Government Inspectorate, led
                        // his country's delegation": past the apposition.)
                        m.end_tok == verb
                            || (m.end_tok + 2 == verb && sent.word(m.end_tok) == "," && sent.word(verb - 1) == "who")
                            // ("NAME, who is also Minister of …, led the
                            // Cambodian delegation": past the relative clause.)
                            || (sent.word(m.end_tok) == ","
                                && sent.word(m.end_tok + 1) == "who"
                                && sent.word(verb - 1) == ","
                                && verb <= m.end_tok + 16
                                && !(m.end_tok + 2..verb - 1).any(|k| matches!(sent.word(k), "," | ";" | "said")))
                            || d.absorbed
                                .iter()
                                .any(|&(name, _, b)| name.end == m.span.end && b + 1 == verb && sent.word(b) == ",")
                            || (m.end_tok + 1 == verb
                                && sent.word(m.end_tok) == ","
                                && d.absorbed
                                    .iter()
                                    .any(|&(name, a, _)| name != m.span && a == m.first_tok))
                    }
            })
            .find_map(|m| match m.kind {
                MentionKind::Entity(l) if is(d, l, v.person) => Some((l, m.span)),
                _ => None,
            });
        if let Some((p, pspan)) = person {
            let span = crate::text::Span::new(pspan.start.min(sent.toks[verb].start), pspan.end.max(sent.toks[dt].end));
            let ev = |rule: &str| Evidence::asserted(sent.index, span, rule, 0.75);
            d.add_fact(p, led, Object::Entity(event), ev("document.led-a-delegation"));
            let named = sm
                .iter()
                .filter(|m| {
                    !m.hidden
                        && ((m.first_tok > verb && m.end_tok <= dt)
                            || (sent.word(dt + 1) == "of" && m.first_tok == sent.past_the(dt + 2)))
                })
                .find_map(|m| match m.kind {
                    MentionKind::Entity(l) if is(d, l, v.country) => Some(l),
                    _ => None,
                });
            // ("who led the Royal Malaysia Police delegation": the agency
            // took part.)
            let agency = sm
                .iter()
                .filter(|m| !m.hidden && m.first_tok > verb && m.end_tok == dt)
                .find_map(|m| match m.kind {
                    MentionKind::Entity(l) if is(d, l, v.agency) => Some(l),
                    _ => None,
                });
            if let Some(a) = agency {
                d.add_fact(
                    a,
                    v.participated_in,
                    Object::Entity(event),
                    ev("document.led-a-delegation"),
                );
            }
            if let Some(c) = named.or_else(|| super::coref::state_of_person(d, p)) {
                d.add_fact(p, v.representing, Object::Entity(c), ev("document.led-a-delegation"));
                d.add_fact(
                    c,
                    v.participated_in,
                    Object::Entity(event),
                    ev("document.led-a-delegation"),
                );
            }
            return;
        }
    }
    // The country: "the Vietnamese delegation", "Viet Nam's delegation", "the delegation of Viet Nam".
    // ("the Vietnamese inter-sectoral delegation": lower-case modifiers
    // between.)
    let country_at = |m: &SMention| matches!(m.kind, MentionKind::Entity(l) if is(d, l, v.country));
    let modifiers = |from: usize| {
        from <= dt
            && dt - from <= 4
            && (from..dt).all(|k| {
                sent.word(k) == "-" || (sent.word(k).chars().all(char::is_alphabetic) && !sent.is_capitalised(k))
            })
    };
    let country = sm
        .iter()
        .filter(|m| !m.hidden)
        .find(|m| {
            country_at(m)
                && (modifiers(m.end_tok)
                    || (m.end_tok + 2 == dt && sent.word(m.end_tok) == "'")
                    || (m.first_tok == dt + 2 && sent.word(dt + 1) == "of"))
        })
        .and_then(|m| match m.kind {
            MentionKind::Entity(l) => Some((l, m.span)),
            _ => None,
        })
        .or_else(|| {
            let (_, c) = previous.filter(|_| pronoun)?;
            Some((c?, crate::text::Span::new(sent.toks[0].start, sent.toks[0].end)))
        });
    // "The delegation was headed by …" with no country: the delegation of
    // the document's own country (its statement's), if it has one.
    let (country, cspan) = match country {
        Some((c, span)) => (Some(c), span),
        None if pronoun => (None, crate::text::Span::new(sent.toks[0].start, sent.toks[0].end)),
        // (In a news item, the state whose delegation an earlier sentence
        // said takes part in the event: "A Vietnamese delegation is taking
        // part in …. The delegation is headed by …".)
        None if dt > 0 && sent.word(dt - 1) == "the" => (
            d.statement_of.or_else(|| {
                d.facts
                    .iter()
                    .rev()
                    .filter(|f| {
                        f.relation == v.participated_in
                            && f.object == Object::Entity(event)
                            && f.evidence.rule.starts_with("participated-in.delegation")
                    })
                    .map(|f| f.subject)
                    .find(|&c| is(d, c, v.country))
            }),
            crate::text::Span::new(sent.toks[dt].start, sent.toks[dt].end),
        ),
        // "Vietnam, a member of the Bali Process, sent a delegation headed
        // by NAME": the state that sent it, named first.
        None if dt >= 2 && matches!(sent.word(dt - 2), "sent" | "sends") && matches!(sent.word(dt - 1), "a" | "an") => {
            let first = sm
                .iter()
                .filter(|m| !m.hidden && m.end_tok < dt - 2)
                .find(|m| country_at(m));
            match first.map(|m| (m.kind, m.span)) {
                Some((MentionKind::Entity(c), span)) if first.is_some_and(|m| m.first_tok == 0) => (Some(c), span),
                _ => return,
            }
        }
        // "Our delegation …" in a statement or an interview: its state's.
        None if dt > 0 && sent.word(dt - 1) == "our" => (
            d.statement_of.or_else(|| super::coref::interview_state(d)),
            crate::text::Span::new(sent.toks[dt - 1].start, sent.toks[dt].end),
        ),
        None => return,
    };
    let evidence = |rule: &str, end: usize| Evidence {
        sentence: sent.index,
        span: crate::text::Span::new(cspan.start.min(sent.toks[dt].start), end.max(sent.toks[dt].end)),
        rule: Arc::from(rule),
        confidence: 0.75,
        modality: Modality::Asserted,
    };
    // "… (was) led|headed by [TITLE] NAME"
    // (Or later in the sentence: "…, and it is headed by NAME".)
    let by = (dt + 1..(dt + 8).min(n))
        .find(|&t| matches!(sent.word(t), "led" | "headed") && sent.word(t + 1) == "by")
        .or_else(|| {
            (dt + 8..n).find(|&t| {
                matches!(sent.word(t), "led" | "headed")
                    && sent.word(t + 1) == "by"
                    && t >= 2
                    && sent.word(t - 2) == "it"
                    && matches!(sent.word(t - 1), "is" | "was")
            })
        });
    let mut told = false;
    if let Some(b) = by {
        let person = sm
            .iter()
            // ("headed by State Councillor and Minister of Public Security
            // NAME": a long title between.)
            .filter(|m| !m.hidden && m.first_tok > b + 1 && m.first_tok <= b + 12)
            .find(|m| matches!(m.kind, MentionKind::Entity(l) if is(d, l, v.person)));
        if let Some(m) = person {
            if let MentionKind::Entity(p) = m.kind {
                d.add_fact(
                    p,
                    led,
                    Object::Entity(event),
                    evidence("document.delegation-led-by", m.span.end),
                );
                // The head of a state's delegation represents the state.
                if let Some(c) = country {
                    d.add_fact(
                        p,
                        v.representing,
                        Object::Entity(c),
                        evidence("document.delegation-led-by", m.span.end),
                    );
                }
                told = true;
            }
        }
    }
    // "… includes|comprises officials|representatives of|from A, B and C"
    let including = |t: usize| {
        matches!(
            sent.word(t),
            "includes"
                | "include"
                | "included"
                | "comprises"
                | "comprised"
                | "consists"
                | "consisted"
                | "including"
                | "comprising"
        )
    };
    // ("It is joined by diplomats from the Permanent Mission": the
    // delegation is.)
    let incl = (dt + 1..(dt + 4).min(n))
        .find(|&t| including(t) || (sent.word(t) == "joined" && sent.word(t + 1) == "by"))
        // "The delegation is led by NAME, post, and includes officials from
        // A and B": a second verb of the delegation.
        .or_else(|| (dt + 4..n).find(|&t| including(t) && sent.word(t - 1) == "and"));
    // "Our delegation is an inter-agency one, with representatives of A, B and C"
    let incl = incl.or_else(|| {
        (dt + 1..(dt + 10).min(n)).find(|&t| {
            sent.word(t) == "with"
                && matches!(
                    sent.word(t + 1),
                    "representatives" | "officials" | "members" | "experts"
                )
                && matches!(sent.word(t + 2), "of" | "from")
        })
    });
    if let Some(i) = incl {
        // ("included Deputy Minister A and Lieutenant General B, Commander of
        // the Border Guard under the Ministry of National Defence": the
        // people take part, and an agency inside a person's post is not a
        // member of the delegation.)
        let mut in_post = false;
        let mut last = i + 1;
        // (The list ends where the delegation's head is told: "…, and it is
        // headed by NAME".)
        let stop = (i + 1..n)
            .find(|&k| matches!(sent.word(k), "led" | "headed"))
            .unwrap_or(n);
        for m in sm
            .iter()
            .filter(|m| !m.hidden && m.first_tok > i && m.first_tok <= i + 40 && m.first_tok < stop)
        {
            if (last..m.first_tok).any(|k| matches!(sent.word(k), "and" | ";")) {
                in_post = false;
            }
            last = m.end_tok;
            if let MentionKind::Entity(a) = m.kind {
                if is(d, a, v.person) {
                    in_post = true;
                    let ev = evidence("document.delegation-includes", m.span.end);
                    d.add_fact(a, v.participated_in, Object::Entity(event), ev.clone());
                    if let Some(c) = country {
                        d.add_fact(a, v.representing, Object::Entity(c), ev);
                    }
                    told = true;
                } else if is(d, a, v.agency) && !in_post {
                    d.add_fact(
                        a,
                        v.participated_in,
                        Object::Entity(event),
                        evidence("document.delegation-includes", m.span.end),
                    );
                    told = true;
                }
            }
        }
    }
    d.last_delegation = Some((sent.index, country));
    if let Some(country) = country.filter(|_| told) {
        d.add_fact(
            country,
            v.participated_in,
            Object::Entity(event),
            evidence("document.delegation", sent.toks[dt].end),
        );
    }
}

/// "Attending the talks on the Vietnamese side were NAME, post; NAME, post;
/// and NAME", "Also present were Ms. NAME, …, and representatives of the
/// Ministry of …", "Present at the event were …": everyone listed after the
/// verb took part in the event named before it (else the event in view),
/// and so did the organisations whose representatives are listed.
pub(super) fn present_were(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    let v = d.k.vocab;
    let n = sent.toks.len();
    let mut s0 = 0;
    if matches!(sent.word(s0), "also") {
        s0 += 1;
    }
    if !matches!(
        sent.word(s0),
        "attending" | "present" | "participating" | "joining" | "accompanying"
    ) {
        return;
    }
    // The verb within the first dozen words, with no clause between.
    let Some(verb) = (s0 + 1..(s0 + 14).min(n))
        .take_while(|&k| !matches!(sent.word(k), "," | ";" | "."))
        .find(|&k| matches!(sent.word(k), "were" | "was"))
    else {
        return;
    };
    let is = |d: &Doc, l: usize, c| d.k.ontology.is_a(d.class_of(l), c);
    let event_here = sm
        .iter()
        .filter(|m| !m.hidden && m.end_tok <= verb)
        .find_map(|m| match m.kind {
            MentionKind::Entity(l) if is(d, l, v.event) => Some(l),
            _ => None,
        });
    // "Accompanying Minister X was Y": Y went with X, to the event in view.
    let accompanying = sent.word(s0) == "accompanying";
    if accompanying && event_here.is_some() {
        return;
    }
    // (A bare "Attending were …" with no event named is the one in view.)
    // ("Also attending on the Vietnamese side were …": a side is no event.)
    let side =
        matches!(sent.word(s0 + 1), "on" | "from") && matches!(sent.word(verb - 1), "side" | "sides") && verb <= s0 + 6;
    let Some(event) = event_here.or_else(|| {
        (verb == s0 + 1 || accompanying || side)
            .then(|| event_in_view(d, sent, sm))
            .flatten()
    }) else {
        return;
    };
    let words = sent.words();
    let Some(modality) = super::modality(&d.k.rules.cues, words, 0, verb + 1, false) else {
        return;
    };
    // (The end of the last organisation read as represented.)
    let mut represented_end = None;
    for m in sm.iter().filter(|m| !m.hidden && m.first_tok > verb) {
        let MentionKind::Entity(l) = m.kind else { continue };
        let person = is(d, l, v.person);
        // "representatives of A and B", "representatives of A, B and the C":
        // the organisations.
        let organisation = is(d, l, v.agency) || is(d, l, v.body) || is(d, l, v.country);
        let represented = organisation
            && ((m.first_tok.saturating_sub(4)..m.first_tok).any(|k| {
                matches!(sent.word(k), "representatives" | "officials" | "delegates" | "leaders")
                    && matches!(sent.word(k + 1), "of" | "from")
            }) || represented_end.is_some_and(|e: usize| {
                e < m.first_tok && (e..m.first_tok).all(|k| matches!(sent.word(k), "," | "and" | "the"))
            }));
        if represented {
            represented_end = Some(m.end_tok);
        }
        if !person && !represented {
            continue;
        }
        let ev = Evidence {
            sentence: sent.index,
            span: crate::text::Span::new(sent.toks[s0].start, m.span.end),
            rule: Arc::from("document.present-were"),
            confidence: 0.75,
            modality,
        };
        d.add_fact(l, v.participated_in, Object::Entity(event), ev);
    }
}

/// Whether a line is a bullet: a dash or a dot first.
fn is_bullet(sent: &Sent) -> bool {
    matches!(sent.orig(0), "-" | "–" | "•" | "*" | "·" | "—")
}

/// "The Convention was signed by the following leaders:" and then one bullet
/// per signer ("- NAME, Prime Minister of the Kingdom of Cambodia"): the
/// state each bullet names first signed the treaty. The list ends at the
/// first line that is not a bullet. Whether the line was one of these (the
/// announcing line or a signer's bullet), which nothing else then reads.
fn bullet_signatories(d: &mut Doc, sent: &Sent, sm: &[SMention]) -> bool {
    let v = d.k.vocab;
    let n = sent.toks.len();
    if let Some(treaty) = d.bullet_treaty {
        if !is_bullet(sent) {
            d.bullet_treaty = None;
        } else {
            let state = sm.iter().find_map(|m| match m.kind {
                MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.country) => Some((l, m.span)),
                _ => None,
            });
            if let Some((state, span)) = state {
                let span = crate::text::Span::new(sent.toks[0].start, span.end);
                let ev = Evidence::asserted(sent.index, span, "document.bullet-signatories", 0.75);
                d.add_fact(state, v.signed, Object::Entity(treaty), ev);
            }
            return true;
        }
    }
    if n >= 4 && sent.word(n - 1) == ":" {
        let words = sent.words();
        let signed_by = (1..n).any(|k| {
            matches!(words[k], "signed" | "signatories")
                && matches!(words.get(k + 1).copied(), Some("by" | "were" | "are"))
        });
        let treaty = sm.iter().find_map(|m| match m.kind {
            MentionKind::Entity(l) if !m.hidden && d.k.ontology.is_a(d.class_of(l), v.treaty) => Some(l),
            _ => None,
        });
        if let (true, Some(treaty)) = (signed_by, treaty) {
            if super::modality(&d.k.rules.cues, words, 0, n, false) == Some(Modality::Asserted) {
                d.bullet_treaty = Some(treaty);
                return true;
            }
        }
    }
    false
}

/// "The Meeting was attended by the Ministers and Heads of Delegation of:"
/// and then one line per state ("- the Kingdom of Cambodia"): each state or
/// organisation that stands alone on a bullet after such a line took part in
/// the event. The list ends at the first line that is not such a bullet.
pub(super) fn bullet_participants(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    let v = d.k.vocab;
    let n = sent.toks.len();
    if bullet_signatories(d, sent, sm) {
        return;
    }
    // A bullet: a dash or a dot first, then one name and nothing else of
    // note, or a state and its agency ("- Cambodia: National Authority for
    // Combating Drugs").
    if let Some(event) = d.bullet_event {
        // (Gathered only here: most sentences follow no announcing line.)
        let visible: Vec<&SMention> = sm.iter().filter(|m| !m.hidden).collect();
        let bullet = is_bullet(sent);
        let names: Vec<&&SMention> = visible
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Entity(_)))
            .collect();
        let rest_small = (1..n).all(|k| {
            visible.iter().any(|m| m.first_tok <= k && k < m.end_tok)
                || matches!(sent.word(k), "the" | ";" | "," | "." | "and")
                || (sent.word(k) == ":" && names.len() == 2 && names[0].end_tok == k)
        });
        let named: Vec<usize> = names
            .iter()
            .filter_map(|m| match m.kind {
                MentionKind::Entity(l) if d.is_organisation(l) => Some(l),
                _ => None,
            })
            .collect();
        if bullet && (1..=2).contains(&names.len()) && named.len() == names.len() && rest_small {
            let span = crate::text::Span::new(names[0].span.start, names[names.len() - 1].span.end);
            for l in named {
                let ev = Evidence::asserted(sent.index, span, "document.bullet-participants", 0.75);
                d.add_fact(l, v.participated_in, Object::Entity(event), ev);
            }
            return;
        }
        // Or a bullet of those who sent people, in a list: "-
        // representatives of the police forces of A, B, C and D;".
        if bullet && !named.is_empty() && named.len() == names.len() {
            let first = names[0].first_tok;
            let lead = (1..first).all(|k| sent.word(k).chars().all(char::is_alphabetic) && !sent.is_capitalised(k))
                && matches!(sent.word(first - 1), "of" | "from")
                && (1..first).any(|k| {
                    matches!(
                        sent.word(k),
                        "representatives" | "delegations" | "delegates" | "officials" | "observers" | "experts"
                    )
                });
            let rest_listed = (first..n).all(|k| {
                visible.iter().any(|m| m.first_tok <= k && k < m.end_tok)
                    || matches!(sent.word(k), "the" | ";" | "," | "." | "and")
            });
            if lead && rest_listed {
                for m in &names {
                    if let MentionKind::Entity(l) = m.kind {
                        let span = crate::text::Span::new(sent.toks[1].start, m.span.end);
                        let ev = Evidence::asserted(sent.index, span, "document.bullet-participants", 0.75);
                        d.add_fact(l, v.participated_in, Object::Entity(event), ev);
                    }
                }
                return;
            }
        }
        // Or a bullet that names a person first, with their post ("- Tan
        // Sri NAME, Attorney General of Malaysia;"): the person took part
        // (or, under "Heads of delegation included:", led their
        // delegation), and so did the state their post is in.
        let person_first = names.first().is_some_and(|m| {
            matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person))
                && (1..m.first_tok).all(|k| sent.is_capitalised(k) || sent.word(k) == ".")
        });
        if bullet && person_first {
            let MentionKind::Entity(person) = names[0].kind else {
                return;
            };
            let heads = d.bullet_heads;
            let span = names[0].span;
            let (rel, rule) = match d.k.ontology.property("ledDelegationTo") {
                Some(led) if heads => (led, "document.bullet-heads-of-delegation"),
                _ => (v.participated_in, "document.bullet-participants"),
            };
            d.add_fact(
                person,
                rel,
                Object::Entity(event),
                Evidence::asserted(sent.index, span, rule, 0.75),
            );
            // (The post holds the organisation's name: it may be hidden.)
            let org = sm
                .iter()
                .filter(|m| m.first_tok > names[0].first_tok)
                .find_map(|m| match m.kind {
                    MentionKind::Entity(l) if d.is_organisation(l) => Some((l, m.span)),
                    _ => None,
                });
            if let Some((org, end)) = org {
                // (Else the state named inside the organisation's name:
                // "the Royal Thai Police", "the Indonesian National Police".)
                let inside = sm.iter().find_map(|m| match m.kind {
                    MentionKind::Entity(c)
                        if m.hidden && end.contains(m.span) && d.k.ontology.is_a(d.class_of(c), v.country) =>
                    {
                        Some(c)
                    }
                    _ => None,
                });
                let span = crate::text::Span::new(span.start, end.end);
                let ev = Evidence::asserted(sent.index, span, rule, 0.7);
                // (An agency or body the post is in took part as well: "-
                // NAME, Commissioner of the Australian Federal Police".)
                if !d.k.ontology.is_a(d.class_of(org), v.country) {
                    d.add_fact(org, v.participated_in, Object::Entity(event), ev.clone());
                }
                if let Some(state) = d.state_or_self(org).or(inside) {
                    d.add_fact(state, v.participated_in, Object::Entity(event), ev);
                }
            }
            return;
        }
        // Or the line after it lists the participants whole: "Delegations
        // attending:" and then "A, B, C and the D." on a line of its own.
        let listed = !bullet
            && d.bullet_line == Some(sent.index)
            && names.len() >= 2
            && named.len() == names.len()
            && (0..n).all(|k| {
                visible.iter().any(|m| m.first_tok <= k && k < m.end_tok)
                    || matches!(sent.word(k), "the" | ";" | "," | "." | "and")
            });
        if listed {
            let span = crate::text::Span::new(names[0].span.start, names[names.len() - 1].span.end);
            for l in named {
                let ev = Evidence::asserted(sent.index, span, "document.listed-participants", 0.75);
                d.add_fact(l, v.participated_in, Object::Entity(event), ev);
            }
        }
        d.bullet_event = None;
        if listed {
            return;
        }
    }
    // The announcing line says who took part, and ends with a colon, or it
    // is a heading and a colon before the list ("Member delegations
    // attending: A, B and C.").
    let colon = (1..n.min(6)).find(|&k| sent.word(k) == ":");
    if n < 3 || (sent.word(n - 1) != ":" && colon.is_none()) {
        return;
    }
    let words = sent.words();
    let head_end = if sent.word(n - 1) == ":" { n } else { colon.unwrap_or(n) };
    // "Heads of delegation included:", "The heads of delegations were:",
    // "Delegations at the meeting were led by:".
    let heads_of_delegation = |k: usize| {
        matches!(words[k], "heads" | "head")
            && words.get(k + 1) == Some(&"of")
            && matches!(words.get(k + 2).copied(), Some("delegation" | "delegations"))
            || matches!(words[k], "led" | "headed")
                && words.get(k + 1) == Some(&"by")
                && words[..k].iter().any(|w| matches!(*w, "delegation" | "delegations"))
    };
    let announces = (0..head_end).any(|k| {
        matches!(
            (words[k], words.get(k + 1).copied().unwrap_or("")),
            ("attended" | "joined", "by") | ("participants" | "delegations" | "delegates", _) | ("took", "part")
        ) || matches!(words[k], "participated" | "attending" | "represented" | "participating")
            || heads_of_delegation(k)
    });
    if !announces || super::modality(&d.k.rules.cues, words, 0, head_end, false) != Some(Modality::Asserted) {
        return;
    }
    // (A heading with nothing else on its line names no event: the
    // document's main one.)
    let heading = sm.iter().all(|m| m.hidden || m.first_tok > head_end);
    let event = event_in_view(d, sent, sm).or(if heading { d.main_event } else { None });
    if sent.word(n - 1) == ":" {
        d.bullet_event = event;
        d.bullet_line = Some(sent.index + 1);
        d.bullet_heads = (0..head_end).any(heads_of_delegation);
        return;
    }
    let (Some(event), Some(c), true) = (event, colon, heading) else {
        return;
    };
    for m in sm.iter().filter(|m| !m.hidden && m.first_tok > c) {
        if let MentionKind::Entity(l) = m.kind {
            if d.is_organisation(l) {
                let span = crate::text::Span::new(sent.toks[0].start, m.span.end);
                let ev = Evidence::asserted(sent.index, span, "document.heading-participants", 0.75);
                d.add_fact(l, v.participated_in, Object::Entity(event), ev);
            }
        }
    }
}

/// The event in view: one named in this sentence, else the document's main
/// event when it was named in the last five sentences.
fn event_in_view(d: &Doc, sent: &Sent, sm: &[SMention]) -> Option<usize> {
    let v = d.k.vocab;
    let here = sm.iter().filter(|m| !m.hidden).find_map(|m| match m.kind {
        MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.event) => Some(l),
        _ => None,
    });
    here.or_else(|| d.main_event_within(sent.index, 5))
}

/// Whether the words between two names continue a list of participants
/// across a phrase that adds a group: "A and B, as well as the Dialogue
/// Partners – the C, the D …", "… together with the observers: E".
fn list_continues(sent: &Sent, from: usize, to: usize) -> bool {
    let dash = |w: &str| matches!(w, "–" | "—" | "-" | ":");
    let mut k = from;
    if sent.word(k) == "," {
        k += 1;
    }
    match (sent.word(k), sent.word(k + 1), sent.word(k + 2)) {
        ("as", "well", "as") => k += 3,
        ("together" | "along", "with", _) => k += 2,
        // (Inside the group's list: "– the C, the D".)
        (w, _, _) if dash(w) => {
            k += 1;
            k = sent.past_the(k);
            return k == to;
        }
        _ => return false,
    }
    k = sent.past_the(k);
    // The group's name: a few capitalised words ("Dialogue Partners"), then
    // a dash or a colon before its members.
    let start = k;
    while k < to && k - start < 4 && sent.is_capitalised(k) {
        k += 1;
    }
    if k > start {
        if !dash(sent.word(k)) {
            return false;
        }
        k += 1;
        k = sent.past_the(k);
    }
    k == to
}

/// "ASEAN Secretary-General Lim Jock Hoi and the ministers … took part
/// online.", "Timor-Leste also attended.": a participation whose event goes
/// unsaid is in the event in view. The subject is the sentence's first name
/// (with the names listed with it); the verb ends its clause.
pub(super) fn unsaid_participation(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: without a verb of gate::UNSAID_PARTICIPATION ("took part",
    // "attended", "sent a delegation", "was represented", …) no `verb` is
    // found and the pass returns before it reads or writes anything else.
    if !sent.may(super::gate::UNSAID_PARTICIPATION) {
        return;
    }
    let v = d.k.vocab;
    let n = sent.toks.len();
    let Some(verb) = (1..n).find(|&t| {
        // "Myanmar was represented at the level of a non-political
        // representative": whatever the manner, the state was there.
        if sent.word(t) == "represented" && matches!(sent.word(t - 1), "was" | "were") && t <= 8 {
            return true;
        }
        let end = match (sent.word(t), sent.word(t + 1)) {
            ("took" | "take" | "takes", "part") => t + 2,
            ("attended" | "participated" | "attend" | "attends", _) => t + 1,
            // "are attending as observers"
            ("attending" | "participating", _) if matches!(sent.word(t - 1), "are" | "is" | "were" | "was") => t + 1,
            // "NAME, Secretary-General of ASEAN, was also present."
            ("present", _)
                if matches!(sent.word(t - 1), "are" | "is" | "were" | "was")
                    || (sent.word(t - 1) == "also"
                        && t >= 2
                        && matches!(sent.word(t - 2), "are" | "is" | "were" | "was")) =>
            {
                t + 1
            }
            // "sent an observer delegation", "sent a high-level delegation",
            // "also sent delegations"
            ("sent" | "sends", "delegations" | "delegation" | "representatives") => t + 2,
            ("sent" | "sends", "a" | "an") => match (t + 2..(t + 5).min(n)).find(|&k| {
                matches!(
                    sent.word(k),
                    "delegation" | "delegations" | "team" | "representative" | "representatives"
                )
            }) {
                Some(k) => k + 1,
                None => return false,
            },
            _ => return false,
        };
        // Nothing follows but a manner ("online", "as observers") and the end.
        let rest: Vec<&str> = (end..n).map(|k| sent.word(k)).collect();
        // ("… took part as dialogue partners, while …": a manner, then a
        // contrasting clause.)
        let as_then_while = rest.first() == Some(&"as")
            && (2..=4).any(|k| {
                rest.get(k) == Some(&",")
                    && rest.get(k + 1) == Some(&"while")
                    && rest[1..k].iter().all(|w| w.chars().all(char::is_alphabetic))
            });
        as_then_while
            || matches!(
                rest.as_slice(),
                ["."]
                    | []
                    | ["online", "."]
                    | ["virtually", "."]
                    | ["in", "person", "."]
                    | ["as", "observers", "."]
                    | ["as", "an", "observer", "."]
            )
    }) else {
        return;
    };
    let Some(event) = event_in_view(d, sent, sm) else {
        return;
    };
    // (Names after the verb only in the contrasting clause.)
    let clause_end = (verb..n)
        .find(|&k| sent.word(k) == "," && sent.word(k + 1) == "while")
        .unwrap_or(n);
    if sm
        .iter()
        .any(|m| !m.hidden && m.first_tok > verb && m.first_tok < clause_end)
    {
        return;
    }
    let words = sent.words();
    // (A relative clause between the names and the verb says something else:
    // "Timor-Leste, which hopes to join ASEAN, sent an observer delegation".)
    let from = match (1..verb).find(|&k| sent.word(k) == "," && matches!(sent.word(k + 1), "which" | "who")) {
        Some(open) => (open + 2..verb)
            .rev()
            .find(|&k| sent.word(k) == ",")
            .map_or(0, |close| close + 1),
        None => 0,
    };
    let Some(modality) = super::modality(&d.k.rules.cues, &words[from..], 0, verb + 1 - from, false) else {
        return;
    };
    // The first name, within the first six words, and those joined to it.
    let mut subjects = Vec::new();
    let visible: Vec<&SMention> = sm.iter().filter(|m| !m.hidden && m.end_tok <= verb).collect();
    // ("Leaders of the Department … also participated": the leaders did.)
    let governed = |m: &SMention| m.first_tok > 0 && matches!(sent.word(m.first_tok - 1), "of" | "from" | "the");
    let governed = |m: &SMention| governed(m) && !(m.first_tok == 1 && sent.word(0) == "the");
    // ("Representatives of A, B and C are attending": A, B and C are.)
    // (Representatives and delegates stand for their organisation; officials,
    // experts and leaders need not.)
    // ("Ministers and Heads of Delegation from A, B and C took part": so did
    // A, B and C.)
    let people_of = |m: &SMention| {
        let k = if m.first_tok >= 3 && sent.word(m.first_tok - 1) == "the" {
            m.first_tok - 1
        } else {
            m.first_tok
        };
        k >= 2
            && matches!(sent.word(k - 1), "of" | "from")
            && matches!(
                sent.word(k - 2),
                "representatives" | "delegates" | "delegations" | "delegation" | "observers"
            )
    };
    let governed = |m: &SMention| governed(m) && !people_of(m);
    if visible.first().is_some_and(|m| m.first_tok <= 6 && !governed(m)) {
        subjects = listed_with(sent, &visible);
    }
    for m in subjects {
        let MentionKind::Entity(l) = m.kind else { continue };
        let c = d.class_of(l);
        if ![v.person, v.country, v.agency, v.body]
            .iter()
            .any(|&k| d.k.ontology.is_a(c, k))
        {
            continue;
        }
        let ev = Evidence {
            sentence: sent.index,
            span: crate::text::Span::new(m.span.start, sent.toks[verb].end),
            rule: Arc::from("document.unsaid-participation"),
            confidence: 0.7,
            modality,
        };
        d.add_fact(l, v.participated_in, Object::Entity(event), ev);
    }
}

/// The first of `visible` and the mentions listed with it ("A, B and the
/// C", "A and of B", "A, as well as the Dialogue Partners – the C").
fn listed_with<'m>(sent: &Sent, visible: &[&'m SMention]) -> Vec<&'m SMention> {
    let Some(&first) = visible.first() else {
        return Vec::new();
    };
    let mut list = vec![first];
    let mut end = first.end_tok;
    for &m in &visible[1..] {
        let between: Vec<&str> = (end..m.first_tok).map(|k| sent.word(k)).collect();
        // "the UK's National Crime Agency", "the US Federal Bureau of
        // Investigation": the organisation listed, not its state.
        if matches!(between.as_slice(), [] | ["'", "s"]) {
            list.pop();
            list.push(m);
            end = m.end_tok;
            continue;
        }
        if matches!(
            between.as_slice(),
            [","]
                | ["and"]
                | [",", "and"]
                | ["and", "the"]
                | [",", "the"]
                | [",", "and", "the"]
                | ["and", "of"]
                | ["and", "of", "the"]
        ) || list_continues(sent, end, m.first_tok)
        {
            list.push(m);
            end = m.end_tok;
        } else {
            break;
        }
    }
    list
}

/// "Under the theme "Cohesive and Responsive ASEAN against Transnational
/// Crime"": the event in view concerns the topics named in its theme.
pub(super) fn theme(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: without "theme", "themed" or "motto" (gate::THEME) the first
    // `find` fails and the pass returns before anything else.
    if !sent.may(super::gate::THEME) {
        return;
    }
    let v = d.k.vocab;
    let n = sent.toks.len();
    let Some(t) = (0..n).find(|&t| matches!(sent.word(t), "theme" | "themed" | "motto")) else {
        return;
    };
    // The quoted words after it.
    let Some(open) = (t + 1..(t + 4).min(n)).find(|&k| matches!(sent.orig(k), "\"" | "“" | "'")) else {
        return;
    };
    let Some(close) = (open + 1..n).find(|&k| matches!(sent.orig(k), "\"" | "”" | "'")) else {
        return;
    };
    let Some(event) = event_in_view(d, sent, sm) else {
        return;
    };
    let topics: Vec<(usize, crate::text::Span)> = sm
        .iter()
        .filter(|m| m.first_tok > open && m.end_tok <= close)
        .filter_map(|m| match m.kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.topic) => Some((l, m.span)),
            _ => None,
        })
        .collect();
    for (l, span) in topics {
        let ev = Evidence::asserted(sent.index, span, "document.theme", 0.75);
        d.add_fact(event, v.concerns, Object::Entity(l), ev);
    }
}

/// "The Commission focuses on cybercrime", "the workshop focused on
/// electronic evidence": the event in view concerns the topics it focuses
/// on. (Not what participants "discussed" or "reviewed": across the sets
/// such topics were wrong four times in five, the talks and conferences
/// being about cooperation, the topics only mentioned in passing.)
pub(super) fn discussed(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    const WHO: &[&str] = &[
        "delegates",
        "participants",
        "ministers",
        "they",
        "officials",
        "experts",
        "leaders",
        "conference",
        "meeting",
        "session",
        "commission",
        "workshop",
        "seminar",
        "assembly",
    ];
    // Gate: without one of the verbs of gate::DISCUSSED no `verb` is found
    // and the pass returns before anything else.
    if !sent.may(super::gate::DISCUSSED) {
        return;
    }
    let v = d.k.vocab;
    let n = sent.toks.len();
    let Some(verb) = (1..n).find(|&t| {
        matches!(sent.word(t), "focused" | "focuses" | "focus")
            && (1..=3).any(|b| t >= b && WHO.contains(&sent.word(t - b)))
    }) else {
        return;
    };
    let words = sent.words();
    let Some(modality) = super::modality(&d.k.rules.cues, words, verb.saturating_sub(3), n, false) else {
        return;
    };
    let Some(event) = event_in_view(d, sent, sm) else {
        return;
    };
    // Topics in the verb's clause.
    let end = (verb + 1..n)
        .find(|&k| matches!(sent.word(k), ";" | "." | "while" | "but" | "which"))
        .unwrap_or(n);
    let topics: Vec<(usize, crate::text::Span)> = sm
        .iter()
        .filter(|m| !m.hidden && m.first_tok > verb && m.end_tok <= end)
        .filter_map(|m| match m.kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.topic) => Some((l, m.span)),
            _ => None,
        })
        .collect();
    for (l, span) in topics {
        let ev = Evidence {
            sentence: sent.index,
            span: crate::text::Span::new(sent.toks[verb].start, span.end),
            rule: Arc::from("document.discussed"),
            confidence: 0.7,
            modality,
        };
        d.add_fact(event, v.concerns, Object::Entity(l), ev);
    }
}

/// The last event named before token `end` of the sentence.
fn event_before(d: &Doc, sm: &[SMention], end: usize) -> Option<usize> {
    sm.iter()
        .filter(|m| !m.hidden && m.end_tok <= end)
        .filter_map(|m| match m.kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.event) => Some(l),
            _ => None,
        })
        .next_back()
}

/// "HANOI, 29 November 2013 – … today completed a five-day workshop", "NEW
/// YORK, February 2025 – … this week co-hosted a discussion": a day named
/// relative to the document's own date dates the event the verb acts on —
/// the day itself for "today", only the month for "this week" (a day is
/// never guessed). Opening verbs give the start, closing verbs the end.
pub(super) fn relative_day(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: the loop goes on (`continue`) at every token but "today" and
    // "this week|month" (gate::RELATIVE_DAY: "today", "week", "month"), and
    // nothing follows it.
    if !sent.may(super::gate::RELATIVE_DAY) {
        return;
    }
    let v = d.k.vocab;
    let Some(date) = d.date else { return };
    let n = sent.toks.len();
    // The day of the week `t` names, on or before the document's date
    // ("opened on Sunday" in a report of that week), or on or after it for
    // an event still running ("runs through Friday").
    let weekday = |t: usize, ahead: bool| {
        let wd = super::dates::WEEKDAYS.iter().position(|&w| w == sent.word(t))? as i64;
        let (_, today) = date.shifted(0)?;
        let back = (i64::from(today) - wd).rem_euclid(7);
        let offset = if ahead {
            (wd - i64::from(today)).rem_euclid(7)
        } else {
            -back
        };
        date.shifted(offset).map(|(day, _)| day)
    };
    // (Not when a date follows: "on Sunday, 7 March".)
    let dated_after = |t: usize| {
        sm.iter()
            .any(|m| !m.hidden && matches!(m.kind, MentionKind::Date(_)) && m.first_tok > t && m.first_tok <= t + 3)
    };
    // "…, which opened Monday in Glasgow and closes Thursday": a weekday
    // right after an opening or closing verb dates the event before it.
    for t in 1..n {
        let (closing, ahead) = match sent.word(t) {
            "opened" | "began" => (false, false),
            "opens" | "begins" => (false, true),
            "closed" | "ended" | "concluded" => (true, false),
            "closes" | "ends" | "concludes" => (true, true),
            _ => continue,
        };
        let Some(day) = weekday(t + 1, ahead).filter(|_| !dated_after(t + 1)) else {
            continue;
        };
        let event = event_before(d, sm, t);
        let words = sent.words();
        let (Some(event), Some(modality)) = (event, super::modality(&d.k.rules.cues, words, t, t + 2, true)) else {
            continue;
        };
        let ev = Evidence::asserted(
            sent.index,
            crate::text::Span::new(sent.toks[t].start, sent.toks[t + 1].end),
            "document.relative-day",
            0.7,
        )
        .with_modality(modality);
        let rel = if closing { v.end_date } else { v.start_date };
        d.add_fact(event, rel, Object::Date(day), ev);
    }
    for t in 0..n {
        let (value, width) = match (sent.word(t), sent.word(t + 1)) {
            ("today", _) if date.day.is_some() => (date, 1),
            ("this", "week") | ("this", "month") => match date.month {
                Some(m) => (crate::fact::PartialDate::month(date.year, m), 2),
                None => continue,
            },
            ("on", _) if !dated_after(t + 1) => match weekday(t + 1, false) {
                Some(day) => (day, 2),
                None => continue,
            },
            // "…, which runs through Friday": the end of the event before.
            ("through" | "until" | "till", _)
                if t >= 1 && matches!(sent.word(t - 1), "runs" | "run" | "running" | "lasts" | "continues") =>
            {
                let (Some(day), false) = (weekday(t + 1, true), dated_after(t + 1)) else {
                    continue;
                };
                let event = event_before(d, sm, t);
                let words = sent.words();
                let (Some(event), Some(modality)) = (event, super::modality(&d.k.rules.cues, words, t, t + 2, true))
                else {
                    continue;
                };
                let ev = Evidence::asserted(
                    sent.index,
                    crate::text::Span::new(sent.toks[t - 1].start, sent.toks[t + 1].end),
                    "document.relative-day",
                    0.7,
                )
                .with_modality(modality);
                d.add_fact(event, v.end_date, Object::Date(day), ev);
                return;
            }
            _ => continue,
        };
        // The verb just after (or just before: "held today", "opened in
        // Kyoto on Sunday").
        let back = if width == 2 && sent.word(t) == "on" { 4 } else { 2 };
        let verb = (t + width..(t + width + 2).min(n))
            .chain(t.saturating_sub(back)..t)
            .find(|&k| {
                matches!(
                    sent.word(k),
                    "hosted"
                        | "held"
                        | "opened"
                        | "organised"
                        | "organized"
                        | "convened"
                        | "launched"
                        | "began"
                        | "completed"
                        | "concluded"
                        | "closed"
                        | "ended"
                        | "co"
                )
            });
        let Some(verb) = verb else { continue };
        let closing = matches!(sent.word(verb), "completed" | "concluded" | "closed" | "ended");
        let is_event = |m: &SMention| match m.kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.event) => Some(l),
            _ => None,
        };
        // The event acted on, else the one that acts ("The 14th Congress
        // opened in Kyoto on Sunday").
        let event = sm
            .iter()
            .filter(|m| !m.hidden && m.first_tok > verb && m.first_tok <= verb + 8)
            .find_map(is_event)
            .or_else(|| event_before(d, sm, verb));
        let Some(event) = event else { continue };
        let words = sent.words();
        let Some(modality) = super::modality(&d.k.rules.cues, words, t, verb + 1, true) else {
            continue;
        };
        let ev = Evidence::asserted(
            sent.index,
            crate::text::Span::new(sent.toks[t.min(verb)].start, sent.toks[verb.max(t + width - 1)].end),
            "document.relative-day",
            0.7,
        )
        .with_modality(modality);
        let rel = if closing { v.end_date } else { v.start_date };
        d.add_fact(event, rel, Object::Date(value), ev);
        return;
    }
}

/// "NAME, post, told participants that …", "…, Mr. NAME, who delivered a
/// special address on …": a person who addresses the audience spoke at the
/// event in view (named in the sentence, else the main event named in the
/// last five sentences), not at one still to come.
pub(super) fn audience_speakers(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: `to_audience` needs "told", "addressed" or "briefed" and
    // `delivered` needs "delivered", "gave" or "made" (gate::AUDIENCE):
    // without them no `verb` is found and the pass returns before anything
    // else.
    if !sent.may(super::gate::AUDIENCE) {
        return;
    }
    let v = d.k.vocab;
    let n = sent.toks.len();
    let to_audience = |t: usize| {
        matches!(sent.word(t), "told" | "addressed" | "briefed")
            && (matches!(
                sent.word(t + 1),
                "participants" | "delegates" | "attendees" | "trainees"
            ) || (sent.word(t + 1) == "the"
                && matches!(sent.word(t + 2), "audience" | "participants" | "delegates")))
    };
    let delivered = |t: usize| {
        sent.word(t) == "who"
            && matches!(sent.word(t + 1), "delivered" | "gave" | "made")
            && matches!(sent.word(t + 2), "a" | "an" | "the")
            && (t + 3..(t + 6).min(n)).any(|k| matches!(sent.word(k), "address" | "speech" | "keynote" | "remarks"))
    };
    let Some(verb) = (1..n).find(|&t| to_audience(t) || delivered(t)) else {
        return;
    };
    if d.main_event_told {
        return;
    }
    let words = sent.words();
    if super::modality(&d.k.rules.cues, words, 0, verb + 3, false) != Some(Modality::Asserted) {
        return;
    }
    // The speaker: the last person named before the verb (the subject, or
    // the one the relative clause is about), with at most an apposition
    // between.
    let Some(m) = sm
        .iter()
        .filter(|m| !m.hidden && m.end_tok <= verb && verb - m.end_tok <= 20)
        .filter(|m| matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person)))
        .max_by_key(|m| m.end_tok)
    else {
        return;
    };
    let MentionKind::Entity(p) = m.kind else { return };
    // ("briefed delegates on the Doha Declaration, which was adopted at the
    // 13th Congress": an event named in a relative clause after the verb is
    // what was spoken of, not where.)
    let relative = (verb..n).find(|&k| matches!(sent.word(k), "which" | "that" | "who" | "whose"));
    let told_of = |m: &SMention| relative.is_some_and(|r| m.first_tok > r);
    let visible: Vec<SMention> = sm.iter().filter(|m| !told_of(m)).copied().collect();
    let Some(event) = event_in_view(d, sent, &visible) else {
        return;
    };
    d.add_fact(p, v.spoke_at, Object::Entity(event), ev(sent, m, "document.audience"));
}

/// "Major General NAME, Deputy Director General of …, thanked UNODC …",
/// "NAME noted that …": in a report on an event, a person quoted at the head
/// of a sentence spoke at it — the document's main event, when it was named
/// in the last five sentences and the sentence names no event itself. Not
/// in statements or interviews (their speaker is known), nor for words given
/// to the press ("told reporters", "in an interview").
pub(super) fn quoted_speakers(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    const VERBS: &[&str] = &[
        "said",
        "noted",
        "stressed",
        "emphasised",
        "emphasized",
        "highlighted",
        "underlined",
        "affirmed",
        "reaffirmed",
        "thanked",
        "recalled",
        "urged",
        "praised",
        "welcomed",
        "told",
        "proposed",
        "expressed",
        "outlined",
        "described",
        "shared",
        "suggested",
        "pointed",
        "added",
        "spoke",
        "reported",
        "presented",
    ];
    let v = d.k.vocab;
    if d.statement_of.is_some() || d.interview || d.main_event_told {
        return;
    }
    let Some(main) = d.main_event.filter(|&l| d.is_gathering(l)) else {
        return;
    };
    let now = sent.index;
    if !d
        .recent
        .iter()
        .zip(&d.recent_sent)
        .any(|(&l, &s)| l == main && s + 5 >= now && s < now)
    {
        return;
    }
    // No one spoke at an event still to come (a report of a meeting held
    // the day before the ceremony it prepares).
    let later = |a: PartialDate, b: PartialDate| {
        a.year > b.year
            || (a.year == b.year
                && match (a.month, b.month) {
                    (Some(x), Some(y)) => x > y || (x == y && matches!((a.day, b.day), (Some(p), Some(q)) if p > q)),
                    _ => false,
                })
    };
    if let Some(today) = d.date {
        let to_come = d.facts.iter().any(|f| {
            f.subject == main && f.relation == v.start_date && matches!(f.object, Object::Date(s) if later(s, today))
        });
        if to_come {
            return;
        }
    }
    let visible: Vec<&SMention> = sm.iter().filter(|m| !m.hidden).collect();
    let is_event =
        |m: &&SMention| matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.event));
    if visible.iter().any(is_event) {
        return;
    }
    // The sentence opens with the person (a rank or form of address may come first).
    let Some(first) = visible.first() else { return };
    let MentionKind::Entity(p) = first.kind else { return };
    // (A pronoun continues the sentence before, which may be words to the press.)
    if first.first_tok > 4
        || !d.k.ontology.is_a(d.class_of(p), v.person)
        || matches!(sent.word(first.first_tok), "he" | "she")
    {
        return;
    }
    if (0..first.first_tok).any(|k| !sent.is_capitalised(k) && sent.word(k) != "." && sent.word(k) != "-") {
        return;
    }
    // The apposition after the name ends at a comma; the verb comes next.
    let mut t = first.end_tok;
    if let Some(&(_, _, b)) = d.absorbed.iter().find(|(span, _, _)| *span == first.span) {
        t = t.max(b);
    }
    if sent.word(t) == "," {
        t += 1;
    }
    if matches!(sent.word(t), "also" | "then" | "further") {
        t += 1;
    }
    let verb = t;
    if !VERBS.contains(&sent.word(verb)) {
        return;
    }
    let n = sent.toks.len();
    let rest: Vec<&str> = (verb + 1..n.min(verb + 4)).map(|k| sent.word(k)).collect();
    if matches!(
        rest.first().copied(),
        Some("reporters" | "journalists" | "the" | "vna" | "press" | "media" | "news")
    ) && (rest.first() != Some(&"the") || matches!(rest.get(1).copied(), Some("press" | "media" | "reporters")))
    {
        return;
    }
    let words = sent.words();
    if words.iter().any(|w| {
        matches!(
            *w,
            "interview" | "interviewed" | "correspondent" | "reporters" | "journalists"
        )
    }) {
        return;
    }
    let Some(modality) = super::modality(&d.k.rules.cues, words, verb, verb + 1, false) else {
        return;
    };
    let ev = Evidence {
        sentence: sent.index,
        span: crate::text::Span::new(first.span.start, sent.toks[verb].end),
        rule: Arc::from("document.quoted-speaker"),
        confidence: 0.6,
        modality,
    };
    d.add_fact(p, v.spoke_at, Object::Entity(main), ev);
}

/// A list of heads of delegation after a heading ("List of Heads of
/// Delegation"): each line "COUNTRY: H.E. NAME, post" says that NAME led the
/// country's delegation to the document's main event, and so represented it.
pub(super) fn delegation_list(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    let v = d.k.vocab;
    let n = sent.toks.len();
    let words = sent.words();
    let heading = n <= 10
        && words.windows(3).any(|w| {
            matches!(
                w,
                ["heads" | "head", "of", "delegation" | "delegations"] | ["list", "of", "delegates" | "participants"]
            )
        });
    if heading {
        d.delegation_list = true;
        return;
    }
    if !d.delegation_list {
        return;
    }
    let Some(main) = d.main_event else { return };
    let visible: Vec<&SMention> = sm.iter().filter(|m| !m.hidden).collect();
    let country = visible.first().and_then(|m| match m.kind {
        MentionKind::Entity(l)
            if m.first_tok == 0 && d.k.ontology.is_a(d.class_of(l), v.country) && sent.word(m.end_tok) == ":" =>
        {
            Some((l, *m))
        }
        _ => None,
    });
    let Some((c, cm)) = country else {
        // The list ends at the first line that is not an entry.
        d.delegation_list = false;
        return;
    };
    let person = visible.iter().find(|m| {
        m.first_tok > cm.end_tok
            && m.first_tok <= cm.end_tok + 12
            && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person))
    });
    let Some(pm) = person else { return };
    let MentionKind::Entity(p) = pm.kind else { return };
    let span = crate::text::Span::new(cm.span.start, pm.span.end);
    let ev = |rule: &str| Evidence::asserted(sent.index, span, rule, 0.75);
    if let Some(led) = d.k.ontology.property("ledDelegationTo") {
        d.add_fact(p, led, Object::Entity(main), ev("document.delegation-list"));
    }
    d.add_fact(
        c,
        v.participated_in,
        Object::Entity(main),
        ev("document.delegation-list"),
    );
    d.add_fact(p, v.representing, Object::Entity(c), ev("document.delegation-list"));
}

/// "Among the heads of delegation were General A, Chief B and Commissioner
/// C", "The heads of delegations included A and B": each person listed
/// after the verb led a delegation to the event the sentence names, else the
/// event in view. The list ends at a clause ("who", "said", ";").
pub(super) fn heads_listed(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: nothing is read or written unless "heads" opens the phrase.
    if !sent.may(super::gate::HEADS_LISTED) {
        return;
    }
    let v = d.k.vocab;
    let n = sent.toks.len();
    let Some(verb) = (0..n).find_map(|k| {
        if sent.word(k) != "heads" || sent.word(k + 1) != "of" {
            return None;
        }
        let mut j = sent.past_the(k + 2);
        if !matches!(sent.word(j), "delegation" | "delegations") {
            return None;
        }
        j += 1;
        matches!(sent.word(j), "were" | "are" | "included" | "include" | "includes" | ":").then_some(j)
    }) else {
        return;
    };
    let Some(led) = d.k.ontology.property("ledDelegationTo") else {
        return;
    };
    // (Else the document's main event, when no other event was named since:
    // a report names its delegations' heads well after its event.)
    let main_still = || {
        d.main_event.filter(|&m| {
            d.recent
                .iter()
                .rev()
                .find(|&&l| d.k.ontology.is_a(d.class_of(l), v.event))
                == Some(&m)
        })
    };
    let Some(event) = event_in_view(d, sent, sm).or_else(main_still) else {
        return;
    };
    let words = sent.words();
    let Some(modality) = super::modality(&d.k.rules.cues, words, 0, verb + 1, false) else {
        return;
    };
    let end = (verb + 1..n)
        .find(|&k| matches!(sent.word(k), ";" | "who" | "which" | "said" | "says" | "told"))
        .unwrap_or(n);
    for m in sm
        .iter()
        .filter(|m| !m.hidden && m.first_tok > verb && m.end_tok <= end)
    {
        let MentionKind::Entity(p) = m.kind else { continue };
        if !d.k.ontology.is_a(d.class_of(p), v.person) {
            continue;
        }
        let ev = Evidence::asserted(
            sent.index,
            crate::text::Span::new(sent.toks[verb].start, m.span.end),
            "document.heads-listed",
            0.75,
        )
        .with_modality(modality);
        d.add_fact(p, led, Object::Entity(event), ev);
    }
}

/// "Ministers … on Wednesday adopted the Bali Declaration on …", "The Kyoto
/// Declaration, adopted by consensus, …": a declaration adopted with no body
/// or event named as its adopter was adopted by the event in view.
pub(super) fn declarations_adopted(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: nothing is read unless "adopted" or "adopts" occurs.
    if !sent.may(super::gate::ADOPTED) {
        return;
    }
    let v = d.k.vocab;
    let Some(adopted) = d.k.ontology.property("adopted") else {
        return;
    };
    let Some(declaration) = d.k.ontology.class_by_name("Declaration") else {
        return;
    };
    let n = sent.toks.len();
    let is = |d: &Doc, m: &SMention, c| matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), c));
    // (A body or an event named in the sentence is the rules' adopter.)
    if sm.iter().any(|m| !m.hidden && (is(d, m, v.body) || is(d, m, v.event))) {
        return;
    }
    let Some(t) = (0..n).find(|&t| matches!(sent.word(t), "adopted" | "adopts")) else {
        return;
    };
    // ("…, adopted at the previous Congress": an adopter named otherwise;
    // "adopted by consensus" names none.)
    if matches!(sent.word(t + 1), "at" | "during" | "in")
        || (sent.word(t + 1) == "by" && !matches!(sent.word(t + 2), "consensus" | "acclamation"))
    {
        return;
    }
    // The declaration right after the verb, or just before ", adopted".
    let after = sm
        .iter()
        .find(|m| !m.hidden && m.first_tok == sent.past_the(t + 1) && is(d, m, declaration));
    let before = sm
        .iter()
        .find(|m| !m.hidden && t >= 2 && m.end_tok + 1 == t && sent.word(t - 1) == "," && is(d, m, declaration));
    let Some(m) = after.or(before) else { return };
    let MentionKind::Entity(decl) = m.kind else { return };
    let Some(event) = event_in_view(d, sent, sm) else {
        return;
    };
    let words = sent.words();
    let (from, to) = (m.first_tok.min(t), m.end_tok.max(t + 1));
    let Some(modality) = super::modality(&d.k.rules.cues, words, from, to, false) else {
        return;
    };
    let ev = Evidence::asserted(
        sent.index,
        crate::text::Span::new(sent.toks[from].start, sent.toks[to - 1].end),
        "document.declaration-adopted",
        0.7,
    )
    .with_modality(modality);
    d.add_fact(event, adopted, Object::Entity(decl), ev);
}

/// The organisation a person acts for: the organisation of a post the
/// document gives them, else the ministry of their portfolio ("Minister of
/// Public Security": the Ministry of Public Security, when the gazetteer
/// knows it), else their state.
fn org_of_person(d: &mut Doc, p: usize) -> Option<usize> {
    let v = d.k.vocab;
    let posts = super::coref::posts_of(d, p);
    let org = posts.iter().find_map(|&post| {
        d.facts.iter().find_map(|f| match f.object {
            Object::Entity(o)
                if f.subject == post
                    && f.relation == v.post_in
                    && (d.k.ontology.is_a(d.class_of(o), v.agency) || d.k.ontology.is_a(d.class_of(o), v.body)) =>
            {
                Some(o)
            }
            _ => None,
        })
    });
    if org.is_some() {
        return org;
    }
    let ministry = posts
        .iter()
        .find_map(|&post| super::coref::ministry_of_post(d, &crate::text::fold(&d.entities[post].label)));
    match ministry {
        Some(idx) => Some(d.entity_for_known(idx)),
        None => super::coref::state_of_person(d, p),
    }
}

/// "cooperation between the two ministries", "the two procuracies agreed to
/// step up cooperation", "the relationship between the two police forces",
/// "their ministries had maintained regular exchanges": the two
/// organisations of that kind and of different states named last (in the
/// last eight sentences; else those the two people named last act for)
/// cooperate, when the sentence speaks of their cooperation.
pub(super) fn two_organisations_cooperate(d: &mut Doc, sent: &Sent) {
    // Gate: nothing is read unless "ministries", "procuracies", "courts",
    // "forces" or the like occurs (gate::TWO_SIDES).
    if !sent.may(super::gate::TWO_SIDES) {
        return;
    }
    let v = d.k.vocab;
    let n = sent.toks.len();
    // The words ("the two ministries", "their procuracies", "both courts")
    // and what an organisation's folded name must hold ("" for any).
    let Some((t, end, kind)) = (0..n).find_map(|t| {
        let h = match (sent.word(t), sent.word(t + 1)) {
            ("the" | "their" | "both", "two") => t + 2,
            ("their" | "both", _) => t + 1,
            _ => return None,
        };
        let (end, kind) = match (sent.word(h), sent.word(h + 1)) {
            ("ministries", _) => (h, "ministry"),
            ("procuracies" | "procuratorates", _) => (h, "procura"),
            ("courts", _) => (h, "court"),
            ("inspectorates", _) => (h, "inspectorate"),
            ("forces", _) if h == t + 2 => (h, ""),
            ("police", "forces") => (h + 1, ""),
            _ => return None,
        };
        Some((t, end, kind))
    }) else {
        return;
    };
    let coop = (0..n).any(|k| {
        matches!(
            sent.word(k),
            "cooperation"
                | "co-operation"
                | "cooperated"
                | "coordinated"
                | "relationship"
                | "relations"
                | "ties"
                | "partnership"
                | "exchanges"
        )
    });
    if !coop {
        return;
    }
    let words = sent.words();
    let Some(modality) = super::modality(&d.k.rules.cues, words, 0, n.min(words.len()), false) else {
        return;
    };
    // The two organisations named last, of two states; else those the two
    // people named last act for.
    let recent: Vec<usize> = d.recent_within(sent.index, 8).collect();
    let mut orgs: Vec<(usize, usize)> = Vec::new();
    let take = |d: &mut Doc, l: usize, orgs: &mut Vec<(usize, usize)>| {
        if orgs.len() == 2 || !d.k.ontology.is_a(d.class_of(l), v.agency) || orgs.iter().any(|&(o, _)| o == l) {
            return;
        }
        let label = crate::text::fold(&d.entities[l].label);
        // (Not the news agency of a dateline.)
        if !label.contains(kind) || label.contains("news") {
            return;
        }
        let Some(state) = d.state_of(l) else { return };
        if orgs.iter().all(|&(_, st)| st != state) {
            orgs.push((l, state));
        }
    };
    for &l in &recent {
        take(d, l, &mut orgs);
    }
    if orgs.len() < 2 {
        orgs.clear();
        let mut people: Vec<usize> = Vec::new();
        for &l in &recent {
            if d.k.ontology.is_a(d.class_of(l), v.person) && !people.contains(&l) {
                people.push(l);
            }
        }
        for p in people.into_iter().take(2) {
            if let Some(o) = org_of_person(d, p) {
                take(d, o, &mut orgs);
            }
        }
    }
    let [(a, _), (b, _)] = orgs[..] else { return };
    let ev = Evidence::asserted(
        sent.index,
        crate::text::Span::new(sent.toks[t].start, sent.toks[end.min(n - 1)].end),
        "document.two-organisations",
        0.7,
    )
    .with_modality(modality);
    d.add_fact(a, v.cooperates_with, Object::Entity(b), ev);
}

/// "Deputy Minister NAME thanked the NPA for its assistance in forensic
/// science", "we thank UNODC and UNDP for their support", "Viet Nam is
/// grateful to UNODC for the technical assistance": the one who thanks (a
/// person stands for the organisation they act for) and each organisation
/// thanked for support, help, assistance, funding or cooperation work
/// together.
pub(super) fn thanked_for_support(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: nothing is read unless a word of thanks occurs (gate::THANKS).
    if !sent.may(super::gate::THANKS) {
        return;
    }
    const HELP: &[&str] = &[
        "support",
        "supporting",
        "help",
        "helping",
        "assistance",
        "assisting",
        "cooperation",
        "co-operation",
        "funding",
        "financing",
        "contribution",
        "contributions",
        "partnership",
        "collaboration",
        "training",
        "sponsorship",
    ];
    let v = d.k.vocab;
    let n = sent.toks.len();
    // "thanked X", "thanks X", "grateful to X", "gratitude to X".
    let Some((verb, first)) = (0..n).find_map(|t| match sent.word(t) {
        "thanked" | "thanks" | "thank" | "thanking" => Some((t, t + 1)),
        "grateful" | "gratitude" if sent.word(t + 1) == "to" => Some((t, t + 2)),
        _ => None,
    }) else {
        return;
    };
    let visible: Vec<&SMention> = sm.iter().filter(|m| !m.hidden).collect();
    let org_class = |d: &Doc, l: usize| {
        let c = d.class_of(l);
        d.k.ontology.is_a(c, v.country) || d.k.ontology.is_a(c, v.agency) || d.k.ontology.is_a(c, v.body)
    };
    // Those thanked: organisations listed right after the verb, up to "for".
    let mut thanked: Vec<usize> = Vec::new();
    let mut t = first;
    while t < n {
        if matches!(sent.word(t), "the" | "," | "and") {
            t += 1;
            continue;
        }
        let Some(m) = visible.iter().find(|m| m.first_tok == t) else {
            break;
        };
        match m.kind {
            MentionKind::Entity(l) if org_class(d, l) => thanked.push(l),
            _ => return,
        }
        t = m.end_tok;
    }
    if thanked.is_empty() || sent.word(t) != "for" {
        return;
    }
    // … for what: help of some kind, within a few words.
    let Some(what) = (t + 1..n.min(t + 5)).find(|&k| HELP.contains(&sent.word(k))) else {
        return;
    };
    // The one who thanks: "he"/"she" opening the sentence (the person
    // named in the last two sentences), "we" in a statement, else the first
    // person, state or agency the sentence names, before the verb.
    let pronoun = (0..verb.min(3)).find(|&k| matches!(sent.word(k), "he" | "she" | "we"));
    let subject = match pronoun {
        Some(k) if sent.word(k) == "we" => d.statement_of,
        // (The person who opens the last sentence that names anyone, one
        // of the two before: "Ke Kim Yan told reporters …. He thanked …";
        // if that sentence opens with someone else, no one.)
        Some(_) => {
            let last = d.recent_sent.iter().rev().copied().find(|&s| s < sent.index);
            last.filter(|&s| s + 2 >= sent.index)
                .and_then(|s| d.recent_sent.iter().position(|&x| x == s))
                .map(|i| d.recent[i])
                .filter(|&l| d.k.ontology.is_a(d.class_of(l), v.person))
        }
        None => visible
            .iter()
            .find_map(|m| match m.kind {
                MentionKind::Entity(l) if org_class(d, l) || d.k.ontology.is_a(d.class_of(l), v.person) => {
                    Some((l, m.end_tok))
                }
                _ => None,
            })
            .filter(|&(_, end)| end <= verb)
            .map(|(l, _)| l),
    };
    let Some(subject) = subject else { return };
    let org = if d.k.ontology.is_a(d.class_of(subject), v.person) {
        // (An envoy to a body, "Permanent Representative of Viet Nam to the
        // United Nations", thanks for the state they represent.)
        let represented = super::coref::represented_state(d, subject);
        match org_of_person(d, subject) {
            Some(o) if d.k.ontology.is_a(d.class_of(o), v.body) && represented.is_some() => represented,
            o => o,
        }
    } else {
        Some(subject)
    };
    let Some(org) = org else { return };
    let words = sent.words();
    let Some(modality) = super::modality(&d.k.rules.cues, words, verb, what + 1, false) else {
        return;
    };
    for o in thanked {
        // (A state thanked, by an agency: its state thanks it.)
        let org = if d.k.ontology.is_a(d.class_of(o), v.country) {
            d.state_or_self(org).unwrap_or(org)
        } else {
            org
        };
        if o == org {
            continue;
        }
        let ev = Evidence::asserted(
            sent.index,
            crate::text::Span::new(sent.toks[verb].start, sent.toks[what].end),
            "document.thanked-for-support",
            0.7,
        )
        .with_modality(modality);
        d.add_fact(org, v.cooperates_with, Object::Entity(o), ev);
    }
}

/// "… with the three neighbours agreeing to step up cooperation against
/// drug trafficking": the last three states named (in this sentence, then
/// in the last eight) cooperate with each other, when the sentence speaks
/// of their cooperation.
pub(super) fn three_states_cooperate(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: nothing is read unless "sides", "neighbours" or "countries"
    // occurs (gate::TWO_SIDES).
    if !sent.may(super::gate::TWO_SIDES) {
        return;
    }
    let v = d.k.vocab;
    let n = sent.toks.len();
    let Some(t) = (1..n).find(|&t| {
        sent.word(t) == "three"
            && sent.word(t - 1) == "the"
            && matches!(
                sent.word(t + 1),
                "countries" | "nations" | "neighbours" | "neighbors" | "sides"
            )
    }) else {
        return;
    };
    let Some(coop) = (t..n).find(|&k| {
        matches!(
            sent.word(k),
            "cooperation" | "co-operation" | "cooperate" | "coordination" | "cooperated"
        )
    }) else {
        return;
    };
    let words = sent.words();
    let Some(modality) = super::modality(&d.k.rules.cues, words, t, coop + 1, false) else {
        return;
    };
    // The three states: named before "the three" in this sentence, latest
    // first, then in the last eight sentences.
    let mut states: Vec<usize> = Vec::new();
    let here = sm
        .iter()
        .rev()
        .filter(|m| !m.hidden && m.end_tok <= t)
        .filter_map(|m| match m.kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.country) => Some(l),
            _ => None,
        });
    let before = d
        .recent_within(sent.index, 8)
        .filter(|&l| d.k.ontology.is_a(d.class_of(l), v.country));
    for l in here.chain(before) {
        if !states.contains(&l) {
            states.push(l);
        }
        if states.len() == 3 {
            break;
        }
    }
    let [a, b, c] = states[..] else { return };
    let ev = Evidence::asserted(
        sent.index,
        crate::text::Span::new(sent.toks[t - 1].start, sent.toks[coop].end),
        "document.three-states",
        0.7,
    )
    .with_modality(modality);
    for (x, y) in [(a, b), (a, c), (b, c)] {
        d.add_fact(x, v.cooperates_with, Object::Entity(y), ev.clone());
    }
}

/// "The two sides agreed to enhance cooperation in …", after a meeting of
/// two people: the organisations they act for cooperate.
pub(super) fn two_sides_cooperate(d: &mut Doc, sent: &Sent) {
    // Gate: nothing is read unless "sides" occurs (gate::TWO_SIDES).
    if !sent.may(super::gate::TWO_SIDES) {
        return;
    }
    let v = d.k.vocab;
    let n = sent.toks.len();
    let start =
        (0..n.min(4)).find(|&t| matches!((sent.word(t), sent.word(t + 1)), ("two", "sides") | ("both", "sides")));
    let Some(start) = start else { return };
    let verb = start + 2;
    if !matches!(sent.word(verb), "agreed" | "pledged" | "vowed" | "committed") {
        return;
    }
    let Some(coop) = (verb..n).find(|&t| matches!(sent.word(t), "cooperation" | "cooperate" | "co-operation")) else {
        return;
    };
    // ("… to strengthen cooperation between the Ministry and the General
    // Secretariat": the sentence names the two, the rules read them.)
    if (coop..n.min(coop + 4)).any(|t| sent.word(t) == "between") {
        return;
    }
    let words = sent.words();
    let Some(modality) = super::modality(&d.k.rules.cues, words, start, coop + 1, false) else {
        return;
    };
    // The two people last named before this sentence.
    let mut people: Vec<usize> = Vec::new();
    for (&l, &s) in d.recent.iter().zip(&d.recent_sent).rev() {
        if s >= sent.index || !d.k.ontology.is_a(d.class_of(l), v.person) || people.contains(&l) {
            continue;
        }
        people.push(l);
        if people.len() == 2 {
            break;
        }
    }
    let [b, a] = people[..] else { return };
    let (Some(oa), Some(ob)) = (org_of_person(d, a), org_of_person(d, b)) else {
        return;
    };
    if oa == ob {
        return;
    }
    let ev = Evidence::asserted(
        sent.index,
        crate::text::Span::new(sent.toks[start].start, sent.toks[coop].end),
        "document.two-sides-cooperation",
        0.7,
    )
    .with_modality(modality);
    d.add_fact(oa, v.cooperates_with, Object::Entity(ob), ev);
}
