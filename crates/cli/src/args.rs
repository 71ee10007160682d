//! Command-line parsing. Small enough to need no framework.

use std::path::PathBuf;

pub const USAGE: &str = "\
usage: privacyapp <command> [options]

commands:
  check                 check content and message files; prints file:line: message per problem
  build --out <file>    check, then write the compiled content pack
  render <id|path>      print the sanitised HTML a page becomes (--locale nl|en, default nl,
                        or the locale folder of a path)

options:
  --content <dir>       content folder (default: content)
  --locales <dir>       message folder (default: locales)
  -h, --help            show this help";

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    Check(Sources),
    Build {
        sources: Sources,
        out: PathBuf,
    },
    Render {
        sources: Sources,
        target: String,
        locale: Option<String>,
    },
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
    #[error("cannot write: {0}")]
    Output(#[source] std::io::Error),
    #[error("{path}: not a page (no readable front matter with an id)")]
    NotAPage { path: PathBuf },
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
    let mut locale = None;
    let mut positional = Vec::new();
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
            "--locale" => locale = Some(value()?.to_string_lossy().into_owned()),
            "-h" | "--help" => return Ok(Command::Help),
            other if other.starts_with('-') => {
                return Err(CliError::Usage(format!("unknown option `{other}`")))
            }
            other => positional.push(other.to_owned()),
        }
    }
    let no_positional = |command: Command| match positional.first() {
        Some(extra) => Err(CliError::Usage(format!("unexpected argument `{extra}`"))),
        None => Ok(command),
    };
    match command.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "check" => no_positional(Command::Check(sources)),
        "render" => match positional.as_slice() {
            [target] => Ok(Command::Render {
                sources,
                target: target.clone(),
                locale,
            }),
            _ => Err(CliError::Usage("render needs one page id or file".into())),
        },
        "build" => {
            let out = out.ok_or_else(|| CliError::Usage("build needs --out <file>".into()))?;
            no_positional(Command::Build { sources, out })
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
    fn parses_render_with_its_target_and_locale() {
        assert_eq!(
            parse(&argv("render jongeren-a --locale en")).unwrap(),
            Command::Render {
                sources: Sources {
                    content: "content".into(),
                    locales: "locales".into()
                },
                target: "jongeren-a".into(),
                locale: Some("en".into()),
            }
        );
    }

    #[test]
    fn explains_bad_usage() {
        for bad in [
            "build",
            "check --content",
            "check --colour",
            "publish",
            "check extra",
            "render",
            "render a b",
        ] {
            let e = parse(&argv(bad)).unwrap_err();
            assert!(e.to_string().contains("usage: privacyapp"), "{bad}: {e}");
        }
    }
}
