//! What must hold of every output: safe HTML, sane diagnostics, sound graphs.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use proptest::prelude::*;

use privacyapp_core::content::quiz::{Checklist, Quiz};
use privacyapp_core::content::scenario::{Action, Exit, Scenario};
use privacyapp_core::content::{
    compile_glossary_text, compile_page_text, is_valid_page_id, page_id, Body, Kind, Page, Track,
};
use privacyapp_core::i18n::Locale;
use privacyapp_core::markdown::ALLOWED_TAGS;
use privacyapp_core::markdown::{content_links, to_safe_html, to_safe_inline_html};
use privacyapp_core::readability::measure;
use privacyapp_core::Diagnostics;

/// Substrings that must never appear in sanitised HTML, whatever the case. Text is escaped
/// (`<` becomes `&lt;`), so any of these would be real markup.
pub(crate) const FORBIDDEN: &[&str] = &[
    "<script",
    "<svg",
    "<math",
    "<iframe",
    "<style",
    "<img",
    "<object",
    "<embed",
    "<form",
    "<base",
    "<meta",
    "<link",
    "<template",
    "<noscript",
    "<!--",
    "<![",
];

/// Decodes the character references a serialiser may write in an attribute value.
pub(crate) fn decode_entities(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| e <= 12);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "nbsp" => Some('\u{a0}'),
                "colon" => Some(':'),
                "Tab" => Some('\t'),
                "NewLine" => Some('\n'),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let n = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(n)
                }
            }?;
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A URL as a browser would read its scheme: without ASCII whitespace and control characters,
/// lowercased.
pub(crate) fn normalised_url(value: &str) -> String {
    decode_entities(value)
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase()
}

pub(crate) fn is_safe_href(value: &str) -> bool {
    let url = normalised_url(value);
    ["https:", "mailto:", "tel:"]
        .iter()
        .any(|scheme| url.starts_with(scheme))
        || ["#/page/", "#/term/"]
            .iter()
            .any(|route| value.strip_prefix(route).is_some_and(is_valid_page_id))
}

/// How closely sanitised HTML is held to the sanitiser's configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scan {
    /// Nothing that can run script or load anything: only allowlisted elements, none of the
    /// [`FORBIDDEN`] substrings, no event handler, no attribute that loads or styles
    /// ([`LOADING_ATTRIBUTES`]), and every `href` a safe scheme or an in-app route.
    Safe,
    /// [`Scan::Safe`], and exactly what `markdown.rs` declares: `href` and `rel` (`noopener
    /// noreferrer`) on links, nothing else, and no attribute value anywhere that is a
    /// `javascript:`, `vbscript:` or `data:` URL.
    Allowlist,
}

/// Attributes that load, navigate, style or submit.
pub(crate) const LOADING_ATTRIBUTES: &[&str] = &[
    "src",
    "srcset",
    "srcdoc",
    "style",
    "action",
    "formaction",
    "background",
    "poster",
    "data",
    "ping",
    "xlink:href",
    "lowsrc",
    "dynsrc",
    "http-equiv",
    "target",
];

/// Checks sanitised HTML at the given [`Scan`] level; `Err` says what was found.
pub(crate) fn html_problem(html: &str, scan: Scan) -> Result<(), String> {
    let lower = html.to_ascii_lowercase();
    for bad in FORBIDDEN {
        if lower.contains(bad) {
            return Err(format!("contains `{bad}`"));
        }
    }
    let b = html.as_bytes();
    let mut i = 0;
    while let Some(p) = html[i..].find('<') {
        let start = i + p;
        let mut j = start + 1;
        let closing = b.get(j) == Some(&b'/');
        if closing {
            j += 1;
        }
        let name_start = j;
        while b.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
        }
        let name = html[name_start..j].to_ascii_lowercase();
        if name.is_empty() {
            return Err(format!("a raw `<` at byte {start}"));
        }
        if !ALLOWED_TAGS.contains(&name.as_str()) {
            return Err(format!("tag `<{name}>`"));
        }
        loop {
            while b.get(j).is_some_and(u8::is_ascii_whitespace) {
                j += 1;
            }
            match b.get(j) {
                None => return Err(format!("unterminated tag `<{name}` at byte {start}")),
                Some(b'>') => {
                    j += 1;
                    break;
                }
                Some(b'/') if b.get(j + 1) == Some(&b'>') => {
                    j += 2;
                    break;
                }
                Some(_) => {}
            }
            if closing {
                return Err(format!("attributes on a closing tag `</{name}`"));
            }
            let attr_start = j;
            while b
                .get(j)
                .is_some_and(|c| !c.is_ascii_whitespace() && !matches!(c, b'=' | b'>' | b'/'))
            {
                j += 1;
            }
            let attr = html[attr_start..j].to_ascii_lowercase();
            if attr.is_empty() {
                return Err(format!("odd character in tag `<{name}` at byte {j}"));
            }
            if attr.starts_with("on") {
                return Err(format!("event handler `{attr}` on `<{name}>`"));
            }
            if LOADING_ATTRIBUTES.contains(&attr.as_str()) {
                return Err(format!("attribute `{attr}` on `<{name}>`"));
            }
            let mut value = "";
            if b.get(j) == Some(&b'=') {
                j += 1;
                match b.get(j) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let Some(len) = html[j + 1..].find(char::from(q)) else {
                            return Err(format!("unterminated attribute `{attr}`"));
                        };
                        value = &html[j + 1..j + 1 + len];
                        j += len + 2;
                    }
                    _ => {
                        let v_start = j;
                        while b
                            .get(j)
                            .is_some_and(|c| !c.is_ascii_whitespace() && *c != b'>')
                        {
                            j += 1;
                        }
                        value = &html[v_start..j];
                    }
                }
            }
            if attr == "href" && !is_safe_href(&decode_entities(value)) {
                return Err(format!("unsafe href `{value}` on `<{name}>`"));
            }
            if scan == Scan::Allowlist {
                let declared = matches!((name.as_str(), attr.as_str()), ("a", "href" | "rel"));
                if !declared {
                    return Err(format!(
                        "attribute `{attr}=\"{value}\"` on `<{name}>` is not in the allowlist"
                    ));
                }
                let url = normalised_url(value);
                if ["javascript:", "vbscript:", "data:"]
                    .iter()
                    .any(|scheme| url.starts_with(scheme))
                {
                    return Err(format!("`{attr}=\"{value}\"` on `<{name}>`"));
                }
                if attr == "rel" && value != "noopener noreferrer" {
                    return Err(format!("rel `{value}`"));
                }
            }
        }
        i = j;
    }
    Ok(())
}

pub(crate) fn check_html(html: &str, what: &str) -> Result<(), TestCaseError> {
    check_html_at(html, what, Scan::Safe)
}

pub(crate) fn check_html_at(html: &str, what: &str, scan: Scan) -> Result<(), TestCaseError> {
    match html_problem(html, scan) {
        Ok(()) => Ok(()),
        Err(problem) => Err(TestCaseError::fail(format!(
            "{scan:?} scan of {what}: {problem}\nin: {html:?}"
        ))),
    }
}

pub(crate) fn check_diagnostics(
    input: &str,
    diagnostics: &Diagnostics,
) -> Result<(), TestCaseError> {
    let lines = input.lines().count();
    for d in diagnostics.iter() {
        prop_assert!(!d.message.trim().is_empty(), "empty message: {d:?}");
        prop_assert!(
            d.line <= lines + 1,
            "line {} is past the end ({lines} lines): {d:?}",
            d.line
        );
        let _ = d.to_string();
    }
    let _ = diagnostics.to_string();
    Ok(())
}

/// Keys of the serialised page whose string values are HTML (the others are plain text the UI
/// sets as text, or ids and enum tags).
pub(crate) const HTML_KEYS: &[&str] = &[
    "html",
    "setting",
    "text",
    "what",
    "prompt",
    "label",
    "feedback",
    "learned",
    "context",
    "explanation",
    "advice",
];

pub(crate) fn check_json_html(
    value: &serde_json::Value,
    key: Option<&str>,
) -> Result<(), TestCaseError> {
    match value {
        serde_json::Value::String(s) if key.is_some_and(|k| HTML_KEYS.contains(&k)) => {
            check_html(s, &format!("JSON field `{}`", key.unwrap_or_default()))?;
        }
        serde_json::Value::Array(items) => {
            for item in items {
                check_json_html(item, key)?;
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                check_json_html(v, Some(k))?;
            }
        }
        _ => {}
    }
    Ok(())
}

pub(crate) fn walk<'a>(
    from: impl IntoIterator<Item = &'a str>,
    next: impl Fn(&str) -> Vec<&'a str>,
) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<&str> = from.into_iter().collect();
    while let Some(id) = queue.pop_front() {
        if seen.insert(id) {
            queue.extend(next(id));
        }
    }
    seen
}

pub(crate) fn check_scenario(s: &Scenario) -> Result<(), TestCaseError> {
    let ids: BTreeSet<&str> = s.scenes.iter().map(|s| s.id.as_str()).collect();
    prop_assert_eq!(ids.len(), s.scenes.len(), "duplicate scene ids");
    prop_assert!(
        ids.contains(s.start.as_str()),
        "start `{}` is no scene",
        s.start
    );
    let cast: BTreeSet<&str> = s.cast.iter().map(|c| c.id.as_str()).collect();
    let mut all_ids = BTreeSet::new();
    for scene in &s.scenes {
        prop_assert!(is_valid_page_id(&scene.id), "scene id `{}`", scene.id);
        prop_assert!(
            all_ids.insert(scene.id.as_str()),
            "id `{}` reused",
            scene.id
        );
        for beat in &scene.beats {
            prop_assert!(is_valid_page_id(&beat.id), "beat id `{}`", beat.id);
            prop_assert!(all_ids.insert(beat.id.as_str()), "id `{}` reused", beat.id);
            let people: Vec<&str> = match &beat.action {
                Action::Narration { .. } => vec![],
                Action::Line { speaker, .. } => vec![speaker],
                Action::Thought { who, .. } | Action::Pet { who, .. } => vec![who],
                Action::Data { from, to, .. } => {
                    prop_assert_ne!(from, to);
                    vec![from, to]
                }
            };
            for p in people {
                prop_assert!(cast.contains(p), "`{p}` is not in the cast");
            }
        }
        match &scene.exit {
            Exit::Next { scene: target } => {
                prop_assert!(ids.contains(target.as_str()), "Next `{target}` is no scene");
            }
            Exit::Choice(c) => {
                prop_assert!(all_ids.insert(c.id.as_str()), "id `{}` reused", c.id);
                prop_assert!(
                    c.options.len() >= 2,
                    "a choice with {} options",
                    c.options.len()
                );
                for o in &c.options {
                    prop_assert!(ids.contains(o.target.as_str()), "target `{}`", o.target);
                }
            }
            Exit::Ending(e) => {
                prop_assert!(!e.learned.is_empty(), "an ending without learning points");
                prop_assert!(!e.sources.is_empty(), "an ending without sources");
                for src in &e.sources {
                    prop_assert!(src.url.starts_with("https://"), "source {src:?}");
                }
            }
        }
    }
    let by_id: BTreeMap<&str, _> = s.scenes.iter().map(|s| (s.id.as_str(), s)).collect();
    let reachable = walk([s.start.as_str()], |id| {
        by_id.get(id).map(|s| s.targets()).unwrap_or_default()
    });
    let mut leads_to: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for scene in &s.scenes {
        for t in scene.targets() {
            leads_to.entry(t).or_default().push(scene.id.as_str());
        }
    }
    let endings = s
        .scenes
        .iter()
        .filter(|s| matches!(s.exit, Exit::Ending(_)))
        .map(|s| s.id.as_str());
    let can_end = walk(endings, |id| leads_to.get(id).cloned().unwrap_or_default());
    for id in &ids {
        prop_assert!(reachable.contains(id), "scene `{id}` is unreachable");
        prop_assert!(can_end.contains(id), "scene `{id}` never reaches an ending");
    }
    Ok(())
}

pub(crate) fn check_quiz(q: &Quiz) -> Result<(), TestCaseError> {
    prop_assert!(!q.questions.is_empty());
    let mut ids = BTreeSet::new();
    for question in &q.questions {
        prop_assert!(is_valid_page_id(&question.id), "id `{}`", question.id);
        prop_assert!(ids.insert(&question.id), "id `{}` reused", question.id);
        prop_assert!(question.options.len() >= 2);
        let correct = question.options.iter().filter(|o| o.correct).count();
        prop_assert!(correct >= 1, "no correct answer");
        prop_assert_eq!(question.multiple, correct > 1);
    }
    Ok(())
}

pub(crate) fn check_checklist(c: &Checklist) -> Result<(), TestCaseError> {
    prop_assert!(!c.items.is_empty());
    let mut ids = BTreeSet::new();
    for item in &c.items {
        prop_assert!(is_valid_page_id(&item.id), "id `{}`", item.id);
        prop_assert!(ids.insert(&item.id), "id `{}` reused", item.id);
        prop_assert!(item.answers.len() >= 2);
    }
    Ok(())
}

/// Everything `compile_page_text` promises, for one input.
pub(crate) fn check_page(
    input: &str,
    page: Option<&Page>,
    diagnostics: &Diagnostics,
    track: Track,
    locale: Locale,
) -> Result<(), TestCaseError> {
    check_diagnostics(input, diagnostics)?;
    let id = page_id(input);
    let Some(page) = page else {
        prop_assert!(!diagnostics.is_empty(), "no page and no diagnostic");
        return Ok(());
    };
    prop_assert!(
        diagnostics.is_empty(),
        "a page and diagnostics: {diagnostics}"
    );
    prop_assert_eq!(id.as_deref(), Some(page.id.as_str()));
    prop_assert!(is_valid_page_id(&page.id));
    prop_assert_eq!(page.track, track);
    prop_assert_eq!(page.locale, locale);
    prop_assert!(!page.title.trim().is_empty() && !page.summary.trim().is_empty());
    for s in &page.sources {
        prop_assert!(s.url.starts_with("https://"), "source {s:?}");
    }
    check_html(&page.html, "page.html")?;
    let json = serde_json::to_string(page)
        .map_err(|e| TestCaseError::fail(format!("page does not serialise: {e}")))?;
    let value: serde_json::Value = serde_json::from_str(&json)
        .map_err(|e| TestCaseError::fail(format!("page JSON does not parse: {e}")))?;
    check_json_html(&value, None)?;
    let back: Page = serde_json::from_str(&json)
        .map_err(|e| TestCaseError::fail(format!("page JSON does not read back: {e}")))?;
    prop_assert_eq!(&back, page, "JSON round trip");
    match (&page.kind, &page.body) {
        (Kind::Article | Kind::Tool, Body::Prose) => {}
        (Kind::Scenario, Body::Scenario { scenario }) => check_scenario(scenario)?,
        (Kind::Quiz, Body::Quiz { quiz }) => check_quiz(quiz)?,
        (Kind::Checklist, Body::Checklist { checklist }) => check_checklist(checklist)?,
        (kind, body) => prop_assert!(false, "a {kind} with body {body:?}"),
    }
    let plain = page.plain_text();
    check_score(&plain, page.locale)?;
    Ok(())
}

pub(crate) fn check_score(text: &str, locale: Locale) -> Result<(), TestCaseError> {
    if let Some(score) = measure(text, locale) {
        prop_assert!(score.words > 0, "{score:?}");
        prop_assert!(
            score.sentences >= 1 && score.sentences <= score.words,
            "{score:?}"
        );
        prop_assert!(score.score.is_finite(), "{score:?}");
    }
    Ok(())
}

pub(crate) fn check_glossary(input: &str, locale: Locale) -> Result<(), TestCaseError> {
    let (terms, diagnostics) = compile_glossary_text(input, locale);
    check_diagnostics(input, &diagnostics)?;
    for t in &terms {
        check_html(&t.html, "term html")?;
        prop_assert_eq!(t.locale, locale);
    }
    if diagnostics.is_empty() {
        let mut ids = BTreeSet::new();
        for t in &terms {
            prop_assert!(is_valid_page_id(&t.id), "term id `{}`", t.id);
            prop_assert!(ids.insert(&t.id), "term `{}` twice", t.id);
            prop_assert!(!t.term.trim().is_empty());
            prop_assert!(t.also.iter().all(|a| !a.trim().is_empty()));
        }
    }
    serde_json::to_string(&terms)
        .map_err(|e| TestCaseError::fail(format!("terms do not serialise: {e}")))?;
    Ok(())
}

pub(crate) fn check_markdown(input: &str, scan: Scan) -> Result<(), TestCaseError> {
    check_html_at(&to_safe_html(input), "to_safe_html", scan)?;
    check_html_at(&to_safe_inline_html(input), "to_safe_inline_html", scan)?;
    for (_, at) in content_links(input) {
        prop_assert!(
            at <= input.len() && input.is_char_boundary(at),
            "link offset {at}"
        );
    }
    Ok(())
}

/// Every entry point on one text.
pub(crate) fn check_everything(
    input: &str,
    track: Track,
    locale: Locale,
) -> Result<(), TestCaseError> {
    let (page, diagnostics) = compile_page_text(input, locale, track);
    check_page(input, page.as_ref(), &diagnostics, track, locale)?;
    check_glossary(input, locale)?;
    check_markdown(input, Scan::Safe)?;
    let _ = page_id(input);
    check_score(input, locale)?;
    Ok(())
}

pub(crate) fn compile_and_check(
    input: &str,
    track: Track,
    locale: Locale,
) -> Result<(), TestCaseError> {
    let (page, diagnostics) = compile_page_text(input, locale, track);
    check_page(input, page.as_ref(), &diagnostics, track, locale)
}
