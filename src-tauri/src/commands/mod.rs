//! One module per domain; each command is a one-liner over the core.

pub mod answers;
pub mod app;
pub mod bookmarks;
pub mod content;
pub mod i18n;
pub mod notes;
pub mod play;
pub mod privacy;
pub mod settings;
pub mod tools;

use privacyapp_core::content::Track;
use privacyapp_core::i18n::Locale;

use crate::CommandError;

/// Commands take locales and tracks as strings so a bad value gets our own error shape.
fn locale(s: &str) -> Result<Locale, CommandError> {
    Ok(s.parse()?)
}

fn track(s: &str) -> Result<Track, CommandError> {
    Ok(s.parse()?)
}
