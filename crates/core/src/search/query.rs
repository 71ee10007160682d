//! Turning what the user typed into an FTS5 MATCH expression, and running it.

use rusqlite::Connection;

use super::index::{fts_table, Field, DOC_TABLE};
use super::snippet::snippet;
use super::stop_words::is_stop_word;
use super::text::{fold, word_spans, Analyzer};
use super::Hit;
use crate::content::Track;
use crate::i18n::Locale;
use crate::Result;

/// Nobody types more words than this into a search box; the cap keeps a pasted essay from
/// building an FTS5 expression deeper than SQLite allows.
const MAX_QUERY_WORDS: usize = 16;

/// A query word, folded and stemmed like the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    pub(crate) folded: String,
    pub(crate) stem: String,
}

/// The words of a query, the last one possibly as a prefix. Pages with all of them come
/// first; only when there are none do pages with some of them count.
#[derive(Debug)]
pub(crate) struct Query {
    whole: Vec<Term>,
    prefix: Option<Term>,
}

/// How the words of a query combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Combine {
    All,
    Any,
}

impl Query {
    /// `None` when the input has no words, so there is nothing to search for.
    pub(crate) fn parse(analyzer: &Analyzer, input: &str) -> Option<Query> {
        let spans = word_spans(input);
        let truncated = spans.len() > MAX_QUERY_WORDS;
        let mut terms: Vec<Term> = spans
            .into_iter()
            .take(MAX_QUERY_WORDS)
            .filter_map(|span| input.get(span))
            .map(fold)
            .filter(|folded| !folded.is_empty())
            .map(|folded| Term {
                stem: analyzer.stem(&folded),
                folded,
            })
            .collect();
        // The user is still typing the last word unless they ended it with a space. A word
        // cut off by the cap was not the last one typed, so it is matched whole. A prefix is
        // kept even when it looks like a stop word: `de` may be the start of `delen`.
        let typing = !truncated && !input.ends_with(char::is_whitespace);
        let prefix = if typing { terms.pop() } else { None };
        let locale = analyzer.locale();
        let topical = |t: &Term| !is_stop_word(locale, &t.folded);
        // A query of nothing but stop words ("wie ben ik") is searched as typed.
        if terms.iter().chain(&prefix).any(topical) {
            terms.retain(topical);
        }
        if terms.is_empty() && prefix.is_none() {
            return None;
        }
        Some(Query {
            whole: terms,
            prefix,
        })
    }

    /// The MATCH expression restricted to `fields`. Every word becomes a quoted FTS5 string,
    /// so nothing the user types is read as FTS5 syntax.
    pub(crate) fn match_expr(&self, fields: &[Field], combine: Combine) -> String {
        let stems = column_set(fields.iter().map(|f| f.stems_column()));
        let words = column_set(fields.iter().map(|f| f.words_column()));
        let mut parts: Vec<String> = self
            .whole
            .iter()
            .map(|t| format!("{stems} : {}", quote(&t.stem)))
            .collect();
        if let Some(p) = &self.prefix {
            let on_stems = if p.folded == p.stem {
                format!("{}*", quote(&p.stem))
            } else {
                format!("({}* OR {}*)", quote(&p.folded), quote(&p.stem))
            };
            parts.push(format!(
                "({stems} : {on_stems} OR {words} : {}*)",
                quote(&p.folded)
            ));
        }
        parts.join(match combine {
            Combine::All => " AND ",
            Combine::Any => " OR ",
        })
    }

    /// Whether a word of the original text is one this query matched, by the same rule as
    /// [`Query::match_expr`]: a whole word by stem, the prefix word as a prefix of the
    /// word's folded form or of its stem.
    pub(crate) fn matches(&self, folded: &str, stem: &str) -> bool {
        if folded.is_empty() {
            return false;
        }
        self.whole.iter().any(|t| t.stem == stem)
            || self.prefix.as_ref().is_some_and(|p| {
                folded.starts_with(&p.folded)
                    || stem.starts_with(&p.folded)
                    || stem.starts_with(&p.stem)
            })
    }
}

/// An FTS5 column filter. Column names are ours, fixed in [`Field`], never user input.
fn column_set<'a>(columns: impl Iterator<Item = &'a str>) -> String {
    format!("{{{}}}", columns.collect::<Vec<_>>().join(" "))
}

/// An FTS5 string token. Folded words are letters and digits only, but doubling quotes keeps
/// this safe whatever it is given.
fn quote(token: &str) -> String {
    format!("\"{}\"", token.replace('"', "\"\""))
}

/// Rank weights per field, used for the stem and the word column alike.
fn bm25_weights() -> String {
    let weights: Vec<String> = Field::ALL
        .iter()
        .map(|f| f.weight())
        .chain(Field::ALL.iter().map(|f| f.weight()))
        .map(|w| format!("{w:.1}"))
        .collect();
    weights.join(", ")
}

pub(crate) fn run(
    conn: &Connection,
    locale: Locale,
    input: &str,
    limit: usize,
) -> Result<Vec<Hit>> {
    let analyzer = Analyzer::new(locale);
    let Some(query) = Query::parse(&analyzer, input) else {
        return Ok(Vec::new());
    };
    if limit == 0 {
        return Ok(Vec::new());
    }
    let hits = ranked(conn, locale, &query, &analyzer, Combine::All, limit)?;
    if !hits.is_empty() {
        return Ok(hits);
    }
    // A question nobody wrote word for word ("krijg ik antwoord binnen een week") still has
    // pages about most of it: better those, marked partial, than an empty list.
    ranked(conn, locale, &query, &analyzer, Combine::Any, limit)
}

fn ranked(
    conn: &Connection,
    locale: Locale,
    query: &Query,
    analyzer: &Analyzer,
    combine: Combine,
    limit: usize,
) -> Result<Vec<Hit>> {
    let fts = fts_table(locale);
    // bm25 sums over query words and saturates, so a long page with the words in its body
    // can outscore a short page with them in its title. The tier puts pages the whole query
    // matches by title alone first, then by title and summary, then the rest; bm25 orders
    // within a tier, and the id makes ties deterministic. Ranking reads only ids; the long
    // texts are read for the hits that made the cut.
    let sql = format!(
        "WITH ranked AS (
           SELECT {fts}.rowid AS docid, d.id AS id,
             CASE
               WHEN {fts}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?2) THEN 0
               WHEN {fts}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?3) THEN 1
               ELSE 2
             END AS tier,
             bm25({fts}, {weights}) AS score
           FROM {fts} JOIN {DOC_TABLE} AS d ON d.docid = {fts}.rowid
           WHERE {fts} MATCH ?1
           ORDER BY tier, score, id
           LIMIT ?4
         )
         SELECT d.id, d.kind, d.track, d.title, d.summary, d.body
         FROM ranked JOIN {DOC_TABLE} AS d ON d.docid = ranked.docid
         ORDER BY ranked.tier, ranked.score, ranked.id",
        weights = bm25_weights(),
    );
    let all = query.match_expr(&Field::ALL, combine);
    let (title, title_summary) = match combine {
        Combine::All => (
            query.match_expr(&[Field::Title], combine),
            query.match_expr(&[Field::Title, Field::Summary], combine),
        ),
        // One shared word in a title says little when the rest of the query is elsewhere:
        // partial hits share one tier, and bm25 (which sums over the words a page has, and
        // weighs titles most) orders them.
        Combine::Any => (all.clone(), all.clone()),
    };
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);

    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(rusqlite::params![all, title, title_summary, limit])?;
    let mut hits = Vec::new();
    while let Some(row) = rows.next()? {
        let track: Option<String> = row.get(2)?;
        let track = track.map(|t| t.parse::<Track>()).transpose()?;
        let title: String = row.get(3)?;
        let summary: String = row.get(4)?;
        let body: String = row.get(5)?;
        hits.push(Hit {
            id: row.get(0)?,
            kind: row.get(1)?,
            track,
            snippet: snippet(query, analyzer, &title, &summary, &body),
            title,
            partial: combine == Combine::Any,
        });
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(locale: Locale, input: &str) -> Option<Query> {
        Query::parse(&Analyzer::new(locale), input)
    }

    #[test]
    fn the_last_word_is_a_prefix_until_a_space_follows() {
        let q = parse(Locale::Nl, "rechten katt").unwrap();
        assert_eq!(
            q.match_expr(&Field::ALL, Combine::All),
            "{title_stems summary_stems body_stems} : \"recht\" AND \
             ({title_stems summary_stems body_stems} : \"katt\"* \
             OR {title_words summary_words body_words} : \"katt\"*)"
        );
        let q = parse(Locale::Nl, "rechten katten ").unwrap();
        assert_eq!(
            q.match_expr(&[Field::Title], Combine::All),
            "{title_stems} : \"recht\" AND {title_stems} : \"kat\""
        );
    }

    #[test]
    fn a_prefix_word_matches_its_folded_form_and_its_stem() {
        let q = parse(Locale::Nl, "Cliënten").unwrap();
        assert_eq!(
            q.match_expr(&[Field::Body], Combine::All),
            "({body_stems} : (\"clienten\"* OR \"client\"*) \
             OR {body_words} : \"clienten\"*)"
        );
        assert!(q.matches("clientenraad", "clientenrad"));
        assert!(q.matches("client", "client"));
        assert!(!q.matches("klant", "klant"));
    }

    #[test]
    fn input_without_words_is_no_query() {
        for input in ["", "   ", "\"*-^:()", "…", "🙂", "\u{301}\u{200d}"] {
            assert!(parse(Locale::En, input).is_none(), "{input:?}");
        }
    }

    #[test]
    fn syntax_in_the_input_ends_up_inside_quoted_strings() {
        let q = parse(Locale::Nl, "\"a OR b\" NEAR(c* -d ^e:f").unwrap();
        let expr = q.match_expr(&[Field::Title], Combine::All);
        assert_eq!(
            expr,
            "{title_stems} : \"a\" AND {title_stems} : \"or\" AND {title_stems} : \"b\" \
             AND {title_stems} : \"near\" AND {title_stems} : \"c\" AND {title_stems} : \"d\" \
             AND {title_stems} : \"e\" AND ({title_stems} : \"f\"* OR {title_words} : \"f\"*)"
        );
    }

    #[test]
    fn a_very_long_query_is_capped_and_matched_whole() {
        let input = "word ".repeat(1000) + "pre";
        let q = parse(Locale::En, &input).unwrap();
        assert_eq!(q.whole.len(), MAX_QUERY_WORDS);
        assert!(q.prefix.is_none());
    }
}
