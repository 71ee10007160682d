//! Plain text from the sanitised HTML the compiler produced, for readability and search.
//! The input is always our own sanitiser's output, so a small tag scanner is enough: no
//! comments, no scripts, attributes quoted.

/// Tags whose end closes a block; a sentence ends there even without a full stop.
const BLOCK_ENDS: &[&str] = &[
    "/p",
    "/li",
    "/h2",
    "/h3",
    "/h4",
    "/td",
    "/th",
    "/blockquote",
    "/pre",
    "br",
    "br/",
    "hr",
];

pub(super) fn from_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        push_text(&mut out, &rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[open + 1..open + close].trim();
        let name = tag.split_whitespace().next().unwrap_or_default();
        if BLOCK_ENDS.contains(&name) {
            let kept = out.trim_end().len();
            out.truncate(kept);
            if !out.is_empty() {
                out.push_str("\n\n");
            }
        }
        rest = &rest[open + close + 1..];
    }
    push_text(&mut out, rest);
    out.trim().to_owned()
}

fn push_text(out: &mut String, text: &str) {
    let decoded = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    for c in decoded.chars() {
        if c == '\n' {
            if !out.ends_with(char::is_whitespace) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_words_and_marks_blocks() {
        assert_eq!(
            from_html("<h2>Kop</h2>\n<p>Een <strong>vette</strong> &amp; <a href=\"#/page/a\">link</a>\nloopt.</p>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>"),
            "Kop\n\nEen vette & link loopt.\n\neen\n\ntwee"
        );
        assert_eq!(from_html("Hoi <em>Sam</em>"), "Hoi Sam");
        assert_eq!(
            from_html("a &lt;b&gt; &quot;c&quot; &#39;d&#39;"),
            "a <b> \"c\" 'd'"
        );
        assert_eq!(from_html("kapot <p"), "kapot");
    }
}
