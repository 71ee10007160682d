//! Opening the store for reading only, when it cannot be written (a read-only folder or file,
//! a full disk): the user keeps everything that was saved, and each save fails with
//! [`Error::ReadOnly`] or [`Error::DiskFull`] instead of the whole store being unavailable.

use std::path::Path;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::files;
use crate::error::classify;
use crate::{Error, Result};

const FLAGS: OpenFlags = OpenFlags::SQLITE_OPEN_READ_ONLY.union(OpenFlags::SQLITE_OPEN_NO_MUTEX);

/// Whether a failure to open the store for writing is one that reading may get past.
pub(super) fn worth_reading_instead(e: &Error) -> bool {
    match e {
        Error::ReadOnly | Error::DiskFull => true,
        Error::Storage(e) => matches!(
            e.sqlite_error_code(),
            Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied | ErrorCode::SystemIoFailure)
        ),
        _ => false,
    }
}

/// Opens the existing database at `path` for reading, as the store.
pub(super) fn open(path: &Path) -> Result<Connection> {
    let conn = connect(path).map_err(classify)?;
    super::refuse_newer(&conn)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(classify)?;
    Ok(conn)
}

/// Connects to `path` for reading without writing to it. Also used for the start-up check, so
/// the check never changes the file it judges.
pub(super) fn connect(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(path, FLAGS)?;
    conn.busy_timeout(super::BUSY_TIMEOUT)?;
    // Opening is lazy: only a query shows whether SQLite can actually read the file.
    let first_error = match conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(())) {
        Ok(()) => return Ok(conn),
        Err(e) => e,
    };
    let damaged = matches!(
        first_error.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    );
    // A WAL database needs a `-shm` file beside it, which a read-only folder cannot hold.
    // Without a `-wal` file the main file is complete, so SQLite may read it as immutable;
    // with one, that would hide saved changes, so the error stands.
    if damaged || files::sidecar(path, "-wal").exists() {
        return Err(first_error);
    }
    drop(conn);
    connect_immutable(path).map_err(|_| first_error)
}

fn connect_immutable(path: &Path) -> rusqlite::Result<Connection> {
    let uri = format!("file:{}?immutable=1", uri_path(path)?);
    let conn = Connection::open_with_flags(uri, FLAGS.union(OpenFlags::SQLITE_OPEN_URI))?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
    Ok(conn)
}

/// `path` as the path part of a SQLite URI: percent-encoded, with `/` separators.
fn uri_path(path: &Path) -> rusqlite::Result<String> {
    let text = path
        .to_str()
        .ok_or_else(|| rusqlite::Error::InvalidPath(path.to_owned()))?;
    let mut text = text.replace(std::path::MAIN_SEPARATOR, "/");
    // SQLite wants `file:///C:/…` for a Windows drive.
    if text.as_bytes().get(1) == Some(&b':') {
        text.insert(0, '/');
    }
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/:".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    Ok(encoded)
}

#[cfg(test)]
mod tests {
    use super::super::{
        add_bookmark, configure, list_bookmarks, migrate, open_checked_at, open_writable,
    };
    use super::*;
    use crate::error::reclassify;

    /// A database at schema 0 holding one row: opening it for writing must migrate, which is
    /// the write that fails on a read-only or full disk.
    fn old_database(dir: &Path) -> std::path::PathBuf {
        let path = files::database_path(dir);
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             CREATE TABLE kept (x); INSERT INTO kept VALUES ('saved before');",
        )
        .unwrap();
        path
    }

    fn kept(conn: &Connection) -> String {
        conn.query_row("SELECT x FROM kept", [], |r| r.get(0))
            .unwrap()
    }

    // The tests run as root, which ignores file permissions, so `chmod` cannot make a folder
    // read-only here. Instead the opener that normally writes is swapped for one that meets
    // the same SQLite errors a read-only or full disk gives: `query_only` answers every write
    // with SQLITE_READONLY, and a `max_page_count` at the current size answers any growth
    // with SQLITE_FULL.

    #[test]
    fn a_read_only_disk_opens_the_store_for_reading() {
        fn unwritable(path: &Path) -> Result<Connection> {
            let conn = Connection::open(path)?;
            conn.pragma_update(None, "query_only", "ON")?;
            configure(&conn)?;
            migrate(&conn).map_err(reclassify)?;
            Ok(conn)
        }
        assert!(matches!(
            unwritable(&old_database(tempfile::tempdir().unwrap().path())),
            Err(Error::ReadOnly)
        ));
        let dir = tempfile::tempdir().unwrap();
        old_database(dir.path());
        let opened = open_checked_at(dir.path(), 1, unwritable).unwrap();
        assert!(opened.read_only);
        assert!(opened.recovery.is_none());
        assert_eq!(kept(&opened.conn), "saved before");
        let write = opened.conn.execute("INSERT INTO kept VALUES ('new')", []);
        assert!(matches!(write.map_err(classify), Err(Error::ReadOnly)));
        assert!(
            files::snapshots(dir.path()).unwrap().is_empty(),
            "nothing is written beside a read-only store"
        );
    }

    #[test]
    fn a_full_disk_opens_the_store_for_reading() {
        fn full(path: &Path) -> Result<Connection> {
            let conn = Connection::open(path)?;
            configure(&conn)?;
            conn.pragma_update(None, "max_page_count", 1)?;
            migrate(&conn).map_err(reclassify)?;
            Ok(conn)
        }
        let dir = tempfile::tempdir().unwrap();
        old_database(dir.path());
        let opened = open_checked_at(dir.path(), 1, full).unwrap();
        assert!(opened.read_only);
        assert_eq!(kept(&opened.conn), "saved before");
    }

    #[test]
    fn a_file_sqlite_can_only_read_is_reported_read_only() {
        fn read_only_file(path: &Path) -> Result<Connection> {
            // What SQLite does by itself with a file it may read but not write.
            let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            configure(&conn)?;
            migrate(&conn).map_err(reclassify)?;
            Ok(conn)
        }
        let dir = tempfile::tempdir().unwrap();
        drop(open_writable(&files::database_path(dir.path())).unwrap());
        let opened = open_checked_at(dir.path(), 1, read_only_file).unwrap();
        assert!(opened.read_only);
        let saved = add_bookmark(&opened.conn, "a").map_err(reclassify);
        assert!(matches!(saved, Err(Error::ReadOnly)), "{saved:?}");
        assert!(list_bookmarks(&opened.conn).unwrap().is_empty());
    }

    #[test]
    fn a_full_database_says_the_disk_is_full() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open_writable(&files::database_path(dir.path())).unwrap();
        conn.pragma_update(None, "max_page_count", 1).unwrap();
        let long = "x".repeat(500);
        let filled = (0..100).try_for_each(|n| add_bookmark(&conn, &format!("{long}{n}")));
        assert!(matches!(filled.map_err(reclassify), Err(Error::DiskFull)));
    }

    #[test]
    fn reads_a_clean_wal_database_as_immutable_whatever_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let odd = dir.path().join("a b%c?d#e é");
        std::fs::create_dir(&odd).unwrap();
        let path = old_database(&odd);
        assert!(!files::sidecar(&path, "-wal").exists());
        let conn = connect_immutable(&path).unwrap();
        assert_eq!(kept(&conn), "saved before");
        assert!(conn.execute("DELETE FROM kept", []).is_err());
    }
}
