mod check;
mod pack;
mod render;
mod search;
mod stats;

use std::io::Write;

use privacyapp_core::content::{self, Build};
use privacyapp_core::Diagnostics;

use crate::args::{CliError, Command, Sources, USAGE};

pub fn run(command: Command) -> Result<(), CliError> {
    match command {
        Command::Help => {
            eprintln!("{USAGE}");
            Ok(())
        }
        Command::Check(sources) => check::run(&sources),
        Command::Pack { sources, out } => pack::run(&sources, &out),
        Command::Search {
            from,
            query,
            locale,
            json,
        } => search::run(&from, &query, locale.as_deref(), json),
        Command::Render {
            sources,
            target,
            locale,
        } => render::run(&sources, &target, locale.as_deref()),
        Command::Stats { sources, json } => stats::run(&sources, json),
        Command::NewGemeente {
            content,
            slug,
            name,
        } => {
            let path = privacyapp_core::gemeente::scaffold(&content, &slug, &name)?;
            eprintln!(
                "made {}: fill in every \"VUL IN\", then run `privacyapp check`",
                path.display()
            );
            Ok(())
        }
    }
}

/// Compiles everything and prints each problem to stderr as `file:line: message`.
fn build_reporting(sources: &Sources) -> Result<Build, CliError> {
    let build = content::build(&sources.content, &sources.locales)?;
    report(&build.diagnostics);
    Ok(build)
}

fn report(diagnostics: &Diagnostics) {
    let mut sorted = diagnostics.0.clone();
    sorted.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for d in &sorted {
        // Nothing sensible to do when stderr itself is gone.
        let _ = writeln!(err, "{d}");
    }
}

/// Fails with the number of problems, once they have been printed.
fn no_problems(build: &Build) -> Result<(), CliError> {
    match build.diagnostics.len() {
        0 => Ok(()),
        n => Err(CliError::Problems(n)),
    }
}

fn print(text: &str) -> Result<(), CliError> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(CliError::Output)
}
