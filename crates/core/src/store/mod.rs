//! The user's store: one SQLite database in the app's data directory.
//!
//! Every function takes a `&Connection`, so tests run against `Connection::open_in_memory()`.
//! Rows refer to content by its stable id, never by file or position.

mod bookmarks;
mod migrations;
mod settings;

use std::path::Path;

use rusqlite::Connection;

pub use bookmarks::{add_bookmark, is_bookmarked, list_bookmarks, remove_bookmark};
pub use migrations::{migrate, SCHEMA_VERSION};
pub use settings::{set_locale, set_track, settings, Settings};

use crate::Result;

/// The database file's name inside the data directory.
pub const DATABASE_FILE: &str = "privacyapp.sqlite3";

/// Opens (creating if needed) the store in `data_dir` and brings its schema up to date.
pub fn open(data_dir: &Path) -> Result<Connection> {
    std::fs::create_dir_all(data_dir)?;
    let conn = Connection::open(data_dir.join(DATABASE_FILE))?;
    configure(&conn)?;
    migrate(&conn)?;
    Ok(conn)
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
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(2))?;
    Ok(())
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
