use privacyapp_core::content::PageSummary;
use privacyapp_core::library::{self, PageView};
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
