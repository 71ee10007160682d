//! The start-up check and what follows when it fails. A damaged database is moved aside under
//! a quarantine name — never deleted, it is the user's data and may still be rescued — with
//! its stale `-wal` and `-shm`, and the newest snapshot that passes the same check is copied
//! into its place. Without a good snapshot the store starts empty.

use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;
use serde::Serialize;

use super::{files, read_only};
use crate::Result;

/// What start-up did about a damaged database, for the UI to tell the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recovery {
    /// Where the damaged database is kept now.
    pub quarantined: PathBuf,
    /// The copy put in its place; `None` when there was no good one and the store is empty.
    pub restored_from: Option<RestoredFrom>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RestoredFrom {
    pub snapshot: PathBuf,
    /// When the copy was made, in milliseconds since 1970: what the user did after this is
    /// missing from the restored store.
    pub taken_at_millis: u64,
}

/// What the start-up check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Health {
    Missing,
    Sound {
        user_version: i64,
    },
    Damaged,
    /// SQLite could not look (a lock, a permission): no reason to move anything.
    Unknown,
}

/// Checks the database at `path` with `PRAGMA quick_check`, reading only.
pub(super) fn inspect(path: &Path) -> Health {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Health::Missing,
        Err(_) => return Health::Unknown,
        Ok(_) => {}
    }
    let checked = read_only::connect(path).and_then(|conn| {
        let verdict: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
        let user_version = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        Ok((verdict, user_version))
    });
    match checked {
        Ok((verdict, user_version)) if verdict == "ok" => Health::Sound { user_version },
        Ok(_) => Health::Damaged,
        Err(e) => match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => Health::Damaged,
            _ => Health::Unknown,
        },
    }
}

/// Sets the damaged database in `data_dir` aside and restores the newest good snapshot.
pub(super) fn recover(data_dir: &Path, now: u64) -> Result<Recovery> {
    let database = files::database_path(data_dir);
    let quarantined = quarantine(data_dir, &database, now)?;
    let restored_from = match newest_sound_snapshot(data_dir)? {
        Some((taken_at_millis, snapshot)) => {
            restore(data_dir, &snapshot, &database)?;
            Some(RestoredFrom {
                snapshot,
                taken_at_millis,
            })
        }
        None => None,
    };
    Ok(Recovery {
        quarantined,
        restored_from,
    })
}

fn quarantine(data_dir: &Path, database: &Path, now: u64) -> std::io::Result<PathBuf> {
    let mut millis = now;
    let taken = |target: &Path| {
        target.exists()
            || files::SIDECAR_SUFFIXES
                .iter()
                .any(|suffix| files::sidecar(target, suffix).exists())
    };
    while taken(&files::quarantine_path(data_dir, millis)) {
        millis += 1;
    }
    let target = files::quarantine_path(data_dir, millis);
    // Sidecars first: if a move fails halfway, the damaged database is still in place and the
    // next start tries again, instead of a stale WAL waiting beside a missing database.
    for suffix in files::SIDECAR_SUFFIXES {
        match std::fs::rename(
            files::sidecar(database, suffix),
            files::sidecar(&target, suffix),
        ) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    std::fs::rename(database, &target)?;
    files::sync_dir(data_dir)?;
    Ok(target)
}

fn newest_sound_snapshot(data_dir: &Path) -> std::io::Result<Option<(u64, PathBuf)>> {
    Ok(files::snapshots(data_dir)?
        .into_iter()
        .find(|(_, path)| matches!(inspect(path), Health::Sound { .. })))
}

/// Copies rather than moves, so the snapshot is still there if this copy fails too.
fn restore(data_dir: &Path, snapshot: &Path, database: &Path) -> std::io::Result<()> {
    let temp = data_dir.join(files::RESTORE_TEMP_FILE);
    std::fs::copy(snapshot, &temp)?;
    files::sync_file(&temp)?;
    std::fs::rename(&temp, database)?;
    files::sync_dir(data_dir)
}

#[cfg(test)]
mod tests {
    use rusqlite::config::DbConfig;
    use rusqlite::Connection;

    use super::super::snapshots::snapshot_at;
    use super::super::{add_bookmark, list_bookmarks, open_checked_at, open_writable, Opened};
    use super::*;

    const T1: u64 = 1_700_000_000_000;
    const T2: u64 = T1 + 60_000;
    const LATER: u64 = T2 + 60_000;

    fn database(dir: &Path) -> PathBuf {
        files::database_path(dir)
    }

    fn writable(dir: &Path) -> Connection {
        open_writable(&database(dir)).unwrap()
    }

    fn open_at(dir: &Path, now: u64) -> Opened {
        open_checked_at(dir, now, open_writable).unwrap()
    }

    /// Enough rows that the bookmarks span many pages, so one page can be damaged on its own.
    fn fill(conn: &Connection) {
        let long = "x".repeat(100);
        for n in 0..400 {
            add_bookmark(conn, &format!("filler-{n}-{long}")).unwrap();
        }
    }

    fn ids(conn: &Connection) -> Vec<String> {
        list_bookmarks(conn)
            .unwrap()
            .into_iter()
            .filter(|id| !id.starts_with("filler-"))
            .collect()
    }

    #[derive(Debug, Clone, Copy)]
    enum Damage {
        /// The first 16 bytes, "SQLite format 3\0": SQLite no longer sees a database at all.
        Header,
        /// The start of a page in the middle of the file, where its b-tree header lives.
        Page,
    }

    fn damage(path: &Path, how: Damage) {
        let mut bytes = std::fs::read(path).unwrap();
        match how {
            Damage::Header => bytes[..16].fill(0xA5),
            Damage::Page => {
                let page_size = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
                let pages = bytes.len() / page_size;
                assert!(pages > 10, "only {pages} pages");
                let middle = pages / 2 * page_size;
                bytes[middle..middle + 64].fill(0xA5);
            }
        }
        std::fs::write(path, &bytes).unwrap();
        assert_eq!(inspect(path), Health::Damaged, "{how:?} went unnoticed");
    }

    #[test]
    fn a_damaged_database_is_set_aside_and_the_newest_good_snapshot_restored() {
        for how in [Damage::Header, Damage::Page] {
            let dir = tempfile::tempdir().unwrap();
            let d = dir.path();
            let conn = writable(d);
            fill(&conn);
            add_bookmark(&conn, "a").unwrap();
            snapshot_at(&conn, d, T1).unwrap();
            add_bookmark(&conn, "b").unwrap();
            snapshot_at(&conn, d, T2).unwrap();
            add_bookmark(&conn, "after-the-snapshot").unwrap();
            drop(conn);
            damage(&database(d), how);
            let damaged = std::fs::read(database(d)).unwrap();

            let opened = open_at(d, LATER);
            let recovery = opened.recovery.unwrap();
            assert_eq!(
                recovery.restored_from,
                Some(RestoredFrom {
                    snapshot: files::snapshot_path(d, T2),
                    taken_at_millis: T2
                })
            );
            assert_eq!(recovery.quarantined, files::quarantine_path(d, LATER));
            assert_eq!(std::fs::read(&recovery.quarantined).unwrap(), damaged);
            assert_eq!(ids(&opened.conn), ["b", "a"]);
            assert!(files::snapshot_path(d, T2).exists(), "restored by copying");
            assert!(!opened.read_only);
        }
    }

    #[test]
    fn without_a_snapshot_the_store_starts_empty() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let conn = writable(d);
        add_bookmark(&conn, "a").unwrap();
        drop(conn);
        damage(&database(d), Damage::Header);
        let damaged = std::fs::read(database(d)).unwrap();

        let opened = open_at(d, LATER);
        let recovery = opened.recovery.unwrap();
        assert_eq!(recovery.restored_from, None);
        assert_eq!(std::fs::read(&recovery.quarantined).unwrap(), damaged);
        assert!(list_bookmarks(&opened.conn).unwrap().is_empty());
        add_bookmark(&opened.conn, "new").unwrap();
        let json = serde_json::to_value(&recovery).unwrap();
        assert!(json["restored_from"].is_null());
        assert!(json["quarantined"].is_string());
    }

    #[test]
    fn a_damaged_snapshot_is_skipped_for_an_older_good_one() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let conn = writable(d);
        fill(&conn);
        add_bookmark(&conn, "a").unwrap();
        snapshot_at(&conn, d, T1).unwrap();
        add_bookmark(&conn, "b").unwrap();
        snapshot_at(&conn, d, T2).unwrap();
        drop(conn);
        damage(&files::snapshot_path(d, T2), Damage::Page);
        let damaged_snapshot = std::fs::read(files::snapshot_path(d, T2)).unwrap();
        damage(&database(d), Damage::Header);

        let opened = open_at(d, LATER);
        let recovery = opened.recovery.unwrap();
        // What the UI receives: the times as plain numbers.
        let json = serde_json::to_value(&recovery).unwrap();
        assert_eq!(json["restored_from"]["taken_at_millis"], T1);
        assert_eq!(ids(&opened.conn), ["a"]);
        assert_eq!(
            std::fs::read(files::snapshot_path(d, T2)).unwrap(),
            damaged_snapshot
        );
    }

    #[test]
    fn a_stale_wal_goes_into_quarantine_and_is_not_replayed() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let conn = writable(d);
        add_bookmark(&conn, "kept").unwrap();
        snapshot_at(&conn, d, T1).unwrap();
        conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")
            .unwrap();
        for n in 0..5 {
            add_bookmark(&conn, &format!("only-in-wal-{n}")).unwrap();
        }
        // As if the app was killed: the rows stay in the WAL, not in the main file.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
            .unwrap();
        drop(conn);
        let wal = files::sidecar(&database(d), "-wal");
        let wal_bytes = std::fs::read(&wal).unwrap();
        assert!(!wal_bytes.is_empty());
        damage(&database(d), Damage::Header);

        // Control: the same WAL left beside the restored copy does reach it.
        let control = tempfile::tempdir().unwrap();
        let control_db = database(control.path());
        std::fs::copy(files::snapshot_path(d, T1), &control_db).unwrap();
        for suffix in ["-wal", "-shm"] {
            std::fs::copy(
                files::sidecar(&database(d), suffix),
                files::sidecar(&control_db, suffix),
            )
            .unwrap();
        }
        let control_conn = Connection::open(&control_db).unwrap();
        let replayed =
            match control_conn.query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0)) {
                Ok(verdict) if verdict == "ok" => {
                    list_bookmarks(&control_conn).map_or(true, |ids| ids != ["kept"])
                }
                _ => true,
            };
        assert!(replayed, "a stale WAL would have changed the restored copy");
        drop(control_conn);

        let opened = open_at(d, LATER);
        let recovery = opened.recovery.unwrap();
        assert_eq!(ids(&opened.conn), ["kept"]);
        assert_eq!(
            std::fs::read(files::sidecar(&recovery.quarantined, "-wal")).unwrap(),
            wal_bytes
        );
        assert!(files::sidecar(&recovery.quarantined, "-shm").exists());
        let check: String = opened
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
    }

    #[test]
    fn a_sound_store_is_left_alone_and_snapshotted_once_a_day() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let opened = open_at(d, T1);
        assert!(opened.recovery.is_none());
        add_bookmark(&opened.conn, "a").unwrap();
        drop(opened);
        let opened = open_at(d, T1 + 1_000);
        assert!(opened.recovery.is_none());
        assert_eq!(ids(&opened.conn), ["a"]);
        drop(opened);
        let taken = |d: &Path| -> Vec<u64> {
            files::snapshots(d)
                .unwrap()
                .into_iter()
                .map(|(t, _)| t)
                .collect()
        };
        assert_eq!(taken(d), [T1]);
        drop(open_at(d, T1 + super::super::snapshots::DAY_MILLIS));
        assert_eq!(taken(d), [T1 + super::super::snapshots::DAY_MILLIS, T1]);
    }

    #[test]
    fn a_newer_database_is_refused_and_not_touched() {
        for journal_mode in ["DELETE", "WAL"] {
            let dir = tempfile::tempdir().unwrap();
            let d = dir.path();
            let path = database(d);
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "journal_mode", journal_mode)
                .unwrap();
            conn.execute_batch(
                "CREATE TABLE future (x); INSERT INTO future VALUES (1);
                 PRAGMA user_version = 99;",
            )
            .unwrap();
            drop(conn);
            let before = std::fs::read(&path).unwrap();
            let refused =
                |e: crate::Error| matches!(e, crate::Error::DatabaseTooNew { found: 99, .. });
            assert!(refused(open_at_err(d)), "{journal_mode}");
            // The same guard when the start-up check could not look at the file.
            assert!(refused(open_writable(&path).unwrap_err()), "{journal_mode}");
            assert_eq!(std::fs::read(&path).unwrap(), before, "{journal_mode}");
            assert_eq!(files::store_files(d).unwrap(), [path], "{journal_mode}");
        }
    }

    fn open_at_err(dir: &Path) -> crate::Error {
        open_checked_at(dir, LATER, open_writable).unwrap_err()
    }

    #[test]
    fn two_recoveries_in_one_millisecond_keep_both_damaged_files() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let mut kept = Vec::new();
        for _ in 0..2 {
            drop(writable(d));
            damage(&database(d), Damage::Header);
            let opened = open_at(d, LATER);
            kept.push(opened.recovery.unwrap().quarantined);
        }
        assert_ne!(kept[0], kept[1]);
        assert!(kept.iter().all(|p| p.exists()));
    }
}
