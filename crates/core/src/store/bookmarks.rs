//! Bookmarks, by stable content id, newest first.

use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OptionalExtension};

use crate::error::classify;
use crate::Result;

pub fn add_bookmark(conn: &Connection, content_id: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO bookmarks (content_id, created_at) VALUES (?1, ?2)
         ON CONFLICT (content_id) DO NOTHING",
        rusqlite::params![content_id, now_millis()],
    )
    .map_err(classify)?;
    Ok(())
}

pub fn remove_bookmark(conn: &Connection, content_id: &str) -> Result<()> {
    conn.execute("DELETE FROM bookmarks WHERE content_id = ?1", [content_id])
        .map_err(classify)?;
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

/// Bookmarks whose content is present now (`present` says which ids the current content has),
/// newest first. The others stay stored and show again when their content returns.
pub fn visible_bookmarks(conn: &Connection, present: &dyn Fn(&str) -> bool) -> Result<Vec<String>> {
    let mut ids = list_bookmarks(conn)?;
    ids.retain(|id| present(id));
    Ok(ids)
}

/// The store's clock: unix milliseconds, as every table keeps its times.
pub(super) fn now_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::open_in_memory;

    #[test]
    fn a_store_that_can_only_be_read_says_so_on_bookmark_writes() {
        let conn = open_in_memory().unwrap();
        conn.pragma_update(None, "query_only", true).unwrap();
        assert!(matches!(
            add_bookmark(&conn, "a"),
            Err(crate::Error::ReadOnly)
        ));
        assert!(matches!(
            remove_bookmark(&conn, "a"),
            Err(crate::Error::ReadOnly)
        ));
    }

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

    #[test]
    fn a_bookmark_of_removed_content_is_hidden_kept_and_shown_again() {
        let conn = open_in_memory().unwrap();
        add_bookmark(&conn, "jongeren-a").unwrap();
        add_bookmark(&conn, "jongeren-b").unwrap();
        let without_b = |id: &str| id != "jongeren-b";
        assert_eq!(
            visible_bookmarks(&conn, &without_b).unwrap(),
            ["jongeren-a"]
        );
        assert_eq!(list_bookmarks(&conn).unwrap().len(), 2, "kept in the store");
        assert!(is_bookmarked(&conn, "jongeren-b").unwrap());
        assert_eq!(
            visible_bookmarks(&conn, &|_| true).unwrap(),
            ["jongeren-b", "jongeren-a"],
            "back, in its old place, once the content has it again"
        );
    }
}
