//! Copies of the store to restore from when the database is damaged: one a day at most when
//! the store opens, and whenever the shell asks. The newest three are kept.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::files;
use crate::error::classify;
use crate::{Error, Result};

/// How many snapshots are kept. More would only repeat old states; fewer leaves nothing to
/// fall back on when the newest copy turns out to be damaged too.
pub const KEEP: usize = 3;

/// The least time between two snapshots taken at start-up.
pub const DAY_MILLIS: u64 = 24 * 60 * 60 * 1000;

/// Writes a snapshot of the store now and drops the oldest beyond [`KEEP`].
pub fn snapshot(conn: &Connection, data_dir: &Path) -> Result<PathBuf> {
    snapshot_at(conn, data_dir, now_millis())
}

/// Writes a snapshot unless the newest one is less than a day old.
pub fn snapshot_if_due(conn: &Connection, data_dir: &Path) -> Result<Option<PathBuf>> {
    snapshot_if_due_at(conn, data_dir, now_millis())
}

pub(crate) fn snapshot_if_due_at(
    conn: &Connection,
    data_dir: &Path,
    now: u64,
) -> Result<Option<PathBuf>> {
    let newest = files::snapshots(data_dir)?
        .first()
        .map(|(millis, _)| *millis);
    // A snapshot "from the future" means the clock was set back; waiting for that moment
    // could mean no snapshot for months.
    let due = newest.is_none_or(|t| t > now || now - t >= DAY_MILLIS);
    if !due {
        return Ok(None);
    }
    snapshot_at(conn, data_dir, now).map(Some)
}

pub(crate) fn snapshot_at(conn: &Connection, data_dir: &Path, now: u64) -> Result<PathBuf> {
    let mut millis = now;
    while files::snapshot_path(data_dir, millis).exists() {
        millis += 1;
    }
    let path = files::snapshot_path(data_dir, millis);
    let temp = files::snapshot_temp_path(data_dir, millis);
    // Written under a temporary name and renamed when complete, so a crash halfway never
    // leaves a file that looks like a snapshot but is not one.
    let written = write_copy(conn, &temp).and_then(|()| {
        std::fs::rename(&temp, &path)?;
        files::sync_dir(data_dir)?;
        Ok(())
    });
    if let Err(e) = written {
        // Half a copy is worth nothing; the error is what matters.
        let _ = std::fs::remove_file(&temp);
        return Err(e);
    }
    rotate(data_dir, &path)?;
    Ok(path)
}

fn write_copy(conn: &Connection, target: &Path) -> Result<()> {
    remove_if_present(target)?;
    let target_text = target.to_str().ok_or_else(|| {
        Error::Io(std::io::Error::other(
            "the data directory's path is not valid UTF-8",
        ))
    })?;
    conn.execute("VACUUM INTO ?1", [target_text])
        .map_err(classify)?;
    // VACUUM INTO does not sync its output; without this the rename could reach the disk
    // before the data does, and a power loss would leave an empty "snapshot".
    files::sync_file(target)?;
    Ok(())
}

/// Keeps `newest` and the [`KEEP`] − 1 next newest snapshots. `newest` is kept whatever its
/// name says, because after the clock was set back older snapshots can carry later times.
fn rotate(data_dir: &Path, newest: &Path) -> Result<()> {
    let older = files::snapshots(data_dir)?
        .into_iter()
        .filter(|(_, path)| path != newest)
        .skip(KEEP - 1);
    for (_, path) in older {
        remove_if_present(&path)?;
    }
    for temp in files::abandoned_snapshot_temps(data_dir)? {
        remove_if_present(&temp)?;
    }
    Ok(())
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

pub(crate) fn now_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{add_bookmark, list_bookmarks, open_in_memory};

    fn times(dir: &Path) -> Vec<u64> {
        files::snapshots(dir)
            .unwrap()
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    #[test]
    fn a_snapshot_is_a_complete_readable_copy() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open_in_memory().unwrap();
        add_bookmark(&conn, "a").unwrap();
        let path = snapshot_at(&conn, dir.path(), 1_000).unwrap();
        assert_eq!(path, files::snapshot_path(dir.path(), 1_000));
        let copy = Connection::open(&path).unwrap();
        assert_eq!(list_bookmarks(&copy).unwrap(), ["a"]);
        assert!(files::abandoned_snapshot_temps(dir.path())
            .unwrap()
            .is_empty());
    }

    #[test]
    fn rotation_keeps_the_newest_three() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open_in_memory().unwrap();
        // A crash during an earlier snapshot left this behind.
        std::fs::write(files::snapshot_temp_path(dir.path(), 3), b"half").unwrap();
        for t in 1..=5 {
            snapshot_at(&conn, dir.path(), t * 1_000).unwrap();
        }
        assert_eq!(times(dir.path()), [5_000, 4_000, 3_000]);
        assert!(files::abandoned_snapshot_temps(dir.path())
            .unwrap()
            .is_empty());
    }

    #[test]
    fn after_the_clock_went_back_the_new_snapshot_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open_in_memory().unwrap();
        for t in [7, 8, 9] {
            snapshot_at(&conn, dir.path(), t * DAY_MILLIS).unwrap();
        }
        assert!(snapshot_if_due_at(&conn, dir.path(), DAY_MILLIS)
            .unwrap()
            .is_some());
        assert_eq!(
            times(dir.path()),
            [9 * DAY_MILLIS, 8 * DAY_MILLIS, DAY_MILLIS]
        );
    }

    #[test]
    fn at_most_one_snapshot_a_day() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open_in_memory().unwrap();
        let t0 = 1_700_000_000_000;
        assert!(snapshot_if_due_at(&conn, dir.path(), t0).unwrap().is_some());
        assert!(snapshot_if_due_at(&conn, dir.path(), t0 + 1)
            .unwrap()
            .is_none());
        let almost = t0 + DAY_MILLIS - 1;
        assert!(snapshot_if_due_at(&conn, dir.path(), almost)
            .unwrap()
            .is_none());
        assert!(snapshot_if_due_at(&conn, dir.path(), t0 + DAY_MILLIS)
            .unwrap()
            .is_some());
        assert_eq!(times(dir.path()), [t0 + DAY_MILLIS, t0]);
    }

    #[test]
    fn two_snapshots_in_one_millisecond_both_survive() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open_in_memory().unwrap();
        let first = snapshot_at(&conn, dir.path(), 42).unwrap();
        let second = snapshot_at(&conn, dir.path(), 42).unwrap();
        assert_ne!(first, second);
        assert_eq!(times(dir.path()), [43, 42]);
    }
}
