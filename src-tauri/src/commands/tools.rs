use privacyapp_core::tools::letter::{self, LetterPlan};

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
