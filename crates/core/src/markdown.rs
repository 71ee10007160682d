//! Markdown to HTML, in one place: the parser options are fixed here, and every byte of HTML
//! leaves through the sanitiser — our own content included, so a slip in a content file can
//! never run script in the web view.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag};

use crate::content::is_valid_page_id;

/// Authors link to another page by its id: `[tekst](id:jongeren-jouw-rechten)`. Ids, not file
/// paths, so a page can move or be renamed without breaking links to it.
pub const PAGE_LINK_PREFIX: &str = "id:";

/// Where a page link points inside the app (the UI's route for a page).
pub fn page_route(id: &str) -> String {
    format!("#/page/{id}")
}

fn is_page_route(url: &str) -> bool {
    url.strip_prefix("#/page/").is_some_and(is_valid_page_id)
}

/// The only relative URLs that survive sanitising are routes to pages; every other relative
/// URL (a file path, `../x`, a bare fragment) is removed.
fn keep_page_routes(url: &str) -> Option<Cow<'_, str>> {
    is_page_route(url).then_some(Cow::Borrowed(url))
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

fn sanitiser() -> &'static ammonia::Builder<'static> {
    static SANITISER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    SANITISER.get_or_init(|| {
        let tags: HashSet<&str> = [
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
        ]
        .into_iter()
        .collect();
        let mut b = ammonia::Builder::empty();
        b.tags(tags)
            .add_tag_attributes("a", ["href"])
            .add_tag_attributes("th", ["align"])
            .add_tag_attributes("td", ["align"])
            .url_schemes(["https", "mailto", "tel"].into_iter().collect())
            .url_relative(ammonia::UrlRelative::Custom(Box::new(keep_page_routes)))
            .link_rel(Some("noopener noreferrer"));
        b
    })
}

/// Renders Markdown to sanitised HTML; page links become in-app routes.
pub fn to_safe_html(markdown: &str) -> String {
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    let events = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest_url = match dest_url.strip_prefix(PAGE_LINK_PREFIX) {
                Some(page) => CowStr::from(page_route(page)),
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

/// Every page link in `markdown`: the id it names and the byte offset where the link starts.
pub fn page_links(markdown: &str) -> Vec<(String, usize)> {
    Parser::new_ext(markdown, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. }) => dest_url
                .strip_prefix(PAGE_LINK_PREFIX)
                .map(|id| (id.to_owned(), range.start)),
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
    fn finds_page_links_with_their_offsets() {
        let md = "Zie [a](id:a) en\n[b](id:b), niet [c](https://c.nl).";
        assert_eq!(
            page_links(md),
            [("a".to_string(), 4), ("b".to_string(), 17)]
        );
    }

    #[test]
    fn level_one_headings_are_reserved_for_the_page_title() {
        check("# Titel", "Titel");
    }
}
