use privacyapp_core::content::{PageSummary, Term};
use privacyapp_core::library::{self, PageView};
use privacyapp_core::search::Hit;
use tauri::State;

use crate::{AppState, CommandError};

#[tauri::command]
pub fn list_pages(
    state: State<'_, AppState>,
    track: String,
    locale: String,
) -> Result<Vec<PageSummary>, CommandError> {
    Ok(state
        .pack
        .summaries(super::track(&track)?, super::locale(&locale)?))
}

#[tauri::command]
pub fn open_page(
    state: State<'_, AppState>,
    id: String,
    locale: String,
) -> Result<PageView, CommandError> {
    let locale = super::locale(&locale)?;
    state.with_optional_store(|conn| library::open_page(conn, &state.pack, &id, locale))
}

/// At most this many hits: more than a screen of results helps nobody while typing.
const SEARCH_LIMIT: usize = 50;

#[tauri::command]
pub fn search(
    state: State<'_, AppState>,
    query: String,
    locale: String,
) -> Result<Vec<Hit>, CommandError> {
    state.search(super::locale(&locale)?, &query, SEARCH_LIMIT)
}

#[tauri::command]
pub fn glossary_term(
    state: State<'_, AppState>,
    id: String,
    locale: String,
) -> Result<Term, CommandError> {
    let locale = super::locale(&locale)?;
    state
        .pack
        .term(&id, locale)
        .cloned()
        .ok_or(CommandError::Core(privacyapp_core::Error::UnknownTerm {
            id,
        }))
}
