//! Full-text search over the content, built into the pack.
//!
//! The pack builder calls [`create_index`] once; the app only ever calls [`search`], on the
//! read-only pack. Folding (case, diacritics) and Snowball stemming happen in Rust
//! ([`text`]), so the FTS5 tables hold ready-made tokens and the snippet can mark exactly
//! the words the query matched.

mod index;
mod query;
mod snippet;
mod stop_words;
mod text;

use serde::{Deserialize, Serialize};

use crate::content::Track;
use crate::i18n::Locale;
use crate::Result;

/// One searchable thing: a page, or a glossary term (kind "term", track None).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchDoc {
    pub id: String,
    pub locale: Locale,
    pub kind: String,
    pub track: Option<Track>,
    pub title: String,
    pub summary: String,
    /// Plain text, blocks separated by "\n\n".
    pub body: String,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hit {
    pub id: String,
    pub kind: String,
    pub track: Option<Track>,
    pub title: String,
    pub snippet: Vec<SnippetPart>,
    /// The page has only some of the words: no page had them all, so these are the nearest.
    pub partial: bool,
}

/// A snippet is text parts; `mark` parts are the matched words. Structured, not HTML, so the
/// UI can build DOM nodes without ever parsing markup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnippetPart {
    pub text: String,
    pub mark: bool,
}

/// Creates the search tables in `conn` (main schema) and fills them. Called once per pack
/// build; calling it again replaces the previous index.
pub fn create_index(conn: &rusqlite::Connection, docs: &[SearchDoc]) -> Result<()> {
    index::create(conn, docs)
}

/// Searches one locale. `query` is what the user typed so far. At most `limit` hits, best
/// first. A blank query, or one with no word characters, returns no hits (not an error).
pub fn search(
    conn: &rusqlite::Connection,
    locale: Locale,
    query: &str,
    limit: usize,
) -> Result<Vec<Hit>> {
    query::run(conn, locale, query, limit)
}

#[cfg(test)]
mod tests;
