//! The only place IRIs are minted: turns an [`Extraction`] into the quads of
//! the document's named graph (document node, mentions, new entities, facts,
//! evidence and sentences), following the evidence model documented in
//! `ontology/README.md`. Deterministic: the same document gives the same
//! quads on any machine, in any order of ingestion.

use crate::fact::*;
use crate::knowledge::Knowledge;
use crate::text::{slug, CharIndex};
use crate::vocab::*;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

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

/// The quads of one document's graph.
pub fn quads(k: &Knowledge, x: &Extraction) -> Vec<Quad> {
    let doc = nn(&doc_iri(&x.doc.key));
    let g = GraphName::NamedNode(doc.clone());
    let mut out: Vec<Quad> = Vec::new();
    let mut push = |s: NamedOrBlankNode, p: NamedNode, o: Term| out.push(Quad::new(s, p, o, g.clone()));
    let rdf_type = nn(RDF_TYPE);

    // The document.
    push(doc.clone().into(), rdf_type.clone(), vnkg("Document").into());
    push(
        doc.clone().into(),
        vnkg("fileName"),
        Literal::new_simple_literal(&x.doc.file_name).into(),
    );
    push(
        doc.clone().into(),
        vnkg("sha256"),
        Literal::new_simple_literal(&x.doc.sha256).into(),
    );
    if let Some(t) = &x.doc.title {
        push(
            doc.clone().into(),
            nn(DCTERMS_TITLE),
            Literal::new_simple_literal(t).into(),
        );
    }
    if let Some(d) = &x.doc.date {
        push(doc.clone().into(), nn(DCTERMS_DATE), date_literal(d).into());
    }
    if let Some(u) = &x.doc.url {
        if let Ok(n) = NamedNode::new(u) {
            push(doc.clone().into(), nn(DCTERMS_SOURCE), n.into());
        }
    }

    let iris: Vec<NamedNode> = x.entities.iter().map(|e| nn(&entity_iri(k, e))).collect();
    // Entities that are mentioned, or take part in a fact.
    let mut used: BTreeSet<usize> = BTreeSet::new();
    for m in &x.mentions {
        if let MentionKind::Entity(l) = m.kind {
            used.insert(l);
        }
    }
    for f in &x.facts {
        used.insert(f.subject);
        if let Object::Entity(o) = f.object {
            used.insert(o);
        }
    }
    let post = k.vocab.post;
    let mut mentioned: BTreeSet<&str> = BTreeSet::new();
    for &l in &used {
        let e = &x.entities[l];
        let iri = &iris[l];
        // Named entities are `vnkg:mentions`; topics are what the document is
        // about (`dcterms:subject`); posts are reached through people.
        if e.class != post && mentioned.insert(iri.as_str()) {
            let p = if k.ontology.is_a(e.class, k.vocab.topic) {
                nn(DCTERMS_SUBJECT)
            } else {
                vnkg("mentions")
            };
            push(doc.clone().into(), p, iri.clone().into());
        }
        if let EntityId::Minted { .. } = e.id {
            push(
                iri.clone().into(),
                rdf_type.clone(),
                nn(&k.ontology.class(e.class).iri).into(),
            );
            push(
                iri.clone().into(),
                nn(SKOS_PREF_LABEL),
                Literal::new_simple_literal(&e.label).into(),
            );
            if e.class == post {
                push(
                    iri.clone().into(),
                    nn(RDFS_LABEL),
                    Literal::new_simple_literal(&e.label).into(),
                );
            }
            for a in &e.alt_labels {
                push(
                    iri.clone().into(),
                    nn(SKOS_ALT_LABEL),
                    Literal::new_simple_literal(a).into(),
                );
            }
            if let Some(n) = e.ordinal {
                push(
                    iri.clone().into(),
                    vnkg("ordinal"),
                    typed(n.to_string(), "integer").into(),
                );
            }
        }
    }

    // Facts, with one evidence node per (fact, sentence, rule). The terms
    // every evidence node uses are built once, and each rule's once per
    // document.
    let t_sentence_class: Term = vnkg("Sentence").into();
    let (p_subject, p_predicate, p_object) = (nn(RDF_SUBJECT), nn(RDF_PREDICATE), nn(RDF_OBJECT));
    let (p_sentence, p_rule, p_confidence) = (vnkg("sentence"), vnkg("rule"), vnkg("confidence"));
    let (p_span_start, p_span_end, p_modality) = (vnkg("spanStart"), vnkg("spanEnd"), vnkg("modality"));
    let (p_text, p_start_offset, p_end_offset, p_in_document) =
        (vnkg("text"), vnkg("startOffset"), vnkg("endOffset"), vnkg("inDocument"));
    let xsd_integer = nn(&format!("{XSD}integer"));
    let xsd_decimal = nn(&format!("{XSD}decimal"));
    let integer = |n: usize| Literal::new_typed_literal(n.to_string(), xsd_integer.clone());
    let chars = CharIndex::new(&x.text);
    let mut sentences_used: BTreeMap<usize, NamedNode> = BTreeMap::new();
    let mut seen_triples: BTreeSet<(usize, u16, String)> = BTreeSet::new();
    // Rule name → its node and its default confidence as written.
    let mut rules: rustc_hash::FxHashMap<&str, (NamedNode, Option<String>)> = rustc_hash::FxHashMap::default();
    for f in &x.facts {
        let s = &iris[f.subject];
        let p = nn(&k.ontology.prop(f.relation).iri);
        let o: Term = match &f.object {
            Object::Entity(l) => iris[*l].clone().into(),
            Object::Date(d) => date_literal(d).into(),
        };
        let okey = o.to_string();
        if seen_triples.insert((f.subject, f.relation, okey.clone())) {
            push(s.clone().into(), p.clone(), o.clone());
        }
        let ev = &f.evidence;
        let sent_iri = sentences_used
            .entry(ev.sentence)
            .or_insert_with(|| nn(&format!("{}/s{}", doc.as_str(), ev.sentence)))
            .clone();
        let mut h = Sha256::new();
        h.update(s.as_str());
        h.update([0]);
        h.update(p.as_str());
        h.update([0]);
        h.update(&okey);
        h.update([0]);
        h.update(ev.sentence.to_le_bytes());
        h.update(ev.rule.as_bytes());
        let mut evi = String::with_capacity(doc.as_str().len() + 20);
        evi.push_str(doc.as_str());
        evi.push_str("/ev/");
        for b in &h.finalize()[..8] {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            evi.push(char::from(HEX[usize::from(b >> 4)]));
            evi.push(char::from(HEX[usize::from(b & 15)]));
        }
        let (rule_node, default) = rules.entry(&*ev.rule).or_insert_with(|| {
            let node = nn(&rule_iri(&ev.rule));
            let default = k.rule_defaults.get(&*ev.rule).map(|c| confidence_text(*c));
            (node, default)
        });
        let rule_node = rule_node.clone();
        let confidence = confidence_text(ev.confidence);
        let stated = default.as_deref() != Some(confidence.as_str());
        if default.is_none() {
            // A rule the ontology graph lacks (not in rules.txt, not a
            // built-in one): its graph names it (written once, duplicates
            // are dropped below).
            push(rule_node.clone().into(), rdf_type.clone(), vnkg("Rule").into());
            push(
                rule_node.clone().into(),
                nn(RDFS_LABEL),
                Literal::new_simple_literal(&*ev.rule).into(),
            );
        }
        let evn: NamedOrBlankNode = NamedNode::new_unchecked(evi).into();
        push(evn.clone(), p_subject.clone(), s.clone().into());
        push(evn.clone(), p_predicate.clone(), p.into());
        push(evn.clone(), p_object.clone(), o);
        push(evn.clone(), p_sentence.clone(), sent_iri.into());
        push(evn.clone(), p_rule.clone(), rule_node.into());
        if stated {
            push(
                evn.clone(),
                p_confidence.clone(),
                Literal::new_typed_literal(confidence, xsd_decimal.clone()).into(),
            );
        }
        push(
            evn.clone(),
            p_span_start.clone(),
            integer(chars.char_offset(ev.span.start)).into(),
        );
        push(
            evn.clone(),
            p_span_end.clone(),
            integer(chars.char_offset(ev.span.end)).into(),
        );
        if ev.modality != Modality::Asserted {
            push(
                evn,
                p_modality.clone(),
                Literal::new_simple_literal(ev.modality.as_str()).into(),
            );
        }
    }
    for (si, node) in sentences_used {
        let span = x.sentences[si];
        let sn: NamedOrBlankNode = node.into();
        push(sn.clone(), rdf_type.clone(), t_sentence_class.clone());
        push(
            sn.clone(),
            p_text.clone(),
            Literal::new_simple_literal(&x.text[span.start..span.end]).into(),
        );
        push(
            sn.clone(),
            p_start_offset.clone(),
            integer(chars.char_offset(span.start)).into(),
        );
        push(
            sn.clone(),
            p_end_offset.clone(),
            integer(chars.char_offset(span.end)).into(),
        );
        push(sn, p_in_document.clone(), doc.clone().into());
    }
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
    let plain = s
        .bytes()
        .all(|b| b >= 0x20 && b != b'"' && b != b'\\' && b != 0x7F && b != 0xEF);
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
    use oxigraph::model::BlankNode;

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
