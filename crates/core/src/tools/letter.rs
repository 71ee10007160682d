//! The request letter: asking an organisation to see (AVG art. 15), correct (art. 16) or
//! delete (art. 17) personal data. From the situation (what is asked, of whom, how old the
//! person it is about is) this decides who writes the letter, on which legal basis, which
//! paragraphs it has and what advice goes with it. The UI fills in the user's own words.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// See the data (AVG art. 15).
    Inzage,
    /// Have wrong or incomplete data corrected (art. 16).
    Correction,
    /// Have data deleted (art. 17).
    Deletion,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Organisation {
    Gemeente,
    Wijkteam,
    /// A jeugdhulp provider: the Jeugdwet's dossier rules apply beside the AVG.
    Jeugdhulp,
    School,
    Other,
}

/// The age of the person the data is about: it decides who may ask, and under which law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Age {
    #[serde(rename = "under_12")]
    Under12,
    #[serde(rename = "from_12_to_15")]
    From12To15,
    #[serde(rename = "from_16")]
    From16,
}

/// Who signs the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Writer {
    /// The person the data is about.
    Themselves,
    /// A parent or guardian, for a child under 16.
    Parent,
}

/// The law the request rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    Avg15,
    Avg16,
    Avg17,
    /// The young person's own right, from 12, to see their jeugdhulp dossier.
    Jeugdwet,
}

/// What the user adds to the letter in their own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The organisation's name.
    Organisation,
    /// Who signs.
    Name,
    /// The child the letter is about, when a parent writes.
    Child,
    /// Which data (inzage: optional focus; correction: what is wrong and what is right;
    /// deletion: which data and why).
    Details,
}

/// Advice shown beside the letter, not in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Advice {
    /// One month to answer, two more for complex requests if announced in that month.
    Term,
    /// The request costs nothing.
    Free,
    /// If an ID copy is asked for: hide the BSN and photo, write its purpose on it.
    IdCopy,
    /// Under 16 the parent or guardian makes an AVG request.
    #[serde(rename = "parent_under_16")]
    ParentUnder16,
    /// From 12 a young person may see their own jeugdhulp dossier under the Jeugdwet.
    #[serde(rename = "jeugdwet_from_12")]
    JeugdwetFrom12,
    /// An organisation may sometimes have to keep data; a refusal must come with reasons.
    DeletionLimits,
    /// Keep a copy and the date it was sent.
    KeepCopy,
    /// No answer after a month: the organisation's complaint procedure, its FG, then the AP.
    NoAnswer,
}

/// Everything that decides the letter; the words are the UI's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LetterPlan {
    pub writer: Writer,
    pub basis: Basis,
    /// The fields to ask for, in order; `required` ones must be filled in before the letter
    /// is shown as ready.
    pub fields: Vec<FieldAsk>,
    pub advice: Vec<Advice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FieldAsk {
    pub field: Field,
    pub required: bool,
}

super::parse_as_serde!(Request, Organisation, Age);

pub fn plan(request: Request, organisation: Organisation, age: Age) -> LetterPlan {
    // From 12, a young person in jeugdhulp may ask to see their dossier themselves under the
    // Jeugdwet; for an AVG request under 16, the parent or guardian asks for them.
    let jeugdwet = request == Request::Inzage
        && organisation == Organisation::Jeugdhulp
        && age == Age::From12To15;
    let writer = if age == Age::From16 || jeugdwet {
        Writer::Themselves
    } else {
        Writer::Parent
    };
    let basis = match (jeugdwet, request) {
        (true, _) => Basis::Jeugdwet,
        (false, Request::Inzage) => Basis::Avg15,
        (false, Request::Correction) => Basis::Avg16,
        (false, Request::Deletion) => Basis::Avg17,
    };
    let ask = |field, required| FieldAsk { field, required };
    let mut fields = vec![ask(Field::Organisation, true), ask(Field::Name, true)];
    if writer == Writer::Parent {
        fields.push(ask(Field::Child, true));
    }
    // What to see may be everything; what to correct or delete must be said.
    fields.push(ask(Field::Details, request != Request::Inzage));

    // The one-month term and the free request are the AVG's; a Jeugdwet request has its own rules.
    let mut advice = if basis == Basis::Jeugdwet {
        vec![]
    } else {
        vec![Advice::Term, Advice::Free]
    };
    if request == Request::Deletion {
        advice.push(Advice::DeletionLimits);
    }
    if age != Age::From16 {
        advice.push(Advice::ParentUnder16);
    }
    if age != Age::Under12
        && matches!(
            organisation,
            Organisation::Jeugdhulp | Organisation::Wijkteam
        )
    {
        advice.push(Advice::JeugdwetFrom12);
    }
    advice.extend([Advice::IdCopy, Advice::KeepCopy, Advice::NoAnswer]);
    LetterPlan {
        writer,
        basis,
        fields,
        advice,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REQUESTS: [Request; 3] = [Request::Inzage, Request::Correction, Request::Deletion];
    const ORGANISATIONS: [Organisation; 5] = [
        Organisation::Gemeente,
        Organisation::Wijkteam,
        Organisation::Jeugdhulp,
        Organisation::School,
        Organisation::Other,
    ];
    const AGES: [Age; 3] = [Age::Under12, Age::From12To15, Age::From16];

    fn required(p: &LetterPlan) -> Vec<Field> {
        p.fields
            .iter()
            .filter(|f| f.required)
            .map(|f| f.field)
            .collect()
    }

    #[test]
    fn from_16_you_write_yourself_on_the_avg_article_for_what_you_ask() {
        for organisation in ORGANISATIONS {
            for (request, basis) in
                REQUESTS
                    .into_iter()
                    .zip([Basis::Avg15, Basis::Avg16, Basis::Avg17])
            {
                let p = plan(request, organisation, Age::From16);
                assert_eq!(
                    (p.writer, p.basis),
                    (Writer::Themselves, basis),
                    "{request:?} {organisation:?}"
                );
                assert!(!p.advice.contains(&Advice::ParentUnder16));
                assert!(!required(&p).contains(&Field::Child));
            }
        }
    }

    #[test]
    fn under_16_a_parent_asks_for_the_child_except_a_young_person_seeing_their_jeugdhulp_dossier() {
        for organisation in ORGANISATIONS {
            for request in REQUESTS {
                for age in [Age::Under12, Age::From12To15] {
                    let p = plan(request, organisation, age);
                    let own_dossier = request == Request::Inzage
                        && organisation == Organisation::Jeugdhulp
                        && age == Age::From12To15;
                    if own_dossier {
                        assert_eq!((p.writer, p.basis), (Writer::Themselves, Basis::Jeugdwet));
                        assert_eq!(required(&p), [Field::Organisation, Field::Name]);
                    } else {
                        assert_eq!(
                            p.writer,
                            Writer::Parent,
                            "{request:?} {organisation:?} {age:?}"
                        );
                        assert_eq!(
                            required(&p)[..3],
                            [Field::Organisation, Field::Name, Field::Child]
                        );
                        assert_ne!(p.basis, Basis::Jeugdwet);
                    }
                    assert!(
                        p.advice.contains(&Advice::ParentUnder16),
                        "explains the AVG route"
                    );
                }
            }
        }
    }

    #[test]
    fn what_to_correct_or_delete_must_be_said_what_to_see_may_be_everything() {
        for age in AGES {
            for organisation in ORGANISATIONS {
                let details = |r| {
                    plan(r, organisation, age)
                        .fields
                        .iter()
                        .find(|f| f.field == Field::Details)
                        .map(|f| f.required)
                };
                assert_eq!(details(Request::Inzage), Some(false));
                assert_eq!(details(Request::Correction), Some(true));
                assert_eq!(details(Request::Deletion), Some(true));
            }
        }
    }

    #[test]
    fn the_advice_fits_the_situation() {
        let p = plan(Request::Deletion, Organisation::Gemeente, Age::From16);
        assert_eq!(
            p.advice,
            [
                Advice::Term,
                Advice::Free,
                Advice::DeletionLimits,
                Advice::IdCopy,
                Advice::KeepCopy,
                Advice::NoAnswer
            ]
        );
        let p = plan(Request::Inzage, Organisation::Wijkteam, Age::From12To15);
        assert!(p.advice.contains(&Advice::JeugdwetFrom12));
        assert!(!p.advice.contains(&Advice::DeletionLimits));
        let p = plan(Request::Inzage, Organisation::Jeugdhulp, Age::Under12);
        assert!(
            !p.advice.contains(&Advice::JeugdwetFrom12),
            "the Jeugdwet right starts at 12"
        );
        let p = plan(Request::Inzage, Organisation::School, Age::From12To15);
        assert!(
            !p.advice.contains(&Advice::JeugdwetFrom12),
            "a school is no jeugdhulp"
        );
        for request in REQUESTS {
            for organisation in ORGANISATIONS {
                for age in AGES {
                    let p = plan(request, organisation, age);
                    for always in [Advice::IdCopy, Advice::NoAnswer] {
                        assert!(p.advice.contains(&always));
                    }
                    let avg = p.basis != Basis::Jeugdwet;
                    assert_eq!(p.advice.contains(&Advice::Term), avg, "{p:?}");
                    assert_eq!(p.advice.contains(&Advice::Free), avg, "{p:?}");
                }
            }
        }
    }

    #[test]
    fn the_ui_names_parse_and_anything_else_is_refused() {
        assert_eq!(
            "correction".parse::<Request>().unwrap(),
            Request::Correction
        );
        assert_eq!(
            "jeugdhulp".parse::<Organisation>().unwrap(),
            Organisation::Jeugdhulp
        );
        assert_eq!("from_12_to_15".parse::<Age>().unwrap(), Age::From12To15);
        for bad in ["", "Inzage", "inzage ", "weten"] {
            assert_eq!(
                bad.parse::<Request>().unwrap_err().code(),
                "invalid_setting"
            );
        }
    }
}
