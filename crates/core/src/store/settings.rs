//! The user's choices: language and track. Absent until the user makes them at first start.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::content::Track;
use crate::i18n::Locale;
use crate::Result;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Settings {
    pub locale: Option<Locale>,
    pub track: Option<Track>,
}

pub fn settings(conn: &Connection) -> Result<Settings> {
    // A value this version does not know (written by a later one) reads as "not chosen",
    // so the user is asked again instead of the app failing to start.
    Ok(Settings {
        locale: get(conn, "locale")?.and_then(|v| v.parse().ok()),
        track: get(conn, "track")?.and_then(|v| v.parse().ok()),
    })
}

pub fn set_locale(conn: &Connection, locale: Locale) -> Result<()> {
    put(conn, "locale", locale.as_str())
}

pub fn set_track(conn: &Connection, track: Track) -> Result<()> {
    put(conn, "track", track.as_str())
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
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::open_in_memory;

    #[test]
    fn nothing_is_chosen_at_first_start() {
        let conn = open_in_memory().unwrap();
        assert_eq!(settings(&conn).unwrap(), Settings::default());
    }

    #[test]
    fn the_last_choice_wins() {
        let conn = open_in_memory().unwrap();
        set_locale(&conn, Locale::En).unwrap();
        set_locale(&conn, Locale::Nl).unwrap();
        set_track(&conn, Track::Professionals).unwrap();
        let s = settings(&conn).unwrap();
        assert_eq!(
            (s.locale, s.track),
            (Some(Locale::Nl), Some(Track::Professionals))
        );
    }

    #[test]
    fn an_unknown_stored_value_reads_as_not_chosen() {
        let conn = open_in_memory().unwrap();
        put(&conn, "locale", "fy").unwrap();
        assert_eq!(settings(&conn).unwrap().locale, None);
    }
}
