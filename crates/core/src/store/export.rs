//! Everything the store holds as one JSON document, and back.
//!
//! The document (version 2):
//!
//! ```json
//! { "format": "privacyapp-export", "version": 2, "exported_at": <unix ms>,
//!   "settings": { "locale", "track", "gemeente", "text_size", "theme", "reduced_motion" },
//!   "bookmarks": [ { "content_id", "created_at" } ],
//!   "progress": { "pages_read", "scenario_positions", "endings", "quiz_answers",
//!                 "checklist_answers" },
//!   "notes": [ { "id", "page_id", "text", "created_at", "updated_at" } ],
//!   "preparations": [ { "id", "tool_id", "title", "fields", "created_at", "updated_at" } ] }
//! ```
//!
//! Settings hold only what the user chose (`null` where they did not). Every list is sorted by
//! its ids, and rows on content the app no longer has are included: an export is everything.
//! The same store therefore always exports the same bytes, apart from `exported_at`.
//!
//! Import replaces everything: the whole file is checked first, then every table is emptied
//! and refilled in one transaction. A file that fails any check changes nothing. Any change to
//! the document's shape needs a new version; an import refuses versions it does not know.
//! Version 2 added a scenario position's `step` and `choices` (the path the player took); a
//! version 1 file still imports, its positions resuming at their beat.

use std::collections::BTreeSet;

use rusqlite::{Connection, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};

use super::bookmarks::now_millis;
use super::inventory::{inventory, Holding, KINDS};
use super::notes::{self, Note, Preparation};
use super::progress::{self, check_id, Progress};
use super::settings::{self, Choices};
use crate::error::reclassify;
use crate::{Error, Result};

pub const FORMAT: &str = "privacyapp-export";
pub const VERSION: u32 = 2;
/// Versions an import reads: each older one is a subset of the current shape.
const READS: [u32; 2] = [1, 2];
/// Far above what a person writes in notes and preparations, and low enough that a wrong file
/// picked by mistake (a video, a disk image) is refused before it is parsed.
pub const MAX_IMPORT_BYTES: usize = 64 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    format: String,
    version: u32,
    exported_at: i64,
    settings: Choices,
    bookmarks: Vec<Bookmark>,
    progress: Progress,
    notes: Vec<Note>,
    preparations: Vec<Preparation>,
}

/// Just enough to tell which document this is, read before the rest so a newer version gets
/// "unknown version" and not a complaint about its new fields.
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Bookmark {
    content_id: String,
    created_at: i64,
}

/// What the store holds after an import, as [`inventory`] reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub holdings: Vec<Holding>,
}

/// The whole store as pretty-printed JSON, readable by the user in any text editor.
pub fn export(conn: &Connection) -> Result<Vec<u8>> {
    export_at(conn, now_millis())
}

fn export_at(conn: &Connection, exported_at: i64) -> Result<Vec<u8>> {
    // One read transaction: a write between two tables cannot make the export inconsistent.
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Deferred)?;
    let mut notes = notes::list_notes(&tx)?;
    notes.sort_by_key(|n| n.id);
    let mut preparations = notes::list_preparations(&tx)?;
    preparations.sort_by_key(|p| p.id);
    let doc = Document {
        format: FORMAT.to_owned(),
        version: VERSION,
        exported_at,
        settings: settings::choices(&tx)?,
        bookmarks: bookmarks(&tx)?,
        progress: progress::progress(&tx)?,
        notes,
        preparations,
    };
    tx.finish()?;
    let mut bytes = serde_json::to_vec_pretty(&doc).map_err(|e| Error::Io(e.into()))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Replaces everything in the store with the export in `bytes` (see the module docs).
pub fn import(conn: &Connection, bytes: &[u8]) -> Result<ImportSummary> {
    let doc = parse(bytes)?;
    check(&doc)?;
    // A read-only or full disk gets its own error, so the user learns why nothing changed.
    replace_all(conn, &doc).map_err(reclassify)
}

fn replace_all(conn: &Connection, doc: &Document) -> Result<ImportSummary> {
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    for table in KINDS {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    settings::restore(&tx, &doc.settings)?;
    let mut stmt = tx.prepare("INSERT INTO bookmarks (content_id, created_at) VALUES (?1, ?2)")?;
    for b in &doc.bookmarks {
        stmt.execute(rusqlite::params![b.content_id, b.created_at])?;
    }
    drop(stmt);
    progress::restore(&tx, &doc.progress)?;
    notes::restore_notes(&tx, &doc.notes)?;
    notes::restore_preparations(&tx, &doc.preparations)?;
    let holdings = inventory(&tx)?;
    tx.commit()?;
    Ok(ImportSummary { holdings })
}

fn parse(bytes: &[u8]) -> Result<Document> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(invalid(format!(
            "the file is larger than {MAX_IMPORT_BYTES} bytes"
        )));
    }
    let header: Header = serde_json::from_slice(bytes).map_err(|e| json_error(&e))?;
    if header.format != FORMAT {
        return Err(invalid(format!("the format is not `{FORMAT}`")));
    }
    if !READS.iter().any(|&v| header.version == u64::from(v)) {
        return Err(invalid(format!(
            "version {} is not supported; this app reads versions 1 to {VERSION}",
            header.version
        )));
    }
    serde_json::from_slice(bytes).map_err(|e| json_error(&e))
}

/// Everything the app's own functions would refuse, plus duplicates, which the tables' keys
/// would only catch halfway through writing.
fn check(doc: &Document) -> Result<()> {
    settings::check(&doc.settings).map_err(|e| at("settings", None, &e))?;
    for (i, b) in doc.bookmarks.iter().enumerate() {
        check_id(&b.content_id).map_err(|e| at("bookmarks", Some(i), &e))?;
    }
    progress::check(&doc.progress).map_err(|e| at("progress", None, &e))?;
    for (i, n) in doc.notes.iter().enumerate() {
        notes::check_note(n).map_err(|e| at("notes", Some(i), &e))?;
    }
    for (i, p) in doc.preparations.iter().enumerate() {
        notes::check_preparation(p).map_err(|e| at("preparations", Some(i), &e))?;
    }
    let p = &doc.progress;
    unique(
        "bookmarks",
        doc.bookmarks.iter().map(|b| (&b.content_id, "")),
    )?;
    unique("pages_read", p.pages_read.iter().map(|r| (&r.page_id, "")))?;
    unique(
        "scenario_positions",
        p.scenario_positions.iter().map(|r| (&r.scenario_id, "")),
    )?;
    unique(
        "endings",
        p.endings.iter().map(|r| (&r.scenario_id, &*r.ending_id)),
    )?;
    unique(
        "quiz_answers",
        p.quiz_answers.iter().map(|r| (&r.quiz_id, &*r.question_id)),
    )?;
    unique(
        "checklist_answers",
        p.checklist_answers
            .iter()
            .map(|r| (&r.checklist_id, &*r.item_id)),
    )?;
    unique_ids("notes", doc.notes.iter().map(|n| n.id.0))?;
    unique_ids("preparations", doc.preparations.iter().map(|p| p.id.0))
}

fn unique<'a>(list: &str, keys: impl Iterator<Item = (&'a String, &'a str)>) -> Result<()> {
    let mut seen = BTreeSet::new();
    for (i, key) in keys.enumerate() {
        if !seen.insert(key) {
            return Err(invalid(format!("{list}[{i}] appears twice")));
        }
    }
    Ok(())
}

/// Row ids are kept, so a note keeps its identity; they must be positive, as SQLite gives them.
fn unique_ids(list: &str, ids: impl Iterator<Item = i64>) -> Result<()> {
    let mut seen = BTreeSet::new();
    for (i, id) in ids.enumerate() {
        if id <= 0 || !seen.insert(id) {
            return Err(invalid(format!("{list}[{i}] has a bad or repeated id")));
        }
    }
    Ok(())
}

fn bookmarks(conn: &Connection) -> Result<Vec<Bookmark>> {
    let mut stmt =
        conn.prepare("SELECT content_id, created_at FROM bookmarks ORDER BY content_id")?;
    let rows = stmt.query_map([], |r| {
        Ok(Bookmark {
            content_id: r.get(0)?,
            created_at: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn invalid(why: String) -> Error {
    Error::InvalidExport(why)
}

/// Where and what kind of problem, by code: the message may end up in a log, and the file is
/// the user's own data, so no value from it is quoted.
fn at(list: &str, index: Option<usize>, e: &Error) -> Error {
    match index {
        Some(i) => invalid(format!("{list}[{i}]: {}", e.code())),
        None => invalid(format!("{list}: {}", e.code())),
    }
}

/// serde_json's own messages quote the offending value; only its kind and place are kept.
fn json_error(e: &serde_json::Error) -> Error {
    invalid(format!(
        "{:?} error at line {} column {}",
        e.classify(),
        e.line(),
        e.column()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Track;
    use crate::i18n::Locale;
    use crate::store::{self, open_in_memory};
    use rusqlite::types::Value;
    use serde_json::json;

    const T: i64 = 1_750_000_000_000;

    /// Every table, every row, every column, in a fixed order.
    fn dump(conn: &Connection) -> Vec<(String, Vec<Vec<Value>>)> {
        store::inventory::user_tables(conn)
            .unwrap()
            .into_iter()
            .map(|table| {
                let columns: usize = conn
                    .query_row(
                        "SELECT count(*) FROM pragma_table_info(?1)",
                        [&table],
                        |r| r.get(0),
                    )
                    .unwrap();
                let order: Vec<String> = (1..=columns).map(|c| c.to_string()).collect();
                let sql = format!("SELECT * FROM {table} ORDER BY {}", order.join(", "));
                let mut stmt = conn.prepare(&sql).unwrap();
                let rows = stmt
                    .query_map([], |r| (0..columns).map(|c| r.get::<_, Value>(c)).collect())
                    .unwrap()
                    .collect::<rusqlite::Result<Vec<Vec<Value>>>>()
                    .unwrap();
                (table, rows)
            })
            .collect()
    }

    /// A store with rows in every table: unicode, the longest note, content ids the current
    /// content may lack, every kind of JSON value in a preparation.
    fn filled() -> Connection {
        let conn = open_in_memory().unwrap();
        store::set_locale(&conn, Locale::En).unwrap();
        store::set_track(&conn, Track::Professionals).unwrap();
        store::set_gemeente(&conn, Some("s-hertogenbosch")).unwrap();
        store::set_text_size(&conn, store::TextSize::Larger).unwrap();
        store::set_theme(&conn, store::Theme::HighContrast).unwrap();
        store::set_reduced_motion(&conn, store::ReducedMotion::On).unwrap();
        for id in ["jongeren-b", "jongeren-a", "removed-long-ago"] {
            store::add_bookmark(&conn, id).unwrap();
        }
        for id in ["jongeren-b", "jongeren-a", "removed-long-ago"] {
            store::mark_read(&conn, id).unwrap();
        }
        store::set_scenario_position(
            &conn,
            "jongeren-amira",
            &store::Place {
                beat_id: "b12".to_owned(),
                step: 14,
                choices: vec![store::ChoiceTaken {
                    choice_id: "keuze".to_owned(),
                    option: 1,
                }],
            },
        )
        .unwrap();
        store::set_scenario_position(&conn, "removed-scenario", &store::Place::at("b1")).unwrap();
        store::record_ending(&conn, "jongeren-amira", "goed").unwrap();
        store::record_ending(&conn, "jongeren-amira", "slecht").unwrap();
        store::save_quiz_answer(&conn, "jongeren-quiz", "q2", &[3, 1], false).unwrap();
        store::save_quiz_answer(&conn, "jongeren-quiz", "q1", &[0], true).unwrap();
        store::save_checklist_answer(&conn, "professionals-check", "doel", 2).unwrap();
        store::save_checklist_answer(&conn, "professionals-check", "basis", 0).unwrap();
        store::add_note(
            &conn,
            Some("jongeren-a"),
            "Vragen: wie mag mijn dossier lezen? 🤔",
        )
        .unwrap();
        let deleted = store::add_note(&conn, None, "weg").unwrap();
        let longest: String = "Ω\"\\\n\t<b>é 😀"
            .chars()
            .cycle()
            .take(store::MAX_NOTE_CHARS)
            .collect();
        store::add_note(&conn, None, &longest).unwrap();
        store::add_note(&conn, Some("removed-long-ago"), "مرحبا 你好 Zoë").unwrap();
        store::delete_note(&conn, deleted).unwrap();
        let fields = json!({
            "pet": "toeleider namens het college",
            "gegevens": ["inkomen", { "bron": "BRP", "nodig": false }],
            "ïñtërnâtiönàl": "ja",
            "getal": 3,
            "kommagetal": 2.5,
            "negatief": -7,
            "leeg": null,
            "lijst": [],
        });
        store::save_preparation(&conn, "professionals-pet", "Gesprek 😀", &fields).unwrap();
        store::save_preparation(&conn, "removed-tool", "Oud", &json!({})).unwrap();
        conn
    }

    #[test]
    fn export_import_export_loses_and_changes_nothing() {
        let original = filled();
        for (table, rows) in dump(&original) {
            assert!(!rows.is_empty(), "fill `{table}` in this test");
        }
        let first = export_at(&original, T).unwrap();

        // Replace-all: what the target held before is gone afterwards.
        let dir = tempfile::tempdir().unwrap();
        let target = store::open(dir.path()).unwrap();
        store::add_bookmark(&target, "inwoners-will-be-replaced").unwrap();
        store::add_note(&target, None, "will be replaced").unwrap();
        store::set_theme(&target, store::Theme::Light).unwrap();

        let summary = import(&target, &first).unwrap();
        assert_eq!(summary.holdings, inventory(&original).unwrap());
        let second = export_at(&target, T).unwrap();
        assert!(
            first == second,
            "exports differ:\n{}\n---\n{}",
            String::from_utf8_lossy(&first),
            String::from_utf8_lossy(&second)
        );
        assert_eq!(dump(&target), dump(&original));
    }

    #[test]
    fn an_empty_store_round_trips_too() {
        let empty = open_in_memory().unwrap();
        let bytes = export_at(&empty, T).unwrap();
        let target = filled();
        import(&target, &bytes).unwrap();
        assert_eq!(dump(&target), dump(&empty));
    }

    #[test]
    fn a_version_1_file_imports_its_positions_resume_at_their_beat() {
        let v1 = br#"{"format":"privacyapp-export","version":1,"exported_at":1,
            "settings":{"locale":null,"track":null,"gemeente":null,"text_size":null,
                        "theme":null,"reduced_motion":null},
            "bookmarks":[],
            "progress":{"pages_read":[],"endings":[],"quiz_answers":[],"checklist_answers":[],
                        "scenario_positions":[
                            {"scenario_id":"jongeren-s","beat_id":"b3","updated_at":2}]},
            "notes":[],"preparations":[]}"#;
        let conn = open_in_memory().unwrap();
        import(&conn, v1).unwrap();
        assert_eq!(
            store::scenario_position(&conn, "jongeren-s").unwrap(),
            Some(store::Place::at("b3"))
        );
    }

    /// Pins the document's shape: changing it means a new `version`.
    #[test]
    fn the_document_has_the_documented_shape() {
        let conn = open_in_memory().unwrap();
        store::set_theme(&conn, store::Theme::Dark).unwrap();
        conn.execute_batch(
            "INSERT INTO bookmarks VALUES ('jongeren-a', 1);
             INSERT INTO pages_read VALUES ('jongeren-a', 2);
             INSERT INTO scenario_positions VALUES
                 ('jongeren-s', 'b1', 3, 4, '[{\"choice_id\":\"c1\",\"option\":1}]');
             INSERT INTO endings VALUES ('jongeren-s', 'e1', 4);
             INSERT INTO quiz_answers VALUES ('jongeren-q', 'q1', '[0,2]', 1, 5);
             INSERT INTO checklist_answers VALUES ('professionals-c', 'i1', 1, 6);
             INSERT INTO notes VALUES (1, NULL, 'n', 7, 8);
             INSERT INTO preparations VALUES (1, 'professionals-t', 't', '{\"a\":1}', 9, 10);",
        )
        .unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&export_at(&conn, T).unwrap()).unwrap();
        assert_eq!(
            doc,
            json!({
                "format": "privacyapp-export",
                "version": 2,
                "exported_at": T,
                "settings": {
                    "locale": null, "track": null, "gemeente": null,
                    "text_size": null, "theme": "dark", "reduced_motion": null
                },
                "bookmarks": [{ "content_id": "jongeren-a", "created_at": 1 }],
                "progress": {
                    "pages_read": [{ "page_id": "jongeren-a", "read_at": 2 }],
                    "scenario_positions": [
                        {
                            "scenario_id": "jongeren-s", "beat_id": "b1", "step": 4,
                            "choices": [{ "choice_id": "c1", "option": 1 }], "updated_at": 3
                        }
                    ],
                    "endings": [
                        { "scenario_id": "jongeren-s", "ending_id": "e1", "reached_at": 4 }
                    ],
                    "quiz_answers": [{
                        "quiz_id": "jongeren-q", "question_id": "q1", "chosen": [0, 2],
                        "correct": true, "answered_at": 5
                    }],
                    "checklist_answers": [{
                        "checklist_id": "professionals-c", "item_id": "i1", "answer": 1,
                        "answered_at": 6
                    }]
                },
                "notes": [{
                    "id": 1, "page_id": null, "text": "n", "created_at": 7, "updated_at": 8
                }],
                "preparations": [{
                    "id": 1, "tool_id": "professionals-t", "title": "t", "fields": { "a": 1 },
                    "created_at": 9, "updated_at": 10
                }]
            })
        );
    }

    /// Each case edits a valid export; each must be refused with the store left as it was.
    #[test]
    fn a_wrong_or_damaged_file_is_refused_and_changes_nothing() {
        let conn = filled();
        let before = dump(&conn);
        let valid: serde_json::Value =
            serde_json::from_slice(&export_at(&conn, T).unwrap()).unwrap();
        let edit = |f: &dyn Fn(&mut serde_json::Value)| {
            let mut v = valid.clone();
            f(&mut v);
            serde_json::to_vec(&v).unwrap()
        };
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("not json", b"<html>".to_vec(), "Syntax"),
            ("empty", Vec::new(), "Eof"),
            ("no header", b"{}".to_vec(), "Data"),
            (
                "other format",
                edit(&|v| v["format"] = json!("other-app")),
                "format",
            ),
            (
                "newer version",
                edit(&|v| v["version"] = json!(3)),
                "version 3",
            ),
            ("version 0", edit(&|v| v["version"] = json!(0)), "version 0"),
            (
                "unknown field",
                edit(&|v| v["extra"] = json!(1)),
                "Data error",
            ),
            (
                "unknown setting",
                edit(&|v| v["settings"]["colour"] = json!("red")),
                "Data error",
            ),
            (
                "unknown theme",
                edit(&|v| v["settings"]["theme"] = json!("sepia")),
                "Data error",
            ),
            (
                "missing list",
                edit(&|v| {
                    v.as_object_mut().unwrap().remove("notes");
                }),
                "Data error",
            ),
            (
                "bad id",
                edit(&|v| v["bookmarks"][1]["content_id"] = json!("../../etc/passwd")),
                "bookmarks[1]: invalid_id",
            ),
            (
                "bad gemeente",
                edit(&|v| v["settings"]["gemeente"] = json!("Den Haag")),
                "settings: invalid_id",
            ),
            (
                "duplicate bookmark",
                edit(&|v| {
                    let b = v["bookmarks"][0].clone();
                    v["bookmarks"].as_array_mut().unwrap().push(b);
                }),
                "bookmarks[3] appears twice",
            ),
            (
                "duplicate answer",
                edit(&|v| {
                    let a = v["progress"]["quiz_answers"][0].clone();
                    v["progress"]["quiz_answers"]
                        .as_array_mut()
                        .unwrap()
                        .push(a);
                }),
                "quiz_answers[2] appears twice",
            ),
            (
                "no option chosen",
                edit(&|v| v["progress"]["quiz_answers"][0]["chosen"] = json!([])),
                "progress: invalid_answer",
            ),
            (
                "negative option",
                edit(&|v| v["progress"]["checklist_answers"][0]["answer"] = json!(-1)),
                "Data error",
            ),
            (
                "empty note",
                edit(&|v| v["notes"][0]["text"] = json!(" ")),
                "notes[0]: text_empty",
            ),
            (
                "long note",
                edit(&|v| v["notes"][0]["text"] = json!("x".repeat(20_001))),
                "notes[0]: text_too_long",
            ),
            (
                "repeated note id",
                edit(&|v| v["notes"][1]["id"] = v["notes"][0]["id"].clone()),
                "notes[1] has a bad or repeated id",
            ),
            (
                "fields not an object",
                edit(&|v| v["preparations"][0]["fields"] = json!(["a"])),
                "preparations[0]: invalid_preparation",
            ),
        ];
        for (name, bytes, expected) in cases {
            match import(&conn, &bytes) {
                Err(Error::InvalidExport(why)) => {
                    assert!(why.contains(expected), "{name}: `{why}` lacks `{expected}`");
                }
                other => panic!("{name}: {other:?}"),
            }
        }
        assert_eq!(dump(&conn), before);
    }

    #[test]
    fn a_refusal_never_quotes_the_files_contents() {
        let conn = open_in_memory().unwrap();
        let secret = "Mijn BSN is 111222333";
        let bytes = format!(
            "{{\"format\":\"privacyapp-export\",\"version\":1,\"exported_at\":\"{secret}\"}}"
        );
        let Err(e) = import(&conn, bytes.as_bytes()) else {
            panic!("accepted")
        };
        assert!(!e.to_string().contains("111222333"), "{e}");
    }

    #[test]
    fn a_failure_while_writing_rolls_the_whole_import_back() {
        let source = filled();
        let bytes = export_at(&source, T).unwrap();
        let conn = open_in_memory().unwrap();
        store::add_bookmark(&conn, "inwoners-kept").unwrap();
        store::add_note(&conn, None, "blijft").unwrap();
        let before = dump(&conn);
        // Fails the last table to be written, after every other one was emptied and refilled.
        conn.execute_batch(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.preparations
             BEGIN SELECT RAISE(ABORT, 'disk says no'); END;",
        )
        .unwrap();
        assert!(matches!(import(&conn, &bytes), Err(Error::Storage(_))));
        assert_eq!(dump(&conn), before);
        assert!(conn.is_autocommit(), "no transaction is left open");
    }

    #[test]
    fn hidden_rows_are_exported_and_stay_hidden_after_import() {
        let bytes = export_at(&filled(), T).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.contains("removed-long-ago") && text.contains("removed-tool"));
        let conn = open_in_memory().unwrap();
        import(&conn, &bytes).unwrap();
        let present = |id: &str| !id.starts_with("removed");
        assert_eq!(store::visible_bookmarks(&conn, &present).unwrap().len(), 2);
        assert_eq!(store::visible_notes(&conn, &present).unwrap().len(), 2);
        assert_eq!(store::list_notes(&conn).unwrap().len(), 3);
        assert_eq!(
            store::visible_preparations(&conn, &present).unwrap().len(),
            1
        );
    }

    /// Saving on a store that cannot be written says so, for every kind of write.
    #[test]
    fn writes_to_a_read_only_store_say_it_is_read_only() {
        let bytes = export_at(&filled(), T).unwrap();
        let conn = open_in_memory().unwrap();
        conn.pragma_update(None, "query_only", "ON").unwrap();
        let results = [
            import(&conn, &bytes).map(drop),
            store::mark_read(&conn, "jongeren-a"),
            store::save_quiz_answer(&conn, "jongeren-q", "q1", &[0], true),
            store::add_note(&conn, None, "tekst").map(drop),
            store::save_preparation(&conn, "professionals-t", "t", &json!({})).map(drop),
            store::set_theme(&conn, store::Theme::Dark),
        ];
        for r in results {
            assert!(matches!(r, Err(Error::ReadOnly)), "{r:?}");
        }
    }

    #[test]
    fn a_file_too_large_is_refused_before_it_is_read() {
        let conn = open_in_memory().unwrap();
        let huge = vec![b' '; MAX_IMPORT_BYTES + 1];
        assert!(matches!(
            import(&conn, &huge),
            Err(Error::InvalidExport(why)) if why.contains("larger")
        ));
    }
}
