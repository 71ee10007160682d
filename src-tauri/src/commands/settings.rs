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

#[tauri::command]
pub fn set_text_size(state: State<'_, AppState>, size: String) -> Result<(), CommandError> {
    let size = size.parse()?;
    state.with_store(|conn| store::set_text_size(conn, size))
}

#[tauri::command]
pub fn set_theme(state: State<'_, AppState>, theme: String) -> Result<(), CommandError> {
    let theme = theme.parse()?;
    state.with_store(|conn| store::set_theme(conn, theme))
}

#[tauri::command]
pub fn set_reduced_motion(state: State<'_, AppState>, motion: String) -> Result<(), CommandError> {
    let motion = motion.parse()?;
    state.with_store(|conn| store::set_reduced_motion(conn, motion))
}
