//! What the user has, seen through the current content: bookmarks resolved to pages.
//! The store keeps ids; the pack knows which of them exist now and what they are called.

use rusqlite::Connection;

use crate::content::{Pack, Page, PageSummary};
use crate::i18n::Locale;
use crate::{store, Result};

/// A page as the reader sees it, with the user's state for it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PageView {
    pub page: Page,
    pub bookmarked: bool,
    /// The page's related pages, in the order the author gave.
    pub related: Vec<PageSummary>,
}

/// Opens a page. Without a store (`None`: it could not be opened) the page still opens,
/// unbookmarked: reading never depends on the user's data.
pub fn open_page(
    conn: Option<&Connection>,
    pack: &Pack,
    id: &str,
    locale: Locale,
) -> Result<PageView> {
    let page = pack.page(id, locale)?.clone();
    let bookmarked = match conn {
        Some(conn) => store::is_bookmarked(conn, id)?,
        None => false,
    };
    let related = page
        .related
        .iter()
        .filter_map(|r| pack.page(r, locale).ok().map(PageSummary::from))
        .collect();
    Ok(PageView {
        page,
        bookmarked,
        related,
    })
}

/// Bookmarks only ever point at pages that exist, so nobody stores a dead link.
pub fn add_bookmark(conn: &Connection, pack: &Pack, id: &str) -> Result<()> {
    if !pack.contains(id) {
        return Err(crate::Error::UnknownPage { id: id.to_owned() });
    }
    store::add_bookmark(conn, id)
}

/// Bookmarked pages in `locale`, newest first. Bookmarks of pages the current content lacks
/// stay in the store, hidden, and show again when the page returns.
pub fn bookmarked_pages(
    conn: &Connection,
    pack: &Pack,
    locale: Locale,
) -> Result<Vec<PageSummary>> {
    Ok(store::list_bookmarks(conn)?
        .iter()
        .filter_map(|id| pack.page(id, locale).ok().map(PageSummary::from))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Body, Kind, Track, PACK_FORMAT};

    /// A pack of pages in every locale; each page lists the next one as related.
    fn pack(ids: &[&str]) -> Pack {
        let pages = ids
            .iter()
            .enumerate()
            .flat_map(|(i, id)| {
                Locale::ALL.map(|locale| Page {
                    id: (*id).into(),
                    kind: Kind::Article,
                    related: ids
                        .get(i + 1)
                        .map(|n| vec![(*n).to_string()])
                        .unwrap_or_default(),
                    locale,
                    track: Track::Jongeren,
                    title: format!("{id} ({locale})"),
                    summary: String::new(),
                    tags: vec![],
                    sources: vec![],
                    html: String::new(),
                    body: Body::Prose,
                    position: 0,
                    tool: None,
                })
            })
            .collect();
        Pack {
            format: PACK_FORMAT,
            source_hash: String::new(),
            pages,
            terms: vec![],
            messages: vec![],
        }
    }

    #[test]
    fn bookmarks_show_in_the_reading_locale() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack(&["a", "b"]);
        add_bookmark(&conn, &pack, "a").unwrap();
        let titles: Vec<_> = bookmarked_pages(&conn, &pack, Locale::En)
            .unwrap()
            .into_iter()
            .map(|p| p.title)
            .collect();
        assert_eq!(titles, ["a (en)"]);
        assert!(
            open_page(Some(&conn), &pack, "a", Locale::Nl)
                .unwrap()
                .bookmarked
        );
        assert!(
            !open_page(Some(&conn), &pack, "b", Locale::Nl)
                .unwrap()
                .bookmarked
        );
        let related: Vec<_> = open_page(None, &pack, "a", Locale::En).unwrap().related;
        assert_eq!(
            related.iter().map(|r| r.title.as_str()).collect::<Vec<_>>(),
            ["b (en)"]
        );
        let without_store = open_page(None, &pack, "a", Locale::En).unwrap();
        assert_eq!(
            (without_store.page.title.as_str(), without_store.bookmarked),
            ("a (en)", false)
        );
    }

    #[test]
    fn an_unknown_page_cannot_be_bookmarked_or_opened() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack(&["a"]);
        assert!(matches!(
            add_bookmark(&conn, &pack, "zz"),
            Err(crate::Error::UnknownPage { .. })
        ));
        assert!(matches!(
            open_page(Some(&conn), &pack, "zz", Locale::En),
            Err(crate::Error::UnknownPage { .. })
        ));
        assert!(store::list_bookmarks(&conn).unwrap().is_empty());
    }

    #[test]
    fn a_bookmark_of_a_removed_page_is_hidden_then_returns_with_it() {
        let conn = store::open_in_memory().unwrap();
        add_bookmark(&conn, &pack(&["a", "b"]), "b").unwrap();
        assert!(bookmarked_pages(&conn, &pack(&["a"]), Locale::Nl)
            .unwrap()
            .is_empty());
        assert_eq!(
            bookmarked_pages(&conn, &pack(&["a", "b"]), Locale::Nl)
                .unwrap()
                .len(),
            1
        );
    }
}
