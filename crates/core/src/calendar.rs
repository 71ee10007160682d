//! Dates without a calendar crate: std has none, and the app needs only this conversion.

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `civil_from_days`),
/// because std has no calendar and chrono is not a dependency.
pub(crate) fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        i32::try_from(year).unwrap_or(i32::MAX),
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

/// A proleptic Gregorian date to days since 1970-01-01 (the inverse of `civil_from_days`).
pub(crate) fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A calendar day, as `YYYY-MM-DD` on the wire (what an HTML date field gives).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let fits = (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day);
        fits.then_some(Date { year, month, day })
    }

    /// The same day `n` months later; a day the month lacks becomes its last (31 January
    /// plus one month is 28 or 29 February), as a term in months is counted.
    pub fn add_months(self, n: u32) -> Date {
        let index = i64::from(self.year) * 12 + i64::from(self.month - 1) + i64::from(n);
        let year = i32::try_from(index.div_euclid(12)).unwrap_or(i32::MAX);
        let month = u32::try_from(index.rem_euclid(12)).unwrap_or(0) + 1;
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        days_from_civil(later.year, later.month, later.day)
            - days_from_civil(self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = crate::Error;

    fn from_str(s: &str) -> crate::Result<Date> {
        let bad = || crate::Error::InvalidDate(s.chars().take(40).collect());
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return Err(bad());
        }
        let (Ok(y), Ok(m), Ok(d)) = (y.parse(), m.parse(), d.parse()) else {
            return Err(bad());
        };
        Date::new(y, m, d).ok_or_else(bad)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_from_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_574), (2026, 5, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn days_from_civil_inverts_civil_from_days() {
        for days in [-800_000, -1, 0, 11_016, 20_574, 60_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn dates_parse_strictly() {
        let d: Date = "2026-01-31".parse().unwrap();
        assert_eq!(d.to_string(), "2026-01-31");
        for bad in [
            "",
            "2026-1-31",
            "2026-02-29",
            "2026-13-01",
            "26-01-01",
            "2026-01-31-1",
            "２０２６-01-01",
            "2026-00-10",
        ] {
            assert_eq!(
                bad.parse::<Date>().unwrap_err().code(),
                "invalid_date",
                "{bad}"
            );
        }
        assert!("2024-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn months_are_added_to_the_same_day_or_the_month_s_last() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2024-01-31").add_months(1), d("2024-02-29"));
        assert_eq!(d("2026-11-23").add_months(3), d("2027-02-23"));
        assert_eq!(d("2026-03-15").add_months(1), d("2026-04-15"));
        assert_eq!(d("2026-11-23").days_until(d("2026-12-23")), 30);
        assert_eq!(d("2026-12-23").days_until(d("2026-11-23")), -30);
    }
}
