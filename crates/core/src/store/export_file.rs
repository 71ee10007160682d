//! Where an export goes: a new, dated file that never overwrites an earlier one.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::bookmarks::now_millis;
use crate::{Error, Result};

/// Writes `bytes` to `privacyapp-export-<date>-<time>.json` in `dir` (created if missing) and
/// returns the path.
pub fn write_export(dir: &Path, bytes: &[u8]) -> Result<PathBuf> {
    write_new(dir, "privacyapp-export", "json", bytes)
}

/// A tool's result the user takes along as plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextExport {
    SelfAssessment,
}

crate::tools::parse_as_serde!(TextExport);

/// Far more than a tool's result; a bigger text is a mistake, not an export.
pub const MAX_TEXT_EXPORT_CHARS: usize = 200_000;

/// Writes `text` to `privacyapp-<kind>-<date>-<time>.txt` in `dir` and returns the path. The
/// name comes from the kind, never from the text.
pub fn write_text_export(dir: &Path, kind: TextExport, text: &str) -> Result<PathBuf> {
    if text.trim().is_empty() {
        return Err(Error::TextEmpty);
    }
    if text.chars().count() > MAX_TEXT_EXPORT_CHARS {
        return Err(Error::TextTooLong {
            max_chars: MAX_TEXT_EXPORT_CHARS,
        });
    }
    let stem = match kind {
        TextExport::SelfAssessment => "privacyapp-zelfevaluatie",
    };
    write_new(dir, stem, "txt", text.as_bytes())
}

/// Writes to `<stem>-<date>-<time>.<ext>` in `dir` (created if missing), numbered when that
/// exists. The file appears whole or not at all: it is written under a temporary name,
/// synced, then renamed.
fn write_new(dir: &Path, stem: &str, ext: &str, bytes: &[u8]) -> Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let stem = format!("{stem}-{}", utc_stamp(now_millis()));
    let mut path = dir.join(format!("{stem}.{ext}"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{n}.{ext}"));
        n += 1;
    }
    let tmp = path.with_extension(format!("{ext}.tmp"));
    let mut file = std::fs::File::create(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, &path)?;
    Ok(path)
}

/// `YYYY-MM-DD-HHMMSS` in UTC, readable in a file list and sorting by time.
fn utc_stamp(millis: i64) -> String {
    let secs = millis.div_euclid(1000);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = crate::calendar::civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}-{:02}{:02}{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_utc_dates() {
        assert_eq!(utc_stamp(0), "1970-01-01-000000");
        assert_eq!(utc_stamp(951_782_400_000), "2000-02-29-000000");
        assert_eq!(utc_stamp(1_795_430_096_000), "2026-11-23-103456");
    }

    #[test]
    fn writes_a_new_file_each_time_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("Downloads");
        let first = write_export(&target, b"{\"a\":1}").unwrap();
        let second = write_export(&target, b"{\"a\":2}").unwrap();
        assert_ne!(first, second);
        assert_eq!(std::fs::read(&first).unwrap(), b"{\"a\":1}");
        assert_eq!(std::fs::read(&second).unwrap(), b"{\"a\":2}");
        let names: Vec<String> = std::fs::read_dir(&target)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
        assert!(names
            .iter()
            .all(|n| n.starts_with("privacyapp-export-") && n.ends_with(".json")));
    }

    #[test]
    fn a_text_export_is_named_by_its_kind_and_refuses_empty_or_huge_texts() {
        let dir = tempfile::tempdir().unwrap();
        let path =
            write_text_export(dir.path(), TextExport::SelfAssessment, "Zelfevaluatie\nJa").unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with("privacyapp-zelfevaluatie-") && name.ends_with(".txt"),
            "{name}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "Zelfevaluatie\nJa");
        assert_eq!(
            write_text_export(dir.path(), TextExport::SelfAssessment, " \n")
                .unwrap_err()
                .code(),
            "text_empty"
        );
        assert_eq!(
            "self_assessment".parse::<TextExport>().unwrap(),
            TextExport::SelfAssessment
        );
        assert_eq!(
            "notes".parse::<TextExport>().unwrap_err().code(),
            "invalid_setting"
        );
        let huge = "x".repeat(MAX_TEXT_EXPORT_CHARS + 1);
        assert_eq!(
            write_text_export(dir.path(), TextExport::SelfAssessment, &huge)
                .unwrap_err()
                .code(),
            "text_too_long"
        );
    }
}
