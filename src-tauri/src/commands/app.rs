use privacyapp_core::content::Track;
use privacyapp_core::i18n::Locale;
use privacyapp_core::store::{self, Settings};
use serde::Serialize;
use tauri::State;

use crate::state::StoreNotice;
use crate::{AppState, CommandError};

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bootstrap {
    /// The user's choices; empty at first start.
    settings: Settings,
    /// The language to preselect when none is chosen yet.
    suggested_locale: Locale,
    locales: [Locale; 2],
    tracks: [Track; 3],
    /// Set when the store could not be opened; the UI explains it and keeps showing content.
    store_error: Option<CommandError>,
    /// A damaged store that was replaced, or a store that can only be read.
    store_notice: StoreNotice,
}

/// Everything the UI needs to decide what to show first. Never fails: a broken store is
/// reported inside, so the app can still start and say what is wrong.
#[tauri::command]
pub fn bootstrap(state: State<'_, AppState>) -> Bootstrap {
    let (settings, store_error) = match state.with_store(store::settings) {
        Ok(s) => (s, None),
        Err(e) => (Settings::default(), Some(e)),
    };
    Bootstrap {
        settings,
        suggested_locale: state.system_locale,
        locales: Locale::ALL,
        tracks: Track::ALL,
        store_error,
        store_notice: state.store_notice(),
    }
}
