//! "Geen antwoord?": the route when an organisation does not answer a request about one's
//! data in time, refuses it, or answers only part of it. From the day the organisation got
//! the request this works out the last day of the term (one month, three when the
//! organisation announced an extension; AVG art. 12(3)) and which steps come next: its own
//! complaint procedure, its Functionaris Gegevensbescherming, then the Autoriteit
//! Persoonsgegevens, and for a refusal the courts (art. 12(4)).

use serde::{Deserialize, Serialize};

use crate::calendar::Date;
use crate::{Error, Result};

/// What came back from the organisation so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    /// Nothing yet.
    Nothing,
    /// A letter saying it needs more time (at most two more months).
    Extension,
    /// A refusal, in whole.
    Refused,
    /// An answer, but not to everything that was asked.
    Partial,
}

super::parse_as_serde!(Reply);

/// A step of the route, in the order the UI shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The term is still running: wait until the last day.
    Wait,
    /// An extension must come within the first month and say why.
    ExtensionRules,
    /// A short reminder with the date of the request and a new, short term.
    Remind,
    /// A refusal must give its reasons; ask for them if they are missing.
    AskReasons,
    /// Say exactly what is still missing from the answer.
    NameWhatIsMissing,
    /// The organisation's own complaint procedure.
    OwnComplaint,
    /// Its Functionaris Gegevensbescherming.
    Fg,
    /// A complaint to the Autoriteit Persoonsgegevens (not anonymous).
    Ap,
    /// A refusal can also be taken to the courts.
    Court,
    /// Keep copies of every letter and write down the dates.
    KeepRecords,
}

/// Where the request stands, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Route {
    /// The last day of the term.
    pub deadline: Date,
    /// Days from today to the deadline; negative once it has passed.
    pub days_left: i64,
    pub steps: Vec<Step>,
}

/// `received`: the day the organisation got the request. It cannot be after `today`.
pub fn route(received: Date, today: Date, reply: Reply) -> Result<Route> {
    if received > today {
        return Err(Error::DateInFuture);
    }
    let months = if reply == Reply::Extension { 3 } else { 1 };
    let deadline = received.add_months(months);
    let days_left = today.days_until(deadline);
    let running = days_left >= 0;
    let mut steps = match reply {
        Reply::Nothing | Reply::Extension if running => vec![Step::Wait],
        Reply::Nothing | Reply::Extension => {
            vec![Step::Remind, Step::OwnComplaint, Step::Fg, Step::Ap]
        }
        Reply::Refused => vec![
            Step::AskReasons,
            Step::OwnComplaint,
            Step::Fg,
            Step::Ap,
            Step::Court,
        ],
        Reply::Partial => vec![
            Step::NameWhatIsMissing,
            Step::OwnComplaint,
            Step::Fg,
            Step::Ap,
        ],
    };
    if reply == Reply::Extension {
        steps.insert(0, Step::ExtensionRules);
    }
    steps.push(Step::KeepRecords);
    Ok(Route {
        deadline,
        days_left,
        steps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn within_the_month_the_advice_is_to_wait_until_its_last_day() {
        let r = route(d("2026-11-01"), d("2026-11-23"), Reply::Nothing).unwrap();
        assert_eq!(r.deadline, d("2026-12-01"));
        assert_eq!(r.days_left, 8);
        assert_eq!(r.steps, [Step::Wait, Step::KeepRecords]);
        // The last day itself still counts as in time.
        let r = route(d("2026-10-23"), d("2026-11-23"), Reply::Nothing).unwrap();
        assert_eq!((r.days_left, r.steps[0]), (0, Step::Wait));
    }

    #[test]
    fn after_the_month_the_route_goes_from_a_reminder_to_the_ap() {
        let r = route(d("2026-10-22"), d("2026-11-23"), Reply::Nothing).unwrap();
        assert_eq!(r.days_left, -1);
        assert_eq!(
            r.steps,
            [
                Step::Remind,
                Step::OwnComplaint,
                Step::Fg,
                Step::Ap,
                Step::KeepRecords
            ]
        );
    }

    #[test]
    fn an_extension_moves_the_deadline_two_months_and_says_its_rules() {
        let r = route(d("2026-10-01"), d("2026-11-23"), Reply::Extension).unwrap();
        assert_eq!(r.deadline, d("2027-01-01"));
        assert_eq!(
            r.steps,
            [Step::ExtensionRules, Step::Wait, Step::KeepRecords]
        );
        let late = route(d("2026-08-01"), d("2026-11-23"), Reply::Extension).unwrap();
        assert_eq!(late.steps[..2], [Step::ExtensionRules, Step::Remind]);
    }

    #[test]
    fn a_refusal_or_a_partial_answer_has_its_own_route_whatever_the_date() {
        for today in ["2026-11-02", "2027-03-01"] {
            let r = route(d("2026-11-01"), d(today), Reply::Refused).unwrap();
            assert_eq!(
                r.steps,
                [
                    Step::AskReasons,
                    Step::OwnComplaint,
                    Step::Fg,
                    Step::Ap,
                    Step::Court,
                    Step::KeepRecords
                ]
            );
            let r = route(d("2026-11-01"), d(today), Reply::Partial).unwrap();
            assert_eq!(r.steps[0], Step::NameWhatIsMissing);
            assert!(!r.steps.contains(&Step::Court));
        }
    }

    #[test]
    fn a_request_received_in_the_future_is_refused() {
        let e = route(d("2026-11-24"), d("2026-11-23"), Reply::Nothing).unwrap_err();
        assert_eq!(e.code(), "date_in_future");
        assert_eq!("nothing".parse::<Reply>().unwrap(), Reply::Nothing);
        assert_eq!(
            "none".parse::<Reply>().unwrap_err().code(),
            "invalid_setting"
        );
    }
}
