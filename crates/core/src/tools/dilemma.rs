//! Dilemma vignettes for Werk & Inkomen: a consultant says what they would do, then sees what
//! tips the balance. Four circumstances weigh in every vignette: how detailed the information
//! is, how well the request is motivated, what the agreement (with the provider, between
//! teams, or the law) covers, and whether the client knows. The user can change each and see
//! the balance move. This decides the weighing; the vignettes are worded in `tools.ftl`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vignette {
    /// A wijkteam colleague asks how much bijstand the client gets, for a budget plan.
    IncomeData,
    /// Establishing the right to bijstand from the client's bank statements.
    BankStatements,
    /// Calling the provider of the client's training to hear how it goes.
    Trainer,
}

/// What the consultant could do; each vignette words them for its situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Give or ask for all of it.
    Everything,
    /// Give or ask for only the part the purpose needs.
    OnlyNeeded,
    /// First find out, or ask, what it is for.
    AskFirst,
    /// Not through this route: the client can give it, or it is not needed.
    Nothing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Detail {
    /// One fact the purpose needs (an amount, attendance, what comes in).
    Narrow,
    /// Much more than that (all letters, every line, how things are at home).
    Broad,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Motive {
    /// A stated purpose that fits the task.
    Clear,
    Vague,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    /// The agreement or the law covers this exchange.
    Covers,
    /// It says nothing about it, or rules it out.
    Silent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Informed {
    Yes,
    No,
}

super::parse_as_serde!(Vignette, Action, Detail, Motive, Agreement, Informed);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Circumstances {
    pub detail: Detail,
    pub motive: Motive,
    pub agreement: Agreement,
    pub informed: Informed,
}

/// A vignette as it is told, and the pages that go deeper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Told {
    pub vignette: Vignette,
    pub story: Circumstances,
    pub pages: &'static [&'static str],
}

const C: fn(Detail, Motive, Agreement, Informed) -> Circumstances =
    |detail, motive, agreement, informed| Circumstances {
        detail,
        motive,
        agreement,
        informed,
    };

/// The vignettes in the order the tool shows them.
pub fn vignettes() -> Vec<Told> {
    use Agreement::*;
    use Detail::*;
    use Motive::*;
    vec![
        Told {
            vignette: Vignette::IncomeData,
            story: C(Narrow, Clear, Silent, Informed::No),
            pages: &[
                "professionals-inkomensgegevens-delen",
                "professionals-informatie-vragen-en-geven",
            ],
        },
        Told {
            vignette: Vignette::BankStatements,
            story: C(Broad, Clear, Covers, Informed::Yes),
            pages: &[
                "professionals-bankafschriften-bekijken",
                "professionals-vastleggen",
            ],
        },
        Told {
            vignette: Vignette::Trainer,
            story: C(Broad, Vague, Covers, Informed::No),
            pages: &[
                "professionals-bellen-met-de-opleider",
                "professionals-werk-en-inkomen",
            ],
        },
    ]
}

/// One circumstance, and which way it tips.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    Detail,
    Motive,
    Agreement,
    Informed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tip {
    /// Toward giving or asking.
    Toward,
    /// Against it, or toward less.
    Against,
}

/// How the user's choice relates to what the circumstances point to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The same as what the circumstances point to.
    Matches,
    /// More than the purpose needs: never what the balance points to.
    TooMuch,
    /// Another choice; the factors show what would have to change.
    Differs,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Balance {
    /// What the circumstances point to.
    pub points_to: Action,
    /// Every factor, in order, with the way it tips.
    pub factors: Vec<(Factor, Tip)>,
    /// The client does not know yet: tell them first, whatever is done.
    pub tell_client_first: bool,
    pub verdict: Verdict,
}

/// What the circumstances point to, and how `chosen` compares.
pub fn weigh(c: Circumstances, chosen: Action) -> Balance {
    let points_to = match (c.motive, c.agreement) {
        // Without a purpose nothing can be weighed: ask first.
        (Motive::Vague, _) => Action::AskFirst,
        // A clear purpose the agreement or the law does not cover: not through this route.
        (Motive::Clear, Agreement::Silent) => Action::Nothing,
        // Covered and clear: still only what the purpose needs, however much is asked.
        (Motive::Clear, Agreement::Covers) => Action::OnlyNeeded,
    };
    let tip = |toward: bool| if toward { Tip::Toward } else { Tip::Against };
    let verdict = if chosen == points_to {
        Verdict::Matches
    } else if chosen == Action::Everything {
        Verdict::TooMuch
    } else {
        Verdict::Differs
    };
    Balance {
        points_to,
        factors: vec![
            (Factor::Detail, tip(c.detail == Detail::Narrow)),
            (Factor::Motive, tip(c.motive == Motive::Clear)),
            (Factor::Agreement, tip(c.agreement == Agreement::Covers)),
            (Factor::Informed, tip(c.informed == Informed::Yes)),
        ],
        tell_client_first: c.informed == Informed::No,
        verdict,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTIONS: [Action; 4] = [
        Action::Everything,
        Action::OnlyNeeded,
        Action::AskFirst,
        Action::Nothing,
    ];

    fn every_circumstance() -> Vec<Circumstances> {
        let mut all = Vec::new();
        for detail in [Detail::Narrow, Detail::Broad] {
            for motive in [Motive::Clear, Motive::Vague] {
                for agreement in [Agreement::Covers, Agreement::Silent] {
                    for informed in [Informed::Yes, Informed::No] {
                        all.push(C(detail, motive, agreement, informed));
                    }
                }
            }
        }
        all
    }

    #[test]
    fn each_vignette_as_told_points_somewhere_else() {
        let told: Vec<(Vignette, Action, bool)> = vignettes()
            .iter()
            .map(|t| {
                let b = weigh(t.story, Action::Everything);
                (t.vignette, b.points_to, b.tell_client_first)
            })
            .collect();
        assert_eq!(
            told,
            [
                (Vignette::IncomeData, Action::Nothing, true),
                (Vignette::BankStatements, Action::OnlyNeeded, false),
                (Vignette::Trainer, Action::AskFirst, true),
            ]
        );
    }

    #[test]
    fn everything_is_never_what_the_balance_points_to() {
        for c in every_circumstance() {
            let b = weigh(c, Action::Everything);
            assert_ne!(b.points_to, Action::Everything);
            assert_eq!(b.verdict, Verdict::TooMuch);
        }
    }

    #[test]
    fn the_motive_and_the_agreement_decide_and_every_factor_shows_its_tip() {
        for c in every_circumstance() {
            let b = weigh(c, Action::OnlyNeeded);
            let expected = match (c.motive, c.agreement) {
                (Motive::Vague, _) => Action::AskFirst,
                (Motive::Clear, Agreement::Silent) => Action::Nothing,
                (Motive::Clear, Agreement::Covers) => Action::OnlyNeeded,
            };
            assert_eq!(b.points_to, expected, "{c:?}");
            let against: Vec<Factor> = b
                .factors
                .iter()
                .filter(|(_, t)| *t == Tip::Against)
                .map(|(f, _)| *f)
                .collect();
            assert_eq!(against.contains(&Factor::Detail), c.detail == Detail::Broad);
            assert_eq!(against.contains(&Factor::Motive), c.motive == Motive::Vague);
            assert_eq!(
                against.contains(&Factor::Agreement),
                c.agreement == Agreement::Silent
            );
            assert_eq!(b.tell_client_first, c.informed == Informed::No);
            assert_eq!(against.contains(&Factor::Informed), b.tell_client_first);
        }
    }

    #[test]
    fn the_verdict_compares_the_choice_with_the_balance() {
        let c = C(
            Detail::Narrow,
            Motive::Clear,
            Agreement::Covers,
            Informed::Yes,
        );
        let verdicts: Vec<Verdict> = ACTIONS.iter().map(|a| weigh(c, *a).verdict).collect();
        assert_eq!(
            verdicts,
            [
                Verdict::TooMuch,
                Verdict::Matches,
                Verdict::Differs,
                Verdict::Differs
            ]
        );
        assert_eq!("trainer".parse::<Vignette>().unwrap(), Vignette::Trainer);
        assert_eq!(
            "all".parse::<Action>().unwrap_err().code(),
            "invalid_setting"
        );
    }
}
