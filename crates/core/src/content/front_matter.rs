//! TOML front matter between `+++` lines, as in Zola and Hugo.

use serde::Deserialize;

use super::model::{Kind, Source, ToolId};
use super::scenario::CastMember;
use crate::diagnostic::line_at;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FrontMatter {
    pub id: String,
    pub kind: Kind,
    pub track: String,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Scenarios only: the first scene, when it is not the first in the file.
    pub start: Option<String>,
    /// Scenarios only: who appears in it.
    #[serde(default)]
    pub cast: Vec<CastMember>,
    /// Tool pages only: the interactive tool shown under the text.
    pub tool: Option<ToolId>,
}

/// A file split into its parsed front matter and body.
#[derive(Debug)]
pub(super) struct Split<'a> {
    pub front: FrontMatter,
    pub body: &'a str,
}

/// An error at a 1-based line of the file.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct FrontMatterError {
    pub line: usize,
    pub message: String,
}

const FENCE: &str = "+++";

pub(super) fn split(text: &str) -> Result<Split<'_>, FrontMatterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let err = |line, message: &str| FrontMatterError {
        line,
        message: message.to_owned(),
    };
    let mut lines = text.split_inclusive('\n');
    match lines.next() {
        Some(first) if first.trim_end() == FENCE => {}
        _ => {
            return Err(err(
                1,
                "the file must start with a `+++` line opening the front matter",
            ))
        }
    }
    let start = FENCE.len() + text[FENCE.len()..].find('\n').map_or(0, |i| i + 1);
    let mut offset = start;
    let mut end = None;
    for line in lines {
        if line.trim_end() == FENCE {
            end = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((toml_end, body_start)) = end else {
        return Err(err(1, "the front matter has no closing `+++` line"));
    };
    let toml_text = &text[start..toml_end];
    let front: FrontMatter = toml::from_str(toml_text).map_err(|e| {
        // The TOML starts on the file's second line, after the opening `+++`.
        let line = e.span().map_or(2, |s| line_at(toml_text, s.start) + 1);
        FrontMatterError {
            line,
            message: format!("front matter: {}", e.message()),
        }
    })?;
    Ok(Split {
        front,
        body: &text[body_start..],
    })
}

/// The 1-based line on which `body` starts within the whole file.
pub(super) fn body_line(text: &str, body: &str) -> usize {
    line_at(text, text.len().saturating_sub(body.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "+++\nid = \"a\"\nkind = \"article\"\ntrack = \"jongeren\"\ntitle = \"T\"\nsummary = \"S\"\n\n[[sources]]\ntitle = \"AVG art. 15\"\nurl = \"https://eur-lex.europa.eu\"\n+++\n\nBody\n";

    #[test]
    fn splits_front_matter_from_body() {
        let s = split(GOOD).unwrap();
        assert_eq!(s.front.id, "a");
        assert_eq!(s.front.sources.len(), 1);
        assert_eq!(s.body, "\nBody\n");
        assert_eq!(body_line(GOOD, s.body), 12);
    }

    #[test]
    fn reports_problems_on_their_line() {
        let cases: &[(&str, usize, &str)] = &[
            ("no front matter", 1, "must start"),
            ("+++\nid = \"a\"\n", 1, "no closing"),
            (
                "+++\nid = \"a\"\nkind = \"article\"\ntrack = \"x\"\ntitle = 3\nsummary = \"s\"\n+++\n",
                5,
                "invalid type",
            ),
            (
                "+++\nid = \"a\"\nkind = \"article\"\ntrack = \"x\"\ntitle = \"t\"\nsummary = \"s\"\ncolour = 1\n+++\n",
                7,
                "unknown field",
            ),
            (
                "+++\nid = \"a\"\nkind = \"poem\"\ntrack = \"x\"\ntitle = \"t\"\nsummary = \"s\"\n+++\n",
                3,
                "unknown variant",
            ),
            ("+++\nid = \"a\"\n+++\n", 2, "missing field"),
        ];
        for (text, line, fragment) in cases {
            let e = split(text).unwrap_err();
            assert_eq!(e.line, *line, "{text:?}: {}", e.message);
            assert!(e.message.contains(fragment), "{text:?}: {}", e.message);
        }
    }
}
