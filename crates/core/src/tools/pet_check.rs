//! "Welke pet heb ik op?": three questions that tell a wijkteam worker which role they are
//! in right now (helper, on behalf of the gemeente, or both) and what follows from it for
//! secrecy, the dossier, consent and what to tell the resident. Signals that someone is not
//! safe add the meldcode, in either role.

use serde::{Deserialize, Serialize};

/// Why the worker talks with the resident now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Task {
    /// To help with the resident's own question or problem.
    Help,
    /// To prepare or carry out a decision of the gemeente (a provision, a benefit).
    Decision,
    /// Both, in the same conversation.
    Both,
}

/// Where what the resident says goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    /// It stays with the worker and the resident, in the worker's own dossier.
    Stays,
    /// It goes, in part, to the gemeente for a decision.
    Gemeente,
    /// The worker does not know.
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signals {
    No,
    Yes,
    Unsure,
}

super::parse_as_serde!(Task, Flow, Signals);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    pub task: Task,
    pub flow: Flow,
    pub signals: Signals,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Helper,
    Gemeente,
    Both,
    /// Not clear enough to act on: find out first.
    Unclear,
}

/// What follows from the role, in the order the UI shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Follow {
    /// Professional secrecy applies: nothing goes on without consent or a legal exception.
    Secrecy,
    /// Keep notes in the helper's own dossier.
    OwnDossier,
    /// The college decides; the ground is the law, not consent.
    LawIsGround,
    /// Pass on only what the decision needs.
    OnlyNecessary,
    /// Notes for the decision go into the gemeente's dossier.
    GemeenteDossier,
    /// Tell the resident in which role you talk with them.
    SayRole,
    /// Say out loud when you switch roles, and what goes to the gemeente.
    MarkSwitch,
    /// Keep the two roles' notes apart.
    TwoDossiers,
    /// Ask your manager or the FG what happens with the data before anything is shared.
    FindOut,
    /// Signals of unsafety: the meldcode's five steps, in either role.
    Meldcode,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub role: Role,
    pub follows: Vec<Follow>,
}

pub fn judge(a: Answers) -> Outcome {
    let role = match (a.task, a.flow) {
        (Task::Decision, _) => Role::Gemeente,
        (_, Flow::Unknown) => Role::Unclear,
        (Task::Help, Flow::Stays) => Role::Helper,
        // Helping, while what is said reaches the gemeente, is working in both roles.
        (Task::Help, Flow::Gemeente) | (Task::Both, _) => Role::Both,
    };
    let mut follows = match role {
        Role::Helper => vec![Follow::Secrecy, Follow::OwnDossier, Follow::SayRole],
        Role::Gemeente => vec![
            Follow::LawIsGround,
            Follow::OnlyNecessary,
            Follow::GemeenteDossier,
            Follow::SayRole,
        ],
        Role::Both => vec![
            Follow::MarkSwitch,
            Follow::TwoDossiers,
            Follow::Secrecy,
            Follow::OnlyNecessary,
        ],
        Role::Unclear => vec![Follow::FindOut, Follow::Secrecy],
    };
    // Even for a decision, the worker should know where the data goes.
    if a.flow == Flow::Unknown && role == Role::Gemeente {
        follows.push(Follow::FindOut);
    }
    if a.signals != Signals::No {
        follows.push(Follow::Meldcode);
    }
    Outcome { role, follows }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TASKS: [Task; 3] = [Task::Help, Task::Decision, Task::Both];
    const FLOWS: [Flow; 3] = [Flow::Stays, Flow::Gemeente, Flow::Unknown];
    const SIGNALS: [Signals; 3] = [Signals::No, Signals::Yes, Signals::Unsure];

    fn role(task: Task, flow: Flow) -> Role {
        judge(Answers {
            task,
            flow,
            signals: Signals::No,
        })
        .role
    }

    #[test]
    fn every_answer_leads_to_its_role() {
        use Flow::*;
        use Role as R;
        let table = [
            (Task::Help, Stays, R::Helper),
            (Task::Help, Gemeente, R::Both),
            (Task::Help, Unknown, R::Unclear),
            (Task::Decision, Stays, R::Gemeente),
            (Task::Decision, Gemeente, R::Gemeente),
            (Task::Decision, Unknown, R::Gemeente),
            (Task::Both, Stays, R::Both),
            (Task::Both, Gemeente, R::Both),
            (Task::Both, Unknown, R::Unclear),
        ];
        for (task, flow, expected) in table {
            assert_eq!(role(task, flow), expected, "{task:?} {flow:?}");
        }
    }

    #[test]
    fn each_role_says_what_follows() {
        let follows = |task, flow| {
            judge(Answers {
                task,
                flow,
                signals: Signals::No,
            })
            .follows
        };
        assert_eq!(
            follows(Task::Help, Flow::Stays),
            [Follow::Secrecy, Follow::OwnDossier, Follow::SayRole]
        );
        assert_eq!(
            follows(Task::Decision, Flow::Gemeente),
            [
                Follow::LawIsGround,
                Follow::OnlyNecessary,
                Follow::GemeenteDossier,
                Follow::SayRole
            ]
        );
        assert_eq!(
            follows(Task::Both, Flow::Gemeente),
            [
                Follow::MarkSwitch,
                Follow::TwoDossiers,
                Follow::Secrecy,
                Follow::OnlyNecessary
            ]
        );
        assert_eq!(
            follows(Task::Help, Flow::Unknown),
            [Follow::FindOut, Follow::Secrecy]
        );
        assert_eq!(
            follows(Task::Decision, Flow::Unknown).last(),
            Some(&Follow::FindOut)
        );
    }

    #[test]
    fn the_ui_names_parse_and_anything_else_is_refused() {
        assert_eq!("both".parse::<Task>().unwrap(), Task::Both);
        assert_eq!("unknown".parse::<Flow>().unwrap(), Flow::Unknown);
        assert_eq!("unsure".parse::<Signals>().unwrap(), Signals::Unsure);
        assert_eq!(
            "maybe".parse::<Signals>().unwrap_err().code(),
            "invalid_setting"
        );
    }

    #[test]
    fn signals_of_unsafety_bring_the_meldcode_in_every_role() {
        for task in TASKS {
            for flow in FLOWS {
                for signals in SIGNALS {
                    let o = judge(Answers {
                        task,
                        flow,
                        signals,
                    });
                    assert_eq!(
                        o.follows.contains(&Follow::Meldcode),
                        signals != Signals::No,
                        "{task:?} {flow:?} {signals:?}"
                    );
                    assert_eq!(
                        o.follows.len(),
                        o.follows
                            .iter()
                            .collect::<std::collections::BTreeSet<_>>()
                            .len(),
                        "nothing twice"
                    );
                }
            }
        }
    }
}
