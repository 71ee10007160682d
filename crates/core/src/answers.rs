//! Quiz and checklist answers, checked against the content before they are stored. The core
//! grades a quiz answer, not the UI: what counts as correct is the content's to say, and an
//! answer that does not fit the question (an option that is not there, a question the quiz
//! lacks) is refused instead of stored.

use rusqlite::Connection;
use serde::Serialize;

use crate::content::quiz::{Checklist, Quiz};
use crate::content::{Body, Pack};
use crate::i18n::Locale;
use crate::store::{self, ChecklistAnswer, QuizAnswer, Score};
use crate::{Error, Result};

/// Where the user stands in a quiz: their latest answer to each question it still has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizProgress {
    pub answers: Vec<QuizAnswer>,
    pub score: Score,
    /// How many questions the quiz has now.
    pub questions: u32,
}

/// Grades and stores an answer; returns it as stored, with whether it was right.
pub fn answer_quiz(
    conn: &Connection,
    pack: &Pack,
    quiz_id: &str,
    question_id: &str,
    chosen: &[usize],
) -> Result<QuizAnswer> {
    let quiz = quiz(pack, quiz_id)?;
    let question = quiz
        .questions
        .iter()
        .find(|q| q.id == question_id)
        .ok_or(Error::InvalidAnswer)?;
    let mut chosen = chosen.to_vec();
    chosen.sort_unstable();
    chosen.dedup();
    let fits = !chosen.is_empty()
        && chosen.iter().all(|&i| i < question.options.len())
        && (question.multiple || chosen.len() == 1);
    if !fits {
        return Err(Error::InvalidAnswer);
    }
    let correct = question
        .options
        .iter()
        .enumerate()
        .all(|(i, o)| o.correct == chosen.contains(&i));
    store::save_quiz_answer(conn, quiz_id, question_id, &chosen, correct)?;
    store::quiz_answers(conn, quiz_id)?
        .into_iter()
        .find(|a| a.question_id == question_id)
        .ok_or(Error::InvalidAnswer)
}

/// The saved answers that still fit the quiz as it is now; an answer to a question the
/// content dropped, or with an option it no longer has, neither shows nor counts.
pub fn quiz_progress(conn: &Connection, pack: &Pack, quiz_id: &str) -> Result<QuizProgress> {
    let quiz = quiz(pack, quiz_id)?;
    let answers: Vec<QuizAnswer> = store::quiz_answers(conn, quiz_id)?
        .into_iter()
        .filter(|a| {
            quiz.questions
                .iter()
                .any(|q| q.id == a.question_id && a.chosen.iter().all(|&i| i < q.options.len()))
        })
        .collect();
    let score = Score {
        answered: count(answers.len()),
        correct: count(answers.iter().filter(|a| a.correct).count()),
    };
    Ok(QuizProgress {
        score,
        questions: count(quiz.questions.len()),
        answers,
    })
}

/// Forgets the answers to one quiz, to start it again.
pub fn restart_quiz(conn: &Connection, pack: &Pack, quiz_id: &str) -> Result<()> {
    quiz(pack, quiz_id)?;
    store::clear_quiz_answers(conn, quiz_id)
}

pub fn answer_checklist(
    conn: &Connection,
    pack: &Pack,
    checklist_id: &str,
    item_id: &str,
    answer: usize,
) -> Result<()> {
    let checklist = checklist(pack, checklist_id)?;
    let fits = checklist
        .items
        .iter()
        .any(|i| i.id == item_id && answer < i.answers.len());
    if !fits {
        return Err(Error::InvalidAnswer);
    }
    store::save_checklist_answer(conn, checklist_id, item_id, answer)
}

/// The saved answers that still fit the checklist as it is now.
pub fn checklist_progress(
    conn: &Connection,
    pack: &Pack,
    checklist_id: &str,
) -> Result<Vec<ChecklistAnswer>> {
    let checklist = checklist(pack, checklist_id)?;
    Ok(store::checklist_answers(conn, checklist_id)?
        .into_iter()
        .filter(|a| {
            checklist
                .items
                .iter()
                .any(|i| i.id == a.item_id && a.answer < i.answers.len())
        })
        .collect())
}

/// Forgets the answers to one checklist, to go through it again.
pub fn restart_checklist(conn: &Connection, pack: &Pack, checklist_id: &str) -> Result<()> {
    checklist(pack, checklist_id)?;
    store::clear_checklist_answers(conn, checklist_id)
}

/// Every locale has the same questions and options (the checker proves it), so any one
/// locale's page can grade.
fn quiz<'p>(pack: &'p Pack, id: &str) -> Result<&'p Quiz> {
    match &pack.page(id, Locale::FALLBACK)?.body {
        Body::Quiz { quiz } => Ok(quiz),
        _ => Err(Error::InvalidAnswer),
    }
}

fn checklist<'p>(pack: &'p Pack, id: &str) -> Result<&'p Checklist> {
    match &pack.page(id, Locale::FALLBACK)?.body {
        Body::Checklist { checklist } => Ok(checklist),
        _ => Err(Error::InvalidAnswer),
    }
}

pub(crate) fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{pack_of, Track};

    const QUIZ: &str = "+++\nid = \"jongeren-quiz\"\nkind = \"quiz\"\ntrack = \"jongeren\"\ntitle = \"Quiz\"\nsummary = \"Twee vragen.\"\n+++\n\n## Question `leeftijd`: Vanaf welke leeftijd?\n\n- [ ] 16\n  Nee.\n- [x] 12\n  Ja.\n\n## Question `rechten`: Wat mag je vragen?\n\n- [x] Inzage\n  Ja.\n- [x] Verbeteren\n  Ja.\n- [ ] Geld\n  Nee.\n";

    const CHECKLIST: &str = "+++\nid = \"jongeren-lijst\"\nkind = \"checklist\"\ntrack = \"jongeren\"\ntitle = \"Lijst\"\nsummary = \"Een punt.\"\n+++\n\n## Item `doel`: Weet je het doel?\n\n- Ja\n- Nee\n  Vraag het eerst.\n";

    fn pack() -> Pack {
        pack_of(&[QUIZ, CHECKLIST], Track::Jongeren)
    }

    #[test]
    fn the_core_grades_single_and_multiple_choice() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        let a = answer_quiz(&conn, &pack, "jongeren-quiz", "leeftijd", &[1]).unwrap();
        assert!(a.correct);
        let a = answer_quiz(&conn, &pack, "jongeren-quiz", "rechten", &[1, 0, 1]).unwrap();
        assert!(a.correct, "order and repeats do not matter");
        assert_eq!(a.chosen, [0, 1]);
        let a = answer_quiz(&conn, &pack, "jongeren-quiz", "rechten", &[0]).unwrap();
        assert!(!a.correct, "half of a pick-all-that-apply is not right");
        let p = quiz_progress(&conn, &pack, "jongeren-quiz").unwrap();
        assert_eq!((p.score.correct, p.score.answered, p.questions), (1, 2, 2));
        restart_quiz(&conn, &pack, "jongeren-quiz").unwrap();
        assert!(quiz_progress(&conn, &pack, "jongeren-quiz")
            .unwrap()
            .answers
            .is_empty());
    }

    #[test]
    fn answers_that_do_not_fit_are_refused_and_nothing_is_stored() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        for (question, chosen) in [
            ("leeftijd", vec![]),
            ("leeftijd", vec![2]),
            ("leeftijd", vec![0, 1]),
            ("bestaat-niet", vec![0]),
        ] {
            let err = answer_quiz(&conn, &pack, "jongeren-quiz", question, &chosen).unwrap_err();
            assert_eq!(err.code(), "invalid_answer", "{question} {chosen:?}");
        }
        let err = answer_quiz(&conn, &pack, "jongeren-lijst", "doel", &[0]).unwrap_err();
        assert_eq!(err.code(), "invalid_answer", "a checklist is not a quiz");
        let err = answer_quiz(&conn, &pack, "jongeren-weg", "doel", &[0]).unwrap_err();
        assert_eq!(err.code(), "unknown_page");
        assert!(store::quiz_answers(&conn, "jongeren-quiz")
            .unwrap()
            .is_empty());
        let err = answer_checklist(&conn, &pack, "jongeren-lijst", "doel", 2).unwrap_err();
        assert_eq!(err.code(), "invalid_answer");
        assert!(checklist_progress(&conn, &pack, "jongeren-lijst")
            .unwrap()
            .is_empty());
    }

    #[test]
    fn saved_answers_that_no_longer_fit_the_content_are_left_out() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        // Written by an earlier version of the content, or imported from an export.
        store::save_quiz_answer(&conn, "jongeren-quiz", "vervallen", &[0], true).unwrap();
        store::save_quiz_answer(&conn, "jongeren-quiz", "leeftijd", &[5], true).unwrap();
        store::save_checklist_answer(&conn, "jongeren-lijst", "doel", 9).unwrap();
        let p = quiz_progress(&conn, &pack, "jongeren-quiz").unwrap();
        assert!(p.answers.is_empty());
        assert_eq!(p.score.answered, 0);
        assert!(checklist_progress(&conn, &pack, "jongeren-lijst")
            .unwrap()
            .is_empty());
        answer_checklist(&conn, &pack, "jongeren-lijst", "doel", 1).unwrap();
        let saved = checklist_progress(&conn, &pack, "jongeren-lijst").unwrap();
        assert_eq!(saved.len(), 1);
        assert_eq!(saved[0].answer, 1);
        restart_checklist(&conn, &pack, "jongeren-lijst").unwrap();
        assert!(checklist_progress(&conn, &pack, "jongeren-lijst")
            .unwrap()
            .is_empty());
    }
}
