//! The self-assessment for management: seven questions about how the organisation handles
//! data in the sociaal domein (which legal tasks a team carries out, where in the process data
//! decisions are made, how residents are involved, transparency about what is recorded and
//! when consent is needed, how the team is steered, whether systems limit access to those
//! involved in a case, and whether the policy is tested in practice). Each answer gets its own
//! advice; what needs work most comes first. Saved like the other tools' results; the UI
//! words the advice (`tools.ftl`) and exports the result as text.

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::saved;
use crate::Result;

/// The tool page the self-assessments belong to.
pub const TOOL_ID: &str = "professionals-zelfevaluatie-management";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// It is clear which legal tasks the team carries out, and what falls under which.
    Tasks,
    /// The work process names the moments where data decisions are made.
    Moments,
    /// Residents are involved in deciding which help is given.
    Residents,
    /// The organisation says what it records and asks for, and when consent is needed.
    Transparency,
    /// Managers steer on careful handling of data (case talks, training, a go-to person).
    Steering,
    /// Systems give access only to those involved in a case.
    Access,
    /// The organisation tests whether the policy works in practice.
    Testing,
}

impl Topic {
    pub const ALL: [Topic; 7] = [
        Topic::Tasks,
        Topic::Moments,
        Topic::Residents,
        Topic::Transparency,
        Topic::Steering,
        Topic::Access,
        Topic::Testing,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    Partly,
    No,
    /// The manager does not know: finding out is the first step.
    Unknown,
}

/// What the user filled in: an answer per topic, some perhaps still open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Fields {
    pub answers: BTreeMap<Topic, Answer>,
}

/// The kind of advice an answer gets, from most to least urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Advice {
    /// "No": start here.
    Start,
    /// "Don't know": find out first.
    FindOut,
    /// "Partly": finish what was begun.
    Improve,
    /// "Yes": keep it up, and keep checking.
    Keep,
}

impl From<Answer> for Advice {
    fn from(a: Answer) -> Advice {
        match a {
            Answer::No => Advice::Start,
            Answer::Unknown => Advice::FindOut,
            Answer::Partly => Advice::Improve,
            Answer::Yes => Advice::Keep,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Item {
    pub topic: Topic,
    pub answer: Answer,
    pub advice: Advice,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub yes: usize,
    pub partly: usize,
    pub no: usize,
    pub unknown: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The answered topics, most urgent advice first, in question order within each kind.
    pub items: Vec<Item>,
    /// The topics not answered yet, in question order.
    pub open: Vec<Topic>,
    pub tally: Tally,
}

impl Assessment {
    pub fn complete(&self) -> bool {
        self.open.is_empty()
    }
}

pub fn assess(f: &Fields) -> Assessment {
    let mut items: Vec<Item> = Topic::ALL
        .iter()
        .filter_map(|t| {
            f.answers.get(t).map(|a| Item {
                topic: *t,
                answer: *a,
                advice: Advice::from(*a),
            })
        })
        .collect();
    // Stable: within one kind of advice the questions keep their order.
    items.sort_by_key(|i| i.advice);
    let open = Topic::ALL
        .into_iter()
        .filter(|t| !f.answers.contains_key(t))
        .collect();
    let mut tally = Tally::default();
    for i in &items {
        *match i.answer {
            Answer::Yes => &mut tally.yes,
            Answer::Partly => &mut tally.partly,
            Answer::No => &mut tally.no,
            Answer::Unknown => &mut tally.unknown,
        } += 1;
    }
    Assessment { items, open, tally }
}

pub type Saved = saved::Saved<Fields>;

pub fn save(conn: &Connection, id: Option<i64>, title: &str, fields: &Fields) -> Result<i64> {
    saved::save(conn, TOOL_ID, id, title, fields)
}

pub fn list(conn: &Connection) -> Result<Vec<Saved>> {
    saved::list(conn, TOOL_ID)
}

pub fn open(conn: &Connection, id: i64) -> Result<Saved> {
    saved::open(conn, TOOL_ID, id)
}

pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    saved::delete(conn, TOOL_ID, id)
}

pub fn fields_from(value: serde_json::Value) -> Result<Fields> {
    saved::fields_from(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;
    use serde_json::json;

    fn answered(pairs: &[(Topic, Answer)]) -> Fields {
        Fields {
            answers: pairs.iter().copied().collect(),
        }
    }

    #[test]
    fn every_answer_gets_its_own_advice() {
        for (answer, advice) in [
            (Answer::Yes, Advice::Keep),
            (Answer::Partly, Advice::Improve),
            (Answer::No, Advice::Start),
            (Answer::Unknown, Advice::FindOut),
        ] {
            for topic in Topic::ALL {
                let a = assess(&answered(&[(topic, answer)]));
                assert_eq!(
                    a.items,
                    [Item {
                        topic,
                        answer,
                        advice
                    }]
                );
                assert_eq!(a.open.len(), 6);
                assert!(!a.complete());
            }
        }
    }

    #[test]
    fn the_most_urgent_advice_comes_first_and_the_tally_adds_up() {
        let f = answered(&[
            (Topic::Tasks, Answer::Yes),
            (Topic::Moments, Answer::Partly),
            (Topic::Residents, Answer::No),
            (Topic::Transparency, Answer::Unknown),
            (Topic::Steering, Answer::No),
            (Topic::Access, Answer::Yes),
            (Topic::Testing, Answer::Partly),
        ]);
        let a = assess(&f);
        assert!(a.complete());
        let order: Vec<Topic> = a.items.iter().map(|i| i.topic).collect();
        assert_eq!(
            order,
            [
                Topic::Residents,
                Topic::Steering,
                Topic::Transparency,
                Topic::Moments,
                Topic::Testing,
                Topic::Tasks,
                Topic::Access
            ]
        );
        assert_eq!(
            a.tally,
            Tally {
                yes: 2,
                partly: 2,
                no: 2,
                unknown: 1
            }
        );
    }

    #[test]
    fn nothing_answered_leaves_every_question_open() {
        let a = assess(&Fields::default());
        assert_eq!((a.items.len(), a.open), (0, Topic::ALL.to_vec()));
    }

    #[test]
    fn saved_reopened_and_kept_apart_from_preparations() {
        let conn = store::open_in_memory().unwrap();
        let f = fields_from(json!({ "answers": { "tasks": "yes", "access": "unknown" } })).unwrap();
        let id = save(&conn, None, "Wijkteam Noord, november", &f).unwrap();
        assert_eq!(open(&conn, id).unwrap().fields, f);
        let prep = super::super::preparation::save(
            &conn,
            None,
            "Voorbereiding",
            &super::super::preparation::Fields::default(),
        )
        .unwrap();
        assert_eq!(list(&conn).unwrap().len(), 1);
        assert_eq!(open(&conn, prep).unwrap_err().code(), "unknown_preparation");
        assert_eq!(
            save(&conn, Some(prep), "Over", &f).unwrap_err().code(),
            "unknown_preparation"
        );
        delete(&conn, id).unwrap();
        assert!(list(&conn).unwrap().is_empty());
        for bad in [
            json!({ "answers": { "tasks": "maybe" } }),
            json!({ "answers": { "budget": "yes" } }),
            json!([]),
        ] {
            assert_eq!(fields_from(bad).unwrap_err().code(), "invalid_preparation");
        }
    }
}
