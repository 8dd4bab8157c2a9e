//! Agencies and bodies the gazetteer lacks, found by the shape of their
//! names: "the Ministry of Finance", "the General Department of Customs",
//! "the Office of Legal Affairs" (an agency or body named by its head word
//! and what follows "of"/"for"), "the Border Liaison Office network", "the
//! Asia-Pacific Judicial Forum" (capitalised words before a head word), "the
//! Royal Malaysia Police", "the Singapore Police Force" (a country inside).
//!
//! They become typed entities with IRIs minted from their names. Their
//! class comes from the head word: ministries, departments, offices,
//! inspectorates, procuracies, courts and police are national agencies;
//! networks, forums, commissions, committees, councils, associations and
//! unions are bodies.

use super::{covered, replace_inside, Doc, SMention, Sent};
use crate::fact::{EntityId, MentionKind};
use crate::ontology::ClassId;
use crate::text::{squash_whitespace, Span};

/// Head words that come first ("Ministry of …"), with whether they name an
/// agency (else a body).
const LEADING: &[(&str, bool)] = &[
    ("ministry", true),
    ("department", true),
    ("directorate", true),
    ("office", true),
    ("bureau", true),
    ("inspectorate", true),
    ("procuracy", true),
    ("procuratorate", true),
    ("court", true),
    ("authority", true),
    ("administration", true),
    ("commission", false),
    ("committee", false),
    ("council", false),
    ("secretariat", false),
];

/// Head words that come last ("… Forum").
const TRAILING: &[(&str, bool)] = &[
    ("network", false),
    ("forum", false),
    ("commission", false),
    ("committee", false),
    ("council", false),
    ("association", false),
    ("union", false),
    ("police", true),
    ("agency", true),
    ("inspectorate", true),
    ("procuracy", true),
    ("procuratorate", true),
    ("bureau", true),
    // "the Home Office", "the Migration and Borders Group", "the Egmont Group"
    ("office", true),
    ("group", false),
    // "the An Giang Provincial Public Security Department", "the Criminal
    // Police Department"
    ("department", true),
];

/// Last words of a state's agency named after the state's possessive
/// ("Egypt's Administrative Control Authority").
const POSSESSED_HEADS: &[&str] = &[
    "authority",
    "agency",
    "police",
    "inspectorate",
    "procuracy",
    "procuratorate",
    "bureau",
    "commission",
    "administration",
    "directorate",
    "service",
    "ministry",
];

/// Words that cannot begin a name (a capital at the start of a sentence).
pub(super) const NOT_FIRST: &[&str] = &[
    "the",
    "a",
    "an",
    "following",
    "after",
    "before",
    "in",
    "on",
    "at",
    "as",
    "by",
    "with",
    "from",
    "during",
    "under",
    "since",
    "while",
    "when",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "both",
    "all",
    "each",
    "every",
    "other",
    "some",
    "many",
    "several",
    // ("Senior police officials from some 150 countries …": a rank of
    // people, not a police force's name.)
    "senior",
    "chiefs",
    "heads",
    "ministers",
    "leaders",
    "officers",
    "members",
    "mr",
    "mrs",
    "ms",
    "dr",
    "and",
    "but",
    "for",
    "of",
    "to",
];

/// Whether token `t`'s folded word is one of [`NOT_FIRST`] (asked of the
/// word's information, looked up once for the sentence: it is asked of most
/// capitalised tokens).
pub(super) fn not_first(sent: &Sent, t: usize) -> bool {
    sent.info(t).sets & super::ORG_NOT_FIRST != 0
}

/// Words that may stand inside a name between capitalised words.
const JOINERS: &[&str] = &["of", "for", "on", "and", "the", "&", "-"];

/// Capitalised words (and joiners between them) from `t`, at most `max`
/// tokens; returns the end token (exclusive, never ending on a joiner).
fn cap_run(sent: &Sent, sm: &[SMention], t: usize, max: usize) -> usize {
    let mut end = t;
    let mut k = t;
    while k < sent.toks.len() && k - t < max && !covered(sm, k) {
        if sent.is_capitalised(k) {
            k += 1;
            end = k;
        } else if JOINERS.contains(&sent.word(k)) && sent.is_capitalised(k + 1) && !covered(sm, k + 1) {
            k += 1;
        } else if k > t
            && sent.word(k) == "-"
            && sent.toks[k].start == sent.toks[k - 1].end
            && sent.toks.get(k + 1).is_some_and(|n| n.start == sent.toks[k].end)
            && sent.word(k + 1).chars().all(char::is_alphabetic)
            && sent.is_capitalised(k + 2)
            && !covered(sm, k + 1)
            && !covered(sm, k + 2)
        {
            // "Investigation Police Department on Drug-related Crime": a
            // compound written with a hyphen inside the name.
            k += 2;
        } else if k > t && sent.word(k) == "," && comma_list_goes_on(sent, sm, k) {
            // "Police Department on Corruption, Economic and Smuggling
            // Crimes": a list of capitalised words inside the name.
            k += 1;
        } else if k > t
            && sent.word(k) == "'"
            && sent.word(k + 1) == "s"
            && sent.is_capitalised(k + 2)
            && !covered(sm, k + 2)
        {
            // "Supreme People's Procuratorate": a possessive inside the name.
            k += 2;
        } else {
            break;
        }
    }
    end
}

/// Whether the comma at `k` is inside a list of single capitalised words
/// that ends with "and" and one more ("Corruption, Economic and Smuggling
/// Crimes"), none of them a name of its own.
fn comma_list_goes_on(sent: &Sent, sm: &[SMention], k: usize) -> bool {
    let single = |j: usize| sent.is_capitalised(j) && !covered(sm, j);
    single(k + 1)
        && ((sent.word(k + 2) == "and" && single(k + 3))
            || (sent.word(k + 2) == "," && single(k + 3) && sent.word(k + 4) == "and" && single(k + 5)))
}

/// An organisation's name found by its shape: its tokens, whether it is an
/// agency (else a body), the country mention inside it ("Ministry of Justice
/// of Viet Nam") or before it in the possessive ("Egypt's … Authority").
struct Found {
    first: usize,
    end: usize,
    agency: bool,
    country: Option<usize>,
    possessive: bool,
}

impl Found {
    fn plain(first: usize, end: usize, agency: bool) -> Self {
        Found {
            first,
            end,
            agency,
            country: None,
            possessive: false,
        }
    }
}

pub(super) fn find(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    let n = sent.toks.len();
    // A topic written in capitals inside a name does not end it: "the
    // Department for … of Economic and Corruption Cases", "the National
    // Anti-Corruption Commission". Names run over such topics.
    let is_capital_topic = |d: &Doc, m: &SMention| {
        sent.is_capitalised(m.first_tok)
            && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.topic))
    };
    let runs: Vec<SMention> = sm.iter().filter(|m| !is_capital_topic(d, m)).copied().collect();
    let mut found: Vec<Found> = Vec::new();
    let mut declarations: Vec<(usize, usize)> = Vec::new();
    let mut t = 0;
    while t < n {
        // "the ASEAN Declaration to Prevent and Combat Cybercrime", "the Hanoi
        // Declaration on …", "the Joint Statement of the 15th AMMTC": a
        // declaration's name (with the names it holds), from the start of a
        // run of capitals.
        let starts_run = t == 0 || !sent.is_capitalised(t - 1) || matches!(sent.word(t - 1), "the" | "a");
        if starts_run && sent.is_capitalised(t) && !not_first(sent, t) {
            if let Some(end) = declaration_at(sent, sm, t) {
                declarations.push((t, end));
                t = end;
                continue;
            }
        }
        // (`covered` last: it is the dearest, and most tokens are not capitalised.)
        // ("the Senior Officials Committee": "Senior" opens a name when
        // "Officials" follows in capitals.)
        let senior_officials =
            sent.word(t) == "senior" && sent.word(t + 1) == "officials" && sent.is_capitalised(t + 1);
        if !sent.is_capitalised(t) || (not_first(sent, t) && !senior_officials) || covered(sm, t) {
            t += 1;
            continue;
        }
        // "General Department of …", "Standing Office on …": up to two
        // capitalised words before the head.
        let head_at = (t..t + 3)
            .find(|&h| LEADING.iter().any(|(w, _)| *w == sent.word(h)))
            .filter(|&h| (t..h).all(|k| sent.is_capitalised(k) && !covered(sm, k)))
            .unwrap_or(t);
        if let Some(&(_, agency)) = LEADING.iter().find(|(w, _)| *w == sent.word(head_at)) {
            if sent.is_capitalised(head_at) && matches!(sent.word(head_at + 1), "of" | "for" | "on") {
                let mut s = head_at + 2;
                s = sent.past_the(s);
                let end = cap_run(sent, &runs, s, 10);
                // ("Director of the ministry's Department of Foreign
                // Relations Major General NAME": a rank of two words or more
                // starts a person, not more of the name.)
                let end = (s + 1..end)
                    .find(|&k| super::people::honorific_at(d, sent, k).is_some_and(|e| e >= k + 2))
                    .unwrap_or(end);
                if end > s {
                    found.push(Found::plain(t, end, agency));
                    t = end;
                    continue;
                }
                // "the General Department of Vietnam Customs": a state's name
                // and then more capitalised words; the agency is that state's.
                if let Some(ci) = sm.iter().position(|m| {
                    !m.hidden
                        && m.first_tok == s
                        && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.country))
                }) {
                    let after = sm[ci].end_tok;
                    let end = cap_run(sent, &runs, after, 4);
                    if let (true, MentionKind::Entity(c)) = (end > after && agency, sm[ci].kind) {
                        sm[ci].hidden = true;
                        found.push(Found {
                            first: t,
                            end,
                            agency,
                            country: Some(c),
                            possessive: false,
                        });
                        t = end;
                        continue;
                    }
                }
            }
        }
        // "the Royal Malaysia Police", "the Indonesian National Police": a
        // country (or its adjective) inside the name of an agency.
        if let Some(ci) = country_ending(d, sm, t) {
            let end = cap_run(sent, &runs, t, 6);
            let last = end.saturating_sub(1);
            // ("the Singapore Police Force": a police force is its police.)
            let police_force = last > t && sent.word(last) == "force" && sent.word(last - 1) == "police";
            if end > t
                && !names_event(sent, t, end)
                && (police_force || TRAILING.iter().any(|(w, agency)| *agency && *w == sent.word(last)))
            {
                let mut a = sm[ci].first_tok;
                while a > 0
                    && sent.is_capitalised(a - 1)
                    && !covered(sm, a - 1)
                    && !not_first(sent, a - 1)
                    && sm[ci].first_tok - a < 2
                {
                    a -= 1;
                }
                if let MentionKind::Entity(c) = sm[ci].kind {
                    sm[ci].hidden = true;
                    found.push(Found {
                        first: a,
                        end,
                        agency: true,
                        country: Some(c),
                        possessive: false,
                    });
                    t = end;
                    continue;
                }
            }
        }
        // "Egypt's Administrative Control Authority", "Thailand's National
        // Anti-Corruption Commission": a state's agency named after its
        // possessive, "<name> of <state>" (the gazetteer's when it knows it).
        if t >= 3 && sent.word(t - 1) == "s" && sent.word(t - 2) == "'" && !super::people::title_starts(d, sent, t) {
            if let Some(ci) = country_ending(d, sm, t - 2).filter(|&ci| sm[ci].end_tok > sm[ci].first_tok) {
                let end = cap_run(sent, &runs, t, 6);
                if end >= t + 2 && POSSESSED_HEADS.contains(&sent.word(end - 1)) {
                    if let MentionKind::Entity(c) = sm[ci].kind {
                        found.push(Found {
                            first: t,
                            end,
                            agency: true,
                            country: Some(c),
                            possessive: true,
                        });
                        t = end;
                        continue;
                    }
                }
            }
        }
        // "Asia-Pacific Judicial Forum", "Border Liaison Office network".
        let end = cap_run(sent, &runs, t, 8);
        let last = if end > t { end - 1 } else { t };
        let trailing = TRAILING
            .iter()
            // (The word after the run is its head only when no name holds
            // it: not "TWENTIETH SESSION OF THE [COMMISSION ON CRIME
            // PREVENTION …]", a heading in capitals.)
            // ("the C47 department": a department's head in lower case
            // is no name.)
            .find(|(w, _)| {
                *w == sent.word(last) || (*w == sent.word(end) && *w != "department" && !covered(&runs, end))
            })
            .copied();
        // ("Asean police chiefs", "Lao police officers": police as a
        // modifier of people, not a force's name.)
        let trailing = trailing.filter(|&(w, _)| {
            let stop = if sent.word(end) == w { end + 1 } else { end };
            !(w == "police"
                && matches!(
                    sent.word(stop),
                    "chiefs"
                        | "officers"
                        | "officials"
                        | "generals"
                        | "leaders"
                        | "commanders"
                        | "attaches"
                        | "experts"
                ))
        });
        if let Some((w, agency)) = trailing {
            let stop = if sent.word(end) == w { end + 1 } else { end };
            // At least one word besides the head word, and no post
            // ("Inspector-General of Police" is someone's title).
            // ("its Country Office in Ha Noi", "a Regional Office": an office
            // named by its kind alone is some organisation's, not a name.)
            let generic = w == "office"
                && stop == t + 2
                && matches!(
                    sent.word(t),
                    "country"
                        | "regional"
                        | "field"
                        | "liaison"
                        | "head"
                        | "press"
                        | "main"
                        | "local"
                        | "project"
                        | "programme"
                        | "representative"
                );
            // ("the INTERPOL Cyber Fusion Office", "the SOMTC Working Group":
            // a unit named after its parent, which units::find reads.)
            let unit_of_named = matches!(w, "office" | "group")
                && sm.iter().any(|m| {
                    !m.hidden
                        && m.end_tok == t
                        && matches!(m.kind, MentionKind::Entity(l)
                            if d.k.ontology.is_a(d.class_of(l), d.k.vocab.body) || d.k.ontology.is_a(d.class_of(l), d.k.vocab.agency))
                });
            // ("Central Director of Criminal Police": a title a word in.
            // "Commissioner of Takeo Provincial Police": the name may start
            // after the title's "of".)
            let title_of = (t..stop.min(t + 2))
                .find(|&k| (k == t || sent.word(k + 1) == "of") && super::people::title_starts(d, sent, k));
            if let Some(k) = title_of.filter(|&k| sent.word(k + 1) == "of") {
                let after = sent.past_the(k + 2);
                if after + 2 <= stop {
                    t = after;
                    continue;
                }
            }
            if stop >= t + 2 && !generic && !unit_of_named && !names_event(sent, t, stop) && title_of.is_none() {
                // "the An Giang Provincial Public Security Department", "the
                // Da Nang Customs Department": the province or city named
                // just before an agency is part of its name.
                let mut first = t;
                if agency {
                    if let Some(pi) = sm.iter().position(|m| {
                        !m.hidden
                            && m.end_tok == t
                            && matches!(m.kind, MentionKind::Entity(l)
                                if d.k.ontology.is_a(d.class_of(l), d.k.vocab.place)
                                    && !d.k.ontology.is_a(d.class_of(l), d.k.vocab.country))
                    }) {
                        first = sm[pi].first_tok;
                        sm[pi].hidden = true;
                    }
                }
                // "the National Police Agency of Japan": an agency's state
                // after its name belongs to the name.
                let mut stop = stop;
                if agency && sent.word(stop) == "of" {
                    let c = sent.past_the(stop + 1);
                    if let Some(ci) = sm.iter().position(|m| {
                        !m.hidden
                            && m.first_tok == c
                            && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.country))
                    }) {
                        stop = sm[ci].end_tok;
                        sm[ci].hidden = true;
                    }
                }
                found.push(Found::plain(first, stop, agency));
                t = stop;
                continue;
            }
        }
        t = end.max(t + 1);
    }
    for (a, b) in declarations {
        let span = Span::new(sent.toks[a].start, sent.toks[b - 1].end);
        let name = squash_whitespace(&sent.text[span.start..span.end]);
        let l = match d.k.gazetteer.lookup(&name) {
            Some(idx) => d.entity_for_known(idx),
            None => d.minted("declaration", d.k.vocab.declaration, &name),
        };
        replace_inside(sm, SMention::over(sent, a, b, MentionKind::Entity(l)));
    }
    for Found {
        first: a,
        end: b,
        agency,
        country,
        possessive,
    } in found
    {
        let span = Span::new(sent.toks[a].start, sent.toks[b - 1].end);
        for m in sm.iter_mut().filter(|m| span.contains(m.span)) {
            if is_capital_topic(d, m) {
                m.hidden = true;
            }
        }
        let mut name = squash_whitespace(&sent.text[span.start..span.end]);
        if let Some(c) = country.filter(|_| possessive) {
            // ("Japan's Justice Ministry": the ministry of justice.)
            let of_form = match name.rsplit_once(' ') {
                Some((portfolio, "Ministry")) => format!("Ministry of {portfolio}"),
                _ => name.clone(),
            };
            name = format!("{of_form} of {}", d.entities[c].label);
        }
        // A short form of an organisation already named ("the Ad Hoc
        // Committee" after "the UN Ad Hoc Committee on Cybercrime"), or a
        // name the gazetteer knows written another way.
        // ("the Indonesian National Police": a qualifier just before makes it
        // another organisation.)
        let qualified = a > 0 && sm.iter().any(|m| !m.hidden && m.end_tok == a);
        let short_of = if qualified { None } else { earlier_with_name(d, &name) };
        // "the Ministry of Justice" in a sentence about Viet Nam ("the
        // Vietnamese delegation includes officials of …"): the gazetteer's
        // "Ministry of Justice of Viet Nam".
        let national = || {
            sm.iter()
                .filter(|m| !m.hidden)
                .filter_map(|m| match m.kind {
                    MentionKind::Entity(c) if d.k.ontology.is_a(d.class_of(c), d.k.vocab.country) => Some(c),
                    _ => None,
                })
                .find_map(|c| d.k.gazetteer.lookup(&format!("{name} of {}", d.entities[c].label)))
        };
        let l = match (short_of, d.k.gazetteer.lookup(&name).or_else(national)) {
            (Some(l), _) => l,
            (None, Some(idx)) => d.entity_for_known(idx),
            (None, None) => {
                let (dir, class) = if agency {
                    ("agency", d.k.vocab.agency)
                } else {
                    ("body", d.k.vocab.body)
                };
                d.minted(dir, class, &name)
            }
        };
        if let Some(c) = country {
            // The country's own agency.
            if matches!(d.entities[l].id, EntityId::Minted { .. }) {
                let span = Span::new(sent.toks[a].start, sent.toks[b - 1].end);
                d.add_fact(
                    l,
                    d.k.vocab.part_of,
                    crate::fact::Object::Entity(c),
                    crate::fact::Evidence::asserted(sent.index, span, "org.national-name", 0.8),
                );
            }
        }
        // "the Singapore Police Force (SPF)": the name with its acronym, which
        // names it later in the document.
        let b = if sent.word(b) == "(" && sent.word(b + 2) == ")" && !covered(sm, b + 1) {
            if super::define_acronym(d, sent.orig(b + 1), l) {
                b + 3
            } else {
                b
            }
        } else {
            b
        };
        sm.push(SMention::over(sent, a, b, MentionKind::Entity(l)));
    }
    sm.sort_by_key(|m| m.span.start);
}

/// A state's embassy: "the Embassy of Viet Nam in Japan", "the British
/// Embassy in Hanoi", "the U.S. Embassy". An agency of that state, named by
/// the canonical names of the state and the city ("Embassy of Viet Nam in
/// Japan" however "Vietnam" is written), or as written after an adjective
/// ("British Embassy in Hanoi").
pub(super) fn embassies(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    // Gate: a name is read only at "Embassy" (gate::EMBASSIES: "embassy");
    // without one the pass only sorts the mentions, which it still does.
    if !sent.may(super::gate::EMBASSIES) {
        sm.sort_by_key(|m| m.span.start);
        return;
    }
    let (place, country) = (d.k.vocab.place, d.k.vocab.country);
    let n = sent.toks.len();
    let mut found = Vec::new();
    for t in 0..n {
        if sent.word(t) != "embassy" || !sent.is_capitalised(t) || covered(sm, t) {
            continue;
        }
        let entity_at = |k: usize, classes: &[ClassId]| super::entity_starting(d, sm, k, classes);
        // "… in Hanoi", "… in Japan": where it is.
        let seat = |k: usize| {
            (sent.word(k) == "in")
                .then(|| entity_at(sent.past_the(k + 1), &[place, country]))
                .flatten()
        };
        if sent.word(t + 1) == "of" {
            let Some((c, c_end)) = entity_at(sent.past_the(t + 2), &[country]) else {
                continue;
            };
            let (name, end) = match seat(c_end) {
                Some((p, p_end)) => (
                    format!("Embassy of {} in {}", d.entities[c].label, d.entities[p].label),
                    p_end,
                ),
                None => (format!("Embassy of {}", d.entities[c].label), c_end),
            };
            found.push((t, end, name));
        } else if let Some(ci) = sm.iter().position(|m| {
            !m.hidden
                && m.end_tok == t
                && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), country))
        }) {
            let first = sm[ci].first_tok;
            let end = seat(t + 1).map_or(t + 1, |(_, e)| e);
            let span = Span::new(sent.toks[first].start, sent.toks[end - 1].end);
            found.push((first, end, squash_whitespace(&sent.text[span.start..span.end])));
        }
    }
    // (Its state is in its name: no partOf is said, and readers do not list
    // one.)
    for (first, end, name) in found {
        let l = match d.k.gazetteer.lookup(&name) {
            Some(idx) => d.entity_for_known(idx),
            None => d.minted("agency", d.k.vocab.agency, &name),
        };
        replace_inside(sm, SMention::over(sent, first, end, MentionKind::Entity(l)));
    }
    sm.sort_by_key(|m| m.span.start);
}

/// A national agency the gazetteer knows under a bare name, written as
/// another state's: "the Ministry of Public Security of the Lao PDR", "the
/// Lao Ministry of Public Security" (the gazetteer's "Ministry of Public
/// Security" is Viet Nam's). It becomes that state's agency, minted as
/// "<name> of <country>" and part of it.
pub(super) fn foreign_agencies(d: &mut Doc, sent: &Sent, sm: &mut [SMention]) {
    let (agency, country) = (d.k.vocab.agency, d.k.vocab.country);
    let is_country = |d: &Doc, m: &SMention| {
        !m.hidden && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), country))
    };
    let mut changes = Vec::new();
    for (ai, m) in sm.iter().enumerate() {
        let MentionKind::Entity(l) = m.kind else { continue };
        if m.hidden || !d.k.ontology.is_a(d.class_of(l), agency) || !matches!(d.entities[l].id, EntityId::Known(_)) {
            continue;
        }
        // "… of [the] COUNTRY" after, or "COUNTRY('s)" just before.
        let mut k = m.end_tok;
        if sent.word(k) == "of" {
            k += 1;
            k = sent.past_the(k);
        } else {
            k = usize::MAX;
        }
        let after = sm.iter().position(|c| c.first_tok == k && is_country(d, c));
        let before = sm.iter().position(|c| {
            is_country(d, c)
                && (c.end_tok == m.first_tok
                    || (c.end_tok + 2 == m.first_tok && sent.word(c.end_tok) == "'" && sent.word(c.end_tok + 1) == "s"))
        });
        if let Some(ci) = after.or(before) {
            changes.push((ai, ci, after.is_some()));
        }
    }
    for (ai, ci, after) in changes {
        let (MentionKind::Entity(a), MentionKind::Entity(c)) = (sm[ai].kind, sm[ci].kind) else {
            continue;
        };
        // The gazetteer's own agency of that state ("Ministry of Justice of
        // Japan") stays; so does one whose state is that country.
        if d.state_of(a) == Some(c) {
            continue;
        }
        let written = sent.text_between(sm[ai].first_tok, sm[ai].end_tok - 1);
        // "of the Republic of Korea", "of the Philippines": a state's name
        // that takes the article keeps it in the agency's.
        let country_label = &d.entities[c].label;
        let article = [
            "Republic",
            "United",
            "Russian",
            "Philippines",
            "Netherlands",
            "Kingdom",
            "Democratic",
            "Federal",
            "Islamic",
            "Socialist",
            "People's",
            "Lao People's",
        ]
        .iter()
        .any(|w| country_label.starts_with(w));
        let plain = format!("{written} of {country_label}");
        let name = if article {
            format!("{written} of the {country_label}")
        } else {
            plain.clone()
        };
        let l = match d.k.gazetteer.lookup(&plain).or_else(|| d.k.gazetteer.lookup(&name)) {
            Some(idx) => d.entity_for_known(idx),
            None => {
                let l = d.minted("agency", agency, &name);
                let span = Span::new(
                    sm[ai].span.start.min(sm[ci].span.start),
                    sm[ai].span.end.max(sm[ci].span.end),
                );
                d.add_fact(
                    l,
                    d.k.vocab.part_of,
                    crate::fact::Object::Entity(c),
                    crate::fact::Evidence::asserted(sent.index, span, "org.foreign-agency", 0.8),
                );
                l
            }
        };
        sm[ai].kind = MentionKind::Entity(l);
        if after {
            // The name runs on through the country.
            sm[ai].end_tok = sm[ci].end_tok;
            sm[ai].span = Span::new(sm[ai].span.start, sm[ci].span.end);
            sm[ci].hidden = true;
        }
    }
}

/// Places the gazetteer lacks, found by their shape: "in Labuan Bajo,
/// Indonesia", "in Nusa Dua, Bali, Indonesia" — capitalised words after
/// "in", then a comma and a place or country the gazetteer knows. They
/// become places with IRIs minted from their names.
pub(super) fn places(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    let (place, country) = (d.k.vocab.place, d.k.vocab.country);
    let n = sent.toks.len();
    let mut found = Vec::new();
    for t in 1..n {
        let after_of = sent.word(t - 1) == "of";
        if !(sent.word(t - 1) == "in" || after_of) || !sent.is_capitalised(t) || covered(sm, t) || not_first(sent, t) {
            continue;
        }
        let mut end = t;
        while end < n && end < t + 3 && sent.is_capitalised(end) && !covered(sm, end) {
            end += 1;
        }
        // "the (southern port) city of Busan", "the province of Quang Ninh":
        // a place noun and "of" name a place whatever follows.
        let described = t >= 3
            && sent.word(t - 1) == "of"
            && matches!(
                sent.word(t - 2),
                "city" | "town" | "province" | "port" | "island" | "district" | "municipality"
            );
        if described && !(t..end).any(|k| is_org_word(sent.word(k))) {
            found.push((t, end));
            continue;
        }
        if after_of || sent.word(end) != "," {
            continue;
        }
        let located = sm.iter().any(|m| {
            !m.hidden
                && m.first_tok == end + 1
                && matches!(m.kind, MentionKind::Entity(l)
                    if d.k.ontology.is_a(d.class_of(l), place) || d.k.ontology.is_a(d.class_of(l), country))
        });
        // (Not an organisation: "in the Ministry of …" has its own shape.)
        let org_word = (t..end).any(|k| is_org_word(sent.word(k)));
        if located && !org_word {
            found.push((t, end));
        }
    }
    // "the Austrian capital", "the Vietnamese capital": the capital the
    // gazetteer gives the country.
    let mut capitals = Vec::new();
    for (i, m) in sm.iter().enumerate() {
        let MentionKind::Entity(l) = m.kind else { continue };
        if m.hidden
            || m.first_tok == 0
            || sent.word(m.end_tok) != "capital"
            || !matches!(sent.word(m.first_tok - 1), "the" | "The")
            || !d.k.ontology.is_a(d.class_of(l), country)
        {
            continue;
        }
        if let EntityId::Known(ci) = d.entities[l].id {
            if let Some(cap) = d.k.gazetteer.capital(&d.k.gazetteer.get(ci).iri) {
                capitals.push((i, cap));
            }
        }
    }
    for (i, cap) in capitals {
        let (a, b) = (sm[i].first_tok, sm[i].end_tok + 1);
        sm[i].hidden = true;
        let l = d.entity_for_known(cap);
        sm.push(SMention::over(sent, a, b, MentionKind::Entity(l)));
    }
    for (a, b) in found {
        let span = Span::new(sent.toks[a].start, sent.toks[b - 1].end);
        let name = squash_whitespace(&sent.text[span.start..span.end]);
        let l = d.minted("place", place, &name);
        sm.push(SMention::over(sent, a, b, MentionKind::Entity(l)));
    }
    sm.sort_by_key(|m| m.span.start);
}

/// A head word of an organisation's name ("Ministry", "Forum").
fn is_org_word(w: &str) -> bool {
    LEADING.iter().any(|(l, _)| *l == w) || TRAILING.iter().any(|(l, _)| *l == w)
}

/// A declaration's name from token `t`: capitalised words (names the
/// gazetteer knows may stand among them: "ASEAN") up to "Declaration",
/// "Joint Statement", "Statement" or "Plan of Action", then "on|to|of|against|for"
/// and capitalised words (or mentions); returns the end token.
fn declaration_at(sent: &Sent, sm: &[SMention], t: usize) -> Option<usize> {
    let n = sent.toks.len();
    let mut k = t;
    // The words before the head: capitalised or known names, at most five.
    while k < n && k < t + 5 && !matches!(sent.word(k), "declaration" | "statement") {
        if !(sent.is_capitalised(k) || covered(sm, k)) {
            return None;
        }
        k += 1;
    }
    if !matches!(sent.word(k), "declaration" | "statement") || !sent.is_capitalised(k) || covered(sm, k) {
        return None;
    }
    // A bare "Statement" needs a qualifier ("Joint", "Chairman's" …) before it.
    if sent.word(k) == "statement" && (k == t || sent.word(k - 1) != "joint") {
        return None;
    }
    let mut end = k + 1;
    if matches!(sent.word(end), "on" | "to" | "of" | "against" | "for") {
        let mut e = end + 1;
        e = sent.past_the(e);
        let start = e;
        while e < n && e - start < 10 {
            // Capitalised words, names, numbers ("of the 14th AMMTC"), and
            // joiners before a capital or a name.
            let word =
                sent.is_capitalised(e) || covered(sm, e) || sent.orig(e).starts_with(|c: char| c.is_ascii_digit());
            let joiner = JOINERS.contains(&sent.word(e)) && (sent.is_capitalised(e + 1) || covered(sm, e + 1));
            if !(word || joiner) {
                break;
            }
            e += 1;
        }
        if e > start {
            end = e;
        }
    }
    // At least one word besides the head, before or after it.
    (end > k + 1 || k > t).then_some(end)
}

/// The country mention (a name or an adjective, "Malaysia", "Indonesian")
/// that ends just before token `t`.
fn country_ending(d: &Doc, sm: &[SMention], t: usize) -> Option<usize> {
    sm.iter().position(|m| {
        !m.hidden
            && m.end_tok == t
            && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.country))
    })
}

/// The organisation named earlier in the document one of whose names holds
/// `name` as whole words.
fn earlier_with_name(d: &Doc, name: &str) -> Option<usize> {
    let needle = format!(" {} ", crate::text::fold(name));
    let (body, agency) = (d.k.vocab.body, d.k.vocab.agency);
    d.recent.iter().rev().copied().find(|&l| {
        let c = d.class_of(l);
        if !(d.k.ontology.is_a(c, body) || d.k.ontology.is_a(c, agency)) {
            return false;
        }
        let mut names = vec![d.entities[l].label.clone()];
        if let EntityId::Known(idx) = d.entities[l].id {
            names.extend(d.k.gazetteer.get(idx).labels.iter().cloned());
        }
        // Within the head of the longer name (before its "of", "on", "for",
        // "to"): "Ad Hoc Committee" is in "UN Ad Hoc Committee on Cybercrime",
        // but "National Police" is not a short form of "ASEAN Chiefs of
        // National Police".
        names.iter().any(|n| {
            let f = format!(" {} ", crate::text::fold(n));
            let head_end = [" of ", " on ", " for ", " to "]
                .iter()
                .filter_map(|w| f.find(w))
                .min()
                .unwrap_or(f.len());
            f[..head_end].contains(needle.trim_end())
        })
    })
}

/// Whether the words `a..b` name an event, not an organisation: "the Viet
/// Nam – RoK Vice-Ministerial Meeting on Police Cooperation" is no police.
fn names_event(sent: &Sent, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        matches!(
            sent.word(k),
            "meeting"
                | "conference"
                | "session"
                | "congress"
                | "summit"
                | "dialogue"
                | "consultation"
                | "workshop"
                | "seminar"
        )
    })
}
