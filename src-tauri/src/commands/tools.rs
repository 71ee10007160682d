use privacyapp_core::tools::letter::{self, LetterPlan};
use privacyapp_core::tools::pet_check::{self, Answers, Outcome};

use crate::CommandError;

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
