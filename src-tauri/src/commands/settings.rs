use privacyapp_core::store;
use tauri::State;

use crate::{AppState, CommandError};

#[tauri::command]
pub fn set_locale(state: State<'_, AppState>, locale: String) -> Result<(), CommandError> {
    let locale = super::locale(&locale)?;
    state.with_store(|conn| store::set_locale(conn, locale))
}

#[tauri::command]
pub fn set_track(state: State<'_, AppState>, track: String) -> Result<(), CommandError> {
    let track = super::track(&track)?;
    state.with_store(|conn| store::set_track(conn, track))
}
