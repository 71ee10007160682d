//! Compiles the content ahead of time: the app embeds a checked pack and never parses Markdown
//! at start-up. Invalid content fails the build with `file:line: message` for each problem.

use std::path::Path;

/// Every command the UI may call; tauri-build generates an `allow-…` permission for each, and
/// `capabilities/main.json` grants exactly these to the main window.
const COMMANDS: &[&str] = &[
    "bootstrap",
    "messages",
    "set_locale",
    "set_track",
    "set_text_size",
    "set_theme",
    "set_reduced_motion",
    "open_page",
    "track_overview",
    "mark_read",
    "list_bookmarks",
    "add_bookmark",
    "remove_bookmark",
    "search",
    "glossary_term",
    "store_inventory",
    "export_data",
    "import_data",
    "delete_everything",
    "list_notes",
    "check_note",
    "add_note",
    "update_note",
    "delete_note",
    "quiz_progress",
    "answer_quiz",
    "restart_quiz",
    "checklist_progress",
    "answer_checklist",
    "restart_checklist",
    "scenario_progress",
    "scenario_forward",
    "scenario_back",
    "scenario_choose",
    "scenario_replay_scene",
    "scenario_restart",
    "plan_letter",
    "check_pet",
    "check_preparation",
    "outline_preparation",
    "save_preparation",
    "list_preparations",
    "open_preparation",
    "delete_preparation",
    "route_complaint",
    "list_dilemmas",
    "weigh_dilemma",
    "assess_organisation",
    "save_assessment",
    "list_assessments",
    "open_assessment",
    "delete_assessment",
    "export_text",
];

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let (content, locales) = (root.join("content"), root.join("locales"));
    println!("cargo:rerun-if-changed={}", content.display());
    println!("cargo:rerun-if-changed={}", locales.display());

    let pack = match privacyapp_core::content::compile(&content, &locales) {
        Ok(pack) => pack,
        Err(e) => fail(&e.to_string()),
    };
    let bytes = match pack.to_bytes() {
        Ok(b) => b,
        Err(e) => fail(&e.to_string()),
    };
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("content-pack.sqlite");
    if let Err(e) = std::fs::write(&out, bytes) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }

    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        fail(&format!("{e:#}"));
    }
}

fn fail(message: &str) -> ! {
    for line in message.lines() {
        println!("cargo:warning={line}");
    }
    std::process::exit(1);
}
