//! The compiled content the app ships, as one SQLite file: pages, glossary and message files
//! as JSON rows, and the full-text index beside them. Built ahead of time; the app opens it
//! read-only from memory and never parses Markdown.

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use super::glossary::Term;
use super::model::{Page, PageSummary, Track};
use super::plain;
use crate::i18n::{FtlFile, Locale};
use crate::search::{self, Hit, SearchDoc};
use crate::{Error, Result};

/// Bumped when the pack's shape changes, so an app never misreads a pack of another version.
pub const PACK_FORMAT: u32 = 6;

const SCHEMA: &str = "
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE pages (locale TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL,
                        PRIMARY KEY (locale, id));
    CREATE TABLE terms (locale TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL,
                        PRIMARY KEY (locale, id));
    CREATE TABLE messages (locale TEXT NOT NULL, name TEXT NOT NULL, source TEXT NOT NULL,
                           PRIMARY KEY (locale, name));
";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pack {
    pub format: u32,
    /// SHA-256 (hex) of the sources the pack was built from.
    pub source_hash: String,
    /// Sorted by locale, track and id.
    pub pages: Vec<Page>,
    /// Sorted by locale and id.
    pub terms: Vec<Term>,
    pub messages: Vec<FtlFile>,
}

/// The pack's search index, kept open for the app's lifetime.
#[derive(Debug)]
pub struct SearchIndex(Connection);

impl SearchIndex {
    pub fn search(&self, locale: Locale, query: &str, limit: usize) -> Result<Vec<Hit>> {
        search::search(&self.0, locale, query, limit)
    }
}

fn unreadable(e: impl std::fmt::Display) -> Error {
    Error::Pack(e.to_string())
}

impl Pack {
    /// The pack as the bytes of an SQLite database, search index included.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let mut conn = Connection::open_in_memory()?;
        conn.execute_batch(SCHEMA)?;
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('format', ?1), ('source_hash', ?2)",
            params![self.format.to_string(), self.source_hash],
        )?;
        for p in &self.pages {
            tx.execute(
                "INSERT INTO pages (locale, id, json) VALUES (?1, ?2, ?3)",
                params![p.locale.as_str(), p.id, to_json(p)?],
            )?;
        }
        for t in &self.terms {
            tx.execute(
                "INSERT INTO terms (locale, id, json) VALUES (?1, ?2, ?3)",
                params![t.locale.as_str(), t.id, to_json(t)?],
            )?;
        }
        for m in &self.messages {
            tx.execute(
                "INSERT INTO messages (locale, name, source) VALUES (?1, ?2, ?3)",
                params![m.locale.as_str(), m.name, m.source],
            )?;
        }
        search::create_index(&tx, &self.search_docs())?;
        tx.commit()?;
        conn.execute_batch("VACUUM")?;
        let data = conn.serialize("main")?;
        Ok(data.to_vec())
    }

    /// Reads a pack from bytes (a file the CLI wrote, for instance).
    pub fn from_bytes(bytes: &[u8]) -> Result<(Pack, SearchIndex)> {
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_read_exact("main", bytes, bytes.len(), true)
            .map_err(unreadable)?;
        Self::read(conn)
    }

    /// Reads a pack embedded in the binary, without copying it.
    pub fn from_static(bytes: &'static [u8]) -> Result<(Pack, SearchIndex)> {
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_bytes("main", bytes).map_err(unreadable)?;
        Self::read(conn)
    }

    fn read(conn: Connection) -> Result<(Pack, SearchIndex)> {
        let meta = |key: &str| -> Result<String> {
            conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
                .map_err(unreadable)
        };
        let format: u32 = meta("format")?.parse().map_err(unreadable)?;
        if format != PACK_FORMAT {
            return Err(Error::Pack(format!(
                "pack format {format} but this app reads {PACK_FORMAT}"
            )));
        }
        let source_hash = meta("source_hash")?;
        let pages = rows(&conn, "SELECT json FROM pages")?;
        let terms = rows(&conn, "SELECT json FROM terms")?;
        let mut stmt = conn
            .prepare("SELECT locale, name, source FROM messages")
            .map_err(unreadable)?;
        let messages = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))
            .map_err(unreadable)?
            .map(|row| {
                let (locale, name, source) = row.map_err(unreadable)?;
                Ok(FtlFile {
                    locale: locale.parse()?,
                    name,
                    source,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        drop(stmt);
        // Rust's order of locales (Dutch first), not SQL's alphabetical one.
        let mut pages: Vec<Page> = pages;
        pages.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        let mut terms: Vec<Term> = terms;
        terms.sort_by(|a, b| (a.locale, &a.id).cmp(&(b.locale, &b.id)));
        let mut messages = messages;
        messages.sort_by(|a, b| (a.locale, &a.name).cmp(&(b.locale, &b.name)));
        let pack = Pack {
            format,
            source_hash,
            pages,
            terms,
            messages,
        };
        Ok((pack, SearchIndex(conn)))
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

    pub fn term(&self, id: &str, locale: Locale) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id && t.locale == locale)
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

    /// What the search index holds: every page and every glossary term, as plain text.
    pub fn search_docs(&self) -> Vec<SearchDoc> {
        let pages = self.pages.iter().map(|p| SearchDoc {
            id: p.id.clone(),
            locale: p.locale,
            kind: p.kind.as_str().to_owned(),
            track: Some(p.track),
            title: p.title.clone(),
            summary: p.summary.clone(),
            body: p.plain_text(),
        });
        let terms = self.terms.iter().map(|t| SearchDoc {
            id: t.id.clone(),
            locale: t.locale,
            kind: "term".to_owned(),
            track: None,
            title: t.term.clone(),
            summary: t.also.join(", "),
            body: plain::from_html(&t.html),
        });
        pages.chain(terms).collect()
    }
}

fn rows<T: serde::de::DeserializeOwned>(conn: &Connection, sql: &str) -> Result<Vec<T>> {
    let mut stmt = conn.prepare(sql).map_err(unreadable)?;
    let out = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .map_err(unreadable)?
        .map(|json| {
            let json = json.map_err(unreadable)?;
            serde_json::from_str(&json).map_err(unreadable)
        })
        .collect();
    out
}

fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Body, Kind};

    fn sample() -> Pack {
        let page = |id: &str, locale, track| Page {
            id: id.into(),
            kind: Kind::Article,
            related: vec![],
            locale,
            track,
            title: format!("{id} {locale}"),
            summary: "Over je dossier".into(),
            tags: vec![],
            sources: vec![],
            html: "<p>Je mag je dossier inzien.</p>".into(),
            body: Body::Prose,
            position: 0,
            tool: None,
        };
        Pack {
            format: PACK_FORMAT,
            source_hash: "abc".into(),
            pages: vec![
                page("a", Locale::Nl, Track::Jongeren),
                page("b", Locale::Nl, Track::Inwoners),
                page("a", Locale::En, Track::Jongeren),
            ],
            terms: vec![Term {
                id: "avg".into(),
                locale: Locale::Nl,
                term: "AVG".into(),
                html: "<p>De privacywet.</p>".into(),
                also: vec!["GDPR".into()],
            }],
            messages: vec![
                FtlFile {
                    locale: Locale::En,
                    name: "app.ftl".into(),
                    source: "x = Y".into(),
                },
                FtlFile {
                    locale: Locale::Nl,
                    name: "app.ftl".into(),
                    source: "x = X".into(),
                },
            ],
        }
    }

    fn sorted(mut pack: Pack) -> Pack {
        pack.pages.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        pack.messages
            .sort_by(|a, b| (a.locale, &a.name).cmp(&(b.locale, &b.name)));
        pack
    }

    #[test]
    fn round_trips_through_sqlite_bytes() {
        let pack = sample();
        let bytes = pack.to_bytes().unwrap();
        assert!(bytes.starts_with(b"SQLite format 3\0"));
        let (back, index) = Pack::from_bytes(&bytes).unwrap();
        assert_eq!(back, sorted(pack));
        let hits = index.search(Locale::Nl, "dossier", 10).unwrap();
        let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids.len(), 2, "{hits:?}");
        let term = index.search(Locale::Nl, "gdpr", 10).unwrap();
        assert_eq!(term[0].kind, "term");
    }

    #[test]
    fn loads_from_static_bytes_without_copying() {
        let bytes: &'static [u8] = Box::leak(sample().to_bytes().unwrap().into_boxed_slice());
        let (pack, _) = Pack::from_static(bytes).unwrap();
        assert_eq!(pack.source_hash, "abc");
    }

    #[test]
    fn refuses_another_format_and_garbage() {
        let mut pack = sample();
        pack.format = PACK_FORMAT + 1;
        let err = Pack::from_bytes(&pack.to_bytes().unwrap()).unwrap_err();
        assert!(err.to_string().contains("pack format"), "{err}");
        for garbage in [
            &b""[..],
            b"{}",
            &[0u8; 4096][..],
            b"SQLite format 3\0garbage",
        ] {
            assert!(
                matches!(
                    Pack::from_bytes(garbage),
                    Err(Error::Pack(_) | Error::Storage(_))
                ),
                "{garbage:?}"
            );
        }
    }

    #[test]
    fn looks_up_pages_terms_and_messages() {
        let pack = sorted(sample());
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
        assert_eq!(
            pack.term("avg", Locale::Nl).map(|t| t.term.as_str()),
            Some("AVG")
        );
        assert!(pack.term("avg", Locale::En).is_none());
        let chain: Vec<_> = pack
            .messages_for(Locale::En)
            .iter()
            .map(|f| f.locale)
            .collect();
        assert_eq!(chain, [Locale::En, Locale::Nl]);
    }
}
