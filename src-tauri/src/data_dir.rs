//! Where the user's store lives.

use std::path::PathBuf;

use tauri::Manager;

/// Tests and portable installs point the app at a folder of their choosing; it must never
/// touch the real user's data while being tested.
pub const DATA_DIR_VARIABLE: &str = "PRIVACYAPP_DATA_DIR";

pub fn resolve<R: tauri::Runtime>(app: &tauri::AppHandle<R>) -> tauri::Result<PathBuf> {
    match std::env::var_os(DATA_DIR_VARIABLE) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => app.path().app_data_dir(),
    }
}
