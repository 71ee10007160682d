//! The content model, its compiler and the pack the app loads.
//!
//! Authors write Markdown under `content/<locale>/<track>/`; [`compile`] checks it and turns it
//! into a [`Pack`] ahead of time, so the app starts by reading a ready pack, never by parsing
//! Markdown.

mod compile;
mod front_matter;
mod model;
mod pack;

pub use compile::compile;
pub use model::{is_valid_page_id, Kind, Page, PageSummary, Source, Track};
pub use pack::{Pack, PACK_FORMAT};

/// The id in a page file's front matter, if the front matter parses.
pub fn page_id(text: &str) -> Option<String> {
    front_matter::split(text).ok().map(|s| s.front.id)
}
