use privacyapp_core::i18n::FtlFile;
use tauri::State;

use crate::{AppState, CommandError};

/// The Fluent files for `locale`, then those of the fallback locale, in lookup order.
#[tauri::command]
pub fn messages(state: State<'_, AppState>, locale: String) -> Result<Vec<FtlFile>, CommandError> {
    let locale = super::locale(&locale)?;
    Ok(state
        .pack
        .messages_for(locale)
        .into_iter()
        .cloned()
        .collect())
}
