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

    /// The store was opened read-only (the disk or file cannot be written), so nothing new
    /// can be saved; what was saved before is still there.
    #[error("the store is read-only")]
    ReadOnly,

    #[error("the disk is full")]
    DiskFull,

    /// Holds the refused id, never user text: ids come from content or the UI's own state.
    #[error("`{0}` is not a valid content id")]
    InvalidId(String),

    #[error("the text is empty")]
    TextEmpty,

    #[error("the text is longer than {max_chars} characters")]
    TextTooLong { max_chars: usize },

    #[error("a quiz answer must choose at least one option")]
    InvalidAnswer,

    /// A move the story does not allow from where the user is (a choice that is not here,
    /// stepping back from the first step or on from an ending).
    #[error("that move is not possible at this point of the story")]
    InvalidMove,

    #[error("the story goes on only after a choice")]
    ChoiceNeeded,

    #[error("`{0}` is not a date (YYYY-MM-DD)")]
    InvalidDate(String),

    #[error("a date cannot lie in the future here")]
    DateInFuture,

    #[error("a preparation must be a JSON object of the tool's fields")]
    InvalidPreparation,

    #[error("the preparation is larger than {max_bytes} bytes")]
    PreparationTooLarge { max_bytes: usize },

    #[error("no note {id}")]
    UnknownNote { id: i64 },

    #[error("no preparation {id}")]
    UnknownPreparation { id: i64 },

    /// Holds the refused value: it comes from the UI's own list of choices, never from a user.
    #[error("`{0}` is not one of the choices for this setting")]
    InvalidSetting(String),

    /// Says what is wrong with the file, never what it holds: it is the user's data.
    #[error("not a valid export of this app: {0}")]
    InvalidExport(String),
}

/// Turns a SQLite failure into the error the user can act on: a read-only or full disk gets
/// its own code, so the message can say so instead of a vague "storage failed". Store code
/// maps its SQLite errors through this one function rather than `?`'s plain conversion.
pub(crate) fn classify(e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ReadOnly) => Error::ReadOnly,
        Some(rusqlite::ErrorCode::DiskFull) => Error::DiskFull,
        _ => Error::Storage(e),
    }
}

/// [`classify`] for a SQLite failure that `?` already wrapped as [`Error::Storage`].
pub(crate) fn reclassify(e: Error) -> Error {
    match e {
        Error::Storage(e) => classify(e),
        other => other,
    }
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
            Error::ReadOnly => "read_only",
            Error::DiskFull => "disk_full",
            Error::InvalidId(_) => "invalid_id",
            Error::TextEmpty => "text_empty",
            Error::TextTooLong { .. } => "text_too_long",
            Error::InvalidAnswer => "invalid_answer",
            Error::InvalidMove => "invalid_move",
            Error::ChoiceNeeded => "choice_needed",
            Error::InvalidSetting(_) => "invalid_setting",
            Error::InvalidDate(_) => "invalid_date",
            Error::DateInFuture => "date_in_future",
            Error::InvalidPreparation => "invalid_preparation",
            Error::PreparationTooLarge { .. } => "preparation_too_large",
            Error::UnknownNote { .. } => "unknown_note",
            Error::UnknownPreparation { .. } => "unknown_preparation",
            Error::InvalidExport(_) => "invalid_export",
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
        "read_only",
        "disk_full",
        "invalid_id",
        "text_empty",
        "text_too_long",
        "invalid_answer",
        "invalid_move",
        "choice_needed",
        "invalid_setting",
        "invalid_date",
        "date_in_future",
        "invalid_preparation",
        "preparation_too_large",
        "unknown_note",
        "unknown_preparation",
        "invalid_export",
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
            Error::ReadOnly,
            Error::DiskFull,
            Error::InvalidId("X".into()),
            Error::TextEmpty,
            Error::TextTooLong { max_chars: 1 },
            Error::InvalidAnswer,
            Error::InvalidMove,
            Error::ChoiceNeeded,
            Error::InvalidSetting("huge".into()),
            Error::InvalidDate("x".into()),
            Error::DateInFuture,
            Error::InvalidPreparation,
            Error::PreparationTooLarge { max_bytes: 1 },
            Error::UnknownNote { id: 1 },
            Error::UnknownPreparation { id: 1 },
            Error::InvalidExport("x".into()),
        ];
        for e in &samples {
            assert!(Error::CODES.contains(&e.code()), "{} not listed", e.code());
        }
    }
}
