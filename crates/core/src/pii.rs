//! Spotting client data in free text before it is saved.
//!
//! Professionals must not store client data in this app, so the UI scans whatever they type and
//! warns before saving. [`scan`] reports what looks like a BSN, an IBAN, a Dutch phone number, an
//! e-mail address, a postcode with house number or a date of birth, with its place in the text.
//!
//! The scanners are hand-written (no regex crate) and each lives in its own submodule, which
//! documents its rule and what it deliberately leaves alone. The balance they aim for: numbers
//! with a checksum (BSN, IBAN) must pass it, so random numbers stay quiet; everything else needs
//! enough structure that ordinary sentences, the app's own content and organisations' numbers
//! (`0800-2000`, `112`) raise nothing.
//!
//! This is a warning, not a guarantee: a name, a street on its own or a diagnosis is client data
//! too, and none of that can be recognised by its shape.

mod bsn;
mod date_of_birth;
mod email;
mod iban;
mod phone;
mod postcode;

use std::time::{SystemTime, UNIX_EPOCH};

/// The kind of client data a finding looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiKind {
    Bsn,
    Iban,
    Phone,
    Email,
    PostcodeHouseNumber,
    DateOfBirth,
}

impl PiiKind {
    /// When two candidates overlap, the one that is least likely to be a coincidence wins: a
    /// mod-97 checksum beats an `@`, which beats a phone number's fixed shape, which beats the
    /// elfproef (one in eleven random numbers passes it), which beats shape-only matches.
    fn specificity(self) -> u8 {
        match self {
            PiiKind::Iban => 0,
            PiiKind::Email => 1,
            PiiKind::Phone => 2,
            PiiKind::Bsn => 3,
            PiiKind::DateOfBirth => 4,
            PiiKind::PostcodeHouseNumber => 5,
        }
    }
}

/// One thing in the text that looks like client data.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    pub kind: PiiKind,
    /// Byte range in the input (start inclusive, end exclusive), always on char boundaries,
    /// so the UI can highlight it; plus the UTF-16 range for JavaScript strings.
    pub start: usize,
    pub end: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
}

/// Every finding in `text`, sorted by start; overlapping findings are resolved so one span is
/// reported once, by the most specific kind.
///
/// Dates of birth depend on today's date (see [`scan_at`]); this uses the system clock, in UTC.
pub fn scan(text: &str) -> Vec<Finding> {
    scan_at(text, today())
}

/// [`scan`] with "today" given as `(year, month, day)`, so the date-of-birth rule ("at least four
/// years ago") does not drift with the clock in tests.
pub fn scan_at(text: &str, today: (i32, u32, u32)) -> Vec<Finding> {
    let mut candidates: Vec<(PiiKind, Span)> = Vec::new();
    let mut add = |kind: PiiKind, spans: Vec<Span>| {
        candidates.extend(spans.into_iter().map(|span| (kind, span)));
    };
    add(PiiKind::Bsn, bsn::find(text));
    add(PiiKind::Iban, iban::find(text));
    add(PiiKind::Phone, phone::find(text));
    add(PiiKind::Email, email::find(text));
    add(PiiKind::PostcodeHouseNumber, postcode::find(text));
    add(PiiKind::DateOfBirth, date_of_birth::find(text, today));

    // Most specific kind first; within a kind, leftmost and then longest.
    candidates
        .sort_by_key(|(kind, span)| (kind.specificity(), span.start, std::cmp::Reverse(span.end)));
    let mut kept: Vec<(PiiKind, Span)> = Vec::new();
    for (kind, span) in candidates {
        if span.start < span.end && !kept.iter().any(|(_, k)| k.overlaps(span)) {
            kept.push((kind, span));
        }
    }
    kept.sort_by_key(|(_, span)| (span.start, span.end));
    with_utf16(text, kept)
}

/// Byte offsets to UTF-16 offsets in one pass, which needs the findings sorted by start.
fn with_utf16(text: &str, kept: Vec<(PiiKind, Span)>) -> Vec<Finding> {
    let mut chars = text.char_indices().peekable();
    let mut utf16 = 0;
    let mut utf16_at = |byte: usize| {
        while let Some(&(i, c)) = chars.peek() {
            if i >= byte {
                break;
            }
            utf16 += c.len_utf16();
            chars.next();
        }
        utf16
    };
    let mut findings = Vec::with_capacity(kept.len());
    for (kind, span) in kept {
        // Spans never overlap after resolution, so starts and ends come in increasing order.
        let start_utf16 = utf16_at(span.start);
        let end_utf16 = utf16_at(span.end);
        findings.push(Finding {
            kind,
            start: span.start,
            end: span.end,
            start_utf16,
            end_utf16,
        });
    }
    findings
}

/// Today's date in UTC from the system clock. A clock set before 1970 is broken anyway and
/// counts as 1970-01-01 rather than failing the scan.
fn today() -> (i32, u32, u32) {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    crate::calendar::civil_from_days(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// A byte range found by one scanner, before overlaps are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
}

impl Span {
    fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The byte at `i`, or NUL past the end: NUL is neither digit, letter nor separator, so the
/// scanners can look ahead without bounds checks of their own.
fn byte_at(bytes: &[u8], i: usize) -> u8 {
    bytes.get(i).copied().unwrap_or(0)
}

/// The two chars before byte `i` (nearest first).
fn chars_before(text: &str, i: usize) -> (Option<char>, Option<char>) {
    let mut before = text.get(..i).unwrap_or("").chars().rev();
    (before.next(), before.next())
}

/// The two chars from byte `i` on.
fn chars_after(text: &str, i: usize) -> (Option<char>, Option<char>) {
    let mut after = text.get(i..).unwrap_or("").chars();
    (after.next(), after.next())
}

/// True when a match may start at byte `i`: it is not glued to a word or number before it.
/// `joiners` are the separators that make `12-`/`12.` in front part of one longer number.
fn clear_before(text: &str, i: usize, joiners: &[char]) -> bool {
    if !text.is_char_boundary(i) {
        return false;
    }
    match chars_before(text, i) {
        (None, _) => true,
        (Some(c), _) if c.is_alphanumeric() => false,
        (Some(c), Some(d)) if joiners.contains(&c) => !d.is_ascii_digit(),
        _ => true,
    }
}

/// The mirror of [`clear_before`] for a match ending at byte `end`.
fn clear_after(text: &str, end: usize, joiners: &[char]) -> bool {
    match chars_after(text, end) {
        (None, _) => true,
        (Some(c), _) if c.is_alphanumeric() => false,
        (Some(c), Some(d)) if joiners.contains(&c) => !d.is_ascii_digit(),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: (i32, u32, u32) = (2026, 5, 1);

    fn kinds(text: &str) -> Vec<(PiiKind, &str)> {
        scan_at(text, TODAY)
            .into_iter()
            .map(|f| (f.kind, &text[f.start..f.end]))
            .collect()
    }

    /// Written out independently of the scanner, so the random test checks one against the other.
    fn elfproef(n: u64) -> bool {
        let digits: Vec<i64> = format!("{n:09}")
            .bytes()
            .map(|b| i64::from(b - b'0'))
            .collect();
        let sum: i64 = (0..8).map(|i| (9 - i as i64) * digits[i]).sum::<i64>() - digits[8];
        n != 0 && sum % 11 == 0
    }

    #[test]
    fn today_is_a_plausible_date() {
        let (year, month, day) = today();
        assert!(year >= 2024 && (1..=12).contains(&month) && (1..=31).contains(&day));
    }

    #[test]
    fn byte_and_utf16_spans_after_multibyte_text() {
        let text = "Cliënt – BSN 111222333, zie ook 😀 jan@example.nl";
        let found = scan_at(text, TODAY);
        assert_eq!(found.len(), 2);
        let bsn = &found[0];
        assert_eq!(bsn.kind, PiiKind::Bsn);
        // "Cliënt – BSN " is 16 bytes (ë is 2, – is 3) but 13 UTF-16 units.
        assert_eq!((bsn.start, bsn.end), (16, 25));
        assert_eq!(&text[bsn.start..bsn.end], "111222333");
        assert_eq!((bsn.start_utf16, bsn.end_utf16), (13, 22));
        let email = &found[1];
        assert_eq!(email.kind, PiiKind::Email);
        assert_eq!(&text[email.start..email.end], "jan@example.nl");
        // The emoji is 4 bytes but 2 UTF-16 units.
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let js = String::from_utf16(&utf16[email.start_utf16..email.end_utf16]).unwrap();
        assert_eq!(js, "jan@example.nl");
        assert_eq!(email.end_utf16, utf16.len());
        for f in &found {
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        }
    }

    #[test]
    fn one_of_each_kind_sorted_by_start() {
        let text = "Mevr. Jansen, BSN 123456782, geboren 12-03-2009, tel. 06-12345678, \
                    mail m.jansen@example.com, rekening NL91 ABNA 0417 1643 00, \
                    adres Dorpsstraat 12, 1234 AB Ergens.";
        assert_eq!(
            kinds(text),
            vec![
                (PiiKind::Bsn, "123456782"),
                (PiiKind::DateOfBirth, "12-03-2009"),
                (PiiKind::Phone, "06-12345678"),
                (PiiKind::Email, "m.jansen@example.com"),
                (PiiKind::Iban, "NL91 ABNA 0417 1643 00"),
                (PiiKind::PostcodeHouseNumber, "12, 1234 AB"),
            ]
        );
    }

    #[test]
    fn overlapping_candidates_are_reported_once_by_the_most_specific_kind() {
        let bsn_candidates = |text: &str| -> Vec<String> {
            bsn::find(text)
                .iter()
                .map(|s| text[s.start..s.end].to_string())
                .collect()
        };
        // An IBAN typed with an odd space leaves a 9-digit run that passes the elfproef.
        let text = "IBAN NL91ABNA0 417164300";
        assert_eq!(bsn_candidates(text), ["417164300"]);
        assert_eq!(kinds(text), vec![(PiiKind::Iban, "NL91ABNA0 417164300")]);
        assert_eq!(
            kinds("IBAN DE89 3704 0044 0532 0130 00."),
            vec![(PiiKind::Iban, "DE89 3704 0044 0532 0130 00")]
        );
        // The spaced NL IBAN's last ten digits would also make a phone number.
        assert_eq!(
            kinds("NL91 ABNA 0417 1643 00"),
            vec![(PiiKind::Iban, "NL91 ABNA 0417 1643 00")]
        );
        // The nine digits after +31 pass the elfproef, but this is a phone number.
        let text = "bel +31 612345609";
        assert_eq!(bsn_candidates(text), ["612345609"]);
        assert_eq!(kinds(text), vec![(PiiKind::Phone, "+31 612345609")]);
        // Ten digits are never a BSN.
        assert_eq!(
            kinds("bel 0612345678"),
            vec![(PiiKind::Phone, "0612345678")]
        );
        // Digits in an e-mail address are part of the address.
        assert_eq!(
            kinds("111222333@example.nl"),
            vec![(PiiKind::Email, "111222333@example.nl")]
        );
        // A date right after a postcode is not a house number.
        assert_eq!(
            kinds("1234 AB, geboren 12 maart 2009"),
            vec![(PiiKind::DateOfBirth, "12 maart 2009")]
        );
    }

    #[test]
    fn random_nine_digit_numbers_alarm_exactly_when_they_pass_the_elfproef() {
        let mut state: u64 = 0x5eed_1234_abcd;
        let mut passing = 0;
        for _ in 0..10_000 {
            // Knuth's MMIX LCG; the high bits are the well-mixed ones.
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let n = (state >> 33) % 1_000_000_000;
            let text = format!("Het nummer is {n:09}.");
            let found = scan_at(&text, TODAY);
            if elfproef(n) {
                passing += 1;
                assert_eq!(found.len(), 1, "{text}");
                assert_eq!(found[0].kind, PiiKind::Bsn);
                assert_eq!(&text[found[0].start..found[0].end], format!("{n:09}"));
            } else {
                assert!(found.is_empty(), "{text}: {found:?}");
            }
        }
        // Roughly one in eleven, so the loop really exercised both sides.
        assert!((700..1_100).contains(&passing), "{passing}");
    }

    #[test]
    fn arbitrary_input_gives_sorted_disjoint_spans_on_char_boundaries() {
        // Pieces that start, continue or break every scanner, glued at random.
        const PIECES: [&str; 25] = [
            "0",
            "6",
            "1",
            "9",
            "31",
            "+",
            "-",
            ".",
            "/",
            " ",
            "(",
            ")",
            "@",
            "NL",
            "AB",
            "a",
            "ë",
            "–",
            "😀",
            "\u{a0}",
            "maart",
            "geb.",
            ",",
            "\n",
            "98765432109876543210",
        ];
        let mut state: u64 = 42;
        for _ in 0..3_000 {
            let mut text = String::new();
            for _ in 0..40 {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                text.push_str(PIECES[((state >> 33) % PIECES.len() as u64) as usize]);
            }
            let found = scan_at(&text, TODAY);
            for pair in found.windows(2) {
                assert!(pair[0].end <= pair[1].start, "{text:?}: {found:?}");
            }
            for f in &found {
                assert!(f.start < f.end && f.end <= text.len(), "{text:?}: {f:?}");
                assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                assert_eq!(f.start_utf16, text[..f.start].encode_utf16().count());
                assert_eq!(f.end_utf16, text[..f.end].encode_utf16().count());
            }
        }
    }

    #[test]
    fn plain_sentences_raise_nothing() {
        for text in [
            "",
            "@",
            "We spraken op 12-03-2025 over de Wmo 2015 en artikel 7.3.11 van de Jeugdwet.",
            "Bel Veilig Thuis op 0800-2000, of bij direct gevaar 112.",
            "Zie https://wetten.overheid.nl/BWBR0034925 en BWBR0035362.",
            "Het dossier heeft 32016 woorden en 123456789 tekens.",
            "Postcodegebied 1234 AB is groot.",
            "Om 09.30 uur, met 3 collega's.",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    #[test]
    fn the_apps_own_content_raises_nothing() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let mut stack = vec![root];
        let mut files = 0;
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "md") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let found = kinds(&text);
                    assert_eq!(found, vec![], "{}", path.display());
                    // The real clock too: the content must stay quiet as the years pass.
                    assert_eq!(scan(&text), vec![], "{}", path.display());
                    files += 1;
                }
            }
        }
        assert!(files > 0, "no Markdown found under content/");
    }

    #[test]
    fn kinds_serialise_in_snake_case() {
        let json = serde_json::to_string(&PiiKind::PostcodeHouseNumber).unwrap();
        assert_eq!(json, "\"postcode_house_number\"");
        assert_eq!(
            serde_json::to_string(&PiiKind::DateOfBirth).unwrap(),
            "\"date_of_birth\""
        );
    }
}
