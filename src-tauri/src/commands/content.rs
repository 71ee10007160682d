use privacyapp_core::content::Term;
use privacyapp_core::library::{self, PageView};
use privacyapp_core::overview::{self, TrackOverview};
use privacyapp_core::search::Hit;
use tauri::State;

use crate::{AppState, CommandError};

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

#[tauri::command]
pub fn track_overview(
    state: State<'_, AppState>,
    track: String,
    locale: String,
) -> Result<TrackOverview, CommandError> {
    let (track, locale) = (super::track(&track)?, super::locale(&locale)?);
    state.with_optional_store(|conn| overview::track_overview(conn, &state.pack, track, locale))
}

#[tauri::command]
pub fn mark_read(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    state.with_store(|conn| overview::mark_read(conn, &state.pack, &id))
}
