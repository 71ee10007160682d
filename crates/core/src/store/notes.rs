//! The user's own writing: personal notes, on a page or loose, and preparations saved from the
//! professional tools (a tool's filled-in fields, kept to pick up again later).
//!
//! Notes and preparations on content the current pack lacks are kept; the `visible_*`
//! functions leave them out until that content returns.

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::bookmarks::now_millis;
use super::progress::check_id;
use super::rows::rows;
use crate::error::classify;
use crate::{Error, Result};

/// Long enough for pages of notes; short enough that a pasted document is refused, not stored.
pub const MAX_NOTE_CHARS: usize = 20_000;
pub const MAX_TITLE_CHARS: usize = 200;
/// The size of a preparation's fields as JSON. A tool has a handful of text fields; this
/// leaves room for long answers while keeping the store small.
pub const MAX_PREPARATION_BYTES: usize = 64 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NoteId(pub i64);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: NoteId,
    /// The page the note was written on; `None` for a loose note.
    pub page_id: Option<String>,
    pub text: String,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PreparationId(pub i64);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preparation {
    pub id: PreparationId,
    /// The tool page it was made with.
    pub tool_id: String,
    pub title: String,
    /// The tool's fields by name, as the tool wrote them.
    pub fields: Value,
    pub created_at: i64,
    pub updated_at: i64,
}

pub fn add_note(conn: &Connection, page_id: Option<&str>, text: &str) -> Result<NoteId> {
    page_id.map_or(Ok(()), check_id)?;
    check_text(text, MAX_NOTE_CHARS)?;
    let now = now_millis();
    conn.execute(
        "INSERT INTO notes (page_id, text, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
        rusqlite::params![page_id, text, now],
    )
    .map_err(classify)?;
    Ok(NoteId(conn.last_insert_rowid()))
}

/// Fails with [`Error::UnknownNote`] when the note is gone, so an edit is never silently lost.
pub fn update_note(conn: &Connection, id: NoteId, text: &str) -> Result<()> {
    check_text(text, MAX_NOTE_CHARS)?;
    let changed = conn
        .execute(
            "UPDATE notes SET text = ?2, updated_at = ?3 WHERE id = ?1",
            rusqlite::params![id.0, text, now_millis()],
        )
        .map_err(classify)?;
    if changed == 0 {
        return Err(Error::UnknownNote { id: id.0 });
    }
    Ok(())
}

/// Deleting a note that is already gone is not an error: the user's wish is met.
pub fn delete_note(conn: &Connection, id: NoteId) -> Result<()> {
    conn.execute("DELETE FROM notes WHERE id = ?1", [id.0])
        .map_err(classify)?;
    Ok(())
}

/// Every note, last changed first, including notes on pages the current content lacks.
pub fn list_notes(conn: &Connection) -> Result<Vec<Note>> {
    rows(
        conn,
        "SELECT id, page_id, text, created_at, updated_at FROM notes
         ORDER BY updated_at DESC, id DESC",
        [],
        note,
    )
}

/// The notes written on one page, last changed first.
pub fn page_notes(conn: &Connection, page_id: &str) -> Result<Vec<Note>> {
    rows(
        conn,
        "SELECT id, page_id, text, created_at, updated_at FROM notes WHERE page_id = ?1
         ORDER BY updated_at DESC, id DESC",
        [page_id],
        note,
    )
}

/// Loose notes and notes on pages the current content has (`present` says which ids it has).
pub fn visible_notes(conn: &Connection, present: &dyn Fn(&str) -> bool) -> Result<Vec<Note>> {
    let mut notes = list_notes(conn)?;
    notes.retain(|n| n.page_id.as_deref().is_none_or(present));
    Ok(notes)
}

pub fn save_preparation(
    conn: &Connection,
    tool_id: &str,
    title: &str,
    fields: &Value,
) -> Result<PreparationId> {
    check_id(tool_id)?;
    check_text(title, MAX_TITLE_CHARS)?;
    let fields = fields_json(fields)?;
    let now = now_millis();
    conn.execute(
        "INSERT INTO preparations (tool_id, title, fields, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
        rusqlite::params![tool_id, title, fields, now],
    )
    .map_err(classify)?;
    Ok(PreparationId(conn.last_insert_rowid()))
}

/// Replaces the title and fields. Fails with [`Error::UnknownPreparation`] when it is gone.
pub fn update_preparation(
    conn: &Connection,
    id: PreparationId,
    title: &str,
    fields: &Value,
) -> Result<()> {
    check_text(title, MAX_TITLE_CHARS)?;
    let fields = fields_json(fields)?;
    let changed = conn
        .execute(
            "UPDATE preparations SET title = ?2, fields = ?3, updated_at = ?4 WHERE id = ?1",
            rusqlite::params![id.0, title, fields, now_millis()],
        )
        .map_err(classify)?;
    if changed == 0 {
        return Err(Error::UnknownPreparation { id: id.0 });
    }
    Ok(())
}

pub fn delete_preparation(conn: &Connection, id: PreparationId) -> Result<()> {
    conn.execute("DELETE FROM preparations WHERE id = ?1", [id.0])
        .map_err(classify)?;
    Ok(())
}

pub fn preparation(conn: &Connection, id: PreparationId) -> Result<Preparation> {
    conn.query_row(
        "SELECT id, tool_id, title, fields, created_at, updated_at FROM preparations
         WHERE id = ?1",
        [id.0],
        preparation_row,
    )
    .optional()?
    .ok_or(Error::UnknownPreparation { id: id.0 })
}

/// Every preparation, last changed first, including those of tools the content lacks.
pub fn list_preparations(conn: &Connection) -> Result<Vec<Preparation>> {
    rows(
        conn,
        "SELECT id, tool_id, title, fields, created_at, updated_at FROM preparations
         ORDER BY updated_at DESC, id DESC",
        [],
        preparation_row,
    )
}

/// Preparations made with tools the current content has.
pub fn visible_preparations(
    conn: &Connection,
    present: &dyn Fn(&str) -> bool,
) -> Result<Vec<Preparation>> {
    let mut list = list_preparations(conn)?;
    list.retain(|p| present(&p.tool_id));
    Ok(list)
}

/// Refuses a note that [`add_note`] would refuse, so an import can check before it writes.
pub(super) fn check_note(n: &Note) -> Result<()> {
    n.page_id.as_deref().map_or(Ok(()), check_id)?;
    check_text(&n.text, MAX_NOTE_CHARS)
}

pub(super) fn check_preparation(p: &Preparation) -> Result<()> {
    checked_fields(p).map(drop)
}

/// The fields to store, once every part of the preparation has passed its checks.
fn checked_fields(p: &Preparation) -> Result<String> {
    check_id(&p.tool_id)?;
    check_text(&p.title, MAX_TITLE_CHARS)?;
    fields_json(&p.fields)
}

/// Writes notes as given, ids and times included; the caller has emptied the table first.
pub(super) fn restore_notes(conn: &Connection, notes: &[Note]) -> Result<()> {
    let mut stmt = conn.prepare(
        "INSERT INTO notes (id, page_id, text, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for n in notes {
        check_note(n)?;
        stmt.execute(rusqlite::params![
            n.id.0,
            n.page_id,
            n.text,
            n.created_at,
            n.updated_at
        ])?;
    }
    Ok(())
}

pub(super) fn restore_preparations(conn: &Connection, list: &[Preparation]) -> Result<()> {
    let mut stmt = conn.prepare(
        "INSERT INTO preparations (id, tool_id, title, fields, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for p in list {
        let fields = checked_fields(p)?;
        stmt.execute(rusqlite::params![
            p.id.0,
            p.tool_id,
            p.title,
            fields,
            p.created_at,
            p.updated_at
        ])?;
    }
    Ok(())
}

/// Whitespace alone is no note: saving it would only clutter the list.
fn check_text(text: &str, max_chars: usize) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::TextEmpty);
    }
    if text.chars().count() > max_chars {
        return Err(Error::TextTooLong { max_chars });
    }
    Ok(())
}

/// The fields as stored. serde_json keeps object keys sorted, so equal fields are stored and
/// exported as equal text.
fn fields_json(fields: &Value) -> Result<String> {
    if !fields.is_object() {
        return Err(Error::InvalidPreparation);
    }
    let json = serde_json::to_string(fields).map_err(|_| Error::InvalidPreparation)?;
    if json.len() > MAX_PREPARATION_BYTES {
        return Err(Error::PreparationTooLarge {
            max_bytes: MAX_PREPARATION_BYTES,
        });
    }
    Ok(json)
}

fn note(r: &Row<'_>) -> rusqlite::Result<Note> {
    Ok(Note {
        id: NoteId(r.get(0)?),
        page_id: r.get(1)?,
        text: r.get(2)?,
        created_at: r.get(3)?,
        updated_at: r.get(4)?,
    })
}

fn preparation_row(r: &Row<'_>) -> rusqlite::Result<Preparation> {
    let fields: String = r.get(3)?;
    Ok(Preparation {
        id: PreparationId(r.get(0)?),
        tool_id: r.get(1)?,
        title: r.get(2)?,
        fields: serde_json::from_str(&fields).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, e.into())
        })?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::open_in_memory;
    use serde_json::json;

    fn texts(notes: &[Note]) -> Vec<&str> {
        notes.iter().map(|n| n.text.as_str()).collect()
    }

    #[test]
    fn notes_are_added_edited_listed_and_deleted() {
        let conn = open_in_memory().unwrap();
        let a = add_note(&conn, Some("jongeren-a"), "Vragen aan mijn mentor").unwrap();
        let b = add_note(&conn, None, "Los briefje ✍️").unwrap();
        assert_ne!(a, b);
        assert_eq!(
            texts(&list_notes(&conn).unwrap()),
            ["Los briefje ✍️", "Vragen aan mijn mentor"]
        );
        // Both were written a while ago, so the edit is certainly the latest change.
        conn.execute("UPDATE notes SET created_at = 1, updated_at = 1", [])
            .unwrap();
        update_note(&conn, a, "Vragen aan mijn mentor, en aan de wijkcoach").unwrap();
        let notes = list_notes(&conn).unwrap();
        assert_eq!(notes[0].id, a, "the edited note comes first");
        assert!(notes[0].updated_at >= notes[0].created_at);
        assert_eq!(
            texts(&page_notes(&conn, "jongeren-a").unwrap()),
            ["Vragen aan mijn mentor, en aan de wijkcoach"]
        );
        delete_note(&conn, a).unwrap();
        delete_note(&conn, a).unwrap();
        assert_eq!(texts(&list_notes(&conn).unwrap()), ["Los briefje ✍️"]);
        assert!(matches!(
            update_note(&conn, a, "te laat"),
            Err(Error::UnknownNote { .. })
        ));
    }

    #[test]
    fn a_deleted_notes_id_is_not_handed_out_again() {
        let conn = open_in_memory().unwrap();
        let a = add_note(&conn, None, "een").unwrap();
        delete_note(&conn, a).unwrap();
        let b = add_note(&conn, None, "twee").unwrap();
        assert!(b > a);
    }

    #[test]
    fn an_empty_or_too_long_note_is_refused_and_nothing_changes() {
        let conn = open_in_memory().unwrap();
        for empty in ["", "  \n\t "] {
            assert!(matches!(
                add_note(&conn, None, empty),
                Err(Error::TextEmpty)
            ));
        }
        let longest = "é".repeat(MAX_NOTE_CHARS);
        let id = add_note(&conn, None, &longest).unwrap();
        let too_long = format!("{longest}x");
        assert!(matches!(
            add_note(&conn, None, &too_long),
            Err(Error::TextTooLong {
                max_chars: MAX_NOTE_CHARS
            })
        ));
        assert!(matches!(
            update_note(&conn, id, &too_long),
            Err(Error::TextTooLong { .. })
        ));
        assert!(matches!(update_note(&conn, id, " "), Err(Error::TextEmpty)));
        assert!(matches!(
            add_note(&conn, Some("Not/An/Id"), "tekst"),
            Err(Error::InvalidId(_))
        ));
        assert_eq!(texts(&list_notes(&conn).unwrap()), [longest.as_str()]);
    }

    #[test]
    fn notes_on_removed_pages_are_hidden_kept_and_shown_again() {
        let conn = open_in_memory().unwrap();
        add_note(&conn, Some("jongeren-gone"), "op een verdwenen pagina").unwrap();
        add_note(&conn, Some("jongeren-a"), "op een pagina").unwrap();
        add_note(&conn, None, "los").unwrap();
        let without_gone = |id: &str| id != "jongeren-gone";
        assert_eq!(
            texts(&visible_notes(&conn, &without_gone).unwrap()),
            ["los", "op een pagina"]
        );
        assert_eq!(list_notes(&conn).unwrap().len(), 3, "kept in the store");
        assert_eq!(
            visible_notes(&conn, &|_| true).unwrap(),
            list_notes(&conn).unwrap(),
            "shown again when the page is back"
        );
    }

    #[test]
    fn a_preparation_keeps_its_fields_exactly() {
        let conn = open_in_memory().unwrap();
        let fields = json!({
            "pet": "toeleider",
            "doel": "Bepalen welke hulp nodig is.\nMet een tweede regel.",
            "gegevens": ["inkomen", "woonsituatie"],
            "aangekondigd": true,
            "aantal": 3,
        });
        let id =
            save_preparation(&conn, "professionals-gesprek", "Gesprek dinsdag", &fields).unwrap();
        let p = preparation(&conn, id).unwrap();
        assert_eq!(
            (p.tool_id.as_str(), p.title.as_str(), &p.fields),
            ("professionals-gesprek", "Gesprek dinsdag", &fields)
        );
        let changed = json!({ "pet": "hulpverlener" });
        update_preparation(&conn, id, "Gesprek woensdag", &changed).unwrap();
        let p = preparation(&conn, id).unwrap();
        assert_eq!(
            (p.title.as_str(), &p.fields),
            ("Gesprek woensdag", &changed)
        );
        delete_preparation(&conn, id).unwrap();
        assert!(matches!(
            preparation(&conn, id),
            Err(Error::UnknownPreparation { .. })
        ));
        assert!(matches!(
            update_preparation(&conn, id, "x", &changed),
            Err(Error::UnknownPreparation { .. })
        ));
    }

    #[test]
    fn a_preparation_must_be_an_object_of_bounded_size() {
        let conn = open_in_memory().unwrap();
        for not_object in [json!([1, 2]), json!("tekst"), json!(null), json!(4)] {
            assert!(matches!(
                save_preparation(&conn, "professionals-t", "Titel", &not_object),
                Err(Error::InvalidPreparation)
            ));
        }
        // `{"v":"…"}` is 8 bytes around the value.
        let fits = json!({ "v": "x".repeat(MAX_PREPARATION_BYTES - 8) });
        save_preparation(&conn, "professionals-t", "Past", &fits).unwrap();
        let too_big = json!({ "v": "x".repeat(MAX_PREPARATION_BYTES - 7) });
        assert!(matches!(
            save_preparation(&conn, "professionals-t", "Te groot", &too_big),
            Err(Error::PreparationTooLarge {
                max_bytes: MAX_PREPARATION_BYTES
            })
        ));
        assert!(matches!(
            save_preparation(&conn, "professionals-t", " ", &json!({})),
            Err(Error::TextEmpty)
        ));
        assert!(matches!(
            save_preparation(
                &conn,
                "professionals-t",
                &"t".repeat(MAX_TITLE_CHARS + 1),
                &json!({})
            ),
            Err(Error::TextTooLong {
                max_chars: MAX_TITLE_CHARS
            })
        ));
        assert!(matches!(
            save_preparation(&conn, "", "Titel", &json!({})),
            Err(Error::InvalidId(_))
        ));
        let titles: Vec<_> = list_preparations(&conn)
            .unwrap()
            .into_iter()
            .map(|p| p.title)
            .collect();
        assert_eq!(titles, ["Past"]);
    }

    #[test]
    fn preparations_of_removed_tools_are_hidden_kept_and_shown_again() {
        let conn = open_in_memory().unwrap();
        save_preparation(&conn, "professionals-oud", "Oud", &json!({})).unwrap();
        save_preparation(&conn, "professionals-nieuw", "Nieuw", &json!({})).unwrap();
        let without_old = |id: &str| id != "professionals-oud";
        let visible: Vec<_> = visible_preparations(&conn, &without_old)
            .unwrap()
            .into_iter()
            .map(|p| p.title)
            .collect();
        assert_eq!(visible, ["Nieuw"]);
        assert_eq!(visible_preparations(&conn, &|_| true).unwrap().len(), 2);
    }
}
