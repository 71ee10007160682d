//! Property tests: the content parsers never panic, whatever an author (or an attacker who
//! controls a content file) writes, and what they produce keeps its invariants.
//!
//! Inputs are both unstructured (arbitrary strings, soups of the syntax characters) and
//! structure-aware: front matter with random mutations, scenario, quiz, checklist and glossary
//! bodies generated from their grammar with controlled chaos, the real content files mutated
//! line by line, and Markdown/HTML soups full of XSS payloads for the sanitiser.
//!
//! Each property runs 256 cases by default; `PROPTEST_CASES=200000 cargo test --release -p
//! privacyapp-core --test parsers_never_panic` runs them long (the `proptest!` macro applies the
//! `PROPTEST_*` environment variables on top of the config below). Failures are not persisted:
//! proptest prints the minimal input instead of writing a `proptest-regressions` folder into
//! the source tree.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod config;
mod front;
mod invariants;
mod mutations;
mod prompts;
mod scenario;
mod seeds;
mod strategies;
mod vocabulary;

use config::*;
use front::*;
use invariants::*;
use mutations::*;
use prompts::*;
use scenario::*;
use seeds::*;
use strategies::*;
use vocabulary::*;

use proptest::prelude::*;
use proptest::sample::{select, Index};

use privacyapp_core::content::{compile_page_text, Track};
use privacyapp_core::i18n::Locale;

const KINDS: &[&str] = &["article", "tool", "scenario", "quiz", "checklist"];

fn body_for(kind: &str, chaos: u32) -> BoxedStrategy<String> {
    match kind {
        "scenario" => scenario_body(chaos),
        "quiz" => prompt_body(true, chaos),
        "checklist" => prompt_body(false, chaos),
        _ => markdown(8),
    }
}

/// A whole page of `kind`: front matter, body, then line mutations.
fn page_text(
    kind: &'static str,
    track: Track,
    front_chaos: u32,
    body_chaos: u32,
    max_mutations: usize,
) -> BoxedStrategy<String> {
    (
        front(kind, track, front_chaos),
        body_for(kind, body_chaos),
        mutations(max_mutations),
    )
        .prop_map(|(front, body, muts)| {
            let text = format!("{}\n{body}", render_front(&front, &[]));
            apply(&text, &muts)
        })
        .boxed()
}

proptest! {
    #![proptest_config(config())]

    /// Arbitrary strings, and soups of the syntax characters, through every entry point.
    #[test]
    fn arbitrary_text_never_panics(
        text in prop_oneof![any::<String>(), soup(80), syntax_char_string()],
        track in track(),
        locale in locale(),
    ) {
        check_everything(&text, track, locale)?;
    }

    /// The same soups as the body of a page whose front matter is valid.
    #[test]
    fn soup_bodies_never_panic(
        (track, front, body) in (track(), select(KINDS)).prop_flat_map(|(t, k)| {
            (Just(t), front(k, t, 1), prop_oneof![any::<String>(), soup(120)])
        }),
        locale in locale(),
    ) {
        let text = format!("{}{body}", render_front(&front, &[]));
        check_everything(&text, track, locale)?;
    }

    /// Valid front matter with fields dropped, duplicated, shuffled or replaced by TOML-ish
    /// tokens, fences damaged, followed by a body of any kind.
    #[test]
    fn mutated_front_matter_never_panics(
        (track, front, body) in (track(), select(KINDS)).prop_flat_map(|(t, k)| {
            (Just(t), front(k, t, 3), body_for(k, 3))
        }),
        muts in prop::collection::vec(front_mutation(), 0..5),
        locale in locale(),
    ) {
        let text = format!("{}{body}", render_front(&front, &muts));
        compile_and_check(&text, track, locale)?;
    }

    /// Scenario bodies from the grammar with a lot of chaos: unknown keywords and cast,
    /// broken headings, stray paragraphs, odd indentation, dangling targets.
    #[test]
    fn wild_scenarios_never_panic(
        (track, text) in track().prop_flat_map(|t| (Just(t), page_text("scenario", t, 2, 20, 3))),
        locale in locale(),
    ) {
        compile_and_check(&text, track, locale)?;
    }

    /// Scenario bodies that are mostly valid, so the compiled graph's invariants are checked
    /// often: targets exist, the start exists, every scene is reachable and can end.
    #[test]
    fn mostly_valid_scenarios_keep_their_graph_invariants(
        (track, text) in track().prop_flat_map(|t| (Just(t), page_text("scenario", t, 1, 1, 1))),
        locale in locale(),
    ) {
        compile_and_check(&text, track, locale)?;
    }

    /// Quizzes, from mostly valid to wild.
    #[test]
    fn quizzes_never_panic(
        (track, text) in (track(), 0u32..6).prop_flat_map(|(t, chaos)| {
            (Just(t), page_text("quiz", t, chaos.min(1), chaos + 1, 2))
        }),
        locale in locale(),
    ) {
        compile_and_check(&text, track, locale)?;
    }

    /// Checklists, from mostly valid to wild.
    #[test]
    fn checklists_never_panic(
        (track, text) in (track(), 0u32..6).prop_flat_map(|(t, chaos)| {
            (Just(t), page_text("checklist", t, chaos.min(1), chaos + 1, 2))
        }),
        locale in locale(),
    ) {
        compile_and_check(&text, track, locale)?;
    }

    /// Glossaries: `## Term` sections, `Also:` lines, lists and stray text.
    #[test]
    fn glossaries_never_panic(
        text in (0u32..6).prop_flat_map(|chaos| (glossary(chaos + 1), mutations(2)))
            .prop_map(|(g, m)| apply(&g, &m)),
        locale in locale(),
    ) {
        check_glossary(&text, locale)?;
    }

    /// Markdown and HTML mixed with XSS payloads: the sanitiser never panics and never lets
    /// script, event handlers, dangerous URLs or foreign elements through.
    #[test]
    fn sanitiser_never_lets_script_through(text in markup_soup()) {
        check_markdown(&text, Scan::Safe)?;
    }

    /// The same soups: what survives is exactly the allowlist `markdown.rs` declares.
    #[test]
    fn sanitiser_keeps_to_its_allowlist(text in markup_soup()) {
        check_markdown(&text, Scan::Allowlist)?;
    }

    /// Article pages carrying the same payloads, checked through the compiled page and its JSON.
    #[test]
    fn articles_with_payloads_stay_safe(
        (track, text) in track().prop_flat_map(|t| (Just(t), page_text("article", t, 1, 1, 0))),
        payloads in prop::collection::vec(pick(XSS), 1..4),
        locale in locale(),
    ) {
        let text = format!("{text}\n{}\n", payloads.join("\n\n"));
        compile_and_check(&text, track, locale)?;
    }

    /// The repository's own content files, mutated line by line and byte by byte.
    #[test]
    fn mutated_real_content_never_panics(
        seed in any::<Index>(),
        muts in prop::collection::vec(mutation(), 0..6),
        track in track(),
        locale in locale(),
    ) {
        let seeds = seeds();
        let text = apply(&seeds[seed.index(seeds.len())], &muts);
        check_everything(&text, track, locale)?;
    }
}

/// Markdown and HTML fragments mixed with the XSS payloads.
fn markup_soup() -> BoxedStrategy<String> {
    prop::collection::vec(
        prop_oneof![
            4 => pick(XSS),
            2 => pick(INLINE_MD),
            2 => sentence(),
            1 => markdown(3),
            1 => soup(20),
            1 => pick(&["\n", "\n\n", "- ", "> ", "## ", "| ", "    ", "`", "**", "<", ">", "\"", "'", "&", "&#", "="]),
        ],
        1..8,
    )
    .prop_map(|p| p.concat())
    .boxed()
}

/// Strings drawn only from the syntax characters, long enough to nest.
fn syntax_char_string() -> BoxedStrategy<String> {
    prop::collection::vec(syntax_char(), 0..200)
        .prop_map(|c| c.into_iter().collect())
        .boxed()
}

/// The checker itself: it must flag what it is meant to flag, or the properties prove nothing.
#[test]
fn the_markup_scan_catches_dangerous_html() {
    let unsafe_html = [
        "<script>alert(1)</script>",
        "<p onclick=\"x()\">x</p>",
        "<p/onclick=\"x()\">x</p>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"data:text/html,x\">x</a>",
        "<a href=javascript:alert(1)>x</a>",
        "<a href=\"#/page/../x\">x</a>",
        "<svg></svg>",
        "<MATH></MATH>",
        "<iframe></iframe>",
        "<style></style>",
        "<img src=x>",
        "<p style=\"x\">x</p>",
        "a < b",
    ];
    for html in unsafe_html {
        assert!(html_problem(html, Scan::Safe).is_err(), "missed {html:?}");
    }
    let outside_allowlist = [
        "<a href=\"https://x.nl\" rel=\"opener\">x</a>",
        "<p title=\"x\">x</p>",
        "<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
    ];
    for html in outside_allowlist {
        assert_eq!(html_problem(html, Scan::Safe), Ok(()), "{html:?}");
        assert!(
            html_problem(html, Scan::Allowlist).is_err(),
            "missed {html:?}"
        );
    }
    let good = [
        "<p>Tekst met <strong>nadruk</strong> &amp; javascript: als woord.</p>",
        "<p><a href=\"https://x.nl/?a=1&amp;b=2\" rel=\"noopener noreferrer\">x</a></p>",
        "<p><a href=\"#/page/jongeren-jouw-rechten\" rel=\"noopener noreferrer\">r</a></p>",
        "<p><a rel=\"noopener noreferrer\">x</a></p>",
        "<table><thead><tr><th>a</th></tr></thead></table>",
        "<p>a<br>b</p><hr>",
        "<p>&lt;script&gt;</p>",
    ];
    for html in good {
        assert_eq!(html_problem(html, Scan::Allowlist), Ok(()), "{html:?}");
    }
}
/// The generators produce pages that compile, not only ones that fail: otherwise the
/// invariants of compiled pages would never be checked.
#[test]
fn the_generators_reach_valid_pages() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for kind in KINDS {
        let strategy = page_text(kind, Track::Inwoners, 1, 1, 0);
        let compiled = (0..200)
            .filter(|_| {
                let text = strategy.new_tree(&mut runner).unwrap().current();
                compile_page_text(&text, Locale::Nl, Track::Inwoners)
                    .0
                    .is_some()
            })
            .count();
        assert!(compiled >= 20, "only {compiled}/200 {kind} pages compiled");
    }
}
