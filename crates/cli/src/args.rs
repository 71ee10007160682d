//! Command-line parsing. Small enough to need no framework.

use std::path::PathBuf;

pub const USAGE: &str = "\
usage: privacyapp <command> [options]

commands:
  check [DIR]              check the content in DIR (default: content) and the message files;
                           prints file:line: message per problem and a readability table
  pack [DIR] -o <file>     check, then write the compiled content pack
  search <query>           search the content as the app does (--locale nl|en, --json,
                           --pack <file> to search a built pack instead)
  render <id|path>         print the sanitised HTML a page becomes (--locale nl|en, default nl,
                           or the locale folder of a path)
  stats [DIR]              pages, scenarios, quizzes, checklists and glossary terms per track
                           and locale, and each page's readability (--json)
  gemeente new <slug>      a new gemeente profile in content/gemeenten/<slug>/ from the
                           template (--name NAME, --content DIR); fill it in, then
                           run `check`

options:
  --locales <dir>          message folder (default: locales beside the content folder)
  --locale nl|en           the language to search or render
  --json                   machine-readable output
  -o, --out <file>         where `pack` writes
  --name <text>            the gemeente's name for `gemeente new` (default: from the slug)
  --content <dir>          the content folder for `gemeente new` (default: content)
  -h, --help               show this help";

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    Check(Sources),
    Pack {
        sources: Sources,
        out: PathBuf,
    },
    Search {
        from: SearchFrom,
        query: String,
        locale: Option<String>,
        json: bool,
    },
    Render {
        sources: Sources,
        target: String,
        locale: Option<String>,
    },
    Stats {
        sources: Sources,
        json: bool,
    },
    NewGemeente {
        content: PathBuf,
        slug: String,
        name: String,
    },
}

/// Search compiles the sources, or reads a pack someone built.
#[derive(Debug, PartialEq, Eq)]
pub enum SearchFrom {
    Sources(Sources),
    Pack(PathBuf),
}

#[derive(Debug, PartialEq, Eq)]
pub struct Sources {
    pub content: PathBuf,
    pub locales: PathBuf,
}

impl Sources {
    /// `content` with its message files beside it, unless `--locales` says otherwise.
    fn new(content: Option<&String>, locales: Option<PathBuf>) -> Self {
        let content = PathBuf::from(content.map_or("content", String::as_str));
        let locales = locales.unwrap_or_else(|| match content.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.join("locales"),
            _ => PathBuf::from("locales"),
        });
        Self { content, locales }
    }
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
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// `check` found problems; they have been printed already.
    #[error("{0} problem(s) found")]
    Problems(usize),
}

/// What the options said, before the command decides what it needs.
#[derive(Default)]
struct Options {
    locales: Option<PathBuf>,
    out: Option<PathBuf>,
    pack: Option<PathBuf>,
    locale: Option<String>,
    json: bool,
    name: Option<String>,
    content: Option<PathBuf>,
    positional: Vec<String>,
}

fn options(rest: &[String]) -> Result<Options, CliError> {
    let mut o = Options::default();
    let mut it = rest.iter();
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .ok_or_else(|| CliError::Usage(format!("{flag} needs a value")))
        };
        match flag.as_str() {
            "--locales" => o.locales = Some(value()?.into()),
            "-o" | "--out" => o.out = Some(value()?.into()),
            "--pack" => o.pack = Some(value()?.into()),
            "--locale" => o.locale = Some(value()?),
            "--json" => o.json = true,
            "--name" => o.name = Some(value()?),
            "--content" => o.content = Some(value()?.into()),
            "--" => o.positional.extend(it.by_ref().cloned()),
            other if other.starts_with('-') && other.len() > 1 => {
                return Err(CliError::Usage(format!("unknown option `{other}`")))
            }
            other => o.positional.push(other.to_owned()),
        }
    }
    Ok(o)
}

/// `bergen-op-zoom` → `Bergen op zoom`: a start the gemeente corrects in the file.
fn name_from_slug(slug: &str) -> String {
    let words = slug.replace('-', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

pub fn parse(argv: &[String]) -> Result<Command, CliError> {
    let Some((command, rest)) = argv.split_first() else {
        return Ok(Command::Help);
    };
    if matches!(command.as_str(), "-h" | "--help" | "help")
        || rest.iter().any(|a| a == "-h" || a == "--help")
    {
        return Ok(Command::Help);
    }
    let o = options(rest)?;
    let at_most_one = |what: &str| match o.positional.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(one)),
        [_, extra, ..] => Err(CliError::Usage(format!(
            "{what}: unexpected argument `{extra}`"
        ))),
    };
    match command.as_str() {
        "check" => Ok(Command::Check(Sources::new(
            at_most_one("check")?,
            o.locales.clone(),
        ))),
        "pack" => {
            let sources = Sources::new(at_most_one("pack")?, o.locales.clone());
            let out = o
                .out
                .ok_or_else(|| CliError::Usage("pack needs -o <file>".into()))?;
            Ok(Command::Pack { sources, out })
        }
        "gemeente" => match o.positional.as_slice() {
            [new, slug] if new == "new" => Ok(Command::NewGemeente {
                content: o.content.unwrap_or_else(|| PathBuf::from("content")),
                slug: slug.clone(),
                name: o.name.unwrap_or_else(|| name_from_slug(slug)),
            }),
            _ => Err(CliError::Usage(
                "usage: privacyapp gemeente new <slug>".into(),
            )),
        },
        "stats" => Ok(Command::Stats {
            sources: Sources::new(at_most_one("stats")?, o.locales.clone()),
            json: o.json,
        }),
        "render" => match o.positional.as_slice() {
            [target] => Ok(Command::Render {
                sources: Sources::new(None, o.locales),
                target: target.clone(),
                locale: o.locale,
            }),
            _ => Err(CliError::Usage("render needs one page id or file".into())),
        },
        "search" => {
            if o.positional.is_empty() {
                return Err(CliError::Usage("search needs a query".into()));
            }
            let from = match o.pack {
                Some(pack) => SearchFrom::Pack(pack),
                None => SearchFrom::Sources(Sources::new(None, o.locales)),
            };
            Ok(Command::Search {
                from,
                query: o.positional.join(" "),
                locale: o.locale,
                json: o.json,
            })
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

    fn sources(content: &str, locales: &str) -> Sources {
        Sources {
            content: content.into(),
            locales: locales.into(),
        }
    }

    #[test]
    fn parses_commands_and_their_folders() {
        assert_eq!(parse(&argv("")).unwrap(), Command::Help);
        assert_eq!(parse(&argv("check --help")).unwrap(), Command::Help);
        assert_eq!(
            parse(&argv("check")).unwrap(),
            Command::Check(sources("content", "locales"))
        );
        assert_eq!(
            parse(&argv("check x/content")).unwrap(),
            Command::Check(sources("x/content", "x/locales"))
        );
        assert_eq!(
            parse(&argv("check c --locales l")).unwrap(),
            Command::Check(sources("c", "l"))
        );
        assert_eq!(
            parse(&argv("pack -o p.sqlite")).unwrap(),
            Command::Pack {
                sources: sources("content", "locales"),
                out: "p.sqlite".into()
            }
        );
        assert_eq!(
            parse(&argv("stats --json")).unwrap(),
            Command::Stats {
                sources: sources("content", "locales"),
                json: true
            }
        );
    }

    #[test]
    fn parses_search_and_render() {
        assert_eq!(
            parse(&argv("search recht op inzage --locale en --json")).unwrap(),
            Command::Search {
                from: SearchFrom::Sources(sources("content", "locales")),
                query: "recht op inzage".into(),
                locale: Some("en".into()),
                json: true,
            }
        );
        assert_eq!(
            parse(&argv("search --pack p.sqlite -- -x")).unwrap(),
            Command::Search {
                from: SearchFrom::Pack("p.sqlite".into()),
                query: "-x".into(),
                locale: None,
                json: false,
            }
        );
        assert_eq!(
            parse(&argv("render jongeren-a --locale en")).unwrap(),
            Command::Render {
                sources: sources("content", "locales"),
                target: "jongeren-a".into(),
                locale: Some("en".into()),
            }
        );
    }

    #[test]
    fn explains_bad_usage() {
        for bad in [
            "pack",
            "check --locales",
            "check --colour",
            "publish",
            "check a b",
            "render",
            "render a b",
            "search",
        ] {
            let e = parse(&argv(bad)).unwrap_err();
            assert!(e.to_string().contains("usage: privacyapp"), "{bad}: {e}");
        }
    }
}
