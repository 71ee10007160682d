use std::collections::BTreeMap;
use std::fmt::Write;

use privacyapp_core::content::{Kind, Pack, ReadabilityRow, Track};
use privacyapp_core::i18n::Locale;
use serde::Serialize;

use crate::args::{CliError, Sources};

#[derive(Debug, Serialize)]
struct Stats<'a> {
    tracks: Vec<TrackStats>,
    glossary: BTreeMap<Locale, usize>,
    readability: &'a [ReadabilityRow],
}

#[derive(Debug, Serialize)]
struct TrackStats {
    track: Track,
    locale: Locale,
    pages: usize,
    articles: usize,
    scenarios: usize,
    quizzes: usize,
    checklists: usize,
    tools: usize,
}

/// What the content holds, per track and locale, and how readable each page is.
pub fn run(sources: &Sources, json: bool) -> Result<(), CliError> {
    let build = super::build_reporting(sources)?;
    let stats = Stats {
        tracks: track_stats(&build.pack),
        glossary: Locale::ALL
            .into_iter()
            .map(|l| (l, build.pack.terms.iter().filter(|t| t.locale == l).count()))
            .collect(),
        readability: &build.readability,
    };
    let text = if json {
        let mut text =
            serde_json::to_string_pretty(&stats).map_err(|e| CliError::Output(e.into()))?;
        text.push('\n');
        text
    } else {
        as_text(&stats)
    };
    super::print(&text)?;
    super::no_problems(&build)
}

fn track_stats(pack: &Pack) -> Vec<TrackStats> {
    let mut out = Vec::new();
    for track in Track::ALL {
        for locale in Locale::ALL {
            let pages: Vec<Kind> = pack
                .pages
                .iter()
                .filter(|p| p.track == track && p.locale == locale)
                .map(|p| p.kind)
                .collect();
            let count = |kind: Kind| pages.iter().filter(|k| **k == kind).count();
            out.push(TrackStats {
                track,
                locale,
                pages: pages.len(),
                articles: count(Kind::Article),
                scenarios: count(Kind::Scenario),
                quizzes: count(Kind::Quiz),
                checklists: count(Kind::Checklist),
                tools: count(Kind::Tool),
            });
        }
    }
    out
}

fn as_text(stats: &Stats<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<13}  locale  pages  articles  scenarios  quizzes  checklists  tools",
        "track"
    );
    for t in &stats.tracks {
        let _ = writeln!(
            out,
            "{:<13}  {:<6}  {:>5}  {:>8}  {:>9}  {:>7}  {:>10}  {:>5}",
            t.track, t.locale, t.pages, t.articles, t.scenarios, t.quizzes, t.checklists, t.tools
        );
    }
    let _ = writeln!(out);
    for (locale, n) in &stats.glossary {
        let _ = writeln!(out, "glossary {locale}: {n} terms");
    }
    let _ = writeln!(out);
    out.push_str(&super::check::readability_table(stats.readability));
    out
}
