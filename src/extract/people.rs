//! People and their posts: "Deputy Minister of Foreign Affairs Le Thi Thu
//! Hang", "Mr. Nguyen Quang Dung, Deputy Prosecutor General of the Supreme
//! People's Procuracy of Viet Nam", "UNODC Executive Director Ghada Fathi
//! Waly", "Ambassador Vu Le Thai Hoang, Permanent Representative of Vietnam
//! to the UN …", and later short references ("Deputy Minister Hang", "Waly").
//!
//! A post is a node: its title as written (abbreviations expanded through
//! `titles.txt`) and the organisation it belongs to.

use super::{covered, mention_ending, mention_starting, title_case, Doc, SMention, Sent};
use crate::fact::{EntityId, Evidence, MentionKind, Object};
use crate::text::{fold, squash_whitespace, Span};

/// Words that never start or continue a person's name.
pub(super) const NOT_NAME: &[&str] = &[
    "the",
    "of",
    "and",
    "in",
    "on",
    "at",
    "for",
    "to",
    "with",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "mr",
    "mrs",
    "ms",
    "dr",
    "said",
    "says",
    "also",
    "he",
    "she",
    "they",
    "it",
    "this",
    "that",
    "who",
    "which",
    "photo",
    "vna",
    "vov",
    "ministry",
    "department",
    "committee",
    "commission",
    "office",
    "agency",
    "council",
    "assembly",
    "government",
    "party",
    "parties",
    "state",
    // ("the ASEAN Member States, the Deputy Secretary-General of …": no
    // one's name.)
    "states",
    "member",
    "members",
    "countries",
    "national",
    "international",
    "united",
    "nations",
    "convention",
    "session",
    "meeting",
    "conference",
    "congress",
    "during",
    "after",
    "before",
    "while",
    "as",
    "by",
    "from",
    "under",
    "over",
    "between",
    "among",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "minister",
    "director",
    "general",
    "secretary",
    "ambassador",
    "deputy",
    "vice",
    "head",
    "chief",
    "representative",
    "permanent",
    "executive",
    "delegation",
    "delegates",
    "authority",
    "police",
    "bureau",
    "directorate",
    "service",
    "procuracy",
    "inspectorate",
    "force",
    // Forms of address in a speech's salutation: "Madam President,
    // Distinguished Heads of Delegation, Ladies and Gentlemen".
    "distinguished",
    "excellencies",
    "excellency",
    "heads",
    "ladies",
    "gentlemen",
    "colleagues",
    "dear",
];

/// Heads of the names of places called after people: "President Ho Chi
/// Minh Mausoleum", "Nguyen Du Street" name no person.
const NAMED_PLACE_HEADS: &[&str] = &[
    "mausoleum",
    "museum",
    "memorial",
    "square",
    "street",
    "road",
    "avenue",
    "bridge",
    "airport",
    "hotel",
    "palace",
    "pagoda",
    "temple",
    "university",
    "school",
    "hospital",
    "city",
    "district",
    "commune",
    "station",
];

/// Post-nominal letters written after a name (honours, offices,
/// professional ranks), never part of it; matched as written, in capitals.
const POST_NOMINALS: &[&str] = &[
    "MP", "MEP", "MLA", "MPP", "QC", "KC", "SC", "JP", "OBE", "CBE", "MBE", "KBE", "DBE", "CMG", "KCMG", "GCMG", "PSM",
    "APM", "AO", "AC",
];

/// Whether token `t` is post-nominal letters ("MP", "QC").
fn post_nominal(sent: &Sent, t: usize) -> bool {
    POST_NOMINALS.contains(&sent.orig(t))
}

/// Whether token `t`'s folded word is one of [`NOT_NAME`] or a month's or
/// weekday's name (asked of the word's information, looked up once for the
/// sentence: it is asked of most capitalised tokens).
fn not_name(sent: &Sent, t: usize) -> bool {
    sent.info(t).sets & super::PERSON_NOT_NAME != 0
}

/// Whether token `t` can be a word of a person's name. A word of
/// [`NOT_NAME`] can be one when written with diacritics, and "The" can stand
/// between two name words: Vietnamese "Thế" without its marks ("Tran The
/// Vinh").
fn name_word(sent: &Sent, t: usize) -> bool {
    if !not_name(sent, t) {
        return true;
    }
    let orig = sent.orig(t);
    if !orig.is_ascii() {
        return true;
    }
    orig == "The"
        && t > 0
        && sent.is_capitalised(t - 1)
        && sent.is_capitalised(t + 1)
        && !not_name(sent, t - 1)
        && !not_name(sent, t + 1)
}

/// A match of a title: its token range, the words written, and the
/// canonical title text.
struct TitleHit {
    start: usize,
    end: usize,
    canonical: Option<String>,
}

/// Matches a word sequence at token `i`, skipping hyphen tokens.
fn seq_at(sent: &Sent, i: usize, words: &[String]) -> Option<usize> {
    let mut t = i;
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            // Hyphens and abbreviation dots between words ("Lt. Gen.").
            while matches!(sent.word(t), "-" | ".") {
                t += 1;
            }
        }
        if sent.word(t) != w {
            return None;
        }
        t += 1;
    }
    Some(t)
}

/// Words that make a deputy of any title ("Deputy Inspector General").
pub(super) const TITLE_PREFIXES: &[&str] = &[
    "deputy",
    "vice",
    "acting",
    "assistant",
    "first",
    "permanent",
    "senior",
    "regional",
    "special",
    "interim",
];

fn title_at(d: &Doc, sent: &Sent, i: usize) -> Option<TitleHit> {
    // A quick refusal (asked of the word's information): a word that is
    // neither a prefix nor, where the titles' first words are known, one
    // of them starts no title (`title_at_exact` at `i` refuses it).
    if d.k.titles.title_first.is_some() && sent.info(i).sets & (super::TITLE_FIRST | super::TITLE_PREFIX) == 0 {
        return None;
    }
    if !title_case_ok(sent, i) {
        return None;
    }
    // A prefix before a known title: "Deputy" + "Inspector General".
    let mut j = i;
    while j < i + 2 && TITLE_PREFIXES.contains(&sent.word(j)) && title_case_ok(sent, j + 1) {
        j += 1;
    }
    if j > i {
        if let Some(hit) = title_at_exact(d, sent, i).or_else(|| title_at_exact(d, sent, j)) {
            let canonical = hit.canonical.map(|c| {
                let pre = sent.text_between(i, j - 1);
                if hit.start == j {
                    format!("{pre} {c}")
                } else {
                    c
                }
            });
            return Some(TitleHit {
                start: i,
                end: hit.end,
                canonical,
            });
        }
    }
    title_at_exact(d, sent, i)
}

/// Whether a title of a post starts at token `i` ("Inspector-General of
/// Police" is a post, not an agency).
pub(super) fn title_starts(d: &Doc, sent: &Sent, i: usize) -> bool {
    title_at(d, sent, i).is_some()
}

fn title_at_exact(d: &Doc, sent: &Sent, i: usize) -> Option<TitleHit> {
    if !title_case_ok(sent, i) {
        return None;
    }
    // (`title_first` asked of the word's information.)
    if d.k.titles.title_first.is_some() && sent.info(i).sets & super::TITLE_FIRST == 0 {
        return None;
    }
    for t in &d.k.titles.titles {
        if let Some(end) = seq_at(sent, i, &t.words) {
            return Some(TitleHit {
                start: i,
                end,
                canonical: t.canonical.clone(),
            });
        }
    }
    None
}

/// A title is written with a capital, except in apposition after a name
/// ("Nguyen Van A, head of the Permanent Mission …"): there it may be in
/// lower case, and [`people`] then asks for the organisation it is of.
fn title_case_ok(sent: &Sent, i: usize) -> bool {
    sent.is_capitalised(i)
        || (i >= 2 && sent.word(i - 1) == "," && name_may_end(sent, i - 2))
        || lower_after_prefix(sent, i)
}

/// "…, deputy director of …": the lower-case title word after a lower-case prefix.
fn lower_after_prefix(sent: &Sent, i: usize) -> bool {
    i >= 3 && TITLE_PREFIXES.contains(&sent.word(i - 1)) && sent.word(i - 2) == "," && name_may_end(sent, i - 3)
}

/// Whether token `k` may end a name: a capitalised word, or the lower-case
/// second part of a hyphenated given name ("Cho Ji-ho").
fn name_may_end(sent: &Sent, k: usize) -> bool {
    sent.is_capitalised(k) || (k >= 2 && sent.word(k - 1) == "-" && sent.is_capitalised(k - 2))
}

/// Words that join two titles held by one person ("General Secretary and
/// President Thongloun Sisoulith").
fn joined_title(d: &Doc, sent: &Sent, sm: &[SMention], first: TitleHit) -> TitleHit {
    if sent.word(first.end) != "and" || !sent.is_capitalised(first.end + 1) {
        return first;
    }
    let Some(second) = title_at(d, sent, first.end + 1) else {
        return first;
    };
    // ("Deputy Prime Minister and Minister of Interior Sar Kheng", "General
    // Secretary and President of Laos NAME": the second title's portfolio
    // or state, then the name.)
    let after_of = (sent.word(second.end) == "of")
        .then(|| {
            let k = sent.past_the(second.end + 1);
            d.k.titles
                .portfolios
                .iter()
                .find_map(|p| seq_at(sent, k, p))
                .or_else(|| mention_starting(sm, k).map(|mi| sm[mi].end_tok))
        })
        .flatten();
    // Only when a name follows: "the Minister and Director X" holds one person.
    let name_next = match after_of {
        Some(e) => {
            sent.is_capitalised(e)
                && mention_starting(sm, e).is_none_or(|mi| {
                    matches!(sm[mi].kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.person))
                })
        }
        None => sent.is_capitalised(second.end) && sent.word(second.end) != "of",
    };
    if !name_next {
        return first;
    }
    let text = |t: &TitleHit| {
        t.canonical
            .clone()
            .unwrap_or_else(|| sent.text_between(t.start, t.end - 1))
    };
    let canonical = (first.canonical.is_some() || second.canonical.is_some())
        .then(|| format!("{} and {}", text(&first), text(&second)));
    TitleHit {
        start: first.start,
        end: second.end,
        canonical,
    }
}

/// Words that start a second post in an apposition ("…, Minister of Public
/// Security and head of the organising board, …").
const SECOND_POST: &[&str] = &[
    "head",
    "chief",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "deputy",
    "vice",
    "president",
    "secretary",
    "minister",
    "permanent",
    "concurrently",
    "member",
];

/// The head nouns of an event written after a title and not (yet) linked:
/// "President of the Congress".
const EVENT_HEADS: &[&str] = &[
    "congress",
    "conference",
    "session",
    "meeting",
    "summit",
    "forum",
    "assembly",
    "symposium",
    "dialogue",
];

/// A post written in capitals in a heading ("PERMANENT REPRESENTATIVE of
/// Viet Nam TO THE UNITED NATIONS") in the case of running text: words in
/// capitals become capitalised, function words lower case; two-letter
/// words ("UN") stay as written. A label with fewer than two such words is
/// left alone (acronyms in ordinary text).
fn unshout(label: &str) -> String {
    let shouted = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    if label.split(' ').filter(|w| shouted(w) && w.len() >= 4).count() < 2 {
        return label.to_string();
    }
    label
        .split(' ')
        .map(|w| {
            if !shouted(w) {
                return w.to_string();
            }
            let lower = w.to_lowercase();
            if matches!(
                lower.as_str(),
                "of" | "to" | "the" | "and" | "in" | "on" | "for" | "at" | "by" | "other"
            ) {
                return lower;
            }
            if w.chars().count() <= 2 {
                return w.to_string();
            }
            let mut c = lower.chars();
            c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lower-case words that stand inside a name.
const NAME_PARTICLES: &[&str] = &[
    "bin", "binti", "bint", "ibn", "van", "von", "der", "den", "de", "da", "del", "dos", "du",
];

/// A run of capitalised words that can be a name, from token `i`.
fn name_run(d: &Doc, sent: &Sent, sm: &[SMention], i: usize) -> usize {
    let mut t = i;
    // "Truong Hoa Binh", "Nguyen Thai Binh": a Vietnamese name whose last
    // words are also a province's name (one or two short capitalised words
    // right after a name word).
    let place_in_name = |t: usize| {
        let Some(m) = sm.iter().find(|m| !m.hidden && m.first_tok == t) else {
            return false;
        };
        let MentionKind::Entity(l) = m.kind else { return false };
        m.end_tok - t <= 2
            && d.k.ontology.is_a(d.class_of(l), d.k.vocab.place)
            && !d.k.ontology.is_a(d.class_of(l), d.k.vocab.country)
            && (t..m.end_tok).all(|k| {
                let w = sent.orig(k);
                sent.is_capitalised(k) && w.chars().count() <= 5 && w.chars().all(char::is_alphabetic)
            })
            && !matches!(sent.word(m.end_tok), "province" | "city" | "capital" | "district")
    };
    let attached = |a: usize, b: usize| sent.toks.get(b).is_some_and(|n| n.start == sent.toks[a].end);
    while t < sent.toks.len() && t - i < 8 {
        // A particle inside a name ("Ali bin Fetais", "Ursula von der Leyen").
        if t > i
            && NAME_PARTICLES.contains(&sent.orig(t))
            && t + 1 < sent.toks.len()
            && (sent.is_capitalised(t + 1) || NAME_PARTICLES.contains(&sent.orig(t + 1)))
            && !covered(sm, t + 1)
        {
            t += 1;
            continue;
        }
        // Initials ("S.M. Krishna", "John J. Smith"): capitals joined by
        // periods, the last period attached, a capitalised word after.
        let orig = sent.orig(t);
        if !covered(sm, t)
            && !orig.is_empty()
            && orig
                .split('.')
                .all(|seg| seg.chars().count() == 1 && seg.chars().all(char::is_uppercase))
            && sent.word(t + 1) == "."
            && attached(t, t + 1)
            && sent.toks.len() > t + 2
            && sent.is_capitalised(t + 2)
            && !covered(sm, t + 2)
        {
            t += 2;
            continue;
        }
        if t > i && covered(sm, t) && place_in_name(t) {
            let e = sm
                .iter()
                .find(|m| !m.hidden && m.first_tok == t)
                .map_or(t + 1, |m| m.end_tok);
            t = e;
            break;
        }
        if !sent.is_capitalised(t) || covered(sm, t) || !name_word(sent, t) {
            break;
        }
        // ("Ho Chi Minh Mausoleum", "Le Duan Street": a place, no one.)
        if t > i && NAMED_PLACE_HEADS.contains(&sent.word(t)) {
            return i;
        }
        // Post-nominal letters end a name ("Jane Doe MP", "John Roe QC").
        if t > i && post_nominal(sent, t) {
            break;
        }
        // A name word is letters only.
        if !sent.orig(t).chars().all(char::is_alphabetic) {
            break;
        }
        t += 1;
        // "Kim Jong-yang": a hyphen joined to both neighbours.
        while sent.word(t) == "-"
            && sent
                .toks
                .get(t + 1)
                .is_some_and(|n| n.start == sent.toks[t].end && sent.toks[t - 1].end == sent.toks[t].start)
            && sent.orig(t + 1).chars().all(char::is_alphabetic)
        {
            t += 2;
        }
    }
    t
}

pub(super) fn people(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    statement_speaker(d, sent, sm);
    let v = d.k.vocab;
    let ont = &d.k.ontology;
    let is_person = |d: &Doc, sm: &[SMention], mi: usize| match sm[mi].kind {
        MentionKind::Entity(l) => ont.is_a(d.class_of(l), v.person),
        _ => false,
    };
    let is_event = |d: &Doc, sm: &[SMention], mi: usize| match sm[mi].kind {
        MentionKind::Entity(l) => ont.is_a(d.class_of(l), v.event),
        _ => false,
    };
    let is_org = |d: &Doc, sm: &[SMention], mi: usize| match sm[mi].kind {
        MentionKind::Entity(l) => {
            let c = d.class_of(l);
            ont.is_a(c, v.country) || ont.is_a(c, v.body) || ont.is_a(c, v.agency)
        }
        _ => false,
    };
    // Register known persons already mentioned here (for later short references).
    for m in sm.iter() {
        if let MentionKind::Entity(l) = m.kind {
            if ont.is_a(d.class_of(l), v.person) {
                register_surnames(d, l, &sent.text[m.span.start..m.span.end]);
            }
        }
    }
    // Names after a form of address or a rank first, so that a post after
    // them ("MR. NAME" / "DEPUTY INSPECTOR GENERAL OF …" on the next line,
    // "Ms. Kim Soo-min, Director …") finds its holder.
    honorific_names(d, sent, sm);
    sm.sort_by_key(|m| m.span.start);
    let n = sent.toks.len();
    let mut i = 0;
    let mut pending_title: Option<(usize, usize)> = None;
    while i < n {
        // (The title first: most words are refused by their information,
        // cheaper than `covered`.)
        let Some(title) = title_at(d, sent, i).filter(|_| !covered(sm, i)) else {
            i += 1;
            continue;
        };
        let mut title = joined_title(d, sent, sm, title);
        // "UNODC Cybercrime Programme Coordinator": up to three capitalised
        // words between an organisation and the title qualify the title.
        if title.start >= 2 && !covered(sm, title.start - 1) {
            let mut q = title.start;
            while q > 0
                && title.start - q < 3
                && !covered(sm, q - 1)
                && sent.is_capitalised(q - 1)
                && sent.orig(q - 1).chars().all(char::is_alphabetic)
                && !not_name(sent, q - 1)
                && honorific_at(d, sent, q - 1).is_none()
            {
                q -= 1;
            }
            if q < title.start && mention_ending(sm, q).is_some_and(|mi| is_org(d, sm, mi)) {
                let qualifier = sent.text_between(q, title.start - 1);
                title = TitleHit {
                    start: q,
                    end: title.end,
                    canonical: title.canonical.map(|c| format!("{qualifier} {c}")),
                };
            }
        }
        let lower = !sent.is_capitalised(title.start);
        // Organisation before the title ("UNODC Executive Director").
        // ("Japan's Minister of Justice" too.)
        let pre_org = mention_ending(sm, title.start)
            .or_else(|| {
                (title.start >= 2 && sent.word(title.start - 2) == "'" && sent.word(title.start - 1) == "s")
                    .then(|| mention_ending(sm, title.start - 2))
                    .flatten()
            })
            .filter(|&mi| is_org(d, sm, mi));
        // Extension: "of|for (the)? ORG|PORTFOLIO", then "to ORG", "and other
        // international organizations", "in PLACE".
        let mut end = title.end;
        let mut org = None;
        // "Minister of Public Security of the Lao PDR": the country after a
        // portfolio, with where the portfolio ends.
        let mut portfolio_of: Option<(usize, usize)> = None; // (country mention, portfolio end)
                                                             // ("Minister of Public Security of Viet Nam": the post as written
                                                             // without its home state, whom the holder still represents.)
        let mut home_state: Option<usize> = None;
        // "Deputy Director of the Vietnamese department": a country's
        // adjective before a common noun modifies it; it is not the
        // organisation of the post.
        let modifier = |sm: &[SMention], mi: usize| {
            let w = sent.word(sm[mi].end_tok);
            ont.is_a(
                match sm[mi].kind {
                    MentionKind::Entity(l) => d.class_of(l),
                    MentionKind::Date(_) => return false,
                },
                v.country,
            ) && !w.is_empty()
                && w.chars().all(char::is_alphabetic)
                && !sent.is_capitalised(sm[mi].end_tok)
                && !matches!(
                    w,
                    "and"
                        | "or"
                        | "in"
                        | "at"
                        | "to"
                        | "on"
                        | "for"
                        | "of"
                        | "with"
                        | "as"
                        | "from"
                        | "by"
                        | "who"
                        | "which"
                        | "that"
                        | "said"
                        | "says"
                        | "told"
                        | "and/or"
                )
        };
        if matches!(sent.word(end), "of" | "for") {
            let mut t = end + 1;
            t = sent.past_the(t);
            // ("Director General of its Migration and Borders Group")
            if sent.word(t) == "its" && mention_starting(sm, t + 1).is_some() {
                t += 1;
            }
            if mention_starting(sm, t).is_some_and(|mi| modifier(sm, mi)) {
                // (no organisation: the title stands alone)
            } else if let Some(mi) = mention_starting(sm, t).filter(|&mi| is_org(d, sm, mi)) {
                // "Director of the SPP's Department of International
                // Cooperation": the unit named after the possessive.
                let e = sm[mi].end_tok;
                let mi = if sent.word(e) == "'" && sent.word(e + 1) == "s" {
                    mention_starting(sm, e + 2).filter(|&u| is_org(d, sm, u)).unwrap_or(mi)
                } else {
                    mi
                };
                org = Some(mi);
                end = sm[mi].end_tok;
                // "Director General of Morocco's National Security": a state's
                // office the text names after its possessive, known or not,
                // is part of the post (not the state alone).
                let state = matches!(sm[mi].kind, MentionKind::Entity(l) if ont.is_a(d.class_of(l), v.country));
                if state && sent.word(end) == "'" && sent.word(end + 1) == "s" {
                    let run = (end + 2..(end + 6).min(sent.toks.len()))
                        .take_while(|&k| sent.is_capitalised(k) && !covered(sm, k))
                        .count();
                    if run > 0 {
                        end += 2 + run;
                    }
                }
                org_chain(d, sent, sm, mi);
                // "Director of the Anti-Corruption Department of the
                // Government Inspectorate NAME": the unit's parent, as
                // written, is part of the post.
                let agency =
                    |p: usize| matches!(sm[p].kind, MentionKind::Entity(l) if ont.is_a(d.class_of(l), v.agency));
                while sent.word(end) == "of" {
                    let k = sent.past_the(end + 1);
                    match mention_starting(sm, k).filter(|&p| agency(p)) {
                        Some(p) if agency(mi) => end = sm[p].end_tok,
                        _ => break,
                    }
                }
            } else if let Some(p) = d.k.titles.portfolios.iter().find_map(|p| seq_at(sent, t, p)) {
                end = p;
                let mut c = p + 1;
                c = sent.past_the(c);
                // (Not the state whose ministry the gazetteer knows by the
                // bare name: "Minister of Public Security of Viet Nam" is the
                // post written without the country.)
                let home = |l: usize| {
                    d.k.gazetteer
                        .lookup(&format!("Ministry of {}", sent.text_between(t, p - 1)))
                        .and_then(|idx| d.k.state_of_known(idx))
                        .is_some_and(|s| d.entities[l].id == EntityId::Known(s))
                };
                if sent.word(p) == "of" {
                    let country = |ci: &usize| matches!(sm[*ci].kind, MentionKind::Entity(l) if ont.is_a(d.class_of(l), v.country));
                    if let Some(ci) = mention_starting(sm, c).filter(country) {
                        let MentionKind::Entity(l) = sm[ci].kind else {
                            unreachable!()
                        };
                        if home(l) {
                            home_state = Some(l);
                        } else {
                            portfolio_of = Some((ci, p));
                            end = sm[ci].end_tok;
                        }
                    }
                }
            } else if let Some(mi) = mention_starting(sm, t).filter(|&mi| is_event(d, sm, mi)) {
                // "President of the 14th Congress": the event names the post.
                end = sm[mi].end_tok;
            } else {
                // "President of the Congress", "President of the 79th session
                // of the General Assembly": an event not (yet) linked.
                let e0 = super::ordinal_at(sent, t).map_or(t, |(_, next)| next);
                let mut e = e0;
                if EVENT_HEADS.contains(&sent.word(e)) && !covered(sm, e) && (e0 > t || sent.is_capitalised(e)) {
                    e += 1;
                    if sent.word(e) == "of" {
                        let mut f = e + 1;
                        f = sent.past_the(f);
                        if let Some(mi) = mention_starting(sm, f) {
                            e = sm[mi].end_tok;
                        } else {
                            let start = f;
                            while sent.is_capitalised(f) && f - start < 6 {
                                f += 1;
                            }
                            if f > start {
                                e = f;
                            }
                        }
                    }
                    end = e;
                }
            }
        }
        // "Mr. NAME, Director General, Department of International
        // Cooperation, Ministry of Public Security": the organisation after
        // a comma, as in an address.
        if org.is_none() && pre_org.is_none() && end == title.end && sent.word(end) == "," {
            if let Some(mi) = mention_starting(sm, end + 1).filter(|&mi| is_org(d, sm, mi)) {
                let is_agency_or_body = match sm[mi].kind {
                    MentionKind::Entity(l) => !ont.is_a(d.class_of(l), v.country),
                    _ => false,
                };
                if is_agency_or_body && title.start >= 1 && sent.word(title.start - 1) == "," {
                    org = Some(mi);
                    end = sm[mi].end_tok;
                    org_chain(d, sent, sm, mi);
                }
            }
        }
        // "Regional Representative of UNODC (UNODC) for Southeast Asia and
        // the Pacific", "Regional Representative for Southeast Asia": the
        // region the post covers.
        if org.is_some() || pre_org.is_some() || end == title.end {
            let mut t = end;
            if sent.word(t) == "(" && sent.word(t + 2) == ")" {
                t += 3;
            }
            if sent.word(t) == "for" {
                let mut e = t + 1;
                e = sent.past_the(e);
                let start = e;
                // ("Assistant Secretary of State for International Narcotics
                // and Law Enforcement Affairs Todd D. Robinson": a name known
                // whole ends the phrase; the name after it is the holder's.)
                if let Some(mi) = mention_starting(sm, e).filter(|&mi| is_org(d, sm, mi)) {
                    e = sm[mi].end_tok;
                } else {
                    // ("… for Southeast Asia and the Pacific Jeremy Douglas":
                    // a person's name known here ends the region.)
                    let person_at = |k: usize| {
                        sm.iter().any(|m| {
                            !m.hidden
                                && m.first_tok == k
                                && matches!(m.kind, MentionKind::Entity(l) if ont.is_a(d.class_of(l), v.person))
                        })
                    };
                    while (sent.is_capitalised(e)
                        || (e > start
                            && matches!(sent.word(e), "and" | "the")
                            && sent.is_capitalised(e + 1 + usize::from(sent.word(e + 1) == "the"))))
                        && !(e > start && person_at(e))
                    {
                        e += 1;
                    }
                }
                if e > start {
                    end = e;
                }
            }
        }
        // ("Vietnamese Ambassador to Cambodia NAME": with the state before.)
        if (org.is_some() || end > title.end || pre_org.is_some()) && sent.word(end) == "to" {
            {
                let mut t = end + 1;
                t = sent.past_the(t);
                // The organisation, or a name of one the gazetteer lacks
                // ("to the United Nations Office … in Geneva").
                let to_org = mention_starting(sm, t)
                    .filter(|&mi| is_org(d, sm, mi))
                    .map(|mi| sm[mi].end_tok)
                    .or_else(|| {
                        let mut e = t;
                        while e < t + 6 && sent.is_capitalised(e) && !covered(sm, e) {
                            e += 1;
                        }
                        (e >= t + 2).then_some(e)
                    });
                if let Some(to_end) = to_org {
                    end = to_end;
                    // "to the United Nations, the International Atomic Energy
                    // Agency and other international organisations": more
                    // organisations in a list.
                    loop {
                        let mut k = end;
                        if sent.word(k) != "," {
                            break;
                        }
                        k += 1;
                        k = sent.past_the(k);
                        match mention_starting(sm, k).filter(|&mi| is_org(d, sm, mi)) {
                            Some(mi) => end = sm[mi].end_tok,
                            None => break,
                        }
                    }
                    let tail = ["and", "other", "international"];
                    if tail.iter().enumerate().all(|(k, w)| sent.word(end + k) == *w)
                        && sent.word(end + 3).starts_with("organi")
                    {
                        end += 4;
                    }
                    if sent.word(end) == "in" {
                        if let Some(pi) = mention_starting(sm, end + 1) {
                            if let MentionKind::Entity(l) = sm[pi].kind {
                                if ont.is_a(d.class_of(l), v.place) {
                                    end = sm[pi].end_tok;
                                }
                            }
                        }
                    }
                }
            }
        }
        // "UNODC Country Manager in Viet Nam", "Director of UNODC in Laos":
        // where a post of an organisation is held.
        if (org.is_some() || pre_org.is_some()) && sent.word(end) == "in" {
            if let Some(pi) = mention_starting(sm, end + 1) {
                if let MentionKind::Entity(l) = sm[pi].kind {
                    let c = d.class_of(l);
                    if ont.is_a(c, v.country) || ont.is_a(c, v.place) {
                        end = sm[pi].end_tok;
                    }
                }
            }
        }
        // A parenthetical acronym after the organisation: "(IAEA)", "(NA)".
        let mut after = end;
        if sent.word(after) == "(" && sent.word(after + 2) == ")" {
            after += 3;
        }
        // A minister with no portfolio written after a ministry named just
        // before ("the Ministry of Public Security … led by Deputy Minister X").
        let mut ministry_label = None;
        if org.is_none() && end == title.end && (title.start..title.end).any(|t| sent.word(t) == "minister") {
            if let Some((mi, portfolio)) = ministry_before(d, sm, title.start) {
                org = Some(mi);
                ministry_label = Some(portfolio);
            }
        }
        if let Some(h) = honorific_at(d, sent, after) {
            // "Minister of Public Security General To Lam"
            if mention_starting(sm, h).is_some() || name_run(d, sent, sm, h) >= h + 2 {
                after = h;
            }
        }
        let honorific_only =
            pre_org.is_none() && end == title.end && honorific_at(d, sent, title.start) == Some(title.end);
        // The person: after the title, or before it ("NAME, TITLE").
        let mut person: Option<(usize, Span, bool)> = None; // (local id, name span, is a short reference)
        if lower {
            // A lower-case title is a post only in apposition to a name
            // before it, and only with its organisation.
            if end == title.end {
                i = title.end;
                continue;
            }
        } else if let Some(mi) = mention_starting(sm, after).filter(|&mi| is_person(d, sm, mi)) {
            if let MentionKind::Entity(l) = sm[mi].kind {
                person = Some((l, sm[mi].span, false));
            }
        } else if sent.word(after) == ","
            // (Not when a name stands before the title: "Colonel A, Deputy
            // Director of X, Brigadier General B, Commissioner of Y": each
            // title is the name's before it.)
            && !{
                let lead = pre_org.map_or(title.start, |mi| sm[mi].first_tok.min(title.start));
                lead >= 2
                    && sent.word(lead - 1) == ","
                    && mention_ending(sm, lead - 1).is_some_and(|mi| is_person(d, sm, mi))
            }
        {
            // "TITLE, Mr. NAME", "TITLE, Senior Lieutenant General NAME"
            let t = honorific_at(d, sent, after + 1).unwrap_or(after + 1);
            if let Some(mi) = mention_starting(sm, t).filter(|&mi| is_person(d, sm, mi)) {
                if let MentionKind::Entity(l) = sm[mi].kind {
                    person = Some((l, sm[mi].span, false));
                }
            } else {
                person = person_at(d, sent, sm, t, true);
                // ("European Commissioner for Environment, Maritime Affairs
                // and Fisheries": a portfolio listed on, not a name — the
                // words after the comma end with "and" and a capitalised
                // word.)
                if let Some((_, span, _)) = person {
                    let e = sent.tok_end(span.end);
                    if t == after + 1 && sent.word(e) == "and" && sent.is_capitalised(e + 1) && !covered(sm, e + 1) {
                        person = None;
                    }
                }
            }
        } else {
            person = person_at(d, sent, sm, after, false);
        }
        // The post is said of the person by a verb, not in apposition.
        let mut predicated = false;
        if person.is_none() && !lower {
            // "NAME was elected President of the Congress", "NAME, appointed
            // Deputy Minister in 2021": the person named before the verb.
            let mut b = title.start;
            if sent.word(b.wrapping_sub(1)) == "as" {
                b -= 1;
            }
            if b >= 2 && matches!(sent.word(b - 1), "elected" | "appointed" | "named" | "nominated") {
                b -= 1;
                if b >= 2 && sent.word(b - 1) == "-" && sent.word(b - 2) == "re" {
                    b -= 2;
                }
                if b >= 1 && matches!(sent.word(b - 1), "was" | "is" | "been" | ",") {
                    b -= 1;
                }
                if b >= 2 && matches!(sent.word(b - 1), "has" | "had" | "have") && sent.word(b) == "been" {
                    b -= 1;
                }
                if let Some(mi) = mention_ending(sm, b).filter(|&mi| is_person(d, sm, mi)) {
                    if let MentionKind::Entity(l) = sm[mi].kind {
                        person = Some((l, sm[mi].span, false));
                        predicated = true;
                    }
                }
            } else if let Some(mi) = {
                // "re-elected NAME as INTERPOL Secretary General", "appointed
                // NAME as Director of …": the person between the verb and "as".
                let lead = pre_org.map_or(title.start, |pi| sm[pi].first_tok.min(title.start));
                (lead >= 3 && sent.word(lead - 1) == "as")
                    .then(|| mention_ending(sm, lead - 1))
                    .flatten()
                    .filter(|&mi| is_person(d, sm, mi))
                    .filter(|&mi| {
                        let f = sm[mi].first_tok;
                        f >= 1 && matches!(sent.word(f - 1), "elected" | "appointed" | "named" | "nominated")
                    })
            } {
                if let MentionKind::Entity(l) = sm[mi].kind {
                    person = Some((l, sm[mi].span, false));
                    predicated = true;
                }
            } else if b >= 4
                && sent.word(b - 1) == "also"
                && matches!(sent.word(b - 2), "is" | "was")
                && sent.word(b - 3) == "who"
                && sent.word(b - 4) == ","
            {
                // "Deputy Prime Minister NAME, who is also Minister of
                // Foreign Affairs …": a second post of the name before.
                if let Some(mi) = mention_ending(sm, b - 4).filter(|&mi| is_person(d, sm, mi)) {
                    if let MentionKind::Entity(l) = sm[mi].kind {
                        person = Some((l, sm[mi].span, false));
                        predicated = true;
                    }
                }
            }
        }
        // "NAME, UNODC Regional Representative …": the organisation first.
        let lead = pre_org.map_or(title.start, |mi| sm[mi].first_tok.min(title.start));
        // (In a heading the name may end one line and the title start the
        // next: "BY AMBASSADOR NAME" / "PERMANENT REPRESENTATIVE OF …".)
        let broken = lead >= 1 && sent.line_break_before(lead) && mention_ending(sm, lead).is_some();
        // "NAME, a Deputy Minister of …": one of several holders.
        // ("NAME, the UNODC Regional Representative …": the post itself.)
        let article = lead >= 3 && matches!(sent.word(lead - 1), "a" | "an" | "the") && sent.word(lead - 2) == ",";
        // "NAME, Politburo member and Minister of …", "NAME, Prime Minister
        // and Minister of the Interior of Qatar": a second post joined by
        // "and" to what follows the name's comma.
        let coordinated = (lead >= 4 && sent.word(lead - 1) == "and")
            .then(|| {
                (lead.saturating_sub(18)..lead - 1)
                    .rev()
                    .take_while(|&k| !matches!(sent.word(k), ";" | "." | "said" | "says" | "who" | "and" | "("))
                    .find(|&k| sent.word(k) == ",")
            })
            .flatten()
            // (Words between: ", and Deputy Prime Minister …" starts a new
            // person's title, not a second post of the name before.)
            .filter(|&k| k + 2 < lead)
            // (A new name too: "… and Guo Shengkun, State Councillor and
            // Minister of Public Security of China": two to four capitalised
            // words after a lower-case one.)
            .filter(|&k| {
                mention_ending(sm, k).is_some_and(|mi| is_person(d, sm, mi))
                    || (k >= 3 && mention_ending(sm, k).is_none() && {
                        let run = (k.saturating_sub(5)..k)
                            .rev()
                            .take_while(|&j| sent.is_capitalised(j) && !covered(sm, j) && name_word(sent, j))
                            .count();
                        (2..=4).contains(&run) && k > run && !sent.is_capitalised(k - run - 1)
                    })
            });
        if person.is_none()
            && lead >= 1
            && (lead >= 2 && sent.word(lead - 1) == "," || broken || article || coordinated.is_some())
        {
            // "NAME, TITLE" / "Mr. NAME, the TITLE"
            let before = if broken {
                lead
            } else if article {
                lead - 2
            } else if let Some(k) = coordinated {
                k
            } else {
                lead - 1
            };
            if let Some(mi) = mention_ending(sm, before).filter(|&mi| is_person(d, sm, mi)) {
                if let MentionKind::Entity(l) = sm[mi].kind {
                    person = Some((l, sm[mi].span, false));
                }
            } else {
                // "Jane Doe MP, Attorney-General": post-nominal letters
                // after the name are not part of it.
                let before = if before >= 3
                    && post_nominal(sent, before - 1)
                    && sent.is_capitalised(before - 2)
                    && !covered(sm, before - 1)
                {
                    before - 1
                } else {
                    before
                };
                let mut s = before;
                let mut honoured = false;
                // Tokens of the name that are not words of it ("bin",
                // hyphens), so that "Abdullah Sultan bin Awad Al Nuaimi"
                // counts its capitalised words only.
                let mut joints = 0;
                loop {
                    // "Abdullah Sultan bin Awad Al Nuaimi": a particle between
                    // two capitalised words of the name.
                    if s >= 2
                        && s < before
                        && NAME_PARTICLES.contains(&sent.orig(s - 1))
                        && sent.is_capitalised(s - 2)
                        && !covered(sm, s - 2)
                        && name_word(sent, s - 2)
                    {
                        s -= 1;
                        joints += 1;
                    }
                    // "Kim Soo-min", "Park Jae-hyun": a given name joined by a
                    // hyphen, its second part in lower case.
                    if s >= 3
                        && sent.word(s - 2) == "-"
                        && sent.orig(s - 1).chars().all(|c| c.is_alphabetic() && c.is_lowercase())
                        && sent.is_capitalised(s - 3)
                        && !covered(sm, s - 3)
                        && before - s < 3
                    {
                        s -= 2;
                        joints += 2;
                    }
                    if !(s > 0
                        && sent.is_capitalised(s - 1)
                        && !covered(sm, s - 1)
                        && name_word(sent, s - 1)
                        && sent.orig(s - 1).chars().all(char::is_alphabetic)
                        && before - s - joints < if joints > 0 { 6 } else { 5 })
                    {
                        break;
                    }
                    s -= 1;
                    // "Senior Colonel Tran The Vinh, Deputy Director …"
                    if before - s >= 2 && honorific_ending(d, sent, s) {
                        honoured = true;
                        break;
                    }
                }
                // Without a form of address or a rank, a name stands before a
                // post only when the post names its organisation ("Masood
                // Karimipour, Regional Representative of UNODC …"), and the
                // run of capitals starts the sentence or a clause.
                let bare = !honoured
                    && (2..=if joints > 0 { 6 } else { 4 }).contains(&(before - s - joints))
                    && (end > title.end || pre_org.is_some())
                    && (s == 0 || !sent.is_capitalised(s - 1) && !covered(sm, s - 1))
                    // ("the Minister of Foreign Affairs, the Minister of …":
                    // words after "of" end a title, they are no name.)
                    && !(s >= 1 && matches!(sent.word(s - 1), "of" | "for" | "on"));
                if honoured || bare {
                    person = new_person(d, sent, sm, s, before);
                }
            }
        }
        // "the Deputy Prosecutor General of the Supreme People's Procuracy":
        // a title with no name refers to the person who holds that post.
        let mut title_ref = false;
        // "the President of the 79th session": a qualified title refers to
        // a holder only of that very post.
        let qualified = sent.word(title.end) == "of" && org.is_none();
        if person.is_none()
            && !lower
            && !qualified
            && (title.start == 0 || matches!(sent.word(title.start - 1), "the" | "his" | "her" | ","))
        {
            let t = fold(&title_text(sent, &title));
            let of = format!("{t} of ");
            if let Some(&(_, p)) = d
                .post_holders
                .iter()
                .rev()
                .find(|(pt, _)| *pt == t || pt.starts_with(&of))
            {
                let span = Span::new(sent.toks[title.start].start, sent.toks[end - 1].end);
                person = Some((p, span, true));
                title_ref = true;
            }
        }
        let Some((pl, name_span, short_ref)) = person else {
            // "Deputy Prime Minister and Minister of Interior of Cambodia
            // NAME": a first post joined to the next one, whose holder
            // follows it.
            if sent.word(title.end) == "and" {
                pending_title = Some((title.start, title.end));
            }
            i = title.end;
            continue;
        };
        // "Prosecutor General Le Minh Tri of the Supreme People's Procuracy":
        // the organisation after the name.
        if org.is_none() && pre_org.is_none() && end == title.end && ministry_label.is_none() {
            let mut t = sent.tok_end(name_span.end);
            if sent.word(t) == "of" {
                t += 1;
                t = sent.past_the(t);
                if let Some(mi) = mention_starting(sm, t).filter(|&mi| is_org(d, sm, mi)) {
                    org = Some(mi);
                }
            }
        }
        // The title and its organisation stand in apposition to the name: the
        // rules see one item ("Mr. X, Deputy Prosecutor General of …, attended").
        if !title_ref && !predicated {
            let name_first = sent.tok_at(name_span.start);
            let name_end = sent.tok_end(name_span.end);
            let (a, b) = if name_first < title.start {
                // "X, Minister of Public Security and head of Viet Nam's
                // delegation, said …": a second post in the same apposition,
                // up to its closing comma.
                let mut b = end;
                if sent.word(b) == "and" && SECOND_POST.contains(&sent.word(b + 1)) {
                    if let Some(k) = (b + 2..(b + 18).min(sent.toks.len())).find(|&k| sent.word(k) == ",") {
                        if !(b..k).any(|j| matches!(sent.word(j), ";" | "said" | "says" | "told")) {
                            b = k;
                        }
                    }
                }
                (name_first, b)
            } else {
                // "UNODC Executive Director Ghada Fathi Waly": the organisation
                // before the title belongs to the apposition too.
                let from = pre_org.map_or(title.start, |mi| sm[mi].first_tok.min(title.start));
                let from = match pending_title {
                    Some((s, e)) if e + 1 == from => s,
                    _ => from,
                };
                (from, name_end)
            };
            d.absorbed.push((name_span, a, b.max(name_end)));
            if b > end {
                head_of_delegation(d, sent, sm, pl, (a, end, b));
            }
        }
        // The person mention (if new).
        if !sm.iter().any(|m| m.span == name_span) {
            sm.push(SMention::at(sent, name_span, MentionKind::Entity(pl)));
        }
        register_surnames(d, pl, &sent.text[name_span.start..name_span.end]);
        if !short_ref && !honorific_only {
            // The post.
            let written = sent.text_between(title.start, portfolio_of.map_or(end, |(_, p)| p) - 1);
            let base = title.canonical.clone().map_or(written.clone(), |c| {
                // Keep what follows the abbreviated title ("Deputy FM" → canonical).
                let rest = &written[sent.toks[title.end - 1].end - sent.toks[title.start].start..];
                format!("{c}{rest}")
            });
            let org_l = org
                .or(pre_org)
                .or(portfolio_of.map(|(ci, _)| ci))
                .and_then(|mi| match sm[mi].kind {
                    MentionKind::Entity(l) => Some(l),
                    _ => None,
                });
            // The post's label, and so its IRI, is canonical: the title, then
            // "of" and the organisation's preferred name, then whatever the
            // text adds after the organisation ("… to the UN in Vienna").
            let title_words = title_text(sent, &title);
            // "Deputy Procurator General X" in an item on the Supreme People's
            // Procuracy: a title that only an institution of one kind has is
            // that institution's when one is in view.
            let context_org = (org_l.is_none() && ministry_label.is_none() && end == title.end)
                .then(|| institution_in_view(d, sm, &title_words, title.start))
                .flatten();
            let org_l = org_l.or(context_org);
            let no_portfolio = ministry_label.is_none();
            let label = match (org, pre_org, ministry_label) {
                _ if context_org.is_some() => {
                    format!(
                        "{title_words} of {}",
                        org_l.map(|o| org_display(d, o)).unwrap_or_default()
                    )
                }
                // "Minister of Public Security of Laos": another state's
                // minister is not the same post as Viet Nam's.
                // (As written: "of the Lao PDR", "of Laos".)
                _ if portfolio_of.is_some() => sent.text_between(title.start, end - 1),
                (_, _, Some(portfolio)) => format!("{title_words} of {portfolio}"),
                (Some(mi), _, None) => {
                    let tail =
                        squash_whitespace(&sent.text[sm[mi].span.end..sent.toks[end - 1].end.max(sm[mi].span.end)]);
                    let org_label = org_l.map(|o| org_display(d, o)).unwrap_or_default();
                    format!(
                        "{title_words} of {org_label}{}{tail}",
                        if tail.is_empty() || tail.starts_with(['\'', '\u{2019}']) {
                            ""
                        } else {
                            " "
                        }
                    )
                }
                (None, Some(_), None) if end == title.end => {
                    format!(
                        "{title_words} of {}",
                        org_l.map(|o| org_display(d, o)).unwrap_or_default()
                    )
                }
                // "Lao Minister of Public Security": the portfolio, then the country,
                // so that it is not the same post as Viet Nam's minister's.
                // "UNODC Regional Representative for Southeast Asia …"
                (None, Some(_), None)
                    if sent.word(title.end) == "for"
                        && d.k
                            .titles
                            .portfolios
                            .iter()
                            .all(|p| seq_at(sent, title.end + 1, p).is_none()) =>
                {
                    format!(
                        "{title_words} of {} {}",
                        org_l.map(|o| org_display(d, o)).unwrap_or_default(),
                        sent.text_between(title.end, end - 1)
                    )
                }
                // "Vietnamese Ambassador to Cambodia": the state, then where
                // the post is held ("Ambassador of Viet Nam to Cambodia").
                (None, Some(_), None) if matches!(sent.word(title.end), "to" | "in") => {
                    format!(
                        "{title_words} of {} {}",
                        org_l.map(|o| org_display(d, o)).unwrap_or_default(),
                        sent.text_between(title.end, end - 1)
                    )
                }
                (None, Some(_), None) => {
                    format!("{base} of {}", org_l.map(|o| org_display(d, o)).unwrap_or_default())
                }
                _ => base,
            };
            // "Mr. X, head of the NPA delegation": the head of an
            // organisation's delegation holds no post of it; they speak for
            // it and led its delegation (to the event in view).
            if sent.word(end) == "delegation" && matches!(fold(&title_words).as_str(), "head" | "leader" | "chief") {
                if let Some(o) = org_l {
                    let span = Span::new(sent.toks[title.start].start.min(name_span.start), sent.toks[end].end);
                    let ev = Evidence::asserted(sent.index, span, "person.head-of-org-delegation", 0.8);
                    d.add_fact(pl, v.representing, Object::Entity(o), ev.clone());
                    if let (Some(e), Some(led)) = (
                        d.main_event_within(sent.index, 5),
                        d.k.ontology.property("ledDelegationTo"),
                    ) {
                        d.add_fact(pl, led, Object::Entity(e), ev);
                    }
                    i = end.max(title.end);
                    continue;
                }
            }
            let label = unshout(&label);
            let post = d.minted("post", v.post, &label);
            d.entities[post].alt_labels.clear();
            // ("Vietnamese Ambassador to China": an envoy's post, named by the
            // state's adjective, is labelled as the text names it; its IRI
            // stays the canonical "Ambassador of Viet Nam to China", so that
            // both spellings are one post.)
            if let (None, Some(pi), true) = (org, pre_org, no_portfolio) {
                let state = matches!(sm[pi].kind, MentionKind::Entity(o) if ont.is_a(d.class_of(o), v.country));
                if state && matches!(sent.word(title.end), "to" | "in") && sm[pi].end_tok == title.start {
                    d.entities[post].label = unshout(&sent.text_between(sm[pi].first_tok, end - 1));
                }
            }
            let span = Span::new(
                sent.toks[title.start].start.min(name_span.start),
                sent.toks[end - 1].end.max(name_span.end),
            );
            let ev = |rule: &str| Evidence::asserted(sent.index, span, rule, 0.9);
            d.add_fact(pl, v.holds_position, Object::Entity(post), ev("person.title"));
            d.post_holders.push((fold(&label), pl));
            // The holder of a post of a country or an international body
            // represents it.
            if let Some(o) = org_l {
                let c = d.class_of(o);
                // (The head of a body's unit — "Coordinator of INTERPOL's
                // Environmental Security Programme", "Chief of the Conference
                // Support Section of UNODC's …" — speaks for the body.)
                // (Not the chair of a body's meeting or committee — "SOMTC
                // Chair", "Chair of the Ad Hoc Committee": a chair presides
                // over the body, and speaks for a state.)
                let chair = ont.is_a(c, v.body)
                    && matches!(
                        fold(&label).split(' ').next(),
                        Some("chair" | "chairman" | "chairwoman" | "chairperson" | "co-chair")
                    )
                    || ont.is_a(c, v.body) && fold(&label).ends_with(" chair");
                let target = (ont.is_a(c, v.country) || ont.is_a(c, v.body) && !chair).then(|| top_body(d, o));
                // (A post in a state's diplomatic mission — "Head of the
                // Permanent Mission of Viet Nam to the United Nations",
                // "Counsellor of the Embassy of Japan" — speaks for the state.)
                let mission = ont.is_a(c, v.agency)
                    && fold(&d.entities[o].label)
                        .split(' ')
                        .any(|w| matches!(w, "mission" | "embassy"));
                let target = target.or_else(|| if mission { d.state_of(o) } else { None });
                if let Some(t) = target {
                    let mut e = ev("person.post-represents");
                    e.confidence = 0.7;
                    d.add_fact(pl, v.representing, Object::Entity(t), e);
                }
            }
            if let Some(o) = org_l {
                d.add_fact(post, v.post_in, Object::Entity(o), ev("person.title"));
            } else if let Some(h) = home_state {
                let mut e = ev("person.post-represents");
                e.confidence = 0.7;
                d.add_fact(pl, v.representing, Object::Entity(h), e);
            }
        }
        i = end.max(title.end);
    }
    honorific_names(d, sent, sm);
    short_references(d, sent, sm);
    sm.sort_by_key(|m| m.span.start);
}

/// The body a unit found in the text belongs to, up the `vnkg:partOf`
/// links the document tells, as far as they lead to bodies. (A body the
/// gazetteer knows is where it stops: UNODC's head speaks for UNODC, not
/// for the United Nations.)
fn top_body(d: &Doc, mut o: usize) -> usize {
    let v = d.k.vocab;
    for _ in 0..3 {
        if !matches!(d.entities[o].id, EntityId::Minted { .. }) {
            break;
        }
        let told = d.facts.iter().find_map(|f| match f.object {
            Object::Entity(p) if f.subject == o && f.relation == v.part_of => Some(p),
            _ => None,
        });
        match told {
            Some(p) if d.k.ontology.is_a(d.class_of(p), v.body) => o = p,
            _ => break,
        }
    }
    o
}

/// Titles that only an institution of one kind has, and the words naming
/// such an institution: a procurator general heads a procuracy, an inspector
/// general an inspectorate.
const TITLE_INSTITUTIONS: &[(&str, &[&str])] = &[
    ("procurator", &["procuracy", "procuratorate"]),
    (
        "prosecutor",
        &["procuracy", "procuratorate", "prosecution", "prosecutors"],
    ),
    ("inspector", &["inspectorate"]),
];

/// The institution a title without its organisation belongs to: the nearest
/// agency named before it in the sentence whose name has the word the title
/// asks for ([`TITLE_INSTITUTIONS`]). (Not one named in an earlier sentence:
/// a caption naming two procurators general of two states says nothing of
/// whose each is.)
fn institution_in_view(d: &Doc, sm: &[SMention], title: &str, before: usize) -> Option<usize> {
    let folded = fold(title);
    let heads: Vec<&str> = TITLE_INSTITUTIONS
        .iter()
        .filter(|(kw, _)| folded.split(' ').any(|w| w.starts_with(kw)))
        .flat_map(|(_, heads)| heads.iter().copied())
        .collect();
    if heads.is_empty() {
        return None;
    }
    let v = d.k.vocab;
    let fits = |l: usize| {
        d.k.ontology.is_a(d.class_of(l), v.agency) && fold(&d.entities[l].label).split(' ').any(|w| heads.contains(&w))
    };
    super::nearest_before(sm, before, fits)
}

/// Whether a person's mention starts at token `t`.
fn person_starting(d: &Doc, sm: &[SMention], t: usize) -> bool {
    mention_starting(sm, t).is_some_and(
        |mi| matches!(sm[mi].kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.person)),
    )
}

/// "Mr. Tran Duc Luong", "Mrs. Hanh": a form of address before a name makes
/// it a person's (no post: a form of address is not one).
fn honorific_names(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    const ADDRESS: &[&str] = &["mr", "mrs", "ms", "madam", "dr", "h.e"];
    let mut t = 0;
    while t < sent.toks.len() {
        // A rank ("Major General Vilay Lakhamfong"): a new name of two words
        // or more after it is a person's.
        // (The cheap tests first: most tokens are not capitalised, and most
        // capitalised ones start no honorific, as `honorific_at` asks first.)
        if sent.is_capitalised(t)
            && (d.k.titles.honorific_first.is_none() || sent.info(t).sets & super::HONORIFIC_FIRST != 0)
            && !ADDRESS.contains(&sent.word(t))
            && !covered(sm, t)
        {
            if let Some(s) = honorific_at(d, sent, t) {
                if s > t && mention_starting(sm, s).is_none() && name_run(d, sent, sm, s) >= s + 2 {
                    if let Some((l, span, _)) = person_at(d, sent, sm, s, false) {
                        let e = sent.tok_end(span.end);
                        push_person(d, sent, sm, l, span);
                        t = e;
                        continue;
                    }
                }
            }
        }
        // "his Lao counterpart Thongbanh Sengaphone": a new name of two
        // words or more right after "counterpart" is a person's (no post);
        // the adjective before it is the state they represent.
        if sent.word(t) == "counterpart" && !sent.is_capitalised(t) {
            let s = honorific_at(d, sent, t + 1).unwrap_or(t + 1);
            let known = mention_starting(sm, s).and_then(|mi| match sm[mi].kind {
                MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.person) => Some((l, sm[mi].span)),
                _ => None,
            });
            let found = match known {
                Some(k) => Some(k),
                None if mention_starting(sm, s).is_none() && name_run(d, sent, sm, s) >= s + 2 => {
                    person_at(d, sent, sm, s, false).map(|(l, span, _)| {
                        push_person(d, sent, sm, l, span);
                        (l, span)
                    })
                }
                None => None,
            };
            if let Some((l, span)) = found {
                let state = sm.iter().find_map(|m| match m.kind {
                    MentionKind::Entity(c)
                        if !m.hidden && m.end_tok == t && d.k.ontology.is_a(d.class_of(c), d.k.vocab.country) =>
                    {
                        Some((c, m.span.start))
                    }
                    _ => None,
                });
                if let Some((c, from)) = state {
                    let ev = Evidence::asserted(sent.index, Span::new(from, span.end), "person.counterpart", 0.7);
                    d.add_fact(l, d.k.vocab.representing, Object::Entity(c), ev);
                }
                t = sent.tok_end(span.end);
                continue;
            }
        }
        if !sent.is_capitalised(t) || !ADDRESS.contains(&sent.word(t)) || covered(sm, t) {
            t += 1;
            continue;
        }
        let mut s = t + 1;
        if sent.word(s) == "." {
            s += 1;
        }
        // "H.E. Dato Seri NAME": more forms of address, then the name (new,
        // or one the gazetteer knows: "H.E. Senior Lieutenant General To Lam").
        if let Some(e) =
            honorific_at(d, sent, s).filter(|&e| name_run(d, sent, sm, e) >= e + 2 || person_starting(d, sm, e))
        {
            s = e;
        }
        if mention_starting(sm, s).is_some() {
            t = s;
            continue;
        }
        // "Mr. Nguyễn Hải Phong": a place's name inside a person's, after a
        // form of address and a first word of the name, is the name's.
        let place_at = |k: usize| {
            sm.iter().position(|m| {
                !m.hidden
                    && m.first_tok == k
                    && matches!(m.kind, MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), d.k.vocab.place))
            })
        };
        if sent.is_capitalised(s) && !covered(sm, s) && name_word(sent, s) {
            if let Some(pi) =
                place_at(s + 1).filter(|&pi| sm[pi].end_tok <= s + 4 && !sent.is_capitalised(sm[pi].end_tok))
            {
                let e = sm[pi].end_tok;
                // (Not a mention of the place at all.)
                sm.remove(pi);
                if let Some((l, span, _)) = new_person(d, sent, sm, s, e) {
                    push_person(d, sent, sm, l, span);
                    t = e;
                    continue;
                }
            }
        }
        let found = person_at(d, sent, sm, s, false);
        if let Some((l, span, _)) = found {
            let e = sent.tok_end(span.end);
            push_person(d, sent, sm, l, span);
            t = e;
        } else {
            t = s;
        }
    }
}

/// "STATEMENT BY LIEUTENANT GENERAL LE THE TIEM, DEPUTY MINISTER OF …": a
/// statement's heading names its speaker (in capitals or not) after "by"
/// and any forms of address and ranks, up to the first comma or line end.
fn statement_speaker(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    if (sent.word(0), sent.word(1)) != ("statement", "by") {
        return;
    }
    let mut s = 2;
    while let Some(e) = honorific_at(d, sent, s).filter(|&e| e > s) {
        s = e;
    }
    // (Up to the comma, or the end of the heading's line.)
    let Some(c) = (s + 2..(s + 6).min(sent.toks.len())).find(|&k| sent.word(k) == "," || sent.line_break_before(k))
    else {
        return;
    };
    let name_like = (s..c).all(|k| {
        sent.is_capitalised(k) && !covered(sm, k) && sent.orig(k).chars().all(|ch| ch.is_alphabetic() || ch == '-')
    });
    if !name_like || mention_starting(sm, s).is_some() {
        return;
    }
    if let Some((l, span, _)) = new_person(d, sent, sm, s, c) {
        push_person(d, sent, sm, l, span);
    }
}

/// "Department of International Law and Treaties, Ministry of Foreign
/// Affairs, Viet Nam": each organisation of an address chain after a title
/// is part of the next.
fn org_chain(d: &mut Doc, sent: &Sent, sm: &[SMention], first: usize) {
    let v = d.k.vocab;
    let mut cur = first;
    while sent.word(sm[cur].end_tok) == "," {
        let Some(next) = mention_starting(sm, sm[cur].end_tok + 1) else {
            break;
        };
        let (MentionKind::Entity(a), MentionKind::Entity(b)) = (sm[cur].kind, sm[next].kind) else {
            break;
        };
        let (ca, cb) = (d.class_of(a), d.class_of(b));
        let ont = &d.k.ontology;
        if !ont.is_a(ca, v.agency) || !(ont.is_a(cb, v.agency) || ont.is_a(cb, v.country)) {
            break;
        }
        let span = Span::new(sm[cur].span.start, sm[next].span.end);
        d.add_fact(
            a,
            v.part_of,
            Object::Entity(b),
            Evidence::asserted(sent.index, span, "person.org-chain", 0.75),
        );
        cur = next;
    }
}

/// How an organisation is named in a post's title: its full name with its
/// acronym ("United Nations Office on Drugs and Crime (UNODC)"), else its
/// preferred name.
pub(super) fn org_display(d: &Doc, o: usize) -> String {
    let e = &d.entities[o];
    let EntityId::Known(idx) = e.id else {
        return e.label.clone();
    };
    let known = d.k.gazetteer.get(idx);
    let acronym = known
        .labels
        .iter()
        .filter(|l| crate::gazetteer::is_case_sensitive(l))
        .min_by_key(|l| l.len());
    let full = known
        .labels
        .iter()
        .filter(|l| !crate::gazetteer::is_case_sensitive(l) && l.contains(' '))
        .max_by_key(|l| l.len());
    match (full, acronym) {
        (Some(f), Some(a)) if known.pref_label == *a => format!("{f} ({a})"),
        // ("Vice Chairman of Anti-Corruption and Civil Rights Commission
        // (ACRC)": a reader knows the post by either name.)
        // (Not a state's: "Viet Nam", not "Viet Nam (VietNam)".)
        (_, Some(a))
            if a.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
                && !d.k.ontology.is_a(known.class, d.k.vocab.country) =>
        {
            format!("{} ({a})", known.pref_label)
        }
        _ => known.pref_label.clone(),
    }
}

/// The title as written (abbreviations expanded).
fn title_text(sent: &Sent, title: &TitleHit) -> String {
    title
        .canonical
        .clone()
        .unwrap_or_else(|| sent.text_between(title.start, title.end - 1))
}

/// The token after an honorific sequence starting at `t` ("Mr.", "Senior
/// Lieutenant General"), longest first.
pub(super) fn honorific_at(d: &Doc, sent: &Sent, t: usize) -> Option<usize> {
    // Forms of address may follow one another ("H.E. Dato Seri Setia Awang
    // Haji NAME"): the end of the last.
    let one = |t: usize| {
        // (`honorific_first` asked of the word's information.)
        if d.k.titles.honorific_first.is_some() && sent.info(t).sets & super::HONORIFIC_FIRST == 0 {
            return None;
        }
        d.k.titles
            .honorifics
            .iter()
            .find_map(|h| seq_at(sent, t, h).map(|e| if sent.word(e) == "." { e + 1 } else { e }))
    };
    let mut end = one(t)?;
    while let Some(e) = one(end).filter(|&e| e > end) {
        end = e;
    }
    Some(end)
}

/// Whether an honorific sequence ends just before token `t`.
fn honorific_ending(d: &Doc, sent: &Sent, t: usize) -> bool {
    (t.saturating_sub(5)..t).any(|s| honorific_at(d, sent, s) == Some(t))
}

/// The nearest ministry named in the eight tokens before `t`, with its
/// portfolio ("Ministry of Public Security of Viet Nam" → "Public Security").
fn ministry_before(d: &Doc, sm: &[SMention], t: usize) -> Option<(usize, String)> {
    let agency = d.k.vocab.agency;
    sm.iter()
        .enumerate()
        .filter(|(_, m)| !m.hidden && m.end_tok <= t && m.end_tok + 8 >= t)
        .filter_map(|(i, m)| match m.kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), agency) => {
                let label = &d.entities[l].label;
                let rest = label.strip_prefix("Ministry of ")?;
                let portfolio = rest.split(" of ").next().unwrap_or(rest).to_string();
                Some((i, m.end_tok, portfolio))
            }
            _ => None,
        })
        .max_by_key(|(_, end, _)| *end)
        .map(|(i, _, p)| (i, p))
}

/// A person named at token `t`: a known person's mention, a new name (two to
/// five capitalised words), or one word that is the surname of a person
/// already named in the document (a short reference).
fn person_at(d: &mut Doc, sent: &Sent, sm: &[SMention], t: usize, after_comma: bool) -> Option<(usize, Span, bool)> {
    let _ = after_comma;
    let end = name_run(d, sent, sm, t);
    if end - t >= 2 {
        return new_person(d, sent, sm, t, end);
    }
    if end - t == 1 {
        if let Some(&p) = d.surnames.get(sent.word(t)) {
            return Some((p, Span::new(sent.toks[t].start, sent.toks[t].end), true));
        }
    }
    None
}

fn new_person(d: &mut Doc, sent: &Sent, sm: &[SMention], s: usize, e: usize) -> Option<(usize, Span, bool)> {
    let _ = sm;
    let span = Span::new(sent.toks[s].start, sent.toks[e - 1].end);
    let written = squash_whitespace(&sent.text[span.start..span.end]);
    let l = match d.k.gazetteer.lookup(&written) {
        Some(idx) if d.k.ontology.is_a(d.k.gazetteer.get(idx).class, d.k.vocab.person) => d.entity_for_known(idx),
        _ => {
            let key = fold(&written);
            let l = d.entity(
                EntityId::Minted {
                    dir: "person",
                    key: key.clone(),
                },
                d.k.vocab.person,
                &plain_name(&written),
            );
            d.add_alt_label(l, written);
            l
        }
    };
    Some((l, span, false))
}

/// A name without diacritics, as written otherwise ("Nguyễn Văn Thành" →
/// "Nguyen Van Thanh", "Kim Jong-yang" kept); a name in capitals is put in
/// title case.
fn plain_name(written: &str) -> String {
    let mut out = String::with_capacity(written.len());
    for c in written.chars() {
        match c {
            'đ' => out.push('d'),
            'Đ' => out.push('D'),
            c => unicode_normalization::char::decompose_canonical(c, |x| {
                if !matches!(x, '\u{0300}'..='\u{036F}') {
                    out.push(x);
                }
            }),
        }
    }
    if out.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
        return title_case(&out.to_lowercase());
    }
    out
}

/// A person's mention at `span`, whose surnames later short references
/// ("Hang", "Mr. Phong") resolve to.
fn push_person(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>, l: usize, span: Span) {
    sm.push(SMention::at(sent, span, MentionKind::Entity(l)));
    register_surnames(d, l, &sent.text[span.start..span.end]);
}

fn register_surnames(d: &mut Doc, l: usize, written: &str) {
    // The last word of each name of two words or more (`rsplit_once` finds
    // it as the last of `split(' ')`); a known entity's labels' from the
    // gazetteer, folded once per process. Only `get` reads the map, so
    // an insert of a value it already holds is left out.
    let mut register = |last: &str| {
        if d.surnames.get(last) != Some(&l) {
            d.surnames.insert(last.to_string(), l);
        }
    };
    for n in [fold(written), fold(&d.entities[l].label)] {
        if let Some((_, last)) = n.rsplit_once(' ') {
            register(last);
        }
    }
    if let EntityId::Known(idx) = d.entities[l].id {
        for last in d.k.gazetteer.surnames(idx) {
            register(last);
        }
    }
}

/// "Hang said", "Waly expressed": a capitalised word that is the surname of a
/// person already named in the document.
fn short_references(d: &mut Doc, sent: &Sent, sm: &mut Vec<SMention>) {
    for t in 0..sent.toks.len() {
        if !sent.is_capitalised(t) || covered(sm, t) {
            continue;
        }
        // Not part of a longer capitalised name (a rank or form of address
        // before it is none: "Lieutenant General Tung").
        if (t > 0
            && sent.is_capitalised(t - 1)
            && !covered(sm, t - 1)
            && sent.word(t - 1) != "."
            && t > 1
            && !honorific_ending(d, sent, t))
            || (sent.is_capitalised(t + 1) && !covered(sm, t + 1))
        {
            continue;
        }
        if let Some(&p) = d.surnames.get(sent.word(t)) {
            sm.push(SMention::over(sent, t, t + 1, MentionKind::Entity(p)));
        }
    }
}

/// "X, Minister of Public Security and head of Viet Nam's AMMTC delegation,
/// chaired …": the second post of an apposition (which the rules see as
/// part of the person's item) says whose delegation the person led, and so
/// to the event the sentence names after it, else the document's main
/// event named in the last five sentences. `span` is (apposition start,
/// first post's end, apposition end).
fn head_of_delegation(d: &mut Doc, sent: &Sent, sm: &[SMention], person: usize, span: (usize, usize, usize)) {
    let (a, from, to) = span;
    let v = d.k.vocab;
    if !(from..to).any(|k| matches!(sent.word(k), "delegation")) {
        return;
    }
    let state = sm.iter().find_map(|m| match m.kind {
        MentionKind::Entity(l)
            if m.first_tok > from && m.end_tok <= to && d.k.ontology.is_a(d.class_of(l), v.country) =>
        {
            Some(l)
        }
        _ => None,
    });
    let Some(state) = state else { return };
    let span = Span::new(sent.toks[a].start, sent.toks[to - 1].end);
    let ev = Evidence::asserted(sent.index, span, "person.head-of-delegation", 0.8);
    d.add_fact(person, v.representing, Object::Entity(state), ev.clone());
    let event = sm
        .iter()
        .filter(|m| !m.hidden && m.first_tok >= to)
        .find_map(|m| match m.kind {
            MentionKind::Entity(l) if d.k.ontology.is_a(d.class_of(l), v.event) => Some(l),
            _ => None,
        })
        .or_else(|| d.main_event_within(sent.index, 5));
    if let (Some(e), Some(led)) = (event, d.k.ontology.property("ledDelegationTo")) {
        d.add_fact(person, led, Object::Entity(e), ev);
    }
}
