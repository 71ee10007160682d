use privacyapp_core::store::{self, TextExport};
use privacyapp_core::tools::complaint::{self, Route};
use privacyapp_core::tools::dilemma::{self, Balance, Circumstances, Told};
use privacyapp_core::tools::letter::{self, LetterPlan};
use privacyapp_core::tools::pet_check::{self, Answers, Outcome};
use privacyapp_core::tools::preparation::{self, FieldFinding, Point, Saved};
use privacyapp_core::tools::self_assessment::{self, Assessment};
use serde_json::Value;
use tauri::State;

use crate::commands::privacy::export_dir;
use crate::{AppState, CommandError};

/// Who writes a request letter, on which basis, with which fields and advice.
#[tauri::command]
pub fn plan_letter(
    request: String,
    organisation: String,
    age: String,
) -> Result<LetterPlan, CommandError> {
    Ok(letter::plan(
        request.parse()?,
        organisation.parse()?,
        age.parse()?,
    ))
}

/// Which role a wijkteam worker is in, and what follows from it.
#[tauri::command]
pub fn check_pet(task: String, flow: String, signals: String) -> Result<Outcome, CommandError> {
    Ok(pet_check::judge(Answers {
        task: task.parse()?,
        flow: flow.parse()?,
        signals: signals.parse()?,
    }))
}

/// What in a preparation's free texts looks like client data, by field.
#[tauri::command]
pub fn check_preparation(fields: Value) -> Result<Vec<FieldFinding>, CommandError> {
    Ok(preparation::check(&preparation::fields_from(fields)?))
}

/// What the one-page preparation says beyond the user's own words.
#[tauri::command]
pub fn outline_preparation(fields: Value) -> Result<Vec<Point>, CommandError> {
    Ok(preparation::outline(&preparation::fields_from(fields)?))
}

#[tauri::command]
pub fn save_preparation(
    state: State<'_, AppState>,
    id: Option<i64>,
    title: String,
    fields: Value,
) -> Result<i64, CommandError> {
    let fields = preparation::fields_from(fields)?;
    state.with_store(|conn| preparation::save(conn, id, &title, &fields))
}

#[tauri::command]
pub fn list_preparations(state: State<'_, AppState>) -> Result<Vec<Saved>, CommandError> {
    state.with_store(preparation::list)
}

#[tauri::command]
pub fn open_preparation(state: State<'_, AppState>, id: i64) -> Result<Saved, CommandError> {
    state.with_store(|conn| preparation::open(conn, id))
}

#[tauri::command]
pub fn delete_preparation(state: State<'_, AppState>, id: i64) -> Result<(), CommandError> {
    state.with_store(|conn| preparation::delete(conn, id))
}

/// The route when a request about one's data gets no answer in time, a refusal or half an
/// answer. `received` and `today` are `YYYY-MM-DD`; today is the user's own calendar day.
#[tauri::command]
pub fn route_complaint(
    received: String,
    today: String,
    reply: String,
) -> Result<Route, CommandError> {
    Ok(complaint::route(
        received.parse()?,
        today.parse()?,
        reply.parse()?,
    )?)
}

/// The Werk & Inkomen vignettes as told, with the pages that go deeper.
#[tauri::command]
pub fn list_dilemmas() -> Vec<Told> {
    dilemma::vignettes()
}

/// What the circumstances of a vignette point to, and how the user's choice compares.
#[tauri::command]
pub fn weigh_dilemma(
    detail: String,
    motive: String,
    agreement: String,
    informed: String,
    chosen: String,
) -> Result<Balance, CommandError> {
    let circumstances = Circumstances {
        detail: detail.parse()?,
        motive: motive.parse()?,
        agreement: agreement.parse()?,
        informed: informed.parse()?,
    };
    Ok(dilemma::weigh(circumstances, chosen.parse()?))
}

/// The advice per answer of a management self-assessment, most urgent first.
#[tauri::command]
pub fn assess_organisation(fields: Value) -> Result<Assessment, CommandError> {
    Ok(self_assessment::assess(&self_assessment::fields_from(
        fields,
    )?))
}

#[tauri::command]
pub fn save_assessment(
    state: State<'_, AppState>,
    id: Option<i64>,
    title: String,
    fields: Value,
) -> Result<i64, CommandError> {
    let fields = self_assessment::fields_from(fields)?;
    state.with_store(|conn| self_assessment::save(conn, id, &title, &fields))
}

#[tauri::command]
pub fn list_assessments(
    state: State<'_, AppState>,
) -> Result<Vec<self_assessment::Saved>, CommandError> {
    state.with_store(self_assessment::list)
}

#[tauri::command]
pub fn open_assessment(
    state: State<'_, AppState>,
    id: i64,
) -> Result<self_assessment::Saved, CommandError> {
    state.with_store(|conn| self_assessment::open(conn, id))
}

#[tauri::command]
pub fn delete_assessment(state: State<'_, AppState>, id: i64) -> Result<(), CommandError> {
    state.with_store(|conn| self_assessment::delete(conn, id))
}

/// Writes a tool's result as a text file to the downloads folder; returns its path.
#[tauri::command]
pub fn export_text<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    kind: String,
    text: String,
) -> Result<String, CommandError> {
    let kind: TextExport = kind.parse()?;
    let path = store::write_text_export(&export_dir(&app)?, kind, &text)?;
    Ok(path.to_string_lossy().into_owned())
}
