//! The compiled content the app ships: pages in every locale and the UI's message files.

use serde::{Deserialize, Serialize};

use super::model::{Page, PageSummary, Track};
use crate::i18n::{FtlFile, Locale};
use crate::{Error, Result};

/// Bumped when the pack's shape changes, so an app never misreads a pack of another version.
pub const PACK_FORMAT: u32 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pack {
    pub format: u32,
    /// SHA-256 (hex) of the sources the pack was built from.
    pub source_hash: String,
    /// Sorted by locale, track and id.
    pub pages: Vec<Page>,
    pub messages: Vec<FtlFile>,
}

impl Pack {
    pub fn to_json(&self) -> Result<Vec<u8>> {
        serde_json::to_vec(self).map_err(Error::Pack)
    }

    pub fn from_json(bytes: &[u8]) -> Result<Self> {
        let pack: Pack = serde_json::from_slice(bytes).map_err(Error::Pack)?;
        if pack.format != PACK_FORMAT {
            return Err(Error::Pack(serde::de::Error::custom(format!(
                "pack format {} but this app reads {PACK_FORMAT}",
                pack.format
            ))));
        }
        Ok(pack)
    }

    pub fn page(&self, id: &str, locale: Locale) -> Result<&Page> {
        self.pages
            .iter()
            .find(|p| p.id == id && p.locale == locale)
            .ok_or_else(|| Error::UnknownPage { id: id.to_owned() })
    }

    pub fn contains(&self, id: &str) -> bool {
        self.pages.iter().any(|p| p.id == id)
    }

    pub fn summaries(&self, track: Track, locale: Locale) -> Vec<PageSummary> {
        self.pages
            .iter()
            .filter(|p| p.track == track && p.locale == locale)
            .map(PageSummary::from)
            .collect()
    }

    /// The message files for `locale` followed by those of the fallback, in lookup order.
    pub fn messages_for(&self, locale: Locale) -> Vec<&FtlFile> {
        let mut chain = vec![locale];
        if locale != Locale::FALLBACK {
            chain.push(Locale::FALLBACK);
        }
        chain
            .into_iter()
            .flat_map(|l| self.messages.iter().filter(move |f| f.locale == l))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Kind;

    fn sample() -> Pack {
        let page = |id: &str, locale, track| Page {
            id: id.into(),
            kind: Kind::Article,
            related: vec![],
            locale,
            track,
            title: format!("{id} {locale}"),
            summary: String::new(),
            tags: vec![],
            sources: vec![],
            html: String::new(),
        };
        Pack {
            format: PACK_FORMAT,
            source_hash: String::new(),
            pages: vec![
                page("a", Locale::Nl, Track::Jongeren),
                page("a", Locale::En, Track::Jongeren),
                page("b", Locale::En, Track::Inwoners),
            ],
            messages: vec![
                FtlFile {
                    locale: Locale::Nl,
                    name: "app.ftl".into(),
                    source: "x = X".into(),
                },
                FtlFile {
                    locale: Locale::En,
                    name: "app.ftl".into(),
                    source: "x = Y".into(),
                },
            ],
        }
    }

    #[test]
    fn round_trips_through_json() {
        let pack = sample();
        assert_eq!(Pack::from_json(&pack.to_json().unwrap()).unwrap(), pack);
    }

    #[test]
    fn refuses_another_format_and_garbage() {
        let mut pack = sample();
        pack.format = PACK_FORMAT + 1;
        assert!(matches!(
            Pack::from_json(&pack.to_json().unwrap()),
            Err(Error::Pack(_))
        ));
        assert!(matches!(Pack::from_json(b"{"), Err(Error::Pack(_))));
    }

    #[test]
    fn looks_up_pages_by_id_locale_and_track() {
        let pack = sample();
        assert_eq!(pack.page("a", Locale::En).unwrap().title, "a en");
        assert!(matches!(
            pack.page("zz", Locale::En),
            Err(Error::UnknownPage { .. })
        ));
        let titles: Vec<_> = pack
            .summaries(Track::Jongeren, Locale::Nl)
            .into_iter()
            .map(|s| s.title)
            .collect();
        assert_eq!(titles, ["a nl"]);
        let chain: Vec<_> = pack
            .messages_for(Locale::En)
            .iter()
            .map(|f| f.locale)
            .collect();
        assert_eq!(chain, [Locale::En, Locale::Nl]);
    }
}
