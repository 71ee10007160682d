//! The shell: a window, the IPC commands and the app's state. It knows Tauri; the core does
//! not. Commands take state, call `privacyapp-core` and map its errors — nothing more.

use tauri::Manager;

mod commands;
mod data_dir;
mod error;
mod state;

pub use error::CommandError;
pub use state::AppState;

/// The content pack compiled by `build.rs` from `content/` and `locales/`.
const PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content-pack.sqlite"));

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    if let Err(e) = builder(tauri::Builder::default()).run(tauri::generate_context!()) {
        eprintln!("PrivacyApp Sociaal Domein could not start: {e}");
        std::process::exit(1);
    }
}

/// Everything but the runtime, so another builder (a test's, a mobile one) can take it.
pub fn builder<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .setup(|app| {
            let (pack, search) = privacyapp_core::content::Pack::from_static(PACK)?;
            let data_dir = data_dir::resolve(app.handle())?;
            app.manage(AppState::open(
                pack,
                search,
                &data_dir,
                state::system_locale(),
            ));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::bootstrap,
            commands::i18n::messages,
            commands::settings::set_locale,
            commands::settings::set_track,
            commands::settings::set_text_size,
            commands::settings::set_theme,
            commands::settings::set_reduced_motion,
            commands::content::open_page,
            commands::content::track_overview,
            commands::content::mark_read,
            commands::content::search,
            commands::content::glossary_term,
            commands::privacy::store_inventory,
            commands::privacy::export_data,
            commands::privacy::import_data,
            commands::privacy::delete_everything,
            commands::notes::list_notes,
            commands::notes::check_note,
            commands::notes::add_note,
            commands::notes::update_note,
            commands::notes::delete_note,
            commands::bookmarks::list_bookmarks,
            commands::bookmarks::add_bookmark,
            commands::bookmarks::remove_bookmark,
            commands::answers::quiz_progress,
            commands::answers::answer_quiz,
            commands::answers::restart_quiz,
            commands::answers::checklist_progress,
            commands::answers::answer_checklist,
            commands::answers::restart_checklist,
            commands::play::scenario_progress,
            commands::play::scenario_forward,
            commands::play::scenario_back,
            commands::play::scenario_choose,
            commands::play::scenario_replay_scene,
            commands::play::scenario_restart,
            commands::tools::plan_letter,
            commands::tools::check_pet,
            commands::tools::check_preparation,
            commands::tools::outline_preparation,
            commands::tools::save_preparation,
            commands::tools::list_preparations,
            commands::tools::open_preparation,
            commands::tools::delete_preparation,
            commands::tools::route_complaint,
            commands::tools::list_dilemmas,
            commands::tools::weigh_dilemma,
            commands::tools::assess_organisation,
            commands::tools::save_assessment,
            commands::tools::list_assessments,
            commands::tools::open_assessment,
            commands::tools::delete_assessment,
            commands::tools::export_text,
        ])
}
