//! Dutch postcodes together with a house number: an address, so a household.
//!
//! A postcode is four digits (the first not 0) and two letters, except the pairs SA, SD and SS,
//! which are never issued: `1234 AB`, `1234AB`, or `1234ab` when glued to the digits. Reported
//! only together with a house number — `12`, `12a`, `12 A`, `12-3`, `12-II`, `12/2`, `12 bis`,
//! `12hs` — either right after the postcode (`1234 AB 12`, `1234AB, 12a`) or right before it
//! after a street name (`Dorpsstraat 12, 1234 AB`, also across a line break). The span covers
//! the postcode and the number.
//!
//! Deliberately not reported:
//! - a postcode on its own: it names a street or part of one, not a person, and organisations'
//!   addresses and area descriptions use them all the time;
//! - lower-case letters after a space (`2019 en 12 andere`), which is ordinary text far more often
//!   than a postcode;
//! - a number after the postcode that continues as a date or decimal (`1234 AB 12-03-2009`);
//! - mailboxes: `Postbus 1234, 1234 AB` and `Antwoordnummer 12, 1234 AB` belong to
//!   organisations.

use super::{byte_at, chars_before, clear_after, clear_before, Span};

/// After these, a digit continues the number (`12-03-2009`, `12,5`).
const JOINERS: [char; 4] = ['-', '/', '.', ','];
/// `Postbus 1234, 1234 AB` is an organisation's mailbox, not where someone lives.
const MAILBOX_WORDS: [&str; 3] = ["postbus", "antwoordnummer", "box"];
/// Additions people write after a space; single letters are accepted too.
const WORD_ADDITIONS: [&str; 8] = ["bis", "hs", "huis", "zw", "ii", "iii", "iv", "rd"];

pub(super) fn find(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let Some(postcode_end) = postcode_at(text, i) else {
            i += 1;
            continue;
        };
        if let Some(end) = house_number_after(text, postcode_end) {
            spans.push(Span { start: i, end });
            i = end;
        } else {
            if let Some(start) = house_number_before(text, i) {
                spans.push(Span {
                    start,
                    end: postcode_end,
                });
            }
            i = postcode_end;
        }
    }
    spans
}

/// The end of a postcode starting at byte `i`.
fn postcode_at(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits_ok = matches!(byte_at(bytes, i), b'1'..=b'9')
        && (i + 1..i + 4).all(|k| byte_at(bytes, k).is_ascii_digit());
    if !digits_ok || !clear_before(text, i, &JOINERS) {
        return None;
    }
    let spaced = byte_at(bytes, i + 4) == b' ';
    let letters_at = if spaced { i + 5 } else { i + 4 };
    let (a, b) = (byte_at(bytes, letters_at), byte_at(bytes, letters_at + 1));
    let letters_ok = if spaced {
        a.is_ascii_uppercase() && b.is_ascii_uppercase()
    } else {
        a.is_ascii_alphabetic() && b.is_ascii_alphabetic()
    };
    let end = letters_at + 2;
    let issued = !matches!(
        [a.to_ascii_uppercase(), b.to_ascii_uppercase()],
        [b'S', b'A' | b'D' | b'S']
    );
    (letters_ok && issued && clear_after(text, end, &[])).then_some(end)
}

/// The end of a house number right after a postcode ending at byte `k`.
fn house_number_after(text: &str, postcode_end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut k = postcode_end;
    if byte_at(bytes, k) == b',' {
        k += 1;
    }
    while k < postcode_end + 3 && matches!(byte_at(bytes, k), b' ' | b'\t') {
        k += 1;
    }
    if k == postcode_end {
        return None;
    }
    house_number_ends(bytes, k)
        .into_iter()
        .find(|&end| clear_after(text, end, &JOINERS))
}

/// The start of a house number that follows a street name and precedes the postcode at `i`.
fn house_number_before(text: &str, postcode_start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // The gap between number and postcode: a comma, spaces, at most one line break.
    let gap = (0..postcode_start.min(4))
        .take_while(|&back| {
            matches!(
                byte_at(bytes, postcode_start - back - 1),
                b' ' | b',' | b'\t' | b'\n' | b'\r'
            )
        })
        .count();
    let number_end = postcode_start - gap;
    let gap_text = text.get(number_end..postcode_start)?;
    if gap == 0 || gap_text.matches('\n').count() > 1 || gap_text.matches(',').count() > 1 {
        return None;
    }
    // The number itself is one token (`12`, `12a`, `12-3`) or two (`12 bis`).
    let token_start = |end: usize| {
        (0..end)
            .rev()
            .take_while(|&k| matches!(byte_at(bytes, k), b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'-' | b'/'))
            .last()
            .unwrap_or(end)
    };
    let last = token_start(number_end);
    let mut starts = vec![last];
    if last >= 2 && byte_at(bytes, last - 1) == b' ' {
        starts.push(token_start(last - 1));
    }
    let start = starts.into_iter().find(|&start| {
        byte_at(bytes, start).is_ascii_digit()
            && house_number_ends(bytes, start).contains(&number_end)
    })?;
    // A street name before it: `Dorpsstraat 12`, `Burg. de Withstr. 12`.
    let after_street = match chars_before(text, start) {
        (Some(' '), Some(c)) => c.is_alphabetic() || c == '.',
        _ => false,
    };
    let word_before = text
        .get(..start)
        .unwrap_or("")
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    (after_street && !MAILBOX_WORDS.contains(&word_before.as_str())).then_some(start)
}

/// Where a house number starting at byte `k` may end: with its addition first, then without.
fn house_number_ends(bytes: &[u8], k: usize) -> Vec<usize> {
    let digits = (k..)
        .take_while(|&j| byte_at(bytes, j).is_ascii_digit())
        .count();
    if !(1..=5).contains(&digits) || byte_at(bytes, k) == b'0' {
        return Vec::new();
    }
    let number_end = k + digits;
    let letters = |from: usize| {
        (from..)
            .take_while(|&j| byte_at(bytes, j).is_ascii_alphabetic())
            .count()
    };
    let alphanumerics = |from: usize| {
        (from..)
            .take_while(|&j| byte_at(bytes, j).is_ascii_alphanumeric())
            .count()
    };
    let mut ends = Vec::with_capacity(2);
    match byte_at(bytes, number_end) {
        // `12a`, `12hs`, `12bis`
        b if b.is_ascii_alphabetic() => {
            let n = letters(number_end);
            if n <= 4 {
                ends.push(number_end + n);
            }
        }
        // `12-3`, `12-II`, `12/2`
        b'-' | b'/' => {
            let n = alphanumerics(number_end + 1);
            if (1..=4).contains(&n) {
                ends.push(number_end + 1 + n);
            }
        }
        // `12 A`, `12 bis`
        b' ' => {
            let n = letters(number_end + 1);
            let word = bytes
                .get(number_end + 1..number_end + 1 + n)
                .map(|w| w.to_ascii_lowercase())
                .unwrap_or_default();
            if n == 1
                || WORD_ADDITIONS
                    .iter()
                    .any(|a| a.as_bytes() == word.as_slice())
            {
                ends.push(number_end + 1 + n);
            }
        }
        _ => {}
    }
    ends.push(number_end);
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn postcode_followed_by_a_house_number() {
        for (text, address) in [
            ("1234 AB 12", "1234 AB 12"),
            ("woont op 1234AB 12a.", "1234AB 12a"),
            ("1234 AB, 12-3 in Ergens", "1234 AB, 12-3"),
            ("1234ab 7", "1234ab 7"),
            ("1234 AB 12 bis", "1234 AB 12 bis"),
            ("1234 AB 12 A", "1234 AB 12 A"),
            ("1234 AB 12-II", "1234 AB 12-II"),
            ("1234 AB 12hs", "1234 AB 12hs"),
        ] {
            assert_eq!(found(text), [address], "{text}");
        }
    }

    #[test]
    fn street_and_house_number_before_the_postcode() {
        for (text, address) in [
            ("Dorpsstraat 12, 1234 AB Ergens", "12, 1234 AB"),
            ("Dorpsstraat 12a 1234AB", "12a 1234AB"),
            ("Dorpsstraat 12 bis, 1234 AB", "12 bis, 1234 AB"),
            ("Burg. de Withstr. 3-5\n1234 AB Ergens", "3-5\n1234 AB"),
            ("Cliënt woont Église 4, 9876 ZX", "4, 9876 ZX"),
        ] {
            assert_eq!(found(text), [address], "{text}");
        }
    }

    #[test]
    fn postcodes_without_a_house_number_and_lookalikes() {
        for text in [
            "1234 AB",
            "Postcode 1234 AB Ergens",
            "in 1234 AB.",
            "1234 AB en omgeving",
            "sinds 2019 en 12 andere",
            "1234 SA 12",
            "1234 SD 12",
            "1234SS 12",
            "0123 AB 12",
            "12345 AB 12",
            "1234 ABC 12",
            "1234 AB 12-03-2009",
            "1234 AB 12,5 km",
            "1234 AB 012",
            "1234 AB 123456",
            "tel 06 12, 1234 AB",
            "1234 AB\n\n12 mensen",
            "Postbus 1234, 1234 AB Ergens",
            "Antwoordnummer 12, 1234 AB",
            "PO Box 12, 1234 AB",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }
}
