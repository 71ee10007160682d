//! "What this app stores": every kind of data in the store and how much of it, counted in the
//! database itself so the answer cannot drift from the truth.

use rusqlite::Connection;
use serde::Serialize;

use crate::Result;

/// Every kind of data the store holds, in the order the app lists them. Each lives in the
/// table of the same name.
pub const KINDS: [&str; 9] = [
    "settings",
    "bookmarks",
    "pages_read",
    "scenario_positions",
    "endings",
    "quiz_answers",
    "checklist_answers",
    "notes",
    "preparations",
];

/// What [`inventory`] reports for a table that [`KINDS`] lacks, so nothing stored is ever
/// left out of the list, even when a new table was forgotten here.
pub const OTHER: &str = "other";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Holding {
    pub kind: &'static str,
    /// Rows: one per bookmark, note, answer, setting, ….
    pub count: u64,
    /// The size of the values themselves (text as UTF-8, numbers as their digits), without
    /// SQLite's own bookkeeping: a sense of how much, not the file size.
    pub bytes: u64,
}

/// One holding per kind in [`KINDS`] order, empty ones included so the user sees what the app
/// could keep; then [`OTHER`] if any table is not a known kind.
pub fn inventory(conn: &Connection) -> Result<Vec<Holding>> {
    let tables = user_tables(conn)?;
    let mut holdings = Vec::with_capacity(KINDS.len() + 1);
    for kind in KINDS {
        let (count, bytes) = if tables.iter().any(|t| t == kind) {
            measure(conn, kind)?
        } else {
            (0, 0)
        };
        holdings.push(Holding { kind, count, bytes });
    }
    let mut other = Holding {
        kind: OTHER,
        count: 0,
        bytes: 0,
    };
    let mut any_other = false;
    for table in tables.iter().filter(|t| !KINDS.contains(&t.as_str())) {
        let (count, bytes) = measure(conn, table)?;
        other.count += count;
        other.bytes += bytes;
        any_other = true;
    }
    if any_other {
        holdings.push(other);
    }
    Ok(holdings)
}

/// The tables that hold the app's data: all but SQLite's own (`sqlite_*`, e.g. the
/// AUTOINCREMENT counters, which hold no user data).
pub(super) fn user_tables(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
         ORDER BY name",
    )?;
    let names = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

/// Rows and value bytes of `table`, over whatever columns it has, so a column added later is
/// counted without anyone remembering to.
fn measure(conn: &Connection, table: &str) -> Result<(u64, u64)> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1)")?;
    let columns: Vec<String> = stmt
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let sizes: Vec<String> = columns
        .iter()
        .map(|c| format!("coalesce(length(CAST({} AS BLOB)), 0)", quote(c)))
        .collect();
    let sum = if sizes.is_empty() {
        "0".to_owned()
    } else {
        sizes.join(" + ")
    };
    let sql = format!(
        "SELECT count(*), coalesce(sum({sum}), 0) FROM {}",
        quote(table)
    );
    Ok(conn.query_row(&sql, [], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

/// An SQL identifier, quoted. Names come from the schema, but a name is still no SQL.
fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{self, open_in_memory};

    fn holding<'a>(h: &'a [Holding], kind: &str) -> &'a Holding {
        h.iter().find(|h| h.kind == kind).unwrap()
    }

    /// The guard against forgetting a new table: every table a migration creates must be a
    /// kind the user is told about.
    #[test]
    fn every_table_of_the_schema_is_a_listed_kind() {
        let conn = open_in_memory().unwrap();
        let tables = user_tables(&conn).unwrap();
        for table in &tables {
            assert!(
                KINDS.contains(&table.as_str()),
                "table `{table}` is missing from inventory::KINDS"
            );
        }
        for kind in KINDS {
            assert!(tables.iter().any(|t| t == kind), "no table for `{kind}`");
        }
        let kinds: Vec<_> = inventory(&conn).unwrap().iter().map(|h| h.kind).collect();
        assert_eq!(kinds, KINDS, "a fresh store lists every kind, empty");
    }

    #[test]
    fn counts_rows_and_value_bytes() {
        let conn = open_in_memory().unwrap();
        let empty = inventory(&conn).unwrap();
        assert!(empty.iter().all(|h| (h.count, h.bytes) == (0, 0)));

        store::add_bookmark(&conn, "jongeren-a").unwrap();
        store::add_bookmark(&conn, "jongeren-b").unwrap();
        store::add_note(&conn, None, "één").unwrap();
        store::set_theme(&conn, store::Theme::Dark).unwrap();
        let h = inventory(&conn).unwrap();
        assert_eq!(holding(&h, "bookmarks").count, 2);
        assert_eq!(holding(&h, "notes").count, 1);
        assert_eq!(
            holding(&h, "settings"),
            &Holding {
                kind: "settings",
                count: 1,
                bytes: ("theme".len() + "dark".len()) as u64
            }
        );
        let bookmarks = holding(&h, "bookmarks").bytes;
        assert!(bookmarks > 2 * "jongeren-a".len() as u64, "ids and times");
        // The note is 5 bytes of UTF-8; its id and two times come on top.
        assert!(holding(&h, "notes").bytes > 5);
        assert_eq!(holding(&h, "pages_read").count, 0);
    }

    #[test]
    fn a_table_no_kind_names_is_still_reported() {
        let conn = open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE \"odd \"\"name\" (x TEXT); INSERT INTO \"odd \"\"name\" VALUES ('abc'), (NULL);",
        )
        .unwrap();
        let h = inventory(&conn).unwrap();
        assert_eq!(
            h.last(),
            Some(&Holding {
                kind: OTHER,
                count: 2,
                bytes: 3
            })
        );
    }
}
