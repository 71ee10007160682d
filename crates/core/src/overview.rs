//! A track at a glance: every page with how far the user got, and the page to continue with.
//! Progress is read from the store and judged against the content as it is now, so an
//! answer or ending the content no longer has does not count.

use std::collections::BTreeSet;

use rusqlite::Connection;
use serde::Serialize;

use crate::answers::{self, count};
use crate::content::scenario::{Exit, Scenario};
use crate::content::{Body, Pack, Page, PageSummary, Track};
use crate::i18n::Locale;
use crate::store::{self, Progress};
use crate::Result;

/// How far the user got with one page; what counts depends on the kind of page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Status {
    Reading {
        read: bool,
    },
    Quiz {
        correct: u32,
        answered: u32,
        questions: u32,
    },
    Checklist {
        answered: u32,
        items: u32,
    },
    Scenario {
        started: bool,
        endings_reached: u32,
        endings: u32,
    },
}

impl Status {
    /// Whether there is nothing left to do on the page.
    fn finished(&self) -> bool {
        match *self {
            Status::Reading { read } => read,
            Status::Quiz {
                answered,
                questions,
                ..
            } => answered >= questions,
            Status::Checklist { answered, items } => answered >= items,
            Status::Scenario {
                endings_reached, ..
            } => endings_reached > 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageProgress {
    pub page: PageSummary,
    pub status: Status,
    /// Nothing is left to do on the page; the one rule the UI shows and counts by.
    pub finished: bool,
}

/// How many pages of one kind a track has, and how many of them are finished.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub done: u32,
    pub of: u32,
}

impl Tally {
    fn add(&mut self, finished: bool) {
        self.of += 1;
        if finished {
            self.done += 1;
        }
    }
}

/// A track's pages counted per kind: texts read, quizzes and checklists completed, stories
/// played to an ending.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub read: Tally,
    pub quizzes: Tally,
    pub checklists: Tally,
    pub stories: Tally,
}

impl Totals {
    fn add(&mut self, status: &Status, finished: bool) {
        let tally = match status {
            Status::Reading { .. } => &mut self.read,
            Status::Quiz { .. } => &mut self.quizzes,
            Status::Checklist { .. } => &mut self.checklists,
            Status::Scenario { .. } => &mut self.stories,
        };
        tally.add(finished);
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrackOverview {
    /// In the track's order.
    pub pages: Vec<PageProgress>,
    /// The unfinished page the user worked on last, if any.
    pub continue_with: Option<PageSummary>,
    pub totals: Totals,
}

/// Without a store (`None`) every page shows as not started: reading never needs it.
pub fn track_overview(
    conn: Option<&Connection>,
    pack: &Pack,
    track: Track,
    locale: Locale,
) -> Result<TrackOverview> {
    let progress = match conn {
        Some(conn) => store::progress(conn)?,
        None => Progress::default(),
    };
    let mut pages = Vec::new();
    let mut latest: Option<(i64, PageSummary)> = None;
    let mut totals = Totals::default();
    for page in pack
        .pages
        .iter()
        .filter(|p| p.track == track && p.locale == locale)
    {
        let (status, last) = match conn {
            Some(conn) => status(conn, pack, page, &progress)?,
            None => (status_without_store(page), None),
        };
        let summary = PageSummary::from(page);
        let finished = status.finished();
        if let Some(when) = last {
            if !finished && latest.as_ref().is_none_or(|(t, _)| when > *t) {
                latest = Some((when, summary.clone()));
            }
        }
        totals.add(&status, finished);
        pages.push(PageProgress {
            page: summary,
            status,
            finished,
        });
    }
    Ok(TrackOverview {
        pages,
        continue_with: latest.map(|(_, page)| page),
        totals,
    })
}

/// Marks a page as read; only pages that exist are recorded.
pub fn mark_read(conn: &Connection, pack: &Pack, id: &str) -> Result<()> {
    if !pack.contains(id) {
        return Err(crate::Error::UnknownPage { id: id.to_owned() });
    }
    store::mark_read(conn, id)
}

/// The page's status, and when the user last did something that counts towards it: answers
/// and endings the content no longer has count for neither.
fn status(
    conn: &Connection,
    pack: &Pack,
    page: &Page,
    progress: &Progress,
) -> Result<(Status, Option<i64>)> {
    Ok(match &page.body {
        Body::Prose => {
            let read = progress.pages_read.iter().find(|r| r.page_id == page.id);
            (
                Status::Reading {
                    read: read.is_some(),
                },
                read.map(|r| r.read_at),
            )
        }
        Body::Quiz { .. } => {
            let p = answers::quiz_progress(conn, pack, &page.id)?;
            let last = p.answers.iter().map(|a| a.answered_at).max();
            let status = Status::Quiz {
                correct: p.score.correct,
                answered: p.score.answered,
                questions: p.questions,
            };
            (status, last)
        }
        Body::Checklist { checklist } => {
            let saved = answers::checklist_progress(conn, pack, &page.id)?;
            let last = saved.iter().map(|a| a.answered_at).max();
            let status = Status::Checklist {
                answered: count(saved.len()),
                items: count(checklist.items.len()),
            };
            (status, last)
        }
        Body::Scenario { scenario } => {
            let endings = ending_ids(scenario);
            let reached: Vec<i64> = progress
                .endings
                .iter()
                .filter(|e| e.scenario_id == page.id && endings.contains(e.ending_id.as_str()))
                .map(|e| e.reached_at)
                .collect();
            let position = progress
                .scenario_positions
                .iter()
                .find(|p| p.scenario_id == page.id)
                .map(|p| p.updated_at);
            let last = reached.iter().copied().chain(position).max();
            let status = Status::Scenario {
                started: position.is_some(),
                endings_reached: count(reached.len()),
                endings: count(endings.len()),
            };
            (status, last)
        }
    })
}

fn status_without_store(page: &Page) -> Status {
    match &page.body {
        Body::Prose => Status::Reading { read: false },
        Body::Quiz { quiz } => Status::Quiz {
            correct: 0,
            answered: 0,
            questions: count(quiz.questions.len()),
        },
        Body::Checklist { checklist } => Status::Checklist {
            answered: 0,
            items: count(checklist.items.len()),
        },
        Body::Scenario { scenario } => Status::Scenario {
            started: false,
            endings_reached: 0,
            endings: count(ending_ids(scenario).len()),
        },
    }
}

fn ending_ids(scenario: &Scenario) -> BTreeSet<&str> {
    scenario
        .scenes
        .iter()
        .filter(|s| matches!(s.exit, Exit::Ending(_)))
        .map(|s| s.id.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::pack_of;

    fn front(id: &str, kind: &str) -> String {
        format!("+++\nid = \"{id}\"\nkind = \"{kind}\"\ntrack = \"jongeren\"\ntitle = \"{id}\"\nsummary = \"Over {id}.\"\n")
    }

    fn pages() -> Vec<String> {
        vec![
            front("jongeren-a", "article") + "+++\n\nTekst.\n",
            front("jongeren-quiz", "quiz")
                + "+++\n\n## Question `een`: Een?\n\n- [x] Ja\n  Goed.\n- [ ] Nee\n  Fout.\n\n## Question `twee`: Twee?\n\n- [x] Ja\n  Goed.\n- [ ] Nee\n  Fout.\n",
            front("jongeren-lijst", "checklist") + "+++\n\n## Item `doel`: Doel?\n\n- Ja\n- Nee\n",
            front("jongeren-verhaal", "scenario")
                + "\n[[cast]]\nid = \"sam\"\nname = \"Sam\"\nrole = \"jongere\"\nlook = { age = \"teen\", skin = 3, hair = \"short\", colour = \"blue\" }\n+++\n\n## Scene `begin`: Begin\n\n- `b1` sam: Hoi.\n- `b2` choice: Wat nu?\n  - [Links](#links) Goed.\n  - [Rechts](#rechts) Ook goed.\n\n## Ending `links`: Links\n\n- `l1` sam: Klaar.\n\nLearned:\n- Iets.\n\nSources:\n- [AVG](https://eur-lex.europa.eu/eli/reg/2016/679/oj)\n\n## Ending `rechts`: Rechts\n\n- `r1` sam: Ook klaar.\n\nLearned:\n- Iets anders.\n\nSources:\n- [AVG](https://eur-lex.europa.eu/eli/reg/2016/679/oj)\n",
        ]
    }

    fn pack() -> Pack {
        let texts = pages();
        pack_of(
            &texts.iter().map(String::as_str).collect::<Vec<_>>(),
            Track::Jongeren,
        )
    }

    fn statuses(o: &TrackOverview) -> Vec<(&str, Status)> {
        o.pages
            .iter()
            .map(|p| (p.page.id.as_str(), p.status.clone()))
            .collect()
    }

    #[test]
    fn a_new_user_has_everything_ahead_and_nothing_to_continue() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        for conn in [Some(&conn), None] {
            let o = track_overview(conn, &pack, Track::Jongeren, Locale::Nl).unwrap();
            assert_eq!(o.continue_with, None);
            assert_eq!(
                statuses(&o),
                [
                    ("jongeren-a", Status::Reading { read: false }),
                    (
                        "jongeren-quiz",
                        Status::Quiz {
                            correct: 0,
                            answered: 0,
                            questions: 2
                        }
                    ),
                    (
                        "jongeren-lijst",
                        Status::Checklist {
                            answered: 0,
                            items: 1
                        }
                    ),
                    (
                        "jongeren-verhaal",
                        Status::Scenario {
                            started: false,
                            endings_reached: 0,
                            endings: 2
                        }
                    ),
                ]
            );
        }
        let other = track_overview(Some(&conn), &pack, Track::Inwoners, Locale::Nl).unwrap();
        assert!(other.pages.is_empty());
        assert_eq!(other.totals, Totals::default());
    }

    #[test]
    fn progress_counts_and_the_last_unfinished_page_is_offered() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        mark_read(&conn, &pack, "jongeren-a").unwrap();
        answers::answer_quiz(&conn, &pack, "jongeren-quiz", "een", &[1]).unwrap();
        store::set_scenario_position(&conn, "jongeren-verhaal", &store::Place::at("b1")).unwrap();
        store::record_ending(&conn, "jongeren-verhaal", "links").unwrap();
        // An ending the content no longer has does not count.
        store::record_ending(&conn, "jongeren-verhaal", "vervallen").unwrap();
        let o = track_overview(Some(&conn), &pack, Track::Jongeren, Locale::En).unwrap();
        assert_eq!(
            statuses(&o),
            [
                ("jongeren-a", Status::Reading { read: true }),
                (
                    "jongeren-quiz",
                    Status::Quiz {
                        correct: 0,
                        answered: 1,
                        questions: 2
                    }
                ),
                (
                    "jongeren-lijst",
                    Status::Checklist {
                        answered: 0,
                        items: 1
                    }
                ),
                (
                    "jongeren-verhaal",
                    Status::Scenario {
                        started: true,
                        endings_reached: 1,
                        endings: 2
                    }
                ),
            ]
        );
        // The read article and the story with an ending are finished; the quiz is not.
        let finished: Vec<bool> = o.pages.iter().map(|p| p.finished).collect();
        assert_eq!(finished, [true, false, false, true]);
        let tally = |done, of| Tally { done, of };
        assert_eq!(
            o.totals,
            Totals {
                read: tally(1, 1),
                quizzes: tally(0, 1),
                checklists: tally(0, 1),
                stories: tally(1, 1),
            }
        );
        assert_eq!(
            o.continue_with.map(|p| p.id),
            Some("jongeren-quiz".to_owned())
        );
        answers::answer_quiz(&conn, &pack, "jongeren-quiz", "twee", &[0]).unwrap();
        let o = track_overview(Some(&conn), &pack, Track::Jongeren, Locale::En).unwrap();
        assert_eq!(o.continue_with, None, "everything started is finished");
        assert_eq!(o.totals.quizzes, Tally { done: 1, of: 1 });
    }

    #[test]
    fn answers_the_content_no_longer_has_offer_nothing_to_continue() {
        let conn = store::open_in_memory().unwrap();
        let pack = pack();
        store::save_quiz_answer(&conn, "jongeren-quiz", "vervallen", &[0], true).unwrap();
        store::save_checklist_answer(&conn, "jongeren-lijst", "doel", 7).unwrap();
        let o = track_overview(Some(&conn), &pack, Track::Jongeren, Locale::Nl).unwrap();
        assert_eq!(o.continue_with, None);
    }

    #[test]
    fn only_pages_that_exist_are_marked_read() {
        let conn = store::open_in_memory().unwrap();
        let err = mark_read(&conn, &pack(), "jongeren-weg").unwrap_err();
        assert_eq!(err.code(), "unknown_page");
        assert!(store::pages_read(&conn).unwrap().is_empty());
    }
}
