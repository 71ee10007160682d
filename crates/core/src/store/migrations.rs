//! Schema migrations: an append-only list applied under `PRAGMA user_version`.
//!
//! Never edit or remove an entry once it has shipped; add a new one. Each runs in its own
//! exclusive transaction together with the version bump, so a crash leaves the old or the new
//! schema, never half of one.

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::{Error, Result};

const MIGRATIONS: &[&str] = &[
    // 1: settings and bookmarks
    "CREATE TABLE settings (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE bookmarks (
        content_id TEXT PRIMARY KEY NOT NULL,
        created_at INTEGER NOT NULL
    ) STRICT;",
    // 2: progress, personal notes and preparations made with the professional tools.
    // Times are unix milliseconds. Rows name content by id only and are never deleted when the
    // content loses that id: the app hides them until the id comes back. Notes and
    // preparations take AUTOINCREMENT so a deleted row's id is never handed out again and a
    // stale screen cannot change a newer row.
    "CREATE TABLE pages_read (
        page_id TEXT PRIMARY KEY NOT NULL,
        read_at INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE scenario_positions (
        scenario_id TEXT PRIMARY KEY NOT NULL,
        beat_id     TEXT NOT NULL,
        updated_at  INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE endings (
        scenario_id TEXT NOT NULL,
        ending_id   TEXT NOT NULL,
        reached_at  INTEGER NOT NULL,
        PRIMARY KEY (scenario_id, ending_id)
    ) STRICT;
    CREATE TABLE quiz_answers (
        quiz_id     TEXT NOT NULL,
        question_id TEXT NOT NULL,
        chosen      TEXT NOT NULL CHECK (json_type(chosen) = 'array'),
        correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
        answered_at INTEGER NOT NULL,
        PRIMARY KEY (quiz_id, question_id)
    ) STRICT;
    CREATE TABLE checklist_answers (
        checklist_id TEXT NOT NULL,
        item_id      TEXT NOT NULL,
        answer       INTEGER NOT NULL CHECK (answer >= 0),
        answered_at  INTEGER NOT NULL,
        PRIMARY KEY (checklist_id, item_id)
    ) STRICT;
    CREATE TABLE notes (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        page_id    TEXT,
        text       TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE preparations (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        tool_id    TEXT NOT NULL,
        title      TEXT NOT NULL,
        fields     TEXT NOT NULL CHECK (json_type(fields) = 'object'),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT;",
    // 3: the scenario player keeps its path (the choices made) and its place on it
    "ALTER TABLE scenario_positions
        ADD COLUMN step INTEGER NOT NULL DEFAULT 0 CHECK (step >= 0);
    ALTER TABLE scenario_positions
        ADD COLUMN choices TEXT NOT NULL DEFAULT '[]' CHECK (json_type(choices) = 'array');",
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies every pending migration. A database from a newer app is refused and left untouched.
pub fn migrate(conn: &Connection) -> Result<()> {
    let found = user_version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(Error::DatabaseTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found.max(0) as usize) {
        let tx = Transaction::new_unchecked(conn, TransactionBehavior::Exclusive)?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brings_an_empty_database_to_the_latest_version_once() {
        let conn = Connection::open_in_memory().unwrap();
        migrate(&conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
        migrate(&conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn refuses_a_newer_database_and_leaves_it_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let conn = Connection::open(&path).unwrap();
        let err = migrate(&conn).unwrap_err();
        assert!(matches!(
            err,
            Error::DatabaseTooNew {
                found: 99,
                supported: SCHEMA_VERSION
            }
        ));
        drop(conn);
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn a_failing_migration_leaves_the_previous_version() {
        let conn = Connection::open_in_memory().unwrap();
        // Occupy a name the first migration creates, so it fails halfway through its batch.
        conn.execute_batch("CREATE TABLE bookmarks (x);").unwrap();
        assert!(migrate(&conn).is_err());
        assert_eq!(user_version(&conn).unwrap(), 0);
        let settings_exists: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'settings'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            settings_exists, 0,
            "the failed migration's first statement was rolled back"
        );
    }

    /// A user of the first release keeps their settings and bookmarks and gains the tables
    /// for progress, notes and preparations.
    #[test]
    fn a_version_1_store_keeps_its_data_through_migration_2() {
        let conn = Connection::open_in_memory().unwrap();
        let tx = Transaction::new_unchecked(&conn, TransactionBehavior::Exclusive).unwrap();
        tx.execute_batch(MIGRATIONS[0]).unwrap();
        tx.execute_batch(
            "INSERT INTO settings VALUES ('locale', 'en');
             INSERT INTO bookmarks VALUES ('jongeren-a', 1700000000000);
             PRAGMA user_version = 1;",
        )
        .unwrap();
        tx.commit().unwrap();
        migrate(&conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
        let kept: (String, String) = conn
            .query_row(
                "SELECT (SELECT value FROM settings), (SELECT content_id FROM bookmarks)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(kept, ("en".to_owned(), "jongeren-a".to_owned()));
        crate::store::mark_read(&conn, "jongeren-a").unwrap();
        crate::store::add_note(&conn, None, "nieuw").unwrap();
    }
}
