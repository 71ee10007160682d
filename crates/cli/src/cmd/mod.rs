mod build;
mod check;
mod render;

use crate::args::{CliError, Command, USAGE};

pub fn run(command: Command) -> Result<(), CliError> {
    match command {
        Command::Help => {
            eprintln!("{USAGE}");
            Ok(())
        }
        Command::Check(sources) => check::run(&sources),
        Command::Build { sources, out } => build::run(&sources, &out),
        Command::Render {
            sources,
            target,
            locale,
        } => render::run(&sources, &target, locale.as_deref()),
    }
}
