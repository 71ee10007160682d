//! The line structure shared by scenarios, quizzes, checklists and the glossary: sections
//! opened by `## Keyword \`id\`: Title`, holding paragraphs and lists whose items may carry
//! indented continuation lines and nested items. Parsed by line, so every problem has a line.

/// One line of the file, with its 1-based number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Line<'a> {
    pub no: usize,
    pub text: &'a str,
}

/// An error at a line of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct OutlineError {
    pub line: usize,
    pub message: String,
}

pub(super) fn error(line: usize, message: impl Into<String>) -> OutlineError {
    OutlineError {
        line,
        message: message.into(),
    }
}

#[derive(Debug, PartialEq, Eq)]
pub(super) struct Section<'a> {
    pub keyword: &'a str,
    pub id: &'a str,
    pub title: &'a str,
    pub line: usize,
    pub blocks: Vec<Block<'a>>,
}

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Block<'a> {
    /// Consecutive non-blank lines outside a list, joined by spaces.
    Paragraph {
        line: usize,
        text: String,
    },
    List(Vec<Item<'a>>),
}

/// A list item: its first line after the `- `, the indented lines that continue it, and the
/// items nested under it.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Item<'a> {
    pub line: usize,
    pub head: &'a str,
    pub more: Vec<Line<'a>>,
    pub children: Vec<Item<'a>>,
}

impl Item<'_> {
    /// The continuation lines as one text, starting on the line after the item's. Line
    /// breaks are kept one for one, so a link found in the text maps back to its file line.
    pub fn continuation(&self) -> String {
        let lines: Vec<&str> = self.more.iter().map(|l| l.text.trim()).collect();
        lines.join("\n").trim_end().to_owned()
    }

    /// `first` (what follows the marker on the item's own line) and the continuation, as
    /// one text starting on the item's line.
    pub fn with_continuation(&self, first: &str) -> String {
        let more = self.continuation();
        if more.trim().is_empty() {
            first.trim().to_owned()
        } else {
            format!("{}\n{more}", first.trim())
        }
    }
}

/// A body split into the text before the first section and the sections.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Outline<'a> {
    pub intro: String,
    pub intro_line: usize,
    pub sections: Vec<Section<'a>>,
}

const SECTION_MARK: &str = "## ";

/// Splits `body`, whose first line is line `first_line` of the file.
pub(super) fn parse(body: &str, first_line: usize) -> Result<Outline<'_>, Vec<OutlineError>> {
    let lines: Vec<Line<'_>> = body
        .lines()
        .enumerate()
        .map(|(i, text)| Line {
            no: first_line + i,
            text,
        })
        .collect();
    let mut errors = Vec::new();
    let first_section = lines
        .iter()
        .position(|l| l.text.starts_with(SECTION_MARK))
        .unwrap_or(lines.len());
    let (intro_lines, rest) = lines.split_at(first_section);
    let intro = intro_lines
        .iter()
        .map(|l| l.text)
        .collect::<Vec<_>>()
        .join("\n");
    let intro_line = intro_lines
        .iter()
        .find(|l| !l.text.trim().is_empty())
        .map_or(first_line, |l| l.no);

    let mut sections = Vec::new();
    let mut start = 0;
    while start < rest.len() {
        let end = rest[start + 1..]
            .iter()
            .position(|l| l.text.starts_with(SECTION_MARK))
            .map_or(rest.len(), |i| start + 1 + i);
        let heading = rest[start];
        match parse_heading(heading) {
            Ok((keyword, id, title)) => match blocks(&rest[start + 1..end]) {
                Ok(blocks) => sections.push(Section {
                    keyword,
                    id,
                    title,
                    line: heading.no,
                    blocks,
                }),
                Err(e) => errors.push(e),
            },
            Err(e) => errors.push(e),
        }
        start = end;
    }
    if errors.is_empty() {
        Ok(Outline {
            intro: intro.trim().to_owned(),
            intro_line,
            sections,
        })
    } else {
        Err(errors)
    }
}

/// `## Keyword \`id\`: Title` into its three parts.
fn parse_heading(line: Line<'_>) -> Result<(&str, &str, &str), OutlineError> {
    let shape = || {
        error(
            line.no,
            "a section heading reads `## Keyword `id`: Title`, for example `## Scene `wachtkamer`: In de wachtkamer`",
        )
    };
    let rest = line.text.strip_prefix(SECTION_MARK).ok_or_else(shape)?;
    let (keyword, rest) = rest.split_once(' ').ok_or_else(shape)?;
    let rest = rest.trim_start().strip_prefix('`').ok_or_else(shape)?;
    let (id, rest) = rest.split_once('`').ok_or_else(shape)?;
    let title = rest
        .trim_start()
        .strip_prefix(':')
        .ok_or_else(shape)?
        .trim();
    Ok((keyword, id, title))
}

fn indent(text: &str) -> usize {
    text.len() - text.trim_start_matches(' ').len()
}

fn list_marker(text: &str) -> Option<&str> {
    text.strip_prefix("- ")
        .or_else(|| text.strip_prefix("* "))
        .or_else(|| (text == "-" || text == "*").then_some(""))
}

fn blocks<'a>(lines: &[Line<'a>]) -> Result<Vec<Block<'a>>, OutlineError> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.text.trim().is_empty() {
            i += 1;
        } else if list_marker(line.text).is_some() {
            let end = list_end(lines, i);
            out.push(Block::List(items(&lines[i..end], 0)?));
            i = end;
        } else if line.text.starts_with(' ') || line.text.starts_with('\t') {
            return Err(error(
                line.no,
                "an indented line must continue a list item (`- …`) above it",
            ));
        } else {
            let mut text = String::new();
            while i < lines.len()
                && !lines[i].text.trim().is_empty()
                && list_marker(lines[i].text).is_none()
            {
                // Newlines, not spaces: a paragraph keeps its lines for error positions.
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(lines[i].text.trim());
                i += 1;
            }
            out.push(Block::Paragraph {
                line: line.no,
                text,
            });
        }
    }
    Ok(out)
}

/// A list runs over its items, their indented lines and blank lines between them.
fn list_end(lines: &[Line<'_>], start: usize) -> usize {
    let mut end = start + 1;
    let mut last_content = start + 1;
    while end < lines.len() {
        let text = lines[end].text;
        if text.trim().is_empty() {
            end += 1;
            continue;
        }
        if list_marker(text).is_some() || indent(text) > 0 {
            end += 1;
            last_content = end;
        } else {
            break;
        }
    }
    last_content
}

/// Items at `depth` (0 for the outer list, 2 spaces per level below).
fn items<'a>(lines: &[Line<'a>], depth: usize) -> Result<Vec<Item<'a>>, OutlineError> {
    let mut out: Vec<Item<'a>> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.text.trim_start_matches(' ').starts_with('\t') {
            return Err(error(line.no, "indent with spaces, not tabs"));
        }
        // `indent` counts ASCII spaces, so slicing at `depth` stays on a char boundary.
        let head = (indent(line.text) == depth)
            .then(|| list_marker(&line.text[depth..]))
            .flatten();
        let Some(head) = head else {
            return Err(error(
                line.no,
                "expected a list item (`- …`) here; indent continuation lines by two spaces",
            ));
        };
        let mut end = i + 1;
        while end < lines.len() {
            let text = lines[end].text;
            let is_sibling = indent(text) == depth && list_marker(&text[depth..]).is_some();
            if is_sibling || (!text.trim().is_empty() && indent(text) < depth) {
                break;
            }
            end += 1;
        }
        let body = &lines[i + 1..end];
        let nested = body
            .iter()
            .position(|l| indent(l.text) == depth + 2 && list_marker(l.text.trim_start()).is_some())
            .unwrap_or(body.len());
        let (more, child_lines) = body.split_at(nested);
        let children = if child_lines.is_empty() {
            Vec::new()
        } else {
            items(trim_blank_end(child_lines), depth + 2)?
        };
        out.push(Item {
            line: line.no,
            head: head.trim(),
            more: trim_blank_end(more).to_vec(),
            children,
        });
        i = end;
    }
    Ok(out)
}

fn trim_blank_end<'s, 'a>(lines: &'s [Line<'a>]) -> &'s [Line<'a>] {
    let keep = lines
        .iter()
        .rposition(|l| !l.text.trim().is_empty())
        .map_or(0, |i| i + 1);
    &lines[..keep]
}

/// A paragraph of the form `Label: value` (for `Setting:`, `Next:` and the like).
pub(super) fn labelled<'t>(text: &'t str, label: &str) -> Option<&'t str> {
    text.strip_prefix(label)
        .and_then(|rest| rest.strip_prefix(':'))
        .map(str::trim)
}

/// An id written in backticks, as in `` `wachtkamer` ``.
pub(super) fn backticked(text: &str) -> Option<&str> {
    text.trim()
        .strip_prefix('`')
        .and_then(|rest| rest.strip_suffix('`'))
}

/// A list item head that starts with an id in backticks: `` `w1` rest ``.
pub(super) fn leading_id(head: &str) -> Option<(&str, &str)> {
    let rest = head.strip_prefix('`')?;
    let (id, rest) = rest.split_once('`')?;
    Some((id, rest.trim_start()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_intro_and_sections() {
        let body = "Inleiding\nloopt door.\n\n## Scene `a`: Eerste\n\nSetting: Kamer.\n\n- `b1` narrator: Hallo\n  en verder.\n- `b2` choice: Wat nu?\n  - [Ja](#b) Goed.\n    Echt goed.\n  - [Nee](#c) Jammer.\n\nNext: `b`\n## Ending `b`: Klaar\n";
        let o = parse(body, 10).unwrap();
        assert_eq!(o.intro, "Inleiding\nloopt door.");
        assert_eq!(o.intro_line, 10);
        assert_eq!(o.sections.len(), 2);
        let s = &o.sections[0];
        assert_eq!(
            (s.keyword, s.id, s.title, s.line),
            ("Scene", "a", "Eerste", 13)
        );
        assert_eq!(
            s.blocks[0],
            Block::Paragraph {
                line: 15,
                text: "Setting: Kamer.".into()
            }
        );
        let Block::List(items) = &s.blocks[1] else {
            panic!("expected a list, got {:?}", s.blocks[1]);
        };
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].head, "`b1` narrator: Hallo");
        assert_eq!(items[0].continuation(), "en verder.");
        assert_eq!(items[1].children.len(), 2);
        assert_eq!(items[1].children[0].head, "[Ja](#b) Goed.");
        assert_eq!(items[1].children[0].continuation(), "Echt goed.");
        assert_eq!(items[1].children[1].line, 22);
        assert_eq!(
            s.blocks[2],
            Block::Paragraph {
                line: 24,
                text: "Next: `b`".into()
            }
        );
        assert_eq!(o.sections[1].blocks, []);
    }

    #[test]
    fn reports_malformed_headings_and_stray_indents() {
        let errs = parse("## Scene zonder id\n\n## Scene `a`: ok\n\n   los\n", 1).unwrap_err();
        let lines: Vec<usize> = errs.iter().map(|e| e.line).collect();
        assert_eq!(lines, [1, 5]);
        assert!(errs[0].message.contains("## Keyword"));
        assert!(errs[1].message.contains("indented"));
        let tabs = parse("## Q `a`: x\n\n- een\n\t- twee\n", 1).unwrap_err();
        assert_eq!(tabs[0].line, 4);
    }

    #[test]
    fn helpers_read_labels_and_ids() {
        assert_eq!(labelled("Next: `b`", "Next"), Some("`b`"));
        assert_eq!(labelled("Nextx: b", "Next"), None);
        assert_eq!(backticked(" `b` "), Some("b"));
        assert_eq!(leading_id("`w1` sam: Hoi"), Some(("w1", "sam: Hoi")));
        assert_eq!(leading_id("sam: Hoi"), None);
    }
}
