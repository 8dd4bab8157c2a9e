//! The only place IRIs are minted: turns an [`Extraction`] into the quads of
//! the document's named graph (document node, mentions, new entities, facts,
//! evidence and sentences), following the evidence model documented in
//! `ontology/README.md`. Deterministic: the same document gives the same
//! quads on any machine, in any order of ingestion.

use crate::fact::*;
use crate::knowledge::Knowledge;
use crate::text::{slug, CharIndex};
use crate::vocab::*;
use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedNode, Quad, QuadRef};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// The IRI of a document from its key (its path relative to the ingested
/// folder): `vnr:doc/<path without extension>`.
pub fn doc_iri(key: &str) -> String {
    let stem = key
        .rsplit_once('.')
        .map_or(key, |(a, b)| if b.contains('/') { key } else { a });
    let mut out = String::with_capacity(VNR.len() + 4 + stem.len());
    out.push_str(VNR);
    out.push_str("doc/");
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~' | '/') {
            out.push(c);
        } else {
            out.push('-');
        }
    }
    out
}

/// The IRI of a minted entity: `vnr:<dir>/<slug of key>`.
pub fn minted_iri(dir: &str, key: &str) -> String {
    let s = slug(key);
    format!("{VNR}{dir}/{}", if s.is_empty() { "x" } else { &s })
}

/// A stable key of an entity (for the keys of things that depend on it,
/// such as posts): the path of its IRI below `vnr:`.
pub fn entity_key(k: &Knowledge, e: &Entity) -> String {
    let iri = entity_iri(k, e);
    iri.strip_prefix(VNR).unwrap_or(&iri).to_string()
}

pub fn entity_iri(k: &Knowledge, e: &Entity) -> String {
    match &e.id {
        EntityId::Known(i) => k.gazetteer.get(*i).iri.clone(),
        EntityId::Minted { dir, key } => minted_iri(dir, key),
    }
}

fn nn(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

fn typed(value: impl Into<String>, xsd_local: &str) -> Literal {
    Literal::new_typed_literal(value, nn(&format!("{XSD}{xsd_local}")))
}

pub fn date_literal(d: &PartialDate) -> Literal {
    typed(d.to_string(), d.xsd_type())
}

fn vnkg(local: &str) -> NamedNode {
    nn(&format!("{VNKG}{local}"))
}

/// The IRI of an extraction rule: `vnr:rule/<name>`, the name as in
/// `rules.txt` (or the extractor's built-in name), with any character other
/// than letters, digits, `-`, `.`, `_` and `~` percent-encoded (so that any
/// rule name gives a valid IRI).
pub fn rule_iri(name: &str) -> String {
    let mut out = String::with_capacity(VNR.len() + 5 + name.len());
    out.push_str(VNR);
    out.push_str("rule/");
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// The name of a rule from its IRI (the inverse of [`rule_iri`]); `None`
/// for an IRI that is not a rule's.
pub fn rule_name(iri: &str) -> Option<String> {
    let rest = iri.strip_prefix(VNR)?.strip_prefix("rule/")?;
    let b = rest.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| char::from(c).to_digit(16);
        match (
            b[i],
            b.get(i + 1).and_then(|&c| hex(c)),
            b.get(i + 2).and_then(|&c| hex(c)),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A confidence as it is written (`xsd:decimal`, two decimals).
pub fn confidence_text(c: f32) -> String {
    format!("{c:.2}")
}

/// The rules' nodes, for the ontology graph: one `vnkg:Rule` per rule of
/// `rules.txt` and per built-in rule, with its name (`rdfs:label`) and its
/// default `vnkg:confidence`, which an evidence node by that rule states
/// again only when its own differs. Sorted by name.
pub fn rule_quads(k: &Knowledge) -> Vec<Quad> {
    let mut names: Vec<(&String, &f32)> = k.rule_defaults.iter().collect();
    names.sort_by(|a, b| a.0.cmp(b.0));
    let (rdf_type, label, confidence) = (nn(RDF_TYPE), nn(RDFS_LABEL), vnkg("confidence"));
    let (class, decimal) = (vnkg("Rule"), nn(&format!("{XSD}decimal")));
    let mut out = Vec::with_capacity(names.len() * 3);
    for (name, c) in names {
        let node = nn(&rule_iri(name));
        out.push(Quad::new(
            node.clone(),
            rdf_type.clone(),
            class.clone(),
            GraphName::DefaultGraph,
        ));
        out.push(Quad::new(
            node.clone(),
            label.clone(),
            Literal::new_simple_literal(name.as_str()),
            GraphName::DefaultGraph,
        ));
        out.push(Quad::new(
            node,
            confidence.clone(),
            Literal::new_typed_literal(confidence_text(*c), decimal.clone()),
            GraphName::DefaultGraph,
        ));
    }
    out
}

/// The quads of one document's graph, each once (the first occurrence kept).
pub fn quads(k: &Knowledge, x: &Extraction) -> Vec<Quad> {
    let mut out: Vec<Quad> = Vec::new();
    emit(k, x, &mut |q, _| out.push(q.into_owned()));
    // Each quad once, the first occurrence kept (no copies of the quads).
    let keep: Vec<bool> = {
        let mut seen = rustc_hash::FxHashSet::default();
        seen.reserve(out.len());
        out.iter().map(|q| seen.insert(q)).collect()
    };
    let mut keep = keep.into_iter();
    out.retain(|_| keep.next().unwrap_or(true));
    out
}

/// The quads of one document's graph written as N-Quads to `out` (the bytes
/// [`quads`] then [`write_nquad`] give, without building owned quads);
/// returns how many were written.
pub fn write_nquads(k: &Knowledge, x: &Extraction, out: &mut Vec<u8>) -> usize {
    // Lines already written, by the hash of their bytes: the first line of a
    // hash, and (rarely) further lines that share it. (The map is the
    // thread's, emptied for each document: it kept growing from nothing,
    // rehashing every line written so far at each doubling.)
    let mut seen = LINES_SEEN.take();
    seen.0.clear();
    seen.1.clear();
    let n = write_nquads_with(k, x, out, &mut seen.0, &mut seen.1);
    // (Kept unless an outsized document made them large: 65,536 lines are
    // some 1.6 MB of map, a generated document has a few hundred.)
    if seen.0.capacity() <= 1 << 16 && seen.1.capacity() <= 1 << 16 {
        LINES_SEEN.set(seen);
    }
    n
}

/// Per thread: the lines written, by hash, and the first block of lines of
/// each evidence node (see [`write_nquads_with`]).
type SeenLines = (
    rustc_hash::FxHashMap<u64, (usize, usize)>,
    rustc_hash::FxHashMap<u64, (usize, usize)>,
);

thread_local! {
    static LINES_SEEN: std::cell::Cell<SeenLines> = Default::default();
}

/// What [`emit`] knows of whether a quad repeats one of its document's
/// graph, so that the writer hashes only the lines that may.
#[derive(Clone, Copy)]
enum Line {
    /// It may repeat an earlier quad.
    Any,
    /// No quad before it is the same, and no later `Any` one is (a sentence
    /// node's: each node once, its subject no other subject).
    Unique,
    /// A quad of the evidence node whose IRI is made of `id`, the first
    /// node of that IRI when `fresh` (then it is `Unique`, except that a
    /// later node of the same IRI may repeat it).
    Evidence { id: u64, fresh: bool },
}

fn write_nquads_with(
    k: &Knowledge,
    x: &Extraction,
    out: &mut Vec<u8>,
    first: &mut rustc_hash::FxHashMap<u64, (usize, usize)>,
    blocks: &mut rustc_hash::FxHashMap<u64, (usize, usize)>,
) -> usize {
    let mut more: Vec<(u64, usize, usize)> = Vec::new();
    let mut n = 0;
    // The fresh evidence node being written: its id and its lines' bytes
    // (one after the other), put in `blocks` when another line comes.
    let mut open: Option<(u64, usize, usize)> = None;
    emit(k, x, &mut |q, kind| {
        use std::hash::BuildHasher;
        let start = out.len();
        write_nquad(q, out);
        let end = out.len();
        match kind {
            Line::Unique => {
                n += 1;
                return;
            }
            Line::Evidence { id, fresh: true } => {
                match &mut open {
                    Some((o, _, e)) if *o == id => *e = end,
                    _ => {
                        if let Some((o, a, b)) = open.replace((id, start, end)) {
                            blocks.insert(o, (a, b));
                        }
                    }
                }
                n += 1;
                return;
            }
            Line::Evidence { id, fresh: false } => {
                if let Some((o, a, b)) = open.take() {
                    blocks.insert(o, (a, b));
                }
                // (The node's first lines were not hashed: compared here.)
                if let Some(&(a, b)) = blocks.get(&id) {
                    let line = &out[start..end];
                    if out[a..b].split_inclusive(|&c| c == b'\n').any(|l| l == line) {
                        out.truncate(start);
                        return;
                    }
                }
            }
            Line::Any => {}
        }
        let line = &out[start..end];
        // (Hashed without the graph name and the final " .": the same for
        // every line of the document; lines are still compared whole.)
        let graph_len = match q.graph_name {
            oxigraph::model::GraphNameRef::NamedNode(g) => g.as_str().len() + 6,
            _ => 0,
        };
        let h = rustc_hash::FxBuildHasher.hash_one(&line[..line.len().saturating_sub(graph_len)]);
        let dup = match first.entry(h) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert((start, end));
                false
            }
            std::collections::hash_map::Entry::Occupied(o) => {
                let (a, b) = *o.get();
                let seen = out[a..b] == *line || more.iter().any(|&(mh, a, b)| mh == h && out[a..b] == *line);
                if !seen {
                    more.push((h, start, end));
                }
                seen
            }
        };
        if dup {
            out.truncate(start);
        } else {
            n += 1;
        }
    });
    n
}

/// The `vnkg:` and `xsd:` IRIs [`emit`] uses, written once per process
/// rather than once per document.
static TERM_IRIS: std::sync::OnceLock<rustc_hash::FxHashMap<(bool, &'static str), String>> = std::sync::OnceLock::new();

fn term_iris() -> &'static rustc_hash::FxHashMap<(bool, &'static str), String> {
    TERM_IRIS.get_or_init(|| {
        const VNKG_LOCALS: &[&str] = &[
            "Document",
            "fileName",
            "sha256",
            "mentions",
            "ordinal",
            "Sentence",
            "Rule",
            "sentence",
            "rule",
            "confidence",
            "spanStart",
            "spanEnd",
            "modality",
            "text",
            "startOffset",
            "endOffset",
            "inDocument",
            "factCount",
            "evidenceCount",
            "sentenceCount",
            "mentionCount",
        ];
        let vnkg = VNKG_LOCALS.iter().map(|&l| ((true, l), format!("{VNKG}{l}")));
        let xsd = ["integer", "decimal"]
            .into_iter()
            .map(|l| ((false, l), format!("{XSD}{l}")));
        vnkg.chain(xsd).collect()
    })
}

/// `vnkg:<local>` (from [`TERM_IRIS`] when it is there).
fn vnkg_iri(local: &'static str) -> std::borrow::Cow<'static, str> {
    match term_iris().get(&(true, local)) {
        Some(iri) => std::borrow::Cow::Borrowed(iri.as_str()),
        None => std::borrow::Cow::Owned(format!("{VNKG}{local}")),
    }
}

/// `xsd:<local>` (from [`TERM_IRIS`] when it is there).
fn xsd_iri(local: &'static str) -> std::borrow::Cow<'static, str> {
    match term_iris().get(&(false, local)) {
        Some(iri) => std::borrow::Cow::Borrowed(iri.as_str()),
        None => std::borrow::Cow::Owned(format!("{XSD}{local}")),
    }
}

thread_local! {
    /// Rule IRIs and confidence texts this thread has written already (pure
    /// functions of the rule's name and of the number): every document
    /// names the same dozen rules.
    static RULE_IRIS: std::cell::RefCell<rustc_hash::FxHashMap<String, std::rc::Rc<str>>> = Default::default();
    static CONFIDENCE_TEXTS: std::cell::RefCell<rustc_hash::FxHashMap<u32, std::rc::Rc<str>>> = Default::default();
}

/// [`rule_iri`], remembered per thread.
fn memo_rule_iri(name: &str) -> std::rc::Rc<str> {
    RULE_IRIS.with_borrow_mut(|m| {
        if let Some(iri) = m.get(name) {
            return iri.clone();
        }
        let iri: std::rc::Rc<str> = rule_iri(name).into();
        m.insert(name.to_string(), iri.clone());
        iri
    })
}

/// [`confidence_text`], remembered per thread.
fn memo_confidence_text(c: f32) -> std::rc::Rc<str> {
    CONFIDENCE_TEXTS.with_borrow_mut(|m| {
        m.entry(c.to_bits())
            .or_insert_with(|| confidence_text(c).into())
            .clone()
    })
}

/// Appends `n` in decimal (what `write!(s, "{n}")` writes).
fn push_decimal(s: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.extend(digits[i..].iter().map(|&d| char::from(d)));
}

/// Calls `sink` with every quad of one document's graph, in order,
/// duplicates included (terms borrowed: nothing is allocated per quad).
fn emit(k: &Knowledge, x: &Extraction, sink: &mut dyn FnMut(QuadRef<'_>, Line)) {
    use oxigraph::model::{LiteralRef, NamedNodeRef, NamedOrBlankNodeRef, TermRef};
    fn nr(iri: &str) -> NamedNodeRef<'_> {
        NamedNodeRef::new_unchecked(iri)
    }
    let doc_s = doc_iri(&x.doc.key);
    let doc = nr(&doc_s);
    let g = GraphNameRef::NamedNode(doc);
    // A macro, not a closure: each quad's terms borrow for that call only.
    macro_rules! push {
        ($s:expr, $p:expr, $o:expr $(,)?) => {
            push!(@Line::Any; $s, $p, $o)
        };
        (@$line:expr; $s:expr, $p:expr, $o:expr $(,)?) => {{
            let (s, o): (NamedOrBlankNodeRef<'_>, TermRef<'_>) = ($s, $o);
            sink(QuadRef::new(s, $p, o, g), $line)
        }};
    }
    let rdf_type = nr(RDF_TYPE);
    let v = vnkg_iri;
    let (c_document, p_file_name, p_sha256) = (v("Document"), v("fileName"), v("sha256"));

    // The document.
    push!(doc.into(), rdf_type, nr(&c_document).into());
    push!(
        doc.into(),
        nr(&p_file_name),
        LiteralRef::new_simple_literal(&x.doc.file_name).into(),
    );
    push!(
        doc.into(),
        nr(&p_sha256),
        LiteralRef::new_simple_literal(&x.doc.sha256).into(),
    );
    if let Some(t) = &x.doc.title {
        push!(doc.into(), nr(DCTERMS_TITLE), LiteralRef::new_simple_literal(t).into());
    }
    if let Some(d) = &x.doc.date {
        let (value, dt) = (d.to_string(), format!("{XSD}{}", d.xsd_type()));
        push!(
            doc.into(),
            nr(DCTERMS_DATE),
            LiteralRef::new_typed_literal(&value, nr(&dt)).into(),
        );
    }
    if let Some(u) = &x.doc.url {
        if let Ok(n) = NamedNodeRef::new(u) {
            push!(doc.into(), nr(DCTERMS_SOURCE), n.into());
        }
    }

    // (What `entity_iri` gives, a gazetteer entity's borrowed.)
    let iris: Vec<std::borrow::Cow<'_, str>> = x
        .entities
        .iter()
        .map(|e| match &e.id {
            EntityId::Known(i) => std::borrow::Cow::Borrowed(k.gazetteer.get(*i).iri.as_str()),
            EntityId::Minted { dir, key } => std::borrow::Cow::Owned(minted_iri(dir, key)),
        })
        .collect();
    // Entities that are mentioned, or take part in a fact (in the order of
    // their local ids).
    let mut is_used = vec![false; x.entities.len()];
    for m in &x.mentions {
        if let MentionKind::Entity(l) = m.kind {
            is_used[l] = true;
        }
    }
    for f in &x.facts {
        is_used[f.subject] = true;
        if let Object::Entity(o) = f.object {
            is_used[o] = true;
        }
    }
    let used = (0..is_used.len()).filter(|&l| is_used[l]);
    let post = k.vocab.post;
    let (p_mentions, p_ordinal) = (v("mentions"), v("ordinal"));
    let (xsd_integer, xsd_decimal) = (xsd_iri("integer"), xsd_iri("decimal"));
    // (The sets below are sized for what they can hold at most, so that
    // they never grow: at most one entry per entity, or per fact.)
    let mut mentioned: rustc_hash::FxHashSet<&str> =
        rustc_hash::FxHashSet::with_capacity_and_hasher(x.entities.len(), Default::default());
    for l in used {
        let e = &x.entities[l];
        let iri = nr(&iris[l]);
        // Named entities are `vnkg:mentions`; topics are what the document is
        // about (`dcterms:subject`); posts are reached through people.
        if e.class != post && mentioned.insert(iri.as_str()) {
            let p = if k.ontology.is_a(e.class, k.vocab.topic) {
                nr(DCTERMS_SUBJECT)
            } else {
                nr(&p_mentions)
            };
            push!(doc.into(), p, iri.into());
        }
        if let EntityId::Minted { .. } = e.id {
            push!(iri.into(), rdf_type, nr(&k.ontology.class(e.class).iri).into());
            push!(
                iri.into(),
                nr(SKOS_PREF_LABEL),
                LiteralRef::new_simple_literal(&e.label).into(),
            );
            if e.class == post {
                push!(
                    iri.into(),
                    nr(RDFS_LABEL),
                    LiteralRef::new_simple_literal(&e.label).into(),
                );
            }
            for a in &e.alt_labels {
                push!(iri.into(), nr(SKOS_ALT_LABEL), LiteralRef::new_simple_literal(a).into());
            }
            if let Some(n) = e.ordinal {
                let n = n.to_string();
                push!(
                    iri.into(),
                    nr(&p_ordinal),
                    LiteralRef::new_typed_literal(&n, nr(&xsd_integer)).into(),
                );
            }
        }
    }

    // Facts, with one evidence node per (fact, sentence, rule). The terms
    // every evidence node uses are built once, and each rule's once per
    // document.
    let c_sentence = v("Sentence");
    let c_rule = v("Rule");
    let (p_subject, p_predicate, p_object) = (nr(RDF_SUBJECT), nr(RDF_PREDICATE), nr(RDF_OBJECT));
    let (p_sentence, p_rule, p_confidence) = (v("sentence"), v("rule"), v("confidence"));
    let (p_span_start, p_span_end, p_modality) = (v("spanStart"), v("spanEnd"), v("modality"));
    let (p_text, p_start_offset, p_end_offset, p_in_document) =
        (v("text"), v("startOffset"), v("endOffset"), v("inDocument"));
    let chars = CharIndex::new(&x.text);
    // Evidence and sentence nodes are named below the document's IRI
    // (`<doc>/ev/…`, `<doc>/s…`), and no other subject is (the document's,
    // the rules', `vnr:rule/…`, and the entities', unless an entity's IRI
    // is below it): then their quads repeat no other, and are not hashed.
    let own_subjects = {
        let below =
            |iri: &str| iri.len() > doc_s.len() && iri.starts_with(&*doc_s) && iri.as_bytes()[doc_s.len()] == b'/';
        !iris.iter().any(|i| below(i))
    };
    let mut sentences_used: BTreeMap<usize, String> = BTreeMap::new();
    // The facts (by IRI: two local entities may share one) and the evidence
    // nodes (by the hash their IRI is made of) written so far.
    // (An entity object by its IRI, a date by its written form: the two
    // never write alike, so this is equality of the written objects.)
    let mut seen_triples: rustc_hash::FxHashSet<(&str, &str, Result<&str, String>)> =
        rustc_hash::FxHashSet::with_capacity_and_hasher(x.facts.len(), Default::default());
    let mut evidence_nodes: rustc_hash::FxHashSet<u64> =
        rustc_hash::FxHashSet::with_capacity_and_hasher(x.facts.len(), Default::default());
    // Rule name → its node and its default confidence (the number's bits,
    // and as written).
    type RuleTerms = (std::rc::Rc<str>, Option<(u32, std::rc::Rc<str>)>);
    let mut rules: rustc_hash::FxHashMap<&str, RuleTerms> = rustc_hash::FxHashMap::default();
    let mut evi = String::with_capacity(doc_s.len() + 20);
    let (mut date_value, mut date_type) = (String::new(), String::with_capacity(XSD.len() + 10));
    let mut num = String::new();
    let mut okey = String::new();
    for f in &x.facts {
        use std::fmt::Write;
        let s = nr(&iris[f.subject]);
        let p = nr(&k.ontology.prop(f.relation).iri);
        let o: TermRef<'_> = match &f.object {
            Object::Entity(l) => nr(&iris[*l]).into(),
            Object::Date(d) => {
                date_value.clear();
                let _ = write!(date_value, "{d}");
                date_type.clear();
                date_type.push_str(XSD);
                date_type.push_str(d.xsd_type());
                LiteralRef::new_typed_literal(&date_value, nr(&date_type)).into()
            }
        };
        // The object as N-Triples writes it (what `Term`'s Display gives; a
        // date's value needs no escape).
        okey.clear();
        match &f.object {
            Object::Entity(l) => {
                okey.push('<');
                okey.push_str(&iris[*l]);
                okey.push('>');
            }
            Object::Date(_) => {
                okey.push('"');
                okey.push_str(&date_value);
                okey.push_str("\"^^<");
                okey.push_str(&date_type);
                okey.push('>');
            }
        }
        let object_key = match &f.object {
            Object::Entity(l) => Ok(&*iris[*l]),
            Object::Date(_) => Err(okey.clone()),
        };
        if seen_triples.insert((s.as_str(), p.as_str(), object_key)) {
            push!(s.into(), p, o);
        }
        let ev = &f.evidence;
        let sent_iri = sentences_used.entry(ev.sentence).or_insert_with(|| {
            let mut iri = String::with_capacity(doc.as_str().len() + 8);
            iri.push_str(doc.as_str());
            iri.push_str("/s");
            push_decimal(&mut iri, ev.sentence);
            iri
        });
        let mut h = Sha256::new();
        h.update(s.as_str());
        h.update([0]);
        h.update(p.as_str());
        h.update([0]);
        h.update(&okey);
        h.update([0]);
        h.update(ev.sentence.to_le_bytes());
        h.update(ev.rule.as_bytes());
        let digest = h.finalize();
        let mut id = [0u8; 8];
        id.copy_from_slice(&digest[..8]);
        let ev_id = u64::from_le_bytes(id);
        let fresh = evidence_nodes.insert(ev_id);
        let ev_line = match own_subjects {
            true => Line::Evidence { id: ev_id, fresh },
            false => Line::Any,
        };
        evi.clear();
        evi.push_str(doc.as_str());
        evi.push_str("/ev/");
        for b in &id {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            evi.push(char::from(HEX[usize::from(b >> 4)]));
            evi.push(char::from(HEX[usize::from(b & 15)]));
        }
        let (rule_node, default) = rules.entry(&*ev.rule).or_insert_with(|| {
            let default = k
                .rule_defaults
                .get(&*ev.rule)
                .map(|c| (c.to_bits(), memo_confidence_text(*c)));
            (memo_rule_iri(&ev.rule), default)
        });
        let rule_node = nr(rule_node);
        // The confidence is written only when its text differs from the
        // rule's default (the same number needs no formatting).
        let (stated, confidence) = match default {
            Some((bits, _)) if *bits == ev.confidence.to_bits() => (false, String::new()),
            Some((_, text)) => {
                let c = confidence_text(ev.confidence);
                (**text != *c, c)
            }
            None => (true, confidence_text(ev.confidence)),
        };
        if default.is_none() {
            // A rule the ontology graph lacks (not in rules.txt, not a
            // built-in one): its graph names it (written once, duplicates
            // are dropped by the callers).
            push!(rule_node.into(), rdf_type, nr(&c_rule).into());
            push!(
                rule_node.into(),
                nr(RDFS_LABEL),
                LiteralRef::new_simple_literal(&ev.rule).into(),
            );
        }
        let evn: NamedOrBlankNodeRef<'_> = nr(&evi).into();
        push!(@ev_line; evn, p_subject, s.into());
        push!(@ev_line; evn, p_predicate, p.into());
        push!(@ev_line; evn, p_object, o);
        push!(@ev_line; evn, nr(&p_sentence), nr(sent_iri).into());
        push!(@ev_line; evn, nr(&p_rule), rule_node.into());
        if stated {
            push!(@ev_line;
                evn,
                nr(&p_confidence),
                LiteralRef::new_typed_literal(&confidence, nr(&xsd_decimal)).into(),
            );
        }
        num.clear();
        push_decimal(&mut num, chars.char_offset(ev.span.start));
        push!(@ev_line;
            evn,
            nr(&p_span_start),
            LiteralRef::new_typed_literal(&num, nr(&xsd_integer)).into(),
        );
        num.clear();
        push_decimal(&mut num, chars.char_offset(ev.span.end));
        push!(@ev_line;
            evn,
            nr(&p_span_end),
            LiteralRef::new_typed_literal(&num, nr(&xsd_integer)).into(),
        );
        if ev.modality != Modality::Asserted {
            push!(@ev_line;
                evn,
                nr(&p_modality),
                LiteralRef::new_simple_literal(ev.modality.as_str()).into(),
            );
        }
    }
    let sn_line = match own_subjects {
        true => Line::Unique,
        false => Line::Any,
    };
    for (si, node) in &sentences_used {
        let span = x.sentences[*si];
        let sn: NamedOrBlankNodeRef<'_> = nr(node).into();
        push!(@sn_line; sn, rdf_type, nr(&c_sentence).into());
        push!(@sn_line;
            sn,
            nr(&p_text),
            LiteralRef::new_simple_literal(&x.text[span.start..span.end]).into(),
        );
        num.clear();
        push_decimal(&mut num, chars.char_offset(span.start));
        push!(@sn_line;
            sn,
            nr(&p_start_offset),
            LiteralRef::new_typed_literal(&num, nr(&xsd_integer)).into(),
        );
        num.clear();
        push_decimal(&mut num, chars.char_offset(span.end));
        push!(@sn_line;
            sn,
            nr(&p_end_offset),
            LiteralRef::new_typed_literal(&num, nr(&xsd_integer)).into(),
        );
        push!(@sn_line; sn, nr(&p_in_document), doc.into());
    }

    // What the graph holds, counted once here so that listing documents
    // (`queries/documents.rq`) reads four numbers instead of aggregating
    // every evidence node of the store. They live in the document's own
    // graph, so replacing or removing the document replaces or removes
    // them with it.
    for (local, n) in [
        ("factCount", seen_triples.len()),
        ("evidenceCount", evidence_nodes.len()),
        ("sentenceCount", sentences_used.len()),
        ("mentionCount", mentioned.len()),
    ] {
        let p = v(local);
        num.clear();
        push_decimal(&mut num, n);
        push!(
            doc.into(),
            nr(&p),
            LiteralRef::new_typed_literal(&num, nr(&xsd_integer)).into(),
        );
    }
}

/// Appends one quad in N-Quads to `out`, byte for byte what Oxigraph's
/// N-Quads serializer writes (`<s> <p> o <g> .` and a line feed, literals
/// escaped as `oxrdf` escapes them), without going through `fmt`: the
/// serializer cost more than a fifth of `vnkg extract`.
pub fn write_nquad(q: oxigraph::model::QuadRef<'_>, out: &mut Vec<u8>) {
    use oxigraph::model::{GraphNameRef, NamedOrBlankNodeRef, TermRef};
    use std::io::Write;
    match q.subject {
        NamedOrBlankNodeRef::NamedNode(n) => iri(n.as_str(), out),
        other => {
            let _ = write!(out, "{other}");
        }
    }
    out.push(b' ');
    iri(q.predicate.as_str(), out);
    out.push(b' ');
    match q.object {
        TermRef::NamedNode(n) => iri(n.as_str(), out),
        TermRef::Literal(l) if l.language().is_none() => {
            quoted(l.value(), out);
            let dt = l.datatype().as_str();
            if dt != XSD_STRING {
                out.extend_from_slice(b"^^");
                iri(dt, out);
            }
        }
        other => {
            let _ = write!(out, "{other}");
        }
    }
    match q.graph_name {
        GraphNameRef::DefaultGraph => {}
        GraphNameRef::NamedNode(n) => {
            out.push(b' ');
            iri(n.as_str(), out);
        }
        other => {
            let _ = write!(out, " {other}");
        }
    }
    out.extend_from_slice(b" .\n");
}

const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";

#[inline]
fn iri(s: &str, out: &mut Vec<u8>) {
    out.push(b'<');
    out.extend_from_slice(s.as_bytes());
    out.push(b'>');
}

/// A string literal's value in quotes, escaped as `oxrdf::print_quoted_str`
/// does (control characters, `"`, `\`, U+007F, U+FFFE and U+FFFF).
fn quoted(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    // (A byte is looked up in a table: the test runs over every byte of
    // every sentence's text.)
    static ESCAPED: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 256 {
            t[b] = b < 0x20 || b == b'"' as usize || b == b'\\' as usize || b == 0x7F || b == 0xEF;
            b += 1;
        }
        t
    };
    let plain = !s.bytes().any(|b| ESCAPED[usize::from(b)]);
    if plain {
        out.extend_from_slice(s.as_bytes());
    } else {
        let mut buf = [0u8; 4];
        for c in s.chars() {
            match c {
                '\u{8}' => out.extend_from_slice(b"\\b"),
                '\t' => out.extend_from_slice(b"\\t"),
                '\n' => out.extend_from_slice(b"\\n"),
                '\u{C}' => out.extend_from_slice(b"\\f"),
                '\r' => out.extend_from_slice(b"\\r"),
                '"' => out.extend_from_slice(b"\\\""),
                '\\' => out.extend_from_slice(b"\\\\"),
                '\0'..='\u{1F}' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}' => {
                    use std::io::Write;
                    let _ = write!(out, "\\u{:04X}", u32::from(c));
                }
                _ => out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes()),
            }
        }
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::{RdfFormat, RdfSerializer};
    use oxigraph::model::{BlankNode, Term};

    /// A rule's IRI is valid whatever its name, and gives the name back.
    #[test]
    fn rule_iris_round_trip() {
        for name in [
            "party-to.party",
            "event.numbered",
            "a b<c>\"{x}|^`\\",
            "quy-tắc.1",
            "100%",
        ] {
            let iri = rule_iri(name);
            assert!(NamedNode::new(iri.as_str()).is_ok(), "{iri}");
            assert_eq!(rule_name(&iri).as_deref(), Some(name));
        }
        assert_eq!(rule_iri("party-to.party"), format!("{VNR}rule/party-to.party"));
        assert_eq!(rule_name("https://example.org/rule/x"), None);
    }

    /// `write_nquad` writes what Oxigraph's serializer writes, escapes included.
    #[test]
    fn nquads_as_oxigraph_writes_them() {
        let g = GraphName::NamedNode(nn("http://example.org/g"));
        let s = nn("http://example.org/s");
        let p = nn("http://example.org/p");
        let objects: Vec<Term> = vec![
            nn("http://example.org/o").into(),
            Literal::new_simple_literal("plain Hà Nội").into(),
            Literal::new_simple_literal(
                "quote \" back \\ tab \t nl \n cr \r bs \u{8} ff \u{C} nul \0 del \u{7F} \u{FFFE}\u{FFFF} \u{FFFD}",
            )
            .into(),
            typed("42", "integer").into(),
            Literal::new_typed_literal("a\"b", nn("http://www.w3.org/2001/XMLSchema#string")).into(),
            Literal::new_language_tagged_literal_unchecked("xin chào", "vi").into(),
            BlankNode::new_unchecked("b1").into(),
        ];
        let mut quads = Vec::new();
        for o in objects {
            quads.push(Quad::new(s.clone(), p.clone(), o.clone(), g.clone()));
            quads.push(Quad::new(
                BlankNode::new_unchecked("x"),
                p.clone(),
                o.clone(),
                GraphName::DefaultGraph,
            ));
        }
        let mut expected = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
        let mut got = Vec::new();
        for q in &quads {
            expected.serialize_quad(q).unwrap();
            write_nquad(q.as_ref(), &mut got);
        }
        let expected = expected.finish().unwrap();
        assert_eq!(String::from_utf8(got).unwrap(), String::from_utf8(expected).unwrap());
    }
}
