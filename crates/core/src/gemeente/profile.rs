//! `content/gemeenten/<slug>/gemeente.toml`: what a gemeente tells its residents about itself.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::theme;
use crate::{Diagnostic, Diagnostics};

/// Where profiles live, below the content folder.
pub const GEMEENTEN_DIR: &str = "gemeenten";
pub const PROFILE_FILE: &str = "gemeente.toml";
/// What the template writes where the gemeente still has to fill something in.
pub(super) const TO_FILL_IN: &str = "VUL IN";

/// A text in every language the app ships.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localised {
    pub nl: String,
    pub en: String,
}

/// One way to reach someone: a desk, an officer, a procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: Localised,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
    /// Opening hours, in words.
    pub hours: Option<Localised>,
}

/// A checked gemeente profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gemeente {
    /// The folder name; stable, stored in the user's settings.
    #[serde(skip_deserializing)]
    pub slug: String,
    pub name: String,
    /// The gemeente's privacy statement on its website.
    pub privacy_statement: String,
    /// The sociaal loket or wijkteam: where residents ask for help.
    pub loket: Contact,
    /// The Functionaris Gegevensbescherming.
    pub fg: Contact,
    /// How to complain to the gemeente.
    pub complaints: Contact,
    /// NL Design System tokens as CSS custom properties.
    #[serde(default)]
    pub theme: BTreeMap<String, String>,
}

pub(super) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 60
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Every profile below `content/gemeenten/`, sorted by slug. Folders starting with `_` (the
/// template) are not editions.
pub fn load_all(content: &Path) -> (Vec<Gemeente>, Diagnostics) {
    let mut diagnostics = Diagnostics::default();
    let root = content.join(GEMEENTEN_DIR);
    let mut dirs: Vec<PathBuf> = match std::fs::read_dir(&root) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => {
            diagnostics.push(Diagnostic::new(&root, 0, format!("cannot be read: {e}")));
            Vec::new()
        }
    };
    dirs.sort();
    let mut found = Vec::new();
    for dir in dirs {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('_') {
            continue;
        }
        match load(&dir) {
            Ok(g) => found.push(g),
            Err(d) => diagnostics.0.extend(d.0),
        }
    }
    (found, diagnostics)
}

/// One profile, from its folder; every problem as `file:line: message`.
pub fn load(dir: &Path) -> Result<Gemeente, Diagnostics> {
    let file = dir.join(PROFILE_FILE);
    let mut d = Diagnostics::default();
    let slug = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !is_slug(&slug) {
        d.push(Diagnostic::new(
            dir,
            0,
            format!("`{slug}` is not a valid folder name: lowercase letters, digits and hyphens"),
        ));
    }
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => {
            d.push(Diagnostic::new(&file, 0, format!("cannot be read: {e}")));
            return Err(d);
        }
    };
    let mut g: Gemeente = match toml::from_str(&text) {
        Ok(g) => g,
        Err(e) => {
            let line = e
                .span()
                .map_or(0, |s| crate::diagnostic::line_at(&text, s.start));
            d.push(Diagnostic::new(&file, line, e.message().to_owned()));
            return Err(d);
        }
    };
    g.slug = slug;
    // A needle names a line: `[section]` then text in it, or text anywhere.
    let mut problem = |needle: &str, message: String| {
        let line = match needle.split_once("] ") {
            Some((section, rest)) if section.starts_with('[') => {
                let start = line_of(&text, &format!("{section}]"), 0);
                line_of(&text, rest, start)
            }
            _ => line_of(&text, needle, 0),
        };
        d.push(Diagnostic::new(&file, line, message));
    };
    for (field, value) in texts(&g) {
        if value.trim().is_empty() {
            let key = field.rsplit('.').next().unwrap_or(&field).to_owned();
            problem(&key, format!("`{field}` is empty"));
        } else if value.contains(TO_FILL_IN) {
            problem(
                value,
                format!("`{field}` is still the template's \"{TO_FILL_IN}\""),
            );
        }
    }
    check_url(
        &mut problem,
        "privacy_statement",
        Some(&g.privacy_statement),
    );
    for (section, c) in [
        ("loket", &g.loket),
        ("fg", &g.fg),
        ("complaints", &g.complaints),
    ] {
        let mut in_section = |needle: &str, message: String| {
            problem(&format!("[{section}] {needle}"), message);
        };
        check_url(&mut in_section, &format!("{section}.url"), c.url.as_deref());
        if let Some(phone) = c.phone.as_deref().filter(|p| !is_phone(p)) {
            in_section(
                phone,
                format!("`{section}.phone`: `{phone}` is not a Dutch phone number"),
            );
        }
        if let Some(email) = c.email.as_deref().filter(|e| !is_email(e)) {
            in_section(
                email,
                format!("`{section}.email`: `{email}` is not an e-mail address"),
            );
        }
    }
    let header = |s: &str| format!("[{s}]");
    if g.loket.phone.is_none() || g.loket.url.is_none() || g.loket.hours.is_none() {
        problem(
            &header("loket"),
            "`loket` needs a phone number, a web address and opening hours".into(),
        );
    }
    if g.fg.email.is_none() && g.fg.phone.is_none() {
        problem(
            &header("fg"),
            "`fg` needs an e-mail address or a phone number".into(),
        );
    }
    if g.complaints.url.is_none() {
        problem(
            &header("complaints"),
            "`complaints` needs the web address of the procedure".into(),
        );
    }
    for p in theme::check(&g.theme) {
        problem(&p.token, p.message);
    }
    if d.0.is_empty() {
        Ok(g)
    } else {
        Err(d)
    }
}

/// Every free text, by the name an author knows it by.
fn texts(g: &Gemeente) -> Vec<(String, &str)> {
    let mut all = vec![
        ("name".to_owned(), g.name.as_str()),
        ("privacy_statement".to_owned(), g.privacy_statement.as_str()),
    ];
    for (section, c) in [
        ("loket", &g.loket),
        ("fg", &g.fg),
        ("complaints", &g.complaints),
    ] {
        all.push((format!("{section}.name.nl"), &c.name.nl));
        all.push((format!("{section}.name.en"), &c.name.en));
        if let Some(h) = &c.hours {
            all.push((format!("{section}.hours.nl"), &h.nl));
            all.push((format!("{section}.hours.en"), &h.en));
        }
        for (field, value) in [("phone", &c.phone), ("email", &c.email), ("url", &c.url)] {
            if let Some(v) = value {
                all.push((format!("{section}.{field}"), v));
            }
        }
    }
    all
}

fn check_url(problem: &mut impl FnMut(&str, String), field: &str, url: Option<&str>) {
    if let Some(url) = url.filter(|u| !is_url(u) && !u.contains(TO_FILL_IN)) {
        problem(
            url,
            format!("`{field}`: `{url}` is not an https:// web address"),
        );
    }
}

fn is_url(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && !s.chars().any(char::is_whitespace)
}

fn is_email(s: &str) -> bool {
    let mut parts = s.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c == '<' || c == '>')
}

/// A Dutch number as residents dial it: ten digits from 0 (or +31 and nine), a free or paid
/// service number (0800/0900/0906/0909, 8 or 11 digits), or the gemeente's own 14 number
/// (14 and the area code without its 0, 5 or 6 digits).
fn is_phone(s: &str) -> bool {
    if !s.chars().all(|c| c.is_ascii_digit() || " -()+".contains(c)) {
        return false;
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len();
    if s.trim_start().starts_with('+') {
        return digits.starts_with("31") && n == 11;
    }
    if ["0800", "0900", "0906", "0909"]
        .iter()
        .any(|p| digits.starts_with(p))
    {
        return n == 8 || n == 11;
    }
    (digits.starts_with('0') && n == 10) || (digits.starts_with("14") && (n == 5 || n == 6))
}

/// The 1-based line holding `needle` at or after line `from` (1-based; 0 = the start).
fn line_of(text: &str, needle: &str, from: usize) -> usize {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find(|(_, l)| l.contains(needle))
        .map_or(0, |(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_email_and_web_addresses() {
        for ok in [
            "14 020",
            "140 10",
            "030-123 45 67",
            "0800-2000",
            "+31 30 123 4567",
            "0800 123 4567",
        ] {
            assert!(is_phone(ok), "{ok}");
        }
        for bad in [
            "",
            "12345",
            "030 1234",
            "+44 20 7946 0958",
            "bel ons",
            "0800-20",
        ] {
            assert!(!is_phone(bad), "{bad}");
        }
        assert!(is_email("fg@voorbeeldstad.example"));
        for bad in ["fg", "fg@", "@x.nl", "fg@@x.nl", "f g@x.nl", "fg@nl"] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(is_url("https://www.voorbeeldstad.example/privacy"));
        for bad in [
            "http://x.nl",
            "https://",
            "https://x",
            "https://x .nl",
            "javascript:alert(1)",
        ] {
            assert!(!is_url(bad), "{bad}");
        }
    }

    #[test]
    fn slugs_are_lowercase_words_with_hyphens() {
        assert!(is_slug("voorbeeldstad"));
        assert!(is_slug("bergen-op-zoom"));
        for bad in ["", "Voorbeeldstad", "-x", "x-", "x_y", "a/b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
