//! The glossary: `content/<locale>/glossary.md`, one `## Term \`id\`: Word` section per term.
//! Pages link a word to it with `[AVG](term:avg)` and the app explains the word on tap.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::outline::{labelled, Block, Outline};
use super::texts::Texts;
use crate::i18n::Locale;

pub const GLOSSARY_FILE: &str = "glossary.md";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// Stable across locales, like a page id.
    pub id: String,
    pub locale: Locale,
    /// The word as readers see it.
    pub term: String,
    /// A short explanation (block HTML).
    pub html: String,
    /// Other words for the same thing, found by search.
    pub also: Vec<String>,
}

/// Compiles a glossary body (the whole file: it has no front matter).
pub(super) fn compile(outline: &Outline<'_>, locale: Locale, texts: &mut Texts) -> Vec<Term> {
    let intro_is_title = outline
        .intro
        .lines()
        .all(|l| l.trim().is_empty() || l.starts_with("# "));
    if !intro_is_title {
        texts.fail(
            outline.intro_line,
            "before the first `## Term` only a `# Title` line may stand; other text is never shown",
        );
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut terms = Vec::new();
    for section in &outline.sections {
        if section.keyword != "Term" {
            texts.fail(
                section.line,
                format!(
                    "`## {}`: the glossary has `## Term` sections",
                    section.keyword
                ),
            );
            continue;
        }
        texts.id(section.id, section.line, "term");
        if let Some(first) = seen.insert(section.id, section.line) {
            texts.fail(
                section.line,
                format!("term `{}` is already defined on line {first}", section.id),
            );
        }
        texts.required(section.title, section.line, "the term");
        let mut paragraphs = Vec::new();
        let mut also = Vec::new();
        for block in &section.blocks {
            match block {
                Block::Paragraph { text, line } => match labelled(text, "Also") {
                    Some(words) => {
                        also.extend(
                            words
                                .split(',')
                                .map(str::trim)
                                .filter(|w| !w.is_empty())
                                .map(str::to_owned),
                        );
                        if also.is_empty() {
                            texts.fail(*line, "`Also:` lists other words, separated by commas");
                        }
                    }
                    None => paragraphs.push((*line, text.as_str())),
                },
                Block::List(items) => {
                    let line = items.first().map_or(section.line, |i| i.line);
                    paragraphs.push((line, ""));
                    texts.fail(
                        line,
                        "keep a term's explanation to a few sentences, without lists",
                    );
                }
            }
        }
        let text = paragraphs
            .iter()
            .map(|(_, t)| *t)
            .collect::<Vec<_>>()
            .join("\n\n");
        if !texts.required(&text, section.line, "the explanation") {
            continue;
        }
        // One block per paragraph, each from its own line, so links are reported where they are.
        let html = paragraphs
            .iter()
            .map(|(line, text)| texts.block(text, *line))
            .collect();
        terms.push(Term {
            id: section.id.to_owned(),
            locale,
            term: section.title.to_owned(),
            html,
            also,
        });
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::super::outline;
    use super::*;

    fn run(body: &str) -> (Vec<Term>, Vec<(usize, String)>) {
        let o = outline::parse(body, 1).unwrap();
        let mut texts = Texts::default();
        let terms = compile(&o, Locale::Nl, &mut texts);
        let errors = texts
            .errors
            .into_iter()
            .map(|e| (e.line, e.message))
            .collect();
        (terms, errors)
    }

    #[test]
    fn compiles_terms_with_other_words() {
        let (terms, errors) = run("# Begrippen\n\n## Term `avg`: AVG\n\nDe Europese wet over je gegevens.\n\nAlso: GDPR, Algemene verordening gegevensbescherming\n");
        assert_eq!(errors, []);
        assert_eq!(terms[0].term, "AVG");
        assert_eq!(
            terms[0].html.trim(),
            "<p>De Europese wet over je gegevens.</p>"
        );
        assert_eq!(
            terms[0].also,
            ["GDPR", "Algemene verordening gegevensbescherming"]
        );
    }

    #[test]
    fn reports_problems() {
        let (_, errors) = run("Los.\n\n## Term `a`: A\n\nUitleg.\n\n## Term `a`: B\n\nMeer.\n\n## Term `b`: C\n\n## Woord `c`: D\n\nX.\n");
        let lines: Vec<usize> = errors.iter().map(|e| e.0).collect();
        assert_eq!(lines, [1, 7, 11, 13], "{errors:?}");
    }
}
