//! Typed errors of the library. The binary adds context (which command, which
//! file) with `anyhow`; the library says exactly what went wrong and where.

use std::path::PathBuf;

/// Every error the library reports.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 { path: PathBuf, offset: usize },
    #[error("{path}: looks like a binary file (NUL byte at offset {offset})")]
    Binary { path: PathBuf, offset: usize },
    #[error("{path}: empty document")]
    Empty { path: PathBuf },
    #[error("{path}:{line}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("rule '{rule}' ({path}): {message}")]
    Rule {
        path: PathBuf,
        rule: String,
        message: String,
    },
    #[error("store {path}: {message}")]
    StoreInUse { path: PathBuf, message: String },
    #[error("store: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error("SPARQL syntax: {0}")]
    QuerySyntax(String),
    #[error("SPARQL evaluation: {0}")]
    QueryEvaluation(String),
    #[error("the query was stopped after {seconds} s (--timeout); narrow it or give it more time")]
    QueryTimeout { seconds: f64 },
    #[error("{path}: {size} bytes, more than the largest document allowed ({max} bytes; see --max-document-mb)")]
    TooLarge { path: PathBuf, size: u64, max: u64 },
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
