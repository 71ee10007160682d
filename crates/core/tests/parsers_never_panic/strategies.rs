//! Small strategies the grammars are built from.

use super::*;

use proptest::prelude::*;
use proptest::sample::select;

use privacyapp_core::content::Track;
use privacyapp_core::i18n::Locale;

pub(crate) fn pick(items: &'static [&'static str]) -> BoxedStrategy<String> {
    select(items).prop_map(str::to_owned).boxed()
}

pub(crate) fn track() -> impl Strategy<Value = Track> {
    select(&TRACKS[..])
}

pub(crate) fn locale() -> impl Strategy<Value = Locale> {
    select(&LOCALES[..])
}

pub(crate) fn syntax_char() -> BoxedStrategy<char> {
    prop_oneof![6 => select(SYNTAX_CHARS), 1 => any::<char>()].boxed()
}

/// A random mix of syntax characters, format tokens and XSS payloads.
pub(crate) fn soup(max: usize) -> BoxedStrategy<String> {
    prop::collection::vec(
        prop_oneof![
            6 => syntax_char().prop_map(String::from),
            3 => pick(TOKENS),
            1 => pick(WORDS),
            1 => pick(XSS),
        ],
        0..max,
    )
    .prop_map(|parts| parts.concat())
    .boxed()
}

/// A soup on one line (no line breaks).
pub(crate) fn soup_line(max: usize) -> BoxedStrategy<String> {
    soup(max).prop_map(|s| s.replace(['\n', '\r'], " ")).boxed()
}

pub(crate) fn sentence() -> BoxedStrategy<String> {
    prop::collection::vec(pick(WORDS), 1..10)
        .prop_map(|w| w.join(" "))
        .boxed()
}

/// A short text as a beat, a label or a title would hold; `chaos` weighs the odd ones.
pub(crate) fn inline_text(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        60 => sentence(),
        12 => prop::collection::vec(
            prop_oneof![3 => sentence(), 2 => pick(INLINE_MD), 1 => one_line_xss()],
            1..4,
        )
        .prop_map(|p| p.join(" ")),
        chaos => pick(XSS),
        chaos => prop_oneof![3 => soup_line(24), 1 => Just(String::new())],
    ]
    .boxed()
}

/// The XSS payloads that fit on one line.
pub(crate) fn one_line_xss() -> BoxedStrategy<String> {
    let one_line: Vec<&str> = XSS.iter().copied().filter(|x| !x.contains('\n')).collect();
    select(one_line).prop_map(str::to_owned).boxed()
}

/// Several lines of Markdown prose.
pub(crate) fn markdown(max_blocks: usize) -> BoxedStrategy<String> {
    prop::collection::vec(
        prop_oneof![
            6 => sentence(),
            2 => inline_text(3).prop_map(|t| format!("- {t}")),
            1 => inline_text(3).prop_map(|t| format!("## {t}")),
            1 => inline_text(3).prop_map(|t| format!("# {t}")),
            1 => inline_text(3).prop_map(|t| format!("> {t}")),
            1 => Just("| a | b |\n|---|:-:|\n| 1 | [x](id:a) |".to_owned()),
            1 => Just("```\ncode <script>\n```".to_owned()),
            2 => pick(XSS),
            2 => soup(40),
            2 => Just(String::new()),
        ],
        0..max_blocks,
    )
    .prop_map(|b| b.join("\n"))
    .boxed()
}

/// An id: usually the expected one, sometimes another from the pool, sometimes invalid.
pub(crate) fn id_or(
    good: String,
    pool: &'static [&'static str],
    chaos: u32,
) -> BoxedStrategy<String> {
    prop_oneof![
        100 => Just(good),
        chaos => prop_oneof![pick(pool), pick(BAD_IDS)],
    ]
    .boxed()
}

/// A fresh beat/question id (`@@` becomes `b1`, `b2`, … when the body is finished), or a
/// colliding or invalid one.
pub(crate) fn beat_id(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        200 => Just("@@".to_owned()),
        chaos => prop_oneof![pick(BAD_IDS), pick(SCENES)],
    ]
    .boxed()
}

/// Replaces each `@@` with a fresh id.
pub(crate) fn number_ids(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    for (i, part) in body.split("@@").enumerate() {
        if i > 0 {
            out.push_str(&format!("b{i}"));
        }
        out.push_str(part);
    }
    out
}

/// Indentation: the canonical one, or something else.
pub(crate) fn indent(canonical: usize, chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        200 => Just(" ".repeat(canonical)),
        chaos => prop_oneof![
            2 => (0usize..=6).prop_map(|n| " ".repeat(n)),
            1 => pick(&["\t", " \t", "\t  ", "\u{a0} ", "  \u{3000}"]),
        ],
    ]
    .boxed()
}

/// The blank lines between blocks: usually one, sometimes none or several.
pub(crate) fn gap(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        60 => Just("\n".to_owned()),
        chaos => pick(&["", "\n\n\n", "\n   \n"]),
    ]
    .boxed()
}

pub(crate) fn list_marker(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        200 => Just("- ".to_owned()),
        chaos => pick(&["* ", "-", "+ ", "1. ", "-\t", "—"]),
    ]
    .boxed()
}
