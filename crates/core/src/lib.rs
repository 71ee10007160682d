//! The brain of PrivacyApp Sociaal Domein.
//!
//! Everything the app knows and does lives here, free of Tauri: the content model and its
//! compiler, Markdown rendering behind one sanitiser, localisation with Fluent, and the user's
//! store in SQLite. The shell (`src-tauri`) and the CLI (`crates/cli`) only call into it.

pub mod answers;
mod calendar;
pub use calendar::Date;
pub mod content;
pub mod diagnostic;
pub mod error;
pub mod gemeente;
pub mod i18n;
pub mod library;
pub mod markdown;
pub mod notebook;
pub mod overview;
pub mod pii;
pub mod play;
pub mod readability;
pub mod search;
pub mod store;
pub mod tools;

pub use diagnostic::{Diagnostic, Diagnostics};
pub use error::{Error, Result};
