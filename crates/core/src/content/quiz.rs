//! Quizzes and checklists: both are a list of prompts with answers under each, written as
//! `## Question` or `## Item` sections with a Markdown list of answers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::outline::{Block, Item, Outline, Section};
use super::texts::Texts;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quiz {
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    /// Inline HTML.
    pub prompt: String,
    /// Block HTML shown with the question, if any.
    pub context: Option<String>,
    /// True when more than one option is correct: the player then lets the user pick several.
    pub multiple: bool,
    pub options: Vec<QuizOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizOption {
    pub label: String,
    pub correct: bool,
    /// Why this option is right or wrong (block HTML), shown after answering.
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    pub items: Vec<ChecklistItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    pub id: String,
    pub prompt: String,
    pub context: Option<String>,
    pub answers: Vec<Answer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub label: String,
    /// Advice for whoever gives this answer (block HTML), if the author has any.
    pub advice: Option<String>,
}

const QUESTION: &str = "Question";
const ITEM: &str = "Item";

/// A section's prompt, optional context paragraphs and its one list of answers.
struct Prompt<'s, 'a> {
    id: String,
    prompt: String,
    context: Option<String>,
    answers: &'s [Item<'a>],
}

fn prompts<'s, 'a>(
    outline: &'s Outline<'a>,
    keyword: &str,
    example: &str,
    texts: &mut Texts,
) -> Vec<(usize, Prompt<'s, 'a>)> {
    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    let mut out = Vec::new();
    if outline.sections.is_empty() {
        texts.fail(
            outline.intro_line,
            format!("no `## {keyword}` sections, e.g. {example}"),
        );
    }
    for section in &outline.sections {
        if section.keyword != keyword {
            texts.fail(
                section.line,
                format!(
                    "`## {}`: this page has `## {keyword}` sections",
                    section.keyword
                ),
            );
            continue;
        }
        texts.id(section.id, section.line, &keyword.to_lowercase());
        if let Some(first) = ids.insert(section.id, section.line) {
            texts.fail(
                section.line,
                format!("id `{}` is already used on line {first}", section.id),
            );
        }
        if let Some(prompt) = prompt(section, texts) {
            out.push((section.line, prompt));
        }
    }
    out
}

fn prompt<'s, 'a>(section: &'s Section<'a>, texts: &mut Texts) -> Option<Prompt<'s, 'a>> {
    if !texts.required(section.title, section.line, "the prompt") {
        return None;
    }
    let mut context = Vec::new();
    let mut answers: Option<&[Item<'a>]> = None;
    for block in &section.blocks {
        match block {
            Block::Paragraph { line, text } if answers.is_none() => context.push((*line, text)),
            Block::Paragraph { line, .. } => {
                texts.fail(
                    *line,
                    "text after the answers belongs to an answer: indent it by two spaces",
                );
            }
            Block::List(items) if answers.is_none() => answers = Some(items),
            Block::List(items) => {
                let line = items.first().map_or(section.line, |i| i.line);
                texts.fail(line, "one list of answers per section");
            }
        }
    }
    // One block per paragraph, each from its own line, so links are reported where they are.
    let context = (!context.is_empty()).then(|| {
        context
            .iter()
            .map(|(line, text)| texts.block(text, *line))
            .collect::<String>()
    });
    let Some(answers) = answers else {
        texts.fail(
            section.line,
            "no answers: list them under the prompt (`- …`)",
        );
        return None;
    };
    if answers.len() < 2 {
        texts.fail(section.line, "offer at least two answers");
    }
    for item in answers {
        if let Some(child) = item.children.first() {
            texts.fail(
                child.line,
                "answers are not nested; write advice as indented text",
            );
        }
    }
    Some(Prompt {
        id: section.id.to_owned(),
        prompt: texts.inline(section.title, section.line),
        context,
        answers,
    })
}

/// Compiles `## Question \`id\`: …` sections whose answers are `- [x]` (correct) or `- [ ]`,
/// each followed by an indented explanation.
pub(super) fn compile_quiz(outline: &Outline<'_>, texts: &mut Texts) -> Option<Quiz> {
    let before = texts.errors.len();
    let example = "`## Question `q1`: Vanaf welke leeftijd …?`";
    let mut questions = Vec::new();
    for (line, p) in prompts(outline, QUESTION, example, texts) {
        let mut options = Vec::new();
        for item in p.answers {
            let Some((correct, label)) = checkbox(item.head) else {
                texts.fail(
                    item.line,
                    "a quiz answer starts with `[x]` (correct) or `[ ]` (wrong)",
                );
                continue;
            };
            let explanation = item.continuation();
            let has_label = texts.required(label, item.line, "the answer");
            let has_explanation = texts.required(
                &explanation,
                item.line,
                "the explanation (indented under the answer)",
            );
            if has_label && has_explanation {
                options.push(QuizOption {
                    label: texts.inline(label, item.line),
                    correct,
                    explanation: texts.block(&explanation, item.line + 1),
                });
            }
        }
        let correct = options.iter().filter(|o| o.correct).count();
        if correct == 0 && options.len() == p.answers.len() {
            texts.fail(line, "no answer is marked correct with `[x]`");
        }
        questions.push(Question {
            id: p.id,
            prompt: p.prompt,
            context: p.context,
            multiple: correct > 1,
            options,
        });
    }
    (texts.errors.len() == before).then_some(Quiz { questions })
}

/// A task-list marker: `[x]`/`[X]` (true) or `[ ]` (false), and the text after it.
fn checkbox(head: &str) -> Option<(bool, &str)> {
    let rest = head.strip_prefix('[')?;
    let (mark, label) = rest.split_at_checked(1)?;
    let label = label.strip_prefix(']')?.trim();
    match mark {
        "x" | "X" => Some((true, label)),
        " " => Some((false, label)),
        _ => None,
    }
}

/// Compiles `## Item \`id\`: …` sections whose answers are plain list items, each with
/// optional indented advice.
pub(super) fn compile_checklist(outline: &Outline<'_>, texts: &mut Texts) -> Option<Checklist> {
    let before = texts.errors.len();
    let example = "`## Item `doel`: Weet je waarvoor je de gegevens nodig hebt?`";
    let mut items = Vec::new();
    for (_, p) in prompts(outline, ITEM, example, texts) {
        let mut answers = Vec::new();
        for item in p.answers {
            if checkbox(item.head).is_some() {
                texts.fail(
                    item.line,
                    "checklist answers have no `[x]`: there is no wrong answer",
                );
                continue;
            }
            if !texts.required(item.head, item.line, "the answer") {
                continue;
            }
            let advice = item.continuation();
            answers.push(Answer {
                label: texts.inline(item.head, item.line),
                advice: (!advice.trim().is_empty()).then(|| texts.block(&advice, item.line + 1)),
            });
        }
        items.push(ChecklistItem {
            id: p.id,
            prompt: p.prompt,
            context: p.context,
            answers,
        });
    }
    (texts.errors.len() == before).then_some(Checklist { items })
}

#[cfg(test)]
mod tests {
    use super::super::outline;
    use super::*;

    fn quiz(body: &str) -> Result<Quiz, Vec<(usize, String)>> {
        let o = outline::parse(body, 1).unwrap();
        let mut texts = Texts::default();
        compile_quiz(&o, &mut texts).ok_or_else(|| {
            texts
                .errors
                .into_iter()
                .map(|e| (e.line, e.message))
                .collect()
        })
    }

    fn checklist(body: &str) -> Result<Checklist, Vec<(usize, String)>> {
        let o = outline::parse(body, 1).unwrap();
        let mut texts = Texts::default();
        compile_checklist(&o, &mut texts).ok_or_else(|| {
            texts
                .errors
                .into_iter()
                .map(|e| (e.line, e.message))
                .collect()
        })
    }

    const QUIZ: &str = "## Question `leeftijd`: Vanaf welke leeftijd mag je zelf je dossier zien?\n\nDenk aan de Jeugdwet.\n\n- [ ] 10 jaar\n  Nee, dat is te jong.\n- [x] 12 jaar\n  Ja. Vanaf **12**.\n- [ ] 18 jaar\n  Nee, eerder al.\n";

    #[test]
    fn compiles_questions_with_explanations() {
        let q = quiz(QUIZ).unwrap();
        let question = &q.questions[0];
        assert_eq!(question.id, "leeftijd");
        assert_eq!(
            question.context.as_deref().map(str::trim),
            Some("<p>Denk aan de Jeugdwet.</p>")
        );
        assert!(!question.multiple);
        let correct: Vec<bool> = question.options.iter().map(|o| o.correct).collect();
        assert_eq!(correct, [false, true, false]);
        assert_eq!(
            question.options[1].explanation.trim(),
            "<p>Ja. Vanaf <strong>12</strong>.</p>"
        );
        let two = QUIZ.replace("[ ] 18", "[x] 18");
        assert!(quiz(&two).unwrap().questions[0].multiple);
    }

    #[test]
    fn reports_invalid_answers() {
        let cases: Vec<(String, usize, &str)> = vec![
            (
                QUIZ.replace("[x] 12", "[ ] 12"),
                1,
                "no answer is marked correct",
            ),
            (
                QUIZ.replace("  Nee, dat is te jong.\n", ""),
                5,
                "the explanation (indented under the answer) is empty",
            ),
            (
                QUIZ.replace("- [ ] 18 jaar", "- 18 jaar"),
                9,
                "starts with `[x]`",
            ),
            (QUIZ.replace("## Question", "## Vraag"), 1, "`## Vraag`"),
            (
                "## Question `a`: Één?\n\n- [x] ja\n  Ja.\n".to_string(),
                1,
                "at least two answers",
            ),
            (
                format!(
                    "{QUIZ}\n## Question `leeftijd`: Nog een?\n\n- [x] a\n  A.\n- [ ] b\n  B.\n"
                ),
                12,
                "already used on line 1",
            ),
        ];
        for (body, line, fragment) in cases {
            let errors = quiz(&body).unwrap_err();
            assert!(
                errors
                    .iter()
                    .any(|(l, m)| *l == line && m.contains(fragment)),
                "expected {line}: {fragment} in {errors:?}"
            );
        }
    }

    #[test]
    fn compiles_checklists_with_optional_advice() {
        let body = "## Item `doel`: Weet je waarvoor je de gegevens nodig hebt?\n\n- Ja\n- Nee\n  Bedenk eerst het doel.\n";
        let c = checklist(body).unwrap();
        assert_eq!(c.items[0].answers[0].advice, None);
        assert_eq!(
            c.items[0].answers[1].advice.as_deref().map(str::trim),
            Some("<p>Bedenk eerst het doel.</p>")
        );
        let ticked = body.replace("- Ja", "- [x] Ja");
        assert_eq!(checklist(&ticked).unwrap_err()[0].0, 3);
    }
}
