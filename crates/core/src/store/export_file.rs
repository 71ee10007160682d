//! Where an export goes: a new, dated file that never overwrites an earlier one.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::bookmarks::now_millis;
use crate::Result;

/// Writes `bytes` to `privacyapp-export-<date>-<time>.json` in `dir` (created if missing) and
/// returns the path. The file appears whole or not at all: it is written under a temporary
/// name, synced, then renamed.
pub fn write_export(dir: &Path, bytes: &[u8]) -> Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let stem = format!("privacyapp-export-{}", utc_stamp(now_millis()));
    let mut path = dir.join(format!("{stem}.json"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{n}.json"));
        n += 1;
    }
    let tmp = path.with_extension("json.tmp");
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
}
