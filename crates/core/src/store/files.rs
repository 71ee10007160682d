//! The names of everything the store writes. Every one lives in the data directory and starts
//! with `privacyapp.`, so "delete all my data" can find them all without knowing how they came
//! to be, and nothing else in that directory is ever mistaken for the store's.
//!
//! - `privacyapp.sqlite3`, with SQLite's `-wal`, `-shm` and `-journal` beside it;
//! - `privacyapp.snapshot-<unix-millis>.sqlite3`: a daily copy to restore from;
//! - `privacyapp.quarantined-<unix-millis>.sqlite3` (and its sidecars): a damaged database,
//!   set aside, never deleted;
//! - `privacyapp.*.tmp`: a copy being written; a crash can leave one behind.

use std::path::{Path, PathBuf};

use super::DATABASE_FILE;

/// What every file of the store starts with.
pub const PREFIX: &str = "privacyapp.";

/// The files SQLite keeps beside a database. A stale one must travel with its database: left
/// behind, SQLite would replay it onto whatever database next takes that name.
pub const SIDECAR_SUFFIXES: [&str; 3] = ["-wal", "-shm", "-journal"];

const SNAPSHOT_STEM: &str = "privacyapp.snapshot-";
const QUARANTINE_STEM: &str = "privacyapp.quarantined-";
const DATABASE_EXTENSION: &str = ".sqlite3";
const TEMP_EXTENSION: &str = ".tmp";

/// Where a restored snapshot is copied before it is renamed into place, so a crash halfway
/// never leaves half a database under the real name.
pub const RESTORE_TEMP_FILE: &str = "privacyapp.restoring.tmp";

/// Every existing file in `data_dir` that belongs to the store. A missing directory holds none.
pub fn store_files(data_dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let entries = match std::fs::read_dir(data_dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry?;
        let is_ours = entry
            .file_name()
            .to_str()
            .is_some_and(|name| name.starts_with(PREFIX));
        if is_ours && !entry.file_type()?.is_dir() {
            files.push(entry.path());
        }
    }
    files.sort();
    Ok(files)
}

/// The path of the snapshot taken at `millis`.
pub fn snapshot_path(data_dir: &Path, millis: u64) -> PathBuf {
    data_dir.join(format!("{SNAPSHOT_STEM}{millis}{DATABASE_EXTENSION}"))
}

/// Where the snapshot taken at `millis` is written before it is complete.
pub fn snapshot_temp_path(data_dir: &Path, millis: u64) -> PathBuf {
    data_dir.join(format!("{SNAPSHOT_STEM}{millis}{TEMP_EXTENSION}"))
}

/// The path a damaged database is moved to when it is set aside at `millis`.
pub fn quarantine_path(data_dir: &Path, millis: u64) -> PathBuf {
    data_dir.join(format!("{QUARANTINE_STEM}{millis}{DATABASE_EXTENSION}"))
}

/// The sidecar of `database` with `suffix` (`-wal`, …): SQLite appends it to the full name.
pub fn sidecar(database: &Path, suffix: &str) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The snapshots in `data_dir` with the time in their name, newest first.
pub fn snapshots(data_dir: &Path) -> std::io::Result<Vec<(u64, PathBuf)>> {
    let mut found: Vec<(u64, PathBuf)> = store_files(data_dir)?
        .into_iter()
        .filter_map(|path| Some((snapshot_millis(&path)?, path)))
        .collect();
    found.sort_by(|a, b| b.cmp(a));
    Ok(found)
}

/// Half-written snapshots a crash left behind: never complete, so never worth keeping.
pub fn abandoned_snapshot_temps(data_dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    Ok(store_files(data_dir)?
        .into_iter()
        .filter(|path| {
            file_name(path).is_some_and(|name| {
                name.starts_with(SNAPSHOT_STEM) && name.ends_with(TEMP_EXTENSION)
            })
        })
        .collect())
}

fn snapshot_millis(path: &Path) -> Option<u64> {
    file_name(path)?
        .strip_prefix(SNAPSHOT_STEM)?
        .strip_suffix(DATABASE_EXTENSION)?
        .parse()
        .ok()
}

fn file_name(path: &Path) -> Option<&str> {
    path.file_name()?.to_str()
}

/// The database's own path in `data_dir`.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DATABASE_FILE)
}

/// Makes the renames in `dir` survive a power loss: a rename is only durable once the
/// directory itself is synced. Windows cannot open a directory this way and does not need to.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Forces a finished copy onto the disk before it is renamed into place. Opened for writing
/// because Windows refuses to flush a file opened only for reading.
pub fn sync_file(path: &Path) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)?
        .sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_store_file_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let ours = [
            "privacyapp.sqlite3",
            "privacyapp.sqlite3-wal",
            "privacyapp.sqlite3-shm",
            "privacyapp.snapshot-1700000000000.sqlite3",
            "privacyapp.snapshot-1700000000001.tmp",
            "privacyapp.quarantined-1700000000002.sqlite3",
            "privacyapp.quarantined-1700000000002.sqlite3-wal",
            "privacyapp.restoring.tmp",
        ];
        for name in ours.iter().chain(&["other.txt", "privacyapp"]) {
            std::fs::write(d.join(name), b"x").unwrap();
        }
        std::fs::create_dir(d.join("privacyapp.folder")).unwrap();
        let mut expected: Vec<PathBuf> = ours.iter().map(|n| d.join(n)).collect();
        expected.sort();
        assert_eq!(store_files(d).unwrap(), expected);
        assert!(store_files(&d.join("never-created")).unwrap().is_empty());
    }

    #[test]
    fn snapshots_are_found_by_the_time_in_their_name_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for millis in [5, 700, 40] {
            std::fs::write(snapshot_path(d, millis), b"x").unwrap();
        }
        std::fs::write(snapshot_temp_path(d, 900), b"x").unwrap();
        std::fs::write(d.join("privacyapp.snapshot-x.sqlite3"), b"x").unwrap();
        let found: Vec<u64> = snapshots(d).unwrap().into_iter().map(|(t, _)| t).collect();
        assert_eq!(found, [700, 40, 5]);
        assert_eq!(
            abandoned_snapshot_temps(d).unwrap(),
            [snapshot_temp_path(d, 900)]
        );
        assert_eq!(
            sidecar(&quarantine_path(d, 3), "-wal"),
            d.join("privacyapp.quarantined-3.sqlite3-wal")
        );
    }
}
