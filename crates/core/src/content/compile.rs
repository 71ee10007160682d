//! Turns the authored tree into a [`Pack`], reporting every problem as `file:line: message`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::glossary::{self, Term, GLOSSARY_FILE};
use super::model::{Body, Page, Track};
use super::order;
use super::outline;
use super::pack::{Pack, PACK_FORMAT};
use super::page::{self, Reference};
use super::scenario::Exit;
use super::texts::Texts;
use super::tree::{self, SourceHasher};
use crate::i18n::{self, Locale};
use crate::markdown::ContentLink;
use crate::readability::{self, Score, Thresholds, THRESHOLDS_FILE};
use crate::{Diagnostic, Diagnostics, Result};

/// Everything one pass over the sources produced. The pack is only usable when there are no
/// diagnostics: [`compile`] enforces that.
#[derive(Debug)]
pub struct Build {
    pub pack: Pack,
    pub diagnostics: Diagnostics,
    /// One row per compiled page, in pack order.
    pub readability: Vec<ReadabilityRow>,
}

/// How easy a page is to read, against the minimum for its track.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadabilityRow {
    pub file: PathBuf,
    pub id: String,
    pub locale: Locale,
    pub track: Track,
    /// `None` for a page without running text.
    pub score: Option<Score>,
    pub minimum: f64,
}

impl ReadabilityRow {
    pub fn passes(&self) -> bool {
        self.score.is_none_or(|s| s.score >= self.minimum)
    }
}

/// Compiles `content/<locale>/<track>/*.md`, the glossaries and `locales/<locale>/*.ftl` into
/// a pack. Fails with every diagnostic when anything is wrong, so an invalid pack is never
/// produced.
pub fn compile(content_dir: &Path, locales_dir: &Path) -> Result<Pack> {
    let build = build(content_dir, locales_dir)?;
    build.diagnostics.into_result(build.pack)
}

/// Checks and compiles everything, collecting every problem. Fails only when files cannot be
/// read at all.
pub fn build(content_dir: &Path, locales_dir: &Path) -> Result<Build> {
    let mut diagnostics = Diagnostics::default();
    let messages = match i18n::load_locales(locales_dir) {
        Ok(files) => files,
        Err(crate::Error::InvalidContent(ds)) => {
            diagnostics.extend(ds.0);
            Vec::new()
        }
        Err(e) => return Err(e),
    };
    let mut hasher = SourceHasher::default();
    for f in &messages {
        hasher.add(&format!("locales/{}/{}", f.locale, f.name), &f.source);
    }
    let thresholds = thresholds(content_dir, &mut hasher, &mut diagnostics)?;

    let mut pages = Vec::new();
    let mut terms = Vec::new();
    let mut origin: BTreeMap<(Locale, String), PathBuf> = BTreeMap::new();
    let mut term_origin: BTreeMap<(Locale, String), (PathBuf, usize)> = BTreeMap::new();
    let mut broken = Broken::default();
    let mut references = Vec::new();
    for locale in Locale::ALL {
        let locale_dir = content_dir.join(locale.as_str());
        let glossary_path = locale_dir.join(GLOSSARY_FILE);
        if let Some(text) = tree::read_text(&glossary_path, &mut diagnostics)? {
            hasher.add(&format!("content/{locale}/{GLOSSARY_FILE}"), &text);
            let (found, refs) = compile_glossary(&glossary_path, &text, locale, &mut diagnostics);
            for term in &found {
                let line = page::line_of_value(&text, &format!("`{}`", term.id));
                term_origin.insert((locale, term.id.clone()), (glossary_path.clone(), line));
            }
            terms.extend(found);
            references.extend(refs.into_iter().map(|r| (locale, glossary_path.clone(), r)));
        }
        for path in tree::page_files(&locale_dir, &mut diagnostics)? {
            let Some(track) = tree::track_of(&locale_dir, &path, &mut diagnostics) else {
                continue;
            };
            let Some(text) = tree::read_text(&path, &mut diagnostics)? else {
                continue;
            };
            let relative = path.strip_prefix(content_dir).unwrap_or(&path);
            hasher.add(&format!("content/{}", relative.to_string_lossy()), &text);
            let Some((page, refs)) = page::compile(&path, &text, locale, track, &mut diagnostics)
            else {
                broken.add(locale, &locale_dir, &path, &text);
                continue;
            };
            if let Some(first) = origin.get(&(locale, page.id.clone())) {
                diagnostics.push(Diagnostic::new(
                    &path,
                    page::line_of_key(&text, "id"),
                    format!("id `{}` is already used by {}", page.id, first.display()),
                ));
                continue;
            }
            origin.insert((locale, page.id.clone()), path.clone());
            references.extend(refs.into_iter().map(|r| (locale, path.clone(), r)));
            pages.push(page);
        }
    }
    check_parity(&pages, &origin, &broken, content_dir, &mut diagnostics);
    check_term_parity(&term_origin, &mut diagnostics);
    for (locale, path, Reference { link, line, what }) in references {
        let (known, id, kind) = match &link {
            ContentLink::Page(id) => (origin.contains_key(&(locale, id.clone())), id, "page"),
            ContentLink::Term(id) => (
                term_origin.contains_key(&(locale, id.clone())),
                id,
                "glossary entry",
            ),
        };
        if !known {
            diagnostics.push(Diagnostic::new(
                path,
                line,
                format!("{what} `{id}`: no {kind} has this id in locale {locale}"),
            ));
        }
    }

    order::apply(content_dir, &mut pages, &mut hasher, &mut diagnostics)?;
    // Gemeente profiles are checked with the content; the pack carries them from issue 9 on.
    diagnostics.extend(crate::gemeente::load_all(content_dir).1 .0);
    pages.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    terms.sort_by(|a, b| (a.locale, &a.id).cmp(&(b.locale, &b.id)));
    let readability = score_pages(&pages, &origin, thresholds.as_ref(), &mut diagnostics);
    let pack = Pack {
        format: PACK_FORMAT,
        source_hash: hasher.finish(),
        pages,
        terms,
        messages,
    };
    Ok(Build {
        pack,
        diagnostics,
        readability,
    })
}

fn thresholds(
    content_dir: &Path,
    hasher: &mut SourceHasher,
    diagnostics: &mut Diagnostics,
) -> Result<Option<Thresholds>> {
    let path = content_dir.join(THRESHOLDS_FILE);
    let Some(text) = tree::read_text(&path, diagnostics)? else {
        diagnostics.push(Diagnostic::new(
            &path,
            0,
            "missing: it sets the minimum readability per track",
        ));
        return Ok(None);
    };
    hasher.add(&format!("content/{THRESHOLDS_FILE}"), &text);
    match Thresholds::parse(&text) {
        Ok(t) => Ok(Some(t)),
        Err((line, message)) => {
            diagnostics.push(Diagnostic::new(&path, line, message));
            Ok(None)
        }
    }
}

fn compile_glossary(
    path: &Path,
    text: &str,
    locale: Locale,
    diagnostics: &mut Diagnostics,
) -> (Vec<Term>, Vec<Reference>) {
    let outline = match outline::parse(text, 1) {
        Ok(o) => o,
        Err(errors) => {
            diagnostics.extend(
                errors
                    .into_iter()
                    .map(|e| Diagnostic::new(path, e.line, e.message)),
            );
            return (Vec::new(), Vec::new());
        }
    };
    let mut texts = Texts::default();
    let terms = glossary::compile(&outline, locale, &mut texts);
    diagnostics.extend(
        texts
            .errors
            .into_iter()
            .map(|e| Diagnostic::new(path, e.line, e.message)),
    );
    // An explanation may link to pages and other terms; they are checked like a page's.
    let refs = texts.links.into_iter().map(Reference::from_link).collect();
    (terms, refs)
}

pub(super) fn glossary_text(path: &Path, text: &str, locale: Locale) -> (Vec<Term>, Diagnostics) {
    let mut diagnostics = Diagnostics::default();
    let (terms, _) = compile_glossary(path, text, locale, &mut diagnostics);
    (terms, diagnostics)
}

fn score_pages(
    pages: &[Page],
    origin: &BTreeMap<(Locale, String), PathBuf>,
    thresholds: Option<&Thresholds>,
    diagnostics: &mut Diagnostics,
) -> Vec<ReadabilityRow> {
    let Some(thresholds) = thresholds else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    for page in pages {
        let file = origin
            .get(&(page.locale, page.id.clone()))
            .cloned()
            .unwrap_or_default();
        let row = ReadabilityRow {
            score: readability::measure(&page.plain_text(), page.locale),
            minimum: thresholds.minimum(page.track),
            file,
            id: page.id.clone(),
            locale: page.locale,
            track: page.track,
        };
        if let (false, Some(score)) = (row.passes(), row.score) {
            let formula = match page.locale {
                Locale::Nl => "Flesch–Douma",
                Locale::En => "Flesch reading ease",
            };
            diagnostics.push(Diagnostic::new(
                &row.file,
                0,
                format!(
                    "readability {:.1} ({formula}) is below the {} minimum of {}: use shorter sentences and shorter words",
                    score.score, page.track, row.minimum
                ),
            ));
        }
        rows.push(row);
    }
    rows
}

/// Every page exists in every locale, with the same structure: the same scenes, beats and
/// choices, the same questions with the same correct answers, the same checklist items.
fn check_parity(
    pages: &[Page],
    origin: &BTreeMap<(Locale, String), PathBuf>,
    broken: &Broken,
    content_dir: &Path,
    diagnostics: &mut Diagnostics,
) {
    let by_key: BTreeMap<(Locale, &str), &Page> = pages
        .iter()
        .map(|p| ((p.locale, p.id.as_str()), p))
        .collect();
    for page in pages {
        let Some(path) = origin.get(&(page.locale, page.id.clone())) else {
            continue;
        };
        for other in Locale::ALL.into_iter().filter(|l| *l != page.locale) {
            match by_key.get(&(other, page.id.as_str())) {
                // The translation exists but has its own errors, already reported.
                None if broken.has(
                    other,
                    &page.id,
                    path,
                    &content_dir.join(page.locale.as_str()),
                ) => {}
                None => diagnostics.push(Diagnostic::new(
                    path,
                    0,
                    format!("page `{}` is missing in locale {other}", page.id),
                )),
                // Report a difference once, on the translation rather than the original.
                Some(original) if other == Locale::FALLBACK => {
                    let (mine, theirs) = (skeleton(page), skeleton(original));
                    if let Some(diff) = first_difference(&mine, &theirs, other) {
                        diagnostics.push(Diagnostic::new(
                            path,
                            0,
                            format!("differs in structure from the {other} version: {diff}"),
                        ));
                    }
                    if page.kind != original.kind || page.track != original.track {
                        diagnostics.push(Diagnostic::new(
                            path,
                            0,
                            format!("kind and track must match the {other} version"),
                        ));
                    }
                }
                Some(_) => {}
            }
        }
    }
}

/// Pages that exist but did not compile: their translations are not "missing".
#[derive(Debug, Default)]
struct Broken {
    ids: BTreeSet<(Locale, String)>,
    /// Paths below the locale folder, for files whose front matter gives no id.
    files: BTreeSet<(Locale, PathBuf)>,
}

impl Broken {
    fn add(&mut self, locale: Locale, locale_dir: &Path, path: &Path, text: &str) {
        if let Some(id) = declared_id(text) {
            self.ids.insert((locale, id));
        }
        if let Ok(relative) = path.strip_prefix(locale_dir) {
            self.files.insert((locale, relative.to_path_buf()));
        }
    }

    /// Whether `id`, whose file in its own locale is `path` below `locale_dir`, exists but
    /// is broken in `other`.
    fn has(&self, other: Locale, id: &str, path: &Path, locale_dir: &Path) -> bool {
        self.ids.contains(&(other, id.to_owned()))
            || path
                .strip_prefix(locale_dir)
                .is_ok_and(|rel| self.files.contains(&(other, rel.to_path_buf())))
    }
}

/// The `id = "…"` a file declares, read leniently so it is found even in front matter
/// that does not parse.
fn declared_id(text: &str) -> Option<String> {
    text.lines().take(40).find_map(|line| {
        let rest = line
            .trim()
            .strip_prefix("id")?
            .trim_start()
            .strip_prefix('=')?;
        let rest = rest.trim().strip_prefix('"')?;
        rest.split_once('"').map(|(id, _)| id.to_owned())
    })
}

fn check_term_parity(
    term_origin: &BTreeMap<(Locale, String), (PathBuf, usize)>,
    diagnostics: &mut Diagnostics,
) {
    for ((locale, id), (path, line)) in term_origin {
        for other in Locale::ALL.into_iter().filter(|l| l != locale) {
            if !term_origin.contains_key(&(other, id.clone())) {
                diagnostics.push(Diagnostic::new(
                    path,
                    *line,
                    format!("glossary term `{id}` is missing in locale {other}"),
                ));
            }
        }
    }
}

/// The ids and links of a structured page, which translations must keep.
fn skeleton(page: &Page) -> Vec<String> {
    match &page.body {
        Body::Prose => Vec::new(),
        Body::Scenario { scenario } => {
            let mut out = vec![format!("start `{}`", scenario.start)];
            out.extend(scenario.cast.iter().map(|c| format!("cast `{}`", c.id)));
            for scene in &scenario.scenes {
                out.push(format!("scene `{}`", scene.id));
                out.extend(scene.beats.iter().map(|b| format!("beat `{}`", b.id)));
                match &scene.exit {
                    Exit::Next { scene: next } => out.push(format!("next `{next}`")),
                    Exit::Choice(c) => {
                        out.push(format!("choice `{}`", c.id));
                        out.extend(
                            c.options
                                .iter()
                                .map(|o| format!("option to `{}`", o.target)),
                        );
                    }
                    Exit::Ending(_) => out.push("ending".into()),
                }
            }
            out
        }
        Body::Quiz { quiz } => quiz
            .questions
            .iter()
            .flat_map(|q| {
                let answers = q
                    .options
                    .iter()
                    .map(|o| if o.correct { "[x]" } else { "[ ]" })
                    .collect::<String>();
                [format!("question `{}`", q.id), format!("answers {answers}")]
            })
            .collect(),
        Body::Checklist { checklist } => checklist
            .items
            .iter()
            .flat_map(|i| {
                [
                    format!("item `{}`", i.id),
                    format!("{} answers", i.answers.len()),
                ]
            })
            .collect(),
    }
}

fn first_difference(mine: &[String], theirs: &[String], other: Locale) -> Option<String> {
    let at = mine.iter().zip(theirs).position(|(a, b)| a != b);
    match at {
        Some(i) => Some(format!("{} here, {} in {other}", mine[i], theirs[i])),
        None if mine.len() > theirs.len() => {
            Some(format!("{} here, nothing in {other}", mine[theirs.len()]))
        }
        None if theirs.len() > mine.len() => {
            Some(format!("{} in {other}, nothing here", theirs[mine.len()]))
        }
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    const FTL_NL: &str = "app-title = PrivacyApp\n";
    const FTL_EN: &str = "app-title = PrivacyApp\n";
    const THRESHOLDS: &str = "[minimum]\njongeren = 0\ninwoners = 0\nprofessionals = 0\n";

    /// Writes a tree of `(relative path, text)` files and compiles it.
    fn compile_tree(files: &[(&str, &str)]) -> Result<Pack> {
        let dir = tempfile::tempdir().unwrap();
        let all = [
            ("locales/nl/app.ftl", FTL_NL),
            ("locales/en/app.ftl", FTL_EN),
            ("content/readability.toml", THRESHOLDS),
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
                "content/nl/jongeren/b.md:8: no `## Question` sections",
            ),
            (
                "content/nl/jongeren/b.md",
                "+++\nid = \"b\"\nkind = \"article\"\ntrack = \"jongeren\"\ntitle = \"T\"\nsummary = \"S\"\n+++\n\nDe [AVG](term:avg).\n",
                "content/nl/jongeren/b.md:9: glossary term `avg`: no glossary entry has this id in locale nl",
            ),
            (
                "content/nl/jongeren/b.md",
                "+++\nid = \"b\"\nkind = \"article\"\ntrack = \"jongeren\"\ntitle = \"T\"\nsummary = \"S\"\nstart = \"x\"\n+++\n",
                "content/nl/jongeren/b.md:7: only a scenario has a `start`",
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
    fn the_order_file_sets_the_order_of_a_track_in_every_locale() {
        let (a, b) = (
            page("jongeren-a", "jongeren", ""),
            page("jongeren-b", "jongeren", ""),
        );
        let files = [
            ("content/nl/jongeren/a.md", a.as_str()),
            ("content/en/jongeren/a.md", a.as_str()),
            ("content/nl/jongeren/b.md", b.as_str()),
            ("content/en/jongeren/b.md", b.as_str()),
        ];
        let ids = |pack: &Pack, locale| -> Vec<String> {
            pack.summaries(Track::Jongeren, locale)
                .into_iter()
                .map(|p| p.id)
                .collect()
        };
        let by_id = compile_tree(&files).unwrap();
        assert_eq!(ids(&by_id, Locale::Nl), ["jongeren-a", "jongeren-b"]);
        let order = "jongeren = [\"jongeren-b\", \"jongeren-a\"]\n";
        let ordered =
            compile_tree(&[files.as_slice(), &[("content/order.toml", order)]].concat()).unwrap();
        for locale in Locale::ALL {
            assert_eq!(ids(&ordered, locale), ["jongeren-b", "jongeren-a"]);
        }
        let back = Pack::from_bytes(&ordered.to_bytes().unwrap()).unwrap().0;
        assert_eq!(
            ids(&back, Locale::En),
            ["jongeren-b", "jongeren-a"],
            "kept in the pack"
        );
        let partial = "jongeren = [\"jongeren-b\"]\n";
        assert_eq!(
            errors(compile_tree(&[files.as_slice(), &[("content/order.toml", partial)]].concat())),
            ["content/order.toml:1: page `jongeren-a` is missing from the jongeren list: add it where it belongs"]
        );
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
