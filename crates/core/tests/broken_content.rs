#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Each case in `tests/fixtures/broken/` yields its exact diagnostics; no XSS payload survives.

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use privacyapp_core::content::{self, Body, Page};
use privacyapp_core::i18n::Locale;
use privacyapp_core::markdown;
use privacyapp_core::Error;

/// Fewer cases than this means fixtures went missing.
const MINIMUM_CASES: usize = 20;

fn fixtures() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/broken");
    dir.canonicalize()
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
}

/// Every case folder, sorted by name.
fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    cases
}

fn name(case: &Path) -> String {
    case.file_name().unwrap().to_string_lossy().into_owned()
}

/// The diagnostics the checker reports for a case, relative to the case folder, sorted.
fn actual(case: &Path) -> Result<Vec<String>, String> {
    let run = catch_unwind(AssertUnwindSafe(|| {
        content::build(&case.join("content"), &case.join("locales"))
    }));
    let build = match run {
        Ok(Ok(build)) => build,
        Ok(Err(e)) => return Err(format!("build failed instead of reporting: {e}")),
        Err(_) => return Err("the checker panicked".to_owned()),
    };
    let prefix = format!("{}{}", case.display(), std::path::MAIN_SEPARATOR);
    let mut lines: Vec<String> = build
        .diagnostics
        .iter()
        .map(|d| d.to_string().replace(&prefix, "").replace('\\', "/"))
        .collect();
    lines.sort();
    Ok(lines)
}

fn expected(case: &Path) -> Vec<String> {
    let path = case.join("expected.txt");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect();
    lines.sort();
    lines
}

/// `-` for an expected line the checker did not report, `+` for one it reported unexpectedly.
fn diff(expected: &[String], actual: &[String]) -> String {
    let mut out = String::new();
    for line in expected.iter().filter(|l| !actual.contains(l)) {
        out.push_str(&format!("  - {line}\n"));
    }
    for line in actual.iter().filter(|l| !expected.contains(l)) {
        out.push_str(&format!("  + {line}\n"));
    }
    out
}

/// Why a case does not report exactly what its `expected.txt` says, or `None` when it does.
fn check(case: &Path) -> Option<String> {
    let mut problem = String::new();
    match actual(case) {
        Ok(actual) => {
            let expected = expected(case);
            if actual != expected {
                problem.push_str(&format!(
                    "diagnostics differ (- expected, + reported):\n{}",
                    diff(&expected, &actual)
                ));
            }
        }
        Err(e) => problem.push_str(&format!("{e}\n")),
    }
    // Whatever it reports, a broken tree must never become a pack.
    let compiled = catch_unwind(AssertUnwindSafe(|| {
        content::compile(&case.join("content"), &case.join("locales"))
    }));
    match compiled {
        Ok(Err(Error::InvalidContent(_))) => {}
        Ok(Err(e)) => {
            problem.push_str(&format!("compile failed with {e} instead of diagnostics\n"))
        }
        Ok(Ok(_)) => problem.push_str("compile produced a pack\n"),
        Err(_) => problem.push_str("compile panicked\n"),
    }
    (!problem.is_empty()).then_some(problem)
}

#[test]
fn every_broken_case_reports_exactly_its_problem() {
    let cases = cases();
    assert!(
        cases.len() >= MINIMUM_CASES,
        "only {} cases in {}",
        cases.len(),
        fixtures().display()
    );
    let mut failures = String::new();
    for case in &cases {
        if let Some(problem) = check(case) {
            failures.push_str(&format!("{}: {problem}", name(case)));
        }
    }
    assert!(failures.is_empty(), "\n{failures}");
}

#[test]
fn every_case_is_listed_in_the_readme() {
    let readme = fs::read_to_string(fixtures().join("README.md")).unwrap();
    for case in cases() {
        let name = name(&case);
        assert!(
            readme.contains(&format!("`{name}`")),
            "{name} is missing from tests/fixtures/broken/README.md"
        );
    }
}

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](java&#x09;script:alert(1))",
    "<a href=\"javascript&colon;alert(1)\">x</a>",
    "<svg><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
    "<math><annotation-xml encoding=\"text/html\"><img src=x onerror=alert(1)></annotation-xml></math>",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    "<iframe srcdoc=\"<script>alert(1)</script>\">",
    "<style>@import 'x'</style>",
    "<form action=x><button formaction=javascript:alert(1)>",
    "<object data=\"x\"></object>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<embed src=\"javascript:alert(1)\">",
    "<p style=\"background:url(javascript:alert(1))\">x</p>",
    "[x](<javascript:alert(1)>)",
];

/// Payloads that cannot stand on one line of a quiz or scenario (a tab there is refused as
/// indentation, a blank line ends the answer), so they go through the sanitiser only.
const SANITISER_ONLY_PAYLOADS: &[&str] = &[
    "<a href=\"jav\tascript:alert(1)\">x</a>",
    "[x]: javascript:alert(1)\n\n[x]",
];

const FORBIDDEN: &[&str] = &[
    "<script",
    "onerror",
    "onload",
    "javascript:",
    "<svg",
    "<math",
    "<set",
    "<annotation-xml",
    "data:",
    "<iframe",
    "<style",
    "<img",
    "srcdoc",
    "<object",
    "<embed",
    "<form",
    "formaction",
];

/// The markup of `output`: every `<…>` tag with its attributes. Text between tags is escaped
/// (`&lt;`), so any `<` left in the output opens a tag.
fn tags(output: &str) -> Vec<&str> {
    output
        .split('<')
        .skip(1)
        .map(|rest| rest.split_once('>').map_or(rest, |(tag, _)| tag))
        .collect()
}

/// No forbidden tag anywhere, and no forbidden attribute or URL scheme inside any tag. Words
/// like `data:` may survive as escaped, inert text (`![x](data:…)` is not a valid image, so it
/// stays text), which can never run.
fn assert_clean(payload: &str, place: &str, output: &str) {
    let lower = output.to_lowercase();
    let markup = tags(&lower);
    for bad in FORBIDDEN {
        let found = match bad.strip_prefix('<') {
            Some(name) => {
                markup
                    .iter()
                    .any(|t| t.trim_start_matches('/').starts_with(name))
                    || lower.contains(bad)
            }
            None => markup.iter().any(|t| t.contains(bad)),
        };
        assert!(
            !found,
            "{place}: {bad:?} survived payload {payload:?}:\n{output}"
        );
    }
}

#[test]
fn no_xss_payload_survives_the_sanitiser() {
    for payload in PAYLOADS.iter().chain(SANITISER_ONLY_PAYLOADS) {
        assert_clean(payload, "to_safe_html", &markdown::to_safe_html(payload));
        let inline = markdown::to_safe_inline_html(payload);
        assert_clean(payload, "to_safe_inline_html", &inline);
        let around = format!("Tekst ervoor.\n\n{payload}\n\nTekst erna.");
        assert_clean(
            payload,
            "to_safe_html in a page",
            &markdown::to_safe_html(&around),
        );
    }
}

const XSS_THRESHOLDS: &str = "[minimum]\njongeren = 0\ninwoners = 0\nprofessionals = 0\n";

fn front(id: &str, kind: &str) -> String {
    format!("+++\nid = \"{id}\"\nkind = \"{kind}\"\ntrack = \"jongeren\"\ntitle = \"Titel\"\nsummary = \"Kort.\"\n+++\n\n")
}

/// A valid tree with the payload in an article, a quiz explanation and a scenario beat.
fn payload_tree(dir: &Path, payload: &str) {
    let article = format!(
        "{}Tekst ervoor.\n\n{payload}\n\n## Meer\n\nTekst erna.\n",
        front("jongeren-artikel", "article")
    );
    let quiz = format!(
        "{}Wat weet je?\n\n## Question `q1`: Klopt dit?\n\n- [x] Ja\n  Goed. {payload}\n- [ ] Nee\n  Jammer.\n",
        front("jongeren-quiz", "quiz")
    );
    let scenario = format!(
        "{}Een kort verhaal.\n\n## Scene `begin`: Begin\n\n- `b1` narrator: Sam komt binnen. {payload}\n\nNext: `einde`\n\n## Ending `einde`: Einde\n\n- `e1` narrator: Klaar.\n\nLearned:\n- Vraag waarom.\n\nSources:\n- [AVG, artikel 13](https://eur-lex.europa.eu/eli/reg/2016/679/oj)\n",
        front("jongeren-verhaal", "scenario")
    );
    let mut files = vec![
        (
            "content/readability.toml".to_owned(),
            XSS_THRESHOLDS.to_owned(),
        ),
        (
            "locales/nl/app.ftl".to_owned(),
            "app-title = PrivacyApp\n".to_owned(),
        ),
        (
            "locales/en/app.ftl".to_owned(),
            "app-title = PrivacyApp\n".to_owned(),
        ),
    ];
    for locale in ["nl", "en"] {
        for (file, text) in [
            ("artikel", &article),
            ("quiz", &quiz),
            ("verhaal", &scenario),
        ] {
            files.push((format!("content/{locale}/jongeren/{file}.md"), text.clone()));
        }
    }
    for (rel, text) in files {
        let path = dir.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
}

#[test]
fn no_xss_payload_survives_a_page_compile() {
    for payload in PAYLOADS {
        let dir = tempfile::tempdir().unwrap();
        payload_tree(dir.path(), payload);
        let pack = content::compile(&dir.path().join("content"), &dir.path().join("locales"))
            .unwrap_or_else(|e| panic!("payload {payload:?} made a valid tree fail:\n{e}"));
        let pages: Vec<&Page> = pack
            .pages
            .iter()
            .filter(|p| p.locale == Locale::Nl)
            .collect();
        assert_eq!(pages.len(), 3, "{payload:?}");
        for page in pages {
            let body = serde_json::to_string(&page.body).unwrap();
            assert_clean(payload, &format!("{} html", page.id), &page.html);
            assert_clean(payload, &format!("{} body", page.id), &body);
            // The payload sits in the structured body of the quiz and the scenario: make sure
            // that is really what was inspected.
            match &page.body {
                Body::Prose => assert!(page.html.contains("Tekst erna."), "{}", page.html),
                Body::Quiz { .. } => assert!(body.contains("Goed."), "{body}"),
                Body::Scenario { .. } => assert!(body.contains("Sam komt binnen."), "{body}"),
                Body::Checklist { .. } => panic!("no checklist in this tree"),
            }
        }
    }
}
