//! Bilateral treaties. A treaty between two states is named by its parties
//! ("the Viet Nam–Cambodia Treaty on Mutual Legal Assistance …", "the Treaty
//! on Extradition between Viet Nam and Italy") or only described ("an
//! extradition treaty with Italy", "two treaties between Viet Nam and Italy,
//! one on extradition and one on the transfer of sentenced persons").
//!
//! [`described`] turns a description into a treaty: the gazetteer's entry
//! when one of the names built from it is known, else a treaty minted from
//! its parties and subject (its key does not depend on the order of the
//! parties or on the form "extradition treaty" / "treaty on extradition").
//! [`consequences`] reads the parties of any bilateral treaty off its names
//! and draws what a reader takes from "… signed TREATY", "TREATY was signed",
//! "TREATY entered into force": each party signed it (or is party to it) and
//! the two concluded an agreement. An active signing with a day and a place
//! ("on July 18 signed … at the Ministry of Justice in Rome") is the treaty's
//! signing ceremony.

use super::{covered, events, modality, Doc, SMention, Sent};
use crate::fact::{EntityId, Evidence, LocalId, MentionKind, Modality, Object};
use crate::text::{fold, Span};

/// Words that end a treaty's subject ("on extradition between …").
const SUBJECT_STOP: &[&str] = &[
    "between", "with", "signed", "was", "were", "is", "are", "has", "have", "had", "that", "which", "who", "by", "at",
    "from", "will", "would", "can", "could", "shall", "should", "as", "to", "one", "while", "after", "before",
    "during", "when", "under", "into", "its", "their", "this", "these",
];

/// Small words that stay lower case in a title and never end a subject.
const SMALL: &[&str] = &["the", "of", "in", "on", "and", "for", "a", "an", "against"];

/// Words that close the clause between a verb and its object.
const CLAUSE_BREAK: &[&str] = &[";", ".", "which", "that", "who", "while", "but", "whereas", "although"];

/// Finds treaties described by their subject and parties in this sentence
/// and makes each a mention (hiding the names inside it).
pub(super) fn described(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    // Gate: a name is read only at "treaty", "treaties", "agreement",
    // "agreements", "memorandum" or "MoU" (gate::DESCRIBED); without one the
    // pass only sorts the mentions, which it still does.
    if !sent.may(super::gate::DESCRIBED) {
        sm.sort_by_key(|m| m.span.start);
        return;
    }
    let n = sent.toks.len();
    let mut found: Vec<(usize, usize, LocalId)> = Vec::new();
    // The parties of the last treaty described here ("signed a treaty on
    // extradition and a treaty on mutual legal assistance").
    let mut last_parties: Option<(LocalId, LocalId, usize)> = None;
    // A treaty described without parties right before "and" another
    // (start, end, kind, subject).
    let mut waiting: Option<(usize, usize, &str, String)> = None;
    let mut t = 0;
    while t < n {
        // (A memorandum of understanding is an instrument too: "a
        // Memorandum of Understanding between the Ministry of Public Security
        // of Viet Nam and the Department of Home Affairs of Australia".)
        let (kind, plural, head_end) = match sent.word(t) {
            "treaty" => ("Treaty", false, t + 1),
            "treaties" => ("Treaty", true, t + 1),
            "agreement" => ("Agreement", false, t + 1),
            "agreements" => ("Agreement", true, t + 1),
            "memorandum" if sent.word(t + 1) == "of" && sent.word(t + 2) == "understanding" => ("MoU", false, t + 3),
            "mou" => ("MoU", false, t + 1),
            _ => {
                t += 1;
                continue;
            }
        };
        if covered(sm, t) {
            t += 1;
            continue;
        }
        // Before the head: a subject ("extradition treaty") and the parties
        // ("the Viet Nam–Italy extradition treaty").
        let mut start = t;
        let mut subject: Option<String> = None;
        if let Some(m) = sm
            .iter()
            .find(|m| !m.hidden && m.end_tok == t && is_class(d, m, d.k.vocab.topic))
        {
            subject = Some(sent.text_between(m.first_tok, m.end_tok - 1).to_lowercase());
            start = m.first_tok;
        }
        let mut parties: Vec<LocalId> = Vec::new();
        if let Some(b) = country_ending(d, sm, start) {
            let dash = sm[b].first_tok.checked_sub(1).filter(|&k| sent.word(k) == "-");
            if let Some(a) = dash.and_then(|k| country_ending(d, sm, k)) {
                parties = [a, b].iter().filter_map(|&i| entity_of(&sm[i])).collect();
                start = sm[a].first_tok;
            }
        }
        // After the head: "on SUBJECT", then "between A and B" or "with C".
        let mut k = head_end;
        if !plural && subject.is_none() && matches!(sent.word(k), "on" | "concerning" | "regarding") {
            if let Some((s, e)) = subject_at(d, sent, sm, k + 1) {
                subject = Some(s);
                k = e;
            }
        }
        if parties.is_empty() {
            if sent.word(k) == "between"
                && sent.word(k + 1) == "the"
                && sent.word(k + 2) == "two"
                && matches!(
                    sent.word(k + 3),
                    "countries" | "sides" | "states" | "nations" | "governments"
                )
            {
                // "… the Treaty on Extradition between the two countries":
                // the two states named before it.
                if let Some(pair) = two_states(d, sm, start) {
                    parties = pair.to_vec();
                    k += 4;
                }
            } else if sent.word(k) == "between" {
                // (A memorandum between two states' agencies is between the
                // states.)
                let party_at = |d: &mut Doc, j: usize| {
                    country_at(d, sm, sent, j)
                        .or_else(|| (kind == "MoU").then(|| agency_state_at(d, sm, sent, j)).flatten())
                };
                if let Some((e1, a)) = party_at(d, k + 1) {
                    if sent.word(e1) == "and" {
                        if let Some((e2, b)) = party_at(d, e1 + 1) {
                            parties = vec![a, b];
                            k = e2;
                            // ("… between A and B on cooperation in …": the
                            // subject after the parties.)
                            if subject.is_none() && !plural && sent.word(k) == "on" {
                                if let Some((s, e)) = subject_at(d, sent, sm, k + 1) {
                                    subject = Some(s);
                                    k = e;
                                }
                            }
                        }
                    }
                }
            } else if sent.word(k) == "with" {
                if let Some((e, c)) = country_at(d, sm, sent, k + 1) {
                    if let Some(other) = subject_country(d, sent, sm, start, c) {
                        parties = vec![other, c];
                        k = e;
                    }
                }
            }
        }
        // "the Treaty on Extradition signed between A and B in 2013",
        // "… signed by the two countries in 2013", "… that the two countries
        // signed in 2003": the signers after the name are its parties.
        // (A treaty only: "the agreement on cooperation … that the two
        // countries signed" is often a framework, not an instrument listed.)
        // (A named agreement too: "the Agreement on the Transfer of
        // Sentenced Persons, which Viet Nam and the UK signed in 2008".)
        if parties.is_empty() && !plural && subject.is_some() && (kind == "Treaty" || sent.is_capitalised(t)) {
            let two = |j: usize| {
                sent.word(j) == "the"
                    && sent.word(j + 1) == "two"
                    && matches!(
                        sent.word(j + 2),
                        "countries" | "sides" | "states" | "nations" | "governments"
                    )
            };
            let signed = |w: &str| matches!(w, "signed" | "concluded" | "inked");
            let v0 = if sent.word(k) == "," { k + 1 } else { k };
            if signed(sent.word(v0)) && sent.word(v0 + 1) == "between" {
                if let Some((e1, a)) = country_at(d, sm, sent, v0 + 2) {
                    let e1 = if sent.word(e1) == "and" { e1 } else { usize::MAX };
                    if let Some((_, b)) = (e1 != usize::MAX).then(|| country_at(d, sm, sent, e1 + 1)).flatten() {
                        parties = vec![a, b];
                    }
                }
            } else if let Some(pair) = (signed(sent.word(v0)) && sent.word(v0 + 1) == "by")
                .then(|| {
                    // "… signed by Vietnam and the RoK in 2003"
                    let (e1, a) = country_at(d, sm, sent, v0 + 2).filter(|&(e1, _)| sent.word(e1) == "and")?;
                    let (_, b) = country_at(d, sm, sent, sent.past_the(e1 + 1))?;
                    Some(vec![a, b])
                })
                .flatten()
            {
                parties = pair;
            } else if (signed(sent.word(v0)) && sent.word(v0 + 1) == "by" && two(v0 + 2))
                || (matches!(sent.word(v0), "that" | "which") && two(v0 + 1) && signed(sent.word(v0 + 4)))
            {
                if let Some(pair) = two_states(d, sm, start) {
                    parties = pair.to_vec();
                }
            } else if matches!(sent.word(v0), "that" | "which") {
                // "… that Vietnam and Laos signed in 1998", "…, which Vietnam
                // and Laos signed"
                if let Some((e1, a)) = country_at(d, sm, sent, v0 + 1).filter(|&(e1, _)| sent.word(e1) == "and") {
                    if let Some((e2, b)) = country_at(d, sm, sent, sent.past_the(e1 + 1)) {
                        let mut v = e2;
                        while matches!(sent.word(v), "had" | "have" | "has" | "jointly" | "first") {
                            v += 1;
                        }
                        if signed(sent.word(v)) {
                            parties = vec![a, b];
                        }
                    }
                }
            }
        }
        if parties.is_empty() && !plural {
            // "Viet Nam and Thailand on March 13 signed a Treaty on
            // Extradition", "The two countries signed a treaty on …": the
            // signers are the parties.
            let mut b0 = start;
            if b0 > 0 && sent.word(b0 - 1) == "bilateral" {
                b0 -= 1;
            }
            if b0 > 0 && matches!(sent.word(b0 - 1), "a" | "an" | "the" | "new") {
                b0 -= 1;
            }
            // "The UK and Viet Nam have been parties to a bilateral agreement
            // on …": the parties named before are its parties.
            let parties_to = b0 >= 2 && sent.word(b0 - 1) == "to" && matches!(sent.word(b0 - 2), "parties" | "party");
            if parties_to
                || (b0 > 0 && matches!(sent.word(b0 - 1), "signed" | "concluded" | "inked" | "sign" | "signs"))
            {
                let mut e = if parties_to { b0 - 2 } else { b0 - 1 };
                while parties_to && e > 0 && matches!(sent.word(e - 1), "been" | "are" | "were" | "became" | "become") {
                    e -= 1;
                }
                if let Some(dm) = sm
                    .iter()
                    .find(|m| !m.hidden && m.end_tok == e && matches!(m.kind, MentionKind::Date(_)))
                {
                    e = dm.first_tok;
                    if e > 0 && sent.word(e - 1) == "on" {
                        e -= 1;
                    }
                }
                while e > 0
                    && matches!(
                        sent.word(e - 1),
                        "yesterday" | "today" | "also" | "have" | "has" | "had"
                    )
                {
                    e -= 1;
                }
                // "C, with whom|which B signed a treaty on …": B and C;
                // B may be an official's "we" (coref::we_state).
                let with_whom = |f: usize| {
                    (f >= 4 && matches!(sent.word(f - 1), "whom" | "which") && sent.word(f - 2) == "with")
                        .then(|| {
                            let c = if sent.word(f - 3) == "," { f - 3 } else { f - 2 };
                            country_ending(d, sm, c).and_then(|i| entity_of(&sm[i]))
                        })
                        .flatten()
                };
                let we = (e > 0 && sent.word(e - 1) == "we")
                    .then(|| super::coref::we_state(d, sent, e - 1))
                    .flatten();
                if let (Some(b), Some(c)) = (we, e.checked_sub(1).and_then(with_whom)) {
                    parties = vec![b, c];
                } else if let Some((b, c)) =
                    country_ending(d, sm, e).and_then(|bi| Some((entity_of(&sm[bi])?, with_whom(sm[bi].first_tok)?)))
                {
                    parties = vec![b, c];
                } else if let Some(bi) = country_ending(d, sm, e) {
                    let f = sm[bi].first_tok;
                    // ("Viet Nam and the Republic of Korea … signed")
                    let f = if f >= 3 && sent.word(f - 1) == "the" && sent.word(f - 2) == "and" {
                        f - 1
                    } else {
                        f
                    };
                    let ai = (f >= 2 && sent.word(f - 1) == "and")
                        .then(|| country_ending(d, sm, f - 1))
                        .flatten();
                    if let Some(ai) = ai {
                        parties = [ai, bi].iter().filter_map(|&i| entity_of(&sm[i])).collect();
                    }
                } else if e >= 3
                    && sent.word(e - 3) == "the"
                    && sent.word(e - 2) == "two"
                    && matches!(
                        sent.word(e - 1),
                        "countries" | "sides" | "states" | "nations" | "governments"
                    )
                {
                    if let Some(pair) = two_states(d, sm, e - 3) {
                        parties = pair.to_vec();
                    }
                }
            } else if b0 >= 1 && sent.word(b0 - 1) == "and" {
                // "… and a treaty on mutual legal assistance": the same parties.
                if let Some((a, b, end)) = last_parties.filter(|&(_, _, end)| end + 1 >= b0) {
                    let _ = end;
                    parties = vec![a, b];
                }
            }
        }
        if parties.len() != 2 || parties[0] == parties[1] {
            // ("the extradition treaty and the treaty on … that A and B
            // signed": the parties of the next one.)
            if !plural && sent.word(k) == "and" {
                if let Some(s) = subject.clone() {
                    waiting = Some((start, k, kind, s));
                }
            }
            t += 1;
            continue;
        }
        let (a, b) = (parties[0], parties[1]);
        if let Some((w_start, w_end, w_kind, w_subject)) = waiting.take() {
            let mut first = w_end + 1;
            if matches!(sent.word(first), "the" | "a" | "an") {
                first += 1;
            }
            if first == start || first == t {
                let l = treaty(d, w_kind, &w_subject, a, b);
                found.push((w_start, w_end, l));
            }
        }
        if plural {
            // ", one on X and one on Y" / "… and the other on Y".
            let mut j = if sent.word(k) == "," { k + 1 } else { k };
            let mut items = Vec::new();
            loop {
                let at = match (sent.word(j), sent.word(j + 1)) {
                    ("one" | "another", "on") => j + 2,
                    ("the", "other") if sent.word(j + 2) == "on" => j + 3,
                    _ => break,
                };
                let Some((s, e)) = subject_at(d, sent, sm, at) else {
                    break;
                };
                items.push((j, e, s));
                j = e;
                if sent.word(j) == "," {
                    j += 1;
                }
                if sent.word(j) == "and" {
                    j += 1;
                }
            }
            if items.len() >= 2 {
                for (first, end, s) in items {
                    let l = treaty(d, kind, &s, a, b);
                    found.push((first, end, l));
                }
            }
            t = k.max(t + 1);
            continue;
        }
        let Some(s) = subject else {
            t += 1;
            continue;
        };
        let l = treaty(d, kind, &s, a, b);
        // A memorandum keeps its name as written ("Memorandum of
        // Understanding on cooperation in combating transnational crime").
        if kind == "MoU" {
            d.add_alt_label(l, crate::text::squash_whitespace(&sent.text_between(t, k - 1)));
        }
        found.push((start, k, l));
        last_parties = Some((a, b, k));
        t = k.max(t + 1);
    }
    for (first, end, l) in found {
        let span = Span::new(sent.toks[first].start, sent.toks[end - 1].end);
        for m in sm.iter_mut().filter(|m| span.contains(m.span)) {
            m.hidden = true;
        }
        sm.push(SMention::over(sent, first, end, MentionKind::Entity(l)));
    }
    sm.sort_by_key(|m| m.span.start);
}

/// What follows in this sentence for each bilateral treaty it names:
/// signed (active or passive) → both parties signed it and concluded an
/// agreement; entered into force → both are party to it and concluded an
/// agreement; an active signing with a day and a place → its ceremony.
pub(super) fn consequences(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    let v = d.k.vocab;
    let n = sent.toks.len();
    let treaties: Vec<(usize, usize, LocalId)> = sm
        .iter()
        .filter(|m| !m.hidden && is_class(d, m, v.treaty))
        .filter_map(|m| Some((m.first_tok, m.end_tok, entity_of(m)?)))
        .collect();
    if treaties.is_empty() {
        return;
    }
    let words = sent.words();
    let has_date = sm.iter().any(|m| matches!(m.kind, MentionKind::Date(_)));
    let mut ceremony: Option<(usize, Vec<LocalId>)> = None;
    for &(first, end, l) in &treaties {
        let Some((a, b)) = parties(d, l) else { continue };
        let clause_back = (first.saturating_sub(15)..first)
            .rev()
            .take_while(|&i| !CLAUSE_BREAK.contains(&words[i]))
            .last()
            .unwrap_or(first);
        let active = (clause_back..first)
            .rev()
            .find(|&i| matches!(words[i], "signed" | "inked"));
        let ahead = |len: usize| {
            (end..(end + len).min(n))
                .take_while(|&i| !CLAUSE_BREAK.contains(&words[i]))
                .collect::<Vec<_>>()
        };
        // (Also a participle right after the name: "TREATY signed between A
        // and B in 2013", "… signed by the two countries"; and a relative
        // clause: "TREATY that the two countries signed in 2003".)
        let participle = (end < n
            && words[end] == "signed"
            && matches!(words.get(end + 1), Some(&("between" | "by" | "in" | "on"))))
        .then_some(end);
        // ("the extradition treaty and the treaty on … that A and B signed":
        // the clause after the next treaty of the pair.)
        let rel_end = treaties
            .iter()
            .find(|&&(f, _, _)| {
                words.get(end) == Some(&"and") && (f == end + 1 || f == end + 2 && words[end + 1] == "the")
            })
            .map_or(end, |&(_, e, _)| e);
        let relative = (rel_end < n && matches!(words[rel_end], "that" | "which"))
            .then(|| {
                (rel_end + 1..(rel_end + 10).min(n))
                    .take_while(|&i| !matches!(words[i], ";" | "." | ","))
                    .find(|&i| words[i] == "signed")
            })
            .flatten();
        let passive = ahead(5)
            .into_iter()
            .find(|&i| words[i] == "signed" && matches!(words[i - 1], "was" | "were" | "been" | "be"))
            .or(participle)
            .or(relative);
        // (Or a relative clause: "TREATY, which is already in force".)
        let rel = if words.get(end) == Some(&",") { end + 1 } else { end };
        let in_force_relative = (rel < n && matches!(words[rel], "which" | "that"))
            .then(|| {
                (rel + 1..(rel + 5).min(n)).find(|&i| {
                    words[i] == "in"
                        && words.get(i + 1) == Some(&"force")
                        && matches!(
                            words[i - 1],
                            "is" | "are" | "already" | "now" | "remains" | "has" | "been"
                        )
                })
            })
            .flatten()
            .map(|i| i - 1);
        let in_force = ahead(6)
            .into_iter()
            .find(|&i| {
                (matches!(words[i], "entered" | "came")
                    && words.get(i + 1) == Some(&"into")
                    && words.get(i + 2) == Some(&"force"))
                    || (matches!(words[i], "took") && words.get(i + 1) == Some(&"effect"))
            })
            .or(in_force_relative);
        let mut facts = Vec::new();
        if let Some(verb) = active.or(passive) {
            let (from, to) = if verb < first { (verb, end) } else { (first, verb + 1) };
            facts.push((v.signed, from, to, "treaty.bilateral-signed"));
        }
        if let Some(verb) = in_force {
            facts.push((v.party_to, first, verb + 3, "treaty.bilateral-in-force"));
        }
        for (rel, from, to, rule) in facts {
            let Some(modality) = modality(&d.k.rules.cues, words, from, to, has_date) else {
                continue;
            };
            let span = Span::new(sent.toks[from].start, sent.toks[to - 1].end);
            let ev = Evidence::asserted(sent.index, span, rule, 0.8).with_modality(modality);
            d.add_fact(a, rel, Object::Entity(l), ev.clone());
            d.add_fact(b, rel, Object::Entity(l), ev.clone());
            d.add_fact(a, v.concluded_agreement_with, Object::Entity(b), ev);
            if rel == v.signed && modality == Modality::Asserted && active.is_some() {
                let verb = active.unwrap_or(first);
                ceremony.get_or_insert((verb, Vec::new())).1.push(l);
            }
        }
    }
    if let Some((verb, signed)) = ceremony {
        signing_ceremony(d, sent, sm, verb, &signed);
    }
}

/// "X and Y on July 18 signed TREATY … at the Ministry of Justice in Rome":
/// with a day near the verb and a place after "in", the signing is the
/// first treaty's signing ceremony, held there and then, concerning each
/// treaty signed.
fn signing_ceremony(d: &mut Doc, sent: &Sent, sm: &[SMention], verb: usize, treaties: &[LocalId]) {
    let v = d.k.vocab;
    let Some(class) = d.k.ontology.class_by_name("SigningCeremony") else {
        return;
    };
    let date = sm
        .iter()
        .filter(|m| !m.hidden && m.end_tok + 6 >= verb && m.first_tok <= verb + 20)
        .find_map(|m| match m.kind {
            MentionKind::Date(dv) if dv.start.day.is_some() => Some(dv),
            _ => None,
        });
    // (After the verb, else just before it: "X and Y on July 26 in Rome
    // signed …".)
    let place = sm
        .iter()
        .filter(|m| !m.hidden && m.first_tok > 0 && matches!(sent.word(m.first_tok - 1), "in"))
        .filter(|m| m.first_tok > verb || (m.end_tok <= verb && m.end_tok + 6 >= verb))
        .filter(|m| is_class(d, m, v.place))
        .min_by_key(|m| (m.first_tok < verb, m.first_tok))
        .and_then(entity_of);
    let (Some(date), Some(place), Some(&first)) = (date, place, treaties.first()) else {
        return;
    };
    let ev = events::signing_event(d, class, first);
    let span = Span::new(sent.toks[verb].start, sent.toks[verb].end);
    let evidence = Evidence::asserted(sent.index, span, "event.treaty-signing-active", 0.75);
    for &t in treaties {
        d.add_fact(ev, v.concerns, Object::Entity(t), evidence.clone());
    }
    d.add_fact(ev, v.held_in, Object::Entity(place), evidence.clone());
    d.add_fact(ev, v.start_date, Object::Date(date.start), evidence.clone());
    if let Some(e) = date.end {
        d.add_fact(ev, v.end_date, Object::Date(e), evidence);
    }
    let m = SMention::over(sent, verb, verb + 1, MentionKind::Entity(ev));
    d.mentions.push(crate::fact::Mention {
        span: m.span,
        kind: m.kind,
    });
    // (In view now: "the ceremony" in a later sentence is this one.)
    d.recent.push(ev);
    d.recent_sent.push(sent.index);
}

/// The parties of a bilateral treaty, read off its names: "A-B …" or
/// "… between A and B", where A and B are countries the gazetteer knows.
pub(super) fn parties(d: &mut Doc, treaty: LocalId) -> Option<(LocalId, LocalId)> {
    let e = &d.entities[treaty];
    // (A name with no dash and no " between " gives no parties below: when
    // no name has one, nothing is copied or looked up.)
    let may_name_parties = |n: &String| n.contains(['-', '–']) || n.contains(" between ");
    let known_labels = match e.id {
        EntityId::Known(idx) => d.k.gazetteer.get(idx).labels.as_slice(),
        EntityId::Minted { .. } => &[],
    };
    if !(may_name_parties(&e.label)
        || e.alt_labels.iter().any(may_name_parties)
        || known_labels.iter().any(may_name_parties))
    {
        return None;
    }
    let mut names = vec![e.label.clone()];
    names.extend(e.alt_labels.iter().cloned());
    if let EntityId::Known(idx) = e.id {
        names.extend(d.k.gazetteer.get(idx).labels.iter().cloned());
    }
    for name in names {
        let name = name.replace('–', "-");
        if let Some((a, rest)) = name.split_once('-') {
            // "Viet Nam-Italy Extradition Treaty": the longest run of words
            // after the dash that names a country.
            let words: Vec<&str> = rest.split(' ').collect();
            let b = (1..words.len())
                .rev()
                .find_map(|k| country_named(d, &words[..k].join(" ")));
            if let (Some(a), Some(b)) = (country_named(d, a), b) {
                if a != b {
                    return Some((a, b));
                }
            }
        }
        if let Some((_, between)) = name.split_once(" between ") {
            if let Some((a, b)) = between.split_once(" and ") {
                if let (Some(a), Some(b)) = (country_named(d, a), country_named(d, b)) {
                    if a != b {
                        return Some((a, b));
                    }
                }
            }
        }
    }
    None
}

/// The country the gazetteer knows by this name ("the Kingdom of Cambodia").
fn country_named(d: &mut Doc, name: &str) -> Option<LocalId> {
    let name = name.trim();
    let name = name.strip_prefix("the ").unwrap_or(name);
    let idx = d.k.gazetteer.lookup(name)?;
    d.k.ontology
        .is_a(d.k.gazetteer.get(idx).class, d.k.vocab.country)
        .then(|| d.entity_for_known(idx))
}

/// The treaty of `kind` on `subject` between `a` and `b`: the gazetteer's
/// when it knows one of the names built here, else a minted one.
fn treaty(d: &mut Doc, kind: &str, subject: &str, a: LocalId, b: LocalId) -> LocalId {
    let bare = subject.strip_prefix("the ").unwrap_or(subject);
    let single = !bare.contains(' ');
    let s = title(subject);
    let (la, lb) = (d.entities[a].label.clone(), d.entities[b].label.clone());
    let mut names = Vec::new();
    for (x, y) in [(&la, &lb), (&lb, &la)] {
        if single {
            names.push(format!("{x}-{y} {s} {kind}"));
        }
        names.push(format!("{x}-{y} {kind} on {s}"));
    }
    names.push(format!("{kind} on {s} between {la} and {lb}"));
    let known = names.iter().find_map(|name| {
        d.k.gazetteer
            .lookup(name)
            .filter(|&idx| d.k.ontology.is_a(d.k.gazetteer.get(idx).class, d.k.vocab.treaty))
    });
    if let Some(idx) = known {
        return d.entity_for_known(idx);
    }
    let mut pair = [fold(&la), fold(&lb)];
    pair.sort();
    let key = format!("{}-{} {} {}", pair[0], pair[1], kind.to_lowercase(), fold(bare));
    let class = d.k.vocab.treaty;
    let mut l = 0;
    for name in &names {
        l = d.entity(
            EntityId::Minted {
                dir: "treaty",
                key: key.clone(),
            },
            class,
            name,
        );
    }
    l
}

/// A treaty's subject from token `k`: words and topic names up to a stop
/// word, a punctuation mark or another name, at most ten tokens, not ending
/// on a small word. Returns the words as written and the end token.
fn subject_at(d: &Doc, sent: &Sent, sm: &[SMention], k: usize) -> Option<(String, usize)> {
    let n = sent.toks.len();
    let mut e = k;
    let mut end = k;
    while e < n && e - k < 10 {
        if let Some(m) = sm.iter().find(|m| !m.hidden && m.first_tok == e) {
            if !is_class(d, m, d.k.vocab.topic) {
                break;
            }
            e = m.end_tok;
            end = e;
            continue;
        }
        let w = sent.word(e);
        let wordlike = w.chars().next().is_some_and(char::is_alphabetic);
        if !wordlike || SUBJECT_STOP.contains(&w) || covered(sm, e) {
            break;
        }
        if w == "and" && matches!(sent.word(e + 1), "one" | "another" | "the" | "a" | "an") {
            break;
        }
        e += 1;
        if !SMALL.contains(&w) {
            end = e;
        }
    }
    let content = (k..end).any(|i| !SMALL.contains(&sent.word(i)));
    (end > k && content).then(|| (sent.text_between(k, end - 1), end))
}

/// Title case for a treaty's name; small words stay lower case.
fn title(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            if SMALL.contains(&w.to_lowercase().as_str()) {
                w.to_lowercase()
            } else {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The other party of "a treaty with C": the first state (or a state's
/// agency) named before the treaty in the sentence, else the country whose
/// statement the document is, else the country the document names most.
fn subject_country(d: &mut Doc, sent: &Sent, sm: &[SMention], before: usize, not: LocalId) -> Option<LocalId> {
    let v = d.k.vocab;
    // (Not the other party of an instrument named before: "we signed a
    // treaty on extradition with Spain and a treaty on … with the United
    // Kingdom".)
    let with_before = |m: &SMention| {
        let k = if m.first_tok >= 1 && sent.word(m.first_tok - 1) == "the" {
            m.first_tok - 1
        } else {
            m.first_tok
        };
        k >= 1 && sent.word(k - 1) == "with"
    };
    let here: Vec<LocalId> = sm
        .iter()
        .filter(|m| !m.hidden && m.end_tok <= before && !with_before(m))
        .filter_map(entity_of)
        .collect();
    for l in here {
        let c = d.class_of(l);
        let state = if d.k.ontology.is_a(c, v.country) {
            Some(l)
        } else if d.k.ontology.is_a(c, v.agency) {
            d.state_of(l)
        } else {
            None
        };
        if let Some(s) = state.filter(|&s| s != not) {
            return Some(s);
        }
    }
    if let Some(s) = d.statement_of.filter(|&s| s != not) {
        return Some(s);
    }
    let mut counts: Vec<(LocalId, usize)> = Vec::new();
    for &l in &d.recent {
        if l != not && d.k.ontology.is_a(d.class_of(l), v.country) {
            match counts.iter_mut().find(|(x, _)| *x == l) {
                Some(c) => c.1 += 1,
                None => counts.push((l, 1)),
            }
        }
    }
    counts.into_iter().max_by_key(|&(_, c)| c).map(|(l, _)| l)
}

/// "the two countries": the first two states named in the sentence before
/// token `before`, else the last two the document named.
fn two_states(d: &Doc, sm: &[SMention], before: usize) -> Option<[LocalId; 2]> {
    let country = d.k.vocab.country;
    let here = sm
        .iter()
        .filter(|m| !m.hidden && m.end_tok <= before)
        .filter_map(entity_of)
        .filter(|&l| d.k.ontology.is_a(d.class_of(l), country));
    let mut pair: Vec<LocalId> = Vec::new();
    for l in here {
        if !pair.contains(&l) {
            pair.push(l);
        }
    }
    if pair.len() < 2 {
        pair.clear();
        for &l in d.recent.iter().rev() {
            if d.k.ontology.is_a(d.class_of(l), country) && !pair.contains(&l) {
                pair.push(l);
                if pair.len() == 2 {
                    break;
                }
            }
        }
        pair.reverse();
    }
    (pair.len() >= 2).then(|| [pair[0], pair[1]])
}

/// The country mention ending just before token `t` (its index in `sm`).
fn country_ending(d: &Doc, sm: &[SMention], t: usize) -> Option<usize> {
    sm.iter()
        .position(|m| !m.hidden && m.end_tok == t && is_class(d, m, d.k.vocab.country))
}

/// The agency of a state at token `t` (after an optional "the"): its end
/// token and the state.
fn agency_state_at(d: &mut Doc, sm: &[SMention], sent: &Sent, t: usize) -> Option<(usize, LocalId)> {
    let (l, end) = super::entity_starting(d, sm, sent.past_the(t), &[d.k.vocab.agency])?;
    Some((end, d.state_of(l)?))
}

/// The country mention at token `t` (after an optional "the"): its end
/// token and entity.
fn country_at(d: &Doc, sm: &[SMention], sent: &Sent, t: usize) -> Option<(usize, LocalId)> {
    let t = sent.past_the(t);
    sm.iter()
        .find(|m| !m.hidden && m.first_tok == t && is_class(d, m, d.k.vocab.country))
        .and_then(|m| Some((m.end_tok, entity_of(m)?)))
}

fn is_class(d: &Doc, m: &SMention, class: crate::ontology::ClassId) -> bool {
    matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), class))
}

/// The entity a mention names (None for a date).
fn entity_of(m: &SMention) -> Option<LocalId> {
    match m.kind {
        MentionKind::Entity(l) => Some(l),
        MentionKind::Date(_) => None,
    }
}

/// The index in `sm` of the nearest country mention ending at or before
/// token `before`, at most `within` tokens back.
fn country_before(d: &Doc, sm: &[SMention], before: usize, within: usize) -> Option<usize> {
    sm.iter()
        .enumerate()
        .filter(|(_, m)| !m.hidden && m.end_tok <= before && m.end_tok + within >= before)
        .filter(|(_, m)| is_class(d, m, d.k.vocab.country))
        .max_by_key(|(_, m)| m.end_tok)
        .map(|(i, _)| i)
}

/// The treaty mention starting at token `t` (after an optional "the"), with
/// its end token.
fn treaty_at(d: &Doc, sm: &[SMention], sent: &Sent, t: usize) -> Option<(usize, LocalId)> {
    let t = sent.past_the(t);
    sm.iter()
        .find(|m| !m.hidden && m.first_tok == t && is_class(d, m, d.k.vocab.treaty))
        .and_then(|m| Some((m.end_tok, entity_of(m)?)))
}

/// Treaty acts whose treaty is left unsaid: "Viet Nam was among the first
/// signatories" (signed), "… deposited its instrument of ratification last
/// February" (ratified; "of accession": party to it), "the first session
/// Viet Nam attends as a full State Party" (party to it). The treaty is the
/// one in view ("the Convention" named before); the state is the nearest
/// named before the words. When the treaty follows ("signatories of X",
/// "instrument of ratification of X") the rules read it.
pub(super) fn elliptic(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: an act is read only at "signatories", "signatory",
    // "instrument(s)", "party", "sign", "signed", "signing", "ratified" or
    // "ratifying" (gate::ELLIPTIC); without one the loop finds none and the
    // pass returns.
    if !sent.may(super::gate::ELLIPTIC) {
        return;
    }
    let n = sent.toks.len();
    let v = d.k.vocab;
    let mut acts: Vec<(usize, usize, crate::ontology::PropId, &'static str)> = Vec::new();
    // "Among the other States that signed on October 25 were A, B and C",
    // "Among the first signatories were …", "Among the countries that have
    // ratified it were …"; "Other countries signing on the opening day
    // included A, B and C", "The states that ratified it last year were …":
    // the states listed after the verb, when no treaty is named (the rules'
    // case) and the act is not denied ("Among the States that did not sign
    // were …").
    let mut lead = sent.past_the(0);
    if matches!(sent.word(lead), "other" | "further") {
        lead += 1;
    }
    let listed = if sent.word(0) == "among" {
        (2..n)
            .find(|&k| sent.word(k) == "were")
            .map(|k| (k, ["treaty.elliptic-among-signed", "treaty.elliptic-among-ratified"]))
    } else if matches!(sent.word(lead), "countries" | "states" | "nations") {
        (lead + 1..(lead + 12).min(n))
            .find(|&k| matches!(sent.word(k), "included" | "include" | "includes" | "were" | "are"))
            .map(|k| (k, ["treaty.elliptic-list-signed", "treaty.elliptic-list-ratified"]))
    } else {
        None
    };
    if let Some((verb, [signed_rule, ratified_rule])) = listed {
        let act = (1..verb).find_map(|k| match sent.word(k) {
            "signed" | "signatories" | "signing" => Some((v.signed, signed_rule)),
            "ratified" | "ratifying" => Some((v.ratified, ratified_rule)),
            _ => None,
        });
        let named = sm.iter().any(|m| !m.hidden && is_class(d, m, v.treaty));
        let denied = flags_between(d, sent.words(), 0, verb) & super::CUE_NOT_ASSERTED != 0;
        if let (Some((rel, rule)), false, false) = (act, named, denied) {
            for (first, end) in countries_from(d, sm, sent, verb + 1) {
                acts.push((first, end, rel, rule));
            }
        }
    }
    for i in 0..n {
        let w = sent.word(i);
        let (rel, rule, last) = match w {
            "signatories" | "signatory"
                if (i.saturating_sub(5)..i).any(|k| sent.word(k) == "among")
                    && (i.saturating_sub(6)..i).any(|k| matches!(sent.word(k), "was" | "is" | "were" | "are")) =>
            {
                (v.signed, "treaty.elliptic-signatory", i)
            }
            "instrument" | "instruments"
                if sent.word(i + 1) == "of"
                    && matches!(sent.word(i + 2), "ratification" | "accession")
                    && (i.saturating_sub(4)..i).any(|k| sent.word(k) == "deposited") =>
            {
                let rel = if sent.word(i + 2) == "ratification" {
                    v.ratified
                } else {
                    v.party_to
                };
                (rel, "treaty.elliptic-instrument", i + 2)
            }
            "party"
                if i >= 2
                    && sent.word(i - 1) == "state"
                    && (sent.word(i - 2) == "as"
                        || (i >= 3 && sent.word(i - 3) == "as" && sent.word(i - 2) == "a"))
                    || (i >= 4
                        && sent.word(i - 4) == "as"
                        && sent.word(i - 3) == "a"
                        && sent.word(i - 2) == "full") =>
            {
                (v.party_to, "treaty.elliptic-state-party", i)
            }
            // "Viet Nam was the first to sign.", "Brunei Darussalam, Cambodia
            // and China also signed on the opening day": signing with no
            // object, of the treaty in view.
            "sign" | "signed" | "ratified" | "acceded"
                if i >= 1
                    && !matches!(
                        sent.word(i - 1),
                        "was" | "were" | "be" | "been" | "is" | "are" | "being"
                    )
                    && matches!(
                        sent.word(i + 1),
                        "." | ","
                            | ";"
                            | "on"
                            | "in"
                            | "at"
                            | "during"
                            | "too"
                            | "first"
                            | "today"
                            | "yesterday"
                            | "alongside"
                            | "earlier"
                            | "already"
                            | ""
                    )
                    && !sm
                        .iter()
                        .any(|m| !m.hidden && m.first_tok > i && is_class(d, m, v.treaty)) =>
            {
                // ("Cambodia, Singapore and Thailand had ratified earlier":
                // ratifying, or acceding, likewise.)
                match w {
                    "ratified" => (v.ratified, "treaty.elliptic-ratified", i),
                    "acceded" => (v.party_to, "treaty.elliptic-ratified", i),
                    _ => (v.signed, "treaty.elliptic-signed", i),
                }
            }
            _ => continue,
        };
        // The treaty named right after: the rules' case.
        if matches!(sent.word(last + 1), "of" | "to" | "under") {
            continue;
        }
        // "Six Member States have deposited their instruments of
        // ratification: A, B and C": the states listed after the colon.
        if rule == "treaty.elliptic-instrument" && sent.word(last + 1) == ":" {
            for (first, end) in countries_from(d, sm, sent, last + 2) {
                acts.push((first, end, rel, rule));
            }
            continue;
        }
        let Some(ci) = country_before(d, sm, i, 16) else {
            continue;
        };
        acts.push((sm[ci].first_tok, last + 1, rel, rule));
        // ("Brunei Darussalam, Cambodia and China also signed": each state
        // of the list that ends at the nearest.)
        if rule == "treaty.elliptic-signed" || rule == "treaty.elliptic-ratified" {
            let mut end = sm[ci].first_tok;
            while let Some(pi) = country_before(d, sm, end, 2) {
                let between: Vec<&str> = (sm[pi].end_tok..end).map(|k| sent.word(k)).collect();
                if !matches!(
                    between.as_slice(),
                    [","] | ["and"] | [",", "and"] | [",", "the"] | ["and", "the"] | [",", "and", "the"]
                ) {
                    break;
                }
                acts.push((sm[pi].first_tok, last + 1, rel, rule));
                end = sm[pi].first_tok;
            }
            // ("… signed alongside Viet Nam and Cambodia": so did they.)
            if sent.word(i + 1) == "alongside" {
                for (first, end) in countries_from(d, sm, sent, i + 2) {
                    acts.push((first, end, rel, rule));
                }
            }
        }
    }
    if acts.is_empty() {
        return;
    }
    let words = sent.words();
    let has_date = sm.iter().any(|m| matches!(m.kind, MentionKind::Date(_)));
    for (from, to, rel, rule) in acts {
        // ("Viet Nam, which proposed hosting the signing, was among …": the
        // cues of a relative clause after the subject are not the act's.)
        let ci = sm.iter().position(|m| m.first_tok == from).unwrap_or(0);
        let subj_end = sm[ci].end_tok;
        let check_from =
            if words.get(subj_end) == Some(&",") && matches!(words.get(subj_end + 1), Some(&("which" | "who"))) {
                (subj_end + 2..to).find(|&k| words[k] == ",").map_or(from, |k| k + 1)
            } else {
                from
            };
        if check_from != from
            && flags_between(d, words, from.saturating_sub(4), subj_end) & super::CUE_NOT_ASSERTED != 0
        {
            continue;
        }
        let flags = if check_from != from {
            flags_between(d, words, check_from, to)
        } else {
            flags_between(d, words, from.saturating_sub(4), to)
        };
        let modality = if flags & super::CUE_NOT_ASSERTED != 0 {
            continue;
        } else if flags & super::CUE_FUTURE != 0 {
            if !has_date {
                continue;
            }
            Modality::Future
        } else {
            Modality::Asserted
        };
        let Some(treaty) = super::coref::salient_treaty(d, sm, from) else {
            continue;
        };
        let Some(ci) = sm.iter().position(|m| m.first_tok == from && is_class(d, m, v.country)) else {
            continue;
        };
        let Some(state) = entity_of(&sm[ci]) else { continue };
        let span = Span::new(sent.toks[from].start, sent.toks[to - 1].end);
        let ev = Evidence::asserted(sent.index, span, rule, 0.75).with_modality(modality);
        d.add_fact(state, rel, Object::Entity(treaty), ev);
    }
}

/// The countries of the list that starts at token `k` (after an optional
/// "the"): "Viet Nam, Cambodia and the Philippines", as (first, end) tokens.
fn countries_from(d: &Doc, sm: &[SMention], sent: &Sent, k: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = sent.past_the(k);
    while let Some(m) = sm
        .iter()
        .find(|m| !m.hidden && m.first_tok == k && is_class(d, m, d.k.vocab.country))
    {
        out.push((m.first_tok, m.end_tok));
        k = match (sent.word(m.end_tok), sent.word(m.end_tok + 1)) {
            (",", "and") => sent.past_the(m.end_tok + 2),
            ("," | "and", _) => sent.past_the(m.end_tok + 1),
            _ => break,
        };
    }
    out
}

/// The modality cue flags of the words `from..to`.
fn flags_between(d: &Doc, words: &[&str], from: usize, to: usize) -> u8 {
    (from..to.min(words.len())).fold(0, |f, i| f | super::cue_flags(&d.k.rules.cues, words, i))
}

/// "Viet Nam will ratify the Hanoi Convention as soon as possible": a
/// state's stated commitment to ratify (not in a question, not negated or
/// hedged).
pub(super) fn commitments(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: without "ratify" (gate::COMMITMENTS) the pass returns before
    // anything else.
    if !sent.may(super::gate::COMMITMENTS) {
        return;
    }
    let n = sent.toks.len();
    if n == 0 || sent.word(n - 1) == "?" {
        return;
    }
    let Some(ratify) = (1..n).find(|&i| sent.word(i) == "ratify" && matches!(sent.word(i - 1), "will" | "shall"))
    else {
        return;
    };
    let will = ratify - 1;
    let subj_end = if will > 0 && sent.word(will - 1) == "also" {
        will - 1
    } else {
        will
    };
    let Some(ci) = country_ending(d, sm, subj_end) else {
        return;
    };
    let Some((end, treaty)) = treaty_at(d, sm, sent, ratify + 1) else {
        return;
    };
    let Some(state) = entity_of(&sm[ci]) else { return };
    let from = sm[ci].first_tok;
    let words = sent.words();
    if flags_between(d, words, from.saturating_sub(4), end) & super::CUE_NOT_ASSERTED != 0 {
        return;
    }
    let span = Span::new(sent.toks[from].start, sent.toks[end - 1].end);
    let ev = Evidence::asserted(sent.index, span, "treaty.will-ratify", 0.8);
    d.add_fact(state, d.k.vocab.committed_to_ratify, Object::Entity(treaty), ev);
}

/// "State President X has signed a decision to ratify TREATY and to accede
/// to its PROTOCOL", "… signed Decision No. 712 ratifying TREATY": the
/// state of the one who signed ratified the treaty (and, a multilateral
/// one, is party to it) and is party to what it accedes to. The state is
/// found when the document ends (the signer's, else the one it names most).
pub(super) fn decisions(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    // Gate: without "decision" (gate::DECISIONS) the pass returns before
    // anything else.
    if !sent.may(super::gate::DECISIONS) {
        return;
    }
    let n = sent.toks.len();
    let Some(dec) = (1..n).find(|&i| {
        sent.word(i) == "decision" && (i.saturating_sub(3)..i).any(|k| matches!(sent.word(k), "signed" | "issued"))
    }) else {
        return;
    };
    let v = d.k.vocab;
    let Some(signer) = sm
        .iter()
        .rev()
        .filter(|m| !m.hidden && m.end_tok <= dec)
        .filter_map(|m| match m.kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person) => Some(l),
            _ => None,
        })
        .next()
    else {
        return;
    };
    let words = sent.words();
    let has_date = sm.iter().any(|m| matches!(m.kind, MentionKind::Date(_)));
    let mut acts = Vec::new();
    let mut i = dec + 1;
    while i < n && i <= dec + 30 {
        // (Not at "." : "Decision No. 712/QĐ-CTN ratifying …".)
        if words[i] == ";" {
            break;
        }
        let (rel, at) = match words[i] {
            "ratify" | "ratifying" if i <= dec + 12 || !acts.is_empty() => (v.ratified, i + 1),
            "accede" | "acceding" if words.get(i + 1) == Some(&"to") => (v.party_to, i + 2),
            _ => {
                i += 1;
                continue;
            }
        };
        let at = if words.get(at) == Some(&"its") { at + 1 } else { at };
        if let Some((end, treaty)) = treaty_at(d, sm, sent, at) {
            acts.push((rel, treaty, i, end));
            i = end;
        } else {
            i += 1;
        }
    }
    for (rel, treaty, verb, end) in acts {
        let Some(modality) = modality(&d.k.rules.cues, words, dec, end, has_date) else {
            continue;
        };
        if modality != Modality::Asserted {
            continue;
        }
        let span = Span::new(sent.toks[verb].start, sent.toks[end - 1].end);
        let ev = Evidence::asserted(sent.index, span, "treaty.decision", 0.8);
        d.pending_decisions.push((signer, rel, treaty, ev.clone()));
        if rel == v.ratified && parties(d, treaty).is_none() {
            d.pending_decisions.push((signer, v.party_to, treaty, ev));
        }
    }
}

/// The states of the decisions read in [`decisions`], now that the whole
/// document is read: the signer's (a post or a representation), else the
/// country the document names most.
pub(super) fn settle_decisions(d: &mut Doc) {
    if d.pending_decisions.is_empty() {
        return;
    }
    let v = d.k.vocab;
    let pending = std::mem::take(&mut d.pending_decisions);
    let mut counts: Vec<(LocalId, usize)> = Vec::new();
    for &l in &d.recent {
        if d.k.ontology.is_a(d.class_of(l), v.country) {
            match counts.iter_mut().find(|(x, _)| *x == l) {
                Some(c) => c.1 += 1,
                None => counts.push((l, 1)),
            }
        }
    }
    let most = counts.iter().max_by_key(|&&(_, c)| c).map(|&(l, _)| l);
    for (signer, rel, treaty, ev) in pending {
        let own = d.facts.iter().find_map(|f| match f.object {
            Object::Entity(c) if f.subject == signer && f.relation == v.representing => {
                d.k.ontology.is_a(d.class_of(c), v.country).then_some(c)
            }
            _ => None,
        });
        let Some(state) = own.or(most) else { continue };
        d.add_fact(state, rel, Object::Entity(treaty), ev);
    }
}

/// A ratification dated to a year before the document's ("Viet Nam ratified
/// UNCAC in 2009", "…, which Viet Nam ratified in 2009"): the state has
/// since become a party. (A recent one may not be in force yet: "ratified
/// the Convention in February" gives no more.) Reads the facts made in this
/// sentence from index `from` of the document's facts.
pub(super) fn party_by_ratification(d: &mut Doc, sent: &Sent, sm: &[SMention], from: usize) {
    let Some(year) = d.year else { return };
    let v = d.k.vocab;
    let found: Vec<(LocalId, LocalId, Evidence)> = d.facts[from..]
        .iter()
        .filter(|f| {
            f.relation == v.ratified && f.evidence.sentence == sent.index && f.evidence.modality == Modality::Asserted
        })
        .filter_map(|f| match f.object {
            Object::Entity(t) => Some((f.subject, t, f.evidence.clone())),
            Object::Date(_) => None,
        })
        .collect();
    for (state, treaty, ev) in found {
        let (first, end) = (sent.tok_at(ev.span.start), sent.tok_end(ev.span.end));
        let dated = sm.iter().any(|m| match m.kind {
            MentionKind::Date(dv) => {
                m.first_tok + 1 >= first
                    && m.first_tok <= end + 2
                    && dv.start.year < year
                    && !matches!(sent.word(m.first_tok.saturating_sub(1)), "since" | "by" | "until")
            }
            MentionKind::Entity(_) => false,
        });
        if dated {
            let ev = Evidence {
                rule: std::sync::Arc::from("treaty.party-by-ratification"),
                confidence: 0.8,
                ..ev
            };
            d.add_fact(state, v.party_to, Object::Entity(treaty), ev);
        }
    }
}
