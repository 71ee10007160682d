//! Dutch phone numbers of people: ten digits nationally, or the same number after +31 / 0031.
//!
//! Mobile (`06-12345678`, `06 1234 5678`, `0612345678`) and landline (`020-1234567`,
//! `010 123 4567`, `(020) 123 4567`, `0302345678`) numbers, internationally written as
//! `+31 6 12345678`, `+31(0)6 12345678`, `+31 20 123 4567` or `0031 6 …`. Between digits people
//! type spaces, hyphens, dots, slashes and parentheses, up to three at a time; pasted text also
//! brings no-break spaces and en dashes.
//!
//! Deliberately not reported, because they reach an organisation rather than a person:
//! - `0800` (free) and `0900`/`0906`/`0909` (paid) service numbers such as Veilig Thuis'
//!   `0800-2000`, which appears in the app's own content;
//! - `088` numbers, the range reserved for companies and organisations;
//! - short numbers such as `112` and `14 020`, and anything that is not exactly ten digits.
//!
//! Also not reported: dates typed with a leading zero (`01-03-2009 12`) and digits glued to words
//! or longer numbers (`BWBR0034925`).

use super::{byte_at, clear_after, clear_before, Span};

/// After these, a digit continues the number.
const JOINERS: [char; 4] = ['-', '.', '/', '–'];
/// A national number is the trunk `0` plus this many digits.
const SIGNIFICANT_DIGITS: usize = 9;

pub(super) fn find(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(end) = phone_at(text, i) {
            spans.push(Span { start: i, end });
            i = end;
        } else {
            i += 1;
        }
    }
    spans
}

/// The end of a personal phone number starting at byte `i`.
fn phone_at(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let at = |k: usize, s: &[u8]| bytes.get(k..k + s.len()) == Some(s);
    let (digits_start, international) = if at(i, b"+31") {
        (i + 3, true)
    } else if at(i, b"0031") {
        (i + 4, true)
    } else if byte_at(bytes, i) == b'0' {
        (i, false)
    } else if byte_at(bytes, i) == b'(' && byte_at(bytes, i + 1) == b'0' {
        // `(020) 123 4567`: the highlight includes the opening parenthesis.
        (i + 1, false)
    } else {
        return None;
    };
    if !clear_before(text, i, &JOINERS)
        || (!international && looks_like_a_date(bytes, digits_start))
    {
        return None;
    }

    let mut k = digits_start;
    if international {
        k = skip(bytes, k);
        // `+31 (0)6 …` shows the trunk zero a caller from abroad must leave out.
        if at(k, b"(0)") {
            k = skip(bytes, k + 3);
        }
        if byte_at(bytes, k) == b'(' {
            k += 1;
        }
    }
    let digits = read_digits(bytes, k, SIGNIFICANT_DIGITS + 1);
    // Nationally the trunk zero comes first; after +31 it is usually left out, but `+31 06 …`
    // is typed often enough to accept.
    let significant = match digits.first() {
        Some(&(0, _)) => digits.get(1..=SIGNIFICANT_DIGITS)?,
        Some(_) if international => digits.get(..SIGNIFICANT_DIGITS)?,
        _ => return None,
    };
    let &(_, end) = significant.last()?;
    let personal = match significant {
        [(first, _), ..] if (1..=7).contains(first) => true,
        [(8, _), (second, _), ..] => matches!(second, 4 | 5 | 7),
        _ => false,
    };
    (personal && clear_after(text, end, &JOINERS)).then_some(end)
}

/// Up to `max` digits from byte `k` on, each with the byte just after it. Up to three
/// separators (`085 - 1234567`) may stand between digits.
fn read_digits(bytes: &[u8], mut k: usize, max: usize) -> Vec<(u8, usize)> {
    let mut digits = Vec::with_capacity(max);
    while digits.len() < max {
        let b = byte_at(bytes, k);
        if !b.is_ascii_digit() {
            break;
        }
        k += 1;
        digits.push((b - b'0', k));
        let mut next = k;
        for _ in 0..3 {
            next += separator_len(bytes, next);
        }
        if !byte_at(bytes, next).is_ascii_digit() {
            break;
        }
        k = next;
    }
    digits
}

/// The byte length of what people type between the digits of one phone number at byte `k`, or
/// 0. Text pasted from documents and websites brings no-break spaces and en dashes.
fn separator_len(bytes: &[u8], k: usize) -> usize {
    let starts_with = |s: &str| {
        bytes
            .get(k..)
            .is_some_and(|rest| rest.starts_with(s.as_bytes()))
    };
    match byte_at(bytes, k) {
        b' ' | b'-' | b'.' | b'/' | b'(' | b')' => 1,
        _ if starts_with("\u{a0}") => 2,
        _ if starts_with("–") => 3,
        _ => 0,
    }
}

/// Skips at most two separators other than parentheses, which `+31 (0)…` handles itself.
fn skip(bytes: &[u8], mut k: usize) -> usize {
    for _ in 0..2 {
        if !matches!(byte_at(bytes, k), b'(' | b')') {
            k += separator_len(bytes, k);
        }
    }
    k
}

/// `d-m-yyyy` (or with `/` or `.`): `01-03-2009 12` is a date and a number, not a phone number.
fn looks_like_a_date(bytes: &[u8], i: usize) -> bool {
    let run = |k: usize| {
        (k..)
            .take_while(|&j| byte_at(bytes, j).is_ascii_digit())
            .count()
    };
    let day = run(i);
    let separator = byte_at(bytes, i + day);
    if !(1..=2).contains(&day) || !matches!(separator, b'-' | b'/' | b'.') {
        return false;
    }
    let month_start = i + day + 1;
    let month = run(month_start);
    (1..=2).contains(&month)
        && byte_at(bytes, month_start + month) == separator
        && run(month_start + month + 1) == 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn mobile_and_landline_numbers_as_people_type_them() {
        for (text, number) in [
            ("bel 06-12345678.", "06-12345678"),
            ("06 1234 5678", "06 1234 5678"),
            ("0612345678", "0612345678"),
            ("06 12 34 56 78", "06 12 34 56 78"),
            ("06-12-34-56-78", "06-12-34-56-78"),
            ("06.12.34.56.78", "06.12.34.56.78"),
            ("+31 6 12345678", "+31 6 12345678"),
            ("+31612345678", "+31612345678"),
            ("+31(0)6 12345678", "+31(0)6 12345678"),
            ("+31 (0)6-1234 5678", "+31 (0)6-1234 5678"),
            ("+31 06 12345678", "+31 06 12345678"),
            ("0031 6 12345678", "0031 6 12345678"),
            ("tel. 020-1234567", "020-1234567"),
            ("010 123 4567", "010 123 4567"),
            ("(020) 123 4567", "(020) 123 4567"),
            ("0302345678", "0302345678"),
            ("+31 20 123 4567", "+31 20 123 4567"),
            ("0031 (20) 1234567", "0031 (20) 1234567"),
            ("085 - 1234567", "085 - 1234567"),
            ("058/2123456", "058/2123456"),
            ("telefoon: 06–12345678", "06–12345678"),
            ("06\u{a0}1234\u{a0}5678", "06\u{a0}1234\u{a0}5678"),
        ] {
            assert_eq!(found(text), [number], "{text}");
        }
        assert_eq!(
            found("06 12345678 of 020 1234567"),
            ["06 12345678", "020 1234567"]
        );
    }

    #[test]
    fn service_numbers_short_numbers_and_other_digits_are_not_reported() {
        for text in [
            "0800-2000",
            "0800 2000",
            "0800-1234567",
            "0900-1234567",
            "0900 123 4567",
            "088-1234567",
            "0881234567",
            "+31 88 123 4567",
            "+31 800 1234567",
            "112",
            "14 020",
            "061234567",
            "06123456789",
            "06-1234-5678-9",
            "+31 6 1234567",
            "+31 6 123456789",
            "BWBR0612345678",
            "0612345678x",
            "1-0612345678",
            "01-03-2009 12",
            "09.30-10.00-11.00",
            "0012345678",
            "+32 6 12345678",
            "06–1234–5678–9",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }
}
