use std::fmt::Write;

use privacyapp_core::content::{Pack, SearchIndex};
use privacyapp_core::i18n::Locale;
use privacyapp_core::search::Hit;

use crate::args::{CliError, SearchFrom};

const LIMIT: usize = 20;

/// Searches exactly as the app does: through a pack's index, built here from the sources
/// unless a pack file is given.
pub fn run(
    from: &SearchFrom,
    query: &str,
    locale: Option<&str>,
    json: bool,
) -> Result<(), CliError> {
    let locale: Locale = match locale {
        Some(l) => l.parse()?,
        None => Locale::FALLBACK,
    };
    let index = open(from)?;
    let hits = index.search(locale, query, LIMIT)?;
    if json {
        let text = serde_json::to_string_pretty(&hits).map_err(|e| CliError::Output(e.into()))?;
        return super::print(&format!("{text}\n"));
    }
    if hits.is_empty() {
        eprintln!("no results for `{query}` in {locale}");
        return Ok(());
    }
    if hits.iter().any(|h| h.partial) {
        eprintln!("no page has every word of `{query}` in {locale}; these have some of them");
    }
    super::print(&as_text(&hits))
}

fn open(from: &SearchFrom) -> Result<SearchIndex, CliError> {
    let bytes = match from {
        SearchFrom::Sources(sources) => {
            let build = super::build_reporting(sources)?;
            super::no_problems(&build)?;
            build.pack.to_bytes()?
        }
        SearchFrom::Pack(path) => std::fs::read(path).map_err(|source| CliError::Read {
            path: path.clone(),
            source,
        })?,
    };
    Ok(Pack::from_bytes(&bytes)?.1)
}

/// One hit per paragraph; matched words between `**`, as in Markdown.
fn as_text(hits: &[Hit]) -> String {
    let mut out = String::new();
    for (i, hit) in hits.iter().enumerate() {
        let track = hit.track.map_or("glossary", |t| t.as_str());
        let _ = writeln!(
            out,
            "{}. {} ({}, {track}): {}",
            i + 1,
            hit.id,
            hit.kind,
            hit.title
        );
        let snippet: String = hit
            .snippet
            .iter()
            .map(|p| {
                if p.mark {
                    format!("**{}**", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect();
        let _ = writeln!(out, "   {snippet}\n");
    }
    out
}
