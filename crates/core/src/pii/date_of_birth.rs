//! Dates of birth: full, valid calendar dates that are either cued as a birth date or lie far
//! enough in the past that they are unlikely to be anything else in a professional's notes.
//!
//! Recognised forms: `12-03-2009`, `12/3/2009`, `12.03.2009`, `2009-03-12` (or `2009/03/12`),
//! `12 maart 2009`, `12 mrt. 2009`, `12 March 2009`, `12th of March 2009`, `March 12, 2009`;
//! Dutch and English month names and their usual abbreviations, in any case. A numeric date that
//! is impossible as day-month but fine as month/day (`03/25/2009`) is read the American way. The
//! date must exist (`29-02-2023` does not; `29-02-2024` does).
//!
//! The rule, so meeting dates ("we spraken op 12-03-2025") stay quiet:
//! 1. a birth cue within 40 characters before the date (`geboren`, `geb.`, `geboortedatum`,
//!    `born`, `date of birth`, `birthday`, `DOB`, `jarig`, …) always makes it a date of birth,
//!    and only then may the year have two digits (`geb. 12-03-09`);
//! 2. without a cue, a date is reported when it is at least four years before today and at most
//!    110 years: meeting notes rarely mention dates years ago, birth dates always are. Dates
//!    right after `sinds`/`since`, `vanaf`/`from`, `per`, `tot`/`until`, `van`/`of` or `d.d.` are
//!    left alone: they date laws, letters and decisions (`sinds 1 januari 2019`).
//!
//! Deliberately not reported: dates without a year (`12 maart`: a birthday, but not enough to
//! identify anyone), recent dates without a cue, and a cue's reach past another date (in
//! `geboren 12-03-2009, intake 13-04-2025` only the first is a birth date).

use super::{byte_at, clear_after, clear_before, Span};

/// How far before a date a birth cue may stand, in characters.
const CUE_WINDOW: usize = 40;
/// Without a cue, a date must be at least this many years old …
const MIN_AGE_YEARS: i32 = 4;
/// … and at most this many.
const MAX_AGE_YEARS: i32 = 110;
/// After these, a digit continues the number (`12-03-2009-1`, `1.12.03.2009`).
const JOINERS: [char; 3] = ['-', '/', '.'];
/// The word right before a date that makes it the date of a law, letter or decision.
const ANCHORS: [&str; 17] = [
    "sinds",
    "since",
    "vanaf",
    "from",
    "per",
    "tot",
    "until",
    "till",
    "t/m",
    "tm",
    "van",
    "of",
    "d.d.",
    "d.d",
    "dd",
    "dated",
    "gedateerd",
];
const MONTHS: [(&str, u32); 35] = [
    ("januari", 1),
    ("january", 1),
    ("jan", 1),
    ("februari", 2),
    ("february", 2),
    ("feb", 2),
    ("maart", 3),
    ("march", 3),
    ("mrt", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("augustus", 8),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    ("febr", 2),
];

/// A calendar date found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Date {
    year: i32,
    month: u32,
    day: u32,
    end: usize,
    /// `12-03-09`: the century was guessed, so only a cue makes it a birth date.
    short_year: bool,
}

pub(super) fn find(text: &str, today: (i32, u32, u32)) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut previous_date_end = 0;
    let mut i = 0;
    while i < bytes.len() {
        let Some(date) = date_at(text, i, today) else {
            i += 1;
            continue;
        };
        let cued = birth_cue_before(text, previous_date_end, i);
        let old_enough = !date.short_year
            && !anchored(text, i)
            && date.year >= today.0 - MAX_AGE_YEARS
            && (date.year + MIN_AGE_YEARS, date.month, date.day) <= today;
        if cued || old_enough {
            spans.push(Span {
                start: i,
                end: date.end,
            });
        }
        previous_date_end = date.end;
        i = date.end;
    }
    spans
}

/// A valid date starting at byte `i`, in any of the recognised forms.
fn date_at(text: &str, i: usize, today: (i32, u32, u32)) -> Option<Date> {
    if !clear_before(text, i, &JOINERS) {
        return None;
    }
    let bytes = text.as_bytes();
    let date = if byte_at(bytes, i).is_ascii_digit() {
        numeric_at(bytes, i, today).or_else(|| day_month_year_at(bytes, i))?
    } else {
        month_day_year_at(bytes, i)?
    };
    clear_after(text, date.end, &JOINERS).then_some(date)
}

fn digit_run(bytes: &[u8], k: usize) -> usize {
    (k..)
        .take_while(|&j| byte_at(bytes, j).is_ascii_digit())
        .count()
}

/// The value of `len` digits; saturating, because a run of twenty digits is still text.
fn number(bytes: &[u8], k: usize, len: usize) -> u32 {
    (k..k + len).fold(0u32, |n, j| {
        n.saturating_mul(10)
            .saturating_add(u32::from(byte_at(bytes, j).wrapping_sub(b'0')))
    })
}

/// `12-03-2009`, `12/3/2009`, `12.03.2009`, `2009-03-12`, `12-03-09`.
fn numeric_at(bytes: &[u8], i: usize, today: (i32, u32, u32)) -> Option<Date> {
    let first = digit_run(bytes, i);
    let separator = byte_at(bytes, i + first);
    if !matches!(separator, b'-' | b'/' | b'.') {
        return None;
    }
    let second_at = i + first + 1;
    let second = digit_run(bytes, second_at);
    if byte_at(bytes, second_at + second) != separator {
        return None;
    }
    let third_at = second_at + second + 1;
    let third = digit_run(bytes, third_at);
    let end = third_at + third;
    let (a, b, c) = (
        number(bytes, i, first),
        number(bytes, second_at, second),
        number(bytes, third_at, third),
    );
    let four_digit_year = |at: usize| byte_at(bytes, at) != b'0';
    match (first, second, third) {
        // Year first only with `-` or `/`: `2019.03.12` is a version or build number.
        (4, 1..=2, 1..=2) if four_digit_year(i) && separator != b'.' => {
            valid(year_of(a), b, c, end, false)
        }
        (1..=2, 1..=2, 4) if four_digit_year(third_at) => valid(year_of(c), b, a, end, false)
            .or_else(|| {
                if separator == b'/' {
                    valid(year_of(c), a, b, end, false)
                } else {
                    None
                }
            }),
        (2, 2, 2) => {
            let century = if i64::from(c) <= i64::from(today.0.rem_euclid(100)) {
                2000
            } else {
                1900
            };
            valid(century + year_of(c), b, a, end, true)
        }
        _ => None,
    }
}

/// `12 maart 2009`, `12 mrt. 2009`, `12th of March, 2009`.
fn day_month_year_at(bytes: &[u8], i: usize) -> Option<Date> {
    let (day, mut k) = day_at(bytes, i)?;
    k = spaces(bytes, k)?;
    if bytes
        .get(k..k + 3)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"of "))
    {
        k += 3;
    }
    let (month, k) = month_at(bytes, k)?;
    let k = if byte_at(bytes, k) == b',' { k + 1 } else { k };
    let (year, end) = year_at(bytes, spaces(bytes, k)?)?;
    valid(year, month, day, end, false)
}

/// `March 12, 2009`, `mrt 12 2009`.
fn month_day_year_at(bytes: &[u8], i: usize) -> Option<Date> {
    let (month, k) = month_at(bytes, i)?;
    let (day, k) = day_at(bytes, spaces(bytes, k)?)?;
    let k = if byte_at(bytes, k) == b',' { k + 1 } else { k };
    let (year, end) = year_at(bytes, spaces(bytes, k)?)?;
    valid(year, month, day, end, false)
}

/// One or two digits, with an English ordinal suffix if any.
fn day_at(bytes: &[u8], k: usize) -> Option<(u32, usize)> {
    let len = digit_run(bytes, k);
    if !(1..=2).contains(&len) {
        return None;
    }
    let end = k + len;
    let suffix = bytes
        .get(end..end + 2)
        .map(|s| s.to_ascii_lowercase())
        .filter(|s| matches!(s.as_slice(), b"st" | b"nd" | b"rd" | b"th"))
        .filter(|_| !byte_at(bytes, end + 2).is_ascii_alphanumeric());
    Some((number(bytes, k, len), end + suffix.map_or(0, |s| s.len())))
}

/// A month name or abbreviation as a whole word, with an abbreviation's dot.
fn month_at(bytes: &[u8], k: usize) -> Option<(u32, usize)> {
    let len = (k..)
        .take_while(|&j| byte_at(bytes, j).is_ascii_alphabetic())
        .count();
    let word = bytes.get(k..k + len)?.to_ascii_lowercase();
    let &(_, month) = MONTHS
        .iter()
        .find(|(name, _)| name.as_bytes() == word.as_slice())?;
    let end = k + len;
    // Glued to a non-ASCII letter (`marché`) it is some other word.
    if byte_at(bytes, end) >= 0x80 {
        return None;
    }
    Some((
        month,
        if byte_at(bytes, end) == b'.' {
            end + 1
        } else {
            end
        },
    ))
}

/// Four digits, not starting with 0.
fn year_at(bytes: &[u8], k: usize) -> Option<(i32, usize)> {
    (digit_run(bytes, k) == 4 && byte_at(bytes, k) != b'0')
        .then(|| (year_of(number(bytes, k, 4)), k + 4))
}

/// One or two spaces; the position after them.
fn spaces(bytes: &[u8], k: usize) -> Option<usize> {
    let n = (k..k + 2)
        .take_while(|&j| byte_at(bytes, j) == b' ')
        .count();
    (n > 0).then_some(k + n)
}

fn year_of(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

fn valid(year: i32, month: u32, day: u32, end: usize, short_year: bool) -> Option<Date> {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some(Date {
        year,
        month,
        day,
        end,
        short_year,
    })
}

/// A birth cue in the 40 characters before byte `start`, but not before `floor` (the end of the
/// previous date: a cue belongs to the first date after it).
fn birth_cue_before(text: &str, floor: usize, start: usize) -> bool {
    let before = text.get(floor..start).unwrap_or("");
    let from = before
        .char_indices()
        .rev()
        .nth(CUE_WINDOW - 1)
        .map_or(0, |(k, _)| k);
    // Dots stay inside words so `geb.` and `d.o.b.` read as `geb` and `dob`.
    before
        .get(from..)
        .unwrap_or("")
        .split(|c: char| !(c.is_alphabetic() || c == '.'))
        .map(|word| word.replace('.', "").to_lowercase())
        .any(|word| is_birth_cue(&word))
}

fn is_birth_cue(word: &str) -> bool {
    matches!(
        word,
        "geb" | "geboren" | "gebdatum" | "gebdat" | "born" | "dob" | "jarig" | "verjaardag"
    ) || word.starts_with("geboorte")
        || word.starts_with("birth")
}

/// The date at byte `start` directly follows a word like `sinds` or `d.d.`.
fn anchored(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_end_matches([':', ','])
        // `(sinds 1 juli 2013)`: an opening bracket or quote is not part of the word.
        .trim_start_matches(['(', '[', '"', '\'', '‘', '“'])
        .to_lowercase();
    ANCHORS.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: (i32, u32, u32) = (2026, 5, 1);

    fn found(text: &str) -> Vec<&str> {
        find(text, TODAY)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn every_form_with_a_cue() {
        for (text, date) in [
            ("geboren 12-03-2009", "12-03-2009"),
            ("geb. 12/3/2009", "12/3/2009"),
            ("Geboortedatum: 12.03.2009", "12.03.2009"),
            ("DOB 2009-03-12", "2009-03-12"),
            ("geboren op 12 maart 2009", "12 maart 2009"),
            ("geb 12 mrt 2009", "12 mrt 2009"),
            ("geb 12 mrt. 2009", "12 mrt. 2009"),
            ("born 12 March 2009", "12 March 2009"),
            ("Date of birth: March 12, 2009.", "March 12, 2009"),
            ("d.o.b. 12th of March 2009", "12th of March 2009"),
            ("birthday: 03/25/2009", "03/25/2009"),
            ("geb. 12-03-09", "12-03-09"),
            ("Geboren:\n  1 JANUARI 1990", "1 JANUARI 1990"),
            // The cue also makes recent dates count: a toddler's birth date.
            ("geboren 12-03-2025", "12-03-2025"),
            ("Cliënt (geboren in Utrecht), 29-02-2024", "29-02-2024"),
        ] {
            assert_eq!(found(text), [date], "{text}");
        }
    }

    #[test]
    fn old_dates_without_a_cue_are_reported() {
        assert_eq!(found("Mohammed, 12-03-2009, woont"), ["12-03-2009"]);
        assert_eq!(found("zoon Daan 4 juli 2015"), ["4 juli 2015"]);
        // Exactly four years ago is in; a day later is not.
        assert_eq!(found("op 01-05-2022"), ["01-05-2022"]);
        assert_eq!(found("op 02-05-2022"), Vec::<&str>::new());
        // 110 years back is in; 111 is history.
        assert_eq!(found("op 1-1-1916"), ["1-1-1916"]);
        assert_eq!(found("op 1-1-1915"), Vec::<&str>::new());
    }

    #[test]
    fn meeting_dates_law_dates_and_non_dates_are_not_reported() {
        for text in [
            "We spraken op 12-03-2025.",
            "Volgende afspraak 2026-06-01.",
            "Gesprek 3 maart 2024 met moeder.",
            "dat sinds 1 januari 2019 verplicht is",
            "de meldcode (sinds 1 juli 2013) geldt",
            "mandatory since 1 January 2019",
            "de brief van 12 maart 2018",
            "beschikking d.d. 12-03-2018",
            "van 1-1-2015 tot 1-1-2016",
            "Hier staat 12 maart. Maar ik ben op 21 maart jarig.",
            "It says 12 March here. But my birthday is on 21 March.",
            "artikel 7.3.11 en 5.2.6",
            "12-03-09",
            "geboren 31-04-2009",
            "geboren 29-02-2023",
            "geboren 12-13-2009",
            "geboren 00-03-2009",
            "geboren 12-03-0209",
            "geb. 12-03-2009-1",
            "geb. 112-03-2009",
            "geb. 12-03/2009",
            "geboren in marché 12 2009",
            "Wmo 2015, 2015-2019",
            "versie 2019.03.12",
            "geb. 1-1-99999999999999999999 of 99999999999999999999-1-1",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn a_cue_belongs_to_the_first_date_after_it() {
        assert_eq!(
            found("geboren 12-03-2009, intake 13-04-2025"),
            ["12-03-2009"]
        );
        // Forty characters is the reach.
        let far = format!("geboren{} 12-03-2025", " ".repeat(40));
        assert_eq!(found(&far), Vec::<&str>::new());
        let near = format!("geboren{} 12-03-2025", " ".repeat(30));
        assert_eq!(found(&near), ["12-03-2025"]);
    }
}
