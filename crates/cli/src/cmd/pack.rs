use std::path::Path;

use crate::args::{CliError, Sources};

/// Checks, then writes the pack. Nothing is written when any check fails.
pub fn run(sources: &Sources, out: &Path) -> Result<(), CliError> {
    let build = super::build_reporting(sources)?;
    super::no_problems(&build)?;
    let bytes = build.pack.to_bytes()?;
    std::fs::write(out, &bytes).map_err(|source| CliError::Write {
        path: out.to_path_buf(),
        source,
    })?;
    eprintln!(
        "wrote {} ({} pages, {} glossary terms, {} bytes, source hash {})",
        out.display(),
        build.pack.pages.len(),
        build.pack.terms.len(),
        bytes.len(),
        build.pack.source_hash
    );
    Ok(())
}
