//! Turns the authored tree into a [`Pack`], reporting every problem as `file:line: message`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag};
use sha2::{Digest, Sha256};

use super::front_matter::{self, FrontMatterError};
use super::model::{is_valid_page_id, Kind, Page, Track};
use super::pack::{Pack, PACK_FORMAT};
use crate::diagnostic::line_at;
use crate::i18n::{self, Locale};
use crate::{markdown, Diagnostic, Diagnostics, Result};

/// Compiles `content/<locale>/<track>/*.md` and `locales/<locale>/*.ftl` into a pack.
/// Fails with every diagnostic when anything is wrong, so an invalid pack is never produced.
pub fn compile(content_dir: &Path, locales_dir: &Path) -> Result<Pack> {
    let mut diagnostics = Diagnostics::default();
    let messages = match i18n::load_locales(locales_dir) {
        Ok(files) => files,
        Err(crate::Error::InvalidContent(ds)) => {
            diagnostics.extend(ds.0);
            Vec::new()
        }
        Err(e) => return Err(e),
    };

    let mut pages = Vec::new();
    let mut origin: BTreeMap<(Locale, String), PathBuf> = BTreeMap::new();
    let mut references = Vec::new();
    let mut hasher = SourceHasher::default();
    for f in &messages {
        hasher.add(&format!("locales/{}/{}", f.locale, f.name), &f.source);
    }
    for locale in Locale::ALL {
        let locale_dir = content_dir.join(locale.as_str());
        for path in markdown_files(&locale_dir, &mut diagnostics)? {
            let Some(track) = track_of(&locale_dir, &path, &mut diagnostics) else {
                continue;
            };
            let text = std::fs::read_to_string(&path)?;
            let relative = path.strip_prefix(content_dir).unwrap_or(&path);
            hasher.add(&format!("content/{}", relative.to_string_lossy()), &text);
            if let Some((page, refs)) = compile_page(&path, &text, locale, track, &mut diagnostics)
            {
                if let Some(first) = origin.get(&(locale, page.id.clone())) {
                    diagnostics.push(Diagnostic::new(
                        &path,
                        2,
                        format!("id `{}` is already used by {}", page.id, first.display()),
                    ));
                    continue;
                }
                origin.insert((locale, page.id.clone()), path.clone());
                references.extend(refs.into_iter().map(|r| (locale, path.clone(), r)));
                pages.push(page);
            }
        }
    }
    check_locale_parity(&pages, &origin, &mut diagnostics);
    for (locale, path, Reference { id, line, what }) in references {
        if !origin.contains_key(&(locale, id.clone())) {
            diagnostics.push(Diagnostic::new(
                path,
                line,
                format!("{what} `{id}`: no page has this id in locale {locale}"),
            ));
        }
    }

    pages.sort_by(|a, b| (a.locale, a.track, &a.id).cmp(&(b.locale, b.track, &b.id)));
    diagnostics.into_result(Pack {
        format: PACK_FORMAT,
        source_hash: hasher.finish(),
        pages,
        messages,
    })
}

/// A SHA-256 over every source file's path and text, independent of the order files are read
/// in: two packs with the same hash were built from the same sources.
#[derive(Default)]
struct SourceHasher(Vec<(String, Vec<u8>)>);

impl SourceHasher {
    fn add(&mut self, path: &str, text: &str) {
        self.0
            .push((path.replace('\\', "/"), text.as_bytes().to_vec()));
    }

    fn finish(mut self) -> String {
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

/// Every `.md` file below `dir`, sorted, so diagnostics and the pack are reproducible.
fn markdown_files(dir: &Path, diagnostics: &mut Diagnostics) -> Result<Vec<PathBuf>> {
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
            } else if path.extension().is_some_and(|x| x == "md") {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The track named by the first folder below the locale folder.
fn track_of(locale_dir: &Path, path: &Path, diagnostics: &mut Diagnostics) -> Option<Track> {
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

/// A page's mention of another page, checked once every page is known.
struct Reference {
    id: String,
    line: usize,
    what: &'static str,
}

fn compile_page(
    path: &Path,
    text: &str,
    locale: Locale,
    track: Track,
    diagnostics: &mut Diagnostics,
) -> Option<(Page, Vec<Reference>)> {
    let split = match front_matter::split(text) {
        Ok(s) => s,
        Err(FrontMatterError { line, message }) => {
            diagnostics.push(Diagnostic::new(path, line, message));
            return None;
        }
    };
    let front = split.front;
    let at = |key: &str| line_of_key(text, key);
    let before = diagnostics.len();
    if !is_valid_page_id(&front.id) {
        diagnostics.push(Diagnostic::new(
            path,
            at("id"),
            format!(
                "id `{}` must be lowercase words joined by hyphens",
                front.id
            ),
        ));
    }
    if front.track != track.as_str() {
        diagnostics.push(Diagnostic::new(
            path,
            at("track"),
            format!(
                "track `{}` does not match the folder `{track}`",
                front.track
            ),
        ));
    }
    for (key, value) in [("title", &front.title), ("summary", &front.summary)] {
        if value.trim().is_empty() {
            diagnostics.push(Diagnostic::new(path, at(key), format!("`{key}` is empty")));
        }
    }
    if front.kind != Kind::Article {
        diagnostics.push(Diagnostic::new(
            path,
            at("kind"),
            format!(
                "kind `{:?}` has no compiler yet; only articles are supported",
                front.kind
            ),
        ));
    }
    let legal = front.tags.iter().any(|t| t == "legal");
    if front.sources.is_empty() && (legal || track == Track::Professionals) {
        diagnostics.push(Diagnostic::new(
            path,
            1,
            "legal and professional pages name their sources ([[sources]] with title and url)",
        ));
    }
    for source in &front.sources {
        if !source.url.starts_with("https://") || source.title.trim().is_empty() {
            diagnostics.push(Diagnostic::new(
                path,
                line_of_value(text, &source.url),
                format!("source `{}` needs a title and an https:// url", source.url),
            ));
        }
    }
    let body_line = front_matter::body_line(text, split.body);
    let line_in_body = |offset: usize| body_line + line_at(split.body, offset) - 1;
    for offset in level_one_headings(split.body) {
        diagnostics.push(Diagnostic::new(
            path,
            line_in_body(offset),
            "use `##` and below; the app shows the title as the page heading",
        ));
    }
    if diagnostics.len() > before {
        return None;
    }
    let related = front.related.iter().map(|id| Reference {
        id: id.clone(),
        line: at("related"),
        what: "related page",
    });
    let links = markdown::page_links(split.body)
        .into_iter()
        .map(|(id, offset)| Reference {
            id,
            line: line_in_body(offset),
            what: "link to",
        });
    let references = related.chain(links).collect();
    let page = Page {
        id: front.id,
        kind: front.kind,
        locale,
        track,
        title: front.title,
        summary: front.summary,
        related: front.related,
        tags: front.tags,
        sources: front.sources,
        html: markdown::to_safe_html(split.body),
    };
    Some((page, references))
}

fn check_locale_parity(
    pages: &[Page],
    origin: &BTreeMap<(Locale, String), PathBuf>,
    diagnostics: &mut Diagnostics,
) {
    let by_locale: BTreeMap<Locale, BTreeSet<&str>> = Locale::ALL
        .into_iter()
        .map(|l| {
            let ids = pages
                .iter()
                .filter(|p| p.locale == l)
                .map(|p| p.id.as_str());
            (l, ids.collect())
        })
        .collect();
    for page in pages {
        for other in Locale::ALL.into_iter().filter(|l| *l != page.locale) {
            let missing = by_locale
                .get(&other)
                .is_none_or(|ids| !ids.contains(page.id.as_str()));
            if missing {
                if let Some(path) = origin.get(&(page.locale, page.id.clone())) {
                    diagnostics.push(Diagnostic::new(
                        path,
                        0,
                        format!("page `{}` is missing in locale {other}", page.id),
                    ));
                }
            }
        }
    }
}

/// Byte offsets, within the body, of `#` headings.
fn level_one_headings(body: &str) -> Vec<usize> {
    Parser::new(body)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => Some(range.start),
            _ => None,
        })
        .collect()
}

fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            l.trim_start().starts_with(key) && l[key.len()..].trim_start().starts_with('=')
        })
        .map_or(1, |i| i + 1)
}

fn line_of_value(text: &str, value: &str) -> usize {
    text.lines()
        .position(|l| l.contains(value))
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    const FTL_NL: &str = "app-title = PrivacyApp\n";
    const FTL_EN: &str = "app-title = PrivacyApp\n";

    /// Writes a tree of `(relative path, text)` files and compiles it.
    fn compile_tree(files: &[(&str, &str)]) -> Result<Pack> {
        let dir = tempfile::tempdir().unwrap();
        let all = [
            ("locales/nl/app.ftl", FTL_NL),
            ("locales/en/app.ftl", FTL_EN),
        ];
        for (rel, text) in all.iter().chain(files) {
            let path = dir.path().join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        compile(&dir.path().join("content"), &dir.path().join("locales"))
    }

    fn page(id: &str, track: &str, extra: &str) -> String {
        format!("+++\nid = \"{id}\"\nkind = \"article\"\ntrack = \"{track}\"\ntitle = \"Titel\"\nsummary = \"Kort\"\n{extra}+++\n\nTekst.\n")
    }

    /// Diagnostics with the temporary directory stripped, for exact comparison.
    fn errors(result: Result<Pack>) -> Vec<String> {
        match result {
            Err(crate::Error::InvalidContent(ds)) => ds
                .iter()
                .map(|d| {
                    let s = d.to_string();
                    let at = s
                        .find("content/")
                        .or_else(|| s.find("locales/"))
                        .unwrap_or(0);
                    s[at..].to_string()
                })
                .collect(),
            Err(e) => panic!("unexpected error {e}"),
            Ok(_) => Vec::new(),
        }
    }

    #[test]
    fn compiles_pages_in_every_locale() {
        let a = page("jongeren-a", "jongeren", "");
        let pack = compile_tree(&[
            ("content/nl/jongeren/a.md", &a),
            ("content/en/jongeren/a.md", &a),
        ])
        .unwrap();
        assert_eq!(pack.pages.len(), 2);
        assert_eq!(pack.pages[0].html.trim(), "<p>Tekst.</p>");
        assert_eq!(pack.messages.len(), 2);
        assert_eq!(pack.source_hash.len(), 64);
    }

    #[test]
    fn the_source_hash_changes_with_any_source_and_only_then() {
        let a = page("jongeren-a", "jongeren", "");
        let tree = [
            ("content/nl/jongeren/a.md", a.as_str()),
            ("content/en/jongeren/a.md", a.as_str()),
        ];
        let first = compile_tree(&tree).unwrap().source_hash;
        assert_eq!(compile_tree(&tree).unwrap().source_hash, first);
        let edited = a.replace("Tekst.", "Tekst!");
        let changed = [
            ("content/nl/jongeren/a.md", a.as_str()),
            ("content/en/jongeren/a.md", edited.as_str()),
        ];
        assert_ne!(compile_tree(&changed).unwrap().source_hash, first);
    }

    #[test]
    fn reports_each_problem_with_file_and_line() {
        let ok = page("jongeren-a", "jongeren", "");
        let cases: &[(&str, &str, &str)] = &[
            (
                "content/nl/jongeren/b.md",
                "+++\nid = \"Bad Id\"\nkind = \"article\"\ntrack = \"jongeren\"\ntitle = \"T\"\nsummary = \"S\"\n+++\n",
                "content/nl/jongeren/b.md:2: id `Bad Id` must be lowercase words joined by hyphens",
            ),
            (
                "content/nl/jongeren/b.md",
                &page("b", "inwoners", ""),
                "content/nl/jongeren/b.md:4: track `inwoners` does not match the folder `jongeren`",
            ),
            (
                "content/nl/professionals/b.md",
                &page("b", "professionals", ""),
                "content/nl/professionals/b.md:1: legal and professional pages name their sources ([[sources]] with title and url)",
            ),
            (
                "content/nl/jongeren/b.md",
                &page("b", "jongeren", "[[sources]]\ntitle = \"x\"\nurl = \"http://x.nl\"\n"),
                "content/nl/jongeren/b.md:9: source `http://x.nl` needs a title and an https:// url",
            ),
            (
                "content/nl/jongeren/b.md",
                "+++\nid = \"b\"\nkind = \"article\"\ntrack = \"jongeren\"\ntitle = \"T\"\nsummary = \"S\"\n+++\n\n# Kop\n",
                "content/nl/jongeren/b.md:9: use `##` and below; the app shows the title as the page heading",
            ),
            (
                "content/nl/ouders/b.md",
                &page("b", "jongeren", ""),
                "content/nl/ouders/b.md: `ouders` is not a track (jongeren, inwoners, professionals)",
            ),
            (
                "content/nl/jongeren/b.md",
                &page("jongeren-a", "jongeren", ""),
                "content/nl/jongeren/b.md:2: id `jongeren-a` is already used by",
            ),
            (
                "content/nl/jongeren/b.md",
                &page("b", "jongeren", "related = [\"jongeren-a\", \"nergens\"]\n"),
                "content/nl/jongeren/b.md:7: related page `nergens`: no page has this id in locale nl",
            ),
            (
                "content/nl/jongeren/b.md",
                "+++\nid = \"b\"\nkind = \"article\"\ntrack = \"jongeren\"\ntitle = \"T\"\nsummary = \"S\"\n+++\n\nZie [a](id:jongeren-a).\n\nEn [weg](id:weg).\n",
                "content/nl/jongeren/b.md:11: link to `weg`: no page has this id in locale nl",
            ),
            (
                "content/nl/jongeren/b.md",
                "+++\nid = \"b\"\nkind = \"quiz\"\ntrack = \"jongeren\"\ntitle = \"T\"\nsummary = \"S\"\n+++\n",
                "content/nl/jongeren/b.md:3: kind `Quiz` has no compiler yet; only articles are supported",
            ),
        ];
        for (path, text, expected) in cases {
            let errs = errors(compile_tree(&[
                ("content/nl/jongeren/a.md", &ok),
                ("content/en/jongeren/a.md", &ok),
                (path, text),
            ]));
            assert!(
                errs.iter().any(|e| e.starts_with(expected)),
                "expected {expected:?} in {errs:?}"
            );
        }
    }

    #[test]
    fn a_page_missing_in_one_locale_is_reported() {
        let a = page("jongeren-a", "jongeren", "");
        let errs = errors(compile_tree(&[
            ("content/nl/jongeren/a.md", &a),
            ("content/en/x.txt", ""),
        ]));
        assert_eq!(
            errs,
            ["content/nl/jongeren/a.md: page `jongeren-a` is missing in locale en"]
        );
    }

    #[test]
    fn the_shipped_content_compiles() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let pack = match compile(&root.join("content"), &root.join("locales")) {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        for locale in Locale::ALL {
            for track in Track::ALL {
                assert!(
                    !pack.summaries(track, locale).is_empty(),
                    "no {track} page in {locale}"
                );
            }
        }
    }
}
