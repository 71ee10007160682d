//! The few words around a match, cut from the original text so the user sees their own
//! language (case, diacritics, punctuation), never the stems.

use std::ops::Range;

use super::query::Query;
use super::text::{fold, word_spans, Analyzer};
use super::SnippetPart;

/// Words shown in a snippet, and how many of them come before the first match: enough to
/// read the match in context, short enough for one or two lines of a result list.
const WINDOW_WORDS: usize = 24;
const WORDS_BEFORE: usize = 8;

const ELLIPSIS: &str = "…";

/// The snippet for a hit, from the first field in body, summary, title that has a match.
pub(crate) fn snippet(
    query: &Query,
    analyzer: &Analyzer,
    title: &str,
    summary: &str,
    body: &str,
) -> Vec<SnippetPart> {
    let is_match = |text: &str, span: &Range<usize>| {
        let folded = text.get(span.clone()).map(fold).unwrap_or_default();
        !folded.is_empty() && query.matches(&folded, &analyzer.stem(&folded))
    };
    for text in [body, summary, title] {
        let spans = word_spans(text);
        if let Some(first) = spans.iter().position(|s| is_match(text, s)) {
            return window(text, &spans, first, |s| is_match(text, s));
        }
    }
    // A hit always matched somewhere, but should the rules ever disagree, the start of the
    // summary still tells the user what the page is about.
    let text = if summary.trim().is_empty() {
        body
    } else {
        summary
    };
    window(text, &word_spans(text), 0, |_| false)
}

/// About [`WINDOW_WORDS`] whole words of `text` around word `first`, with the matched words
/// as marked parts and an ellipsis where the text was cut.
fn window(
    text: &str,
    spans: &[Range<usize>],
    first: usize,
    is_match: impl Fn(&Range<usize>) -> bool,
) -> Vec<SnippetPart> {
    let end = first
        .saturating_sub(WORDS_BEFORE)
        .saturating_add(WINDOW_WORDS)
        .min(spans.len());
    // Near the end of the text, show more words before the match rather than fewer words.
    let start = end.saturating_sub(WINDOW_WORDS).min(first);
    let last = end.checked_sub(1).and_then(|i| spans.get(i));
    let (Some(first_word), Some(last_word)) = (spans.get(start), last) else {
        return Vec::new();
    };
    let cut_before = start > 0;
    let cut_after = end < spans.len();
    let from = if cut_before { first_word.start } else { 0 };
    let to = if cut_after { last_word.end } else { text.len() };

    let mut parts = Vec::new();
    if cut_before {
        parts.push(part(ELLIPSIS, false));
    }
    let mut cursor = from;
    for span in spans.get(start..end).unwrap_or_default() {
        if !is_match(span) {
            continue;
        }
        push_text(&mut parts, text, cursor..span.start, false);
        push_text(&mut parts, text, span.clone(), true);
        cursor = span.end;
    }
    push_text(&mut parts, text, cursor..to, false);
    if cut_after {
        parts.push(part(ELLIPSIS, false));
    }
    parts
}

fn push_text(parts: &mut Vec<SnippetPart>, text: &str, range: Range<usize>, mark: bool) {
    match text.get(range) {
        Some(s) if !s.is_empty() => parts.push(part(s, mark)),
        _ => {}
    }
}

fn part(text: &str, mark: bool) -> SnippetPart {
    SnippetPart {
        text: text.to_owned(),
        mark,
    }
}
