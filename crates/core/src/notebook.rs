//! The user's notes as the notes screen shows them: each with the page it belongs to, in the
//! reading locale. Writing a note is checked against the content (a note on a page needs the
//! page); what a note says is the user's, and the PII guard only warns, it never refuses.

use rusqlite::Connection;
use serde::Serialize;

use crate::content::{Pack, PageSummary};
use crate::i18n::Locale;
use crate::store::{self, Note, NoteId};
use crate::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoteView {
    pub note: Note,
    /// The page the note was written on, in the reading locale; `None` for a loose note.
    pub page: Option<PageSummary>,
}

/// Loose notes and notes on pages the content has now, last changed first.
pub fn notes(conn: &Connection, pack: &Pack, locale: Locale) -> Result<Vec<NoteView>> {
    let present = |id: &str| pack.contains(id);
    Ok(store::visible_notes(conn, &present)?
        .into_iter()
        .map(|note| {
            let page = note
                .page_id
                .as_deref()
                .and_then(|id| pack.page(id, locale).ok().map(PageSummary::from));
            NoteView { note, page }
        })
        .collect())
}

pub fn add_note(
    conn: &Connection,
    pack: &Pack,
    page_id: Option<&str>,
    text: &str,
) -> Result<NoteId> {
    if let Some(id) = page_id {
        if !pack.contains(id) {
            return Err(Error::UnknownPage { id: id.to_owned() });
        }
    }
    store::add_note(conn, page_id, text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{pack_of, Track};

    fn pack() -> Pack {
        pack_of(
            &["+++\nid = \"jongeren-a\"\nkind = \"article\"\ntrack = \"jongeren\"\ntitle = \"A\"\nsummary = \"Over a.\"\n+++\n\nTekst.\n"],
            Track::Jongeren,
        )
    }

    #[test]
    fn notes_come_with_their_page_and_hide_while_the_page_is_gone() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        add_note(&conn, &pack, Some("jongeren-a"), "Vragen bij deze pagina").unwrap();
        add_note(&conn, &pack, None, "Losse gedachte").unwrap();
        let err = add_note(&conn, &pack, Some("jongeren-weg"), "Nergens").unwrap_err();
        assert_eq!(err.code(), "unknown_page");
        // A note on a page a later content version dropped, from an import.
        store::add_note(&conn, Some("jongeren-oud"), "Bewaard").unwrap();

        let shown = notes(&conn, &pack, Locale::En).unwrap();
        let texts: Vec<_> = shown.iter().map(|n| n.note.text.as_str()).collect();
        assert_eq!(texts.len(), 2);
        assert!(texts.contains(&"Losse gedachte"));
        let on_page = shown
            .iter()
            .find(|n| n.note.text == "Vragen bij deze pagina")
            .unwrap();
        assert_eq!(on_page.page.as_ref().map(|p| p.title.as_str()), Some("A"));
        assert_eq!(
            store::list_notes(&conn).unwrap().len(),
            3,
            "kept, not shown"
        );
    }
}
