//! The search tables: created and filled once when the content pack is built, only read by
//! the app.

use rusqlite::Connection;

use super::text::Analyzer;
use super::SearchDoc;
use crate::i18n::Locale;
use crate::Result;

/// The original texts, for titles and snippets.
pub(crate) const DOC_TABLE: &str = "search_doc";

/// One FTS5 table per locale: each language gets its own term statistics for bm25, and a
/// query cannot reach another locale's documents.
pub(crate) fn fts_table(locale: Locale) -> &'static str {
    match locale {
        Locale::Nl => "search_fts_nl",
        Locale::En => "search_fts_en",
    }
}

/// A searchable field of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Title,
    Summary,
    Body,
}

impl Field {
    /// In FTS5 column order; bm25 weights follow it.
    pub(crate) const ALL: [Field; 3] = [Field::Title, Field::Summary, Field::Body];

    pub(crate) fn stems_column(self) -> &'static str {
        match self {
            Field::Title => "title_stems",
            Field::Summary => "summary_stems",
            Field::Body => "body_stems",
        }
    }

    pub(crate) fn words_column(self) -> &'static str {
        match self {
            Field::Title => "title_words",
            Field::Summary => "summary_words",
            Field::Body => "body_words",
        }
    }

    /// bm25 weight: a word in a title says more about a page than the same word in its body.
    pub(crate) fn weight(self) -> f64 {
        match self {
            Field::Title => 10.0,
            Field::Summary => 4.0,
            Field::Body => 1.0,
        }
    }
}

const SAVEPOINT: &str = "search_create_index";

pub(crate) fn create(conn: &Connection, docs: &[SearchDoc]) -> Result<()> {
    // A savepoint rather than a transaction: it also works when the pack builder already
    // has a transaction open, and a failure leaves no half-built index behind.
    conn.execute_batch(&format!("SAVEPOINT {SAVEPOINT}"))?;
    match build(conn, docs) {
        Ok(()) => {
            conn.execute_batch(&format!("RELEASE {SAVEPOINT}"))?;
            Ok(())
        }
        Err(err) => {
            // The build error explains what went wrong; a failing rollback would not.
            let _ = conn.execute_batch(&format!("ROLLBACK TO {SAVEPOINT}; RELEASE {SAVEPOINT}"));
            Err(err)
        }
    }
}

fn build(conn: &Connection, docs: &[SearchDoc]) -> Result<()> {
    // Rebuilding replaces the previous index instead of adding duplicates to it.
    let mut ddl = format!(
        "DROP TABLE IF EXISTS {DOC_TABLE};
         CREATE TABLE {DOC_TABLE} (
             docid   INTEGER PRIMARY KEY,
             id      TEXT NOT NULL,
             locale  TEXT NOT NULL,
             kind    TEXT NOT NULL,
             track   TEXT,
             title   TEXT NOT NULL,
             summary TEXT NOT NULL,
             body    TEXT NOT NULL,
             UNIQUE (locale, id)
         ) STRICT;"
    );
    let stems: Vec<&str> = Field::ALL.iter().map(|f| f.stems_column()).collect();
    let words: Vec<&str> = Field::ALL.iter().map(|f| f.words_column()).collect();
    let columns = [stems, words].concat().join(", ");
    for locale in Locale::ALL {
        let fts = fts_table(locale);
        // Contentless: the originals live in the doc table, so FTS5 need not keep a copy.
        // `ascii` keeps each of our folded words exactly one FTS5 token (all non-ASCII
        // characters are token characters to it), so FTS5 sees the words the snippet marks.
        // Full detail, because in a contentless table with `detail=column` bm25 scores
        // every row 0.
        ddl.push_str(&format!(
            "DROP TABLE IF EXISTS {fts};
             CREATE VIRTUAL TABLE {fts} USING fts5(
                 {columns},
                 content = '', tokenize = 'ascii'
             );"
        ));
    }
    conn.execute_batch(&ddl)?;

    let mut insert_doc = conn.prepare(&format!(
        "INSERT INTO {DOC_TABLE} (id, locale, kind, track, title, summary, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
    ))?;
    for doc in docs {
        let docid = insert_doc.insert(rusqlite::params![
            doc.id,
            doc.locale.as_str(),
            doc.kind,
            doc.track.map(|t| t.as_str()),
            doc.title,
            doc.summary,
            doc.body,
        ])?;
        let analyzer = Analyzer::new(doc.locale);
        let (title_stems, title_words) = analyzer.index_streams(&doc.title);
        let (summary_stems, summary_words) = analyzer.index_streams(&doc.summary);
        let (body_stems, body_words) = analyzer.index_streams(&doc.body);
        let fts = fts_table(doc.locale);
        conn.prepare_cached(&format!(
            "INSERT INTO {fts} (rowid, {columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
        ))?
        .execute(rusqlite::params![
            docid,
            title_stems,
            summary_stems,
            body_stems,
            title_words,
            summary_words,
            body_words,
        ])?;
    }
    for locale in Locale::ALL {
        let fts = fts_table(locale);
        // The pack is read-only from here on: merge the index into one b-tree once.
        conn.execute(
            &format!("INSERT INTO {fts} ({fts}) VALUES ('optimize')"),
            [],
        )?;
    }
    Ok(())
}
