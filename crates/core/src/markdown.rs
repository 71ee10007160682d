//! Markdown to HTML, in one place: the parser options are fixed here, and every byte of HTML
//! leaves through the sanitiser — our own content included, so a slip in a content file can
//! never run script in the web view.

use std::collections::HashSet;
use std::sync::OnceLock;

use pulldown_cmark::{html, Options, Parser};

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
            .url_relative(ammonia::UrlRelative::Deny)
            .link_rel(Some("noopener noreferrer"));
        b
    })
}

/// Renders Markdown to sanitised HTML.
pub fn to_safe_html(markdown: &str) -> String {
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(markdown, options()));
    sanitise(&raw)
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
    fn level_one_headings_are_reserved_for_the_page_title() {
        check("# Titel", "Titel");
    }
}
