use std::path::Path;

use privacyapp_core::content;

use crate::args::{CliError, Sources};

pub fn run(sources: &Sources, out: &Path) -> Result<(), CliError> {
    let pack = content::compile(&sources.content, &sources.locales)?;
    let bytes = pack.to_json()?;
    std::fs::write(out, &bytes).map_err(|source| CliError::Write {
        path: out.to_path_buf(),
        source,
    })?;
    eprintln!(
        "wrote {} ({} pages, {} bytes)",
        out.display(),
        pack.pages.len(),
        bytes.len()
    );
    Ok(())
}
