//! Who may open an on-disk store at the same time: one writer (`ingest`,
//! `remove`, …) or any number of readers (`query`, `export`, `stats`, …),
//! never both. RocksDB itself lets only one process open a store for
//! writing, and opening it read-only while another process writes is
//! undefined behaviour, so every vnkg process first takes an advisory lock
//! on `<store>/vnkg.lock`: exclusive for a writer, shared for a reader, and
//! never waits for it. A writer also leaves `<store>/vnkg.owner` (its pid,
//! command line and start time) so that whoever is refused can say by whom.
//! The lock goes with the process, however it ends; an owner file left by a
//! killed writer names a dead pid and is ignored.

use crate::error::{Error, Result};
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// The lock file inside a store folder.
pub const LOCK_FILE: &str = "vnkg.lock";
/// The file naming the writer that holds a store.
pub const OWNER_FILE: &str = "vnkg.owner";

/// What a process wants to do with a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Change it: exclusive.
    Write,
    /// Read it: shared with other readers, never next to a writer.
    Read,
}

/// A held lock; released (and the owner file removed) on drop.
#[derive(Debug)]
pub struct StoreLock {
    _file: File,
    owner: Option<PathBuf>,
}

/// The writer named by an owner file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub pid: u32,
    pub command: String,
    /// Seconds since the Unix epoch.
    pub started: u64,
}

impl Owner {
    fn parse(text: &str) -> Option<Owner> {
        let mut pid = None;
        let mut command = String::new();
        let mut started = 0;
        for line in text.lines() {
            let (k, v) = line.split_once(' ').unwrap_or((line, ""));
            match k {
                "pid" => pid = v.trim().parse().ok(),
                "command" => command = v.to_string(),
                "started" => started = v.trim().parse().unwrap_or(0),
                _ => {}
            }
        }
        Some(Owner {
            pid: pid?,
            command,
            started,
        })
    }

    /// "`vnkg ingest docs` (pid 4242, for 12 s)".
    pub fn describe(&self) -> String {
        let cmd = if self.command.is_empty() {
            "a vnkg process".to_string()
        } else {
            format!("`{}`", self.command)
        };
        let age = now().saturating_sub(self.started);
        if self.started > 0 {
            format!("{cmd} (pid {}, for {age} s)", self.pid)
        } else {
            format!("{cmd} (pid {})", self.pid)
        }
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Whether a process with this pid exists (always true where that cannot
/// be told).
fn alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

/// The live writer named in `<dir>/vnkg.owner`, if any.
pub fn owner(dir: &Path) -> Option<Owner> {
    let text = std::fs::read_to_string(dir.join(OWNER_FILE)).ok()?;
    Owner::parse(&text).filter(|o| alive(o.pid))
}

impl StoreLock {
    /// Takes the lock of the store folder `dir` (which must exist) at once,
    /// or fails with [`Error::StoreInUse`] saying who holds it.
    pub fn acquire(dir: &Path, access: Access) -> Result<Self> {
        let path = dir.join(LOCK_FILE);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        let res = match access {
            Access::Write => file.try_lock(),
            Access::Read => file.try_lock_shared(),
        };
        match res {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(Error::StoreInUse {
                    path: dir.to_path_buf(),
                    message: in_use_message(dir, access),
                })
            }
            Err(TryLockError::Error(e)) => return Err(Error::io(&path, e)),
        }
        let owner = match access {
            Access::Read => None,
            Access::Write => {
                let p = dir.join(OWNER_FILE);
                // The command as typed, with the program's file name only.
                let command: Vec<String> = std::env::args()
                    .enumerate()
                    .map(|(i, a)| match (i, Path::new(&a).file_name()) {
                        (0, Some(n)) => n.to_string_lossy().to_string(),
                        _ => a.replace(['\n', '\r'], " "),
                    })
                    .collect();
                let text = format!(
                    "pid {}\ncommand {}\nstarted {}\n",
                    std::process::id(),
                    command.join(" "),
                    now()
                );
                // Best effort: the lock is what protects the store.
                std::fs::write(&p, text).ok().map(|()| p)
            }
        };
        Ok(StoreLock { _file: file, owner })
    }
}

fn in_use_message(dir: &Path, access: Access) -> String {
    if let Some(who) = crate::store::ServeMarker::holder(dir) {
        return format!(
            "in use by `vnkg serve` ({who}); only one process may open a store at a time: \
             stop the server first, or query it over HTTP"
        );
    }
    match (owner(dir), access) {
        (Some(o), Access::Write) => format!(
            "in use by another vnkg process: {} is writing it; only one process may change a store at a time — wait for it to finish",
            o.describe()
        ),
        (Some(o), Access::Read) => format!(
            "in use by another vnkg process: {} is writing it, and reading a store while another process writes it is not safe — run this again when it has finished",
            o.describe()
        ),
        (None, _) => "in use by another vnkg process reading it (query, export, stats, …); a store cannot be changed while it is read — run this again when they have finished".to_string(),
    }
}

impl Drop for StoreLock {
    fn drop(&mut self) {
        if let Some(p) = &self.owner {
            // Only our own record: a later writer may have replaced it.
            if std::fs::read_to_string(p)
                .ok()
                .and_then(|t| Owner::parse(&t))
                .is_some_and(|o| o.pid == std::process::id())
            {
                let _ = std::fs::remove_file(p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_file_round_trips() {
        let o = Owner::parse("pid 42\ncommand vnkg ingest docs\nstarted 7\n").unwrap();
        assert_eq!(
            o,
            Owner {
                pid: 42,
                command: "vnkg ingest docs".into(),
                started: 7
            }
        );
        assert!(Owner::parse("command x\n").is_none());
    }

    #[test]
    fn one_writer_or_many_readers() {
        let dir = tempfile::tempdir().unwrap();
        let w = StoreLock::acquire(dir.path(), Access::Write).unwrap();
        let o = owner(dir.path()).expect("the writer is named");
        assert_eq!(o.pid, std::process::id());
        let e = StoreLock::acquire(dir.path(), Access::Read).unwrap_err().to_string();
        assert!(
            e.contains("is writing it") && e.contains(&format!("pid {}", o.pid)),
            "{e}"
        );
        assert!(StoreLock::acquire(dir.path(), Access::Write).is_err());
        drop(w);
        assert!(owner(dir.path()).is_none(), "the owner file goes with the lock");
        let r1 = StoreLock::acquire(dir.path(), Access::Read).unwrap();
        let _r2 = StoreLock::acquire(dir.path(), Access::Read).unwrap();
        let e = StoreLock::acquire(dir.path(), Access::Write).unwrap_err().to_string();
        assert!(e.contains("reading it"), "{e}");
        drop(r1);
    }
}
