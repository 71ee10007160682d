use privacyapp_core::content;

use crate::args::{CliError, Sources};

/// Compiles without writing; every problem is printed as `file:line: message`.
pub fn run(sources: &Sources) -> Result<(), CliError> {
    let pack = content::compile(&sources.content, &sources.locales)?;
    eprintln!(
        "ok: {} pages, {} message files",
        pack.pages.len(),
        pack.messages.len()
    );
    Ok(())
}
