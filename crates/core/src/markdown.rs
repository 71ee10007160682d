//! Markdown to HTML, in one place: the parser options are fixed here, and every byte of HTML
//! leaves through the sanitiser — our own content included, so a slip in a content file can
//! never run script in the web view.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag};

use crate::content::is_valid_page_id;

/// Authors link to another page by its id: `[tekst](id:jongeren-jouw-rechten)`. Ids, not file
/// paths, so a page can move or be renamed without breaking links to it.
pub const PAGE_LINK_PREFIX: &str = "id:";

/// Authors link a word to its glossary entry: `[AVG](term:avg)`; the app explains it on tap.
pub const TERM_LINK_PREFIX: &str = "term:";

/// What an authored link points at inside the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentLink {
    Page(String),
    Term(String),
}

impl ContentLink {
    fn parse(url: &str) -> Option<Self> {
        if let Some(id) = url.strip_prefix(PAGE_LINK_PREFIX) {
            Some(ContentLink::Page(id.to_owned()))
        } else {
            url.strip_prefix(TERM_LINK_PREFIX)
                .map(|id| ContentLink::Term(id.to_owned()))
        }
    }

    /// The app route the link becomes.
    pub fn route(&self) -> String {
        match self {
            ContentLink::Page(id) => page_route(id),
            ContentLink::Term(id) => format!("{TERM_ROUTE}{id}"),
        }
    }
}

const PAGE_ROUTE: &str = "#/page/";
const TERM_ROUTE: &str = "#/term/";

/// Where a page link points inside the app (the UI's route for a page).
pub fn page_route(id: &str) -> String {
    format!("{PAGE_ROUTE}{id}")
}

fn is_content_route(url: &str) -> bool {
    [PAGE_ROUTE, TERM_ROUTE]
        .iter()
        .any(|route| url.strip_prefix(route).is_some_and(is_valid_page_id))
}

/// The only relative URLs that survive sanitising are routes to pages and glossary terms;
/// every other relative URL (a file path, `../x`, a bare fragment) is removed.
fn keep_content_routes(url: &str) -> Option<Cow<'_, str>> {
    is_content_route(url).then_some(Cow::Borrowed(url))
}

/// The only elements that may reach the web view: text structure, links and tables. No
/// script, style, iframe, image, svg or math, whatever the source says.
pub const ALLOWED_TAGS: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "del",
    "a",
    "blockquote",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "br",
    "hr",
];

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

fn sanitiser() -> &'static ammonia::Builder<'static> {
    static SANITISER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    SANITISER.get_or_init(|| {
        let tags: HashSet<&str> = ALLOWED_TAGS.iter().copied().collect();
        let mut b = ammonia::Builder::empty();
        // `empty()` clears only the tags; ammonia's default attributes (`cite`, `title`,
        // `lang`, table attributes…) would otherwise pass unchecked values through.
        b.tags(tags)
            .generic_attributes(HashSet::new())
            .tag_attributes(HashMap::new())
            .add_tag_attributes("a", ["href"])
            .url_schemes(["https", "mailto", "tel"].into_iter().collect())
            .url_relative(ammonia::UrlRelative::Custom(Box::new(keep_content_routes)))
            .link_rel(Some("noopener noreferrer"));
        b
    })
}

/// Renders Markdown to sanitised HTML; page and term links become in-app routes.
pub fn to_safe_html(markdown: &str) -> String {
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    let events = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest_url = match ContentLink::parse(&dest_url) {
                Some(link) => CowStr::from(link.route()),
                None => dest_url,
            };
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        other => other,
    });
    html::push_html(&mut raw, events);
    sanitise(&raw)
}

/// Renders one short piece of text (a line in a scenario, a quiz option) without the
/// paragraph around it, so the UI can place it inside its own element.
pub fn to_safe_inline_html(markdown: &str) -> String {
    let html = to_safe_html(markdown);
    let trimmed = html.trim();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|rest| rest.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_owned(),
        _ => trimmed.to_owned(),
    }
}

/// Every page and term link in `markdown`, with the byte offset where the link starts.
pub fn content_links(markdown: &str) -> Vec<(ContentLink, usize)> {
    Parser::new_ext(markdown, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                ContentLink::parse(&dest_url).map(|link| (link, range.start))
            }
            _ => None,
        })
        .collect()
}

/// Cleans HTML from any source down to the allowlist.
pub fn sanitise(html: &str) -> String {
    sanitiser().clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(to_safe_html(input).trim(), expected, "for {input:?}");
    }

    #[test]
    fn renders_ordinary_markdown() {
        check(
            "## Kop\n\nTekst met **nadruk**.",
            "<h2>Kop</h2>\n<p>Tekst met <strong>nadruk</strong>.</p>",
        );
        check("- een\n- twee", "<ul>\n<li>een</li>\n<li>twee</li>\n</ul>");
        check(
            "[AP](https://autoriteitpersoonsgegevens.nl)",
            "<p><a href=\"https://autoriteitpersoonsgegevens.nl\" rel=\"noopener noreferrer\">AP</a></p>",
        );
    }

    #[test]
    fn strips_everything_that_could_run_or_load() {
        check("<script>alert(1)</script>", "");
        check("<style>p{}</style>x", "x");
        check("<iframe src=\"https://x.nl\"></iframe>", "");
        check("<svg><circle/></svg>", "<p></p>");
        check("<math><mi>x</mi></math>", "<p></p>");
        check(
            "[x](javascript:alert(1))",
            "<p><a rel=\"noopener noreferrer\">x</a></p>",
        );
        check(
            "[x](data:text/html,hi)",
            "<p><a rel=\"noopener noreferrer\">x</a></p>",
        );
        check("![img](https://tracker.example/p.gif)", "<p></p>");
        check("<p onclick=\"x()\">hi</p>", "<p>hi</p>");
        check(
            "<blockquote cite=\"javascript:alert(1)\" title=\"t\" lang=\"data:x\">x</blockquote>",
            "<blockquote>x</blockquote>",
        );
        check("<hr width=\"javascript:1\">", "<hr>");
    }

    #[test]
    fn page_links_become_routes_and_other_relative_links_disappear() {
        check(
            "[rechten](id:jongeren-jouw-rechten)",
            "<p><a href=\"#/page/jongeren-jouw-rechten\" rel=\"noopener noreferrer\">rechten</a></p>",
        );
        check(
            "[x](../inwoners/a.md)",
            "<p><a rel=\"noopener noreferrer\">x</a></p>",
        );
        check("[x](#top)", "<p><a rel=\"noopener noreferrer\">x</a></p>");
        check(
            "[x](id:Bad%20Id)",
            "<p><a rel=\"noopener noreferrer\">x</a></p>",
        );
        check(
            "<a href=\"#/page/x\" onclick=\"y()\">x</a>",
            "<p><a href=\"#/page/x\" rel=\"noopener noreferrer\">x</a></p>",
        );
    }

    #[test]
    fn finds_page_and_term_links_with_their_offsets() {
        let md = "Zie [a](id:a) en\n[b](term:b), niet [c](https://c.nl).";
        assert_eq!(
            content_links(md),
            [
                (ContentLink::Page("a".into()), 4),
                (ContentLink::Term("b".into()), 17)
            ]
        );
    }

    #[test]
    fn term_links_become_routes() {
        check(
            "De [AVG](term:avg) geldt.",
            "<p>De <a href=\"#/term/avg\" rel=\"noopener noreferrer\">AVG</a> geldt.</p>",
        );
        check(
            "<a href=\"#/term/Bad Id\">x</a>",
            "<p><a rel=\"noopener noreferrer\">x</a></p>",
        );
    }

    #[test]
    fn inline_html_drops_only_a_single_wrapping_paragraph() {
        assert_eq!(
            to_safe_inline_html("Hoi **Sam**"),
            "Hoi <strong>Sam</strong>"
        );
        assert_eq!(
            to_safe_inline_html("een\n\ntwee"),
            "<p>een</p>\n<p>twee</p>"
        );
        assert_eq!(to_safe_inline_html("<script>x</script>"), "");
    }

    #[test]
    fn level_one_headings_are_reserved_for_the_page_title() {
        check("# Titel", "Titel");
    }
}
