//! vnkg builds a knowledge graph of Viet Nam's international crime-prevention
//! and criminal-justice cooperation from statements and news articles, with no
//! network and no language model.
//!
//! The pipeline is a straight line, one module per stage:
//!
//! ```text
//! corpus ─► text ─► gazetteer ─► extract (dates, events, people, rules) ─► rdf ─► store ─► query / export
//! ```
//!
//! [`fact::Fact`] is the currency between extraction and the `rdf` stage;
//! `knowledge` loads what `ontology/` holds (ontology, gazetteer, rules).

pub mod corpus;
pub mod error;
pub mod eval;
pub mod explain;
pub mod export;
pub mod extract;
pub mod fact;
pub mod gazetteer;
pub mod graph;
pub mod ingest;
pub mod knowledge;
pub mod load;
pub mod lock;
pub mod ontology;
pub mod push;
pub mod query;
pub mod rdf;
pub mod rules;
pub mod serve;
pub mod stats;
pub mod store;
pub mod text;
pub mod vocab;

pub use error::{Error, Result};
