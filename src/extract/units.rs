//! Units of organisations and the organisation they are part of: "the
//! Anti-Fraud Command", "the Division for Legal Affairs", "the ASEAN Working
//! Group on Drugs", named by a head noun of `ontology/units.tsv`, and linked
//! to their parent with `vnkg:partOf` by the way the text writes them:
//!
//! - after the unit: "the X Department under|of|at|within the Ministry of Y",
//!   "X, part of the Ministry of Y", "X, a functional commission of Y"; a
//!   coordinated list of units shares the parent named after its last one
//!   ("the A Department, the B Department and the C Department under the
//!   Ministry");
//! - before it: "the Procuracy's X Department", "the ministry's X
//!   Department" (a noun standing for an organisation named before);
//! - inside its name: "the UNODC Regional Office for …", "the ASEAN Working
//!   Group on …" (the parent's name, then the unit's).
//!
//! A unit the gazetteer lacks gets an IRI minted from its name as written
//! (with its parent's short name when that leads it) and its parent's class
//! (a unit of an agency is an agency, of a body a body), else its head's.
//! Only agencies and bodies are parents: a place after a unit ("the X
//! Office in Bangkok") is where it is, and a country ("the X Department of
//! Viet Nam") belongs to its name.

use super::orgs::not_first;
use super::{covered, Doc, SMention, Sent};
use crate::fact::{EntityId, Evidence, MentionKind, Object};
use crate::ontology::ClassId;
use crate::text::{squash_whitespace, Span};

type LocalId = usize;

/// Words that, right after a unit, introduce its parent.
const UNDER: &[&str] = &["of", "under", "at", "within"];

/// The first token of the head of a unit ending just before `end`, with the
/// class the head gives: capitalised head words only.
fn head_ending(d: &Doc, sent: &Sent, end: usize) -> Option<(usize, ClassId)> {
    if end == 0 || sent.info(end - 1).sets & super::UNIT_HEAD_LAST == 0 {
        return None;
    }
    // (Longest first: "Convention Centre", a place, before "Centre".)
    let (n, c) = d.k.units.heads.iter().find_map(|(w, c)| {
        let n = w.len();
        (n <= end && (0..n).all(|i| sent.word(end - n + i) == w[i] && sent.is_capitalised(end - n + i)))
            .then_some((n, *c))
    })?;
    Some((end - n, c?))
}

/// The end of a unit's head starting at `t` (capitalised words), with its class.
fn head_starting(d: &Doc, sent: &Sent, t: usize) -> Option<(usize, ClassId)> {
    if sent.info(t).sets & super::UNIT_HEAD_FIRST == 0 {
        return None;
    }
    let (e, c) = d.k.units.heads.iter().find_map(|(w, c)| {
        (0..w.len())
            .all(|i| sent.word(t + i) == w[i] && sent.is_capitalised(t + i))
            .then_some((t + w.len(), *c))
    })?;
    Some((e, c?))
}

/// The end of the visible topic mention starting at `t` ("Cybercrime" in "the
/// Working Group on Cybercrime", "Anti-Corruption" in "the … and
/// Anti-Corruption Centre"): a topic may stand inside a unit's name.
fn topic_at(d: &Doc, sm: &[SMention], t: usize) -> Option<usize> {
    sm.iter()
        .find(|m| {
            !m.hidden
                && m.first_tok == t
                && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.topic))
        })
        .map(|m| m.end_tok)
}

/// A capitalised word no visible mention covers.
fn free_cap(sent: &Sent, sm: &[SMention], k: usize) -> bool {
    sent.is_capitalised(k) && !covered(sm, k)
}

/// Whether `l` is an agency or a body.
fn is_org(d: &Doc, l: LocalId) -> bool {
    let (c, v) = (d.class_of(l), d.k.vocab);
    d.k.ontology.is_a(c, v.agency) || d.k.ontology.is_a(c, v.body)
}

/// The visible agency or body mention that ends just before `t`.
fn org_ending(d: &Doc, sm: &[SMention], t: usize) -> Option<usize> {
    sm.iter()
        .position(|m| !m.hidden && m.end_tok == t && matches!(m.kind, MentionKind::Entity(l) if is_org(d, l)))
}

/// The visible agency or body mention that starts at `t`.
fn org_starting(d: &Doc, sm: &[SMention], t: usize) -> Option<usize> {
    sm.iter()
        .position(|m| !m.hidden && m.first_tok == t && matches!(m.kind, MentionKind::Entity(l) if is_org(d, l)))
}

/// "the ministry" at token `t` (the article) standing for the last agency or
/// body named whose name holds that noun: earlier in this sentence first,
/// then in the sentences before. Returns it and the end token.
fn referent(d: &Doc, sent: &Sent, sm: &[SMention], t: usize) -> Option<(LocalId, usize)> {
    let noun = sent.word(t + 1);
    if sent.word(t) != "the" || !d.k.units.refer.contains(noun) || covered(sm, t + 1) {
        return None;
    }
    let holds = |l: LocalId| is_org(d, l) && crate::text::fold(&d.entities[l].label).split(' ').any(|w| w == noun);
    let here = sm.iter().rev().filter(|m| m.end_tok <= t).find_map(|m| match m.kind {
        MentionKind::Entity(l) if holds(l) => Some(l),
        _ => None,
    });
    // (The last few hundred names read: "the ministry" is not far from it.)
    let l = here.or_else(|| d.recent.iter().rev().take(300).copied().find(|&l| holds(l)))?;
    Some((l, t + 2))
}

/// The parent written before a unit starting at `a`: "P's", "the
/// ministry's".
fn parent_before(d: &Doc, sent: &Sent, sm: &[SMention], a: usize) -> Option<(LocalId, usize)> {
    if a < 3 || sent.word(a - 1) != "s" || !matches!(sent.word(a - 2), "'" | "’") {
        return None;
    }
    let end = a - 2;
    if let Some(pi) = org_ending(d, sm, end) {
        let MentionKind::Entity(p) = sm[pi].kind else {
            return None;
        };
        return Some((p, sm[pi].first_tok));
    }
    if end >= 2 {
        if let Some((p, e)) = referent(d, sent, sm, end - 2) {
            if e == end {
                return Some((p, end - 2));
            }
        }
    }
    None
}

/// "its X Centre": the one agency or body named before in the sentence.
fn parent_its(d: &Doc, sent: &Sent, sm: &[SMention], a: usize) -> Option<(LocalId, usize)> {
    if a == 0 || sent.word(a - 1) != "its" {
        return None;
    }
    let mut orgs = sm
        .iter()
        .filter(|m| !m.hidden && m.end_tok < a)
        .filter_map(|m| match m.kind {
            MentionKind::Entity(l) if is_org(d, l) => Some(l),
            _ => None,
        });
    let first = orgs.next()?;
    orgs.all(|l| l == first).then_some((first, a - 1))
}

/// The parent written after a unit ending at `b`: "under|of|at|within [the]
/// P", "under the Ministry", or an apposition. Returns it and the end token
/// of what names it.
fn parent_after(d: &Doc, sent: &Sent, sm: &[SMention], b: usize) -> Option<(LocalId, usize)> {
    if sent.word(b) == "," {
        return parent_apposed(d, sent, sm, b);
    }
    if !UNDER.contains(&sent.word(b)) {
        return None;
    }
    parent_at(d, sent, sm, b + 1)
}

/// ", part of [the] P", ", a functional commission of [the] P" after an
/// organisation ending at `b` (any agency or body: the words say it).
fn parent_apposed(d: &Doc, sent: &Sent, sm: &[SMention], b: usize) -> Option<(LocalId, usize)> {
    if sent.word(b) != "," {
        return None;
    }
    let part =
        d.k.units
            .parts
            .iter()
            .find(|w| w.iter().enumerate().all(|(i, x)| sent.word(b + 1 + i) == x))?;
    let k = b + 1 + part.len();
    if sent.word(k) != "of" {
        return None;
    }
    parent_at(d, sent, sm, k + 1)
}

/// The agency or body named at `k` ("[the] P", "the Ministry").
fn parent_at(d: &Doc, sent: &Sent, sm: &[SMention], k: usize) -> Option<(LocalId, usize)> {
    let mut at = sent.past_the(k);
    // "of Viet Nam's Ministry of …".
    let country = sm.iter().find(|m| {
        !m.hidden
            && m.first_tok == at
            && matches!(m.kind, MentionKind::Entity(c) if d.k.ontology.is_a(d.class_of(c), d.k.vocab.country))
    });
    if let Some(c) = country {
        if matches!(sent.word(c.end_tok), "'" | "’") && sent.word(c.end_tok + 1) == "s" {
            at = c.end_tok + 2;
        }
    }
    if let Some(pi) = org_starting(d, sm, at) {
        let MentionKind::Entity(p) = sm[pi].kind else {
            return None;
        };
        return Some((p, sm[pi].end_tok));
    }
    // "under the Ministry" (not "the Ministry of …", a name of its own).
    let (p, e) = referent(d, sent, sm, k)?;
    (!matches!(sent.word(e), "of" | "for" | "on")).then_some((p, e))
}

/// A parent whose name leads a known unit's: "UNODC Regional Office for
/// …". The unit's head stands among the first three words after the
/// parent's name, with a qualifier before it or nothing of its own after it
/// ("UNODC Country Office", but not "United Nations Office on Drugs and
/// Crime", a name of its own).
fn parent_leading(d: &mut Doc, sent: &Sent, m: &SMention) -> Option<LocalId> {
    let written = &sent.text[m.span.start..m.span.end];
    let f = crate::text::Folded::new(written);
    let outer = crate::text::fold(written);
    let gaz = &d.k.gazetteer;
    let MentionKind::Entity(l) = m.kind else { return None };
    let (agency, body) = (d.k.vocab.agency, d.k.vocab.body);
    // (A national agency is not part of an international body: "the
    // INTERPOL National Central Bureau in Hanoi".)
    let unit_agency = d.k.ontology.is_a(d.class_of(l), agency);
    let inner = gaz.inner(written, &f).into_iter().find(|&i| {
        let known = gaz.get(i);
        let fits = d.k.ontology.is_a(known.class, agency) || (!unit_agency && d.k.ontology.is_a(known.class, body));
        fits && known.labels.iter().any(|x| {
            let x = crate::text::fold(x);
            if d.k.units.qualifiers.contains(&x) {
                return false;
            }
            let Some(rest) = outer.strip_prefix(&format!("{x} ")) else {
                return false;
            };
            let words: Vec<&str> = rest.split(' ').collect();
            (0..3.min(words.len())).any(|i| {
                d.k.units.heads.iter().any(|(h, c)| {
                    let n = h.len();
                    c.is_some()
                        && i + n <= words.len()
                        && (0..n).all(|j| words[i + j] == h[j])
                        && (i > 0 || !matches!(words.get(i + n), Some(&("on" | "of" | "for" | "against"))))
                })
            })
        })
    })?;
    let p = d.entity_for_known(inner);
    (p != l).then_some(p)
}

/// Whether a mention's name holds a unit's head ("… Department", "Division
/// for …").
fn is_unit(d: &Doc, sent: &Sent, m: &SMention) -> bool {
    let MentionKind::Entity(l) = m.kind else { return false };
    // (Not a name of generic words and a head only: "the Standing
    // Committee" is some body's.)
    let generic = head_ending(d, sent, m.end_tok)
        .is_some_and(|(hs, _)| (m.first_tok..hs).all(|k| d.k.units.generic.contains(sent.word(k))));
    !m.hidden
        && !generic
        && is_org(d, l)
        && (m.first_tok..m.end_tok)
            .any(|k| sent.info(k).sets & super::UNIT_HEAD_LAST != 0 && head_ending(d, sent, k + 1).is_some())
}

/// A unit's name the gazetteer and the other stages lack, found at `t`:
/// (first token, end token, the parent mention leading it).
fn name_at(d: &Doc, sent: &Sent, sm: &[SMention], t: usize) -> Option<(usize, usize, Option<usize>)> {
    let n = sent.toks.len();
    let starts = (free_cap(sent, sm, t) && !not_first(sent, t)) || topic_at(d, sm, t).is_some();
    if !starts || (t > 0 && free_cap(sent, sm, t - 1) && !not_first(sent, t - 1)) {
        return None;
    }
    // "the Vienna International Centre", "the Japanese National Police
    // Agency": a place or a country just before belongs to the name (the
    // organisation stage reads those).
    let (place, country) = (d.k.vocab.place, d.k.vocab.country);
    let placed = sm.iter().any(|m| {
        !m.hidden
            && m.end_tok == t
            && matches!(m.kind, MentionKind::Entity(l)
                if d.k.ontology.is_a(d.class_of(l), place) || d.k.ontology.is_a(d.class_of(l), country))
    });
    if placed {
        return None;
    }
    // (Not "UN": a qualifier, not a parent.)
    let lead = org_ending(d, sm, t).filter(|&pi| {
        matches!(sm[pi].kind, MentionKind::Entity(p) if matches!(d.entities[p].id, EntityId::Known(_)))
            && !d
                .k
                .units
                .qualifiers
                .contains(&crate::text::fold(&sent.text[sm[pi].span.start..sm[pi].span.end]))
    });
    // "Division for Treaty Affairs", "Working Group on Cybercrime": up to
    // two qualifiers, the head, then "of|for|on|against" and capitalised
    // words (topics among them, "and the" between them).
    for h in t..(t + 3).min(n) {
        if h > t && !free_cap(sent, sm, h - 1) {
            break;
        }
        let Some((he, _)) = head_starting(d, sent, h) else {
            continue;
        };
        if (h..he).any(|k| covered(sm, k)) || !matches!(sent.word(he), "of" | "for" | "on" | "against") {
            break;
        }
        let mut k = he + 1;
        k = sent.past_the(k);
        let (start, mut end) = (k, k);
        while k < n && k - start < 12 {
            if let Some(e) = topic_at(d, sm, k) {
                k = e;
                end = k;
            } else if free_cap(sent, sm, k) {
                k += 1;
                end = k;
            } else if matches!(sent.word(k), "and" | "&" | "-" | "of" | "for" | "on") {
                let next = if sent.word(k + 1) == "the" && sent.word(k) == "and" {
                    k + 2
                } else {
                    k + 1
                };
                if free_cap(sent, sm, next) || topic_at(d, sm, next).is_some() {
                    k = next;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if end > start {
            return Some((t, end, lead));
        }
        break;
    }
    // "Criminal Police Department", "Financial Crime and Anti-Corruption
    // Centre": capitalised words (topics among them) ending with a head.
    let mut k = t;
    let mut end = None;
    while k < n && k - t < 10 {
        if let Some(e) = topic_at(d, sm, k) {
            k = e;
        } else if free_cap(sent, sm, k) {
            k += 1;
        } else if matches!(sent.word(k), "and" | "&" | "-")
            && (free_cap(sent, sm, k + 1) || topic_at(d, sm, k + 1).is_some())
        {
            k += 1;
            continue;
        } else {
            break;
        }
        end = head_ending(d, sent, k).map(|(hs, _)| (hs, k));
    }
    let (hs, e) = end?;
    // The run ends with the head; a word of the unit's own before it (not
    // only "Country", "Standing" …), or the parent's name ("INTERPOL
    // Financial Crime … Centre").
    let after_run = free_cap(sent, sm, e) || topic_at(d, sm, e).is_some();
    let own = (t..hs).any(|k| !d.k.units.generic.contains(sent.word(k)));
    (!after_run && (own || lead.is_some())).then_some((t, e, lead))
}

/// Finds units, mints those the gazetteer lacks and links every unit in the
/// sentence to its parent.
pub(super) fn find(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    let n = sent.toks.len();
    let (agency, body) = (d.k.vocab.agency, d.k.vocab.body);
    // New names.
    let mut t = 0;
    let mut added = false;
    let mut named_after: Vec<(LocalId, LocalId, Span)> = Vec::new();
    while t < n {
        if !sent.is_capitalised(t) && sent.info(t).sets & super::UNIT_HEAD_LAST == 0 {
            t += 1;
            continue;
        }
        let Some((a, b, lead)) = name_at(d, sent, sm, t) else {
            t += 1;
            continue;
        };
        let unit_text = squash_whitespace(&sent.text[sent.toks[a].start..sent.toks[b - 1].end]);
        let (first, name, parent) = match lead {
            Some(pi) => {
                let MentionKind::Entity(p) = sm[pi].kind else { break };
                let written = sent.text_between(sm[pi].first_tok, sm[pi].end_tok - 1);
                // "Senior Officials Meeting on … (SOMTC)": the short name.
                let short = written
                    .rfind('(')
                    .filter(|_| written.ends_with(')'))
                    .map(|i| written[i + 1..written.len() - 1].to_string())
                    .unwrap_or(written);
                (sm[pi].first_tok, format!("{short} {unit_text}"), Some(p))
            }
            None => (a, unit_text, None),
        };
        let parent = parent.or_else(|| {
            parent_before(d, sent, sm, first)
                .or_else(|| parent_its(d, sent, sm, first))
                .or_else(|| parent_after(d, sent, sm, b))
                .map(|(p, _)| p)
        });
        let class = match parent {
            Some(p) if d.k.ontology.is_a(d.class_of(p), agency) => agency,
            Some(p) if d.k.ontology.is_a(d.class_of(p), body) => body,
            _ => name_class(d, sent, a, b),
        };
        let l = match d.k.gazetteer.lookup(&name) {
            Some(idx) => d.entity_for_known(idx),
            None => d.minted(if class == agency { "agency" } else { "body" }, class, &name),
        };
        let span = Span::new(sent.toks[first].start, sent.toks[b - 1].end);
        for m in sm.iter_mut().filter(|m| span.contains(m.span)) {
            m.hidden = true;
        }
        if let (Some(_), Some(p)) = (lead, parent) {
            named_after.push((l, p, span));
        }
        // "the Anti-Fraud Command (AFC)": the name with its acronym, which
        // names it later in the document.
        let mut end = b;
        if sent.word(b) == "(" && sent.word(b + 2) == ")" && !covered(sm, b + 1) {
            let before = d.local_acronyms.len();
            super::define_acronym(d, sent.orig(b + 1), l);
            if d.local_acronyms.len() > before {
                end = b + 3;
            }
        }
        sm.push(SMention::over(sent, first, end, MentionKind::Entity(l)));
        added = true;
        t = end;
    }
    if added {
        sm.sort_by_key(|m| m.span.start);
    }
    for (l, p, span) in named_after {
        if l != p {
            let ev = Evidence::asserted(sent.index, span, "unit.named-after", 0.8);
            d.add_fact(l, d.k.vocab.part_of, Object::Entity(p), ev);
        }
    }
    fronted_part(d, sent, sm);
    // "X, part of the Ministry": any organisation.
    for i in 0..sm.len() {
        let m = sm[i];
        let MentionKind::Entity(l) = m.kind else { continue };
        if m.hidden || !is_org(d, l) || is_unit(d, sent, &m) {
            continue;
        }
        if let Some((p, e)) = parent_apposed(d, sent, sm, m.end_tok) {
            if l != p {
                let span = Span::new(m.span.start, sent.toks[e - 1].end);
                let ev = Evidence::asserted(sent.index, span, "unit.apposition", 0.8);
                d.add_fact(l, d.k.vocab.part_of, Object::Entity(p), ev);
            }
        }
    }
    // Parents.
    let units: Vec<usize> = (0..sm.len()).filter(|&i| is_unit(d, sent, &sm[i])).collect();
    if units.is_empty() {
        return;
    }
    let mut links: Vec<(usize, LocalId, Span, &'static str)> = Vec::new();
    for &ui in &units {
        let m = sm[ui];
        if cut_at_comma(sent, sm, &m) {
            continue;
        }
        let near = |a: usize, e: usize| {
            Span::new(
                m.span.start.min(sent.toks[a].start),
                m.span.end.max(sent.toks[e.max(1) - 1].end),
            )
        };
        if let Some(p) = parent_leading(d, sent, &m) {
            links.push((ui, p, m.span, "unit.named-after"));
        }
        if let Some((p, a)) = parent_before(d, sent, sm, m.first_tok) {
            links.push((ui, p, near(a, m.end_tok), "unit.possessive"));
        } else if let Some((p, a)) = parent_its(d, sent, sm, m.first_tok) {
            links.push((ui, p, near(a, m.end_tok), "unit.its"));
        }
        if let Some((p, e)) = parent_after(d, sent, sm, m.end_tok) {
            links.push((ui, p, near(m.first_tok, e), "unit.under"));
            // "the A Department, the B Department and the C Department
            // under the Ministry": the units listed before share it.
            let mut cur = ui;
            // (Not a unit with a parent of its own, written or known.)
            while let Some(prev) = listed_before(d, sent, sm, &units, cur) {
                let own = parent_before(d, sent, sm, sm[prev].first_tok).is_some()
                    || parent_leading(d, sent, &sm[prev]).is_some()
                    || known_elsewhere(d, &sm[prev], p);
                if !own {
                    links.push((prev, p, near(sm[prev].first_tok, e), "unit.under-list"));
                }
                cur = prev;
            }
        }
    }
    for (ui, p, span, rule) in links {
        let MentionKind::Entity(l) = sm[ui].kind else { continue };
        if l != p {
            d.add_fact(
                l,
                d.k.vocab.part_of,
                Object::Entity(p),
                Evidence::asserted(sent.index, span, rule, 0.8),
            );
        }
    }
}

/// A name cut at a comma: "the Committee on Defence, Security and Foreign
/// Affairs" read as "Committee on Defence" (capitalised words, "and" and
/// capitalised words follow the comma). Such a unit is not linked: its
/// label is not its name.
fn cut_at_comma(sent: &Sent, sm: &[SMention], m: &SMention) -> bool {
    let mut k = m.end_tok;
    if sent.word(k) != "," || !(m.first_tok..k).any(|i| matches!(sent.word(i), "on" | "of" | "for")) {
        return false;
    }
    k += 1;
    let start = k;
    while free_cap(sent, sm, k) {
        k += 1;
    }
    if k == start || sent.word(k) != "and" {
        return false;
    }
    free_cap(sent, sm, k + 1)
}

/// Whether the gazetteer puts a known unit in another organisation than `p`.
fn known_elsewhere(d: &Doc, m: &SMention, p: LocalId) -> bool {
    let MentionKind::Entity(l) = m.kind else { return false };
    let EntityId::Known(idx) = d.entities[l].id else {
        return false;
    };
    let known = d.k.gazetteer.get(idx);
    let parent_iri = match d.entities[p].id {
        EntityId::Known(pi) => Some(d.k.gazetteer.get(pi).iri.as_str()),
        _ => None,
    };
    !known.part_of.is_empty() && !known.part_of.iter().any(|iri| Some(iri.as_str()) == parent_iri)
}

/// "Set up as a functional commission of the Council, the Commission …":
/// any agency or body after an apposition that says it is part of another.
fn fronted_part(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    let n = sent.toks.len();
    for t in 0..n {
        if sent.word(t) != "as" {
            continue;
        }
        let Some(part) =
            d.k.units
                .parts
                .iter()
                .find(|w| w.len() > 1 && w.iter().enumerate().all(|(i, x)| sent.word(t + 1 + i) == x))
        else {
            continue;
        };
        let mut k = t + 1 + part.len();
        if sent.word(k) != "of" {
            continue;
        }
        k += 1;
        k = sent.past_the(k);
        let Some(pi) = org_starting(d, sm, k) else { continue };
        let mut u = sm[pi].end_tok;
        if sent.word(u) != "," {
            continue;
        }
        u += 1;
        u = sent.past_the(u);
        let Some(ui) = org_starting(d, sm, u) else { continue };
        let (MentionKind::Entity(p), MentionKind::Entity(l)) = (sm[pi].kind, sm[ui].kind) else {
            continue;
        };
        if l != p {
            let span = Span::new(sent.toks[t].start, sm[ui].span.end);
            let ev = Evidence::asserted(sent.index, span, "unit.fronted-part", 0.8);
            d.add_fact(l, d.k.vocab.part_of, Object::Entity(p), ev);
        }
    }
}

/// The unit listed just before unit `ui` ("A, B and C", "A and the B").
fn listed_before(d: &Doc, sent: &Sent, sm: &[SMention], units: &[usize], ui: usize) -> Option<usize> {
    let _ = d;
    let mut k = sm[ui].first_tok;
    if k > 0 && sent.word(k - 1) == "the" {
        k -= 1;
    }
    if k > 0 && sent.word(k - 1) == "and" {
        k -= 1;
    }
    if k > 0 && sent.word(k - 1) == "," {
        k -= 1;
    }
    if k == sm[ui].first_tok || (k + 1 == sm[ui].first_tok && sent.word(k) == "the") {
        return None;
    }
    units.iter().copied().find(|&j| j != ui && sm[j].end_tok == k)
}

/// The class a unit's head gives when no parent is named.
fn name_class(d: &Doc, sent: &Sent, a: usize, b: usize) -> ClassId {
    (a + 1..=b)
        .rev()
        .find_map(|e| head_ending(d, sent, e).map(|(_, c)| c))
        .unwrap_or(d.k.vocab.agency)
}
