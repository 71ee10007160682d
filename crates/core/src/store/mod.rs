//! The user's store: one SQLite database in the app's data directory.
//!
//! Every function takes a `&Connection`, so tests run against `Connection::open_in_memory()`.
//! Rows refer to content by its stable id, never by file or position.

mod bookmarks;
mod export;
mod export_file;
mod files;
mod inventory;
mod migrations;
mod notes;
mod progress;
mod read_only;
mod recovery;
mod rows;
mod settings;
mod snapshots;
mod wipe;

use std::path::Path;

use rusqlite::Connection;

pub use bookmarks::{
    add_bookmark, is_bookmarked, list_bookmarks, remove_bookmark, visible_bookmarks,
};
pub use export::{
    export, import, ImportSummary, FORMAT as EXPORT_FORMAT, MAX_IMPORT_BYTES,
    VERSION as EXPORT_VERSION,
};
pub use export_file::{write_export, write_text_export, TextExport, MAX_TEXT_EXPORT_CHARS};
pub use files::store_files;
pub use inventory::{inventory, Holding, KINDS as INVENTORY_KINDS};
pub use migrations::{migrate, SCHEMA_VERSION};
pub use notes::{
    add_note, delete_note, delete_preparation, list_notes, list_preparations, page_notes,
    preparation, save_preparation, update_note, update_preparation, visible_notes,
    visible_preparations, Note, NoteId, Preparation, PreparationId, MAX_NOTE_CHARS,
    MAX_PREPARATION_BYTES, MAX_TITLE_CHARS,
};
pub use progress::{
    checklist_answers, clear_checklist_answers, clear_quiz_answers, clear_scenario_position,
    endings_reached, mark_read, pages_read, progress, quiz_answers, quiz_score, record_ending,
    save_checklist_answer, save_quiz_answer, scenario_position, set_scenario_position,
    visible_pages_read, visible_progress, ChecklistAnswer, ChoiceTaken, EndingReached, PageRead,
    Place, Progress, QuizAnswer, ScenarioPosition, Score,
};
pub use recovery::{Recovery, RestoredFrom};
pub use settings::{
    choices, set_gemeente, set_locale, set_reduced_motion, set_text_size, set_theme, set_track,
    settings, Choices, ReducedMotion, Settings, TextSize, Theme,
};
pub use snapshots::{snapshot, snapshot_if_due};
pub use wipe::delete_everything;

use crate::error::{classify, reclassify};
use crate::Result;

/// The database file's name inside the data directory.
pub const DATABASE_FILE: &str = "privacyapp.sqlite3";

/// How long a statement waits for another connection's lock before it gives up.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

/// The store as opened, with what the user must be told about it.
#[derive(Debug)]
pub struct Opened {
    pub conn: Connection,
    /// Set when the database was damaged and replaced: the UI explains what happened.
    pub recovery: Option<Recovery>,
    /// The store could only be opened for reading (a read-only or full disk): everything saved
    /// can be seen, and saving fails with `Error::ReadOnly` or `Error::DiskFull`.
    pub read_only: bool,
}

/// Opens (creating if needed) the store in `data_dir`, repairing it if it is damaged. The shell
/// uses [`open_checked`] instead, to tell the user what was repaired.
pub fn open(data_dir: &Path) -> Result<Connection> {
    open_checked(data_dir).map(|opened| opened.conn)
}

/// Opens (creating if needed) the store in `data_dir`:
/// 1. checks the database with `PRAGMA quick_check`, reading only, and refuses one written by
///    a newer app before anything could change it;
/// 2. if it is damaged, moves it aside and restores the newest good snapshot ([`Recovery`]);
/// 3. opens it for writing and brings the schema up to date, or, when the disk or the file
///    cannot be written, opens it for reading only ([`Opened::read_only`]);
/// 4. takes a snapshot when the newest one is a day old or there is none.
pub fn open_checked(data_dir: &Path) -> Result<Opened> {
    open_checked_at(data_dir, snapshots::now_millis(), open_writable)
}

/// [`open_checked`] at a given time and with a given way to open for writing, so tests can
/// stand in for a disk that refuses writes.
fn open_checked_at(
    data_dir: &Path,
    now: u64,
    open_writable: fn(&Path) -> Result<Connection>,
) -> Result<Opened> {
    std::fs::create_dir_all(data_dir)?;
    let path = files::database_path(data_dir);
    let recovery = match recovery::inspect(&path) {
        recovery::Health::Sound { user_version } if user_version > SCHEMA_VERSION => {
            return Err(crate::Error::DatabaseTooNew {
                found: user_version,
                supported: SCHEMA_VERSION,
            });
        }
        recovery::Health::Damaged => Some(recovery::recover(data_dir, now)?),
        recovery::Health::Missing | recovery::Health::Sound { .. } | recovery::Health::Unknown => {
            None
        }
    };
    let (conn, read_only) = match open_writable(&path) {
        Ok(conn) => {
            let read_only = conn.is_readonly(rusqlite::MAIN_DB).map_err(classify)?;
            (conn, read_only)
        }
        Err(e) if read_only::worth_reading_instead(&e) && path.exists() => {
            (read_only::open(&path).map_err(|_| e)?, true)
        }
        Err(e) => return Err(e),
    };
    if !read_only {
        // A snapshot is insurance: failing to write one (a full disk) must not keep the user
        // from their data, and the next start tries again.
        let _ = snapshots::snapshot_if_due_at(&conn, data_dir, now);
    }
    Ok(Opened {
        conn,
        recovery,
        read_only,
    })
}

/// Opens the database at `path` for writing and brings its schema up to date.
fn open_writable(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path).map_err(classify)?;
    // Before `configure`: switching to WAL rewrites the header of a database that this
    // version must leave untouched.
    refuse_newer(&conn)?;
    configure(&conn)?;
    migrate(&conn).map_err(reclassify)?;
    Ok(conn)
}

fn refuse_newer(conn: &Connection) -> Result<()> {
    let found: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(classify)?;
    if found > SCHEMA_VERSION {
        return Err(crate::Error::DatabaseTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// An empty store in memory, for tests and previews.
pub fn open_in_memory() -> Result<Connection> {
    let conn = Connection::open_in_memory()?;
    configure(&conn)?;
    migrate(&conn)?;
    Ok(conn)
}

fn configure(conn: &Connection) -> Result<()> {
    // WAL lets reads go on while a write commits. FULL syncs the WAL on every commit: a bookmark
    // the user just made survives the app being killed or the machine losing power a moment
    // later, and the store's writes are small and rare enough that the cost does not show.
    let pragmas = || -> rusqlite::Result<()> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(BUSY_TIMEOUT)
    };
    pragmas().map_err(classify)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Track;
    use crate::i18n::Locale;

    #[test]
    fn settings_and_bookmarks_survive_reopening_the_file() {
        let dir = tempfile::tempdir().unwrap();
        {
            let conn = open(dir.path()).unwrap();
            set_locale(&conn, Locale::En).unwrap();
            set_track(&conn, Track::Inwoners).unwrap();
            add_bookmark(&conn, "inwoners-a").unwrap();
        }
        let conn = open(dir.path()).unwrap();
        let s = settings(&conn).unwrap();
        assert_eq!(
            (s.locale, s.track),
            (Some(Locale::En), Some(Track::Inwoners))
        );
        assert_eq!(list_bookmarks(&conn).unwrap(), ["inwoners-a"]);
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }
}
