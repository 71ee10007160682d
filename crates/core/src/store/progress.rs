//! Progress through the content: pages read, where the user is in each scenario and which
//! endings they reached, quiz answers, and checklist answers.
//!
//! Every row names content by id: a page id, and within it a beat, ending, question or item
//! id. Rows whose page the current content lacks are kept; the `visible_*` functions leave
//! them out until the page returns.

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::bookmarks::now_millis;
use super::rows::rows;
use crate::content::is_valid_page_id;
use crate::error::classify;
use crate::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageRead {
    pub page_id: String,
    /// When the user first read the page.
    pub read_at: i64,
}

/// Where to resume a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioPosition {
    pub scenario_id: String,
    pub beat_id: String,
    /// Exports from before the player kept its path have neither: they resume at the beat.
    #[serde(default)]
    pub step: u32,
    #[serde(default)]
    pub choices: Vec<ChoiceTaken>,
    pub updated_at: i64,
}

/// Where a player stands in a scenario: the step's id (a beat, choice or ending), its place
/// on the path, and the choices, in order, that made the path. A story may loop back, so the
/// same id can be on the path twice: the place says which.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    pub beat_id: String,
    pub step: u32,
    pub choices: Vec<ChoiceTaken>,
}

impl Place {
    /// The first time at `beat_id`, with no choices made yet.
    pub fn at(beat_id: &str) -> Self {
        Place {
            beat_id: beat_id.to_owned(),
            ..Place::default()
        }
    }
}

/// One choice made on the way: which option (by index) of which choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceTaken {
    pub choice_id: String,
    pub option: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndingReached {
    pub scenario_id: String,
    pub ending_id: String,
    /// When the user first reached it.
    pub reached_at: i64,
}

/// The user's latest answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizAnswer {
    pub quiz_id: String,
    pub question_id: String,
    /// Indexes of the chosen options, ascending, each once.
    pub chosen: Vec<usize>,
    pub correct: bool,
    pub answered_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistAnswer {
    pub checklist_id: String,
    pub item_id: String,
    /// Index of the chosen answer.
    pub answer: usize,
    pub answered_at: i64,
}

/// How a quiz went: questions answered correctly out of those answered so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Score {
    pub correct: u32,
    pub answered: u32,
}

/// All progress, each list sorted by its ids: the order an export writes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub pages_read: Vec<PageRead>,
    pub scenario_positions: Vec<ScenarioPosition>,
    pub endings: Vec<EndingReached>,
    pub quiz_answers: Vec<QuizAnswer>,
    pub checklist_answers: Vec<ChecklistAnswer>,
}

/// Reading a page twice keeps the first time: "read" is a fact, not a log.
pub fn mark_read(conn: &Connection, page_id: &str) -> Result<()> {
    check_id(page_id)?;
    conn.execute(
        "INSERT INTO pages_read (page_id, read_at) VALUES (?1, ?2)
         ON CONFLICT (page_id) DO NOTHING",
        rusqlite::params![page_id, now_millis()],
    )
    .map_err(classify)?;
    Ok(())
}

/// Ids of every page read, sorted, including pages the current content lacks.
pub fn pages_read(conn: &Connection) -> Result<Vec<String>> {
    rows(
        conn,
        "SELECT page_id FROM pages_read ORDER BY page_id",
        [],
        |r| r.get(0),
    )
}

/// Pages read that the current content has (`present` says which ids it has).
pub fn visible_pages_read(
    conn: &Connection,
    present: &dyn Fn(&str) -> bool,
) -> Result<Vec<String>> {
    let mut ids = pages_read(conn)?;
    ids.retain(|id| present(id));
    Ok(ids)
}

pub fn set_scenario_position(conn: &Connection, scenario_id: &str, place: &Place) -> Result<()> {
    check_ids(&[scenario_id, &place.beat_id])?;
    let choices = choices_json(&place.choices)?;
    conn.execute(
        "INSERT INTO scenario_positions (scenario_id, beat_id, step, choices, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (scenario_id)
         DO UPDATE SET beat_id = excluded.beat_id, step = excluded.step,
                       choices = excluded.choices, updated_at = excluded.updated_at",
        rusqlite::params![
            scenario_id,
            place.beat_id,
            place.step,
            choices,
            now_millis()
        ],
    )
    .map_err(classify)?;
    Ok(())
}

/// Where to resume. The caller checks the place still fits: only the scenario knows.
pub fn scenario_position(conn: &Connection, scenario_id: &str) -> Result<Option<Place>> {
    Ok(conn
        .query_row(
            "SELECT beat_id, step, choices FROM scenario_positions WHERE scenario_id = ?1",
            [scenario_id],
            |r| {
                Ok(Place {
                    beat_id: r.get(0)?,
                    step: r.get(1)?,
                    choices: choices_from(r, 2)?,
                })
            },
        )
        .optional()?)
}

/// Forgets where the user was in a scenario; the endings reached stay.
pub fn clear_scenario_position(conn: &Connection, scenario_id: &str) -> Result<()> {
    check_id(scenario_id)?;
    conn.execute(
        "DELETE FROM scenario_positions WHERE scenario_id = ?1",
        [scenario_id],
    )
    .map_err(classify)?;
    Ok(())
}

fn choices_json(choices: &[ChoiceTaken]) -> Result<String> {
    choices.iter().try_for_each(|c| check_id(&c.choice_id))?;
    serde_json::to_string(choices).map_err(|e| Error::InvalidExport(e.to_string()))
}

fn choices_from(r: &Row<'_>, column: usize) -> rusqlite::Result<Vec<ChoiceTaken>> {
    let text: String = r.get(column)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Reaching an ending again keeps the first time.
pub fn record_ending(conn: &Connection, scenario_id: &str, ending_id: &str) -> Result<()> {
    check_ids(&[scenario_id, ending_id])?;
    conn.execute(
        "INSERT INTO endings (scenario_id, ending_id, reached_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (scenario_id, ending_id) DO NOTHING",
        rusqlite::params![scenario_id, ending_id, now_millis()],
    )
    .map_err(classify)?;
    Ok(())
}

/// Ids of the endings reached in a scenario, sorted.
pub fn endings_reached(conn: &Connection, scenario_id: &str) -> Result<Vec<String>> {
    rows(
        conn,
        "SELECT ending_id FROM endings WHERE scenario_id = ?1 ORDER BY ending_id",
        [scenario_id],
        |r| r.get(0),
    )
}

/// Replaces any earlier answer to the same question: the score counts the latest try.
pub fn save_quiz_answer(
    conn: &Connection,
    quiz_id: &str,
    question_id: &str,
    chosen: &[usize],
    correct: bool,
) -> Result<()> {
    check_ids(&[quiz_id, question_id])?;
    let chosen = chosen_json(chosen)?;
    conn.execute(
        "INSERT INTO quiz_answers (quiz_id, question_id, chosen, correct, answered_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (quiz_id, question_id) DO UPDATE SET chosen = excluded.chosen,
             correct = excluded.correct, answered_at = excluded.answered_at",
        rusqlite::params![quiz_id, question_id, chosen, correct, now_millis()],
    )
    .map_err(classify)?;
    Ok(())
}

/// The latest answer to each question of a quiz, sorted by question id.
pub fn quiz_answers(conn: &Connection, quiz_id: &str) -> Result<Vec<QuizAnswer>> {
    rows(
        conn,
        "SELECT quiz_id, question_id, chosen, correct, answered_at FROM quiz_answers
         WHERE quiz_id = ?1 ORDER BY question_id",
        [quiz_id],
        quiz_answer,
    )
}

pub fn quiz_score(conn: &Connection, quiz_id: &str) -> Result<Score> {
    Ok(conn.query_row(
        "SELECT count(*), coalesce(sum(correct), 0) FROM quiz_answers WHERE quiz_id = ?1",
        [quiz_id],
        |r| {
            Ok(Score {
                answered: r.get(0)?,
                correct: r.get(1)?,
            })
        },
    )?)
}

/// Forgets every answer to one quiz, so it can be taken again from the start.
pub fn clear_quiz_answers(conn: &Connection, quiz_id: &str) -> Result<()> {
    check_ids(&[quiz_id])?;
    conn.execute("DELETE FROM quiz_answers WHERE quiz_id = ?1", [quiz_id])
        .map_err(classify)?;
    Ok(())
}

/// Forgets every answer to one checklist.
pub fn clear_checklist_answers(conn: &Connection, checklist_id: &str) -> Result<()> {
    check_ids(&[checklist_id])?;
    conn.execute(
        "DELETE FROM checklist_answers WHERE checklist_id = ?1",
        [checklist_id],
    )
    .map_err(classify)?;
    Ok(())
}

/// Replaces any earlier answer to the same item.
pub fn save_checklist_answer(
    conn: &Connection,
    checklist_id: &str,
    item_id: &str,
    answer: usize,
) -> Result<()> {
    check_ids(&[checklist_id, item_id])?;
    conn.execute(
        "INSERT INTO checklist_answers (checklist_id, item_id, answer, answered_at)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (checklist_id, item_id)
         DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at",
        rusqlite::params![checklist_id, item_id, answer, now_millis()],
    )
    .map_err(classify)?;
    Ok(())
}

/// The answer to each item of a checklist, sorted by item id.
pub fn checklist_answers(conn: &Connection, checklist_id: &str) -> Result<Vec<ChecklistAnswer>> {
    rows(
        conn,
        "SELECT checklist_id, item_id, answer, answered_at FROM checklist_answers
         WHERE checklist_id = ?1 ORDER BY item_id",
        [checklist_id],
        checklist_answer,
    )
}

/// Everything, hidden rows included: what the user sees in an export.
pub fn progress(conn: &Connection) -> Result<Progress> {
    Ok(Progress {
        pages_read: rows(
            conn,
            "SELECT page_id, read_at FROM pages_read ORDER BY page_id",
            [],
            |r| {
                Ok(PageRead {
                    page_id: r.get(0)?,
                    read_at: r.get(1)?,
                })
            },
        )?,
        scenario_positions: rows(
            conn,
            "SELECT scenario_id, beat_id, step, choices, updated_at FROM scenario_positions
             ORDER BY scenario_id",
            [],
            |r| {
                Ok(ScenarioPosition {
                    scenario_id: r.get(0)?,
                    beat_id: r.get(1)?,
                    step: r.get(2)?,
                    choices: choices_from(r, 3)?,
                    updated_at: r.get(4)?,
                })
            },
        )?,
        endings: rows(
            conn,
            "SELECT scenario_id, ending_id, reached_at FROM endings
             ORDER BY scenario_id, ending_id",
            [],
            |r| {
                Ok(EndingReached {
                    scenario_id: r.get(0)?,
                    ending_id: r.get(1)?,
                    reached_at: r.get(2)?,
                })
            },
        )?,
        quiz_answers: rows(
            conn,
            "SELECT quiz_id, question_id, chosen, correct, answered_at FROM quiz_answers
             ORDER BY quiz_id, question_id",
            [],
            quiz_answer,
        )?,
        checklist_answers: rows(
            conn,
            "SELECT checklist_id, item_id, answer, answered_at FROM checklist_answers
             ORDER BY checklist_id, item_id",
            [],
            checklist_answer,
        )?,
    })
}

/// Progress on the pages the current content has. Rows are judged by their page (scenario,
/// quiz, checklist); whether a beat or question still exists is for the page to say.
pub fn visible_progress(conn: &Connection, present: &dyn Fn(&str) -> bool) -> Result<Progress> {
    let mut p = progress(conn)?;
    p.pages_read.retain(|r| present(&r.page_id));
    p.scenario_positions.retain(|r| present(&r.scenario_id));
    p.endings.retain(|r| present(&r.scenario_id));
    p.quiz_answers.retain(|r| present(&r.quiz_id));
    p.checklist_answers.retain(|r| present(&r.checklist_id));
    Ok(p)
}

/// Every id the store keeps follows the page id rules; refusing anything else up front keeps
/// paths, positions and stray text out of the store.
pub(super) fn check_id(id: &str) -> Result<()> {
    if is_valid_page_id(id) {
        Ok(())
    } else {
        Err(Error::InvalidId(id.to_owned()))
    }
}

fn check_ids(ids: &[&str]) -> Result<()> {
    ids.iter().try_for_each(|id| check_id(id))
}

/// Refuses what the functions above would refuse, so an import can check it all before it
/// writes anything.
pub(super) fn check(p: &Progress) -> Result<()> {
    p.pages_read.iter().try_for_each(|r| check_id(&r.page_id))?;
    for r in &p.scenario_positions {
        check_ids(&[&r.scenario_id, &r.beat_id])?;
        choices_json(&r.choices)?;
    }
    p.endings
        .iter()
        .try_for_each(|r| check_ids(&[&r.scenario_id, &r.ending_id]))?;
    for r in &p.quiz_answers {
        check_ids(&[&r.quiz_id, &r.question_id])?;
        chosen_json(&r.chosen)?;
    }
    p.checklist_answers
        .iter()
        .try_for_each(|r| check_ids(&[&r.checklist_id, &r.item_id]))
}

/// Writes rows as given, times included; the caller has emptied the tables first.
pub(super) fn restore(conn: &Connection, p: &Progress) -> Result<()> {
    check(p)?;
    let mut stmt = conn.prepare("INSERT INTO pages_read (page_id, read_at) VALUES (?1, ?2)")?;
    for r in &p.pages_read {
        stmt.execute(rusqlite::params![r.page_id, r.read_at])?;
    }
    let mut stmt = conn.prepare(
        "INSERT INTO scenario_positions (scenario_id, beat_id, step, choices, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for r in &p.scenario_positions {
        let choices = choices_json(&r.choices)?;
        stmt.execute(rusqlite::params![
            r.scenario_id,
            r.beat_id,
            r.step,
            choices,
            r.updated_at
        ])?;
    }
    let mut stmt = conn
        .prepare("INSERT INTO endings (scenario_id, ending_id, reached_at) VALUES (?1, ?2, ?3)")?;
    for r in &p.endings {
        stmt.execute(rusqlite::params![r.scenario_id, r.ending_id, r.reached_at])?;
    }
    let mut stmt = conn.prepare(
        "INSERT INTO quiz_answers (quiz_id, question_id, chosen, correct, answered_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for r in &p.quiz_answers {
        let chosen = chosen_json(&r.chosen)?;
        stmt.execute(rusqlite::params![
            r.quiz_id,
            r.question_id,
            chosen,
            r.correct,
            r.answered_at
        ])?;
    }
    let mut stmt = conn.prepare(
        "INSERT INTO checklist_answers (checklist_id, item_id, answer, answered_at)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for r in &p.checklist_answers {
        stmt.execute(rusqlite::params![
            r.checklist_id,
            r.item_id,
            r.answer,
            r.answered_at
        ])?;
    }
    Ok(())
}

/// The chosen options as stored: a JSON array, ascending, each index once, so the same
/// choice is always stored, compared and exported the same way.
fn chosen_json(chosen: &[usize]) -> Result<String> {
    if chosen.is_empty() {
        return Err(Error::InvalidAnswer);
    }
    let mut sorted = chosen.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    serde_json::to_string(&sorted).map_err(|_| Error::InvalidAnswer)
}

fn quiz_answer(r: &Row<'_>) -> rusqlite::Result<QuizAnswer> {
    let chosen: String = r.get(2)?;
    Ok(QuizAnswer {
        quiz_id: r.get(0)?,
        question_id: r.get(1)?,
        chosen: serde_json::from_str(&chosen).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, e.into())
        })?,
        correct: r.get(3)?,
        answered_at: r.get(4)?,
    })
}

fn checklist_answer(r: &Row<'_>) -> rusqlite::Result<ChecklistAnswer> {
    Ok(ChecklistAnswer {
        checklist_id: r.get(0)?,
        item_id: r.get(1)?,
        answer: r.get(2)?,
        answered_at: r.get(3)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::open_in_memory;

    fn count(conn: &Connection, table: &str) -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn pages_read_are_a_sorted_set_keeping_the_first_time() {
        let conn = open_in_memory().unwrap();
        mark_read(&conn, "jongeren-b").unwrap();
        mark_read(&conn, "jongeren-a").unwrap();
        let first = progress(&conn).unwrap().pages_read;
        mark_read(&conn, "jongeren-b").unwrap();
        assert_eq!(pages_read(&conn).unwrap(), ["jongeren-a", "jongeren-b"]);
        assert_eq!(progress(&conn).unwrap().pages_read, first);
        assert!(
            first.iter().all(|r| r.read_at > 1_600_000_000_000),
            "unix ms"
        );
    }

    #[test]
    fn a_scenario_resumes_at_the_last_beat_and_remembers_endings() {
        let conn = open_in_memory().unwrap();
        assert_eq!(scenario_position(&conn, "jongeren-amira").unwrap(), None);
        set_scenario_position(&conn, "jongeren-amira", &Place::at("b1")).unwrap();
        let later = Place {
            beat_id: "b7".to_owned(),
            step: 9,
            choices: vec![ChoiceTaken {
                choice_id: "c1".to_owned(),
                option: 1,
            }],
        };
        set_scenario_position(&conn, "jongeren-amira", &later).unwrap();
        set_scenario_position(&conn, "jongeren-other", &Place::at("x1")).unwrap();
        assert_eq!(
            scenario_position(&conn, "jongeren-amira").unwrap(),
            Some(later)
        );
        clear_scenario_position(&conn, "jongeren-amira").unwrap();
        assert_eq!(scenario_position(&conn, "jongeren-amira").unwrap(), None);
        assert!(scenario_position(&conn, "jongeren-other")
            .unwrap()
            .is_some());
        record_ending(&conn, "jongeren-amira", "goed").unwrap();
        record_ending(&conn, "jongeren-amira", "anders").unwrap();
        record_ending(&conn, "jongeren-amira", "goed").unwrap();
        record_ending(&conn, "jongeren-other", "goed").unwrap();
        assert_eq!(
            endings_reached(&conn, "jongeren-amira").unwrap(),
            ["anders", "goed"]
        );
        assert!(endings_reached(&conn, "jongeren-none").unwrap().is_empty());
    }

    #[test]
    fn the_latest_quiz_answer_counts_towards_the_score() {
        let conn = open_in_memory().unwrap();
        assert_eq!(
            quiz_score(&conn, "jongeren-quiz").unwrap(),
            Score::default()
        );
        save_quiz_answer(&conn, "jongeren-quiz", "q2", &[1], false).unwrap();
        save_quiz_answer(&conn, "jongeren-quiz", "q1", &[2, 0, 2], true).unwrap();
        save_quiz_answer(&conn, "jongeren-quiz", "q2", &[0], true).unwrap();
        save_quiz_answer(&conn, "jongeren-quiz", "q3", &[3], false).unwrap();
        save_quiz_answer(&conn, "inwoners-quiz", "q1", &[0], true).unwrap();
        let answers = quiz_answers(&conn, "jongeren-quiz").unwrap();
        let seen: Vec<_> = answers
            .iter()
            .map(|a| (a.question_id.as_str(), a.chosen.clone(), a.correct))
            .collect();
        assert_eq!(
            seen,
            [
                ("q1", vec![0, 2], true),
                ("q2", vec![0], true),
                ("q3", vec![3], false)
            ]
        );
        assert_eq!(
            quiz_score(&conn, "jongeren-quiz").unwrap(),
            Score {
                correct: 2,
                answered: 3
            }
        );
    }

    #[test]
    fn an_answer_without_a_choice_is_refused() {
        let conn = open_in_memory().unwrap();
        assert!(matches!(
            save_quiz_answer(&conn, "jongeren-quiz", "q1", &[], true),
            Err(Error::InvalidAnswer)
        ));
        assert_eq!(count(&conn, "quiz_answers"), 0);
    }

    #[test]
    fn a_checklist_answer_replaces_the_earlier_one() {
        let conn = open_in_memory().unwrap();
        save_checklist_answer(&conn, "professionals-check", "delen", 0).unwrap();
        save_checklist_answer(&conn, "professionals-check", "doel", 2).unwrap();
        save_checklist_answer(&conn, "professionals-check", "delen", 1).unwrap();
        let got: Vec<_> = checklist_answers(&conn, "professionals-check")
            .unwrap()
            .into_iter()
            .map(|a| (a.item_id, a.answer))
            .collect();
        assert_eq!(got, [("delen".to_owned(), 1), ("doel".to_owned(), 2)]);
    }

    #[test]
    fn a_bad_id_is_refused_and_nothing_is_stored() {
        let conn = open_in_memory().unwrap();
        for bad in ["", "Jongeren-a", "a b", "a/../b", "a--b", "-a", "é"] {
            let results = [
                mark_read(&conn, bad),
                set_scenario_position(&conn, bad, &Place::at("b1")),
                set_scenario_position(&conn, "jongeren-s", &Place::at(bad)),
                set_scenario_position(
                    &conn,
                    "jongeren-s",
                    &Place {
                        choices: vec![ChoiceTaken {
                            choice_id: bad.to_owned(),
                            option: 0,
                        }],
                        ..Place::at("b1")
                    },
                ),
                record_ending(&conn, bad, "e"),
                record_ending(&conn, "jongeren-s", bad),
                save_quiz_answer(&conn, bad, "q1", &[0], true),
                save_quiz_answer(&conn, "jongeren-q", bad, &[0], true),
                save_checklist_answer(&conn, bad, "i1", 0),
                save_checklist_answer(&conn, "professionals-c", bad, 0),
            ];
            for r in results {
                assert!(matches!(r, Err(Error::InvalidId(_))), "{bad:?}: {r:?}");
            }
        }
        assert_eq!(progress(&conn).unwrap(), Progress::default());
    }

    #[test]
    fn progress_on_removed_content_is_hidden_kept_and_shown_again() {
        let conn = open_in_memory().unwrap();
        for page in ["jongeren-a", "jongeren-gone"] {
            mark_read(&conn, page).unwrap();
            set_scenario_position(&conn, page, &Place::at("b1")).unwrap();
            record_ending(&conn, page, "e1").unwrap();
            save_quiz_answer(&conn, page, "q1", &[0], true).unwrap();
            save_checklist_answer(&conn, page, "i1", 1).unwrap();
        }
        let all = progress(&conn).unwrap();
        let without_gone = |id: &str| id != "jongeren-gone";
        let visible = visible_progress(&conn, &without_gone).unwrap();
        assert_eq!(
            visible_pages_read(&conn, &without_gone).unwrap(),
            ["jongeren-a"]
        );
        assert_eq!(
            (
                visible.pages_read.len(),
                visible.scenario_positions.len(),
                visible.endings.len(),
                visible.quiz_answers.len(),
                visible.checklist_answers.len()
            ),
            (1, 1, 1, 1, 1)
        );
        assert!(serde_json::to_string(&visible)
            .unwrap()
            .contains("jongeren-a"));
        assert!(!serde_json::to_string(&visible)
            .unwrap()
            .contains("jongeren-gone"));
        assert_eq!(progress(&conn).unwrap(), all, "nothing was deleted");
        assert_eq!(visible_progress(&conn, &|_| true).unwrap(), all);
    }

    #[test]
    fn restore_writes_rows_as_given_and_refuses_a_bad_one_first() {
        let conn = open_in_memory().unwrap();
        let p = Progress {
            pages_read: vec![PageRead {
                page_id: "jongeren-a".into(),
                read_at: 7,
            }],
            quiz_answers: vec![QuizAnswer {
                quiz_id: "jongeren-q".into(),
                question_id: "q1".into(),
                chosen: vec![1, 3],
                correct: false,
                answered_at: 9,
            }],
            ..Progress::default()
        };
        restore(&conn, &p).unwrap();
        assert_eq!(progress(&conn).unwrap(), p);

        let mut bad = p.clone();
        bad.quiz_answers[0].chosen.clear();
        assert!(matches!(check(&bad), Err(Error::InvalidAnswer)));
        let mut bad = p;
        bad.pages_read[0].page_id = "../etc".into();
        assert!(matches!(check(&bad), Err(Error::InvalidId(_))));
    }
}
