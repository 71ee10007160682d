//! What the shipped content promises its users: enough to read in every track and language,
//! and search that answers the questions people actually type. A page removed by mistake, or
//! a search change that buries the page a question is about, fails here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use privacyapp_core::content::{compile, Body, Kind, Pack, SearchIndex, Track};
use privacyapp_core::i18n::Locale;

/// The pack as the app opens it, with its search index.
fn shipped() -> (Pack, SearchIndex) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let pack = compile(&root.join("content"), &root.join("locales"))
        .unwrap_or_else(|e| panic!("the shipped content does not compile:\n{e}"));
    Pack::from_bytes(&pack.to_bytes().unwrap()).unwrap()
}

/// The least each track offers, in every locale: (reading pages, scenarios, quizzes,
/// questions in its largest quiz).
const MINIMUM: [(Track, usize, usize, usize, usize); 3] = [
    (Track::Jongeren, 10, 3, 1, 10),
    (Track::Inwoners, 10, 3, 1, 10),
    (Track::Professionals, 12, 4, 1, 10),
];

const MINIMUM_TERMS: usize = 30;

#[test]
fn every_track_offers_enough_in_every_locale() {
    let (pack, _) = shipped();
    for locale in Locale::ALL {
        for (track, reading, scenarios, quizzes, questions) in MINIMUM {
            let pages: Vec<_> = pack
                .pages
                .iter()
                .filter(|p| p.track == track && p.locale == locale)
                .collect();
            let count = |kinds: &[Kind]| pages.iter().filter(|p| kinds.contains(&p.kind)).count();
            let largest_quiz = pages
                .iter()
                .filter_map(|p| match &p.body {
                    Body::Quiz { quiz } => Some(quiz.questions.len()),
                    _ => None,
                })
                .max()
                .unwrap_or(0);
            let context = format!("{track} in {locale}");
            assert!(count(&[Kind::Article, Kind::Tool]) >= reading, "{context}: reading pages");
            assert!(count(&[Kind::Scenario]) >= scenarios, "{context}: scenarios");
            assert!(count(&[Kind::Quiz]) >= quizzes, "{context}: quizzes");
            assert!(largest_quiz >= questions, "{context}: questions in a quiz");
        }
        let terms = pack.terms.iter().filter(|t| t.locale == locale).count();
        assert!(terms >= MINIMUM_TERMS, "{terms} glossary terms in {locale}");
    }
}
