//! E-mail addresses: `local@domain.tld`.
//!
//! The local part may hold letters and digits (also accented ones), `.`, `_`, `%`, `+` and `-`;
//! the domain at least two dot-separated labels of letters, digits and hyphens, ending in a
//! top-level domain of two or more letters. Punctuation after the address (`a@b.nl.`,
//! `(a@b.nl)`, `a@b.nl,`) is not part of it.
//!
//! Deliberately not reported: a lone `@`, `@handles`, `foo@bar` without a dot in the domain and
//! domains ending in digits (`a@10.0.0.1`), which are rarely a person's address.

use super::Span;

pub(super) fn find(text: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for (at, _) in text.match_indices('@') {
        if spans.last().is_some_and(|last| at < last.end) {
            continue;
        }
        if let Some(span) = address_around(text, at) {
            spans.push(span);
        }
    }
    spans
}

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_domain_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-')
}

/// The address whose `@` is at byte `at`.
fn address_around(text: &str, at: usize) -> Option<Span> {
    let before = text.get(..at)?;
    let after = text.get(at + 1..)?;

    let local_len: usize = before
        .chars()
        .rev()
        .take_while(|&c| is_local_char(c))
        .map(char::len_utf8)
        .sum();
    // Dots cannot open a local part; `…zie.jan@…` is far more likely a typo for a space.
    let local = before.get(at - local_len..)?.trim_start_matches('.');
    if local.is_empty() {
        return None;
    }
    let start = at - local.len();

    let domain_len: usize = after
        .chars()
        .take_while(|&c| is_domain_char(c))
        .map(char::len_utf8)
        .sum();
    let domain = domain_part(after.get(..domain_len)?)?;
    Some(Span {
        start,
        end: at + 1 + domain.len(),
    })
}

/// The longest prefix of `candidate` that is a plausible domain: labels stop at an empty one
/// (`..`, a trailing dot), and trailing labels are dropped until the last is a real TLD.
fn domain_part(candidate: &str) -> Option<&str> {
    let mut labels: Vec<&str> = candidate.split('.').take_while(|l| !l.is_empty()).collect();
    while labels.len() >= 2 {
        let valid_labels = labels
            .iter()
            .all(|l| !l.starts_with('-') && !l.ends_with('-'));
        let tld_ok = labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
        if valid_labels && tld_ok {
            let len = labels.iter().map(|l| l.len()).sum::<usize>() + labels.len() - 1;
            return candidate.get(..len);
        }
        labels.pop();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn addresses_without_the_punctuation_around_them() {
        for (text, address) in [
            ("mail me at a@b.nl.", "a@b.nl"),
            (
                "jan.de-vries+wmo@gemeente.example.nl",
                "jan.de-vries+wmo@gemeente.example.nl",
            ),
            ("(info@example.com)", "info@example.com"),
            (
                "<j_p%x@sub-domein.example.org>, verder",
                "j_p%x@sub-domein.example.org",
            ),
            ("Mail: anaïs.müller@exämple.de!", "anaïs.müller@exämple.de"),
            ("Cliënt: JAN@EXAMPLE.NL", "JAN@EXAMPLE.NL"),
            ("a@b.nl...", "a@b.nl"),
            ("a@b.nl.123", "a@b.nl"),
            (".jan@example.nl", "jan@example.nl"),
        ] {
            assert_eq!(found(text), [address], "{text}");
        }
        assert_eq!(found("a@b.nl en c@d.com"), ["a@b.nl", "c@d.com"]);
    }

    #[test]
    fn things_that_are_not_addresses() {
        for text in [
            "@",
            "@ @",
            "foo@bar",
            "@gemeente",
            "twitter: @jan",
            "a@b.c",
            "a@.nl",
            "a@-b.nl",
            "@b.nl",
            "a@10.0.0.1",
            "a @ b.nl",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }
}
