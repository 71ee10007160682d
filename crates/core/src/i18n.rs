//! Localisation: which languages the app speaks, choosing one for the user, and the Fluent
//! message files behind every UI string.
//!
//! The `.ftl` files are parsed and cross-checked when the content pack is built, so the app
//! only ever receives message files that parse and have the same ids in every locale. The web
//! view formats them (it needs the same Fluent rules for plurals and arguments at render time);
//! [`Catalog`] formats them here for tests and tools.

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;
use std::str::FromStr;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::diagnostic::line_at;
use crate::{Diagnostic, Diagnostics, Error, Result};

/// A language the app ships in full.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Nl,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Nl, Locale::En];
    /// Dutch first: the app is made for Dutch gemeenten and their residents.
    pub const FALLBACK: Locale = Locale::Nl;

    pub fn as_str(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::En => "en",
        }
    }

    fn langid(self) -> LanguageIdentifier {
        self.as_str().parse().unwrap_or_default()
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for Locale {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        Locale::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| Error::UnknownLocale(s.to_owned()))
    }
}

/// Picks the best shipped locale for the user's preferred languages (e.g. the system locale,
/// `nl-NL`, `en_GB.UTF-8`), falling back to Dutch.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Locale {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|r| normalise_system_tag(r.as_ref()).parse().ok())
        .collect();
    let available: Vec<LanguageIdentifier> = Locale::ALL.iter().map(|l| l.langid()).collect();
    let fallback = Locale::FALLBACK.langid();
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&fallback),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| Locale::ALL.into_iter().find(|l| &l.langid() == *id))
        .unwrap_or(Locale::FALLBACK)
}

/// POSIX locales look like `en_GB.UTF-8@euro`; BCP 47 wants `en-GB`.
fn normalise_system_tag(tag: &str) -> String {
    let base = tag.split(['.', '@']).next().unwrap_or_default();
    base.replace('_', "-")
}

/// One `.ftl` file of one locale, as shipped in the content pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FtlFile {
    pub locale: Locale,
    /// File name within `locales/<locale>/`, e.g. `app.ftl`.
    pub name: String,
    pub source: String,
}

/// Reads `locales/<locale>/*.ftl` for every shipped locale and checks them: each file parses,
/// every locale has the same files and the same message ids, and no id is defined twice.
pub fn load_locales(dir: &Path) -> Result<Vec<FtlFile>> {
    let mut files = Vec::new();
    let mut diagnostics = Diagnostics::default();
    for locale in Locale::ALL {
        let locale_dir = dir.join(locale.as_str());
        let entries = match std::fs::read_dir(&locale_dir) {
            Ok(entries) => entries,
            Err(e) => {
                diagnostics.push(Diagnostic::new(&locale_dir, 0, format!("cannot read: {e}")));
                continue;
            }
        };
        let mut names: Vec<_> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        names.sort();
        for path in names {
            let source = std::fs::read_to_string(&path)?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push(FtlFile {
                locale,
                name,
                source,
            });
        }
    }
    diagnostics.extend(check_files(dir, &files));
    diagnostics.into_result(files)
}

/// Parse errors, duplicate ids and ids missing from a locale, as `file:line` diagnostics.
pub fn check_files(dir: &Path, files: &[FtlFile]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut ids: Vec<(Locale, String, String, usize)> = Vec::new();
    for file in files {
        let path = dir.join(file.locale.as_str()).join(&file.name);
        let resource = match fluent_syntax::parser::parse(file.source.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let line = line_at(&file.source, e.pos.start);
                    out.push(Diagnostic::new(&path, line, format!("Fluent syntax: {e}")));
                }
                r
            }
        };
        for entry in &resource.body {
            let (id, span_text) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.id.name),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), t.id.name),
                _ => continue,
            };
            let line = line_of_slice(&file.source, span_text);
            if ids
                .iter()
                .any(|(l, _, other, _)| *l == file.locale && *other == id)
            {
                out.push(Diagnostic::new(
                    &path,
                    line,
                    format!("`{id}` is defined twice"),
                ));
            }
            ids.push((file.locale, file.name.clone(), id, line));
        }
    }
    for (locale, name, id, line) in &ids {
        for other in Locale::ALL.iter().filter(|o| *o != locale) {
            let present = ids.iter().any(|(l, _, i, _)| l == other && i == id);
            if !present {
                out.push(Diagnostic::new(
                    dir.join(locale.as_str()).join(name),
                    *line,
                    format!("`{id}` is missing in locale {other}"),
                ));
            }
        }
    }
    out
}

/// `slice` borrows from `source` (the parser is zero-copy), so its address gives its position.
fn line_of_slice(source: &str, slice: &str) -> usize {
    let offset = (slice.as_ptr() as usize).saturating_sub(source.as_ptr() as usize);
    line_at(source, offset)
}

/// Formats messages in one locale, falling back message by message to Dutch.
pub struct Catalog {
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog")
            .field("bundles", &self.bundles.len())
            .finish()
    }
}

impl Catalog {
    pub fn new(files: &[FtlFile], locale: Locale) -> Self {
        let mut chain = vec![locale];
        if locale != Locale::FALLBACK {
            chain.push(Locale::FALLBACK);
        }
        let bundles = chain
            .into_iter()
            .map(|l| {
                let mut bundle = FluentBundle::new(vec![l.langid()]);
                // Isolation marks only matter for mixed-direction text; both locales are LTR.
                bundle.set_use_isolating(false);
                for f in files.iter().filter(|f| f.locale == l) {
                    let resource =
                        FluentResource::try_new(f.source.clone()).unwrap_or_else(|(r, _)| r);
                    // Duplicates were reported by `check_files`; the first definition wins.
                    let _ = bundle.add_resource(resource);
                }
                bundle
            })
            .collect();
        Self { bundles }
    }

    /// The formatted message, or `None` when no locale in the chain has it.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.bundles.iter().find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            errors.is_empty().then(|| text.into_owned())
        })
    }
}

/// The message ids (not terms) defined in `locale`'s files.
pub fn message_ids(files: &[FtlFile], locale: Locale) -> BTreeSet<String> {
    files
        .iter()
        .filter(|f| f.locale == locale)
        .flat_map(|f| {
            let resource =
                fluent_syntax::parser::parse(f.source.as_str()).unwrap_or_else(|(r, _)| r);
            resource
                .body
                .into_iter()
                .filter_map(|e| match e {
                    ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(locale: Locale, name: &str, source: &str) -> FtlFile {
        FtlFile {
            locale,
            name: name.into(),
            source: source.into(),
        }
    }

    #[test]
    fn negotiates_from_system_locales() {
        let cases: &[(&[&str], Locale)] = &[
            (&["en_GB.UTF-8"], Locale::En),
            (&["en-US"], Locale::En),
            (&["nl-BE"], Locale::Nl),
            (&["nl_NL.UTF-8@euro"], Locale::Nl),
            (&["de-DE", "en"], Locale::En),
            (&["fr-FR"], Locale::Nl),
            (&["C"], Locale::Nl),
            (&[""], Locale::Nl),
            (&[], Locale::Nl),
        ];
        for (requested, expected) in cases {
            assert_eq!(negotiate(requested), *expected, "for {requested:?}");
        }
    }

    #[test]
    fn parses_locale_names() {
        assert_eq!("en".parse::<Locale>().unwrap(), Locale::En);
        assert!(matches!("xx".parse::<Locale>(), Err(Error::UnknownLocale(s)) if s == "xx"));
    }

    #[test]
    fn reports_ids_missing_from_one_locale_with_file_and_line() {
        let files = [
            file(Locale::Nl, "app.ftl", "hello = Hallo\nbye = Doei\n"),
            file(Locale::En, "app.ftl", "hello = Hello\n"),
        ];
        let out = check_files(Path::new("locales"), &files);
        let shown: Vec<String> = out.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            shown,
            ["locales/nl/app.ftl:2: `bye` is missing in locale en"]
        );
    }

    #[test]
    fn reports_syntax_errors_and_duplicates() {
        let files = [
            file(Locale::Nl, "app.ftl", "a = A\na = B\nbroken\n"),
            file(Locale::En, "app.ftl", "a = A\n"),
        ];
        let out = check_files(Path::new("l"), &files);
        let shown: Vec<String> = out.iter().map(|d| d.to_string()).collect();
        assert!(
            shown
                .iter()
                .any(|s| s.starts_with("l/nl/app.ftl:3: Fluent syntax")),
            "{shown:?}"
        );
        assert!(
            shown.contains(&"l/nl/app.ftl:2: `a` is defined twice".to_string()),
            "{shown:?}"
        );
    }

    #[test]
    fn catalog_falls_back_to_dutch_message_by_message() {
        let files = [
            file(Locale::Nl, "app.ftl", "a = Appel\nb = Boom\n"),
            file(Locale::En, "app.ftl", "a = Apple\n"),
        ];
        let en = Catalog::new(&files, Locale::En);
        assert_eq!(en.format("a", None).as_deref(), Some("Apple"));
        assert_eq!(en.format("b", None).as_deref(), Some("Boom"));
        assert_eq!(en.format("c", None), None);
    }

    /// The real message files: they load, every message formats in every locale, and every
    /// error code the core can produce has a localised message.
    #[test]
    fn shipped_locales_are_complete() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let files = match load_locales(&dir) {
            Ok(files) => files,
            Err(e) => panic!("{e}"),
        };
        for locale in Locale::ALL {
            let catalog = Catalog::new(&files, locale);
            let ids = message_ids(&files, locale);
            assert!(ids.len() > 10, "{locale} has only {} messages", ids.len());
            for code in Error::CODES {
                let id = format!("error-{}", code.replace('_', "-"));
                assert!(ids.contains(&id), "{locale}: no message `{id}`");
            }
            // Messages that take arguments are formatted, with arguments, by the UI tests.
            let takes_arguments: BTreeSet<String> = files
                .iter()
                .filter(|f| f.locale == locale)
                .flat_map(|f| {
                    let r =
                        fluent_syntax::parser::parse(f.source.as_str()).unwrap_or_else(|(r, _)| r);
                    r.body
                        .iter()
                        .filter_map(|e| match e {
                            ast::Entry::Message(m)
                                if format!("{:?}", m.value).contains("VariableReference") =>
                            {
                                Some(m.id.name.to_owned())
                            }
                            _ => None,
                        })
                        .collect::<Vec<_>>()
                })
                .collect();
            for id in ids.difference(&takes_arguments) {
                assert!(
                    catalog.format(id, None).is_some(),
                    "{locale}: `{id}` does not format"
                );
            }
        }
    }
}
