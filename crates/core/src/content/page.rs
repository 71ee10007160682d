//! Compiling one page file: its front matter, then its body by kind.

use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag};

use super::front_matter::{self, FrontMatter, FrontMatterError};
use super::model::{is_valid_page_id, Body, Kind, Page, Track};
use super::outline;
use super::texts::Texts;
use super::{quiz, scenario};
use crate::diagnostic::line_at;
use crate::i18n::Locale;
use crate::markdown::ContentLink;
use crate::{Diagnostic, Diagnostics};

/// A mention of another page or a glossary term, checked once everything is known.
#[derive(Debug)]
pub(super) struct Reference {
    pub link: ContentLink,
    pub line: usize,
    pub what: &'static str,
}

impl Reference {
    /// A link written in the text, named in diagnostics by what it points at.
    pub fn from_link((link, line): (ContentLink, usize)) -> Self {
        let what = match link {
            ContentLink::Page(_) => "link to",
            ContentLink::Term(_) => "glossary term",
        };
        Self { link, line, what }
    }
}

/// Compiles a page, or reports why it cannot be compiled and returns `None`.
pub(super) fn compile(
    path: &Path,
    text: &str,
    locale: Locale,
    track: Track,
    diagnostics: &mut Diagnostics,
) -> Option<(Page, Vec<Reference>)> {
    let split = match front_matter::split(text) {
        Ok(s) => s,
        Err(FrontMatterError { line, message }) => {
            diagnostics.push(Diagnostic::new(path, line, message));
            return None;
        }
    };
    let front = split.front;
    let before = diagnostics.len();
    check_front(path, text, &front, track, diagnostics);

    let body_line = front_matter::body_line(text, split.body);
    let line_in_body = |offset: usize| body_line + line_at(split.body, offset) - 1;
    for offset in level_one_headings(split.body) {
        diagnostics.push(Diagnostic::new(
            path,
            line_in_body(offset),
            "use `##` and below; the app shows the title as the page heading",
        ));
    }

    let mut texts = Texts::default();
    let (html, body) = match front.kind {
        Kind::Article | Kind::Tool => (texts.block(split.body, body_line), Body::Prose),
        Kind::Scenario | Kind::Quiz | Kind::Checklist => {
            match structured(text, split.body, body_line, &front, &mut texts) {
                Some(compiled) => compiled,
                None => (String::new(), Body::Prose),
            }
        }
    };
    diagnostics.extend(
        texts
            .errors
            .iter()
            .map(|e| Diagnostic::new(path, e.line, e.message.clone())),
    );
    if diagnostics.len() > before {
        return None;
    }

    let related = front.related.iter().map(|id| Reference {
        link: ContentLink::Page(id.clone()),
        line: line_of_key(text, "related"),
        what: "related page",
    });
    let links = texts.links.into_iter().map(Reference::from_link);
    let references = related.chain(links).collect();
    let page = Page {
        id: front.id,
        kind: front.kind,
        locale,
        track,
        title: front.title,
        summary: front.summary,
        related: front.related,
        tags: front.tags,
        sources: front.sources,
        html,
        body,
        position: 0,
        tool: front.tool,
    };
    Some((page, references))
}

fn check_front(
    path: &Path,
    text: &str,
    front: &FrontMatter,
    track: Track,
    diagnostics: &mut Diagnostics,
) {
    let at = |key: &str| line_of_key(text, key);
    if !is_valid_page_id(&front.id) {
        diagnostics.push(Diagnostic::new(
            path,
            at("id"),
            format!(
                "id `{}` must be lowercase words joined by hyphens",
                front.id
            ),
        ));
    }
    if front.track != track.as_str() {
        diagnostics.push(Diagnostic::new(
            path,
            at("track"),
            format!(
                "track `{}` does not match the folder `{track}`",
                front.track
            ),
        ));
    }
    for (key, value) in [("title", &front.title), ("summary", &front.summary)] {
        if value.trim().is_empty() {
            diagnostics.push(Diagnostic::new(path, at(key), format!("`{key}` is empty")));
        }
    }
    if front.kind != Kind::Scenario {
        if front.start.is_some() {
            diagnostics.push(Diagnostic::new(
                path,
                at("start"),
                "only a scenario has a `start`",
            ));
        }
        if !front.cast.is_empty() {
            diagnostics.push(Diagnostic::new(
                path,
                line_of_value(text, "[[cast]]"),
                "only a scenario has a `[[cast]]`",
            ));
        }
    }
    if front.tool.is_some() && front.kind != Kind::Tool {
        diagnostics.push(Diagnostic::new(
            path,
            at("tool"),
            "only a page of kind `tool` has a `tool`",
        ));
    }
    let legal = front.tags.iter().any(|t| t == "legal");
    if front.sources.is_empty() && (legal || track == Track::Professionals) {
        diagnostics.push(Diagnostic::new(
            path,
            1,
            "legal and professional pages name their sources ([[sources]] with title and url)",
        ));
    }
    for source in &front.sources {
        if !source.url.starts_with("https://") || source.title.trim().is_empty() {
            diagnostics.push(Diagnostic::new(
                path,
                line_of_value(text, &source.url),
                format!("source `{}` needs a title and an https:// url", source.url),
            ));
        }
    }
}

/// The introduction and structured body of a scenario, quiz or checklist.
fn structured(
    text: &str,
    body: &str,
    body_line: usize,
    front: &FrontMatter,
    texts: &mut Texts,
) -> Option<(String, Body)> {
    let outline = match outline::parse(body, body_line) {
        Ok(o) => o,
        Err(errors) => {
            texts.errors.extend(errors);
            return None;
        }
    };
    let intro = if outline.intro.is_empty() {
        String::new()
    } else {
        texts.block(&outline.intro, outline.intro_line)
    };
    let body = match front.kind {
        Kind::Scenario => {
            let start = front
                .start
                .as_deref()
                .map(|s| (s, line_of_key(text, "start")));
            let cast_line = |id: &str| line_of_value(text, &format!("\"{id}\""));
            let reflection = if front.track == Track::Professionals.as_str() {
                scenario::Reflection::Required
            } else {
                scenario::Reflection::Optional
            };
            let scenario =
                scenario::compile(&outline, start, &front.cast, cast_line, reflection, texts)?;
            Body::Scenario { scenario }
        }
        Kind::Quiz => Body::Quiz {
            quiz: quiz::compile_quiz(&outline, texts)?,
        },
        Kind::Checklist => Body::Checklist {
            checklist: quiz::compile_checklist(&outline, texts)?,
        },
        Kind::Article | Kind::Tool => Body::Prose,
    };
    Some((intro, body))
}

/// Byte offsets, within the body, of `#` headings.
fn level_one_headings(body: &str) -> Vec<usize> {
    Parser::new(body)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => Some(range.start),
            _ => None,
        })
        .collect()
}

pub(super) fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            l.starts_with(key) && l[key.len()..].trim_start().starts_with('=')
        })
        .map_or(1, |i| i + 1)
}

pub(super) fn line_of_value(text: &str, value: &str) -> usize {
    text.lines()
        .position(|l| l.contains(value))
        .map_or(1, |i| i + 1)
}
