use privacyapp_core::content::PageSummary;
use privacyapp_core::library;
use privacyapp_core::store;
use tauri::State;

use crate::{AppState, CommandError};

#[tauri::command]
pub fn list_bookmarks(
    state: State<'_, AppState>,
    locale: String,
) -> Result<Vec<PageSummary>, CommandError> {
    let locale = super::locale(&locale)?;
    state.with_store(|conn| library::bookmarked_pages(conn, &state.pack, locale))
}

#[tauri::command]
pub fn add_bookmark(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    state.with_store(|conn| library::add_bookmark(conn, &state.pack, &id))
}

#[tauri::command]
pub fn remove_bookmark(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    state.with_store(|conn| store::remove_bookmark(conn, &id))
}
