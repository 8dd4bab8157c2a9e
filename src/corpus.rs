//! The corpus stage: finding the documents under the paths a user gives,
//! reading their bytes, checking that they are UTF-8 text, computing their
//! sha256, and reading the `metadata.tsv` sidecar beside them.
//!
//! Knows nothing of text analysis or RDF.

use crate::error::{Error, Result};
use crate::fact::{DocInfo, PartialDate};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// File extensions read as documents.
pub const EXTENSIONS: [&str; 3] = ["txt", "md", "markdown"];

/// One row of `metadata.tsv`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub date: Option<PartialDate>,
    pub title: Option<String>,
    pub url: Option<String>,
}

/// A document found on disk, not read yet.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    /// Path relative to the folder given (or the file name), `/`-separated.
    pub key: String,
    pub meta: Meta,
}

/// What walking the paths found.
#[derive(Debug, Default)]
pub struct Walk {
    pub sources: Vec<Source>,
    /// Files skipped (not a document type), with the reason.
    pub skipped: Vec<(PathBuf, String)>,
    /// Problems that are not fatal: unreadable folders, bad metadata rows.
    pub problems: Vec<String>,
}

/// Parses a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date.
pub fn parse_date(s: &str) -> Option<PartialDate> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<i32>().ok())
            .flatten()
    };
    let d = match parts.as_slice() {
        [y] => PartialDate::year(num(y, 4)?),
        [y, m] => PartialDate::month(num(y, 4)?, num(m, 2)? as u8),
        [y, m, d] => PartialDate::day(num(y, 4)?, num(m, 2)? as u8, num(d, 2)? as u8),
        _ => return None,
    };
    d.is_valid().then_some(d)
}

/// Reads a `metadata.tsv`: header `file date title url` (any order; only
/// `file` is required). Bad rows are reported in `problems` and skipped.
pub fn read_metadata(path: &Path, problems: &mut Vec<String>) -> Result<BTreeMap<String, Meta>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse_metadata(&text, path, problems)
}

pub fn parse_metadata(text: &str, path: &Path, problems: &mut Vec<String>) -> Result<BTreeMap<String, Meta>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut lines = text.lines().enumerate();
    let Some((_, header)) = lines.next() else {
        return Ok(BTreeMap::new());
    };
    let cols: Vec<String> = header.split('\t').map(|c| c.trim().to_ascii_lowercase()).collect();
    let col = |name: &str| cols.iter().position(|c| c == name);
    let file_col = col("file").ok_or_else(|| Error::Syntax {
        path: path.to_path_buf(),
        line: 1,
        message: "the header has no `file` column (expected: file, date, title, url)".into(),
    })?;
    let (date_col, title_col, url_col) = (col("date"), col("title"), col("url"));
    let mut out = BTreeMap::new();
    for (n, line) in lines {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let get = |c: Option<usize>| c.and_then(|c| f.get(c)).map(|s| s.trim()).filter(|s| !s.is_empty());
        let Some(file) = get(Some(file_col)) else {
            problems.push(format!(
                "{}:{}: row without a file name, skipped",
                path.display(),
                n + 1
            ));
            continue;
        };
        if f.len() > cols.len() {
            problems.push(format!(
                "{}:{}: {} columns where the header has {}, row skipped",
                path.display(),
                n + 1,
                f.len(),
                cols.len()
            ));
            continue;
        }
        let date = match get(date_col) {
            Some(d) => match parse_date(d) {
                Some(d) => Some(d),
                None => {
                    problems.push(format!(
                        "{}:{}: date '{d}' is not YYYY, YYYY-MM or YYYY-MM-DD (or is not a real day); date ignored",
                        path.display(),
                        n + 1
                    ));
                    None
                }
            },
            None => None,
        };
        out.insert(
            file.to_string(),
            Meta {
                date,
                title: get(title_col).map(str::to_string),
                url: get(url_col).map(str::to_string),
            },
        );
    }
    Ok(out)
}

fn is_document(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Finds the documents under `paths` (files or folders, recursively), sorted
/// by key. Symbolic links to folders are followed once (no loops).
pub fn walk(paths: &[PathBuf]) -> Result<Walk> {
    let mut w = Walk::default();
    let mut seen_dirs: HashSet<PathBuf> = HashSet::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, e))?;
        if meta.is_dir() {
            walk_dir(p, p, &mut w, &mut seen_dirs);
        } else {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            if !is_document(p) {
                w.skipped.push((p.clone(), "not a .txt or .md file".into()));
                continue;
            }
            let dir = p.parent().unwrap_or(Path::new("."));
            let metas = sidecar(dir, &mut w.problems);
            w.sources.push(Source {
                path: p.clone(),
                meta: metas.get(&name).cloned().unwrap_or_default(),
                key: name,
            });
        }
    }
    w.sources.sort_by(|a, b| a.key.cmp(&b.key).then(a.path.cmp(&b.path)));
    w.sources.dedup_by(|a, b| a.path == b.path);
    Ok(w)
}

fn sidecar(dir: &Path, problems: &mut Vec<String>) -> BTreeMap<String, Meta> {
    let p = dir.join("metadata.tsv");
    if !p.exists() {
        return BTreeMap::new();
    }
    match read_metadata(&p, problems) {
        Ok(m) => m,
        Err(e) => {
            problems.push(format!("{e}; metadata of that folder ignored"));
            BTreeMap::new()
        }
    }
}

fn walk_dir(root: &Path, dir: &Path, w: &mut Walk, seen: &mut HashSet<PathBuf>) {
    let canon = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen.insert(canon) {
        return; // a symlink loop, or a folder reached twice
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            w.problems.push(format!("{}: {e}", dir.display()));
            return;
        }
    };
    let metas = sidecar(dir, &mut w.problems);
    // (With the type the folder listing gives, when it has one: a regular
    // file is not looked at again below.)
    // (Sorted by name: the paths differ only in their last component, which
    // the order of paths compares as bytes, as names are; comparing paths
    // component by component cost more than reading the folder.)
    let mut list: Vec<(std::ffi::OsString, PathBuf, Option<std::fs::FileType>)> = entries
        .filter_map(|e| e.ok().map(|e| (e.file_name(), e.path(), e.file_type().ok())))
        .collect();
    list.sort_by(|a, b| a.0.cmp(&b.0));
    // The documents' keys are this folder's and their names.
    let dir_key = key_of(root, dir);
    let key_in = |name: &str| match dir_key.is_empty() {
        true => name.to_string(),
        false => format!("{dir_key}/{name}"),
    };
    let mut listed: HashSet<String> = HashSet::new();
    // A document of this folder, with its metadata row.
    let add = |w: &mut Walk, listed: &mut HashSet<String>, name: &str, path: PathBuf| {
        listed.insert(name.to_string());
        w.sources.push(Source {
            meta: metas.get(name).cloned().unwrap_or_default(),
            key: key_in(name),
            path,
        });
    };
    for (_, p, file_type) in list {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        // A regular file (not a link) that is a document is one whatever
        // `metadata` would say: listed as below without asking for it (one
        // `statx` per document was a tenth of the kernel's time in `vnkg
        // extract`).
        if file_type.is_some_and(|t| t.is_file()) && name != "metadata.tsv" && is_document(&p) {
            add(w, &mut listed, &name, p);
            continue;
        }
        let md = match std::fs::metadata(&p) {
            Ok(m) => m,
            // A document that cannot even be looked at (a dangling link, no
            // permission) is still a document: reading it fails, and the
            // run counts it as failed.
            Err(_) if is_document(&p) => {
                add(w, &mut listed, &name, p);
                continue;
            }
            Err(e) => {
                w.problems.push(format!("{}: {e}", p.display()));
                continue;
            }
        };
        if md.is_dir() {
            walk_dir(root, &p, w, seen);
        } else if name == "metadata.tsv" {
            continue;
        } else if is_document(&p) {
            add(w, &mut listed, &name, p);
        } else {
            w.skipped.push((p, "not a .txt or .md file".into()));
        }
    }
    for name in metas.keys().filter(|n| !listed.contains(*n)) {
        w.problems.push(format!(
            "{}: a row for '{name}', which is not a document in this folder; row ignored",
            dir.join("metadata.tsv").display()
        ));
    }
}

/// The key of a document: its path relative to the folder given, `/`-separated.
fn key_of(root: &Path, p: &Path) -> String {
    let rel = p.strip_prefix(root).unwrap_or(p);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .collect::<Vec<_>>()
        .join("/")
}

/// Sets aside the sources whose key (hence document graph) another source
/// already has — the same relative path under two folders given at once —
/// with a message each: two files must never be written into one graph.
pub fn split_duplicate_keys(sources: Vec<Source>) -> (Vec<Source>, Vec<(PathBuf, String)>) {
    let mut keep: Vec<Source> = Vec::with_capacity(sources.len());
    let mut dup = Vec::new();
    for s in sources {
        match keep.last() {
            Some(prev) if prev.key == s.key => {
                let m = format!(
                    "{}: not ingested: {} has the same name ({}) and the two would be one document; ingest them separately or rename one",
                    s.path.display(),
                    prev.path.display(),
                    s.key
                );
                dup.push((s.path, m));
            }
            _ => keep.push(s),
        }
    }
    (keep, dup)
}

/// Hex sha256 of bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let h = Sha256::digest(bytes);
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(64);
    for b in h.iter() {
        s.push(char::from(HEX[usize::from(b >> 4)]));
        s.push(char::from(HEX[usize::from(b & 15)]));
    }
    s
}

/// Reads a document: its bytes must be UTF-8 text (a BOM is dropped, CRLF
/// kept as is), with no NUL byte and not empty.
pub fn read(src: &Source) -> Result<(DocInfo, String)> {
    read_at_most(src, u64::MAX)
}

/// [`read`], failing with [`Error::TooLarge`] (before reading it) when the
/// file has more than `max_bytes` bytes.
pub fn read_at_most(src: &Source, max_bytes: u64) -> Result<(DocInfo, String)> {
    use std::io::Read;
    let too_large = |size: u64| Error::TooLarge {
        path: src.path.clone(),
        size,
        max: max_bytes,
    };
    let file = std::fs::File::open(&src.path).map_err(|e| Error::io(&src.path, e))?;
    let size = file.metadata().map_err(|e| Error::io(&src.path, e))?.len();
    if size > max_bytes {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // A file that grows while it is read is still held to the limit.
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(&src.path, e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(bytes.len() as u64));
    }
    let sha256 = sha256_hex(&bytes);
    let text = decode(&src.path, bytes)?;
    let file_name = src
        .path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| src.key.clone());
    Ok((
        DocInfo {
            key: src.key.clone(),
            file_name,
            sha256,
            title: src.meta.title.clone(),
            date: src.meta.date,
            url: src.meta.url.clone(),
        },
        text,
    ))
}

/// Checks and decodes the bytes of a document.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    // (`contains` first: it is a `memchr`, and almost no file has a NUL.)
    if let Some(offset) = bytes.contains(&0).then(|| bytes.iter().position(|&b| b == 0)).flatten() {
        return Err(Error::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    let mut text = String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.starts_with('\u{FEFF}') {
        text.drain(..3);
    }
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_metadata() {
        assert_eq!(parse_date("2025"), Some(PartialDate::year(2025)));
        assert_eq!(parse_date("2025-05"), Some(PartialDate::month(2025, 5)));
        assert_eq!(parse_date("2025-05-19"), Some(PartialDate::day(2025, 5, 19)));
        assert_eq!(parse_date("2025-02-30"), None);
        assert_eq!(parse_date("May 2025"), None);
    }

    #[test]
    fn metadata_rows_and_problems() {
        let mut problems = Vec::new();
        let t = "file\tdate\ttitle\turl\na.txt\t2024\tA title\t\nb.txt\tnonsense\t\t\n\t2024\t\t\nc.txt\t\t\t\textra\n";
        let m = parse_metadata(t, Path::new("metadata.tsv"), &mut problems).unwrap();
        assert_eq!(m["a.txt"].date, Some(PartialDate::year(2024)));
        assert_eq!(m["a.txt"].title.as_deref(), Some("A title"));
        assert_eq!(m["b.txt"].date, None);
        assert!(!m.contains_key("c.txt"));
        assert_eq!(problems.len(), 3, "{problems:?}");
        let bad = parse_metadata("name\tdate\n", Path::new("m.tsv"), &mut problems);
        assert!(bad.is_err());
    }

    #[test]
    fn decoding_rejects_binary_and_bad_utf8() {
        let p = Path::new("x.txt");
        assert!(matches!(
            decode(p, b"ab\0c".to_vec()),
            Err(Error::Binary { offset: 2, .. })
        ));
        assert!(matches!(
            decode(p, vec![b'a', 0xff, b'b']),
            Err(Error::NotUtf8 { offset: 1, .. })
        ));
        assert!(matches!(decode(p, b"  \n".to_vec()), Err(Error::Empty { .. })));
        assert_eq!(decode(p, "\u{FEFF}Hi".as_bytes().to_vec()).unwrap(), "Hi");
    }
}
