use std::fmt::Write;

use privacyapp_core::content::ReadabilityRow;

use crate::args::{CliError, Sources};

/// Compiles without writing: every problem on stderr as `file:line: message`, the
/// readability of every page as a table on stdout.
pub fn run(sources: &Sources) -> Result<(), CliError> {
    let build = super::build_reporting(sources)?;
    super::print(&readability_table(&build.readability))?;
    super::no_problems(&build)?;
    eprintln!(
        "ok: {} pages, {} glossary terms, {} message files",
        build.pack.pages.len(),
        build.pack.terms.len(),
        build.pack.messages.len()
    );
    Ok(())
}

pub fn readability_table(rows: &[ReadabilityRow]) -> String {
    let width = rows
        .iter()
        .map(|r| r.file.display().to_string().len())
        .max()
        .unwrap_or(4)
        .max(4);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<width$}  locale  {:<13}  {:>6}  {:>7}  result",
        "page", "track", "score", "minimum"
    );
    for row in rows {
        let (score, result) = match row.score {
            Some(s) => (
                format!("{:.1}", s.score),
                if row.passes() { "ok" } else { "TOO HARD" },
            ),
            None => ("-".to_owned(), "no text"),
        };
        let _ = writeln!(
            out,
            "{:<width$}  {:<6}  {:<13}  {:>6}  {:>7}  {result}",
            row.file.display(),
            row.locale,
            row.track,
            score,
            row.minimum
        );
    }
    out
}
