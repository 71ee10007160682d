//! What a word is, and how it is folded and stemmed. The index, the query and the snippet all
//! go through here, so a word the snippet marks is exactly a word the query matched.

use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::i18n::Locale;

/// Combining marks count as word characters so a decomposed `cliënt` (e + U+0308) stays one
/// word in the original text; folding drops them afterwards.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Byte ranges of the words in `text`. Every range starts and ends on a char boundary, so
/// slicing the original text with them is safe.
pub(crate) fn word_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push(s..text.len());
    }
    spans
}

/// Lowercase, decompose, drop the marks: `CLIËNT` and `client` fold alike. Lowercasing
/// comes first because it can itself produce marks (`İ` lowercases to `i` + U+0307).
/// Anything not alphanumeric after folding is dropped too, so a folded word is a single
/// token for FTS5's `ascii` tokenizer and never turns into a multi-token phrase.
pub(crate) fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .nfd()
        .filter(|c| !is_combining_mark(*c) && c.is_alphanumeric())
        .collect()
}

/// Folding and stemming for one locale.
pub(crate) struct Analyzer {
    locale: Locale,
    stemmer: Stemmer,
}

impl Analyzer {
    pub(crate) fn new(locale: Locale) -> Self {
        let algorithm = match locale {
            Locale::Nl => Algorithm::Dutch,
            Locale::En => Algorithm::English,
        };
        Analyzer {
            locale,
            stemmer: Stemmer::create(algorithm),
        }
    }

    pub(crate) fn locale(&self) -> Locale {
        self.locale
    }

    /// The stem of an already folded word.
    pub(crate) fn stem(&self, folded: &str) -> String {
        // rust-stemmers slices by byte offsets and has panicked on non-Latin input; after
        // folding, Dutch and English words are ASCII, and anything else gains nothing from a
        // Dutch or English stemmer anyway.
        if folded.is_empty() || !folded.is_ascii() {
            return folded.to_owned();
        }
        let once = self.stemmer.stem(folded).into_owned();
        // Dutch Snowball strips one suffix per pass, so the plural `gegevens` stems to
        // `gegeven` while the singular `gegeven` stems to `gegev`. A second pass after a
        // stripped plural -s brings both to the same stem.
        let stem = if self.locale == Locale::Nl && folded.strip_suffix('s') == Some(&once) {
            self.stemmer.stem(&once).into_owned()
        } else {
            once
        };
        if stem.is_empty() {
            folded.to_owned()
        } else {
            stem
        }
    }

    /// The token streams stored in the index for one field: stems, and folded words for
    /// prefix matching while typing (`katt` must reach `katten`, whose stem is `kat`).
    pub(crate) fn index_streams(&self, text: &str) -> (String, String) {
        let mut stems = String::new();
        let mut words = String::new();
        for span in word_spans(text) {
            let folded = text.get(span).map(fold).unwrap_or_default();
            if folded.is_empty() {
                continue;
            }
            if !words.is_empty() {
                stems.push(' ');
                words.push(' ');
            }
            stems.push_str(&self.stem(&folded));
            words.push_str(&folded);
        }
        (stems, words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        word_spans(text).into_iter().map(|s| &text[s]).collect()
    }

    #[test]
    fn splits_on_anything_that_is_not_a_letter_digit_or_mark() {
        assert_eq!(
            words("De cliënt's e-mail, 2024!"),
            ["De", "cliënt", "s", "e", "mail", "2024"]
        );
        // A decomposed diacritic stays inside its word.
        assert_eq!(words("clie\u{308}nt"), ["clie\u{308}nt"]);
        assert!(words("").is_empty());
        assert!(words(" ?! … ").is_empty());
    }

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("CLIËNT"), "client");
        assert_eq!(fold("clie\u{308}nt"), "client");
        assert_eq!(fold("Privé"), "prive");
        assert_eq!(fold("İstanbul"), "istanbul");
        assert_eq!(fold("\u{301}"), "");
    }

    #[test]
    fn stems_per_language() {
        let nl = Analyzer::new(Locale::Nl);
        assert_eq!(nl.stem("katten"), "kat");
        assert_eq!(nl.stem("gegevens"), nl.stem("gegeven"));
        assert_eq!(nl.stem("persoonsgegevens"), nl.stem("persoonsgegeven"));
        let en = Analyzer::new(Locale::En);
        assert_eq!(en.stem("rights"), "right");
        assert_eq!(en.stem("requested"), en.stem("requesting"));
        assert_eq!(en.stem("東京"), "東京");
    }

    #[test]
    fn index_streams_align_word_for_word() {
        let nl = Analyzer::new(Locale::Nl);
        let (stems, words) = nl.index_streams("De Katten van de CLIËNT.");
        assert_eq!(words, "de katten van de client");
        assert_eq!(stems, "de kat van de client");
    }
}
