//! "Gesprek voorbereiden": a professional prepares a sensitive conversation along the three
//! starting questions and the role check. This holds what they fill in, checks every free
//! text for client data before it is saved (the preparation must hold no client
//! identifiers), decides what the one-page preparation says, and saves and reopens it.
//! The words are the UI's (`locales/*/tools.ftl`).

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::pet_check::{Role, Signals};
use super::saved;
use crate::pii::{self, Finding};
use crate::Result;

/// The tool page the preparations belong to.
pub const TOOL_ID: &str = "professionals-gesprek-voorbereiden";

/// The law or task the conversation is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Task {
    Jeugdwet,
    Wmo,
    Participatiewet,
    Schuldhulp,
    Other,
}

/// On what the use of the data rests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ground {
    /// A legal duty or public task of the gemeente.
    Law,
    /// The resident's consent (helpers, beyond what the law allows).
    Consent,
    Unsure,
}

/// What the professional fills in. Free texts must not name or identify the client.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Fields {
    pub role: Option<PreparedRole>,
    /// With two roles: where in the conversation the switch comes.
    pub switch_moment: String,
    pub task: Option<Task>,
    pub purpose: String,
    pub necessary: String,
    pub not_necessary: String,
    pub ground: Option<Ground>,
    /// Whom to ask for information, and the one targeted question (not the whole dossier).
    pub ask_whom: String,
    pub question: String,
    /// What the professional will tell the resident, in their own words.
    pub tell_resident: String,
    pub signals: Option<Signals>,
}

/// The role the professional prepares for ("pet").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PreparedRole {
    Helper,
    Gemeente,
    Both,
}

impl Fields {
    /// The free-text fields, by the names the UI knows them by.
    fn texts(&self) -> [(&'static str, &str); 7] {
        [
            ("switch_moment", &self.switch_moment),
            ("purpose", &self.purpose),
            ("necessary", &self.necessary),
            ("not_necessary", &self.not_necessary),
            ("ask_whom", &self.ask_whom),
            ("question", &self.question),
            ("tell_resident", &self.tell_resident),
        ]
    }
}

/// Something that looks like client data, and in which field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldFinding {
    pub field: &'static str,
    pub finding: Finding,
}

/// What in the free texts looks like client data (BSN, IBAN, phone, e-mail, postcode with
/// house number, date of birth); the UI warns before saving.
pub fn check(fields: &Fields) -> Vec<FieldFinding> {
    fields
        .texts()
        .into_iter()
        .flat_map(|(field, text)| {
            pii::scan(text)
                .into_iter()
                .map(move |finding| FieldFinding { field, finding })
        })
        .collect()
}

/// A part of the one-page preparation; the UI words each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Point {
    /// The role, and what it means (as in the pet check).
    Role(Role),
    /// With two roles: announce the switch to the resident; a sample sentence.
    SwitchScript,
    /// The ground is the law: do not ask consent for what the law already covers.
    GroundLaw,
    /// Consent must be asked for and can be withdrawn; say what it is for.
    GroundConsent,
    /// Find out the ground first (manager, FG) before using or sharing data.
    GroundUnsure,
    /// Ask one targeted question, not for the whole dossier.
    OneQuestion,
    /// Signals: the meldcode's five steps.
    MeldcodeSteps,
    /// Something the preparation still lacks.
    Missing(Missing),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    Role,
    Purpose,
    Necessary,
    Ground,
}

/// What the one-page preparation says beyond the user's own words, in order.
pub fn outline(f: &Fields) -> Vec<Point> {
    let mut points = Vec::new();
    let blank = |s: &str| s.trim().is_empty();
    match f.role {
        None => points.push(Point::Missing(Missing::Role)),
        Some(PreparedRole::Helper) => points.push(Point::Role(Role::Helper)),
        Some(PreparedRole::Gemeente) => points.push(Point::Role(Role::Gemeente)),
        Some(PreparedRole::Both) => points.extend([Point::Role(Role::Both), Point::SwitchScript]),
    }
    if blank(&f.purpose) {
        points.push(Point::Missing(Missing::Purpose));
    }
    if blank(&f.necessary) {
        points.push(Point::Missing(Missing::Necessary));
    }
    points.push(match f.ground {
        None => Point::Missing(Missing::Ground),
        Some(Ground::Law) => Point::GroundLaw,
        Some(Ground::Consent) => Point::GroundConsent,
        Some(Ground::Unsure) => Point::GroundUnsure,
    });
    if !blank(&f.ask_whom) || !blank(&f.question) {
        points.push(Point::OneQuestion);
    }
    if matches!(f.signals, Some(Signals::Yes | Signals::Unsure)) {
        points.push(Point::MeldcodeSteps);
    }
    points
}

/// A saved preparation, read back.
pub type Saved = saved::Saved<Fields>;

/// Saves a new preparation (`id` None) or replaces one. The caller has shown the PII
/// warning; what is saved is only what the fields allow.
pub fn save(conn: &Connection, id: Option<i64>, title: &str, fields: &Fields) -> Result<i64> {
    saved::save(conn, TOOL_ID, id, title, fields)
}

/// The preparations made with this tool, last changed first.
pub fn list(conn: &Connection) -> Result<Vec<Saved>> {
    saved::list(conn, TOOL_ID)
}

/// The fields as the UI sends them (a JSON object); anything else is `invalid_preparation`.
pub fn fields_from(value: serde_json::Value) -> Result<Fields> {
    saved::fields_from(value)
}

/// Deletes one of this tool's preparations.
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    saved::delete(conn, TOOL_ID, id)
}

pub fn open(conn: &Connection, id: i64) -> Result<Saved> {
    saved::open(conn, TOOL_ID, id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pii::PiiKind;
    use crate::store;

    fn filled() -> Fields {
        Fields {
            role: Some(PreparedRole::Both),
            switch_moment: "Na het eerste deel, als de aanvraag ter sprake komt.".into(),
            task: Some(Task::Wmo),
            purpose: "Beoordelen of huishoudelijke hulp nodig is.".into(),
            necessary: "Wat lukt in huis en wat niet.".into(),
            not_necessary: "De medische voorgeschiedenis.".into(),
            ground: Some(Ground::Law),
            ask_whom: "De huisarts, alleen met toestemming.".into(),
            question: "Kan zij zelf boodschappen doen?".into(),
            tell_resident: "Ik leg uit welke pet ik wanneer op heb.".into(),
            signals: Some(Signals::No),
        }
    }

    #[test]
    fn client_data_in_any_free_text_is_found_with_its_field() {
        let mut f = filled();
        assert_eq!(check(&f), []);
        f.purpose = "Bellen op 06-12345678".into();
        f.tell_resident = "BSN 111222333 noemen".into();
        let found: Vec<(&str, PiiKind)> = check(&f)
            .iter()
            .map(|x| (x.field, x.finding.kind))
            .collect();
        assert_eq!(
            found,
            [("purpose", PiiKind::Phone), ("tell_resident", PiiKind::Bsn)]
        );
    }

    #[test]
    fn the_outline_follows_role_ground_question_and_signals() {
        assert_eq!(
            outline(&filled()),
            [
                Point::Role(Role::Both),
                Point::SwitchScript,
                Point::GroundLaw,
                Point::OneQuestion
            ]
        );
        let f = Fields {
            role: Some(PreparedRole::Helper),
            ground: Some(Ground::Consent),
            signals: Some(Signals::Unsure),
            ..filled()
        };
        assert_eq!(
            outline(&f),
            [
                Point::Role(Role::Helper),
                Point::GroundConsent,
                Point::OneQuestion,
                Point::MeldcodeSteps
            ]
        );
        let f = Fields {
            role: Some(PreparedRole::Gemeente),
            ground: Some(Ground::Unsure),
            ask_whom: String::new(),
            question: " ".into(),
            ..filled()
        };
        assert_eq!(
            outline(&f),
            [Point::Role(Role::Gemeente), Point::GroundUnsure]
        );
    }

    #[test]
    fn an_empty_preparation_says_what_it_still_lacks() {
        assert_eq!(
            outline(&Fields::default()),
            [
                Point::Missing(Missing::Role),
                Point::Missing(Missing::Purpose),
                Point::Missing(Missing::Necessary),
                Point::Missing(Missing::Ground)
            ]
        );
    }

    #[test]
    fn saved_reopened_changed_and_listed() {
        let conn = store::open_in_memory().unwrap();
        let id = save(&conn, None, "Keukentafelgesprek Wmo", &filled()).unwrap();
        let back = open(&conn, id).unwrap();
        assert_eq!(
            (back.title.as_str(), &back.fields),
            ("Keukentafelgesprek Wmo", &filled())
        );
        let changed = Fields {
            signals: Some(Signals::Yes),
            ..filled()
        };
        assert_eq!(save(&conn, Some(id), "Nieuwe titel", &changed).unwrap(), id);
        assert_eq!(open(&conn, id).unwrap().fields, changed);
        assert_eq!(list(&conn).unwrap().len(), 1);
        assert_eq!(
            save(&conn, Some(999), "x", &changed).unwrap_err().code(),
            "unknown_preparation"
        );
        assert_eq!(
            save(&conn, None, " ", &changed).unwrap_err().code(),
            "text_empty"
        );
    }

    #[test]
    fn fields_come_as_an_object_of_known_fields_and_delete_removes_only_this_tool_s() {
        let f = fields_from(serde_json::json!({ "role": "both", "purpose": "Doel" })).unwrap();
        assert_eq!(
            (f.role, f.purpose.as_str()),
            (Some(PreparedRole::Both), "Doel")
        );
        for bad in [
            serde_json::json!([]),
            serde_json::json!({ "rol": "x" }),
            serde_json::json!({ "role": "boss" }),
        ] {
            assert_eq!(fields_from(bad).unwrap_err().code(), "invalid_preparation");
        }
        let conn = store::open_in_memory().unwrap();
        let id = save(&conn, None, "Weg", &f).unwrap();
        let other = store::save_preparation(
            &conn,
            "professionals-ander",
            "Blijft",
            &serde_json::json!({}),
        )
        .unwrap();
        assert_eq!(
            delete(&conn, other.0).unwrap_err().code(),
            "unknown_preparation"
        );
        delete(&conn, id).unwrap();
        assert!(list(&conn).unwrap().is_empty());
        assert_eq!(store::list_preparations(&conn).unwrap().len(), 1);
    }

    #[test]
    fn another_tool_s_preparation_or_one_that_no_longer_fits_is_not_opened() {
        let conn = store::open_in_memory().unwrap();
        let other = store::save_preparation(
            &conn,
            "professionals-ander",
            "Ander",
            &serde_json::json!({}),
        )
        .unwrap();
        assert_eq!(
            open(&conn, other.0).unwrap_err().code(),
            "unknown_preparation"
        );
        let odd = store::save_preparation(
            &conn,
            TOOL_ID,
            "Oud",
            &serde_json::json!({ "kleur": "rood" }),
        )
        .unwrap();
        assert_eq!(
            open(&conn, odd.0).unwrap_err().code(),
            "invalid_preparation"
        );
        assert!(list(&conn).unwrap().is_empty());
        // A preparation written with fewer fields (an older version) still opens.
        let older = store::save_preparation(
            &conn,
            TOOL_ID,
            "Kort",
            &serde_json::json!({ "purpose": "Doel" }),
        )
        .unwrap();
        assert_eq!(open(&conn, older.0).unwrap().fields.purpose, "Doel");
    }
}
