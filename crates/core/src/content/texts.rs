//! Renders the pieces of text inside structured pages (beats, options, feedback) through the
//! one sanitiser, and remembers the links they make so the compiler can check them.

use super::outline::{error, OutlineError};
use crate::markdown::{self, ContentLink};

/// Collects what a structured body produces besides its values: errors, and every page and
/// term link with the file line it appears on.
#[derive(Debug, Default)]
pub(super) struct Texts {
    pub errors: Vec<OutlineError>,
    pub links: Vec<(ContentLink, usize)>,
}

impl Texts {
    /// Inline HTML for a short text on `line`.
    pub fn inline(&mut self, text: &str, line: usize) -> String {
        self.note_links(text, line);
        markdown::to_safe_inline_html(text)
    }

    /// Block HTML (paragraphs, lists) for a longer text starting on `line`.
    pub fn block(&mut self, text: &str, line: usize) -> String {
        self.note_links(text, line);
        markdown::to_safe_html(text)
    }

    /// A value that must not be empty; reports `what` on `line` when it is.
    pub fn required(&mut self, text: &str, line: usize, what: &str) -> bool {
        if text.trim().is_empty() {
            self.fail(line, format!("{what} is empty"));
            false
        } else {
            true
        }
    }

    pub fn fail(&mut self, line: usize, message: impl Into<String>) {
        self.errors.push(error(line, message));
    }

    /// Checks the shape of an id written by an author and reports a bad one.
    pub fn id(&mut self, id: &str, line: usize, what: &str) {
        if !super::is_valid_page_id(id) {
            self.fail(
                line,
                format!("{what} id `{id}` must be lowercase words joined by hyphens"),
            );
        }
    }

    fn note_links(&mut self, text: &str, line: usize) {
        let line_of = |offset: usize| line + crate::diagnostic::line_at(text, offset) - 1;
        let found = markdown::content_links(text);
        self.links
            .extend(found.into_iter().map(|(link, at)| (link, line_of(at))));
    }
}
