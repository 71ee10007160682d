//! The order of pages on each track's home, from `content/order.toml`: one list of page ids
//! per track. When the file exists it must name every page of each track exactly once, so a
//! new page is placed by its author instead of landing wherever its id sorts.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::model::{Page, Track};
use super::page::line_of_value;
use super::tree::{self, SourceHasher};
use crate::{Diagnostic, Diagnostics, Result};

pub(super) const ORDER_FILE: &str = "order.toml";

/// Sets each page's `position` from the order file, if there is one; reports every problem
/// with it. Without the file, pages keep the order of their ids.
pub(super) fn apply(
    content_dir: &Path,
    pages: &mut [Page],
    hasher: &mut SourceHasher,
    diagnostics: &mut Diagnostics,
) -> Result<()> {
    let path = content_dir.join(ORDER_FILE);
    if !path.exists() {
        return Ok(());
    }
    let Some(text) = tree::read_text(&path, diagnostics)? else {
        return Ok(());
    };
    hasher.add(&format!("content/{ORDER_FILE}"), &text);
    let lists: BTreeMap<String, Vec<String>> = match toml::from_str(&text) {
        Ok(lists) => lists,
        Err(e) => {
            let line = e.span().map_or(0, |s| {
                text.get(..s.start).map_or(0, |b| b.lines().count().max(1))
            });
            diagnostics.push(Diagnostic::new(
                &path,
                line,
                format!(
                    "write one list of page ids per track, as `jongeren = [\"…\"]`: {}",
                    e.message()
                ),
            ));
            return Ok(());
        }
    };
    let mut positions: BTreeMap<(Track, &str), u32> = BTreeMap::new();
    for (key, ids) in &lists {
        let Ok(track) = key.parse::<Track>() else {
            diagnostics.push(Diagnostic::new(
                &path,
                line_of_key(&text, key),
                format!("`{key}` is not a track; use jongeren, inwoners or professionals"),
            ));
            continue;
        };
        let known: BTreeSet<&str> = pages
            .iter()
            .filter(|p| p.track == track)
            .map(|p| p.id.as_str())
            .collect();
        for (i, id) in ids.iter().enumerate() {
            let line = line_of_value(&text, &format!("\"{id}\""));
            if !known.contains(id.as_str()) {
                diagnostics.push(Diagnostic::new(
                    &path,
                    line,
                    format!("`{id}`: no page of track {track} has this id"),
                ));
            } else if positions
                .insert((track, id.as_str()), u32::try_from(i).unwrap_or(u32::MAX))
                .is_some()
            {
                diagnostics.push(Diagnostic::new(
                    &path,
                    line,
                    format!("`{id}` is listed twice"),
                ));
            }
        }
        for id in known.iter().filter(|id| !ids.iter().any(|x| x == *id)) {
            diagnostics.push(Diagnostic::new(
                &path,
                line_of_key(&text, key),
                format!("page `{id}` is missing from the {track} list: add it where it belongs"),
            ));
        }
    }
    for page in pages.iter_mut() {
        if let Some(&position) = positions.get(&(page.track, page.id.as_str())) {
            page.position = position;
        }
    }
    Ok(())
}

/// The line of `key = ` at the start of a line, for problems with a whole list.
fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            l.trim_start().starts_with(&format!("{key} "))
                || l.trim_start().starts_with(&format!("{key}="))
        })
        .map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{compile_page_text, Track};
    use crate::i18n::Locale;

    fn page(id: &str, track: Track) -> Page {
        let text = format!(
            "+++\nid = \"{id}\"\nkind = \"article\"\ntrack = \"{track}\"\ntitle = \"T\"\nsummary = \"S.\"\n+++\n\nTekst.\n"
        );
        let (page, d) = compile_page_text(&text, Locale::Nl, track);
        page.unwrap_or_else(|| panic!("{d}"))
    }

    fn run(order: &str, pages: &mut [Page]) -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(ORDER_FILE), order).unwrap();
        let mut diagnostics = Diagnostics::default();
        apply(
            dir.path(),
            pages,
            &mut SourceHasher::default(),
            &mut diagnostics,
        )
        .unwrap();
        diagnostics
            .0
            .iter()
            .map(|d| format!("{}: {}", d.line, d.message))
            .collect()
    }

    #[test]
    fn positions_follow_the_list() {
        let mut pages = [
            page("jongeren-b", Track::Jongeren),
            page("jongeren-a", Track::Jongeren),
        ];
        let problems = run(
            "jongeren = [\n  \"jongeren-b\",\n  \"jongeren-a\",\n]\n",
            &mut pages,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!((pages[0].position, pages[1].position), (0, 1));
    }

    #[test]
    fn every_problem_is_named_on_its_line() {
        let mut pages = [
            page("jongeren-a", Track::Jongeren),
            page("jongeren-c", Track::Jongeren),
        ];
        let problems = run(
            "jongeren = [\n  \"jongeren-a\",\n  \"jongeren-x\",\n  \"jongeren-a\",\n]\nvolwassenen = []\n",
            &mut pages,
        );
        assert_eq!(
            problems,
            [
                "3: `jongeren-x`: no page of track jongeren has this id",
                "2: `jongeren-a` is listed twice",
                "1: page `jongeren-c` is missing from the jongeren list: add it where it belongs",
                "6: `volwassenen` is not a track; use jongeren, inwoners or professionals",
            ]
        );
    }

    #[test]
    fn without_the_file_nothing_changes() {
        let dir = tempfile::tempdir().unwrap();
        let mut pages = [page("jongeren-a", Track::Jongeren)];
        let mut diagnostics = Diagnostics::default();
        apply(
            dir.path(),
            &mut pages,
            &mut SourceHasher::default(),
            &mut diagnostics,
        )
        .unwrap();
        assert!(diagnostics.0.is_empty());
        assert_eq!(pages[0].position, 0);
    }
}
