use privacyapp_core::tools::letter::{self, LetterPlan};
use privacyapp_core::tools::pet_check::{self, Answers, Outcome};
use privacyapp_core::tools::preparation::{self, FieldFinding, Point, Saved};
use serde_json::Value;
use tauri::State;

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
