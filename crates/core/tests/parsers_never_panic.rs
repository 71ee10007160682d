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

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::{select, Index};

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

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

/// 256 cases per property (the proptest default); `PROPTEST_CASES` and the other `PROPTEST_*`
/// variables still apply, because `proptest!` contextualises this config with the environment.
/// No failure persistence: nothing is written into the source tree.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: ProptestConfig::default().cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

/// Characters that mean something to one of the parsers, plus the awkward Unicode ones.
const SYNTAX_CHARS: &[char] = &[
    '`', '#', '-', '*', '[', ']', '(', ')', ':', '+', '=', '"', '\n', ' ', '\t', '<', '>', '&',
    'é', '€', '𝄞', '\u{301}', '\u{308}', '\u{feff}', '\r', '!', '|', '_', '~', '\\', '/', '.', ';',
    '\'', '{', '}', '0', '1', 'a', 'b', 'x', 'X', '\u{0}', '\u{200b}', '\u{2028}', '\u{202e}',
    '\u{a0}', 'ß', 'İ', 'ﬁ', '—', '…',
];

/// Multi-character pieces of the formats.
const TOKENS: &[&str] = &[
    "+++",
    "+++\n",
    "\n+++\n",
    "## ",
    "# ",
    "### ",
    "- ",
    "  - ",
    "    ",
    "* ",
    "`",
    "`b1`",
    "`begin`",
    "[x]",
    "[ ]",
    "[X]",
    "](#",
    "](",
    "(#begin)",
    "[Ja](#stil) ",
    "Next:",
    "Next: `uitleg`",
    "Setting:",
    "Learned:",
    "Sources:",
    "Also:",
    "narrator",
    "choice",
    "thinks",
    "pet",
    "helper",
    "gemeente",
    "gives",
    "asks",
    "sam",
    "noor",
    "Scene",
    "Ending",
    "Question",
    "Item",
    "Term",
    "id:",
    "term:",
    "https://",
    "```",
    "~~~",
    "| a | b |\n|---|:-:|\n",
    "---",
    "> ",
    "1. ",
    "\\",
    "&amp;",
    "&#",
    "&#x",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "\r\n",
    "\u{feff}",
    "id = \"a\"",
    "kind = \"scenario\"",
    "[[cast]]",
    "[[sources]]",
    "[^1]: ",
    "[ref]: ",
    "<script>",
    "javascript:",
    "onerror=",
];

/// Script that must never survive the sanitiser, in Markdown and HTML, plain and obfuscated.
const XSS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=x OnError=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<a href=\"&#x6A;avascript&#58;alert(1)\">x</a>",
    "<a href=\"&#0000106&#0000097vascript:alert(1)\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\"java\nscript:alert(1)\">x</a>",
    "<a href=\" \u{1}javascript:alert(1)\">x</a>",
    "<a href=\"javascript&colon;alert(1)\">x</a>",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<a href='data:text/html,<script>alert(1)</script>'>x</a>",
    "<a href=\"#/page/x\" onmouseover=\"y()\">x</a>",
    "<a href=\"#/page/../../etc\">x</a>",
    "<a href=\"//evil.example\">x</a>",
    "<a href=\"https://ok.nl\" target=_blank style=\"x\">x</a>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](javascript&#58;alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    "<javascript:alert(1)>",
    "<data:text/html,x>",
    "[x]: javascript:alert(1)\n\n[y][x]",
    "[x](id:a\" onclick=\"alert(1))",
    "[x](term:a onclick=alert(1))",
    "<svg><set attributeName=href to=javascript:alert(1) /></svg>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><annotation-xml encoding=\"text/html\"><script>alert(1)</script></annotation-xml></math>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math href=\"javascript:alert(1)\">x</math>",
    "<iframe src=\"https://x.nl\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\">",
    "<style>@import 'https://x.example/x.css';</style>",
    "<object data=\"data:text/html,x\"></object>",
    "<embed src=\"x\">",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<details open ontoggle=alert(1)>",
    "<p onclick=\"x()\">hi</p>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
    "<del cite=\"data:text/html,x\" datetime=\"x\">x</del>",
    "<p title=\"x\" lang=\"nl\">x</p>",
    "<ol start=\"3\"><li>x</li></ol>",
    "<a href=\"https://x.nl\" hreflang=\"nl\" rel=\"opener\">x</a>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<template><script>alert(1)</script></template>",
    "<base href=\"javascript:/\">",
    "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
    "<link rel=stylesheet href=x>",
    "<!--<script>alert(1)//-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<table><td background=javascript:alert(1)>x</td></table>",
    "<td align=\"javascript:alert(1)\">x</td>",
    "<img src=\"data:image/png;base64,AAAA\">",
    "\"><script>alert(1)</script>",
    "<xmp><script>alert(1)</script></xmp>",
    "<plaintext><script>",
    "<select><template><style><img src=x onerror=alert(1)>",
    "<a/href=\"javascript:alert(1)\">x</a>",
    "<a href=javascript:alert(1)//>x</a>",
    "<p/onclick=alert(1)>x",
    "<h2 onmouseover=alert(1)>x</h2>",
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<body onload=alert(1)>",
];

/// Ordinary words, with the abbreviations and numbers the readability counter special-cases.
const WORDS: &[&str] = &[
    "Sam",
    "wacht",
    "op",
    "zijn",
    "afspraak.",
    "Noor",
    "vraagt",
    "waarom?",
    "de",
    "gemeente",
    "hulp",
    "gegevens",
    "AVG",
    "je",
    "mag",
    "altijd",
    "vragen!",
    "Één",
    "café",
    "€5",
    "12",
    "1.000,50",
    "jaar",
    "dossier",
    "J.",
    "Vries",
    "e.g.",
    "bijv.",
    "enz.",
    "Mr.",
    "U.S.",
    "…",
    "—",
    "'s",
    "zo'n",
    "co-ouder",
    "naïef",
    "ë",
    "the",
    "privacy",
    "data",
    "protection.",
    "whoever",
    "game",
    "NATO",
    "plan",
    "B.",
    "?!",
    "...",
    "\"quoted\"",
];

/// Inline Markdown the texts use.
const INLINE_MD: &[&str] = &[
    "**vet**",
    "*schuin*",
    "~~weg~~",
    "`code`",
    "[je rechten](id:jongeren-jouw-rechten)",
    "[AVG](term:avg)",
    "[Bad](id:Bad Id)",
    "[leeg](id:)",
    "[ap](https://autoriteitpersoonsgegevens.nl)",
    "[mail](mailto:a@b.nl)",
    "[bel](tel:+31201234567)",
    "<https://x.nl>",
    "[x](#begin)",
    "[x](../inwoners/a.md)",
    "\\*",
    "&amp;",
    "&#x26;",
    "&copy;",
    "![img](https://t.nl/p.gif)",
    "[x][ref]",
    "[^1]",
    "<b>vet</b>",
    "<br>",
    "<em>x</em>",
    "a  \nb",
];

/// Ids: scene ids, and ones that are invalid or collide with beat ids and reserved words.
const SCENES: &[&str] = &["begin", "stil", "uitleg", "weg", "thuis"];
const BAD_IDS: &[&str] = &[
    "", "Begin", "a b", "a--b", "-a", "a-", "é", "`", "b1", "narrator", "choice", "a`b", "q1", "1",
];
const CAST: &[&str] = &["sam", "noor"];
const BAD_CAST: &[&str] = &["piet", "narrator", "choice", "Sam", "", "sam noor"];

/// Values for front matter keys, valid and not.
const TOML_TOKENS: &[&str] = &[
    "\"x\"",
    "\"\"",
    "\"  \"",
    "3",
    "-1",
    "0",
    "7",
    "255",
    "256",
    "1e400",
    "-0.0",
    "inf",
    "nan",
    "0x10",
    "true",
    "[",
    "]",
    "{",
    "}",
    "[]",
    "{}",
    "\"\"\"",
    "\"\"\"a\nb\"\"\"",
    "'''",
    "'lit'",
    "[1, \"a\"]",
    "[\"legal\"]",
    "[\"a\", \"a\"]",
    "{ a = 1 }",
    "{ age = \"teen\", skin = 5, hair = \"curly\", colour = \"orange\" }",
    "{ age = \"baby\", skin = 9, hair = \"blue\", colour = \"pink\" }",
    "{ age = \"teen\", skin = -1, hair = \"bald\", colour = \"grey\" }",
    "{ age = \"teen\", skin = 300, hair = \"bald\", colour = \"grey\" }",
    "1979-05-27T07:32:00Z",
    "\"\\u0000\"",
    "\"\\uD800\"",
    "\"\\U0010FFFF\"",
    "\"\\x\"",
    "\"a\nb\"",
    "\"article\"",
    "\"scenario\"",
    "\"quiz\"",
    "\"checklist\"",
    "\"tool\"",
    "\"poem\"",
    "\"jongeren\"",
    "\"inwoners\"",
    "\"professionals\"",
    "\"begin\"",
    "\"nergens\"",
    "\"https://x.nl\"",
    "\"http://x.nl\"",
    "\"javascript:alert(1)\"",
    "\"<script>alert(1)</script>\"",
    "# comment",
    "=",
    "",
];

const TOML_KEYS: &[&str] = &[
    "id",
    "kind",
    "track",
    "title",
    "summary",
    "tags",
    "related",
    "sources",
    "start",
    "cast",
    "colour",
    "look",
    "age",
    "skin",
    "hair",
    "name",
    "role",
    "url",
    "[[cast]]",
    "[[sources]]",
    "[look]",
    "[cast]",
    "\"quoted key\"",
    "a.b",
    "",
];

const TRACKS: [Track; 3] = [Track::Jongeren, Track::Inwoners, Track::Professionals];
const LOCALES: [Locale; 2] = [Locale::Nl, Locale::En];

// ---------------------------------------------------------------------------------------------
// Small strategies
// ---------------------------------------------------------------------------------------------

fn pick(items: &'static [&'static str]) -> BoxedStrategy<String> {
    select(items).prop_map(str::to_owned).boxed()
}

fn track() -> impl Strategy<Value = Track> {
    select(&TRACKS[..])
}

fn locale() -> impl Strategy<Value = Locale> {
    select(&LOCALES[..])
}

fn syntax_char() -> BoxedStrategy<char> {
    prop_oneof![6 => select(SYNTAX_CHARS), 1 => any::<char>()].boxed()
}

/// A random mix of syntax characters, format tokens and XSS payloads.
fn soup(max: usize) -> BoxedStrategy<String> {
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
fn soup_line(max: usize) -> BoxedStrategy<String> {
    soup(max).prop_map(|s| s.replace(['\n', '\r'], " ")).boxed()
}

fn sentence() -> BoxedStrategy<String> {
    prop::collection::vec(pick(WORDS), 1..10)
        .prop_map(|w| w.join(" "))
        .boxed()
}

/// A short text as a beat, a label or a title would hold; `chaos` weighs the odd ones.
fn inline_text(chaos: u32) -> BoxedStrategy<String> {
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
fn one_line_xss() -> BoxedStrategy<String> {
    let one_line: Vec<&str> = XSS.iter().copied().filter(|x| !x.contains('\n')).collect();
    select(one_line).prop_map(str::to_owned).boxed()
}

/// Several lines of Markdown prose.
fn markdown(max_blocks: usize) -> BoxedStrategy<String> {
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
fn id_or(good: String, pool: &'static [&'static str], chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        100 => Just(good),
        chaos => prop_oneof![pick(pool), pick(BAD_IDS)],
    ]
    .boxed()
}

/// A fresh beat/question id (`@@` becomes `b1`, `b2`, … when the body is finished), or a
/// colliding or invalid one.
fn beat_id(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        200 => Just("@@".to_owned()),
        chaos => prop_oneof![pick(BAD_IDS), pick(SCENES)],
    ]
    .boxed()
}

/// Replaces each `@@` with a fresh id.
fn number_ids(body: &str) -> String {
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
fn indent(canonical: usize, chaos: u32) -> BoxedStrategy<String> {
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
fn gap(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        60 => Just("\n".to_owned()),
        chaos => pick(&["", "\n\n\n", "\n   \n"]),
    ]
    .boxed()
}

fn list_marker(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        200 => Just("- ".to_owned()),
        chaos => pick(&["* ", "-", "+ ", "1. ", "-\t", "—"]),
    ]
    .boxed()
}

// ---------------------------------------------------------------------------------------------
// Line mutations, applied to any generated text
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Mutation {
    DropLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    InsertLine(Index, String),
    IndentLine(Index, String),
    Splice(Index, String),
    Truncate(Index),
    CrLf,
    Bom,
}

fn mutation() -> BoxedStrategy<Mutation> {
    prop_oneof![
        3 => any::<Index>().prop_map(Mutation::DropLine),
        2 => any::<Index>().prop_map(Mutation::DuplicateLine),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        2 => (any::<Index>(), soup_line(12)).prop_map(|(i, s)| Mutation::InsertLine(i, s)),
        1 => (any::<Index>(), pick(&["  ", "\t", " ", "    "]))
            .prop_map(|(i, s)| Mutation::IndentLine(i, s)),
        3 => (any::<Index>(), soup(6)).prop_map(|(i, s)| Mutation::Splice(i, s)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        1 => Just(Mutation::CrLf),
        1 => Just(Mutation::Bom),
    ]
    .boxed()
}

/// Usually no mutation at all, so mostly valid inputs stay valid often enough.
fn mutations(max: usize) -> BoxedStrategy<Vec<Mutation>> {
    if max == 0 {
        return Just(Vec::new()).boxed();
    }
    prop_oneof![
        2 => Just(Vec::new()),
        1 => prop::collection::vec(mutation(), 1..=max),
    ]
    .boxed()
}

fn apply(text: &str, mutations: &[Mutation]) -> String {
    let mut text = text.to_owned();
    for m in mutations {
        let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        match m {
            Mutation::DropLine(i) => {
                lines.remove(i.index(lines.len()));
            }
            Mutation::DuplicateLine(i) => {
                let i = i.index(lines.len());
                lines.insert(i, lines[i].clone());
            }
            Mutation::SwapLines(a, b) => {
                let (a, b) = (a.index(lines.len()), b.index(lines.len()));
                lines.swap(a, b);
            }
            Mutation::InsertLine(i, s) => {
                let i = i.index(lines.len() + 1);
                lines.insert(i, s.clone());
            }
            Mutation::IndentLine(i, s) => {
                let i = i.index(lines.len());
                lines[i].insert_str(0, s);
            }
            Mutation::Splice(i, s) => {
                let at = char_boundary(&text, i);
                text.insert_str(at, s);
                continue;
            }
            Mutation::Truncate(i) => {
                let at = char_boundary(&text, i);
                text.truncate(at);
                continue;
            }
            Mutation::CrLf => {
                text = text.replace('\n', "\r\n");
                continue;
            }
            Mutation::Bom => {
                text.insert(0, '\u{feff}');
                continue;
            }
        }
        text = lines.join("\n");
    }
    text
}

fn char_boundary(text: &str, i: &Index) -> usize {
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(at, _)| at)
        .chain([text.len()])
        .collect();
    boundaries[i.index(boundaries.len())]
}

// ---------------------------------------------------------------------------------------------
// Front matter
// ---------------------------------------------------------------------------------------------

fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What a valid front matter is made of.
#[derive(Debug, Clone)]
struct Front {
    id: String,
    kind: String,
    track: String,
    title: String,
    summary: String,
    tags: bool,
    related: bool,
    start: Option<String>,
    sources: bool,
    cast: bool,
}

impl Front {
    fn lines(&self) -> Vec<String> {
        let mut l = vec![
            "+++".to_owned(),
            format!("id = {}", toml_string(&self.id)),
            format!("kind = {}", toml_string(&self.kind)),
            format!("track = {}", toml_string(&self.track)),
            format!("title = {}", toml_string(&self.title)),
            format!("summary = {}", toml_string(&self.summary)),
        ];
        if self.tags {
            l.push("tags = [\"legal\"]".to_owned());
        }
        if self.related {
            l.push("related = [\"jongeren-jouw-rechten\"]".to_owned());
        }
        if let Some(start) = &self.start {
            l.push(format!("start = {}", toml_string(start)));
        }
        if self.sources {
            l.extend([
                String::new(),
                "[[sources]]".to_owned(),
                "title = \"AVG, artikel 13\"".to_owned(),
                "url = \"https://eur-lex.europa.eu/eli/reg/2016/679/oj\"".to_owned(),
            ]);
        }
        if self.cast {
            l.extend([
                String::new(),
                "[[cast]]".to_owned(),
                "id = \"sam\"".to_owned(),
                "name = \"Sam\"".to_owned(),
                "role = \"jongere, 15 jaar\"".to_owned(),
                "look = { age = \"teen\", skin = 5, hair = \"curly\", colour = \"orange\" }"
                    .to_owned(),
                String::new(),
                "[[cast]]".to_owned(),
                "id = \"noor\"".to_owned(),
                "name = \"Noor\"".to_owned(),
                "role = \"medewerker van het wijkteam\"".to_owned(),
                "look = { age = \"adult\", skin = 2, hair = \"bun\", colour = \"teal\" }"
                    .to_owned(),
            ]);
        }
        l.push("+++".to_owned());
        l
    }
}

/// A valid front matter for `kind` on `track` (chaos 0), or a slightly odd one.
fn front(kind: &'static str, track: Track, chaos: u32) -> BoxedStrategy<Front> {
    let scenario = kind == "scenario";
    (
        id_or("jongeren-bij-het-wijkteam".to_owned(), &["a", "b-2"], chaos),
        prop_oneof![40 => Just(kind.to_owned()), chaos => pick(&["article", "scenario", "quiz", "checklist", "tool", "poem", "Scenario"])],
        prop_oneof![40 => Just(track.as_str().to_owned()), chaos => pick(&["jongeren", "inwoners", "professionals", "x"])],
        inline_text(chaos),
        inline_text(chaos),
        any::<bool>(),
        any::<bool>(),
        prop_oneof![
            4 => Just(None),
            1 => pick(SCENES).prop_map(Some),
            chaos => pick(BAD_IDS).prop_map(Some),
        ],
        prop_oneof![100 => Just(true), chaos => Just(false)],
        prop_oneof![100 => Just(scenario), chaos => Just(!scenario)],
    )
        .prop_map(
            move |(id, kind, track, title, summary, tags, related, start, sources, cast)| Front {
                id,
                kind,
                track,
                title: if title.trim().is_empty() { "Titel".into() } else { title },
                summary,
                tags,
                related,
                start: if scenario { start } else { None },
                sources,
                cast,
            },
        )
        .boxed()
}

#[derive(Debug, Clone)]
enum FrontMutation {
    Drop(Index),
    Duplicate(Index),
    Swap(Index, Index),
    ReplaceValue(Index, String),
    Insert(Index, String),
    RemoveClosingFence,
    FenceVariant(String),
}

fn front_mutation() -> BoxedStrategy<FrontMutation> {
    prop_oneof![
        3 => any::<Index>().prop_map(FrontMutation::Drop),
        2 => any::<Index>().prop_map(FrontMutation::Duplicate),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| FrontMutation::Swap(a, b)),
        4 => (any::<Index>(), prop_oneof![4 => pick(TOML_TOKENS), 1 => soup_line(10)])
            .prop_map(|(i, v)| FrontMutation::ReplaceValue(i, v)),
        3 => (any::<Index>(), pick(TOML_KEYS), pick(TOML_TOKENS))
            .prop_map(|(i, k, v)| FrontMutation::Insert(i, format!("{k} = {v}"))),
        1 => (any::<Index>(), soup_line(16)).prop_map(|(i, s)| FrontMutation::Insert(i, s)),
        1 => Just(FrontMutation::RemoveClosingFence),
        1 => pick(&["+++ ", "++++", " +++", "+++\r", "+++x", "---", "+++\u{feff}"])
            .prop_map(FrontMutation::FenceVariant),
    ]
    .boxed()
}

fn render_front(front: &Front, mutations: &[FrontMutation]) -> String {
    let mut lines = front.lines();
    for m in mutations {
        if lines.is_empty() {
            break;
        }
        let n = lines.len();
        match m {
            FrontMutation::Drop(i) => {
                lines.remove(i.index(n));
            }
            FrontMutation::Duplicate(i) => {
                let i = i.index(n);
                lines.insert(i, lines[i].clone());
            }
            FrontMutation::Swap(a, b) => lines.swap(a.index(n), b.index(n)),
            FrontMutation::ReplaceValue(i, v) => {
                let i = i.index(n);
                lines[i] = match lines[i].split_once('=') {
                    Some((key, _)) => format!("{key}= {v}"),
                    None => v.clone(),
                };
            }
            FrontMutation::Insert(i, line) => lines.insert(i.index(n + 1), line.clone()),
            FrontMutation::RemoveClosingFence => {
                if let Some(last) = lines.iter().rposition(|l| l == "+++") {
                    lines.remove(last);
                }
            }
            FrontMutation::FenceVariant(fence) => {
                let first = lines.iter().position(|l| l == "+++");
                let last = lines.iter().rposition(|l| l == "+++");
                if let Some(i) = if fence.len() % 2 == 0 { first } else { last } {
                    lines[i] = fence.clone();
                }
            }
        }
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

// ---------------------------------------------------------------------------------------------
// Scenario bodies
// ---------------------------------------------------------------------------------------------

/// A target: usually the next scene (so the story can end), sometimes any scene of the
/// scenario (loops, unreachable scenes), sometimes one that does not exist.
fn target(i: usize, n: usize, chaos: u32) -> BoxedStrategy<String> {
    let next = SCENES[(i + 1).min(n - 1)].to_owned();
    prop_oneof![
        30 => Just(next),
        10 => select(&SCENES[..n]).prop_map(str::to_owned),
        chaos => prop_oneof![pick(SCENES), pick(&["nergens", "Begin", "", "b1", "begin "])],
    ]
    .boxed()
}

fn cast_id(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![100 => pick(CAST), chaos => pick(BAD_CAST)].boxed()
}

/// What stands between the beat id and the colon.
fn who(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        10 => Just("narrator".to_owned()),
        10 => cast_id(chaos),
        5 => cast_id(chaos).prop_map(|c| format!("{c} thinks")),
        4 => (cast_id(chaos), prop_oneof![10 => pick(&["helper", "gemeente"]), chaos => pick(&["x", "politie", "Helper", ""])])
            .prop_map(|(c, p)| format!("{c} pet {p}")),
        4 => (
            prop_oneof![100 => pick(&["sam noor", "noor sam"]), chaos => (cast_id(chaos), cast_id(chaos)).prop_map(|(a, b)| format!("{a} {b}"))],
            pick(&["gives", "asks"]),
        )
            .prop_map(|(pair, v)| pair.replacen(' ', &format!(" {v} "), 1)),
        chaos => prop_oneof![
            pick(&["sam shouts", "", "sam noor", "narrator thinks", "choice x", "sam pet", "sam gives", "sam gives noor extra", "sam gives sam"]),
            soup_line(8),
        ],
    ]
    .boxed()
}

fn beat(chaos: u32) -> BoxedStrategy<String> {
    (
        indent(0, chaos),
        list_marker(chaos),
        beat_id(chaos),
        who(chaos),
        prop_oneof![40 => Just(": ".to_owned()), chaos => pick(&[":", " ", "", "::", ": :"])],
        inline_text(chaos),
        prop::option::weighted(0.15, (indent(2, chaos), inline_text(chaos))),
    )
        .prop_map(|(ind, marker, id, who, colon, text, more)| {
            let mut s = format!("{ind}{marker}`{id}` {who}{colon}{text}");
            if let Some((ind, more)) = more {
                s.push_str(&format!("\n{ind}{more}"));
            }
            s
        })
        .boxed()
}

fn choice(i: usize, n: usize, chaos: u32) -> BoxedStrategy<String> {
    let option = (
        indent(2, chaos),
        list_marker(chaos),
        inline_text(chaos),
        prop_oneof![40 => Just("](#".to_owned()), chaos => pick(&["](", "] (#", "](#)", "]"])],
        target(i, n, chaos),
        prop_oneof![20 => Just(") ".to_owned()), 5 => Just(")".to_owned()), chaos => pick(&[") —", "):", "", "))"])],
        inline_text(chaos),
        prop::option::weighted(0.3, (indent(4, chaos), inline_text(chaos))),
    )
        .prop_map(|(ind, marker, label, open, target, close, feedback, more)| {
            let mut s = format!("{ind}{marker}[{label}{open}{target}{close}{feedback}");
            if let Some((ind, more)) = more {
                s.push_str(&format!("\n{ind}{more}"));
            }
            s
        });
    (
        indent(0, chaos),
        beat_id(chaos),
        inline_text(chaos),
        prop_oneof![
            100 => prop::collection::vec(option.clone(), 2..=3),
            chaos => prop::collection::vec(option, 0..=5),
        ],
        gap(chaos),
    )
        .prop_map(|(ind, id, prompt, options, gap)| {
            let mut s = format!("{ind}- `{id}` choice: {prompt}");
            for o in options {
                s.push('\n');
                s.push_str(&o);
            }
            if gap.len() > 1 {
                // A blank line inside the options, as authors sometimes leave.
                s = s.replacen("\n  -", "\n\n  -", 1);
            }
            s
        })
        .boxed()
}

fn learned(chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        100 => prop::collection::vec(inline_text(chaos), 1..3)
            .prop_map(|items| format!("Learned:\n{}", items.iter().map(|t| format!("- {t}")).collect::<Vec<_>>().join("\n"))),
        chaos => pick(&["Learned:", "Learned: iets", "", "Learned:\n-", "Learned :\n- a"]),
    ]
    .boxed()
}

fn sources(chaos: u32) -> BoxedStrategy<String> {
    let source = prop_oneof![
        100 => Just("- [AVG, artikel 5](https://eur-lex.europa.eu/eli/reg/2016/679/oj)".to_owned()),
        chaos => pick(&[
            "- [AVG](http://x.nl)",
            "- [](https://x.nl)",
            "- [AVG](javascript:alert(1))",
            "- AVG",
            "- [AVG](https://x.nl) extra",
            "- [<script>alert(1)</script>](https://x.nl)",
            "- [AVG](https://x.nl\" onclick=\"alert(1))",
        ]),
    ];
    prop_oneof![
        100 => prop::collection::vec(source, 1..3).prop_map(|s| format!("Sources:\n{}", s.join("\n"))),
        chaos => pick(&["Sources:", "", "Sources:\n- ", "Sources: [AVG](https://x.nl)"]),
    ]
    .boxed()
}

fn heading(keyword: String, id: String, title: String, chaos: u32) -> BoxedStrategy<String> {
    let odd = [
        format!("## {keyword} {id}: {title}"),
        format!("## {keyword} `{id}` {title}"),
        format!("## {keyword}`{id}`: {title}"),
        format!("##{keyword} `{id}`: {title}"),
        format!("## {keyword} `{id}`:"),
        format!("## {keyword} `{id}"),
        format!("### {keyword} `{id}`: {title}"),
        format!("# {keyword} `{id}`: {title}"),
        format!("##  {keyword}  `{id}` :  {title}  "),
    ];
    prop_oneof![
        100 => Just(format!("## {keyword} `{id}`: {title}")),
        chaos => select(odd.to_vec()),
    ]
    .boxed()
}

/// Paragraphs that may stand anywhere in a scene when things go wrong.
fn stray(i: usize, n: usize, chaos: u32) -> BoxedStrategy<String> {
    prop_oneof![
        1 => target(i, n, chaos).prop_map(|t| format!("Next: `{t}`")),
        1 => target(i, n, chaos).prop_map(|t| format!("Next: {t}")),
        1 => inline_text(chaos).prop_map(|t| format!("Setting: {t}")),
        1 => learned(chaos),
        1 => sources(chaos),
        1 => inline_text(chaos),
        1 => inline_text(chaos).prop_map(|t| format!("   {t}")),
        1 => soup(20),
    ]
    .boxed()
}

/// Scene `i` of `n`; the last is an ending.
fn scene(i: usize, n: usize, chaos: u32) -> BoxedStrategy<String> {
    let last = i + 1 == n;
    let keyword = if last {
        prop_oneof![40 => Just("Ending".to_owned()), chaos => pick(&["Scene", "Question", "ending", "Term"])].boxed()
    } else {
        prop_oneof![40 => Just("Scene".to_owned()), chaos => pick(&["Ending", "Item", "Scène", ""])]
            .boxed()
    };
    let title = prop_oneof![20 => sentence(), chaos => inline_text(chaos)];
    let head = (keyword, id_or(SCENES[i].to_owned(), SCENES, chaos), title)
        .prop_flat_map(move |(k, id, t)| (Just(k.clone()), heading(k, id, t, chaos)));
    let exit = prop_oneof![
        2 => target(i, n, chaos).prop_map(|t| format!("Next: `{t}`")),
        2 => choice(i, n, chaos),
    ];
    (
        head,
        prop::option::weighted(
            0.5,
            inline_text(chaos).prop_map(|t| format!("Setting: {t}")),
        ),
        prop::collection::vec(beat(chaos), 0..4),
        exit,
        learned(chaos),
        sources(chaos),
        prop_oneof![
            100 => Just(Vec::new()),
            chaos => prop::collection::vec(stray(i, n, chaos), 1..=2),
        ],
        gap(chaos),
        gap(chaos),
    )
        .prop_map(
            |((keyword, heading), setting, beats, exit, learned, sources, strays, g1, g2)| {
                let mut blocks = vec![heading];
                blocks.extend(setting);
                if !beats.is_empty() {
                    blocks.push(beats.join("\n"));
                }
                if keyword == "Ending" {
                    blocks.push(learned);
                    blocks.push(sources);
                } else {
                    blocks.push(exit);
                }
                blocks.extend(strays);
                let mut s = String::new();
                for (k, b) in blocks.iter().enumerate() {
                    s.push_str(b);
                    s.push('\n');
                    s.push_str(if k % 2 == 0 { &g1 } else { &g2 });
                }
                s
            },
        )
        .boxed()
}

/// A scenario body: an intro and up to five scenes linked from first to last, with `chaos`
/// weighing every deviation from a valid scenario.
fn scenario_body(chaos: u32) -> BoxedStrategy<String> {
    (1usize..=SCENES.len())
        .prop_flat_map(move |n| {
            let scenes: Vec<BoxedStrategy<String>> = (0..n).map(|i| scene(i, n, chaos)).collect();
            (
                prop_oneof![3 => markdown(3), 1 => Just(String::new())],
                scenes,
                any::<bool>(),
            )
        })
        .prop_map(|(intro, mut scenes, reverse)| {
            if reverse && scenes.len() > 2 {
                // Endings and scenes in a different order than they are reached.
                scenes.swap(0, 1);
            }
            number_ids(&format!("{intro}\n\n{}", scenes.concat()))
        })
        .boxed()
}

// ---------------------------------------------------------------------------------------------
// Quiz, checklist and glossary bodies
// ---------------------------------------------------------------------------------------------

fn answer(quiz: bool, chaos: u32) -> BoxedStrategy<String> {
    let mark = if quiz {
        prop_oneof![
            100 => Just("[ ] ".to_owned()),
            100 => Just("[x] ".to_owned()),
            20 => Just("[X] ".to_owned()),
            chaos => pick(&["", "[x]", "[]", "[ x] ", "[y] "]),
        ]
        .boxed()
    } else {
        prop_oneof![200 => Just(String::new()), chaos => pick(&["[x] ", "[ ] ", "[ ]", "[X] "])]
            .boxed()
    };
    let explanation = prop_oneof![
        if quiz { 100 } else { 50 } => (indent(2, chaos), inline_text(chaos))
            .prop_map(|(i, t)| Some(format!("{i}{t}"))),
        if quiz { chaos } else { 50 } => Just(None),
        chaos => prop_oneof![
            (indent(2, chaos), inline_text(chaos), inline_text(chaos))
                .prop_map(|(i, a, b)| Some(format!("{i}{a}\n\n{i}{b}"))),
            inline_text(chaos).prop_map(|t| Some(format!("  - {t}"))),
            inline_text(chaos).prop_map(|t| Some(format!("\t{t}"))),
        ],
    ];
    (
        indent(0, chaos),
        list_marker(chaos),
        mark,
        inline_text(chaos),
        explanation,
    )
        .prop_map(|(ind, marker, mark, label, explanation)| {
            let mut s = format!("{ind}{marker}{mark}{label}");
            if let Some(e) = explanation {
                s.push('\n');
                s.push_str(&e);
            }
            s
        })
        .boxed()
}

/// One `## Question` (quiz) or `## Item` (checklist) section.
fn prompt_section(quiz: bool, chaos: u32) -> BoxedStrategy<String> {
    let keyword = if quiz {
        prop_oneof![40 => Just("Question".to_owned()), chaos => pick(&["Item", "Vraag", "Scene", ""])].boxed()
    } else {
        prop_oneof![40 => Just("Item".to_owned()), chaos => pick(&["Question", "Punt", "Term", ""])]
            .boxed()
    };
    let head = (keyword, beat_id(chaos), inline_text(chaos))
        .prop_flat_map(move |(k, id, t)| heading(k, id, t, chaos));
    (
        head,
        prop::collection::vec(inline_text(chaos), 0..=2),
        prop_oneof![
            100 => prop::collection::vec(answer(quiz, chaos), 2..=4),
            chaos => prop::collection::vec(answer(quiz, chaos), 0..=6),
        ],
        prop_oneof![
            100 => Just(Vec::new()),
            chaos => prop::collection::vec(
                prop_oneof![inline_text(chaos), answer(quiz, chaos), soup(12)],
                1..=2,
            ),
        ],
        gap(chaos),
    )
        .prop_map(|(head, context, answers, trailing, gap)| {
            let mut s = format!("{head}\n{gap}");
            for c in context {
                s.push_str(&c);
                s.push_str("\n\n");
            }
            s.push_str(&answers.join(&format!("\n{}", if gap.len() > 1 { "\n" } else { "" })));
            s.push('\n');
            for t in trailing {
                s.push('\n');
                s.push_str(&t);
                s.push('\n');
            }
            s.push('\n');
            s
        })
        .boxed()
}

fn prompt_body(quiz: bool, chaos: u32) -> BoxedStrategy<String> {
    (
        prop_oneof![3 => Just(String::new()), 1 => markdown(3)],
        prop_oneof![
            100 => prop::collection::vec(prompt_section(quiz, chaos), 1..=4),
            chaos => prop::collection::vec(prompt_section(quiz, chaos), 0..=1),
        ],
    )
        .prop_map(|(intro, sections)| number_ids(&format!("{intro}\n\n{}", sections.concat())))
        .boxed()
}

fn term_section(chaos: u32) -> BoxedStrategy<String> {
    let keyword =
        prop_oneof![40 => Just("Term".to_owned()), chaos => pick(&["Woord", "term", "Scene", ""])];
    let id = prop_oneof![
        20 => Just("@@".to_owned()),
        5 => pick(&["avg", "bsn", "wmo", "jeugdwet"]),
        chaos => pick(BAD_IDS),
    ];
    let head = (
        keyword,
        id,
        prop_oneof![20 => pick(&["AVG", "BSN", "Wmo", "Één loket"]), chaos => inline_text(chaos)],
    )
        .prop_flat_map(move |(k, id, t)| heading(k, id, t, chaos));
    let block = prop_oneof![
        20 => inline_text(chaos),
        5 => prop::collection::vec(pick(&["GDPR", "Algemene verordening", "", " ", "AVG,", "a,,b"]), 1..4)
            .prop_map(|w| format!("Also: {}", w.join(", "))),
        chaos => Just("Also:".to_owned()),
        chaos => Just("Also: , ,".to_owned()),
        chaos => prop::collection::vec(inline_text(chaos), 1..3)
            .prop_map(|items| items.iter().map(|t| format!("- {t}")).collect::<Vec<_>>().join("\n")),
        chaos => inline_text(chaos).prop_map(|t| format!("  {t}")),
        chaos => soup(16),
    ];
    (head, prop::collection::vec(block, 0..=3), gap(chaos))
        .prop_map(|(head, blocks, gap)| {
            let mut s = format!("{head}\n{gap}");
            for b in blocks {
                s.push_str(&b);
                s.push('\n');
                s.push_str(&gap);
            }
            s
        })
        .boxed()
}

fn glossary(chaos: u32) -> BoxedStrategy<String> {
    (
        prop_oneof![
            10 => Just("# Begrippen\n\n".to_owned()),
            5 => Just(String::new()),
            chaos => pick(&["Los.\n\n", "# Begrippen\nLos.\n", "\u{feff}# Begrippen\n", "## Begrippen\n", "+++\nid = \"x\"\n+++\n"]),
        ],
        prop::collection::vec(term_section(chaos), 0..=5),
    )
        .prop_map(|(intro, terms)| number_ids(&format!("{intro}{}", terms.concat())))
        .boxed()
}

// ---------------------------------------------------------------------------------------------
// Real content as seeds
// ---------------------------------------------------------------------------------------------

/// The content files in the repository (and the full README example), read once; a few
/// built-in pages when the folder cannot be read.
fn seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let mut out = Vec::new();
        let mut dirs = vec![root.clone()];
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
            entries.sort();
            for path in entries {
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "md") {
                    if let Ok(text) = std::fs::read_to_string(&path) {
                        if path.file_name().is_some_and(|n| n == "README.md") {
                            // Every Markdown example in the authoring guide.
                            for block in text.split("```markdown\n").skip(1) {
                                if let Some(code) = block.split("\n```").next() {
                                    out.push(code.to_owned());
                                }
                            }
                        } else {
                            out.push(text);
                        }
                    }
                }
            }
        }
        if out.is_empty() {
            out.push(render_front(
                &Front {
                    id: "a".into(),
                    kind: "article".into(),
                    track: "jongeren".into(),
                    title: "T".into(),
                    summary: "S".into(),
                    tags: false,
                    related: false,
                    start: None,
                    sources: true,
                    cast: false,
                },
                &[],
            ));
        }
        out
    })
}

// ---------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------

/// Substrings that must never appear in sanitised HTML, whatever the case. Text is escaped
/// (`<` becomes `&lt;`), so any of these would be real markup.
const FORBIDDEN: &[&str] = &[
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
fn decode_entities(value: &str) -> String {
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
fn normalised_url(value: &str) -> String {
    decode_entities(value)
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase()
}

fn is_safe_href(value: &str) -> bool {
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
enum Scan {
    /// Nothing that can run script or load anything: only allowlisted elements, none of the
    /// [`FORBIDDEN`] substrings, no event handler, no attribute that loads or styles
    /// ([`LOADING_ATTRIBUTES`]), and every `href` a safe scheme or an in-app route.
    Safe,
    /// [`Scan::Safe`], and exactly what `markdown.rs` declares: `href` and `rel` (`noopener
    /// noreferrer`) on links, `align` on table cells, and no attribute value anywhere that is a
    /// `javascript:`, `vbscript:` or `data:` URL.
    Allowlist,
}

/// Attributes that load, navigate, style or submit.
const LOADING_ATTRIBUTES: &[&str] = &[
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
fn html_problem(html: &str, scan: Scan) -> Result<(), String> {
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
                let declared = matches!(
                    (name.as_str(), attr.as_str()),
                    ("a", "href" | "rel") | ("th" | "td", "align")
                );
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

fn check_html(html: &str, what: &str) -> Result<(), TestCaseError> {
    check_html_at(html, what, Scan::Safe)
}

fn check_html_at(html: &str, what: &str, scan: Scan) -> Result<(), TestCaseError> {
    match html_problem(html, scan) {
        Ok(()) => Ok(()),
        Err(problem) => Err(TestCaseError::fail(format!(
            "{scan:?} scan of {what}: {problem}\nin: {html:?}"
        ))),
    }
}

fn check_diagnostics(input: &str, diagnostics: &Diagnostics) -> Result<(), TestCaseError> {
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
const HTML_KEYS: &[&str] = &[
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

fn check_json_html(value: &serde_json::Value, key: Option<&str>) -> Result<(), TestCaseError> {
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

fn walk<'a>(
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

fn check_scenario(s: &Scenario) -> Result<(), TestCaseError> {
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

fn check_quiz(q: &Quiz) -> Result<(), TestCaseError> {
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

fn check_checklist(c: &Checklist) -> Result<(), TestCaseError> {
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
fn check_page(
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

fn check_score(text: &str, locale: Locale) -> Result<(), TestCaseError> {
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

fn check_glossary(input: &str, locale: Locale) -> Result<(), TestCaseError> {
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

fn check_markdown(input: &str, scan: Scan) -> Result<(), TestCaseError> {
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
fn check_everything(input: &str, track: Track, locale: Locale) -> Result<(), TestCaseError> {
    let (page, diagnostics) = compile_page_text(input, locale, track);
    check_page(input, page.as_ref(), &diagnostics, track, locale)?;
    check_glossary(input, locale)?;
    check_markdown(input, Scan::Safe)?;
    let _ = page_id(input);
    check_score(input, locale)?;
    Ok(())
}

fn compile_and_check(input: &str, track: Track, locale: Locale) -> Result<(), TestCaseError> {
    let (page, diagnostics) = compile_page_text(input, locale, track);
    check_page(input, page.as_ref(), &diagnostics, track, locale)
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

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
        "<table><thead><tr><th align=\"center\">a</th></tr></thead></table>",
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
