//! Numbered events: "the 34th session of the Commission on Crime Prevention
//! and Criminal Justice", "THE THIRTY FIRST SESSION OF THE COMMISSION …",
//! "the Commission's 34th session", "the 14th UN Crime Congress",
//! "CCPCJ34". The event's identity is its body and its number, so the same
//! session named in two documents (or twice in one) is one node.

use super::{covered, mention_starting, ordinal_at, ordinal_suffix, replace_inside, Doc, SMention, Sent};
use crate::fact::{EntityId, Evidence, LocalId, MentionKind, Object};
use crate::ontology::ClassId;
use crate::text::{slug, Span};
use std::collections::BTreeSet;

/// Words allowed between an ordinal and its head noun.
pub(super) const FILLERS: &[&str] = &[
    "annual",
    "regular",
    "plenary",
    "special",
    "extraordinary",
    "ministerial",
    "formal",
    "official",
    "virtual",
    "online",
    "hybrid",
    "intersessional",
    "reconvened",
    "resumed",
];

/// The event head noun at token `i` (after fillers): class and next token.
fn head_at(d: &Doc, sent: &Sent, mut i: usize) -> Option<(ClassId, usize)> {
    let mut n = 0;
    // (`FILLERS` and the heads' first words asked of the word's
    // information, looked up once for the sentence.)
    while n < 2 && sent.info(i).sets & super::EVENT_FILLER != 0 {
        i += 1;
        n += 1;
    }
    // A quick refusal: no head starts with this word or its singular.
    if sent.info(i).sets & super::EVENT_HEAD_FIRST == 0 {
        return None;
    }
    'heads: for (words, class) in &d.k.event_heads {
        for (k, w) in words.iter().enumerate() {
            let t = sent.word(i + k);
            // `w` or its plural `ws`, without allocating.
            if t != w && !(t.len() == w.len() + 1 && t.starts_with(w.as_str()) && t.ends_with('s')) {
                continue 'heads;
            }
        }
        return Some((*class, i + words.len()));
    }
    None
}

/// A named operation: "Operation Riverstone", "Operation HAECHI VI",
/// "Operation Storm Makers II" — the word "Operation" written with a capital
/// and followed by a name in capitals (and a number), not by "of" or a
/// lower-case word. An event of class `vnkg:Operation`, keyed by its name.
pub(super) fn operations(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    let Some(class) = d.k.ontology.class_by_name("Operation") else {
        return;
    };
    // Gate: a name starts only at a token written "Operation" (folded
    // "operation", gate::OPERATIONS); without one the pass only sorts the
    // mentions, which it still does.
    if !sent.may(super::gate::OPERATIONS) {
        sm.sort_by_key(|m| m.span.start);
        return;
    }
    let n = sent.toks.len();
    let mut t = 0;
    while t + 1 < n {
        // (Not inside another name; "During Operation X" at the start of a
        // sentence is no name.)
        // ("Codenamed Operation Night Tide, …": a name follows.)
        let inside = t > 0
            && sent.is_capitalised(t - 1)
            && !covered(sm, t - 1)
            && !(t == 1 && super::orgs::not_first(sent, 0))
            && !matches!(sent.word(t - 1), "codenamed" | "dubbed" | "named" | "called");
        // "the Safe Mekong joint operation": a name in capitals before a
        // lower-case "operation" (with at most two modifiers between).
        if sent.word(t) == "the" && sent.is_capitalised(t + 1) && !covered(sm, t + 1) {
            let mut c = t + 1;
            while c < n
                && c - t <= 3
                && !covered(sm, c)
                && sent.is_capitalised(c)
                && sent.orig(c).chars().all(|ch| ch.is_alphanumeric())
            {
                c += 1;
            }
            let mut h = c;
            while h < c + 2
                && matches!(
                    sent.word(h),
                    "joint" | "regional" | "international" | "global" | "transnational"
                )
            {
                h += 1;
            }
            if c > t + 1 && sent.orig(h) == "operation" && !covered(sm, h) {
                let label = crate::text::squash_whitespace(&sent.text_between(t + 1, h));
                let ev = d.minted("event", class, &label);
                sm.push(SMention::over(sent, t + 1, h + 1, MentionKind::Entity(ev)));
                t = h + 1;
                continue;
            }
        }
        if sent.orig(t) != "Operation" || covered(sm, t) || inside {
            t += 1;
            continue;
        }
        let mut e = t + 1;
        while e < n
            && e - t <= 3
            && !covered(sm, e)
            && sent.is_capitalised(e)
            && sent.orig(e).chars().all(|c| c.is_alphanumeric())
            && !matches!(sent.word(e), "the" | "of" | "and" | "in" | "on" | "for")
        {
            e += 1;
        }
        if e == t + 1 {
            t += 1;
            continue;
        }
        let label = crate::text::squash_whitespace(&sent.text_between(t, e - 1));
        let ev = d.minted("event", class, &label);
        sm.push(SMention::over(sent, t, e, MentionKind::Entity(ev)));
        t = e;
    }
    sm.sort_by_key(|m| m.span.start);
}

/// The key of an event minted from its label: the folded label, with the
/// year it is dated to when known (one node per event and year).
fn event_key(year: Option<i32>, label: &str) -> String {
    match year {
        Some(y) => format!("{} {y}", crate::text::fold(label)),
        None => crate::text::fold(label),
    }
}

pub(super) fn numbered(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    // "The General Assembly" in a report on INTERPOL's: a bare head phrase
    // the gazetteer gives to one body is the body of that name in view.
    for m in sm.iter_mut() {
        if m.hidden || !matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.body)) {
            continue;
        }
        let words = name_words(sent, m.first_tok, m.end_tok);
        let bare = words.iter().all(|w| {
            matches!(
                w.as_str(),
                "general" | "assembly" | "conference" | "commission" | "committee" | "council"
            )
        });
        if bare {
            if let Some(b) = body_in_view(d, &words) {
                m.kind = MentionKind::Entity(b);
            }
        }
    }
    known_sessions(d, sent, sm);
    unnamed(d, sent, sm);
    let body_class = d.k.vocab.body;
    let is_body = |d: &Doc, sm: &[SMention], mi: usize| match sm[mi].kind {
        MentionKind::Entity(l) => d.k.ontology.is_a(d.class_of(l), body_class),
        _ => false,
    };
    let mut found: Vec<(usize, usize, usize, u32, ClassId, Option<String>)> = Vec::new(); // (start tok, end tok, body mention, n, class, qualifier)
    let n = sent.toks.len();
    let mut i = 0;
    while i < n {
        // (The ordinal first: most tokens are none, and it is cheaper to
        // refuse than `covered`.)
        let Some((num, j)) = ordinal_at(sent, i).filter(|_| !covered(sm, i)) else {
            i += 1;
            continue;
        };
        let start = if i > 0 && sent.word(i - 1) == "the" { i - 1 } else { i };
        // (a) ORD head of (the)? BODY
        if let Some((class, k)) = head_at(d, sent, j) {
            let mut m = k;
            if sent.word(m) == "of" || sent.word(m) == "for" {
                m += 1;
                m = sent.past_the(m);
                // ("the second session of the UN Ad Hoc Committee …": of the
                // body the organisation's name qualifies, named right after.)
                let qualified = |mi: usize| {
                    mention_starting(sm, sm[mi].end_tok)
                        .filter(|&mj| is_body(d, sm, mj))
                        .unwrap_or(mi)
                };
                // (Not a body that only qualifies what the event is of: "the
                // first round of UN talks on a cybercrime convention".)
                let qualifies = |mi: usize| {
                    matches!(
                        sent.word(sm[mi].end_tok),
                        "talks" | "negotiations" | "consultations" | "discussions"
                    )
                };
                if let Some(mi) = mention_starting(sm, m)
                    .filter(|&mi| is_body(d, sm, mi) && !qualifies(mi))
                    .map(qualified)
                {
                    let m = sm[mi].first_tok;
                    // "the 86th session of the General Assembly" after the
                    // INTERPOL General Assembly: the body in view, not the
                    // gazetteer's bare "General Assembly" (the UN's).
                    let words = name_words(sent, m, sm[mi].end_tok);
                    if let Some(b) = body_in_view(d, &words).filter(|&b| sm[mi].kind != MentionKind::Entity(b)) {
                        sm[mi].kind = MentionKind::Entity(b);
                    }
                    found.push((start, sm[mi].end_tok, mi, num, class, None));
                    i = sm[mi].end_tok;
                    continue;
                }
                // "the fourth session of the Conference", "the 32nd session of
                // the Commission": a short name of the body in view.
                if let Some((body, end)) = body_by_short_name(d, sent, sm, m) {
                    let span = Span::new(sent.toks[m].start, sent.toks[end - 1].end);
                    sm.push(SMention::at(sent, span, MentionKind::Entity(body)));
                    let mi = sm.len() - 1;
                    found.push((start, end, mi, num, class, None));
                    i = end;
                    continue;
                }
            }
        }
        // (f) "the Fifteenth Congress": a numbered event of the series of an
        // event of the same kind named before.
        if let Some((class, k)) = head_at(d, sent, j) {
            let next_is_name = sent.word(k) == "of" || mention_starting(sm, k).is_some();
            // ("the 90th session" in digits names one too.)
            let digits = sent.word(i).starts_with(|c: char| c.is_ascii_digit());
            // ("the second session, scheduled to take place in Vienna from …":
            // in words, when a place or date of its own follows.)
            let placed = sm.iter().any(|m| {
                !m.hidden
                    && m.first_tok >= k
                    && m.first_tok <= k + 10
                    && match m.kind {
                        MentionKind::Date(_) => true,
                        MentionKind::Entity(l) => d.k.ontology.is_a(d.class_of(l), d.k.vocab.place),
                    }
            });
            if !next_is_name && (sent.is_capitalised(j) || digits || placed) {
                let series = d.recent.iter().rev().copied().find_map(|l| {
                    let e = &d.entities[l];
                    if e.class != class || e.ordinal.is_none() {
                        return None;
                    }
                    match &e.id {
                        EntityId::Known(idx) => {
                            d.k.gazetteer
                                .get(*idx)
                                .session_of
                                .clone()
                                .and_then(|b| d.k.gazetteer.by_iri(&b))
                                .map(Err)
                        }
                        EntityId::Minted { .. } => d.facts.iter().find_map(|f| match f.object {
                            Object::Entity(b) if f.subject == l && f.relation == d.k.vocab.session_of => Some(Ok(b)),
                            _ => None,
                        }),
                    }
                });
                if let Some(b) = series {
                    let body = match b {
                        Ok(local) => local,
                        Err(idx) => d.entity_for_known(idx),
                    };
                    let ev = event_entity(d, body, num, class, None);
                    let span = Span::new(sent.toks[start].start, sent.toks[k - 1].end);
                    // (Said of the series only where it is read from the
                    // words: "the second session, … in Vienna".)
                    let in_words = !sent.is_capitalised(j) && !digits;
                    let minted = matches!(d.entities[ev].id, EntityId::Minted { .. });
                    if in_words && minted && !hedged_around(sent, start, k) {
                        d.add_fact(
                            ev,
                            d.k.vocab.session_of,
                            Object::Entity(body),
                            Evidence::asserted(sent.index, span, "event.numbered", 0.95),
                        );
                    }
                    sm.push(SMention::over(sent, start, k, MentionKind::Entity(ev)));
                    i = k;
                    continue;
                }
            }
        }
        // (c) ORD BODY (head)?
        if let Some(mi) = mention_starting(sm, j).filter(|&mi| is_body(d, sm, mi)) {
            let after = sm[mi].end_tok;
            // "the 14th United Nations General Assembly on Crime Prevention …":
            // the name goes on, so it is not the body's own session.
            if sent.word(after) == "on" && sent.is_capitalised(after + 1) {
                i = after;
                continue;
            }
            if let Some((class, k, series)) = series_head(d, sent, sm, after) {
                found.push((start, k, mi, num, class, series));
                i = k;
                continue;
            }
            if let MentionKind::Entity(l) = sm[mi].kind {
                if let Some(class) = body_is_event_like(d, l) {
                    found.push((start, after, mi, num, class, None));
                    i = after;
                    continue;
                }
            }
        }
        // (g) "the Fourth Bali Regional Ministerial Conference on People
        // Smuggling …": an ordinal, capitalised words (a place or a country
        // among them, no body) and a capitalised head name one event of a
        // series no body owns ("4th Bali Regional Ministerial Conference").
        if let Some(next) = named_series_event(d, sent, sm, (start, j, num)) {
            i = next;
            continue;
        }
        i = j;
    }
    // (d) BODY NUMBER: "AMMTC 14", "CCPCJ 34" (a number below 1000, not a year)
    for mi in 0..sm.len() {
        if sm[mi].hidden || !is_body(d, sm, mi) {
            continue;
        }
        let t = sm[mi].end_tok;
        let w = sent.word(t);
        if !w.is_empty()
            && w.len() <= 3
            && w.bytes().all(|b| b.is_ascii_digit())
            && sent.toks[t].start > sm[mi].span.end
        {
            let num: u32 = w.parse().unwrap_or(0);
            if num > 0 && !found.iter().any(|f| f.2 == mi) {
                if let MentionKind::Entity(l) = sm[mi].kind {
                    if let Some(class) = body_is_event_like(d, l).or_else(|| d.k.ontology.class_by_name("Meeting")) {
                        found.push((sm[mi].first_tok, t + 1, mi, num, class, None));
                    }
                }
            }
        }
    }
    kind_of_session_of(d, sent, sm);
    // (e) its ORD head: "its first meeting" — of the body last named ("the
    // Conference of the States Parties, whose third session …" too).
    for t in 0..n {
        let whose = sent.word(t) == "whose" && t >= 1 && sent.word(t - 1) == ",";
        if !(sent.word(t) == "its" || whose) || covered(sm, t) {
            continue;
        }
        let Some((num, j)) = ordinal_at(sent, t + 1) else {
            its_kind_of_session(d, sent, sm, t);
            continue;
        };
        let Some((class, k)) = head_at(d, sent, j) else {
            continue;
        };
        // Only a body named earlier in the same sentence: across sentences
        // "its" is too often another body.
        let body = sm
            .iter()
            .filter(|m| !m.hidden && m.end_tok <= t)
            .filter_map(|m| match m.kind {
                MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), body_class) => Some(l),
                _ => None,
            })
            .next_back();
        if let Some(b) = body {
            let ev = event_entity(d, b, num, class, None);
            let span = Span::new(sent.toks[t].start, sent.toks[k - 1].end);
            if !hedged_around(sent, t, k) {
                d.add_fact(
                    ev,
                    d.k.vocab.session_of,
                    Object::Entity(b),
                    Evidence::asserted(sent.index, span, "event.numbered", 0.95),
                );
            }
            replace_inside(sm, SMention::over(sent, t, k, MentionKind::Entity(ev)));
        }
    }
    // (b) BODY 's ORD head
    for mi in 0..sm.len() {
        if sm[mi].hidden || !is_body(d, sm, mi) {
            continue;
        }
        let t = sm[mi].end_tok;
        if sent.word(t) == "'" && sent.word(t + 1) == "s" {
            if let Some((num, j)) = ordinal_at(sent, t + 2) {
                let start = if sm[mi].first_tok > 0 && sent.word(sm[mi].first_tok - 1) == "the" {
                    sm[mi].first_tok - 1
                } else {
                    sm[mi].first_tok
                };
                // ("INTERPOL's 23rd Asian Regional Conference": a series.)
                if let Some((class, k, series)) = series_head(d, sent, sm, j) {
                    found.push((start, k, mi, num, class, series));
                }
            }
        }
    }
    let mut made: Vec<(usize, usize, usize, usize)> = Vec::new(); // (start tok, end tok, event, body)
    for (start_tok, end_tok, mi, num, class, qualifier) in found {
        let MentionKind::Entity(body) = sm[mi].kind else {
            continue;
        };
        // "the first INTERPOL General Assembly since the pandemic", "the
        // first INTERPOL General Assembly ever staged in Viet Nam": a count,
        // not a name.
        if matches!(sent.word(end_tok), "since" | "ever")
            || (sent.word(end_tok) == "to" && sent.word(end_tok + 1) == "be")
        {
            continue;
        }
        let ev = event_entity(d, body, num, class, qualifier.as_deref());
        let span = Span::new(sent.toks[start_tok].start, sent.toks[end_tok - 1].end);
        sm[mi].hidden = true;
        // Any other mention inside the event's name is hidden too.
        for m in sm.iter_mut() {
            if span.contains(m.span) {
                m.hidden = true;
            }
        }
        sm.push(SMention::over(sent, start_tok, end_tok, MentionKind::Entity(ev)));
        made.push((start_tok, end_tok, ev, body));
        // A congress of a congress series is not a session of a body; nor is
        // a consultation of the body with its partners ("the 7th AMMTC Plus
        // Three Consultation" is not a meeting of the AMMTC alone).
        if d.k.ontology.class(class).name == "Congress"
            || qualifier.as_deref().is_some_and(|q| q.starts_with("Plus "))
            || hedged_around(sent, start_tok, end_tok)
        {
            continue;
        }
        d.add_fact(
            ev,
            d.k.vocab.session_of,
            Object::Entity(body),
            Evidence::asserted(sent.index, span, "event.numbered", 0.95),
        );
    }
    committee_sessions(d, sent, sm, &made);
    sm.sort_by_key(|m| m.span.start);
    preparatory(d, sent, sm);
}

/// "the Third Committee of the 73rd session of the General Assembly", "the
/// 65th session of the UN General Assembly's Third Committee": a committee of
/// a body (its `vnkg:partOf` in the gazetteer) named with a session of that
/// body is the committee's session, an event of its own ("UNGA 73rd session
/// Third Committee", a session of the committee); what is said there is said
/// of it.
fn committee_sessions(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>, made: &[(usize, usize, usize, usize)]) {
    for &(ev_first, ev_end, ev, body) in made {
        let EntityId::Known(body_idx) = d.entities[body].id else {
            continue;
        };
        let committee_of = |d: &Doc, m: &SMention| match (m.hidden, m.kind) {
            (false, MentionKind::Entity(l)) => match d.entities[l].id {
                EntityId::Known(idx) => {
                    let known = d.k.gazetteer.get(idx);
                    (d.k.ontology.is_a(known.class, d.k.vocab.body)
                        && known
                            .part_of
                            .iter()
                            .any(|iri| d.k.gazetteer.by_iri(iri) == Some(body_idx)))
                    .then_some(l)
                }
                EntityId::Minted { .. } => None,
            },
            _ => None,
        };
        // COMMITTEE of|at (the) SESSION
        let before = (ev_first >= 2)
            .then(|| {
                let mut k = ev_first;
                if matches!(sent.word(k - 1), "of" | "at") {
                    k -= 1;
                } else {
                    return None;
                }
                sm.iter().position(|m| m.end_tok == k && committee_of(d, m).is_some())
            })
            .flatten();
        // SESSION 's COMMITTEE
        let after = (sent.word(ev_end) == "'" && sent.word(ev_end + 1) == "s")
            .then(|| {
                sm.iter()
                    .position(|m| m.first_tok == ev_end + 2 && committee_of(d, m).is_some())
            })
            .flatten();
        let Some(ci) = before.or(after) else { continue };
        let Some(committee) = committee_of(d, &sm[ci]) else {
            continue;
        };
        // The body's session named here is the committee's: its own
        // `sessionOf` from this sentence goes.
        d.facts
            .retain(|f| !(f.subject == ev && f.relation == d.k.vocab.session_of && f.evidence.sentence == sent.index));
        let (first, end) = (ev_first.min(sm[ci].first_tok), ev_end.max(sm[ci].end_tok));
        let label = format!("{} {}", d.entities[ev].label, short_name(d, committee));
        let class = d.entities[ev].class;
        let key = event_key(None, &label);
        let cs = d.entity(EntityId::Minted { dir: "event", key }, class, &label);
        let span = Span::new(sent.toks[first].start, sent.toks[end - 1].end);
        replace_inside(sm, SMention::over(sent, first, end, MentionKind::Entity(cs)));
        d.add_fact(
            cs,
            d.k.vocab.session_of,
            Object::Entity(committee),
            Evidence::asserted(sent.index, span, "event.committee-session", 0.9),
        );
    }
}

/// "the Asia-Pacific Regional Preparatory Meeting for the 15th UN Crime
/// Congress", "the regional preparatory meeting for Asia and the Pacific"
/// (the congress named before): a meeting that prepares another event is an
/// event of its own, and what is said of it is not said of the other.
fn preparatory(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    let n = sent.toks.len();
    let event_class = d.k.vocab.event;
    let is_event = |d: &Doc, m: &SMention| {
        !m.hidden && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), event_class))
    };
    for p in 0..n {
        if sent.word(p) != "preparatory" || covered(sm, p) {
            continue;
        }
        let Some((class, after)) = head_at(d, sent, p + 1) else {
            continue;
        };
        // Its modifiers, back to the determiner: "Asia-Pacific Regional".
        let mut s = p;
        while s > 0
            && p - s < 4
            && !covered(sm, s - 1)
            && (sent.word(s - 1) == "-"
                || (sent.orig(s - 1).chars().all(char::is_alphabetic)
                    && !matches!(sent.word(s - 1), "the" | "a" | "an" | "its" | "their" | "this" | "that")))
        {
            s -= 1;
        }
        // "for Asia and the Pacific": the region.
        let mut t = after;
        let mut region = None;
        if sent.word(t) == "for" && sent.is_capitalised(t + 1) && !covered(sm, t + 1) {
            let mut e = t + 1;
            while e < n
                && ((sent.is_capitalised(e) && !covered(sm, e))
                    || (matches!(sent.word(e), "and" | "the")
                        && sent.is_capitalised(e + 1 + usize::from(sent.word(e + 1) == "the"))))
            {
                e += 1;
            }
            region = Some(
                sent.text_between(t + 1, e - 1)
                    .replace(" and the ", "-")
                    .replace(" and ", "-"),
            );
            t = e;
        }
        // The event prepared: named here, else the congress named last.
        let mut end = t;
        let mut target = None;
        if matches!(sent.word(t), "for" | "of" | "to") {
            let o = sent.past_the(t + 1);
            if let Some(mi) = sm.iter().position(|m| m.first_tok == o && is_event(d, m)) {
                if let MentionKind::Entity(l) = sm[mi].kind {
                    target = Some(l);
                    end = sm[mi].end_tok;
                    sm[mi].hidden = true;
                }
            }
        }
        let target = target.or_else(|| {
            d.recent
                .iter()
                .rev()
                .copied()
                .find(|&l| d.k.ontology.class(d.class_of(l)).name == "Congress")
        });
        let Some(target) = target else { continue };
        let modifiers: Vec<String> = (s..p)
            .map(|k| {
                let w = sent.orig(k);
                if matches!(
                    sent.word(k),
                    "regional" | "interregional" | "high" | "level" | "expert" | "ministerial"
                ) {
                    w.to_lowercase()
                } else {
                    w.to_string()
                }
            })
            .collect();
        let mut label = region.map(|r| format!("{r} ")).unwrap_or_default();
        label.push_str(&modifiers.join(" ").replace(" - ", "-"));
        if !modifiers.is_empty() {
            label.push(' ');
        }
        let head = sent.text_between(p + 1, after - 1).to_lowercase();
        label.push_str(&format!("preparatory {head} for the {}", d.entities[target].label));
        let ev = d.minted("event", class, &label);
        sm.push(SMention::over(sent, s, end.max(after), MentionKind::Entity(ev)));
    }
    sm.sort_by_key(|m| m.span.start);
}

/// An event's head noun at token `t` ("session"), or capitalised words and
/// then a capitalised head naming one series of a body's ("Asian Regional
/// Conference" in "the 26th INTERPOL Asian Regional Conference"): the class,
/// the end token and the series' words.
fn series_head(d: &Doc, sent: &Sent, sm: &[SMention], t: usize) -> Option<(ClassId, usize, Option<String>)> {
    if let Some((class, k)) = head_at(d, sent, t) {
        return Some((class, k, None));
    }
    // "the 4th AMMTC+3 Consultation", "the 2nd AMMTC+Japan Consultation":
    // the body with its partners, as "AMMTC Plus Three" is written.
    // ("the Ninth AMMTC-Australia Consultation": a partner after a hyphen.)
    if sent.orig(t) == "+" || (sent.orig(t) == "-" && sent.is_capitalised(t + 1) && head_at(d, sent, t + 2).is_some()) {
        let partner = match sent.orig(t + 1) {
            "3" if sent.orig(t) == "+" => "Three".to_string(),
            "1" if sent.orig(t) == "+" => "One".to_string(),
            w if sent.is_capitalised(t + 1) && w.chars().all(char::is_alphabetic) => w.to_string(),
            _ => return None,
        };
        let (class, k) = head_at(d, sent, t + 2)?;
        return Some((class, k, Some(format!("Plus {partner}"))));
    }
    let mut q = t;
    // ("the 6th ASEAN Prosecutors-General Conference": a hyphen between two
    // capitalised words of the name.)
    let hyphen = |q: usize| q > t && sent.orig(q) == "-" && sent.is_capitalised(q + 1);
    while q < t + 5 && (sent.is_capitalised(q) || hyphen(q)) && !covered(sm, q) && head_at(d, sent, q).is_none() {
        q += 1;
    }
    if q == t || !sent.is_capitalised(q) {
        return None;
    }
    let (class, k) = head_at(d, sent, q)?;
    Some((class, k, Some(sent.text_between(t, q - 1))))
}

/// A body named by a short form from token `t` ("the Conference", "the
/// General Assembly", "the Conference of the Parties to the Convention"):
/// capitalised words (and "of", "the", "to" between them), all of whose
/// words stand in the name of a body in view — named earlier in the
/// document, or the body of an event named earlier — else the UN's body of
/// that name. Returns the body and the end token.
fn body_by_short_name(d: &mut Doc, sent: &Sent, sm: &[SMention], t: usize) -> Option<(usize, usize)> {
    // ("… in the Conference of the States Parties to UNCAC, sending a
    // delegation to the third session of the conference": a body head in
    // lower case is the body of that head named earlier in the sentence.)
    if !sent.is_capitalised(t)
        && !covered(sm, t)
        && matches!(sent.word(t), "conference" | "commission" | "committee" | "assembly")
        && !sent.is_capitalised(t + 1)
    {
        let head = sent.word(t);
        return sm
            .iter()
            .filter(|m| !m.hidden && m.end_tok <= t)
            .rev()
            .find_map(|m| match m.kind {
                MentionKind::Entity(l)
                    if d.k.ontology.is_a(d.class_of(l), d.k.vocab.body)
                        && crate::text::fold(&d.entities[l].label).split(' ').any(|w| w == head) =>
                {
                    Some((l, t + 1))
                }
                _ => None,
            });
    }
    if !sent.is_capitalised(t) || covered(sm, t) {
        return None;
    }
    let n = sent.toks.len();
    let mut end = t + 1;
    let mut k = t + 1;
    while k < n && k < t + 9 && !covered(sm, k) {
        if sent.is_capitalised(k) {
            k += 1;
            end = k;
        } else if matches!(sent.word(k), "of" | "the" | "to") {
            k += 1;
        } else {
            break;
        }
    }
    // "the Conference of the Parties to the Convention": the body of that
    // name of the treaty in view.
    if let Some(to) = (t + 1..end).find(|&k| sent.word(k) == "to") {
        let head = (t..to).map(|k| sent.word(k)).collect::<Vec<_>>().join(" ");
        let written_treaty = matches!(sent.word(end - 1), "convention" | "treaty" | "protocol");
        let treaty = written_treaty
            .then(|| super::coref::salient_treaty(d, sm, t))
            .flatten()
            .and_then(|l| match d.entities[l].id {
                EntityId::Known(idx) => Some(idx),
                EntityId::Minted { .. } => None,
            });
        if let Some(&b) = treaty.and_then(|idx| d.k.treaty_bodies.get(&(head, idx))) {
            return Some((d.entity_for_known(b), end));
        }
    }
    let words = name_words(sent, t, end);
    if let Some(b) = body_in_view(d, &words) {
        return Some((b, end));
    }
    let written = sent.text_between(t, end - 1);
    let idx = d.k.gazetteer.lookup(&format!("UN {written}"))?;
    d.k.ontology
        .is_a(d.k.gazetteer.get(idx).class, d.k.vocab.body)
        .then(|| (d.entity_for_known(idx), end))
}

/// The words of a name from token `t` to `end`, without "of", "the", "to".
pub(super) fn name_words(sent: &Sent, t: usize, end: usize) -> Vec<String> {
    (t..end)
        .map(|i| sent.word(i).to_string())
        .filter(|w| !matches!(w.as_str(), "of" | "the" | "to" | "-"))
        .collect()
}

/// The body in view whose name holds all these words and ends in a body's
/// head word: named earlier in the document, or the body of an event named
/// earlier.
pub(super) fn body_in_view(d: &mut Doc, words: &[String]) -> Option<usize> {
    let head = words.last()?.as_str();
    if !matches!(
        head,
        "conference" | "commission" | "assembly" | "committee" | "council" | "parties" | "convention"
    ) {
        return None;
    }
    let (body, session_of) = (d.k.vocab.body, d.k.vocab.session_of);
    // (The first word stands before the name's first "of", "on", "for" or
    // "to": "the General Assembly" is not the "Third Committee of the
    // United Nations General Assembly".)
    let fits = |label: &str| {
        let f = crate::text::fold(label);
        let have: Vec<&str> = f.split(' ').collect();
        let head_len = have
            .iter()
            .position(|w| matches!(*w, "of" | "on" | "for" | "to"))
            .unwrap_or(have.len());
        words.iter().all(|w| have.contains(&w.as_str())) && have[..head_len].contains(&words[0].as_str())
    };
    let recent: Vec<usize> = d.recent.iter().rev().copied().collect();
    for l in recent {
        let c = d.class_of(l);
        if d.k.ontology.is_a(c, body) && fits(&d.entities[l].label) {
            return Some(l);
        }
        if !d.k.ontology.is_a(c, d.k.vocab.event) {
            continue;
        }
        let known_body = match d.entities[l].id {
            EntityId::Known(idx) => {
                d.k.gazetteer
                    .get(idx)
                    .session_of
                    .as_deref()
                    .and_then(|b| d.k.gazetteer.by_iri(b))
            }
            EntityId::Minted { .. } => None,
        };
        if let Some(idx) = known_body {
            if d.k.gazetteer.get(idx).labels.iter().any(|x| fits(x)) {
                return Some(d.entity_for_known(idx));
            }
        }
        let of = d.facts.iter().find_map(|f| match f.object {
            Object::Entity(b) if f.subject == l && f.relation == session_of => Some(b),
            _ => None,
        });
        if let Some(b) = of.filter(|&b| fits(&d.entities[b].label)) {
            return Some(b);
        }
    }
    None
}

/// A numbered event the gazetteer knows, named in full ("the thirty-third
/// session of the Commission on Crime Prevention…", "CCPCJ33"): its name
/// says which body it belongs to.
fn known_sessions(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    for m in sm {
        let MentionKind::Entity(l) = m.kind else { continue };
        let EntityId::Known(idx) = d.entities[l].id else {
            continue;
        };
        let known = d.k.gazetteer.get(idx);
        let (Some(body_iri), Some(n)) = (known.session_of.clone(), known.ordinal) else {
            continue;
        };
        d.entities[l].ordinal = Some(n);
        if d.k.ontology.class(known.class).name == "Congress" {
            continue;
        }
        let Some(b) = d.k.gazetteer.by_iri(&body_iri) else {
            continue;
        };
        let body = d.entity_for_known(b);
        d.add_fact(
            l,
            d.k.vocab.session_of,
            Object::Entity(body),
            Evidence::asserted(sent.index, m.span, "event.known-session", 0.9),
        );
    }
}

/// A body whose own name is an event series ("United Nations Congress on
/// Crime Prevention…", "ASEAN Ministerial Meeting on Transnational Crime").
fn body_is_event_like(d: &Doc, body: usize) -> Option<ClassId> {
    let mut names = vec![d.entities[body].label.clone()];
    if let EntityId::Known(idx) = d.entities[body].id {
        names.extend(d.k.gazetteer.get(idx).labels.iter().cloned());
    }
    let joined = names.iter().map(|n| crate::text::fold(n)).collect::<Vec<_>>().join(" ");
    let words: Vec<&str> = joined.split(' ').collect();
    for (head, class) in &d.k.event_heads {
        if head.len() == 1
            && words.iter().any(|w| *w == head[0])
            && matches!(
                head[0].as_str(),
                "congress" | "meeting" | "conference" | "summit" | "dialogue" | "assembly"
            )
        {
            return Some(*class);
        }
    }
    None
}

/// The short name of a body: an acronym, else its shortest name of at most
/// 16 characters, else its preferred name.
fn short_name(d: &Doc, body: usize) -> String {
    match &d.entities[body].id {
        EntityId::Known(idx) => {
            let known = d.k.gazetteer.get(*idx);
            if known.pref_label.len() <= 16 {
                return known.pref_label.clone();
            }
            known
                .labels
                .iter()
                .filter(|l| crate::gazetteer::is_case_sensitive(l))
                .min_by_key(|l| l.len())
                .or_else(|| known.labels.iter().filter(|l| l.len() <= 21).min_by_key(|l| l.len()))
                .cloned()
                .unwrap_or_else(|| known.pref_label.clone())
        }
        EntityId::Minted { .. } => d.entities[body].label.clone(),
    }
}

/// The numbered event of a body (of one of its series when `qualifier`
/// names it: "Asian Regional"): the gazetteer's if it knows it, else minted
/// from the body's slug, the series and the number.
fn event_entity(d: &mut Doc, body: usize, num: u32, class: ClassId, qualifier: Option<&str>) -> usize {
    let body_iri_slug = match &d.entities[body].id {
        EntityId::Known(idx) => {
            let known = d.k.gazetteer.get(*idx);
            if let Some(ev) = d.k.gazetteer.session(&known.iri, num).filter(|_| qualifier.is_none()) {
                let l = d.entity_for_known(ev);
                d.entities[l].ordinal = Some(num);
                return l;
            }
            known.iri.rsplit('/').next().unwrap_or("").to_string()
        }
        EntityId::Minted { key, .. } => slug(key),
    };
    let short = short_name(d, body);
    let head = d.k.ontology.class(class).name.to_lowercase();
    let (label, key) = match qualifier {
        Some(q) => (
            format!("{short} {q} {num}{} {head}", ordinal_suffix(num)),
            format!("{body_iri_slug}-{}-{num}", slug(q)),
        ),
        None => (
            format!("{short} {num}{} {head}", ordinal_suffix(num)),
            format!("{body_iri_slug}-{num}"),
        ),
    };
    let l = d.entity(EntityId::Minted { dir: "event", key }, class, &label);
    // ("ASEANAPOL 39" first, a meeting by default, then "the 39th ASEAN
    // Chiefs of National Police Conference": the class the text names.)
    let meeting = d.k.ontology.class_by_name("Meeting");
    if d.entities[l].class != class && Some(d.entities[l].class) == meeting {
        d.entities[l].class = class;
        d.entities[l].label = label;
    }
    d.entities[l].ordinal = Some(num);
    l
}

/// The numbers written as words that count meetings or days ("two-day",
/// "the eight sessions").
const NUMBER_WORDS: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Words that end the subject phrase of an unnamed event.
/// Words that cannot stand between an event's head and its subject ("a
/// seminar in Ha Noi on …"): verbs and clause words.
const BETWEEN_STOP: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "will",
    "would",
    "has",
    "have",
    "had",
    "and",
    "or",
    "but",
    "to",
    "at",
    "by",
    "with",
    "that",
    "who",
    "as",
    "said",
    "says",
    "took",
    "take",
    "takes",
    "opened",
    "closed",
    "said",
    "ended",
    "began",
    // ("The conference focused on …", "a briefing heard on …": verbs
    // before "on", not a subject's preposition.)
    "focused",
    "focuses",
    "focusing",
    "centred",
    "centered",
    "concentrated",
    "touched",
    "heard",
    "discussed",
    "agreed",
    // A headline's verbs: "Doha conference agrees on peer review …".
    "agrees",
    "opens",
    "closes",
    "adopts",
    "ends",
    "wraps",
    "begins",
    "concludes",
    "kicks",
    "focuses",
    "calls",
    "urges",
];

const PHRASE_END: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    ",",
    ".",
    ";",
    ":",
    "(",
    ")",
    "\"",
    "last",
    "this",
    "next",
    "held",
    "which",
    "that",
    "with",
    "in",
    "at",
    "from",
    "was",
    "were",
    "is",
    "are",
    "will",
    // (Modals and auxiliaries: "a follow-up course on ransomware
    // investigations may be held next year".)
    "would",
    "may",
    "might",
    "can",
    "could",
    "should",
    "must",
    "shall",
    "has",
    "have",
    "had",
    "and",
    "attended",
    "opened",
    "opens",
    "closed",
    "closes",
    "began",
    "begins",
    "ended",
    "ends",
    "concluded",
    "started",
    "kicked",
    "wrapped",
    "organised",
    "organized",
    "hosted",
    "co",
    "where",
    "for",
    "during",
    "since",
    "after",
    "before",
    "under",
    "by",
];

/// The year of the first date the sentence names (the year of an event it
/// dates).
fn sentence_year(sm: &[SMention]) -> Option<i32> {
    sm.iter().find_map(|m| match (&m.kind, m.hidden) {
        (MentionKind::Date(v), false) => Some(v.start.year),
        _ => None,
    })
}

/// Who within a body meets: "the annual meeting of SEAJust focal points".
const MEMBER_GROUPS: &[&str] = &[
    "focal",
    "points",
    "contact",
    "member",
    "states",
    "heads",
    "chiefs",
    "experts",
    "senior",
    "officials",
    "ministers",
    "prosecutors",
    "leaders",
];

/// Whether event `ev` is a session of `body`: said in this document, or
/// known to the gazetteer.
fn session_of_body(d: &Doc, ev: usize, body: usize) -> bool {
    let said = d
        .facts
        .iter()
        .any(|f| f.subject == ev && f.relation == d.k.vocab.session_of && f.object == Object::Entity(body));
    let known = match (&d.entities[ev].id, &d.entities[body].id) {
        (EntityId::Known(e), EntityId::Known(b)) => {
            d.k.gazetteer.get(*e).session_of.as_deref() == Some(d.k.gazetteer.get(*b).iri.as_str())
        }
        _ => false,
    };
    said || known
}

/// Events the gazetteer lacks, named by their head noun and subject: "a
/// workshop on international cooperation on counter terrorism", "the
/// seminar held by the Ministry of Public Security on …". The event's key is
/// its folded name and the year of the document, so the same event named in
/// two documents of a year is one node. "held/organised/hosted by ORG"
/// inside the name makes ORG its organiser.
fn unnamed(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    // Gate: every reading here (and in `owned_with_year`) starts at an
    // event head (`head_at`), which starts at a word in
    // `EVENT_HEAD_FIRST`; without one the pass only sorts the mentions, as
    // at its end.
    if !sent.has(super::EVENT_HEAD_FIRST) {
        sm.sort_by_key(|m| m.span.start);
        return;
    }
    owned_with_year(d, sent, sm);
    let n = sent.toks.len();
    let mut i = 0;
    while i < n {
        // A headline drops its articles: "… co-host workshop on …".
        let headline_head = sent.index == 0 && !covered(sm, i) && head_at(d, sent, i).is_some();
        // ("State President Truong Tan Sang's state visit to India": a
        // person's possessive stands for the article.)
        let possessive =
            sent.word(i) == "s" && i >= 2 && sent.word(i - 1) == "'" && sm.iter().any(|m| {
                !m.hidden
                    && m.end_tok == i - 1
                    && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.person))
            });
        if !headline_head && !possessive && (!matches!(sent.word(i), "a" | "an" | "the") || covered(sm, i)) {
            i += 1;
            continue;
        }
        // Up to three modifiers ("regional", "two-day", "training").
        let mut h = if headline_head { i } else { i + 1 };
        let mut mods = 0;
        // "the 2025 Annual General Meeting of X": a year and capitalised
        // modifiers, allowed only before "of BODY" (checked below).
        let mut named_year = None;
        let mut capital_mods = false;
        let mut owner_end = None;
        // "an INTERPOL workshop on …", "a UNODC training course": the
        // organisation whose event it is, named first, is part of the name.
        if !headline_head {
            let org = mention_starting(sm, h).filter(|&mi| {
                matches!(sm[mi].kind, MentionKind::Entity(l)
                    if d.k.ontology.is_a(d.class_of(l), d.k.vocab.body) || d.k.ontology.is_a(d.class_of(l), d.k.vocab.agency))
            });
            // (Capitalised words may stand between: "the ARIN-AP Annual
            // General Meeting".)
            let capitalised_to_head = |e: usize| {
                (e + 1..(e + 3).min(n))
                    .any(|k| head_at(d, sent, k).is_some() && (e..k).all(|j| sent.is_capitalised(j) && !covered(sm, j)))
            };
            if let Some(mi) = org.filter(|&mi| {
                let e = sm[mi].end_tok;
                head_at(d, sent, e).is_some() || !sent.is_capitalised(e) || capitalised_to_head(e)
            }) {
                h = sm[mi].end_tok;
                owner_end = Some(h);
            }
        }
        while mods < 6 && h < n && !covered(sm, h) && head_at(d, sent, h).is_none() {
            let w = sent.word(h);
            let function_word = matches!(
                w,
                "of" | "and" | "or" | "the" | "a" | "an" | "in" | "on" | "for" | "to" | "with"
            );
            // (Not a verb or a possessive: "the Ministry … of Laos held
            // their annual cooperation meeting" names no "held their …
            // meeting".)
            let clause_word = PHRASE_END.contains(&w)
                || BETWEEN_STOP.contains(&w)
                || matches!(w, "their" | "its" | "his" | "her" | "our");
            let alphabetic = w.chars().all(|c| c.is_alphabetic()) && !function_word && !clause_word;
            if h == i + 1 && !headline_head && year_word(w).is_some() {
                named_year = year_word(w);
                h += 1;
            } else if w == "-"
                || (alphabetic && !sent.is_capitalised(h))
                || (h == i + 1
                    && !headline_head
                    && w.ends_with(|c: char| c.is_alphabetic())
                    && ordinal_at(sent, h).is_some())
            {
                // ("the 8th annual meeting between …": an ordinal too.)
                h += 1;
                mods += 1;
            } else if alphabetic && !headline_head {
                capital_mods = true;
                h += 1;
                mods += 1;
            } else {
                break;
            }
        }
        let Some((mut class, mut after_head)) = head_at(d, sent, h) else {
            i += 1;
            continue;
        };
        // "the Assembly on …", "the Forum": a capitalised head in running text
        // names a body, not an event; a head inside a known name is that name's.
        // ("The 2025 Annual General Meeting of ARIN-AP", with a modifier and
        // a body after it, is that body's meeting.)
        // (The year counts as a modifier: "annual" and "plenary" are read
        // with the head, so "the 2024 Annual Plenary Meeting" has no other.)
        let capital_name = !headline_head && (sent.is_capitalised(h) || capital_mods || named_year.is_some());
        let modified = mods > 0 || named_year.is_some();
        // ("a Meeting of the States Parties to UNTOC": a treaty's parties.)
        let of_parties =
            sent.word(after_head) == "of" && parties_treaty_at(d, sent, sm, sent.past_the(after_head + 1)).is_some();
        // ("the Bali Process Ministerial Conference in Adelaide in February
        // 2023": an organisation's event named in capitals, dated.)
        let owned_dated =
            owner_end.is_some_and(|o| o == h || (o..h).all(|k| sent.is_capitalised(k))) && sentence_year(sm).is_some();
        let named_here = of_parties || owned_dated || (modified && of_body_at(d, sent, sm, h));
        if covered(sm, h) || (capital_name && !named_here) {
            i += 1;
            continue;
        }
        // "the Bali Process Ministerial Conference in Adelaide in February
        // 2023", "the ASEANAPOL Conference in Singapore in August 2018": the
        // organisation's event of that year (a session of a body).
        if let (true, true, Some(o)) = (owned_dated, capital_name, owner_end) {
            let mut end = after_head;
            while let Some((_, a)) = head_at(d, sent, end) {
                end = a;
            }
            if owned_event_of_year(d, sent, sm, (i, o, end), class, false) {
                i = end;
                continue;
            }
        }
        // "the next annual meeting between the two forces": an event still
        // to be held, named only by the one before it, is not yet an event.
        if (i + 1..h).any(|k| matches!(sent.word(k), "next" | "upcoming" | "forthcoming" | "future")) {
            i = after_head;
            continue;
        }
        // "the SEAJust annual meeting in Bangkok last November": a body's
        // meeting named by lower-case words after the body, in a dated
        // sentence, is the body's meeting of that year, as "the annual
        // meeting of SEAJust" is.
        if let (Some(o), false, "the") = (owner_end, capital_name, sent.word(i)) {
            let gathering = matches!(
                d.k.ontology.class(class).name.as_str(),
                "Meeting" | "Conference" | "Session" | "Congress" | "Summit"
            );
            if gathering && after_head >= o + 2 && owned_event_of_year(d, sent, sm, (i, o, after_head), class, true) {
                i = after_head;
                continue;
            }
        }
        // "a training workshop": the last of several head nouns is the head.
        while let Some((c2, a2)) = head_at(d, sent, after_head) {
            h = after_head;
            class = c2;
            after_head = a2;
        }
        let mut t = after_head;
        // "held|organised|hosted by ORG"
        let mut organiser = None;
        if matches!(sent.word(t), "held" | "organised" | "organized" | "hosted" | "convened")
            && sent.word(t + 1) == "by"
        {
            let mut o = t + 2;
            o = sent.past_the(o);
            if let Some(mi) = mention_starting(sm, o) {
                organiser = Some(mi);
                t = sm[mi].end_tok;
            }
        }
        // "chaired an online working session with the United Nations Office
        // on Drugs and Crime": a meeting named by who it was held with, who
        // took part.
        if organiser.is_none()
            && sent.word(t) == "with"
            && matches!(sent.word(i), "a" | "an")
            && matches!(d.k.ontology.class(class).name.as_str(), "Meeting" | "Session")
        {
            if let Some(next) = held_with(d, sent, sm, (i, h, after_head), class) {
                i = next;
                continue;
            }
        }
        // "a working visit to Japan by a delegation of the Ministry of Public
        // Security": a visit named by where it went (and who made it).
        if organiser.is_none() && sent.word(t) == "to" && d.k.ontology.class(class).name == "Visit" {
            if let Some(next) = visit(d, sent, sm, (i, h, after_head), class, headline_head) {
                i = next;
                continue;
            }
        }
        // "the Ministerial Meeting of the signatories to the Mekong MOU", "a
        // meeting of the States Parties to UNTOC in Vienna in October": an
        // event of a treaty's parties, with a modifier or a date.
        if organiser.is_none() && sent.word(t) == "of" {
            let dated = sentence_year(sm).is_some();
            if let Some((treaty, end)) = parties_treaty_at(d, sent, sm, sent.past_the(t + 1)) {
                if !headline_head && (i + 1 < h || dated) && !sent.word(after_head - 1).ends_with('s') {
                    let first_mod = i + 1;
                    let words = sent.text_between(first_mod, after_head - 1).to_lowercase();
                    let year = sentence_year(sm);
                    let short = short_name(d, treaty);
                    let label = match year {
                        Some(y) => format!("{short} {words} {y}"),
                        None => format!("{short} {words}"),
                    };
                    let key = event_key(d.year.filter(|_| year.is_none()), &label);
                    let ev = d.entity(EntityId::Minted { dir: "event", key }, class, &label);
                    let span = Span::new(sent.toks[first_mod].start, sent.toks[end - 1].end);
                    d.add_fact(
                        ev,
                        d.k.vocab.concerns,
                        Object::Entity(treaty),
                        Evidence::asserted(sent.index, span, "event.of-treaty-parties", 0.8),
                    );
                    replace_inside(sm, SMention::at(sent, span, MentionKind::Entity(ev)));
                    i = end;
                    continue;
                }
            }
        }
        // "a preparatory session of SOMTC": an unnumbered event of a body.
        if organiser.is_none() && sent.word(t) == "of" {
            let mut o = t + 1;
            o = sent.past_the(o);
            let body_class = d.k.vocab.body;
            let body_at = mention_starting(sm, o).and_then(|mi| match sm[mi].kind {
                MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), body_class) => Some((mi, l)),
                _ => None,
            });
            // (In a headline the head itself may come first: no modifier.)
            // ("The annual meeting of ARIN-AP was held in Seoul in November
            // 2019": a filler word read with the head is a modifier too when
            // the sentence dates the meeting.)
            let dated_filler = !headline_head && FILLERS.contains(&sent.word(i + 1)) && sentence_year(sm).is_some();
            // ("had earlier this year hosted a meeting of the SOMTC in Hanoi
            // in June": an indefinite meeting of a body, dated, is one event
            // of that year, as a filler's is.)
            let dated_filler = dated_filler
                || (!headline_head && matches!(sent.word(i), "a" | "an") && i + 1 == h && sentence_year(sm).is_some());
            if let Some((mi, body)) = body_at.filter(|_| i + 1 < h || dated_filler) {
                let first_mod = if named_year.is_some() { i + 2 } else { i + 1 };
                let words = sent.text_between(first_mod, after_head - 1);
                // A name written in capitals keeps them ("Annual Plenary Meeting").
                let words = if capital_mods || sent.is_capitalised(h) {
                    words
                } else {
                    words.to_lowercase()
                };
                let plural = sent.word(after_head - 1).ends_with('s');
                let counted = (first_mod..h).any(|k| ordinal_at(sent, k).is_some())
                    || (first_mod..h).any(|k| {
                        let w = sent.word(k);
                        w.bytes().all(|b| b.is_ascii_digit())
                            || (w != "one" && NUMBER_WORDS.contains(&w))
                            || matches!(w, "several" | "many")
                    });
                if (i + 1 < h || dated_filler) && !plural && !counted {
                    // Only with a modifier ("preparatory", "special"): a bare "the
                    // session of X" is a reference, left to coreference; "the
                    // eight sessions of X" are not one event.
                    let short = short_name(d, body);
                    // (A dated "annual meeting" is that year's.)
                    let named_year = named_year.or_else(|| {
                        if i + 1 < h {
                            return None;
                        }
                        sentence_year(sm)
                    });
                    // "the annual meeting of SEAJust focal points": whose
                    // meeting it is, within the body.
                    let mut end = sm[mi].end_tok;
                    while end < sm[mi].end_tok + 2 && MEMBER_GROUPS.contains(&sent.word(end)) && !covered(sm, end) {
                        end += 1;
                    }
                    let members = if end > sm[mi].end_tok {
                        format!(" {}", sent.text_between(sm[mi].end_tok, end - 1))
                    } else {
                        String::new()
                    };
                    // "the special session of the General Assembly on the world
                    // drug problem": its subject.
                    let mut subject = String::new();
                    if sent.word(end) == "on" && !covered(sm, end + 1) {
                        let mut e = end + 1;
                        while e < n && e < end + 9 && !covered(sm, e) && !PHRASE_END.contains(&sent.word(e)) {
                            e += 1;
                        }
                        if e > end + 1 && !matches!(sent.word(e - 1), "the" | "a" | "an" | "of") {
                            subject = format!(" on {}", sent.text_between(end + 1, e - 1));
                            end = e;
                        }
                    }
                    let label = match named_year {
                        Some(y) => format!("{short}{members} {words}{subject} {y}"),
                        None => format!("{short}{members} {words}{subject}"),
                    };
                    let span = Span::new(sent.toks[h.min(i + 1)].start, sent.toks[end - 1].end);
                    // "the opening session of the U.N. crime congress" while
                    // the 14th Congress is the event in view: a part of it,
                    // not another event.
                    let part = matches!(
                        words.to_lowercase().as_str(),
                        "opening session"
                            | "closing session"
                            | "opening plenary"
                            | "closing plenary"
                            | "opening ceremony"
                            | "closing ceremony"
                    ) && subject.is_empty();
                    let whole = part
                        .then(|| {
                            d.main_event
                                .into_iter()
                                .chain(d.recent.iter().rev().copied())
                                .find(|&m| session_of_body(d, m, body))
                        })
                        .flatten();
                    if let Some(m) = whole {
                        sm[mi].hidden = true;
                        sm.push(SMention::at(sent, span, MentionKind::Entity(m)));
                        i = end;
                        continue;
                    }
                    let key = event_key(d.year.filter(|_| named_year.is_none()), &label);
                    let ev = d.entity(EntityId::Minted { dir: "event", key }, class, &label);
                    sm[mi].hidden = true;
                    d.add_fact(
                        ev,
                        d.k.vocab.session_of,
                        Object::Entity(body),
                        Evidence::asserted(sent.index, span, "event.of-body", 0.8),
                    );
                    sm.push(SMention::at(sent, span, MentionKind::Entity(ev)));
                    i = end;
                    continue;
                }
            }
        }
        // "a discussion entitled "Towards Hanoi: …"": the event is named by
        // its title.
        if matches!(sent.word(t), "entitled" | "titled" | "called" | "themed") {
            let quote = |k: usize| matches!(sent.orig(k), "\"" | "“" | "”" | "*" | "_");
            let mut open = t + 1;
            while open < n && open < t + 4 && quote(open) {
                open += 1;
            }
            let close = (open + 1..n.min(open + 30)).find(|&k| matches!(sent.orig(k), "\"" | "”"));
            if let Some(close) = close.filter(|_| open > t + 1) {
                let title = sent.text_between(open, close - 1);
                let key = event_key(d.year, &title);
                let ev = d.entity(EntityId::Minted { dir: "event", key }, class, &title);
                let mut end = close + 1;
                while end < n && quote(end) {
                    end += 1;
                }
                replace_inside(sm, SMention::over(sent, h, end, MentionKind::Entity(ev)));
                i = end;
                continue;
            }
        }
        // "a seminar in Ha Noi on …", "a briefing in New York for UN
        // delegations on …": a place and a "for" phrase may come before the
        // subject; "a follow-up course for judges": with "a", the "for"
        // phrase is the subject.
        let indefinite = matches!(sent.word(i), "a" | "an");
        // "He briefed the conference on the 2005 Law": the event told about
        // something is one already named (left to coreference), and "on"
        // is what it was told.
        if !indefinite
            && i >= 1
            && matches!(
                sent.word(i - 1),
                "briefed"
                    | "briefs"
                    | "told"
                    | "tells"
                    | "informed"
                    | "informs"
                    | "updated"
                    | "updates"
                    | "addressed"
                    | "addresses"
            )
            && sent.word(i) == "the"
        {
            i = after_head;
            continue;
        }
        let mut venue: Option<(usize, Span)> = None;
        let mut s = t;
        // "the eighth annual meeting between the two ministries", "talks
        // between A and B": the parties name the event as its subject does.
        let between = sent.word(t) == "between";
        // ("a side event on April 27 on "From Hanoi to …"": a day, then the
        // subject.)
        let mut day_first: Option<(crate::fact::DateValue, Span)> = None;
        if sent.word(t) == "on" {
            if let Some(dm) = sm
                .iter()
                .find(|m| !m.hidden && m.first_tok == t + 1 && matches!(m.kind, MentionKind::Date(_)))
            {
                if let (true, MentionKind::Date(dv)) = (matches!(sent.word(dm.end_tok), "on" | "about"), dm.kind) {
                    s = dm.end_tok;
                    day_first = Some((dv, dm.span));
                }
            }
        }
        while !between && s < n && s < t + 12 && !matches!(sent.word(s), "on" | "about" | "regarding" | "concerning") {
            let w = sent.word(s);
            let place = sm.iter().any(|m| {
                !m.hidden
                    && m.first_tok == s
                    && matches!(m.kind, MentionKind::Entity(l)
                        if d.k.ontology.is_a(d.class_of(l), d.k.vocab.place)
                            || d.k.ontology.is_a(d.class_of(l), d.k.vocab.country))
            });
            if place {
                let m = sm
                    .iter()
                    .filter(|m| !m.hidden && m.first_tok == s)
                    .max_by_key(|m| m.end_tok);
                if let Some(m) = m {
                    if let (MentionKind::Entity(l), true) = (m.kind, s > 0 && sent.word(s - 1) == "in") {
                        venue.get_or_insert((l, m.span));
                    }
                }
                s = m.map(|m| m.end_tok).unwrap_or(s + 1);
                continue;
            }
            // ("a training course in Hai Phong for 40 police officers on …":
            // a number in the audience.)
            let ok = matches!(w, "in" | "for" | "from" | "the" | "ten" | "of")
                || w.bytes().all(|b| b.is_ascii_digit())
                // ("for 40 police and border guard officers": inside an audience.)
                || (w == "and" && (t..s).any(|k| sent.word(k) == "for"))
                // (Not a verb in the past: "Over the following sessions
                // delegates adopted resolutions on …".)
                || (w.chars().all(char::is_alphabetic)
                    && !PHRASE_END.contains(&w)
                    && !BETWEEN_STOP.contains(&w)
                    && (!w.ends_with("ed") || sent.is_capitalised(s) || s <= t))
                || (w == "," && sm.iter().any(|m| !m.hidden && m.first_tok == s + 1));
            if !ok || covered(sm, s) {
                break;
            }
            s += 1;
        }
        // ("the closing session on 24/11": an "on" that opens a date is no
        // subject.)
        let about = between || (matches!(sent.word(s), "on" | "about" | "regarding" | "concerning") && !covered(sm, s));
        // (An audience: "for judges", "for UN delegations".)
        let audience = |k: usize| {
            let w = sent.word(k);
            w.len() > 3 && w.ends_with('s') && w.chars().all(char::is_alphabetic)
        };
        let for_phrase = indefinite && sent.word(t) == "for" && (audience(t + 1) || audience(t + 2));
        // "the high-level political signing conference held in Palermo,
        // Italy, from 12 to 15 December 2000": the same, held there.
        let held_in = (sent.word(after_head) == "held" && sent.word(after_head + 1) == "in")
            .then(|| {
                sm.iter()
                    .filter(|m| !m.hidden && m.first_tok == after_head + 2)
                    .find_map(|m| match m.kind {
                        MentionKind::Entity(l)
                            if d.k.ontology.is_a(d.class_of(l), d.k.vocab.place)
                                || d.k.ontology.is_a(d.class_of(l), d.k.vocab.country) =>
                        {
                            Some((l, m.span))
                        }
                        _ => None,
                    })
            })
            .flatten();
        if !about && !for_phrase && !headline_head && i + 1 < h {
            if let Some(venue) = held_in.filter(|&(_, vspan)| {
                let v_end = sent.tok_end(vspan.end);
                sm.iter().any(|m| {
                    !m.hidden
                        && matches!(m.kind, MentionKind::Date(_))
                        && m.first_tok >= v_end
                        && m.first_tok <= v_end + 5
                })
            }) {
                i = kind_and_venue(d, sent, sm, (i, h, after_head), class, venue);
                continue;
            }
        }
        if !about && !for_phrase {
            i = after_head;
            continue;
        }
        let t = if about { s } else { t };
        let start_phrase = match day_first {
            Some(_) => s,
            // ("a training course in Hai Phong for 40 officers on …": the
            // name leaves out the venue and the audience.)
            None if about && organiser.is_none() && !between && s > after_head => s,
            None if about && organiser.is_none() => after_head,
            None => t,
        };
        let venue = venue.filter(|_| about);
        // The subject phrase: words and entity mentions up to a boundary.
        let mut e = t + 1;
        // 'a webinar on "Tracing, freezing and confiscating …"': a quoted
        // title is the whole subject.
        let quote_close = (about && matches!(sent.orig(t + 1), "\"" | "“"))
            .then(|| (t + 2..n.min(t + 32)).find(|&k| matches!(sent.orig(k), "\"" | "”")))
            .flatten();
        if let Some(close) = quote_close {
            e = close + 1;
        }
        // (At most 14 words, a name counting as one: "… between the Ministry
        // of Public Security of Viet Nam and the Ministry of Public Security
        // of China".)
        let mut inside_names = 0;
        // (After the second party of "between A and B" the phrase ends.)
        let mut second_party = false;
        while quote_close.is_none() && e < n && e - t - inside_names <= 14 {
            if let Some(m) = sm.iter().find(|m| !m.hidden && m.first_tok == e) {
                if matches!(m.kind, MentionKind::Date(_)) {
                    break;
                }
                inside_names += m.end_tok - e - 1;
                e = m.end_tok;
                if second_party {
                    break;
                }
                continue;
            }
            // "preparing for the ratification": "for" after a verb in -ing
            // stays in the phrase.
            if sent.word(e) == "for" && sent.word(e - 1).ends_with("ing") && e > t + 1 {
                e += 1;
                continue;
            }
            // "a conference on cooperation in crime prevention": "in" before
            // a common noun stays in the phrase (not before a place, a date
            // or an article: "a workshop on cybercrime in the capital").
            if sent.word(e) == "in"
                && e > t + 1
                && !covered(sm, e + 1)
                && !sent.is_capitalised(e + 1)
                && sent.word(e + 1).len() > 3
                && sent.word(e + 1).chars().all(char::is_alphabetic)
                && !matches!(
                    sent.word(e + 1),
                    "their" | "which" | "order" | "particular" | "addition" | "person"
                )
            {
                e += 1;
                continue;
            }
            // "… on cybercrime to be held in Bangkok": an infinitive ends it.
            if sent.word(e) == "to" && matches!(sent.word(e + 1), "be" | "take" | "discuss" | "review" | "share") {
                break;
            }
            // ("between A and B": the first "and" joins the parties.)
            // ("on the links between UNCAC and the Hanoi Convention": so
            // does the first "and" after a "between" inside the subject.)
            let inner_between = (t + 1..e).rev().find(|&k| sent.word(k) == "between");
            let parties_and = sent.word(e) == "and"
                && ((between && !(t + 1..e).any(|k| sent.word(k) == "and"))
                    || inner_between.is_some_and(|b| !(b + 1..e).any(|k| sent.word(k) == "and")));
            if parties_and && inner_between.is_some() {
                second_party = true;
            }
            // ("on tackling organised immigration crime": an adjective
            // before the crime it qualifies, not "organised by".)
            let organised_crime = matches!(sent.word(e), "organised" | "organized")
                && (sent.word(e + 1) == "crime" || sent.word(e + 2) == "crime");
            // ("on tracing, freezing and recovering assets": a list of
            // verbs in -ing.)
            let gerunds = matches!(sent.word(e), "," | "and" | "or")
                && sent.word(e - 1).ends_with("ing")
                && sent.word(e + 1).len() > 4
                && sent.word(e + 1).ends_with("ing")
                && !sent.is_capitalised(e + 1);
            let goes_on = parties_and
                || organised_crime
                || gerunds
                || (sent.word(e) == "and" && e + 1 < n && !sent.is_capitalised(e + 1) && e - t < 6);
            if PHRASE_END.contains(&sent.word(e)) && !goes_on {
                break;
            }
            e += 1;
        }
        // "closed the workshop on Friday": a day, not a subject.
        // "the talks on the Vietnamese side": a side, not a subject.
        let side = about
            && !between
            && (t + 1..(t + 5).min(n)).any(|k| matches!(sent.word(k), "side" | "sides"))
            && (t + 1..(t + 5).min(n))
                .take_while(|&k| !matches!(sent.word(k), "side" | "sides"))
                .all(|k| sent.word(k) == "the" || sent.is_capitalised(k) || covered(sm, k));
        // ("a press conference heard on the afternoon of October 26": a
        // time of day, not a subject.)
        let time_of_day =
            sent.word(t + 1) == "the" && matches!(sent.word(t + 2), "morning" | "afternoon" | "evening" | "night");
        let day = side
            || time_of_day
            || matches!(
                sent.word(t + 1),
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "today"
                    | "tomorrow"
            );
        // "a meeting on behalf of …", "on the sidelines", "on the occasion
        // of …": an occasion, not what the event is about.
        let occasion = about
            && (matches!(sent.word(t + 1), "behalf" | "sidelines" | "margins" | "occasion")
                || (sent.word(t + 1) == "the" && matches!(sent.word(t + 2), "sidelines" | "margins" | "occasion")));
        // "a planning meeting in Bangkok on 12-14 March": no subject, but a
        // kind (a modifier), a venue and a date make it an event, named by
        // its kind and venue.
        let dated = sm
            .iter()
            .any(|m| !m.hidden && m.first_tok == t + 1 && matches!(m.kind, MentionKind::Date(_)));
        if e <= t + 1 && dated && sent.word(t) == "on" && !headline_head && i + 1 < h {
            if let Some(venue) = venue {
                i = kind_and_venue(d, sent, sm, (i, h, after_head), class, venue);
                continue;
            }
        }
        // "A follow-up course on ransomware may be held next year", "a
        // dialogue between the two countries should be launched": an event
        // that may or should come is not one yet.
        let only_possible = indefinite
            && matches!(sent.word(e), "may" | "might" | "could" | "should" | "would")
            && sent.word(e + 1) == "be";
        if e <= t + 1 || day || occasion || only_possible {
            i = after_head;
            continue;
        }
        // The name keeps its modifiers ("regional training workshop",
        // "follow-up course") but not a duration ("five-day", "week-long").
        let first_mod = past_duration(sent, if headline_head { h } else { (i + 1).min(h) }, h);
        let head_text = sent.text_between(first_mod, after_head - 1);
        let phrase = sent.text_between(start_phrase, e - 1).replace(['"', '“', '”'], "");
        // (The organisation named first keeps its capitals: "INTERPOL workshop".)
        let label = match owner_end.filter(|&o| o > first_mod && o < after_head) {
            Some(o) => format!(
                "{} {} {phrase}",
                sent.text_between(first_mod, o - 1),
                sent.text_between(o, after_head - 1).to_lowercase()
            ),
            None => format!("{} {phrase}", head_text.to_lowercase()),
        };
        // "the annual cooperation talks between the Ministry of Public
        // Security of Viet Nam and the Ministry of Public Security of Laos":
        // talks between two states (or their agencies) are named by the
        // states and the year, as readers name them ("Viet Nam-Laos annual
        // cooperation talks 2013").
        // ("the third ministerial conference on cooperation in crime
        // prevention and control between the Ministry of Public Security of
        // Viet Nam and the Ministry of Public Security of China": so are the
        // parties of a "between" inside the subject.)
        let between = between || second_party;
        let label = if between {
            let mut states: Vec<LocalId> = Vec::new();
            let parties: Vec<LocalId> = sm
                .iter()
                .filter(|m| !m.hidden && m.first_tok >= start_phrase && m.end_tok <= e)
                .filter_map(|m| match m.kind {
                    MentionKind::Entity(l) => Some(l),
                    MentionKind::Date(_) => None,
                })
                .collect();
            for l in parties {
                let c = d.class_of(l);
                let state = if d.k.ontology.is_a(c, d.k.vocab.country) {
                    Some(l)
                } else if d.k.ontology.is_a(c, d.k.vocab.agency) {
                    d.state_of(l)
                } else {
                    None
                };
                if let Some(st) = state.filter(|st| !states.contains(st)) {
                    states.push(st);
                }
            }
            match (states.as_slice(), sentence_year(sm).or(d.year)) {
                // (With a subject before the "between", the subject stays:
                // "Viet Nam-China ministerial conference on cooperation in
                // crime prevention and control 2016".)
                ([a, b], Some(y)) => {
                    let subject = (start_phrase..e)
                        .find(|&k| sent.word(k) == "between")
                        .filter(|&k| second_party && k > start_phrase)
                        .map(|k| format!(" {}", sent.text_between(start_phrase, k - 1)))
                        .unwrap_or_default();
                    format!(
                        "{}-{} {}{subject} {y}",
                        d.entities[*a].label,
                        d.entities[*b].label,
                        head_text.to_lowercase()
                    )
                }
                _ => label,
            }
        } else {
            label
        };
        let key = event_key(d.year, &label);
        // The same event named again, more or less fully ("workshop on UNTOC
        // review mechanism" in the headline, "a regional workshop on the review
        // mechanism of the UNTOC" in the text): one node.
        let ev = match same_unnamed(d, class, &label) {
            // (Named again by its parties and year after a headline that
            // named it by its kind: the fuller name is its label.)
            Some(l) if between && label != d.entities[l].label => {
                let old = std::mem::replace(&mut d.entities[l].label, label);
                d.add_alt_label(l, old);
                l
            }
            Some(l) => l,
            None => d.entity(EntityId::Minted { dir: "event", key }, class, &label),
        };
        // (The mention starts at the name's first word: "the [eighth annual
        // meeting between …]", so that rules read "chaired the EVENT".)
        let span = Span::new(sent.toks[first_mod.min(h)].start, sent.toks[e - 1].end);
        // "the annual talks between the Ministry of Public Security of Viet
        // Nam and the Ministry of Public Security of Laos": the parties, and
        // their states, take part.
        if between
            && matches!(
                d.k.ontology.class(class).name.as_str(),
                "Meeting" | "Session" | "Conference"
            )
        {
            let parties: Vec<LocalId> = sm
                .iter()
                .filter(|m| !m.hidden && span.contains(m.span))
                .filter_map(|m| match m.kind {
                    MentionKind::Entity(l)
                        if d.k.ontology.is_a(d.class_of(l), d.k.vocab.country)
                            || d.k.ontology.is_a(d.class_of(l), d.k.vocab.agency) =>
                    {
                        Some(l)
                    }
                    _ => None,
                })
                .collect();
            // (Each party with its state: "the Ministry of Public Security
            // (MPS) of Viet Nam" is one party however many names it holds.)
            let mut with_states: Vec<(LocalId, LocalId)> = Vec::new();
            for p in parties {
                if let Some(st) = d.state_or_self(p) {
                    with_states.push((p, st));
                }
            }
            let mut states: Vec<LocalId> = with_states.iter().map(|&(_, st)| st).collect();
            states.sort_unstable();
            states.dedup();
            if states.len() == 2 {
                let evidence = Evidence::asserted(sent.index, span, "event.between-parties", 0.75);
                for (p, st) in with_states {
                    d.add_fact(p, d.k.vocab.participated_in, Object::Entity(ev), evidence.clone());
                    if st != p {
                        d.add_fact(st, d.k.vocab.participated_in, Object::Entity(ev), evidence.clone());
                    }
                    // (Still in view, inside the event's name: "the Chinese
                    // ministry" later is that party.)
                    d.recent.push(p);
                    d.recent_sent.push(sent.index);
                }
            }
        }
        for m in sm.iter_mut() {
            if span.contains(m.span) {
                m.hidden = true;
            }
        }
        if let Some(mi) = organiser {
            if let MentionKind::Entity(o) = sm[mi].kind {
                let hosted = d.k.ontology.property("hosted");
                if let Some(p) = hosted {
                    d.add_fact(
                        o,
                        p,
                        Object::Entity(ev),
                        Evidence::asserted(sent.index, span, "event.unnamed-by", 0.8),
                    );
                }
            }
        }
        // "a seminar in Ha Noi on …": held there.
        if let Some((p, pspan)) = venue {
            let span = Span::new(sent.toks[h].start, pspan.end);
            d.add_fact(
                ev,
                d.k.vocab.held_in,
                Object::Entity(p),
                Evidence::asserted(sent.index, span, "event.unnamed-in", 0.8),
            );
        }
        // ("a side event on April 27 on …": that day.)
        if let Some((dv, dspan)) = day_first {
            let span = Span::new(sent.toks[h].start, dspan.end);
            let evidence = Evidence::asserted(sent.index, span, "event.unnamed-on", 0.8);
            d.add_fact(ev, d.k.vocab.start_date, Object::Date(dv.start), evidence.clone());
            if let Some(end) = dv.end {
                d.add_fact(ev, d.k.vocab.end_date, Object::Date(end), evidence);
            }
        }
        sm.push(SMention::over(sent, first_mod.min(h), e, MentionKind::Entity(ev)));
        i = e;
    }
    sm.sort_by_key(|m| m.span.start);
}

/// The first token from `from` (before the head `h`) that is not part of a
/// duration: "five-day", "two - week", "half-day" are not in an event's name.
fn past_duration(sent: &Sent, mut from: usize, h: usize) -> usize {
    while from < h {
        let w = sent.word(from);
        let duration = w == "-"
            || w.bytes().all(|b| b.is_ascii_digit())
            || crate::text::tens_cardinal(w).is_some()
            || NUMBER_WORDS.contains(&w)
            || matches!(w, "day" | "days" | "week" | "weeks" | "long" | "month" | "half");
        if !duration {
            break;
        }
        from += 1;
    }
    from
}

/// Reading (g) of [`numbered`]: tokens `start` (the ordinal, or "the"
/// before it), `j` (after the ordinal); the token after the name, or None.
fn named_series_event(
    d: &mut Doc,
    sent: &Sent,
    sm: &mut Vec<SMention>,
    (start, j, num): (usize, usize, u32),
) -> Option<usize> {
    let n = sent.toks.len();
    let (place, country) = (d.k.vocab.place, d.k.vocab.country);
    let mut k = j;
    while k < (j + 8).min(n) && head_at(d, sent, k).is_none() {
        // ("the third Viet Nam – RoK Vice-Ministerial Meeting": a dash
        // between two capitalised words or names.)
        if matches!(sent.word(k), "-" | "–")
            && k > j
            && (sent.is_capitalised(k + 1) || mention_starting(sm, k + 1).is_some())
        {
            k += 1;
            continue;
        }
        // ("the second Viet Nam-US Law Enforcement and Security Dialogue":
        // "and" between two capitalised words of the name.)
        if sent.word(k) == "and" && k > j && sent.is_capitalised(k - 1) && sent.is_capitalised(k + 1) {
            k += 1;
            continue;
        }
        if let Some(mi) = mention_starting(sm, k) {
            let MentionKind::Entity(l) = sm[mi].kind else {
                return None;
            };
            if !(d.k.ontology.is_a(d.class_of(l), place) || d.k.ontology.is_a(d.class_of(l), country)) {
                return None;
            }
            k = sm[mi].end_tok;
            continue;
        }
        let w = sent.word(k);
        if covered(sm, k) || !sent.is_capitalised(k) || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        k += 1;
    }
    if k == j || !sent.is_capitalised(k) || covered(sm, k) {
        return None;
    }
    let (class, mut after) = head_at(d, sent, k)?;
    while let Some((_, a)) = head_at(d, sent, after).filter(|_| sent.is_capitalised(after)) {
        after = a;
    }
    // ("… Meeting on Police Cooperation": a capitalised subject after
    // "on" belongs to the name.)
    if sent.word(after) == "on" {
        let mut e = after + 1;
        while e < n && e < after + 5 && sent.is_capitalised(e) && !covered(sm, e) {
            e += 1;
        }
        if e > after + 1 {
            after = e;
        }
    }
    let label = format!(
        "{num}{} {}",
        super::ordinal_suffix(num),
        crate::text::squash_whitespace(&sent.text_between(j, after - 1))
    );
    let ev = d.entity(
        EntityId::Minted {
            dir: "event",
            key: event_key(None, &label),
        },
        class,
        &label,
    );
    let span = Span::new(sent.toks[start].start, sent.toks[after - 1].end);
    for m in sm.iter_mut().filter(|m| span.contains(m.span)) {
        m.hidden = true;
    }
    sm.push(SMention::over(sent, start, after, MentionKind::Entity(ev)));
    sm.sort_by_key(|m| m.span.start);
    Some(after)
}

/// Whether a numbered event is only offered or thought possible: an offer
/// to host it ("China has offered to host the 86th session", "Thailand's
/// bid to host the 7th AMMD") in the six words before it, or "likely",
/// "may", "might", "could" in the six after ("the 38th Conference was
/// likely to be held in Brunei"; not the month "May"). The event is named (a mention), but what
/// it is a session of is not stated as a fact. (Not "expected" or "would":
/// "the 35th session would be held in Vienna in May" is the session.)
fn hedged_around(sent: &Sent, first: usize, end: usize) -> bool {
    let offered = (first.saturating_sub(6)..first).any(|k| {
        matches!(
            sent.word(k),
            "offer" | "offers" | "offered" | "proposal" | "proposed" | "bid"
        )
    });
    let possible = (end..(end + 6).min(sent.toks.len()))
        .any(|k| matches!(sent.word(k), "likely" | "may" | "might" | "could" | "possibly") && !sent.is_capitalised(k));
    offered || possible
}

/// Kinds of session that name one session of a body, without a number.
pub(super) const SESSION_KINDS: &[&str] = &[
    "organizational",
    "organisational",
    "inaugural",
    "special",
    "resumed",
    "reconvened",
    "preparatory",
    "founding",
    "concluding",
    "final",
];

/// "the reconvened concluding session of the Ad Hoc Committee …", "the
/// organisational session of the Conference": an unnumbered session of the
/// body named after "of", of a kind that names one session. Named as
/// `its_kind_of_session` names it ("Ad Hoc Committee reconvened concluding
/// session").
fn kind_of_session_of(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    // Gate: a reading starts only at one of SESSION_KINDS
    // (gate::SESSION_KINDS); without one the pass does nothing.
    if !sent.may(super::gate::SESSION_KINDS) {
        return;
    }
    let n = sent.toks.len();
    let mut t = 0;
    while t < n {
        if !SESSION_KINDS.contains(&sent.word(t)) || covered(sm, t) || (t > 0 && ordinal_at(sent, t - 1).is_some()) {
            t += 1;
            continue;
        }
        let mut h = t + 1;
        if SESSION_KINDS.contains(&sent.word(h)) {
            h += 1;
        }
        let Some((class, k)) = head_at(d, sent, h).filter(|&(c, _)| d.k.ontology.class(c).name == "Session") else {
            t += 1;
            continue;
        };
        if sent.word(k) != "of" {
            t = k;
            continue;
        }
        let body_class = d.k.vocab.body;
        let Some((body, body_end)) = mention_starting(sm, sent.past_the(k + 1)).and_then(|mi| match sm[mi].kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), body_class) => Some((l, sm[mi].end_tok)),
            _ => None,
        }) else {
            t = k;
            continue;
        };
        let first = if t > 0 && sent.word(t - 1) == "the" { t - 1 } else { t };
        let (ev, span) = kind_session(d, sent, (body, class), (t, k), (first, body_end));
        for m in sm.iter_mut().filter(|m| span.contains(m.span)) {
            m.hidden = true;
        }
        sm.push(SMention::over(sent, first, body_end, MentionKind::Entity(ev)));
        sm.sort_by_key(|m| m.span.start);
        t = body_end;
    }
}

/// "an Ad Hoc Committee that held its organisational session in New York":
/// an unnumbered session of the body named just before in the sentence, of
/// a kind that names one session (organisational, inaugural, special,
/// resumed, concluding, final), at token `t` ("its").
fn its_kind_of_session(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>, t: usize) {
    if !SESSION_KINDS.contains(&sent.word(t + 1)) {
        return;
    }
    let Some((class, k)) = head_at(d, sent, t + 2) else {
        return;
    };
    let body_class = d.k.vocab.body;
    let Some(body) = sm
        .iter()
        .filter(|m| !m.hidden && m.end_tok <= t && m.end_tok + 6 >= t)
        .filter_map(|m| match m.kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), body_class) => Some(l),
            _ => None,
        })
        .next_back()
    else {
        return;
    };
    let (ev, _) = kind_session(d, sent, (body, class), (t + 1, k), (t, k));
    sm.push(SMention::over(sent, t, k, MentionKind::Entity(ev)));
}

/// The session of `body` named by its kind, the words `kind` ("reconvened
/// concluding session"): minted as "Ad Hoc Committee reconvened concluding
/// session", a session of the body, on the evidence of the tokens
/// `first..end` (whose span it returns).
fn kind_session(
    d: &mut Doc,
    sent: &Sent,
    (body, class): (LocalId, ClassId),
    (kind_first, kind_end): (usize, usize),
    (first, end): (usize, usize),
) -> (LocalId, Span) {
    let label = format!(
        "{} {}",
        short_name(d, body),
        sent.text_between(kind_first, kind_end - 1).to_lowercase()
    );
    let key = event_key(d.year, &label);
    let ev = d.entity(EntityId::Minted { dir: "event", key }, class, &label);
    let span = Span::new(sent.toks[first].start, sent.toks[end - 1].end);
    d.add_fact(
        ev,
        d.k.vocab.session_of,
        Object::Entity(body),
        Evidence::asserted(sent.index, span, "event.of-body", 0.8),
    );
    (ev, span)
}

/// The modality of the words `first..end` of a sentence (its cues, and
/// whether the sentence holds a date, which lets a future count): None when
/// hedged or negated.
fn clause_modality(d: &Doc, sent: &Sent, sm: &[SMention], first: usize, end: usize) -> Option<crate::fact::Modality> {
    let has_date = sm.iter().any(|m| matches!(m.kind, MentionKind::Date(_)));
    let plain = super::words_outside_names(sent, sm);
    super::modality(&d.k.rules.cues, &plain, first, end, has_date)
}

/// A meeting named by who it was held with: "an online working session with
/// the United Nations Office on Drugs and Crime (UNODC)". Tokens `i` (the
/// article), `h` (the head) and `after_head` (the "with"). The organisation
/// or state takes part. Returns the token to go on from, or None when no
/// organisation follows or the sentence hedges the meeting.
fn held_with(
    d: &mut Doc,
    sent: &Sent,
    sm: &mut Vec<SMention>,
    (i, h, after_head): (usize, usize, usize),
    class: ClassId,
) -> Option<usize> {
    let v = d.k.vocab;
    let o = sent.past_the(after_head + 1);
    let (org, org_end) = super::entity_starting(d, sm, o, &[v.body, v.agency, v.country])?;
    // ("a working session with UNODC Executive Director Waly": with a
    // person, whose organisation is written first; not this.)
    let person_after = sm.iter().any(|m| {
        !m.hidden
            && m.first_tok >= org_end
            && m.first_tok <= org_end + 5
            && !(org_end..m.first_tok).any(|k| matches!(sent.word(k), "," | ";" | "." | "and" | "to" | "on"))
            && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person))
    });
    if person_after || super::people::title_starts(d, sent, org_end) {
        return None;
    }
    let modality = clause_modality(d, sent, sm, i, org_end)?;
    let first_mod = past_duration(sent, (i + 1).min(h), h);
    let kind = sent.text_between(first_mod, after_head - 1).to_lowercase();
    let label = format!("{kind} with {}", written_name(sent, o, org_end));
    let key = event_key(d.year, &label);
    let ev = d.entity(EntityId::Minted { dir: "event", key }, class, &label);
    let span = Span::new(sent.toks[first_mod].start, sent.toks[org_end - 1].end);
    let evidence = Evidence::asserted(sent.index, span, "event.held-with", 0.75).with_modality(modality);
    d.add_fact(org, v.participated_in, Object::Entity(ev), evidence);
    replace_inside(sm, SMention::over(sent, first_mod, org_end, MentionKind::Entity(ev)));
    Some(org_end)
}

/// A visit named by where it went: "a working visit to Japan", "the visit to
/// Australia of a delegation of the Ministry of Public Security (led by …)".
/// Tokens `i` (the article), `h` (the head "visit") and `after_head` (the
/// "to"). The visit is held in the place; the delegation's organisation
/// takes part and its leader leads it. Returns the token to go on from, or
/// None when no place follows or the sentence hedges the visit.
fn visit(
    d: &mut Doc,
    sent: &Sent,
    sm: &mut Vec<SMention>,
    (i, h, after_head): (usize, usize, usize),
    class: ClassId,
    headline: bool,
) -> Option<usize> {
    let v = d.k.vocab;
    // ("…, who is on a working visit to Viet Nam", "signed during the
    // official visit to China by …", "on the occasion of an official
    // visit": a visit named as the setting of what the sentence tells is
    // not itself told, unless the text gives its dates or who made it
    // ("during the visit to Australia of a delegation of the Ministry …
    // from 8 to 12 April").)
    let before = |k: usize| if i >= k { sent.word(i - k) } else { "" };
    let setting = before(1) == "during"
        || (before(1) == "on" && matches!(before(2), "is" | "was" | "are" | "were" | "being" | "then"))
        || (before(1) == "of" && before(2) == "occasion");
    let p = sent.past_the(after_head + 1);
    let (place, place_end) = super::entity_starting(d, sm, p, &[v.place, v.country])?;
    if setting && !headline {
        let told = sent.word(place_end) == "of"
            || sm.iter().any(|m| {
                !m.hidden
                    && (place_end..=place_end + 12).contains(&m.first_tok)
                    && matches!(m.kind, MentionKind::Date(_))
            });
        if !told {
            return None;
        }
    }
    // "… by|of a delegation of ORG (, led by NAME)"
    let by = if sent.word(place_end) == "," {
        place_end + 1
    } else {
        place_end
    };
    let delegation = matches!(sent.word(by), "by" | "of")
        .then(|| delegation_at(d, sent, sm, by + 1))
        .flatten();
    let end = delegation.map_or(place_end, |g| g.end);
    let modality = clause_modality(d, sent, sm, i, end)?;
    let first_mod = past_duration(sent, if headline { h } else { (i + 1).min(h) }, h);
    let kind = sent.text_between(first_mod, after_head - 1).to_lowercase();
    let place_label = d.entities[place].label.clone();
    // The visitor, as readers name a visit ("To Lam official visit to
    // Australia 2018"): "the official visit to Australia of General NAME",
    // "NAME paid|is paying an official visit to …".
    let person = |m: &SMention| match m.kind {
        MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person) => Some(l),
        _ => None,
    };
    let after_of = (delegation.is_none() && matches!(sent.word(place_end), "of" | "by"))
        .then(|| {
            let k = super::people::honorific_at(d, sent, place_end + 1).unwrap_or(place_end + 1);
            sm.iter().filter(|m| !m.hidden && m.first_tok == k).find_map(person)
        })
        .flatten();
    let paying = i >= 2
        && matches!(
            sent.word(i - 1),
            "paid" | "pays" | "paying" | "made" | "makes" | "making"
        )
        && delegation.is_none();
    let before = paying
        .then(|| {
            sm.iter()
                .filter(|m| !m.hidden && m.end_tok < i && m.end_tok + 4 >= i)
                .filter_map(person)
                .next_back()
        })
        .flatten();
    // ("during his official visit to China": the person last named.)
    let his = (i == first_mod.saturating_sub(1) && matches!(sent.word(i), "his" | "her"))
        .then(|| {
            sm.iter()
                .filter(|m| !m.hidden && m.end_tok <= i)
                .filter_map(person)
                .next_back()
        })
        .flatten();
    // ("NAME is leading a delegation of ORG on an official visit to China",
    // "NAME, who is on an official visit to Viet Nam": the sentence's
    // subject, or the name the relative clause follows.)
    let on = (delegation.is_none() && i >= 1 && sent.word(i - 1) == "on")
        .then(|| {
            sm.iter()
                .filter(|m| !m.hidden && m.end_tok < i)
                .filter(|m| {
                    let between: Vec<&str> = (m.end_tok..i - 1).map(|k| sent.word(k)).collect();
                    matches!(between.as_slice(), [",", "who", "is" | "was"])
                        // ("NAME, who is leading a delegation of ORG on …")
                        || matches!(between.as_slice(), [",", "who", "is" | "was", "leading" | "heading", rest @ ..]
                            | ["is" | "was", "leading" | "heading", rest @ ..]
                            if rest.len() <= 12 && !rest.iter().any(|w| matches!(*w, ";" | "," | "who" | "which")))
                        || m.first_tok == 0 && !(m.end_tok..i).any(|k| matches!(sent.word(k), ";" | "," | "while"))
                })
                .filter_map(|m| person(m).map(|p| (p, m.end_tok)))
                .next_back()
        })
        .flatten();
    // (The delegation such a visitor leads: "is leading a (high-level)
    // delegation of the Ministry of Public Security on …".)
    let leads = on.and_then(|(_, pe)| {
        let lead = (pe..i).find(|&k| matches!(sent.word(k), "leading" | "leads" | "led" | "heading" | "heads"))?;
        let dk = (lead + 1..(lead + 7).min(i)).find(|&k| sent.word(k) == "delegation")?;
        let org = (sent.word(dk + 1) == "of")
            .then(|| {
                let mut k = sent.past_the(dk + 2);
                // ("a delegation of Cambodia's Ministry of Interior": the
                // state's agency.)
                if let Some(c) = sm.iter().find(|m| !m.hidden && m.first_tok == k) {
                    if sent.word(c.end_tok) == "'" && sent.word(c.end_tok + 1) == "s" {
                        k = c.end_tok + 2;
                    }
                }
                sm.iter()
                    .filter(|m| !m.hidden && m.first_tok == k && m.end_tok < i)
                    .find_map(|m| match m.kind {
                        MentionKind::Entity(l)
                            if {
                                let c = d.class_of(l);
                                d.k.ontology.is_a(c, v.agency) || d.k.ontology.is_a(c, v.country)
                            } =>
                        {
                            Some(l)
                        }
                        _ => None,
                    })
            })
            .flatten();
        Some(org)
    });
    // ("NAME's state visit to India")
    let owner = (i >= 2 && sent.word(i) == "s" && sent.word(i - 1) == "'")
        .then(|| sm.iter().filter(|m| !m.hidden && m.end_tok == i - 1).find_map(person))
        .flatten();
    let visitor = after_of.or(before).or(his).or(on.map(|(p, _)| p)).or(owner);
    let label = match (visitor, sentence_year(sm).or(d.year)) {
        (Some(p), Some(y)) => format!("{} {kind} to {place_label} {y}", d.entities[p].label),
        _ => format!("{kind} to {place_label}"),
    };
    // (The key leaves out the kind: "a working visit to Japan" and "the
    // visit to Japan" are one visit.)
    let key = event_key(d.year, &format!("visit to {place_label}"));
    let ev = d.entity(EntityId::Minted { dir: "event", key }, class, &label);
    if let Some(g) = delegation {
        let alt = format!(
            "{label} {} a delegation of {}",
            sent.word(by),
            written_name(sent, g.org_toks.0, g.org_toks.1)
        );
        d.add_alt_label(ev, alt);
    }
    let span = Span::new(sent.toks[first_mod].start, sent.toks[end - 1].end);
    let evidence = Evidence::asserted(sent.index, span, "event.visit", 0.75).with_modality(modality);
    d.add_fact(ev, v.held_in, Object::Entity(place), evidence.clone());
    if let Some(p) = owner {
        d.add_fact(p, v.participated_in, Object::Entity(ev), evidence.clone());
    }
    if let (Some((leader, _)), Some(org)) = (on, leads) {
        d.add_fact(leader, v.participated_in, Object::Entity(ev), evidence.clone());
        if let Some(led) = d.k.ontology.property("ledDelegationTo") {
            d.add_fact(leader, led, Object::Entity(ev), evidence.clone());
        }
        if let Some(o) = org {
            d.add_fact(o, v.participated_in, Object::Entity(ev), evidence.clone());
        }
    }
    if let Some(g) = delegation {
        d.add_fact(g.org, v.participated_in, Object::Entity(ev), evidence.clone());
        if let Some(leader) = g.leader {
            d.add_fact(leader, v.participated_in, Object::Entity(ev), evidence.clone());
            if let Some(led) = d.k.ontology.property("ledDelegationTo") {
                d.add_fact(leader, led, Object::Entity(ev), evidence);
            }
        }
    }
    replace_inside(sm, SMention::over(sent, first_mod, place_end, MentionKind::Entity(ev)));
    Some(place_end)
}

/// An event named by its kind and venue ("planning meeting in Bangkok"):
/// tokens `i` (the article), `h` (the head) and `after_head` locate the
/// kind; returns the token to go on from.
fn kind_and_venue(
    d: &mut Doc,
    sent: &Sent,
    sm: &mut Vec<SMention>,
    (i, h, after_head): (usize, usize, usize),
    class: ClassId,
    (p, pspan): (LocalId, Span),
) -> usize {
    let first = (i + 1).min(h);
    let head_text = sent.text_between(first, after_head - 1).to_lowercase();
    let label = format!("{head_text} in {}", d.entities[p].label);
    let key = event_key(d.year, &label);
    let ev = d.entity(EntityId::Minted { dir: "event", key }, class, &label);
    sm.push(SMention::over(sent, first, after_head, MentionKind::Entity(ev)));
    sent.tok_end(pspan.end)
}

/// A treaty's signing as an event: "TREATY was opened for signature on
/// DATE at … in PLACE", "TREATY was signed in PLACE on DATE". The event is the
/// gazetteer's "<treaty> signing ceremony" when it knows one, else a new
/// signing ceremony of that treaty; the words of the signing become its
/// mention, so that the place and date rules read them, and the event
/// concerns the treaty. Only with a place or a date after the verb: "signed
/// by 65 countries" names no ceremony.
pub(super) fn treaty_signings(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    let v = d.k.vocab;
    let Some(class) = d.k.ontology.class_by_name("SigningCeremony") else {
        return;
    };
    // Gate: each step of the loop acts only at "signing", "open(ed)" or
    // "signed" (gate::SIGNINGS); without them the pass only sorts the
    // mentions, which it still does.
    if !sent.may(super::gate::SIGNINGS) {
        sm.sort_by_key(|m| m.span.start);
        return;
    }
    fronted_signing(d, sent, sm, class);
    signed_at_a_ceremony(d, sent, sm, class);
    let n = sent.toks.len();
    let mut t = 0;
    while t < n {
        // "the signing ceremony of|for the TREATY"
        if sent.word(t) == "signing"
            && sent.word(t + 1) == "ceremony"
            && matches!(sent.word(t + 2), "of" | "for")
            && !covered(sm, t)
        {
            let at = sent.past_the(t + 3);
            // (A reference, "the Convention", starts at its "the".)
            let named = sm
                .iter()
                .find(|m| !m.hidden && (m.first_tok == at || m.first_tok == t + 3))
                .and_then(|m| match m.kind {
                    MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.treaty) => Some((l, m.end_tok)),
                    _ => None,
                });
            if let Some((treaty, end)) = named {
                add_signing(d, sent, sm, (class, treaty), (t, end), 0.85);
                t = end;
                continue;
            }
        }
        // "the signing ceremony" with a treaty in view: that treaty's ("the
        // Convention, whose signing ceremony Viet Nam will host", "its").
        // ("its two-day signing ceremony": a few modifiers between.)
        let mut det = t;
        while det > 0
            && t - det < 4
            && !covered(sm, det - 1)
            && (sent.word(det - 1) == "-"
                || (!sent.is_capitalised(det - 1)
                    && sent.word(det - 1).chars().all(char::is_alphabetic)
                    && !matches!(
                        sent.word(det - 1),
                        "the" | "whose" | "its" | "a" | "an" | "and" | "of" | "at"
                    )))
        {
            det -= 1;
        }
        if sent.word(t) == "signing"
            && sent.word(t + 1) == "ceremony"
            && det > 0
            && matches!(sent.word(det - 1), "the" | "whose" | "its")
            && !covered(sm, t)
            && !covered(sm, t + 1)
        {
            if let Some(treaty) = super::coref::salient_treaty(d, sm, t) {
                let ev = signing_event(d, class, treaty);
                sm.push(SMention::over(sent, det - 1, t + 2, MentionKind::Entity(ev)));
                t += 2;
                continue;
            }
        }
        // ("It remains open for signature in New York until …" is no ceremony.)
        let opened = matches!(sent.word(t), "opened" | "open")
            && sent.word(t + 1) == "for"
            && sent.word(t + 2) == "signature"
            && !(t > 0
                && matches!(
                    sent.word(t - 1),
                    "remains" | "remain" | "remained" | "stays" | "stay" | "still" | "left" | "kept"
                ));
        // ("the UN Convention against Cybercrime, signed in Hanoi in October
        // 2025, …": a participle after the treaty's name.)
        let participle = sent.word(t) == "signed"
            && t > 1
            && sent.word(t - 1) == ","
            && sm.iter().any(|m| {
                !m.hidden
                    && m.end_tok == t - 1
                    && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.treaty))
            });
        let passive = participle
            || sent.word(t) == "signed" && t > 0 && matches!(sent.word(t - 1), "was" | "were" | "be" | "been");
        if covered(sm, t) || !(opened || passive) {
            t += 1;
            continue;
        }
        let (start, end) = (t, if opened { t + 3 } else { t + 1 });
        t = end;
        // The treaty: the nearest named before the verb in the same clause.
        let treaty = sm
            .iter()
            .filter(|m| !m.hidden && m.end_tok <= start && m.end_tok + 12 >= start)
            .filter(|m| !(m.end_tok..start).any(|k| matches!(sent.word(k), ";" | "which" | "that" | "who" | "and")))
            .filter_map(|m| match m.kind {
                MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.treaty) => Some((m.end_tok, l)),
                _ => None,
            })
            .max_by_key(|(e, _)| *e)
            .map(|(_, l)| l);
        let Some(treaty) = treaty else {
            continue;
        };
        // A place or a date soon after: "… at a ceremony in Hanoi", "on 20 December 2016".
        let place = v.place;
        let country = v.country;
        let situated = sm.iter().any(|m| {
            !m.hidden
                && m.first_tok >= end
                && m.first_tok <= end + 12
                && match m.kind {
                    MentionKind::Date(_) => true,
                    MentionKind::Entity(l) => {
                        let c = d.class_of(l);
                        (d.k.ontology.is_a(c, place) || d.k.ontology.is_a(c, country))
                            && matches!(sent.word(m.first_tok.saturating_sub(1)), "in" | "at")
                    }
                }
        });
        // ("HANOI, Viet Nam – … joined leaders in Hanoi as the Convention was
        // opened for signature": the place told before, in the same clause,
        // or the dateline's.)
        let placed_before = sm.iter().any(|m| {
            !m.hidden
                && m.end_tok <= start
                && (m.first_tok == 0
                    || (m.first_tok >= 1 && sent.word(m.first_tok - 1) == "in" && m.end_tok + 12 >= start))
                && !(m.end_tok..start).any(|k| matches!(sent.word(k), ";" | "."))
                && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), place))
        });
        if !(situated || (opened && placed_before)) {
            continue;
        }
        // "recalled that the treaty was signed in Seoul in September 2003",
        // "since the treaty was signed on 19 October 1998" in a report of
        // 2025: a signing years before the document, told in a clause that
        // looks back, is the treaty's history (the states signed it), not
        // an event the document reports.
        let looks_back = (0..start).any(|k| {
            matches!(
                sent.word(k),
                "since"
                    | "after"
                    | "when"
                    | "following"
                    | "recalled"
                    | "recalling"
                    | "recalls"
                    | "noted"
                    | "noting"
                    | "reminded"
            )
        });
        // ("Nearly two decades after the Convention was opened for
        // signature in Palermo, …": years said to have passed.)
        let long_ago = (0..start).any(|k| {
            matches!(sent.word(k), "years" | "decades" | "decade") && matches!(sent.word(k + 1), "after" | "since")
        });
        let history = long_ago
            || looks_back
                && d.year.is_some_and(|y| {
                    sm.iter().any(|m| {
                        !m.hidden
                            && m.first_tok >= end
                            && m.first_tok <= end + 12
                            && matches!(m.kind, MentionKind::Date(dv) if dv.start.year + 1 < y)
                    })
                });
        // (A participle describes the treaty: "the Treaty on …, signed by the
        // two countries in Ha Noi in 2000" is its history unless recent.)
        let recent = d.year.is_none_or(|y| {
            sm.iter().any(|m| {
                !m.hidden
                    && m.first_tok >= end
                    && m.first_tok <= end + 12
                    && matches!(m.kind, MentionKind::Date(dv) if dv.start.year + 1 >= y)
            })
        });
        if history || (participle && !recent) {
            continue;
        }
        // ("The Convention was signed on 21 November 2015 in Kuala Lumpur,
        // on the occasion of the 27th ASEAN Summit": the signing took place
        // at the event named; it is not an event of its own.)
        let at_event = sm.iter().any(|m| {
            !m.hidden
                && m.first_tok >= end
                && m.first_tok <= end + 14
                && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.event))
                && {
                    let b = sent.past_the(0).max(m.first_tok.saturating_sub(3));
                    let before: Vec<&str> = (b..m.first_tok).map(|k| sent.word(k)).collect();
                    matches!(
                        before.as_slice(),
                        [.., "occasion", "of"]
                            | [.., "occasion", "of", "the"]
                            | [.., "sidelines", "of"]
                            | [.., "sidelines", "of", "the"]
                            | [.., "during"]
                            | [.., "during", "the"]
                    )
                }
        });
        if at_event {
            continue;
        }
        add_signing(d, sent, sm, (class, treaty), (start, end), 0.8);
    }
    sm.sort_by_key(|m| m.span.start);
}

/// "On 10 April 2012, in Canberra, NAME, post, and NAME, post, signed the
/// Treaty on Extradition …": a signing told with its date (and place) first
/// is the treaty's signing ceremony, of that date and place, and the people
/// named before the verb took part in it.
fn fronted_signing(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>, class: ClassId) {
    let v = d.k.vocab;
    if sent.word(0) != "on" {
        return;
    }
    let Some(date) = sm.iter().find(|m| !m.hidden && m.first_tok == 1).copied() else {
        return;
    };
    let MentionKind::Date(dv) = date.kind else { return };
    if sent.word(date.end_tok) != "," {
        return;
    }
    let mut k = date.end_tok + 1;
    let mut place = None;
    if sent.word(k) == "in" {
        if let Some((p, pe)) = super::entity_starting(d, sm, k + 1, &[v.place]) {
            if sent.word(pe) == "," {
                place = Some(p);
                k = pe + 1;
            }
        }
    }
    let n = sent.toks.len();
    let Some(verb) = (k..n).find(|&t| sent.word(t) == "signed") else {
        return;
    };
    if matches!(sent.word(verb - 1), "was" | "were" | "be" | "been") || (k..verb).any(|t| sent.word(t) == ";") {
        return;
    }
    let Some((treaty, tm)) = treaty_signed(d, sent, sm, verb) else {
        return;
    };
    if clause_modality(d, sent, sm, 0, tm.end_tok) != Some(crate::fact::Modality::Asserted) {
        return;
    }
    let people: Vec<usize> = sm
        .iter()
        .filter(|m| !m.hidden && m.first_tok >= k && m.end_tok <= verb)
        .filter_map(|m| match m.kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person) => Some(l),
            _ => None,
        })
        .collect();
    let ev = add_signing(d, sent, sm, (class, treaty), (verb, verb + 1), 0.8);
    let span = Span::new(sent.toks[0].start, sent.toks[tm.end_tok - 1].end);
    let evidence = Evidence::asserted(sent.index, span, "event.fronted-signing", 0.8);
    d.add_fact(ev, v.start_date, Object::Date(dv.start), evidence.clone());
    if let Some(end) = dv.end {
        d.add_fact(ev, v.end_date, Object::Date(end), evidence.clone());
    }
    if let Some(p) = place {
        d.add_fact(ev, v.held_in, Object::Entity(p), evidence.clone());
    }
    for p in people {
        d.add_fact(p, v.participated_in, Object::Entity(ev), evidence.clone());
    }
}

/// The treaty named right after "signed" at `verb` ("signed the Treaty on
/// …"), with its mention.
fn treaty_signed(d: &Doc, sent: &Sent, sm: &[SMention], verb: usize) -> Option<(usize, SMention)> {
    let tm = sm
        .iter()
        .find(|m| !m.hidden && m.first_tok == sent.past_the(verb + 1))
        .copied()?;
    match tm.kind {
        MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.treaty) => Some((l, tm)),
        _ => None,
    }
}

/// "Attorney-General NAME signed the treaty on behalf of Australia at a
/// ceremony at Parliament House in Canberra": a signer who signs a treaty
/// at a ceremony takes part in the treaty's signing ceremony, held in the
/// place named after "ceremony".
fn signed_at_a_ceremony(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>, class: ClassId) {
    let v = d.k.vocab;
    let n = sent.toks.len();
    let Some(verb) = (1..n).find(|&t| sent.word(t) == "signed") else {
        return;
    };
    if matches!(sent.word(verb - 1), "was" | "were" | "be" | "been") {
        return;
    }
    let Some((treaty, tm)) = treaty_signed(d, sent, sm, verb) else {
        return;
    };
    let Some(cer) = (tm.end_tok..(tm.end_tok + 8).min(n)).find(|&k| {
        sent.word(k) == "ceremony"
            && matches!(sent.word(k.saturating_sub(1)), "a" | "the")
            && sent.word(k.saturating_sub(2)) == "at"
    }) else {
        return;
    };
    if (tm.end_tok..cer).any(|k| matches!(sent.word(k), ";" | "," | "which" | "that")) {
        return;
    }
    if clause_modality(d, sent, sm, 0, cer + 1) != Some(crate::fact::Modality::Asserted) {
        return;
    }
    let signer = sm
        .iter()
        .filter(|m| !m.hidden && m.end_tok <= verb && !(m.end_tok..verb).any(|k| matches!(sent.word(k), "," | ";")))
        .find_map(|m| match m.kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person) => Some(l),
            _ => None,
        });
    let place = sm
        .iter()
        .filter(|m| !m.hidden && m.first_tok > cer && m.first_tok <= cer + 8)
        .find_map(|m| match m.kind {
            MentionKind::Entity(l)
                if d.k.ontology.is_a(d.class_of(l), v.place) && sent.word(m.first_tok.saturating_sub(1)) == "in" =>
            {
                Some(l)
            }
            _ => None,
        });
    let ev = signing_event(d, class, treaty);
    let span = Span::new(sent.toks[verb].start, sent.toks[cer].end);
    let evidence = Evidence::asserted(sent.index, span, "event.signed-at-ceremony", 0.75);
    d.add_fact(ev, v.concerns, Object::Entity(treaty), evidence.clone());
    if let Some(p) = place {
        d.add_fact(ev, v.held_in, Object::Entity(p), evidence.clone());
    }
    if let Some(p) = signer {
        d.add_fact(p, v.participated_in, Object::Entity(ev), evidence);
    }
    push_mention(d, sm, SMention::over(sent, cer - 1, cer + 1, MentionKind::Entity(ev)));
}

/// A mention found after the document's mentions were recorded: into the
/// sentence's and the document's.
fn push_mention(d: &mut Doc, sm: &mut Vec<SMention>, m: SMention) {
    d.mentions.push(crate::fact::Mention {
        span: m.span,
        kind: m.kind,
    });
    sm.push(m);
}

/// The signing ceremony of `treaty` named by tokens `start..end`: the event
/// concerns the treaty, its words become its mention (hiding the names
/// inside) and the document mentions it. Returns the event.
fn add_signing(
    d: &mut Doc,
    sent: &Sent,
    sm: &mut Vec<SMention>,
    (class, treaty): (ClassId, usize),
    (start, end): (usize, usize),
    confidence: f32,
) -> LocalId {
    let ev = signing_event(d, class, treaty);
    let span = Span::new(sent.toks[start].start, sent.toks[end - 1].end);
    d.add_fact(
        ev,
        d.k.vocab.concerns,
        Object::Entity(treaty),
        Evidence::asserted(sent.index, span, "event.treaty-signing", confidence),
    );
    for m in sm.iter_mut().filter(|m| span.contains(m.span)) {
        m.hidden = true;
    }
    push_mention(d, sm, SMention::over(sent, start, end, MentionKind::Entity(ev)));
    ev
}

/// The signing ceremony of a treaty: the gazetteer's "<treaty> signing
/// ceremony" when it knows one, else one minted from the treaty's name.
pub(super) fn signing_event(d: &mut Doc, class: ClassId, treaty: usize) -> usize {
    let label = format!("{} signing ceremony", d.entities[treaty].label);
    let known =
        d.k.gazetteer
            .lookup(&label)
            .filter(|&idx| d.k.ontology.is_a(d.k.gazetteer.get(idx).class, d.k.vocab.event));
    match known {
        Some(idx) => d.entity_for_known(idx),
        None => d.minted("event", class, &label),
    }
}

/// A year written as a word ("2025"), 1900-2099.
/// "ARIN-AP Annual General Meeting 2021", "ASEANAPOL Conference 2019" (in a
/// headline or a caption, with no article): a body's name, capitalised words
/// ending in an event's head, and the year right after is that body's event
/// of that year.
fn owned_with_year(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    let n = sent.toks.len();
    let body = d.k.vocab.body;
    let mut found = Vec::new();
    for (mi, m) in sm.iter().enumerate() {
        let MentionKind::Entity(org) = m.kind else { continue };
        if m.hidden || !d.k.ontology.is_a(d.class_of(org), body) {
            continue;
        }
        let e = m.end_tok;
        // Up to three capitalised words, the last an event's head.
        let Some((class, after)) = (e..(e + 4).min(n)).find_map(|k| {
            let (class, after) = head_at(d, sent, k)?;
            ((e..after).all(|j| sent.is_capitalised(j) && !covered(sm, j))).then_some((class, after))
        }) else {
            continue;
        };
        let Some(year) = year_word(sent.word(after)) else {
            continue;
        };
        found.push((mi, org, class, e, after, year));
    }
    for (mi, org, class, e, after, year) in found {
        let label = format!("{} {} {year}", short_name(d, org), sent.text_between(e, after - 1));
        let span = Span::new(sent.toks[sm[mi].first_tok].start, sent.toks[after].end);
        organisations_event(d, sent, sm, (org, class, &label), span);
    }
}

/// Mints an organisation's event of a year under `label` (its key holds the
/// year already), a session of the organisation when it is a body, and makes
/// `span` its mention in place of the names inside.
/// The event of the year the sentence names, owned by the organisation
/// whose mention ends at `o` (after the article at `i`) and named by the
/// words from `o` to `end`: "the ASEANAPOL Conference in Singapore in August
/// 2018" (in capitals, any organisation), or with `lower` "the SEAJust
/// annual meeting … last November" (in lower case, a body's only). Not
/// before "of" (a name that goes on). Whether it was made.
fn owned_event_of_year(
    d: &mut Doc,
    sent: &Sent,
    sm: &mut Vec<SMention>,
    (i, o, end): (usize, usize, usize),
    class: ClassId,
    lower: bool,
) -> bool {
    let Some(mi) = sm.iter().position(|m| !m.hidden && m.end_tok == o && m.first_tok > i) else {
        return false;
    };
    let (MentionKind::Entity(org), Some(y)) = (sm[mi].kind, sentence_year(sm)) else {
        return false;
    };
    if sent.word(end) == "of" || (lower && !d.k.ontology.is_a(d.class_of(org), d.k.vocab.body)) {
        return false;
    }
    let words = sent.text_between(o, end - 1);
    let words = if lower { words.to_lowercase() } else { words };
    let label = format!("{} {words} {y}", short_name(d, org));
    let span = Span::new(sent.toks[sm[mi].first_tok].start, sent.toks[end - 1].end);
    organisations_event(d, sent, sm, (org, class, &label), span);
    true
}

fn organisations_event(
    d: &mut Doc,
    sent: &Sent,
    sm: &mut Vec<SMention>,
    (org, class, label): (LocalId, ClassId, &str),
    span: Span,
) {
    let key = event_key(None, label);
    let ev = d.entity(EntityId::Minted { dir: "event", key }, class, label);
    if d.k.ontology.is_a(d.class_of(org), d.k.vocab.body) {
        d.add_fact(
            ev,
            d.k.vocab.session_of,
            Object::Entity(org),
            Evidence::asserted(sent.index, span, "event.of-body", 0.8),
        );
    }
    replace_inside(sm, SMention::at(sent, span, MentionKind::Entity(ev)));
}

fn year_word(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20")))
        .then(|| w.parse().ok())
        .flatten()
}

/// Whether the head at `h` is followed by "of (the) BODY".
/// "signatories to the Mekong MOU", "States Parties to UNTOC" from token
/// `o`: the treaty and the token after its mention.
fn parties_treaty_at(d: &Doc, sent: &Sent, sm: &[SMention], o: usize) -> Option<(usize, usize)> {
    let to = match (sent.word(o), sent.word(o + 1)) {
        ("signatories" | "parties" | "signatory", "to" | "of") => o + 1,
        ("states" | "state" | "contracting" | "signatory", "parties" | "states" | "countries")
            if sent.word(o + 2) == "to" =>
        {
            o + 2
        }
        _ => return None,
    };
    // ("the signatories to the 1993 MOU on …": the year before the name,
    // unless the name holds it.)
    let mut at = sent.past_the(to + 1);
    if mention_starting(sm, at).is_none() && year_word(sent.word(at)).is_some() {
        at += 1;
    }
    let mi = mention_starting(sm, at)?;
    match sm[mi].kind {
        MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.treaty) => Some((l, sm[mi].end_tok)),
        _ => None,
    }
}

fn of_body_at(d: &Doc, sent: &Sent, sm: &[SMention], h: usize) -> bool {
    let Some((_, mut t)) = head_at(d, sent, h) else {
        return false;
    };
    while let Some((_, a)) = head_at(d, sent, t) {
        t = a;
    }
    if sent.word(t) != "of" {
        return false;
    }
    let o = sent.past_the(t + 1);
    parties_treaty_at(d, sent, sm, o).is_some()
        || mention_starting(sm, o).is_some_and(|mi| match sm[mi].kind {
            MentionKind::Entity(l) => d.k.ontology.is_a(d.class_of(l), d.k.vocab.body),
            _ => false,
        })
}

/// An unnamed event of the document, of the same class, whose name's words
/// all stand in the other's (ignoring small words), with at least two words
/// besides the head noun.
fn same_unnamed(d: &Doc, class: ClassId, label: &str) -> Option<usize> {
    const SMALL: &[&str] = &[
        "the",
        "of",
        "on",
        "a",
        "an",
        "and",
        "for",
        "in",
        "to",
        "about",
        "regarding",
        "concerning",
    ];
    let words = |s: &str| -> BTreeSet<String> {
        crate::text::fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !SMALL.contains(w))
            .map(str::to_string)
            .collect()
    };
    let mine = words(label);
    if mine.len() < 3 {
        return None;
    }
    d.entities.iter().position(|e| {
        if e.class != class || !matches!(e.id, EntityId::Minted { dir: "event", .. }) || e.ordinal.is_some() {
            return false;
        }
        let theirs = words(&e.label);
        theirs.len() >= 3 && (mine.is_subset(&theirs) || theirs.is_subset(&mine))
    })
}

/// An organisation's name as written over tokens `first..end`, without a
/// leading article or a trailing acronym in brackets: "the Supreme People's
/// Procuracy (SPP)" → "Supreme People's Procuracy".
fn written_name(sent: &Sent, mut first: usize, mut end: usize) -> String {
    if sent.word(first) == "the" && end > first + 1 {
        first += 1;
    }
    if end >= first + 4 && sent.word(end - 1) == ")" && sent.word(end - 3) == "(" {
        end -= 3;
    }
    crate::text::squash_whitespace(&sent.text_between(first, end - 1))
}

/// Words between "received and" and "with": "received and worked with",
/// "received and held a working session with", "received and held talks with".
const RECEIVED_AND: &[&str] = &["worked", "held", "had", "a", "working", "session", "talks", "meeting"];

/// A delegation as a meeting's guest: the organisation it came from, the
/// token after it (or after its leader), and who led it.
#[derive(Clone, Copy)]
struct Delegation {
    org: LocalId,
    /// The organisation's name as written (its tokens).
    org_toks: (usize, usize),
    end: usize,
    leader: Option<LocalId>,
}

/// "a delegation of|from (the) ORG (, led by TITLE NAME)" at token `at`:
/// the organisation is an agency, a body or a country named right there.
fn delegation_at(d: &Doc, sent: &Sent, sm: &[SMention], at: usize) -> Option<Delegation> {
    let v = d.k.vocab;
    let ont = &d.k.ontology;
    if !(matches!(sent.word(at), "a" | "the")
        && sent.word(at + 1) == "delegation"
        && matches!(sent.word(at + 2), "of" | "from"))
    {
        return None;
    }
    let org_at = |o: usize| {
        sm.iter()
            .filter(|m| !m.hidden && m.first_tok == o)
            .find_map(|m| match m.kind {
                MentionKind::Entity(l) => {
                    let c = d.class_of(l);
                    let org = ont.is_a(c, v.agency) || ont.is_a(c, v.body);
                    (org || ont.is_a(c, v.country)).then_some((l, m.end_tok, org))
                }
                MentionKind::Date(_) => None,
            })
    };
    let mut o = sent.past_the(at + 3);
    let (mut org, mut org_end, is_org) = org_at(o)?;
    // "a delegation of the Vietnamese Ministry of Public Security", "… of the
    // UK Home Office": the organisation after its state's name.
    if !is_org {
        if let Some((l, e, true)) = org_at(org_end) {
            (o, org, org_end) = (org_end, l, e);
        }
    }
    let mut end = org_end;
    // (An acronym after the name: "(SPF)"; its state: "of the People's
    // Republic of China".)
    if sent.word(end) == "(" && sent.word(end + 2) == ")" {
        end += 3;
    }
    if sent.word(end) == "of" {
        let c = sent.past_the(end + 1);
        if let Some(e) = sm.iter().filter(|m| m.first_tok == c).find_map(|m| match m.kind {
            MentionKind::Entity(l) if ont.is_a(d.class_of(l), v.country) => Some(m.end_tok),
            _ => None,
        }) {
            end = e;
        }
    }
    let mut leader = None;
    let by = if sent.word(end) == "," { end + 1 } else { end };
    if matches!(sent.word(by), "led" | "headed") && sent.word(by + 1) == "by" {
        // (The leader's mention may hold the post after the name: "Mr. X,
        // Director of …".)
        let stop = (by + 2..(by + 12).min(sent.toks.len()))
            .find(|&k| matches!(sent.word(k), "," | ";" | "who" | "and"))
            .unwrap_or((by + 12).min(sent.toks.len()));
        if let Some((l, e)) = sm
            .iter()
            .filter(|m| !m.hidden && m.first_tok >= by + 2 && m.first_tok < stop)
            .find_map(|m| match m.kind {
                MentionKind::Entity(l) if ont.is_a(d.class_of(l), v.person) => Some((l, m.end_tok)),
                _ => None,
            })
        {
            leader = Some(l);
            end = e;
        }
    }
    Some(Delegation {
        org,
        org_toks: (o, org_end),
        end,
        leader,
    })
}

/// A meeting told by its participants: "Deputy Minister A received B, …, in
/// Hanoi on September 26", "A met (with) B", "A held talks with B". With a
/// place or a date, it is a meeting of the two (named "meeting between A and
/// B" and keyed by the year), which both took part in, held there and then.
/// Without either it is only a courtesy, not an event a reader would list.
pub(super) fn receptions(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    // Gate: the loop goes on (`continue`) at every token but a verb of
    // gate::RECEPTIONS ("received", "held", "had", "worked", "met", …), and
    // nothing follows the loop.
    if !sent.may(super::gate::RECEPTIONS) {
        return;
    }
    let v = d.k.vocab;
    let Some(class) = d.k.ontology.class_by_name("Meeting") else {
        return;
    };
    let n = sent.toks.len();
    let person_at = |d: &Doc, sm: &[SMention], pred: &dyn Fn(&SMention) -> bool| {
        sm.iter().filter(|m| !m.hidden && pred(m)).find_map(|m| match m.kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person) => Some((l, m.first_tok, m.end_tok)),
            _ => None,
        })
    };
    let is_org = |d: &Doc, l: LocalId| {
        let c = d.class_of(l);
        d.k.ontology.is_a(c, v.agency) || d.k.ontology.is_a(c, v.body)
    };
    for t in 1..n {
        // "received and worked with", "received and held a working session
        // with", "held a working session with": the meeting's kind, and
        // where the guest starts.
        let mut kind = None;
        let obj_at = match (sent.word(t), sent.word(t + 1)) {
            ("received" | "receives" | "receiving", "and") => {
                let Some(w) = (t + 2..(t + 8).min(n)).find(|&k| sent.word(k) == "with") else {
                    continue;
                };
                if !(t + 2..w).all(|k| RECEIVED_AND.contains(&sent.word(k))) {
                    continue;
                }
                kind = Some(if (t + 2..w).any(|k| matches!(sent.word(k), "worked" | "working")) {
                    "working session"
                } else if (t + 2..w).any(|k| sent.word(k) == "talks") {
                    "talks"
                } else {
                    "meeting"
                });
                w + 1
            }
            ("held" | "holds" | "had", "a") if sent.word(t + 2) == "working" && sent.word(t + 3) == "session" => {
                if sent.word(t + 4) != "with" {
                    continue;
                }
                kind = Some("working session");
                t + 5
            }
            ("worked" | "works", "with") => {
                kind = Some("working session");
                t + 2
            }
            ("received" | "receives" | "receiving", _) => t + 1,
            ("met" | "meets", "with") => t + 2,
            ("met" | "meets", _) => t + 1,
            ("held" | "holds", "talks") if sent.word(t + 2) == "with" => t + 3,
            // "held talks on 21 November in Bangkok with …"
            ("held" | "holds", "talks") => {
                let Some(w) = (t + 2..(t + 12).min(n)).find(|&k| sent.word(k) == "with") else {
                    continue;
                };
                let placed_or_dated = (t + 2..w).all(|k| {
                    matches!(sent.word(k), "on" | "in" | "at" | ",")
                        || sm.iter().any(|m| {
                            !m.hidden
                                && m.first_tok <= k
                                && k < m.end_tok
                                && match m.kind {
                                    MentionKind::Date(_) => true,
                                    MentionKind::Entity(l) => {
                                        d.k.ontology.is_a(d.class_of(l), v.place)
                                            || d.k.ontology.is_a(d.class_of(l), v.country)
                                    }
                                }
                        })
                });
                if !placed_or_dated {
                    continue;
                }
                w + 1
            }
            _ => continue,
        };
        // "PM X on October 24 received …": a date between host and verb.
        let between_date = sm.iter().find_map(|m| match m.kind {
            MentionKind::Date(dv) if !m.hidden && m.end_tok == t => Some((dv, m.first_tok)),
            _ => None,
        });
        let host_end = match between_date {
            Some((_, f)) if f >= 1 && sent.word(f - 1) == "on" => f - 1,
            Some((_, f)) => f,
            // "The SPP on Tuesday received …"
            None if t >= 2 && sent.word(t - 2) == "on" && super::dates::WEEKDAYS.contains(&sent.word(t - 1)) => t - 2,
            None => t,
        };
        // "General NAME, Politburo member and Minister of …, held talks
        // with …": the host before an apposition closed by a comma.
        let apposition = |m: &SMention| {
            m.end_tok + 2 < host_end
                && host_end - m.end_tok <= 16
                && sent.word(m.end_tok) == ","
                && sent.word(host_end - 1) == ","
                && (m.end_tok + 1..host_end - 1).all(|k| {
                    !matches!(sent.word(k), ";" | "said" | "says" | "and" | "who" | "which")
                        || (sent.word(k) == "and" && k > m.end_tok + 1)
                })
                && !sm.iter().any(|o| {
                    !o.hidden
                        && o.first_tok > m.end_tok
                        && o.end_tok < host_end
                        && matches!(o.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person))
                })
        };
        // A delegation received: "received a delegation of ORG (led by
        // TITLE NAME)"; the host may then be an agency or a body too.
        let delegation = delegation_at(d, sent, sm, obj_at);
        let host_org = || {
            delegation?;
            // "The Supreme People's Procuracy (SPP) of Viet Nam": the agency,
            // not its country.
            let m = sm.iter().filter(|m| !m.hidden).find(|m| m.end_tok == host_end)?;
            let MentionKind::Entity(l) = m.kind else {
                return None;
            };
            if is_org(d, l) {
                return Some((l, m.first_tok, m.end_tok));
            }
            let of = m.first_tok.checked_sub(1).filter(|&k| sent.word(k) == "of")?;
            sm.iter()
                .filter(|o| !o.hidden && o.end_tok == of)
                .find_map(|o| match o.kind {
                    MentionKind::Entity(l) if is_org(d, l) => Some((l, o.first_tok, o.end_tok)),
                    _ => None,
                })
        };
        let host_person = person_at(d, sm, &|m: &SMention| {
            m.end_tok == host_end || m.end_tok + 1 == host_end
        })
        .or_else(|| person_at(d, sm, &|m: &SMention| apposition(m)));
        let host_is_org = host_person.is_none();
        let Some((a, a_first, a_end)) = host_person.or_else(host_org) else {
            continue;
        };
        // The guest: a person, or a delegation (and who led it).
        let (b, b_end) = match delegation {
            Some(g) => (g.org, g.end),
            None => {
                // "received Ms. NAME", "held talks with General NAME"
                let mut obj_at = obj_at;
                if matches!(sent.word(obj_at), "mr" | "ms" | "mrs" | "dr" | "madam") {
                    obj_at += 1;
                    if sent.word(obj_at) == "." {
                        obj_at += 1;
                    }
                } else if let Some(h) = super::people::honorific_at(d, sent, obj_at) {
                    obj_at = h;
                }
                let Some((b, _, b_end)) = person_at(d, sm, &|m: &SMention| m.first_tok == obj_at) else {
                    continue;
                };
                (b, b_end)
            }
        };
        if a == b {
            continue;
        }
        let Some(modality) = clause_modality(d, sent, sm, a_first, b_end) else {
            continue;
        };
        // The place ("in Hanoi") and the date after the guest (not in a
        // relative clause about the guest: "…, who is on a visit to Viet Nam
        // from May 3 to 6"), else before the host ("On May 4, in Hanoi, …").
        let relative = (b_end..n)
            .find(|&k| sent.word(k) == "," && matches!(sent.word(k + 1), "who" | "which"))
            .unwrap_or(n);
        let after = |m: &&SMention| !m.hidden && m.first_tok >= b_end && m.first_tok < relative;
        let before = |m: &&SMention| !m.hidden && m.end_tok <= a_first;
        let place_of = |m: &SMention| match m.kind {
            MentionKind::Entity(l)
                if sent.word(m.first_tok.saturating_sub(1)) == "in"
                    && (d.k.ontology.is_a(d.class_of(l), v.place) || d.k.ontology.is_a(d.class_of(l), v.country)) =>
            {
                Some(l)
            }
            _ => None,
        };
        let date_of = |m: &SMention| match m.kind {
            MentionKind::Date(dv) => Some(dv),
            _ => None,
        };
        // ("held talks on 21 November in Bangkok with B": between the verb
        // and the guest first.)
        let middle = |m: &&SMention| !m.hidden && m.first_tok > t && m.end_tok <= obj_at;
        let place = sm
            .iter()
            .filter(middle)
            .find_map(place_of)
            .or_else(|| sm.iter().filter(after).find_map(place_of))
            .or_else(|| sm.iter().filter(before).find_map(place_of))
            // ("Hanoi (VNA) – NAME on November 8 received …": the dateline's place.)
            .or_else(|| {
                sm.iter()
                    .filter(|m| !m.hidden && m.first_tok == 0)
                    .find_map(|m| match m.kind {
                        MentionKind::Entity(l)
                            if d.k.ontology.is_a(d.class_of(l), v.place)
                                && matches!(sent.word(m.end_tok), "(" | "," | "–" | "-" | "—") =>
                        {
                            Some(l)
                        }
                        _ => None,
                    })
            });
        let date = sm
            .iter()
            .filter(middle)
            .find_map(date_of)
            .or_else(|| sm.iter().filter(after).find_map(date_of))
            .or(between_date.map(|(dv, _)| dv))
            .or_else(|| sm.iter().filter(before).find_map(date_of));
        if place.is_none() && date.is_none() {
            continue;
        }
        // ("held talks with B": the talks between A and B.)
        let head = kind.unwrap_or(if sent.word(t + 1) == "talks" {
            "talks"
        } else if delegation.is_some() && !matches!(sent.word(t), "met" | "meets") {
            "reception"
        } else {
            "meeting"
        });
        // A delegation's visit is named after the delegation: "reception of
        // a delegation of the Singapore Police Force", "working session with
        // a delegation of …".
        let pair = if head == "reception" { "meeting" } else { head };
        // (An organisation is named as written, "the Supreme People's
        // Procuracy", without the state the gazetteer adds to its name; the
        // key stays canonical.)
        let name = |l: LocalId, toks: (usize, usize)| {
            if d.k.ontology.is_a(d.class_of(l), v.person) {
                d.entities[l].label.clone()
            } else {
                written_name(sent, toks.0, toks.1)
            }
        };
        let (a_name, b_name) = (name(a, (a_first, a_end)), delegation.map(|g| name(b, g.org_toks)));
        let key_label = format!("{pair} between {} and {}", d.entities[a].label, d.entities[b].label);
        let label = match &b_name {
            Some(b_name) => format!("{pair} between {a_name} and {b_name}"),
            None => key_label.clone(),
        };
        let visit_label = b_name.map(|b_name| match head {
            "reception" => format!("reception of a delegation of {b_name}"),
            _ => format!("{head} with a delegation of {b_name}"),
        });
        let key = event_key(d.year, &key_label);
        let ev = d.entity(EntityId::Minted { dir: "event", key }, class, &label);
        if let Some(alt) = visit_label {
            d.add_alt_label(ev, alt);
        }
        let span = Span::new(sent.toks[a_first].start, sent.toks[b_end - 1].end);
        let evidence = Evidence::asserted(sent.index, span, "event.reception", 0.75).with_modality(modality);
        // (An agency that hosts is the meeting's organiser, below.)
        if !host_is_org {
            d.add_fact(a, v.participated_in, Object::Entity(ev), evidence.clone());
        }
        d.add_fact(b, v.participated_in, Object::Entity(ev), evidence.clone());
        if let Some(leader) = delegation.and_then(|g| g.leader) {
            d.add_fact(leader, v.participated_in, Object::Entity(ev), evidence.clone());
            if let Some(led) = d.k.ontology.property("ledDelegationTo") {
                d.add_fact(leader, led, Object::Entity(ev), evidence.clone());
            }
        }
        // An agency that receives a delegation hosts the meeting.
        if host_is_org {
            if let Some(by) = d.k.ontology.property("organizedBy") {
                d.add_fact(ev, by, Object::Entity(a), evidence.clone());
            }
        }
        if let Some(p) = place {
            d.add_fact(ev, v.held_in, Object::Entity(p), evidence.clone());
        }
        if let Some(dv) = date {
            d.add_fact(ev, v.start_date, Object::Date(dv.start), evidence);
        }
        // Dates in a relative clause about the guest are not the meeting's
        // ("…, who is visiting Viet Nam from June 3 to 9").
        if date.is_some() {
            for m in sm
                .iter_mut()
                .filter(|m| m.first_tok > relative && matches!(m.kind, MentionKind::Date(_)))
            {
                m.hidden = true;
            }
        }
        // The verb stands for the meeting: "the meeting" later refers to it.
        // (Told in the opening sentences, it is what the document reports,
        // as an event named there is: see document::opening.)
        if d.main_event.is_none() && d.opening {
            d.main_event = Some(ev);
            d.main_event_told = true;
        }
        sm.push(SMention::over(sent, t, t + 1, MentionKind::Entity(ev)));
        sm.sort_by_key(|m| m.span.start);
        return;
    }
}

/// A meeting of two states named by them ("Viet Nam-Laos talks 2011"),
/// keyed by its label and the document's year; the document's main event
/// when it opens the document.
fn states_event(d: &mut Doc, class: ClassId, label: &str) -> LocalId {
    let ev = d.entity(
        EntityId::Minted {
            dir: "event",
            key: event_key(d.year, label),
        },
        class,
        label,
    );
    if d.main_event.is_none() && d.opening {
        d.main_event = Some(ev);
        d.main_event_told = true;
    }
    ev
}

/// "Minister A and his Lao counterpart B held talks in Hanoi on November
/// 15": talks of two people of two states, with no "with". They are the
/// states' talks of that year ("Viet Nam-Laos talks 2011"), which both took
/// part in; the rules read where and when from the mention on "talks".
pub(super) fn joint_talks(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    if !sent.may(super::gate::RECEPTIONS) {
        return;
    }
    let v = d.k.vocab;
    let n = sent.toks.len();
    let Some(t) = (1..n).find(|&t| {
        matches!(sent.word(t), "held" | "holds")
            && sent.word(t + 1) == "talks"
            && !(t + 2..(t + 12).min(n)).any(|k| sent.word(k) == "with")
            && !covered(sm, t + 1)
    }) else {
        return;
    };
    let person = |m: &SMention| matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.person));
    let Some(bi) = sm.iter().position(|m| !m.hidden && m.end_tok == t && person(m)) else {
        return;
    };
    // The first: a person before "and" at most four words before the second
    // ("and his Lao counterpart"), with no clause between.
    let Some(ai) = sm.iter().rposition(|m| {
        !m.hidden
            && person(m)
            && m.end_tok < sm[bi].first_tok
            && sm[bi].first_tok - m.end_tok <= 5
            && sent.word(m.end_tok) == "and"
            && (m.end_tok + 1..sm[bi].first_tok).all(|k| !matches!(sent.word(k), "," | "and" | "who" | "which"))
    }) else {
        return;
    };
    let (MentionKind::Entity(a), MentionKind::Entity(b)) = (sm[ai].kind, sm[bi].kind) else {
        return;
    };
    let a_first = sm[ai].first_tok;
    let Some(modality) = clause_modality(d, sent, sm, a_first, t + 2) else {
        return;
    };
    // (One of the two, named by a portfolio alone, is of the state whose
    // ministry that is.)
    let sa = super::coref::state_of_person(d, a);
    let sb = super::coref::state_of_person(d, b);
    let (Some(sa), Some(sb)) = (
        sa.or_else(|| super::coref::state_of_portfolio(d, a)),
        sb.or_else(|| super::coref::state_of_portfolio(d, b)),
    ) else {
        return;
    };
    let (Some(year), Some(class)) = (sentence_year(sm).or(d.year), d.k.ontology.class_by_name("Meeting")) else {
        return;
    };
    if sa == sb || a == b {
        return;
    }
    let label = format!("{}-{} talks {year}", d.entities[sa].label, d.entities[sb].label);
    let ev = states_event(d, class, &label);
    let span = Span::new(sent.toks[a_first].start, sent.toks[t + 1].end);
    let evidence = Evidence::asserted(sent.index, span, "event.joint-talks", 0.75).with_modality(modality);
    d.add_fact(a, v.participated_in, Object::Entity(ev), evidence.clone());
    d.add_fact(b, v.participated_in, Object::Entity(ev), evidence);
    // (Over the verb too: the talks two people held are not hosted by the
    // state named before them.)
    sm.push(SMention::over(sent, t, t + 2, MentionKind::Entity(ev)));
    sm.sort_by_key(|m| m.span.start);
}

/// "The Ministry of Public Security of Viet Nam and the Ministry of Public
/// Security of Laos held their annual cooperation meeting in Vientiane on
/// …": two parties of two states, coordinated before "held their", name an
/// event of theirs as readers name it ("Viet Nam-Laos annual cooperation
/// meeting 2013"). The parties and their states take part; the rules read
/// where and when from the mention on the event's words, and "the meeting"
/// later is this one.
pub(super) fn their_meeting(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    if !sent.may(super::gate::RECEPTIONS) {
        return;
    }
    let v = d.k.vocab;
    let n = sent.toks.len();
    let Some(t) = (1..n).find(|&t| {
        matches!(sent.word(t), "held" | "holds" | "hold") && sent.word(t + 1) == "their" && !covered(sm, t + 2)
    }) else {
        return;
    };
    // Up to four lower-case modifiers ("annual cooperation", "third
    // bilateral"), then the head; the last of several heads is the head.
    let mut h = t + 2;
    while h < (t + 6).min(n) && head_at(d, sent, h).is_none() {
        let w = sent.word(h);
        let modifier = (w.chars().all(char::is_alphabetic) && !sent.is_capitalised(h))
            || (h == t + 2 && ordinal_at(sent, h).is_some())
            || w == "-";
        if !modifier || PHRASE_END.contains(&w) || BETWEEN_STOP.contains(&w) || covered(sm, h) {
            return;
        }
        h += 1;
    }
    let Some((mut class, mut after_head)) = head_at(d, sent, h) else {
        return;
    };
    while let Some((c2, a2)) = head_at(d, sent, after_head) {
        class = c2;
        after_head = a2;
    }
    if !matches!(
        d.k.ontology.class(class).name.as_str(),
        "Meeting" | "Session" | "Conference"
    ) {
        return;
    }
    // The parties: the one just before "held" and the one before "and".
    let party = |m: &SMention| {
        !m.hidden
            && matches!(m.kind, MentionKind::Entity(l)
                if d.k.ontology.is_a(d.class_of(l), v.country) || d.k.ontology.is_a(d.class_of(l), v.agency))
    };
    let Some(bi) = sm.iter().position(|m| m.end_tok == t && party(m)) else {
        return;
    };
    let b_first = sm[bi].first_tok;
    let and_at = if b_first >= 2 && sent.word(b_first - 1) == "the" {
        b_first - 2
    } else {
        b_first.saturating_sub(1)
    };
    if sent.word(and_at) != "and" {
        return;
    }
    let Some(ai) = sm.iter().position(|m| m.end_tok == and_at && party(m)) else {
        return;
    };
    let (MentionKind::Entity(a), MentionKind::Entity(b)) = (sm[ai].kind, sm[bi].kind) else {
        return;
    };
    let (Some(sa), Some(sb)) = (d.state_or_self(a), d.state_or_self(b)) else {
        return;
    };
    let a_first = sm[ai].first_tok;
    let (Some(modality), Some(year)) = (
        clause_modality(d, sent, sm, a_first, after_head),
        sentence_year(sm).or(d.year),
    ) else {
        return;
    };
    if sa == sb {
        return;
    }
    let kind = sent.text_between(t + 2, after_head - 1).to_lowercase();
    let label = format!("{}-{} {kind} {year}", d.entities[sa].label, d.entities[sb].label);
    let ev = states_event(d, class, &label);
    let span = Span::new(sent.toks[a_first].start, sent.toks[after_head - 1].end);
    let evidence = Evidence::asserted(sent.index, span, "event.their-meeting", 0.75).with_modality(modality);
    for (p, st) in [(a, sa), (b, sb)] {
        d.add_fact(p, v.participated_in, Object::Entity(ev), evidence.clone());
        if st != p {
            d.add_fact(st, v.participated_in, Object::Entity(ev), evidence.clone());
        }
    }
    // (Over the verb too: the meeting two parties held together is not
    // hosted by either.)
    sm.push(SMention::over(sent, t, after_head, MentionKind::Entity(ev)));
    sm.sort_by_key(|m| m.span.start);
}

/// The people at a signing: "NAME signed the treaty on behalf of …" when
/// the document tells of that treaty's signing ceremony, and "A and B were
/// among those who witnessed the ceremony": each takes part in it.
pub(super) fn signers_and_witnesses(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    if !sent.may(super::gate::SIGNINGS | super::gate::WITNESSES) {
        return;
    }
    let v = d.k.vocab;
    let n = sent.toks.len();
    let is = |d: &Doc, l: LocalId, c| d.k.ontology.is_a(d.class_of(l), c);
    // (A reference such as "the treaty" starts at its article.)
    let entity_at = |t: usize| {
        let at = |m: &&SMention| m.first_tok == t || sent.word(t) == "the" && m.first_tok == t + 1;
        sm.iter().filter(|m| !m.hidden).find(at).and_then(|m| match m.kind {
            MentionKind::Entity(l) => Some((l, m.span)),
            MentionKind::Date(_) => None,
        })
    };
    for t in 1..n {
        let w = sent.word(t);
        let (event, rule) = match w {
            // (The treaty's ceremony, told in this document.)
            "signed" | "signs" => {
                // ("…, while NAME signed for Australia": the treaty this
                // sentence named before.)
                let before = || {
                    matches!(sent.word(t + 1), "for" | "on")
                        .then(|| {
                            sm.iter()
                                .filter(|m| !m.hidden && m.end_tok <= t)
                                .rev()
                                .find_map(|m| match m.kind {
                                    MentionKind::Entity(l) if is(d, l, v.treaty) => Some((l, m.span)),
                                    _ => None,
                                })
                        })
                        .flatten()
                };
                let Some((tr, _)) = entity_at(t + 1).filter(|&(l, _)| is(d, l, v.treaty)).or_else(before) else {
                    continue;
                };
                let ceremony = d.facts.iter().find_map(|f| match f.object {
                    Object::Entity(o)
                        if o == tr
                            && f.relation == v.concerns
                            && d.k.ontology.class(d.class_of(f.subject)).name == "SigningCeremony" =>
                    {
                        Some(f.subject)
                    }
                    _ => None,
                });
                let Some(e) = ceremony else { continue };
                (e, "event.signer")
            }
            "witnessed" | "witnesses" | "witnessing" => {
                let Some((e, _)) = entity_at(t + 1).filter(|&(l, _)| is(d, l, v.event)) else {
                    continue;
                };
                (e, "event.witness")
            }
            _ => continue,
        };
        // The people named before the verb in its clause: the one right
        // before it ("NAME signed"), or a list that the clause's verb ends
        // ("A and B were among those who witnessed").
        let people: Vec<(LocalId, Span)> = sm
            .iter()
            .filter(|m| !m.hidden && m.end_tok <= t)
            .filter(|m| !(m.end_tok..t).any(|k| matches!(sent.word(k), ";" | "while" | "whereas" | "said" | "says")))
            .filter_map(|m| match m.kind {
                MentionKind::Entity(l) if is(d, l, v.person) => Some((l, m.span)),
                _ => None,
            })
            .filter(|&(_, span)| rule == "event.witness" || sent.tok_end(span.end) == t)
            .collect();
        if people.is_empty() {
            continue;
        }
        let first = people.iter().map(|&(_, sp)| sp.start).min().unwrap_or(0);
        let Some(modality) = clause_modality(d, sent, sm, sent.tok_at(first), t + 1) else {
            continue;
        };
        let span = Span::new(first, sent.toks[t].end);
        let evidence = Evidence::asserted(sent.index, span, rule, 0.75).with_modality(modality);
        for (p, _) in people {
            d.add_fact(p, v.participated_in, Object::Entity(event), evidence.clone());
        }
    }
}

/// "the 11th AMMTC+3 Consultation": an event vnkg names itself ("AMMTC Plus
/// Three 11th meeting") keeps each spelling the text gives it as an
/// altLabel, so that it is found as written. Only names (a capital or a
/// number first, two words or more), not "the meeting" or "held talks".
pub(super) fn written_names(d: &mut Doc, sent: &Sent, sm: &[SMention]) {
    let event = d.k.vocab.event;
    for m in sm.iter().filter(|m| !m.hidden) {
        let MentionKind::Entity(l) = m.kind else { continue };
        if !matches!(d.entities[l].id, EntityId::Minted { .. }) || !d.k.ontology.is_a(d.class_of(l), event) {
            continue;
        }
        let first = if matches!(sent.word(m.first_tok), "the" | "a" | "an") {
            m.first_tok + 1
        } else {
            m.first_tok
        };
        if first + 2 > m.end_tok || m.end_tok - first > 16 {
            continue;
        }
        let lead = sent.orig(first);
        // (Not "This session", nor a sentence's first word that is only
        // capitalised for being first: "Reception of a delegation …".)
        let sentence_initial = first == 0 && !sent.is_capitalised(first + 1);
        if !lead.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || (sentence_initial && !lead.starts_with(|c: char| c.is_ascii_digit()))
            || matches!(
                sent.word(first),
                "this" | "that" | "these" | "those" | "its" | "their" | "our" | "his" | "her"
            )
        {
            continue;
        }
        d.add_alt_label(
            l,
            crate::text::squash_whitespace(&sent.text_between(first, m.end_tok - 1)),
        );
    }
}
