use privacyapp_core::play::{self, Play};
use tauri::State;

use crate::{AppState, CommandError};

#[tauri::command]
pub fn scenario_progress(state: State<'_, AppState>, id: String) -> Result<Play, CommandError> {
    state.with_store(|conn| play::progress(conn, &state.pack, &id))
}

#[tauri::command]
pub fn scenario_forward(state: State<'_, AppState>, id: String) -> Result<Play, CommandError> {
    state.with_store(|conn| play::forward(conn, &state.pack, &id))
}

#[tauri::command]
pub fn scenario_back(state: State<'_, AppState>, id: String) -> Result<Play, CommandError> {
    state.with_store(|conn| play::back(conn, &state.pack, &id))
}

#[tauri::command]
pub fn scenario_choose(
    state: State<'_, AppState>,
    id: String,
    choice: String,
    option: u32,
) -> Result<Play, CommandError> {
    state.with_store(|conn| play::choose(conn, &state.pack, &id, &choice, option))
}

#[tauri::command]
pub fn scenario_replay_scene(state: State<'_, AppState>, id: String) -> Result<Play, CommandError> {
    state.with_store(|conn| play::replay_scene(conn, &state.pack, &id))
}

#[tauri::command]
pub fn scenario_restart(state: State<'_, AppState>, id: String) -> Result<Play, CommandError> {
    state.with_store(|conn| play::restart(conn, &state.pack, &id))
}
