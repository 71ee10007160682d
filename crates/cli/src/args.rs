//! Command-line parsing. Small enough to need no framework.

use std::path::PathBuf;

pub const USAGE: &str = "\
usage: privacyapp <command> [options]

commands:
  check                 check content and message files; prints file:line: message per problem
  build --out <file>    check, then write the compiled content pack

options:
  --content <dir>       content folder (default: content)
  --locales <dir>       message folder (default: locales)
  -h, --help            show this help";

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    Check(Sources),
    Build { sources: Sources, out: PathBuf },
}

#[derive(Debug, PartialEq, Eq)]
pub struct Sources {
    pub content: PathBuf,
    pub locales: PathBuf,
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CliError {
    #[error("{0}\n\n{USAGE}")]
    Usage(String),
    #[error("{0}")]
    Core(#[from] privacyapp_core::Error),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

pub fn parse(argv: &[String]) -> Result<Command, CliError> {
    let Some((command, rest)) = argv.split_first() else {
        return Ok(Command::Help);
    };
    let mut sources = Sources {
        content: PathBuf::from("content"),
        locales: PathBuf::from("locales"),
    };
    let mut out = None;
    let mut it = rest.iter();
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .map(PathBuf::from)
                .ok_or_else(|| CliError::Usage(format!("{flag} needs a value")))
        };
        match flag.as_str() {
            "--content" => sources.content = value()?,
            "--locales" => sources.locales = value()?,
            "--out" => out = Some(value()?),
            "-h" | "--help" => return Ok(Command::Help),
            other => return Err(CliError::Usage(format!("unknown option `{other}`"))),
        }
    }
    match command.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "check" => Ok(Command::Check(sources)),
        "build" => {
            let out = out.ok_or_else(|| CliError::Usage("build needs --out <file>".into()))?;
            Ok(Command::Build { sources, out })
        }
        other => Err(CliError::Usage(format!("unknown command `{other}`"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_commands_and_options() {
        assert_eq!(parse(&argv("")).unwrap(), Command::Help);
        assert_eq!(
            parse(&argv("check --content c")).unwrap(),
            Command::Check(Sources {
                content: "c".into(),
                locales: "locales".into()
            })
        );
        assert_eq!(
            parse(&argv("build --out p.json")).unwrap(),
            Command::Build {
                sources: Sources {
                    content: "content".into(),
                    locales: "locales".into()
                },
                out: "p.json".into()
            }
        );
    }

    #[test]
    fn explains_bad_usage() {
        for bad in ["build", "check --content", "check --colour", "publish"] {
            let e = parse(&argv(bad)).unwrap_err();
            assert!(e.to_string().contains("usage: privacyapp"), "{bad}: {e}");
        }
    }
}
