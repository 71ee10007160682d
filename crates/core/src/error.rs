//! The one error type of the core. Each variant has a stable [`Error::code`] that the UI maps
//! to a localised message; the `Display` text is for logs and developers only.

use crate::Diagnostics;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("no page `{id}` in this content")]
    UnknownPage { id: String },

    #[error("no glossary term `{id}` in this content")]
    UnknownTerm { id: String },

    #[error("unknown locale `{0}`")]
    UnknownLocale(String),

    #[error("unknown track `{0}`")]
    UnknownTrack(String),

    #[error("invalid content:\n{0}")]
    InvalidContent(Diagnostics),

    #[error("the content pack cannot be read: {0}")]
    Pack(String),

    #[error(
        "the database was written by a newer version of this app \
         (schema {found}, this version knows up to {supported})"
    )]
    DatabaseTooNew { found: i64, supported: i64 },

    #[error("storage failed: {0}")]
    Storage(#[from] rusqlite::Error),

    #[error("file access failed: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// A stable, machine-readable code. The UI has a localised message for each one, so a
    /// code, once shipped, is never renamed.
    pub fn code(&self) -> &'static str {
        match self {
            Error::UnknownPage { .. } => "unknown_page",
            Error::UnknownTerm { .. } => "unknown_term",
            Error::UnknownLocale(_) => "unknown_locale",
            Error::UnknownTrack(_) => "unknown_track",
            Error::InvalidContent(_) => "invalid_content",
            Error::Pack(_) => "invalid_pack",
            Error::DatabaseTooNew { .. } => "database_too_new",
            Error::Storage(_) => "storage",
            Error::Io(_) => "io",
        }
    }

    /// Every code the core can produce; the UI test checks each has a localised message.
    pub const CODES: &'static [&'static str] = &[
        "unknown_page",
        "unknown_term",
        "unknown_locale",
        "unknown_track",
        "invalid_content",
        "invalid_pack",
        "database_too_new",
        "storage",
        "io",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_listed() {
        let samples = [
            Error::UnknownPage { id: "x".into() },
            Error::UnknownTerm { id: "x".into() },
            Error::UnknownLocale("xx".into()),
            Error::UnknownTrack("y".into()),
            Error::InvalidContent(Diagnostics::default()),
            Error::DatabaseTooNew {
                found: 9,
                supported: 1,
            },
            Error::Io(std::io::Error::other("disk")),
        ];
        for e in &samples {
            assert!(Error::CODES.contains(&e.code()), "{} not listed", e.code());
        }
    }
}
