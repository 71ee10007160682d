//! The user's choices: language, track, gemeente and how the app looks. Language, track and
//! gemeente are absent until the user makes them at first start; the display choices have
//! defaults that follow the system.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::content::{is_valid_page_id, Track};
use crate::error::classify;
use crate::i18n::Locale;
use crate::{Error, Result};

/// The settings in effect: what the user chose, with defaults where they did not.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Settings {
    pub locale: Option<Locale>,
    pub track: Option<Track>,
    /// The slug of the gemeente whose contacts and local pages the app shows.
    pub gemeente: Option<String>,
    pub text_size: TextSize,
    pub theme: Theme,
    pub reduced_motion: ReducedMotion,
}

/// Exactly what the user chose, `None` where they did not: what an export carries, so an
/// import does not turn a default into a choice.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choices {
    pub locale: Option<Locale>,
    pub track: Option<Track>,
    pub gemeente: Option<String>,
    pub text_size: Option<TextSize>,
    pub theme: Option<Theme>,
    pub reduced_motion: Option<ReducedMotion>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    Light,
    Dark,
    HighContrast,
    /// Follows the system's light or dark mode.
    #[default]
    System,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReducedMotion {
    /// Follows `prefers-reduced-motion`.
    #[default]
    System,
    On,
    Off,
}

/// A display choice stored under one key as its serde name, so the stored text and the
/// export say the same thing.
trait Stored: Copy + Sized + 'static {
    const KEY: &'static str;
    const ALL: &'static [Self];
    fn as_str(self) -> &'static str;

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == s)
    }
}

impl Stored for TextSize {
    const KEY: &'static str = "text_size";
    const ALL: &'static [Self] = &[TextSize::Normal, TextSize::Large, TextSize::Larger];
    fn as_str(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }
}

impl Stored for Theme {
    const KEY: &'static str = "theme";
    const ALL: &'static [Self] = &[
        Theme::Light,
        Theme::Dark,
        Theme::HighContrast,
        Theme::System,
    ];
    fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::HighContrast => "high_contrast",
            Theme::System => "system",
        }
    }
}

impl Stored for ReducedMotion {
    const KEY: &'static str = "reduced_motion";
    const ALL: &'static [Self] = &[ReducedMotion::System, ReducedMotion::On, ReducedMotion::Off];
    fn as_str(self) -> &'static str {
        match self {
            ReducedMotion::System => "system",
            ReducedMotion::On => "on",
            ReducedMotion::Off => "off",
        }
    }
}

/// Display choices come from the UI as their stored names; anything else is refused.
macro_rules! parse_stored {
    ($($t:ty),*) => {$(
        impl std::str::FromStr for $t {
            type Err = crate::Error;
            fn from_str(s: &str) -> Result<Self> {
                <Self as Stored>::parse(s).ok_or_else(|| crate::Error::InvalidSetting(s.to_owned()))
            }
        }
    )*};
}

parse_stored!(TextSize, Theme, ReducedMotion);

const LOCALE: &str = "locale";
const TRACK: &str = "track";
const GEMEENTE: &str = "gemeente";

pub fn settings(conn: &Connection) -> Result<Settings> {
    let c = choices(conn)?;
    Ok(Settings {
        locale: c.locale,
        track: c.track,
        gemeente: c.gemeente,
        text_size: c.text_size.unwrap_or_default(),
        theme: c.theme.unwrap_or_default(),
        reduced_motion: c.reduced_motion.unwrap_or_default(),
    })
}

pub fn choices(conn: &Connection) -> Result<Choices> {
    // A value this version does not know (written by a later one) reads as "not chosen",
    // so the user is asked again, or gets the default, instead of the app failing to start.
    Ok(Choices {
        locale: get(conn, LOCALE)?.and_then(|v| v.parse().ok()),
        track: get(conn, TRACK)?.and_then(|v| v.parse().ok()),
        gemeente: get(conn, GEMEENTE)?.filter(|v| is_valid_page_id(v)),
        text_size: get_stored(conn)?,
        theme: get_stored(conn)?,
        reduced_motion: get_stored(conn)?,
    })
}

pub fn set_locale(conn: &Connection, locale: Locale) -> Result<()> {
    put(conn, LOCALE, locale.as_str())
}

pub fn set_track(conn: &Connection, track: Track) -> Result<()> {
    put(conn, TRACK, track.as_str())
}

/// `None` forgets the gemeente: the app then shows national contacts only.
pub fn set_gemeente(conn: &Connection, gemeente: Option<&str>) -> Result<()> {
    match gemeente {
        Some(slug) => {
            check_gemeente(slug)?;
            put(conn, GEMEENTE, slug)
        }
        None => {
            conn.execute("DELETE FROM settings WHERE key = ?1", [GEMEENTE])
                .map_err(classify)?;
            Ok(())
        }
    }
}

pub fn set_text_size(conn: &Connection, size: TextSize) -> Result<()> {
    put_stored(conn, size)
}

pub fn set_theme(conn: &Connection, theme: Theme) -> Result<()> {
    put_stored(conn, theme)
}

pub fn set_reduced_motion(conn: &Connection, motion: ReducedMotion) -> Result<()> {
    put_stored(conn, motion)
}

/// Refuses what a setter would refuse, so an import can check everything before it writes.
pub(super) fn check(choices: &Choices) -> Result<()> {
    choices.gemeente.as_deref().map_or(Ok(()), check_gemeente)
}

/// Writes every choice that is made; the caller has emptied the table first.
pub(super) fn restore(conn: &Connection, c: &Choices) -> Result<()> {
    check(c)?;
    let values = [
        (LOCALE, c.locale.map(Locale::as_str)),
        (TRACK, c.track.map(Track::as_str)),
        (GEMEENTE, c.gemeente.as_deref()),
        (TextSize::KEY, c.text_size.map(Stored::as_str)),
        (Theme::KEY, c.theme.map(Stored::as_str)),
        (ReducedMotion::KEY, c.reduced_motion.map(Stored::as_str)),
    ];
    for (key, value) in values {
        if let Some(value) = value {
            put(conn, key, value)?;
        }
    }
    Ok(())
}

/// Gemeente slugs follow the page id rules (lowercase words and hyphens): they name a folder
/// under `content/gemeenten/`.
fn check_gemeente(slug: &str) -> Result<()> {
    if is_valid_page_id(slug) {
        Ok(())
    } else {
        Err(Error::InvalidId(slug.to_owned()))
    }
}

fn get_stored<T: Stored>(conn: &Connection) -> Result<Option<T>> {
    Ok(get(conn, T::KEY)?.and_then(|v| T::parse(&v)))
}

fn put_stored<T: Stored>(conn: &Connection, value: T) -> Result<()> {
    put(conn, T::KEY, value.as_str())
}

fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

fn put(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
    .map_err(classify)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::open_in_memory;

    #[test]
    fn display_choices_parse_from_their_stored_names_only() {
        assert_eq!(
            "high_contrast".parse::<Theme>().unwrap(),
            Theme::HighContrast
        );
        assert_eq!("larger".parse::<TextSize>().unwrap(), TextSize::Larger);
        assert_eq!("on".parse::<ReducedMotion>().unwrap(), ReducedMotion::On);
        for bad in ["", "HighContrast", "dark ", "huge"] {
            assert_eq!(bad.parse::<Theme>().unwrap_err().code(), "invalid_setting");
        }
    }

    #[test]
    fn nothing_is_chosen_at_first_start() {
        let conn = open_in_memory().unwrap();
        assert_eq!(settings(&conn).unwrap(), Settings::default());
        assert_eq!(choices(&conn).unwrap(), Choices::default());
    }

    #[test]
    fn display_defaults_follow_the_system() {
        let s = Settings::default();
        assert_eq!(
            (s.text_size, s.theme, s.reduced_motion),
            (TextSize::Normal, Theme::System, ReducedMotion::System)
        );
    }

    #[test]
    fn the_last_choice_wins() {
        let conn = open_in_memory().unwrap();
        set_locale(&conn, Locale::En).unwrap();
        set_locale(&conn, Locale::Nl).unwrap();
        set_track(&conn, Track::Professionals).unwrap();
        set_theme(&conn, Theme::Dark).unwrap();
        set_theme(&conn, Theme::HighContrast).unwrap();
        let s = settings(&conn).unwrap();
        assert_eq!(
            (s.locale, s.track, s.theme),
            (
                Some(Locale::Nl),
                Some(Track::Professionals),
                Theme::HighContrast
            )
        );
    }

    #[test]
    fn every_display_choice_is_stored_and_read_back() {
        let conn = open_in_memory().unwrap();
        for &size in TextSize::ALL {
            set_text_size(&conn, size).unwrap();
            assert_eq!(settings(&conn).unwrap().text_size, size);
        }
        for &theme in Theme::ALL {
            set_theme(&conn, theme).unwrap();
            assert_eq!(settings(&conn).unwrap().theme, theme);
        }
        for &motion in ReducedMotion::ALL {
            set_reduced_motion(&conn, motion).unwrap();
            assert_eq!(settings(&conn).unwrap().reduced_motion, motion);
        }
    }

    /// The stored text is the serde name, so the UI, the store and an export agree.
    #[test]
    fn stored_names_are_the_serde_names() {
        fn check<T: Stored + Serialize>() {
            for &v in T::ALL {
                assert_eq!(
                    serde_json::to_value(v).unwrap(),
                    serde_json::Value::from(v.as_str())
                );
            }
        }
        check::<TextSize>();
        check::<Theme>();
        check::<ReducedMotion>();
    }

    #[test]
    fn a_gemeente_is_chosen_checked_and_forgotten() {
        let conn = open_in_memory().unwrap();
        set_gemeente(&conn, Some("utrechtse-heuvelrug")).unwrap();
        assert_eq!(
            settings(&conn).unwrap().gemeente.as_deref(),
            Some("utrechtse-heuvelrug")
        );
        for bad in ["", "Utrecht", "den haag", "a--b", "../x"] {
            assert!(
                matches!(set_gemeente(&conn, Some(bad)), Err(Error::InvalidId(_))),
                "{bad:?} was accepted"
            );
        }
        assert_eq!(
            settings(&conn).unwrap().gemeente.as_deref(),
            Some("utrechtse-heuvelrug"),
            "a refused slug leaves the choice as it was"
        );
        set_gemeente(&conn, None).unwrap();
        assert_eq!(settings(&conn).unwrap().gemeente, None);
    }

    #[test]
    fn an_unknown_stored_value_reads_as_not_chosen() {
        let conn = open_in_memory().unwrap();
        put(&conn, "locale", "fy").unwrap();
        put(&conn, "theme", "sepia").unwrap();
        put(&conn, "gemeente", "Not A Slug").unwrap();
        let s = settings(&conn).unwrap();
        assert_eq!((s.locale, s.theme, s.gemeente), (None, Theme::System, None));
    }

    #[test]
    fn restore_writes_only_what_was_chosen() {
        let conn = open_in_memory().unwrap();
        let c = Choices {
            track: Some(Track::Jongeren),
            reduced_motion: Some(ReducedMotion::On),
            ..Choices::default()
        };
        restore(&conn, &c).unwrap();
        assert_eq!(choices(&conn).unwrap(), c);
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM settings", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 2);
    }
}
