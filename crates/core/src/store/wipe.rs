//! "Delete all my data": every file the store ever wrote, gone. Asking the user to confirm is
//! the UI's job; by the time this runs, they have.

use std::io::ErrorKind;
use std::path::Path;

use rusqlite::Connection;

use super::files::{store_files, sync_dir};
use crate::Result;

/// Closes `conn` and removes the database, its WAL and shared-memory files, snapshots and
/// quarantined copies from `data_dir`. Files that are not the store's are left alone.
///
/// Taking the connection by value means this one cannot write again afterwards; other
/// connections to the store must be closed by their owners first.
pub fn delete_everything(conn: Connection, data_dir: &Path) -> Result<()> {
    // Closing lets SQLite checkpoint and drop its own -wal and -shm, and Windows refuses to
    // delete a file that is still open. If closing fails the deletion goes on regardless: the
    // user asked for their data to be gone, and dropping closes what it can.
    if let Err((conn, _)) = conn.close() {
        drop(conn);
    }
    // Files are listed after closing, so anything SQLite wrote while closing is included.
    // Every file is tried even when one fails, so as little as possible stays behind; the
    // first failure is reported.
    let mut first_error = None;
    for path in store_files(data_dir)? {
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    if let Some(e) = first_error {
        return Err(e.into());
    }
    // A deletion, like a rename, is only durable once the directory is synced: without it,
    // a power cut a moment later could bring the files back.
    match sync_dir(data_dir) {
        Err(e) if e.kind() != ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;
    use std::path::PathBuf;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn no_file_of_the_store_remains_and_the_next_open_starts_empty() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let conn = store::open(d).unwrap();
        store::add_bookmark(&conn, "jongeren-a").unwrap();
        store::add_note(&conn, Some("jongeren-a"), "Mijn notitie").unwrap();
        store::mark_read(&conn, "jongeren-a").unwrap();
        // What the other parts of the store leave in the directory over time.
        let leftovers = [
            "privacyapp.snapshot-1700000000000.sqlite3",
            "privacyapp.snapshot-1700000000500.sqlite3",
            "privacyapp.snapshot-1700000000900.tmp",
            "privacyapp.quarantined-1700000000100.sqlite3",
            "privacyapp.quarantined-1700000000100.sqlite3-wal",
            "privacyapp.quarantined-1700000000100.sqlite3-shm",
            "privacyapp.sqlite3-journal",
        ];
        for name in leftovers {
            std::fs::write(d.join(name), b"SQLite format 3\0 and the user's data").unwrap();
        }
        // Not the store's: another program's file, and a folder someone made.
        std::fs::write(d.join("settings-of-something-else.json"), b"{}").unwrap();
        std::fs::create_dir(d.join("privacyapp.folder")).unwrap();
        let before = names(d);
        assert!(
            before.contains(&"privacyapp.sqlite3-wal".to_owned()),
            "the test covers a live WAL: {before:?}"
        );

        delete_everything(conn, d).unwrap();

        assert_eq!(
            names(d),
            ["privacyapp.folder", "settings-of-something-else.json"]
        );
        let conn = store::open(d).unwrap();
        let held: Vec<(&str, u64)> = store::inventory(&conn)
            .unwrap()
            .iter()
            .map(|h| (h.kind, h.count))
            .collect();
        assert!(held.iter().all(|&(_, count)| count == 0), "{held:?}");
    }

    #[test]
    fn deleting_twice_or_without_a_store_directory_is_fine() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().join("data");
        delete_everything(store::open(&d).unwrap(), &d).unwrap();
        delete_everything(store::open_in_memory().unwrap(), &d).unwrap();
        let never: PathBuf = dir.path().join("never-created");
        delete_everything(store::open_in_memory().unwrap(), &never).unwrap();
        assert!(!never.exists());
        assert!(names(&d).is_empty());
    }
}
