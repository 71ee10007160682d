//! Bookmarks, by stable content id, newest first.

use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OptionalExtension};

use crate::Result;

pub fn add_bookmark(conn: &Connection, content_id: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO bookmarks (content_id, created_at) VALUES (?1, ?2)
         ON CONFLICT (content_id) DO NOTHING",
        rusqlite::params![content_id, now_millis()],
    )?;
    Ok(())
}

pub fn remove_bookmark(conn: &Connection, content_id: &str) -> Result<()> {
    conn.execute("DELETE FROM bookmarks WHERE content_id = ?1", [content_id])?;
    Ok(())
}

pub fn is_bookmarked(conn: &Connection, content_id: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM bookmarks WHERE content_id = ?1",
            [content_id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Content ids, newest first. Ids the current content no longer has are kept: the caller
/// decides what to show, so a content update never destroys a bookmark.
pub fn list_bookmarks(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare("SELECT content_id FROM bookmarks ORDER BY created_at DESC, rowid DESC")?;
    let ids = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

fn now_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::open_in_memory;

    #[test]
    fn add_list_and_remove() {
        let conn = open_in_memory().unwrap();
        assert!(list_bookmarks(&conn).unwrap().is_empty());
        add_bookmark(&conn, "a").unwrap();
        add_bookmark(&conn, "b").unwrap();
        add_bookmark(&conn, "a").unwrap();
        assert_eq!(list_bookmarks(&conn).unwrap(), ["b", "a"]);
        assert!(is_bookmarked(&conn, "a").unwrap());
        remove_bookmark(&conn, "a").unwrap();
        remove_bookmark(&conn, "never-there").unwrap();
        assert_eq!(list_bookmarks(&conn).unwrap(), ["b"]);
        assert!(!is_bookmarked(&conn, "a").unwrap());
    }
}
