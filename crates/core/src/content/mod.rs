//! The content model, its compiler and the pack the app loads.
//!
//! Authors write Markdown under `content/<locale>/<track>/`; [`compile`] checks it and turns it
//! into a [`Pack`] ahead of time, so the app starts by reading a ready pack, never by parsing
//! Markdown.

mod compile;
mod front_matter;
pub mod glossary;
mod model;
mod order;
mod outline;
mod pack;
mod page;
mod plain;
pub mod quiz;
pub mod scenario;
mod texts;
mod tree;

pub use compile::{build, compile, Build, ReadabilityRow};
pub use glossary::Term;
pub use model::{is_valid_page_id, Body, Kind, Page, PageSummary, Source, ToolId, Track};
pub use pack::{Pack, SearchIndex, PACK_FORMAT};

/// Compiles one page on its own, as the checker would inside a tree, but without the checks
/// that need other files (links, translations, readability). For tools and fuzzing.
pub fn compile_page_text(
    text: &str,
    locale: crate::i18n::Locale,
    track: Track,
) -> (Option<Page>, crate::Diagnostics) {
    let mut diagnostics = crate::Diagnostics::default();
    let page = page::compile(
        std::path::Path::new("page.md"),
        text,
        locale,
        track,
        &mut diagnostics,
    );
    (page.map(|(p, _)| p), diagnostics)
}

/// Compiles a glossary file on its own, for tools and fuzzing.
pub fn compile_glossary_text(
    text: &str,
    locale: crate::i18n::Locale,
) -> (Vec<Term>, crate::Diagnostics) {
    compile::glossary_text(std::path::Path::new("glossary.md"), text, locale)
}

/// The id in a page file's front matter, if the front matter parses.
pub fn page_id(text: &str) -> Option<String> {
    front_matter::split(text).ok().map(|s| s.front.id)
}

/// A pack of pages written out in full, each compiled for every locale: for tests of code that
/// reads a pack (grading, progress, notes) without a content tree on disk.
#[cfg(test)]
pub(crate) fn pack_of(texts: &[&str], track: Track) -> Pack {
    let pages = texts
        .iter()
        .flat_map(|text| {
            crate::i18n::Locale::ALL.map(|locale| {
                let (page, d) = compile_page_text(text, locale, track);
                page.unwrap_or_else(|| panic!("{d}"))
            })
        })
        .collect();
    Pack {
        format: PACK_FORMAT,
        source_hash: String::new(),
        pages,
        terms: vec![],
        messages: vec![],
    }
}
