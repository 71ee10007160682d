//! Burgerservicenummers: nine digits that pass the elfproef.
//!
//! Accepted notations: `111222333`, `111.222.333`, `111 222 333`, `111-222-333` and the 4-2-3
//! grouping `1112.22.333` found on older documents, always with one kind of separator.
//!
//! Deliberately not reported:
//! - numbers failing the elfproef (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11) and `000000000`, so
//!   ten out of eleven random 9-digit numbers stay quiet;
//! - nine digits inside a longer number or code (`0612345678`, `BWBR0034925`, `1.111.222.333`,
//!   `111222333,00`) or right after a currency sign: those are phone numbers, references and
//!   amounts;
//! - 8-digit numbers written without the BSN's leading zero. Padding every 8-digit number to
//!   nine would flag case and dossier numbers far more often than it would catch a BSN.

use super::{byte_at, chars_before, clear_after, clear_before, Span};

/// Group lengths of the accepted notations.
const LAYOUTS: [&[usize]; 2] = [&[3, 3, 3], &[4, 2, 3]];
const SEPARATORS: [u8; 3] = [b'.', b' ', b'-'];
/// After these, a digit continues the number (`1.234`, `12,50`, `06-1234`).
const JOINERS: [char; 4] = ['.', ',', '-', '/'];

pub(super) fn find(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(end) = bsn_at(text, i) {
            spans.push(Span { start: i, end });
            i = end;
        } else {
            i += 1;
        }
    }
    spans
}

/// The end of a valid BSN starting at byte `i`.
fn bsn_at(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if !byte_at(bytes, i).is_ascii_digit()
        || !clear_before(text, i, &JOINERS)
        || after_currency(text, i)
    {
        return None;
    }
    let (digits, end, separator) = notation_at(bytes, i)?;
    // With spaces the groups could run on (`111 222 333 444`); that is some other number.
    let runs_on = |sep: u8| {
        let before = i
            .checked_sub(2)
            .map(|k| (byte_at(bytes, k), byte_at(bytes, k + 1)));
        before.is_some_and(|(d, s)| d.is_ascii_digit() && s == sep)
            || (byte_at(bytes, end) == sep && byte_at(bytes, end + 1).is_ascii_digit())
    };
    if separator.is_some_and(runs_on) || !clear_after(text, end, &JOINERS) {
        return None;
    }
    passes_elfproef(&digits).then_some(end)
}

/// The nine digits, the end and the separator of the first notation that fits at byte `i`.
fn notation_at(bytes: &[u8], i: usize) -> Option<([u8; 9], usize, Option<u8>)> {
    let mut digits = [0u8; 9];
    if (i..i + 9).all(|k| byte_at(bytes, k).is_ascii_digit())
        && !byte_at(bytes, i + 9).is_ascii_digit()
    {
        for (slot, k) in digits.iter_mut().zip(i..) {
            *slot = byte_at(bytes, k) - b'0';
        }
        return Some((digits, i + 9, None));
    }
    for layout in LAYOUTS {
        for separator in SEPARATORS {
            if let Some(end) = grouped(bytes, i, layout, separator, &mut digits) {
                return Some((digits, end, Some(separator)));
            }
        }
    }
    None
}

/// Reads digit groups of exactly the lengths in `layout`, joined by `separator`.
fn grouped(
    bytes: &[u8],
    mut k: usize,
    layout: &[usize],
    separator: u8,
    digits: &mut [u8; 9],
) -> Option<usize> {
    let mut slots = digits.iter_mut();
    for (g, &len) in layout.iter().enumerate() {
        if g > 0 {
            if byte_at(bytes, k) != separator {
                return None;
            }
            k += 1;
        }
        for _ in 0..len {
            let b = byte_at(bytes, k);
            if !b.is_ascii_digit() {
                return None;
            }
            *slots.next()? = b - b'0';
            k += 1;
        }
    }
    (!byte_at(bytes, k).is_ascii_digit()).then_some(k)
}

/// `€ 111.222.333` is an amount, however well it checks out.
fn after_currency(text: &str, i: usize) -> bool {
    let is_currency = |c: char| matches!(c, '€' | '$' | '£');
    match chars_before(text, i) {
        (Some(c), _) if is_currency(c) => true,
        (Some(' '), Some(c)) => is_currency(c),
        _ => false,
    }
}

/// 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be a multiple of 11, and all zeros is not a number.
pub(super) fn passes_elfproef(digits: &[u8; 9]) -> bool {
    if digits.iter().all(|&d| d == 0) {
        return false;
    }
    let sum: i32 = digits
        .iter()
        .zip([9, 8, 7, 6, 5, 4, 3, 2, -1])
        .map(|(&d, weight)| i32::from(d) * weight)
        .sum();
    sum.rem_euclid(11) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn the_elfproef() {
        assert!(passes_elfproef(&[1, 1, 1, 2, 2, 2, 3, 3, 3]));
        assert!(passes_elfproef(&[1, 2, 3, 4, 5, 6, 7, 8, 2]));
        assert!(!passes_elfproef(&[1, 2, 3, 4, 5, 6, 7, 8, 9]));
        assert!(!passes_elfproef(&[1, 1, 1, 2, 2, 2, 3, 3, 4]));
        assert!(!passes_elfproef(&[0; 9]));
    }

    #[test]
    fn valid_numbers_in_the_notations_people_type() {
        assert_eq!(found("BSN 111222333"), ["111222333"]);
        assert_eq!(found("bsn: 123456782."), ["123456782"]);
        assert_eq!(found("(123.456.782)"), ["123.456.782"]);
        assert_eq!(found("nr 123 456 782, klaar"), ["123 456 782"]);
        assert_eq!(found("nr 123-456-782"), ["123-456-782"]);
        assert_eq!(found("1234.56.782"), ["1234.56.782"]);
        assert_eq!(found("111222333 en 123456782"), ["111222333", "123456782"]);
        assert_eq!(found("Cliënt–111222333…"), ["111222333"]);
    }

    #[test]
    fn invalid_or_embedded_numbers_are_not_reported() {
        for text in [
            "123456789",
            "111222334",
            "000000000",
            "000.000.000",
            "0612345678",
            "1112223330",
            "X111222333",
            "111222333x",
            "BWBR111222333",
            "1.111.222.333",
            "111.222.333.444",
            "111 222 333 444",
            "111222333,00",
            "€ 111.222.333",
            "€111222333",
            "11222333",
            "111.222 333",
            "12-111222333",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }
}
