//! Words people type around what they are looking for ("mag ik mijn dossier zien?"). They
//! carry no topic, so requiring them would turn a natural question into no results. Folded
//! forms, sorted, so lookup is a binary search.

use crate::i18n::Locale;

const NL: &[&str] = &[
    "aan", "al", "alle", "als", "ben", "bij", "dan", "dat", "de", "deze", "die", "dit", "doe",
    "doen", "door", "dus", "een", "en", "er", "ga", "gaat", "heb", "hebben", "hebt", "heeft",
    "het", "hoe", "hun", "ik", "in", "is", "je", "jij", "jou", "jouw", "kan", "kun", "kunnen",
    "maar", "mag", "me", "met", "mij", "mijn", "moet", "moeten", "mogen", "na", "naar", "niet",
    "nog", "nu", "of", "om", "ons", "onze", "ook", "op", "over", "te", "tot", "u", "uw", "van",
    "voor", "waar", "waarom", "wanneer", "wat", "we", "welk", "welke", "wie", "wij", "wil",
    "willen", "word", "worden", "wordt", "zal", "ze", "zij", "zijn", "zo", "zou",
];

const EN: &[&str] = &[
    "a", "about", "am", "an", "and", "are", "as", "at", "be", "been", "by", "can", "could", "do",
    "does", "for", "from", "get", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its",
    "me", "my", "of", "on", "or", "our", "should", "so", "than", "that", "the", "their", "them",
    "they", "this", "to", "us", "was", "we", "what", "when", "where", "which", "who", "why",
    "will", "with", "would", "you", "your",
];

pub(crate) fn is_stop_word(locale: Locale, folded: &str) -> bool {
    let list = match locale {
        Locale::Nl => NL,
        Locale::En => EN,
    };
    list.binary_search(&folded).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_folded_and_unique() {
        for list in [NL, EN] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list
                .iter()
                .all(|w| super::super::text::fold(w) == *w && !w.is_empty()));
        }
    }

    #[test]
    fn topic_words_are_not_stop_words() {
        assert!(is_stop_word(Locale::Nl, "mijn"));
        assert!(is_stop_word(Locale::En, "the"));
        for word in ["dossier", "gegevens", "bijstand", "klacht", "16"] {
            assert!(!is_stop_word(Locale::Nl, word), "{word}");
        }
        assert!(!is_stop_word(Locale::En, "file"));
        // A Dutch function word is an English topic word and the other way round.
        assert!(!is_stop_word(Locale::En, "mijn"));
        assert!(!is_stop_word(Locale::Nl, "the"));
    }
}
