//! The user's own data: what is stored, taking it along, and removing it.

use std::path::PathBuf;

use privacyapp_core::store::{self, Holding};
use tauri::{Manager, State};

use crate::{AppState, CommandError};

/// Tests point exports at a folder of their choosing instead of the user's downloads.
pub const EXPORT_DIR_VARIABLE: &str = "PRIVACYAPP_EXPORT_DIR";

#[tauri::command]
pub fn store_inventory(state: State<'_, AppState>) -> Result<Vec<Holding>, CommandError> {
    state.with_store(store::inventory)
}

/// Writes everything to a new JSON file in the downloads folder and returns its path.
#[tauri::command]
pub fn export_data<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<String, CommandError> {
    let bytes = state.with_store(store::export)?;
    let path = store::write_export(&export_dir(&app)?, &bytes)?;
    Ok(path.to_string_lossy().into_owned())
}

/// The downloads folder (the home folder without one), or the tests' own folder.
pub fn export_dir<R: tauri::Runtime>(app: &tauri::AppHandle<R>) -> Result<PathBuf, CommandError> {
    match std::env::var_os(EXPORT_DIR_VARIABLE) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => app
            .path()
            .download_dir()
            .or_else(|_| app.path().home_dir())
            .map_err(|e| CommandError::Core(std::io::Error::other(e.to_string()).into())),
    }
}

#[tauri::command]
pub fn import_data(state: State<'_, AppState>, json: String) -> Result<Vec<Holding>, CommandError> {
    state
        .with_store(|conn| store::import(conn, json.as_bytes()))
        .map(|summary| summary.holdings)
}

#[tauri::command]
pub fn delete_everything(state: State<'_, AppState>) -> Result<(), CommandError> {
    state.delete_everything()
}
