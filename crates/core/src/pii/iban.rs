//! IBANs: country code, two check digits and the account, validated with ISO 13616 mod-97.
//!
//! Written compact (`NL91ABNA0417164300`) or in groups separated by single spaces (`NL91 ABNA
//! 0417 1643 00`, also no-break spaces), in any case; groups need not be four long. The length must match the country: NL 18, and the table below for
//! other common countries; an unknown country code may have any length from 15 to 34. Dutch
//! IBANs must also have the Dutch layout (four letters for the bank, ten digits).
//!
//! Deliberately not reported: anything failing the checksum (one changed digit always fails it),
//! wrong lengths, and IBANs glued to other letters or digits.

use super::{byte_at, clear_after, clear_before, Span};

/// Lengths for the countries clients here most often bank in; mostly EU and neighbours.
const LENGTHS: [(&[u8; 2], usize); 31] = [
    (b"NL", 18),
    (b"BE", 16),
    (b"DE", 22),
    (b"FR", 27),
    (b"ES", 24),
    (b"IT", 27),
    (b"GB", 22),
    (b"PL", 28),
    (b"LU", 20),
    (b"AT", 20),
    (b"CH", 21),
    (b"IE", 22),
    (b"PT", 25),
    (b"DK", 18),
    (b"SE", 24),
    (b"FI", 18),
    (b"NO", 15),
    (b"CZ", 24),
    (b"SK", 24),
    (b"HU", 28),
    (b"RO", 24),
    (b"BG", 22),
    (b"GR", 27),
    (b"HR", 21),
    (b"SI", 19),
    (b"LT", 20),
    (b"LV", 21),
    (b"EE", 20),
    (b"CY", 28),
    (b"MT", 31),
    (b"TR", 26),
];

/// The longest IBAN any country issues.
const MAX_LEN: usize = 34;

pub(super) fn find(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(end) = iban_at(text, i) {
            spans.push(Span { start: i, end });
            i = end;
        } else {
            i += 1;
        }
    }
    spans
}

/// The end of a valid IBAN starting at byte `i`.
fn iban_at(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let starts_like_an_iban = byte_at(bytes, i).is_ascii_alphabetic()
        && byte_at(bytes, i + 1).is_ascii_alphabetic()
        && byte_at(bytes, i + 2).is_ascii_digit()
        && byte_at(bytes, i + 3).is_ascii_digit();
    if !starts_like_an_iban || !clear_before(text, i, &[]) {
        return None;
    }

    // Read alphanumeric groups joined by single spaces, remembering where each group ends:
    // the IBAN may stop at any of them (`NL91 ABNA 0417 1643 00 en 12 euro`).
    let mut chars: Vec<u8> = Vec::with_capacity(MAX_LEN + 4);
    let mut group_ends: Vec<(usize, usize)> = Vec::new();
    let mut k = i;
    loop {
        let group_start = k;
        while byte_at(bytes, k).is_ascii_alphanumeric() && chars.len() <= MAX_LEN {
            chars.push(byte_at(bytes, k).to_ascii_uppercase());
            k += 1;
        }
        if k == group_start || chars.len() > MAX_LEN {
            break;
        }
        group_ends.push((chars.len(), k));
        // A no-break space, as banks' websites print them, copies along with the IBAN.
        let gap = if byte_at(bytes, k) == b' ' {
            1
        } else if bytes
            .get(k..)
            .is_some_and(|rest| rest.starts_with("\u{a0}".as_bytes()))
        {
            2
        } else {
            break;
        };
        if !byte_at(bytes, k + gap).is_ascii_alphanumeric() {
            break;
        }
        k += gap;
    }

    let expected = chars.get(..2).and_then(|country| {
        LENGTHS
            .iter()
            .find(|(code, _)| code.as_slice() == country)
            .map(|&(_, len)| len)
    });
    group_ends
        .iter()
        .rev()
        .filter(|&&(len, _)| match expected {
            Some(expected) => len == expected,
            None => (15..=MAX_LEN).contains(&len),
        })
        .find(|&&(len, end)| {
            let iban = chars.get(..len).unwrap_or_default();
            clear_after(text, end, &[]) && dutch_layout(iban) && passes_mod97(iban)
        })
        .map(|&(_, end)| end)
}

/// A Dutch IBAN is `NLkk BBBB 0123 4567 89`: four letters for the bank, ten digits.
fn dutch_layout(iban: &[u8]) -> bool {
    if iban.get(..2) != Some(b"NL".as_slice()) {
        return true;
    }
    let bank = iban.get(4..8).unwrap_or_default();
    let account = iban.get(8..).unwrap_or_default();
    bank.len() == 4
        && bank.iter().all(u8::is_ascii_alphabetic)
        && account.len() == 10
        && account.iter().all(u8::is_ascii_digit)
}

/// ISO 13616: move the first four characters to the end, read letters as 10..35 and the whole
/// as one decimal number, which must leave 1 when divided by 97. Reducing after every digit
/// keeps the running remainder below 97·100, far from overflowing.
fn passes_mod97(iban: &[u8]) -> bool {
    let (Some(head), Some(tail)) = (iban.get(..4), iban.get(4..)) else {
        return false;
    };
    let mut remainder: u32 = 0;
    for &c in tail.iter().chain(head) {
        remainder = match c {
            b'0'..=b'9' => (remainder * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => (remainder * 100 + u32::from(c - b'A') + 10) % 97,
            _ => return false,
        };
    }
    remainder == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn valid_ibans_compact_spaced_and_in_any_case() {
        assert_eq!(found("NL91ABNA0417164300"), ["NL91ABNA0417164300"]);
        assert_eq!(
            found("iban: NL91 ABNA 0417 1643 00."),
            ["NL91 ABNA 0417 1643 00"]
        );
        assert_eq!(found("nl91abna0417164300"), ["nl91abna0417164300"]);
        assert_eq!(
            found("NL91\u{a0}ABNA\u{a0}0417\u{a0}1643\u{a0}00"),
            ["NL91\u{a0}ABNA\u{a0}0417\u{a0}1643\u{a0}00"]
        );
        assert_eq!(
            found("NL91 ABNA 0417 1643 00 en 12 euro"),
            ["NL91 ABNA 0417 1643 00"]
        );
        assert_eq!(found("BE68 5390 0754 7034 Wim"), ["BE68 5390 0754 7034"]);
        assert_eq!(found("DE89370400440532013000"), ["DE89370400440532013000"]);
        assert_eq!(
            found("GB29 NWBK 6016 1331 9268 19"),
            ["GB29 NWBK 6016 1331 9268 19"]
        );
        assert_eq!(
            found("FR14 2004 1010 0505 0001 3M02 606"),
            ["FR14 2004 1010 0505 0001 3M02 606"]
        );
        assert_eq!(
            found("ES9121000418450200051332"),
            ["ES9121000418450200051332"]
        );
        // Not in the table: any length from 15 to 34 (Saudi Arabia, 24).
        assert_eq!(
            found("SA03 8000 0000 6080 1016 7519"),
            ["SA03 8000 0000 6080 1016 7519"]
        );
    }

    #[test]
    fn invalid_ibans_are_not_reported() {
        for text in [
            // One digit changed, two digits swapped.
            "NL91ABNA0417164301",
            "NL91ABNA0417164030",
            "NL92ABNA0417164300",
            // Right checksum for a different length, or glued to more text.
            "NL91ABNA04171643",
            "XNL91ABNA0417164300",
            "NL91ABNA0417164300X",
            "NL91ABNA041716430012",
            // A Belgian IBAN with an NL code fails the length check.
            "NL68539007547034",
            "AB12",
            "mp34 speler",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn mod97_on_long_input_does_not_overflow() {
        assert!(!passes_mod97(&[b'Z'; 34]));
        assert!(!passes_mod97(b"NL9"));
        assert!(passes_mod97(b"NL91ABNA0417164300"));
    }
}
