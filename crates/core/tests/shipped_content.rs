//! What the shipped content promises its users: enough to read in every track and language,
//! and search that answers the questions people actually type. A page removed by mistake, or
//! a search change that buries the page a question is about, fails here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use privacyapp_core::content::{compile, Body, Kind, Pack, SearchIndex, ToolId, Track};
use privacyapp_core::i18n::Locale;
use privacyapp_core::tools::{dilemma, preparation, self_assessment};

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
            assert!(
                count(&[Kind::Article, Kind::Tool]) >= reading,
                "{context}: reading pages"
            );
            assert!(
                count(&[Kind::Scenario]) >= scenarios,
                "{context}: scenarios"
            );
            assert!(count(&[Kind::Quiz]) >= quizzes, "{context}: quizzes");
            assert!(largest_quiz >= questions, "{context}: questions in a quiz");
        }
        let terms = pack.terms.iter().filter(|t| t.locale == locale).count();
        assert!(terms >= MINIMUM_TERMS, "{terms} glossary terms in {locale}");
    }
}

/// Questions as people type them, with the pages that answer them; one of those pages must
/// be among the first three results.
const QUESTIONS: &[(Locale, &str, &[&str])] = &[
    (
        Locale::Nl,
        "mag mijn moeder mijn dossier lezen",
        &["jongeren-je-dossier", "jongeren-12-en-16-jaar"],
    ),
    (
        Locale::Nl,
        "wat verandert er als ik 16 word",
        &["jongeren-12-en-16-jaar"],
    ),
    (
        Locale::Nl,
        "waarom wil de gemeente mijn bankafschriften zien",
        &[
            "inwoners-bijstand-en-bankafschriften",
            "inwoners-bijstand-aanvragen",
        ],
    ),
    (
        Locale::Nl,
        "hoe dien ik een klacht in over mijn gegevens",
        &["jongeren-klagen", "inwoners-klagen"],
    ),
    (
        Locale::Nl,
        "vertelt mijn hulpverlener mijn geheim door",
        &["jongeren-beroepsgeheim"],
    ),
    (
        Locale::Nl,
        "het is thuis niet veilig",
        &["jongeren-als-het-niet-veilig-is"],
    ),
    (
        Locale::Nl,
        "waarom krijg ik een brief over mijn huurachterstand",
        &[
            "inwoners-schulden-en-vroegsignalering",
            "inwoners-brief-over-een-achterstand",
        ],
    ),
    (
        Locale::Nl,
        "hoe lang duurt het voordat ik antwoord krijg",
        &[
            "jongeren-inzien-verbeteren-verwijderen",
            "inwoners-je-rechten-en-termijnen",
            "jongeren-jouw-rechten",
        ],
    ),
    (
        Locale::Nl,
        "mag ik mijn gegevens laten verwijderen",
        &[
            "jongeren-inzien-verbeteren-verwijderen",
            "inwoners-je-rechten-en-termijnen",
            "jongeren-jouw-rechten",
        ],
    ),
    (
        Locale::Nl,
        "welke pet heeft de medewerker op",
        &[
            "jongeren-wijkteam",
            "inwoners-vragen-die-je-altijd-mag-stellen",
            "professionals-pettenvraagstuk",
        ],
    ),
    (
        Locale::Nl,
        "wie is de functionaris gegevensbescherming",
        &["inwoners-functionaris-gegevensbescherming"],
    ),
    (
        Locale::Nl,
        "moet ik de gemeente toestemming geven",
        &["inwoners-toestemming-of-wettelijke-plicht"],
    ),
    (
        Locale::Nl,
        "het hele dossier opvragen bij de psychiater",
        &[
            "professionals-het-hele-dossier",
            "professionals-informatie-vragen-en-geven",
        ],
    ),
    (
        Locale::Nl,
        "wat zijn de vijf stappen van de meldcode",
        &["professionals-meldcode-vijf-stappen"],
    ),
    (
        Locale::Nl,
        "wanneer moet je een DPIA doen",
        &["professionals-dpia-en-fg"],
    ),
    (
        Locale::Nl,
        "voorbeeldbrief inzage",
        &[
            "inwoners-brief-inzage-gemeente",
            "jongeren-brief-dossier-inzien",
        ],
    ),
    (
        Locale::En,
        "can my parents read my file",
        &["jongeren-je-dossier", "jongeren-12-en-16-jaar"],
    ),
    (
        Locale::En,
        "what changes when I turn 16",
        &["jongeren-12-en-16-jaar"],
    ),
    (
        Locale::En,
        "why does the council want my bank statements",
        &[
            "inwoners-bijstand-en-bankafschriften",
            "inwoners-bijstand-aanvragen",
        ],
    ),
    (
        Locale::En,
        "how do I complain about my data",
        &["jongeren-klagen", "inwoners-klagen"],
    ),
    (
        Locale::En,
        "I am not safe at home",
        &["jongeren-als-het-niet-veilig-is"],
    ),
    (
        Locale::En,
        "how long does the council have to answer",
        &[
            "jongeren-inzien-verbeteren-verwijderen",
            "inwoners-je-rechten-en-termijnen",
            "jongeren-jouw-rechten",
        ],
    ),
    (
        Locale::En,
        "can I have my data deleted",
        &[
            "jongeren-inzien-verbeteren-verwijderen",
            "inwoners-je-rechten-en-termijnen",
            "jongeren-jouw-rechten",
        ],
    ),
    (
        Locale::En,
        "which hat is the worker wearing",
        &[
            "jongeren-wijkteam",
            "inwoners-vragen-die-je-altijd-mag-stellen",
            "professionals-pettenvraagstuk",
        ],
    ),
    (
        Locale::En,
        "steps of the reporting code",
        &["professionals-meldcode-vijf-stappen"],
    ),
    (
        Locale::En,
        "consent or legal basis",
        &[
            "professionals-toestemming-of-grondslag",
            "inwoners-toestemming-of-wettelijke-plicht",
        ],
    ),
];

#[test]
fn search_answers_the_questions_people_type() {
    let (_, index) = shipped();
    let mut misses = Vec::new();
    for (locale, question, answers) in QUESTIONS {
        let top: Vec<String> = index
            .search(*locale, question, 3)
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect();
        if !top.iter().any(|id| answers.contains(&id.as_str())) {
            misses.push(format!(
                "{locale} {question:?}: got {top:?}, want one of {answers:?}"
            ));
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

/// The tools name pages by id: the ones that save keep their results under their page's id,
/// and the dilemmas link the pages each vignette names from the tool page's related pages.
#[test]
fn every_tool_finds_its_page_and_the_pages_it_names() {
    let (pack, _) = shipped();
    for locale in Locale::ALL {
        for (id, tool) in [
            (preparation::TOOL_ID, ToolId::Preparation),
            (self_assessment::TOOL_ID, ToolId::SelfAssessment),
        ] {
            let page = pack.page(id, locale).unwrap();
            assert_eq!(page.tool, Some(tool), "{id} in {locale}");
        }
        let dilemmas: Vec<_> = pack
            .pages
            .iter()
            .filter(|p| p.locale == locale && p.tool == Some(ToolId::Dilemma))
            .collect();
        assert_eq!(dilemmas.len(), 1, "one dilemma page in {locale}");
        for told in dilemma::vignettes() {
            for id in told.pages {
                assert!(
                    dilemmas[0].related.iter().any(|r| r == id),
                    "{id} is related on the dilemma page in {locale}"
                );
                pack.page(id, locale).unwrap();
            }
        }
    }
}

/// The example edition passes every check, is plainly fictional, and looks different.
#[test]
fn voorbeeldstad_is_a_complete_fictional_edition_with_its_own_theme() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let (gemeenten, problems) = privacyapp_core::gemeente::load_all(&content);
    assert!(problems.0.is_empty(), "{problems}");
    let slugs: Vec<&str> = gemeenten.iter().map(|g| g.slug.as_str()).collect();
    assert_eq!(slugs, ["voorbeeldstad"]);
    let v = &gemeenten[0];
    for url in [
        Some(&v.privacy_statement),
        v.loket.url.as_ref(),
        v.complaints.url.as_ref(),
    ] {
        assert!(
            url.unwrap().contains(".example/"),
            "fictional domain: {url:?}"
        );
    }
    assert!(v.loket.phone.is_some() && v.loket.hours.is_some() && v.fg.email.is_some());
    assert_eq!(
        v.theme
            .get("--utrecht-page-header-background-color")
            .map(String::as_str),
        Some("#1d5c3a"),
        "a theme distinct from the app's blue"
    );
}
