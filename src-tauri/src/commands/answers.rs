use privacyapp_core::answers::{self, QuizProgress};
use privacyapp_core::store::{ChecklistAnswer, QuizAnswer};
use tauri::State;

use crate::{AppState, CommandError};

#[tauri::command]
pub fn quiz_progress(state: State<'_, AppState>, id: String) -> Result<QuizProgress, CommandError> {
    state.with_store(|conn| answers::quiz_progress(conn, &state.pack, &id))
}

#[tauri::command]
pub fn answer_quiz(
    state: State<'_, AppState>,
    id: String,
    question: String,
    chosen: Vec<usize>,
) -> Result<QuizAnswer, CommandError> {
    state.with_store(|conn| answers::answer_quiz(conn, &state.pack, &id, &question, &chosen))
}

#[tauri::command]
pub fn restart_quiz(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    state.with_store(|conn| answers::restart_quiz(conn, &state.pack, &id))
}

#[tauri::command]
pub fn checklist_progress(
    state: State<'_, AppState>,
    id: String,
) -> Result<Vec<ChecklistAnswer>, CommandError> {
    state.with_store(|conn| answers::checklist_progress(conn, &state.pack, &id))
}

#[tauri::command]
pub fn answer_checklist(
    state: State<'_, AppState>,
    id: String,
    item: String,
    answer: usize,
) -> Result<(), CommandError> {
    state.with_store(|conn| answers::answer_checklist(conn, &state.pack, &id, &item, answer))
}

#[tauri::command]
pub fn restart_checklist(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    state.with_store(|conn| answers::restart_checklist(conn, &state.pack, &id))
}
