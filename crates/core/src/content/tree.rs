//! Finding the authored files and fingerprinting them.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::glossary::GLOSSARY_FILE;
use super::model::Track;
use crate::{Diagnostic, Diagnostics, Result};

/// A SHA-256 over every source file's path and text, independent of the order files are read
/// in: two packs with the same hash were built from the same sources.
#[derive(Debug, Default)]
pub(super) struct SourceHasher(Vec<(String, Vec<u8>)>);

impl SourceHasher {
    pub fn add(&mut self, path: &str, text: &str) {
        self.0
            .push((path.replace('\\', "/"), text.as_bytes().to_vec()));
    }

    pub fn finish(mut self) -> String {
        self.0.sort();
        let mut sha = Sha256::new();
        for (path, bytes) in &self.0 {
            // Lengths first, so no two different file sets can produce the same byte stream.
            sha.update((path.len() as u64).to_le_bytes());
            sha.update(path.as_bytes());
            sha.update((bytes.len() as u64).to_le_bytes());
            sha.update(bytes);
        }
        sha.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Every page file below a locale folder, sorted, so diagnostics and the pack are
/// reproducible. The glossary beside the track folders is not a page.
pub(super) fn page_files(dir: &Path, diagnostics: &mut Diagnostics) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = match std::fs::read_dir(&current) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && current == dir => {
                diagnostics.push(Diagnostic::new(dir, 0, "no content for this locale"));
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|x| x == "md") && path != dir.join(GLOSSARY_FILE)
            {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The track named by the first folder below the locale folder.
pub(super) fn track_of(
    locale_dir: &Path,
    path: &Path,
    diagnostics: &mut Diagnostics,
) -> Option<Track> {
    let relative = path.strip_prefix(locale_dir).ok()?;
    let mut parts = relative.components();
    let first = parts.next()?.as_os_str().to_string_lossy().into_owned();
    if parts.next().is_none() {
        diagnostics.push(Diagnostic::new(
            path,
            0,
            "pages live in a track folder: jongeren, inwoners or professionals",
        ));
        return None;
    }
    match first.parse() {
        Ok(t) => Some(t),
        Err(_) => {
            diagnostics.push(Diagnostic::new(
                path,
                0,
                format!("`{first}` is not a track (jongeren, inwoners, professionals)"),
            ));
            None
        }
    }
}

/// Reads an authored file; text that is not UTF-8 is a content problem, not a crash.
pub(super) fn read_text(path: &Path, diagnostics: &mut Diagnostics) -> Result<Option<String>> {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(Some(text)),
            Err(e) => {
                let line = crate::diagnostic::line_at(
                    &String::from_utf8_lossy(e.as_bytes()),
                    e.utf8_error().valid_up_to(),
                );
                diagnostics.push(Diagnostic::new(path, line, "the file is not valid UTF-8"));
                Ok(None)
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.into()),
    }
}
