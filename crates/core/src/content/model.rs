use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::i18n::Locale;
use crate::Error;

/// Who a page is written for. The app shows one track at a time; the user can switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Track {
    Jongeren,
    Inwoners,
    Professionals,
}

impl Track {
    pub const ALL: [Track; 3] = [Track::Jongeren, Track::Inwoners, Track::Professionals];

    pub fn as_str(self) -> &'static str {
        match self {
            Track::Jongeren => "jongeren",
            Track::Inwoners => "inwoners",
            Track::Professionals => "professionals",
        }
    }
}

impl fmt::Display for Track {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Track {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Track::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| Error::UnknownTrack(s.to_owned()))
    }
}

/// Page ids are lowercase ASCII words joined by single hyphens: stable, readable in a link,
/// and safe in a URL without escaping.
pub fn is_valid_page_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// What a page is. Each kind has its own body format; the compiler supports articles now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Article,
    Scenario,
    Quiz,
    Checklist,
    Tool,
}

/// Where a legal claim comes from: a law article or an official page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// A compiled page in one locale. `html` has been through the sanitiser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// Stable across locales and content updates; everything stored refers to it.
    pub id: String,
    pub kind: Kind,
    pub locale: Locale,
    pub track: Track,
    pub title: String,
    pub summary: String,
    /// Ids of pages to read next, checked to exist.
    pub related: Vec<String>,
    pub tags: Vec<String>,
    pub sources: Vec<Source>,
    pub html: String,
}

/// What a list needs of a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageSummary {
    pub id: String,
    pub kind: Kind,
    pub track: Track,
    pub title: String,
    pub summary: String,
}

impl From<&Page> for PageSummary {
    fn from(p: &Page) -> Self {
        Self {
            id: p.id.clone(),
            kind: p.kind,
            track: p.track,
            title: p.title.clone(),
            summary: p.summary.clone(),
        }
    }
}
