//! End-to-end tests of the index and the search over a small realistic corpus.

use rusqlite::Connection;

use super::*;

fn doc(
    locale: Locale,
    id: &str,
    kind: &str,
    track: Option<Track>,
    title: &str,
    summary: &str,
    body: &str,
) -> SearchDoc {
    SearchDoc {
        id: id.to_owned(),
        locale,
        kind: kind.to_owned(),
        track,
        title: title.to_owned(),
        summary: summary.to_owned(),
        body: body.to_owned(),
    }
}

fn corpus() -> Vec<SearchDoc> {
    use Locale::{En, Nl};
    vec![
        doc(
            Nl,
            "beroepsgeheim",
            "article",
            Some(Track::Professionals),
            "Beroepsgeheim",
            "Wat je wel en niet mag delen over een cliënt.",
            "Als professional in het sociaal domein heb je een beroepsgeheim. Je deelt \
             gegevens van een cliënt alleen als de cliënt daar toestemming voor geeft, of als \
             een wet je dat verplicht.\n\nTwijfel je? Overleg dan eerst met je \
             privacy officer. Leg vast wat je hebt gedeeld, met wie en waarom. Zo kun je \
             later uitleggen waarom je zo hebt gehandeld, ook als de cliënt daar vragen \
             over heeft.",
        ),
        doc(
            Nl,
            "inzage-dossier",
            "article",
            Some(Track::Inwoners),
            "Inzage in je dossier",
            "Je mag zien welke gegevens de gemeente over je heeft.",
            "Je hebt het recht om je dossier in te zien. Vraag het schriftelijk aan. Binnen \
             een maand krijg je antwoord.\n\nKloppen dingen niet? Dan mag je vragen om ze te \
             verbeteren.",
        ),
        doc(
            Nl,
            "toestemming",
            "article",
            Some(Track::Inwoners),
            "Toestemming",
            "Wanneer is jouw ja nodig?",
            "Toestemming die je hebt gegeven, mag je altijd weer intrekken. Dat kan net zo \
             makkelijk als het geven ervan. Privé blijft privé.",
        ),
        doc(
            Nl,
            "avg",
            "article",
            Some(Track::Jongeren),
            "De AVG in het kort",
            "Welke regels gelden voor je persoonsgegevens.",
            "De avg is een Europese wet. Ook het wijkteam moet zich eraan houden.",
        ),
        doc(
            Nl,
            "sociale-media",
            "article",
            Some(Track::Jongeren),
            "Foto's online zetten",
            "Wat mag je delen op sociale media?",
            "Een foto van je katten delen is iets anders dan een foto van je vrienden. \
             Vraag je vrienden eerst om toestemming.",
        ),
        doc(
            Nl,
            "wijkteam",
            "article",
            Some(Track::Inwoners),
            "Het wijkteam",
            "Hulp dichtbij huis.",
            "Het wijkteam werkt voor de gemeente en helpt je met zorg, geld en werk.",
        ),
        doc(
            Nl,
            "verwerkingsverantwoordelijke",
            "term",
            None,
            "Verwerkingsverantwoordelijke",
            "De organisatie die bepaalt waarom en hoe persoonsgegevens worden gebruikt.",
            "",
        ),
        doc(
            En,
            "professional-secrecy",
            "article",
            Some(Track::Professionals),
            "Professional secrecy",
            "What you may and may not share about a client.",
            "As a professional you only share a client's data with their consent, or when \
             a law requires it.",
        ),
        doc(
            En,
            "access-your-file",
            "article",
            Some(Track::Inwoners),
            "Access to your file",
            "You have the right to see what the municipality knows about you.",
            "Once you have requested your file, the municipality must answer within a \
             month.",
        ),
        doc(
            En,
            "gdpr",
            "article",
            Some(Track::Jongeren),
            "The GDPR in short",
            "Which rules protect your personal data.",
            "The GDPR gives you rights. When requesting a correction, say what is wrong.",
        ),
    ]
}

fn indexed() -> Connection {
    let conn = Connection::open_in_memory().unwrap();
    create_index(&conn, &corpus()).unwrap();
    conn
}

/// The pages that have every word of the query.
fn ids(conn: &Connection, locale: Locale, query: &str) -> Vec<String> {
    let hits = search(conn, locale, query, 50).unwrap();
    hits.into_iter()
        .filter(|h| !h.partial)
        .map(|h| h.id)
        .collect()
}

/// The pages that have some words of the query, offered because none has them all.
fn partial_ids(conn: &Connection, locale: Locale, query: &str) -> Vec<String> {
    let hits = search(conn, locale, query, 50).unwrap();
    assert!(
        hits.iter().all(|h| h.partial) || hits.iter().all(|h| !h.partial),
        "complete and partial hits are never mixed: {hits:?}"
    );
    hits.into_iter()
        .filter(|h| h.partial)
        .map(|h| h.id)
        .collect()
}

fn hit(conn: &Connection, locale: Locale, query: &str, id: &str) -> Hit {
    search(conn, locale, query, 50)
        .unwrap()
        .into_iter()
        .find(|h| h.id == id)
        .unwrap_or_else(|| panic!("{query:?} did not find {id}"))
}

/// The snippet without its ellipses, joined.
fn snippet_text(hit: &Hit) -> String {
    let parts = hit.snippet.as_slice();
    let inner = match parts {
        [first, rest @ ..] if first.text == "…" && !first.mark => rest,
        _ => parts,
    };
    let inner = match inner {
        [rest @ .., last] if last.text == "…" && !last.mark => rest,
        _ => inner,
    };
    inner.iter().map(|p| p.text.as_str()).collect()
}

fn marked(hit: &Hit) -> Vec<&str> {
    hit.snippet
        .iter()
        .filter(|p| p.mark)
        .map(|p| p.text.as_str())
        .collect()
}

#[test]
fn dutch_stemming_joins_plural_and_singular() {
    let conn = indexed();
    // A trailing space turns prefix matching off, so only the stems can connect them.
    // Only "toestemming" says "gegeven"; "inzage-dossier" and "beroepsgeheim" say "gegevens".
    assert!(ids(&conn, Locale::Nl, "gegevens ").contains(&"toestemming".to_owned()));
    let found = ids(&conn, Locale::Nl, "gegeven ");
    assert!(found.contains(&"inzage-dossier".to_owned()), "{found:?}");
    assert!(found.contains(&"beroepsgeheim".to_owned()), "{found:?}");
}

#[test]
fn english_stemming_joins_word_forms() {
    let conn = indexed();
    // "access-your-file" says "right" and "requested"; "gdpr" says "rights" and "requesting".
    assert!(ids(&conn, Locale::En, "rights ").contains(&"access-your-file".to_owned()));
    assert!(ids(&conn, Locale::En, "right ").contains(&"gdpr".to_owned()));
    assert!(ids(&conn, Locale::En, "requesting ").contains(&"access-your-file".to_owned()));
    assert!(ids(&conn, Locale::En, "requested ").contains(&"gdpr".to_owned()));
}

#[test]
fn case_and_diacritics_do_not_matter() {
    let conn = indexed();
    for query in ["client ", "CLIENT ", "cliënt ", "CLIËNT "] {
        assert!(
            ids(&conn, Locale::Nl, query).contains(&"beroepsgeheim".to_owned()),
            "{query:?}"
        );
    }
    assert!(ids(&conn, Locale::Nl, "prive ").contains(&"toestemming".to_owned()));
    // The title says "AVG", the body "avg".
    assert_eq!(ids(&conn, Locale::Nl, "AVG "), ["avg"]);
    assert_eq!(ids(&conn, Locale::Nl, "avg "), ["avg"]);
}

#[test]
fn the_last_word_is_a_prefix_while_typing() {
    let conn = indexed();
    assert_eq!(ids(&conn, Locale::Nl, "beroepsgeh"), ["beroepsgeheim"]);
    // "katten" is indexed by its stem "kat", which "katt" is not a prefix of.
    assert_eq!(ids(&conn, Locale::Nl, "katt"), ["sociale-media"]);
    assert!(ids(&conn, Locale::Nl, "beroepsgeh ").is_empty());
    assert!(ids(&conn, Locale::Nl, "katt ").is_empty());
    // Only the last word is a prefix.
    assert!(ids(&conn, Locale::Nl, "beroepsgeh cliënt").is_empty());
    assert_eq!(
        ids(&conn, Locale::Nl, "cliënt beroepsgeh"),
        ["beroepsgeheim"]
    );
}

#[test]
fn all_words_must_match() {
    let conn = indexed();
    // "gegevens" alone is in three pages, "gemeente" alone in two; both only in one.
    assert!(ids(&conn, Locale::Nl, "gegevens ").len() >= 3);
    assert_eq!(ids(&conn, Locale::Nl, "gemeente ").len(), 2);
    assert_eq!(
        ids(&conn, Locale::Nl, "gegevens gemeente "),
        ["inzage-dossier"]
    );
    assert!(ids(&conn, Locale::Nl, "gegevens katten ").is_empty());
}

#[test]
fn when_no_page_has_every_word_the_nearest_come_marked_partial() {
    let conn = indexed();
    assert!(partial_ids(&conn, Locale::Nl, "gegevens gemeente ").is_empty());
    let nearest = partial_ids(&conn, Locale::Nl, "gegevens katten ");
    assert!(nearest.contains(&"sociale-media".to_owned()), "{nearest:?}");
    assert!(
        nearest.contains(&"inzage-dossier".to_owned()),
        "{nearest:?}"
    );
    // A page with more of the words ranks above a page with fewer.
    let nearest = partial_ids(&conn, Locale::Nl, "dossier gemeente katten ");
    assert_eq!(nearest.first().map(String::as_str), Some("inzage-dossier"));
    // Nothing matches nothing, also when partial hits are allowed.
    assert!(search(&conn, Locale::Nl, "zebra okapi ", 10)
        .unwrap()
        .is_empty());
}

#[test]
fn the_words_around_a_question_need_not_match() {
    let conn = indexed();
    assert_eq!(
        ids(&conn, Locale::Nl, "Heb ik het recht op mijn dossier? "),
        ids(&conn, Locale::Nl, "recht dossier ")
    );
    assert!(!ids(&conn, Locale::Nl, "recht dossier ").is_empty());
    assert_eq!(
        ids(&conn, Locale::En, "what is the client "),
        ids(&conn, Locale::En, "client ")
    );
    // Only stop words: searched as typed rather than ignored.
    assert!(
        !search(&conn, Locale::Nl, "wat is het ", 10)
            .unwrap()
            .is_empty(),
        "a query of only stop words finds the pages that have them"
    );
}

#[test]
fn a_locale_sees_only_its_own_documents() {
    let conn = indexed();
    assert!(!ids(&conn, Locale::Nl, "beroepsgeheim").is_empty());
    assert!(ids(&conn, Locale::En, "beroepsgeheim").is_empty());
    let english = ids(&conn, Locale::En, "client");
    assert_eq!(english, ["professional-secrecy"]);
    assert!(ids(&conn, Locale::Nl, "secrecy").is_empty());
}

#[test]
fn a_title_match_ranks_above_a_summary_match_above_a_body_match() {
    let conn = indexed();
    // "toestemming": title of "toestemming", body of "beroepsgeheim" and "sociale-media".
    let found = ids(&conn, Locale::Nl, "toestemming");
    assert_eq!(found.first().map(String::as_str), Some("toestemming"));
    assert_eq!(found.len(), 3);
    // "gemeente": summary of "inzage-dossier", body of "wijkteam" (which is shorter).
    assert_eq!(
        ids(&conn, Locale::Nl, "gemeente"),
        ["inzage-dossier", "wijkteam"]
    );
    // "wijkteam": title of "wijkteam", body of "avg".
    assert_eq!(ids(&conn, Locale::Nl, "wijkteam"), ["wijkteam", "avg"]);
}

#[test]
fn a_title_match_wins_even_against_a_body_full_of_the_word() {
    let long_body = "Over iets heel anders. ".repeat(200);
    let docs = [
        doc(
            Locale::Nl,
            "a-body",
            "article",
            None,
            "Iets",
            "",
            "Dossier dossier dossier, alles over je dossier.",
        ),
        doc(
            Locale::Nl,
            "b-title",
            "article",
            None,
            "Je dossier",
            "",
            &long_body,
        ),
    ];
    let conn = Connection::open_in_memory().unwrap();
    create_index(&conn, &docs).unwrap();
    assert_eq!(ids(&conn, Locale::Nl, "dossier"), ["b-title", "a-body"]);
}

#[test]
fn within_a_tier_bm25_ranks_and_a_title_word_counts_most() {
    let filler = "Dit staat er omdat een echte pagina langer is dan een zin. ".repeat(3);
    let docs = [
        // Body only, both: many mentions in a short body beat one in a long body, even
        // though the id would put "a-once" first.
        doc(
            Locale::Nl,
            "a-once",
            "article",
            None,
            "Iets",
            "",
            &format!("{filler} Wet."),
        ),
        doc(
            Locale::Nl,
            "b-often",
            "article",
            None,
            "Anders",
            "",
            "Wet, wet en nog eens wet.",
        ),
        // Neither has both words in its title, and the bodies are alike: one of the words
        // in the title weighs more than both in the body.
        doc(
            Locale::Nl,
            "c-body",
            "article",
            None,
            "Regels",
            "",
            "Over je dossier en de privacywet.",
        ),
        doc(
            Locale::Nl,
            "d-title",
            "article",
            None,
            "Je dossier",
            "",
            "Wat zegt de privacywet erover?",
        ),
    ];
    // bm25 gives no weight to words in half the documents or more, so pad the corpus.
    let others = (0..8).map(|i| {
        doc(
            Locale::Nl,
            &format!("other-{i}"),
            "article",
            None,
            "Ander",
            "",
            &filler,
        )
    });
    let docs: Vec<SearchDoc> = docs.into_iter().chain(others).collect();
    let conn = Connection::open_in_memory().unwrap();
    create_index(&conn, &docs).unwrap();
    assert_eq!(ids(&conn, Locale::Nl, "wet "), ["b-often", "a-once"]);
    assert_eq!(
        ids(&conn, Locale::Nl, "dossier privacywet "),
        ["d-title", "c-body"]
    );
}

#[test]
fn a_glossary_term_comes_back_as_a_term_without_track() {
    let conn = indexed();
    let hits = search(&conn, Locale::Nl, "verwerkingsverantw", 10).unwrap();
    assert_eq!(hits.len(), 1);
    let term = &hits[0];
    assert_eq!(term.id, "verwerkingsverantwoordelijke");
    assert_eq!(term.kind, "term");
    assert_eq!(term.track, None);
    assert_eq!(term.title, "Verwerkingsverantwoordelijke");
    // Its body is empty, so the snippet comes from the title, where it matched.
    assert_eq!(
        term.snippet,
        [SnippetPart {
            text: "Verwerkingsverantwoordelijke".to_owned(),
            mark: true
        }]
    );
    let page = hit(&conn, Locale::Nl, "beroepsgeheim", "beroepsgeheim");
    assert_eq!(page.kind, "article");
    assert_eq!(page.track, Some(Track::Professionals));
}

#[test]
fn a_snippet_is_the_original_text_with_the_matched_words_marked() {
    let conn = indexed();
    let docs = corpus();
    let original = &docs[0].body;
    let hit = hit(&conn, Locale::Nl, "client ", "beroepsgeheim");
    let text = snippet_text(&hit);
    assert!(original.contains(&text), "{text:?}");
    // Original diacritics, and every "cliënt" in the window is marked, nothing else.
    assert_eq!(marked(&hit), ["cliënt"; 2]);
    assert_eq!(text.matches("cliënt").count(), 2);
    assert!(hit.snippet.iter().all(|p| !p.text.is_empty()));
    // From the body, a few words before the first match, cut on both sides.
    assert_eq!(hit.snippet.first().map(|p| p.text.as_str()), Some("…"));
    assert_eq!(hit.snippet.last().map(|p| p.text.as_str()), Some("…"));
    assert!(
        text.starts_with("je een beroepsgeheim. Je deelt"),
        "{text:?}"
    );
    assert!(text.ends_with("een wet je dat verplicht"), "{text:?}");
}

#[test]
fn a_snippet_marks_by_the_query_rules_and_keeps_the_original_case() {
    let conn = indexed();
    // Prefix "priv" marks "Privé", "privé" and "privacy"; stem match "gegeven" marks the
    // plural too.
    let hit = hit(&conn, Locale::Nl, "toestemming priv", "toestemming");
    assert_eq!(marked(&hit), ["Toestemming", "Privé", "privé"]);
    let hit = self::hit(&conn, Locale::Nl, "gegeven ", "beroepsgeheim");
    assert_eq!(marked(&hit), ["gegevens"]);
    // The field with the match is used: body before summary before title.
    let hit = self::hit(&conn, Locale::Nl, "dossier", "inzage-dossier");
    assert!(snippet_text(&hit).starts_with("Je hebt het recht"));
    let hit = self::hit(&conn, Locale::Nl, "gemeente", "inzage-dossier");
    assert_eq!(
        snippet_text(&hit),
        "Je mag zien welke gegevens de gemeente over je heeft."
    );
}

#[test]
fn a_long_text_is_cut_around_the_first_match_on_word_boundaries() {
    let before: Vec<String> = (0..40).map(|i| format!("woord{i}")).collect();
    let after: Vec<String> = (0..40).map(|i| format!("ander{i}")).collect();
    let body = format!(
        "{}, het privégeheim van de één. {}.",
        before.join(" "),
        after.join(" ")
    );
    let docs = [doc(Locale::Nl, "lang", "article", None, "Lang", "", &body)];
    let conn = Connection::open_in_memory().unwrap();
    create_index(&conn, &docs).unwrap();
    let hit = hit(&conn, Locale::Nl, "privegeheim EEN", "lang");
    assert_eq!(hit.snippet.first().map(|p| p.text.as_str()), Some("…"));
    assert_eq!(hit.snippet.last().map(|p| p.text.as_str()), Some("…"));
    assert_eq!(marked(&hit), ["privégeheim", "één"]);
    let text = snippet_text(&hit);
    assert!(body.contains(&text));
    let words = text.split_whitespace().count();
    assert!((20..=30).contains(&words), "{words} words: {text:?}");
    // Whole words only: the window starts and ends exactly on one.
    assert!(text.starts_with("woord"), "{text:?}");
    assert!(text.ends_with(|c: char| c.is_ascii_digit()), "{text:?}");
}

#[test]
fn hostile_queries_are_plain_words() {
    let conn = indexed();
    let long = "a\"*(".repeat(2500);
    let long_word = "x".repeat(10_000);
    let hostile = [
        "\"",
        "\"\"",
        "*",
        "OR",
        "AND",
        "NOT",
        "NEAR(",
        "NEAR(a b, 1)",
        "-",
        "-cliënt",
        "^",
        "^client",
        ":",
        "title_stems:client",
        "{title_stems body_words}: client",
        "client OR avg",
        "client*",
        "(client",
        "client)",
        "'; DROP TABLE search_doc; --",
        "🙂",
        "👩‍⚕️ dossier",
        "\0",
        long.as_str(),
        long_word.as_str(),
    ];
    for query in hostile {
        for locale in Locale::ALL {
            if let Err(err) = search(&conn, locale, query, 10) {
                panic!("{query:?} failed: {err}");
            }
        }
    }
    // Operators are words like any other: "OR" does not widen the query.
    assert!(ids(&conn, Locale::Nl, "cliënt OR avg").is_empty());
    assert_eq!(
        ids(&conn, Locale::Nl, "-cliënt "),
        ids(&conn, Locale::Nl, "cliënt ")
    );
}

#[test]
fn blank_and_punctuation_only_queries_find_nothing() {
    let conn = indexed();
    for query in ["", " ", "\n\t ", "?!...", "—", "\"\"", "* - ^ :", "…", "🙂"] {
        assert!(ids(&conn, Locale::Nl, query).is_empty(), "{query:?}");
    }
}

#[test]
fn limit_is_respected() {
    let conn = indexed();
    let all = ids(&conn, Locale::Nl, "je");
    assert!(all.len() > 2, "{all:?}");
    let two = search(&conn, Locale::Nl, "je", 2).unwrap();
    assert_eq!(
        two.iter().map(|h| h.id.clone()).collect::<Vec<_>>(),
        all[..2]
    );
    assert!(search(&conn, Locale::Nl, "je", 0).unwrap().is_empty());
    assert_eq!(
        search(&conn, Locale::Nl, "je", usize::MAX).unwrap().len(),
        all.len()
    );
}

#[test]
fn equal_scores_are_ordered_by_id() {
    let twin = |id: &str| doc(Locale::En, id, "article", None, "Same", "", "Same text.");
    let conn = Connection::open_in_memory().unwrap();
    create_index(&conn, &[twin("b"), twin("c"), twin("a")]).unwrap();
    assert_eq!(ids(&conn, Locale::En, "same"), ["a", "b", "c"]);
}

#[test]
fn searching_works_on_a_read_only_pack() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pack.sqlite3");
    {
        let conn = Connection::open(&path).unwrap();
        create_index(&conn, &corpus()).unwrap();
    }
    let conn =
        Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    assert_eq!(ids(&conn, Locale::Nl, "beroepsgeh"), ["beroepsgeheim"]);
}

#[test]
fn rebuilding_replaces_the_index() {
    let conn = indexed();
    create_index(&conn, &corpus()[..1]).unwrap();
    assert_eq!(ids(&conn, Locale::Nl, "cliënt"), ["beroepsgeheim"]);
    assert!(ids(&conn, Locale::Nl, "toestemming")
        .iter()
        .all(|id| id == "beroepsgeheim"));
}

#[test]
fn a_failed_build_leaves_the_previous_index() {
    let conn = indexed();
    let mut docs = corpus();
    docs.push(docs[0].clone());
    assert!(create_index(&conn, &docs).is_err());
    assert_eq!(ids(&conn, Locale::Nl, "katt"), ["sociale-media"]);
}

#[test]
fn hits_serialize_for_the_ui() {
    let conn = indexed();
    let hit = hit(
        &conn,
        Locale::Nl,
        "verwerkingsverantwoordelijke",
        "verwerkingsverantwoordelijke",
    );
    let json = serde_json::to_value(&hit).unwrap();
    assert_eq!(json["track"], serde_json::Value::Null);
    assert_eq!(json["snippet"][0]["mark"], true);
    let page = self::hit(&conn, Locale::Nl, "avg", "avg");
    assert_eq!(serde_json::to_value(&page).unwrap()["track"], "jongeren");
}

#[test]
fn odd_text_never_panics() {
    let odd = [
        "é",
        "e\u{301}",
        "\u{301}",
        "\u{301}\u{301}\u{301}abc",
        "abc\u{301}",
        "\u{200d}",
        "👩\u{200d}⚕\u{fe0f}",
        "👨‍👩‍👧‍👦 familie",
        "a\u{200d}b",
        "\u{200b}zero\u{200b}width",
        "مرحبا بالعالم",
        "שלום עולם",
        "\u{202e}desserts\u{202c}",
        "日本語のテキスト",
        "한국어 텍스트",
        "Ǆemal ǉubav",
        "İstanbul ıi",
        "straße STRASSE ß",
        "ﬁnancieel",
        "①②③ ⅳ ¼",
        "🄰🄱🄲",
        "\u{0}\u{1}\u{7f}",
        "\u{feff}bom",
        "\u{fffd}",
        "ᾏ ᾟ",
        "a̐éö̲",
        "αντιθετ ισα",
        "ΑΒΓ",
        "x",
        "s",
        "en",
        "'s",
        "''''",
        "…",
        "\n\n\n",
    ];
    let body = odd.join(" \n\n ");
    let mut docs: Vec<SearchDoc> = Locale::ALL
        .into_iter()
        .flat_map(|locale| {
            odd.iter().enumerate().map(move |(i, text)| {
                doc(
                    locale,
                    &format!("odd-{i}"),
                    "article",
                    None,
                    text,
                    text,
                    text,
                )
            })
        })
        .collect();
    for locale in Locale::ALL {
        docs.push(doc(locale, "all", "article", None, "All", "", &body));
    }
    let conn = Connection::open_in_memory().unwrap();
    create_index(&conn, &docs).unwrap();
    let long_word = "ab".repeat(5000);
    let long_accents = "é".repeat(5000);
    let queries = odd
        .iter()
        .copied()
        .chain([long_word.as_str(), long_accents.as_str()]);
    for query in queries {
        for cut in [query.len(), query.len() / 2, 1] {
            // Typing reaches every char boundary, not every byte.
            let Some(prefix) = (0..=cut).rev().find_map(|i| query.get(..i)) else {
                continue;
            };
            for input in [prefix.to_owned(), format!("{prefix} ")] {
                for locale in Locale::ALL {
                    let hits = search(&conn, locale, &input, 100).unwrap();
                    for hit in hits {
                        let text = snippet_text(&hit);
                        let d = docs
                            .iter()
                            .find(|d| d.id == hit.id && d.locale == locale)
                            .unwrap();
                        assert!(
                            d.body.contains(&text)
                                || d.summary.contains(&text)
                                || d.title.contains(&text),
                            "{input:?} gave {text:?}"
                        );
                    }
                }
            }
        }
    }
    // Words in odd scripts are still found.
    assert!(ids(&conn, Locale::En, "שלום").contains(&"all".to_owned()));
    assert!(ids(&conn, Locale::Nl, "familie").contains(&"all".to_owned()));
}
