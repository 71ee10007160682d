use privacyapp_core::notebook::{self, NoteView};
use privacyapp_core::pii::{self, Finding};
use privacyapp_core::store::{self, NoteId};
use tauri::State;

use crate::{AppState, CommandError};

#[tauri::command]
pub fn list_notes(
    state: State<'_, AppState>,
    locale: String,
) -> Result<Vec<NoteView>, CommandError> {
    let locale = super::locale(&locale)?;
    state.with_store(|conn| notebook::notes(conn, &state.pack, locale))
}

/// What in a text looks like client data, so the UI can warn before it is saved.
#[tauri::command]
pub fn check_note(text: String) -> Vec<Finding> {
    pii::scan(&text)
}

#[tauri::command]
pub fn add_note(
    state: State<'_, AppState>,
    page: Option<String>,
    text: String,
) -> Result<NoteId, CommandError> {
    state.with_store(|conn| notebook::add_note(conn, &state.pack, page.as_deref(), &text))
}

#[tauri::command]
pub fn update_note(state: State<'_, AppState>, id: i64, text: String) -> Result<(), CommandError> {
    state.with_store(|conn| store::update_note(conn, NoteId(id), &text))
}

#[tauri::command]
pub fn delete_note(state: State<'_, AppState>, id: i64) -> Result<(), CommandError> {
    state.with_store(|conn| store::delete_note(conn, NoteId(id)))
}
