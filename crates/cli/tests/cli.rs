//! The `privacyapp` binary as authors and CI use it.

// Helpers outside `#[test]` functions; a failed unwrap here is a failed test.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

/// Runs the binary in `cwd`: whether it succeeded, and what it wrote to stderr.
fn privacyapp(args: &[&str], cwd: &Path) -> (bool, String) {
    let (ok, _, stderr) = privacyapp_output(args, cwd);
    (ok, stderr)
}

fn privacyapp_output(args: &[&str], cwd: &Path) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_privacyapp"))
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap();
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

/// Message files that pass the checks, so a test only adds what it is about.
fn write_locales(root: &Path) {
    write(root, "locales/nl/app.ftl", "a = A\n");
    write(root, "locales/en/app.ftl", "a = A\n");
    write_thresholds(root);
}

/// The readability minimums every content folder has.
fn write_thresholds(root: &Path) {
    write(
        root,
        "content/readability.toml",
        "[minimum]\njongeren = 60\ninwoners = 55\nprofessionals = 45\n",
    );
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn check_passes_on_the_shipped_content_and_build_writes_a_pack() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let (ok, table, err) = privacyapp_output(&["check"], &repo);
    assert!(ok, "{err}");
    assert!(err.starts_with("ok: "), "{err}");
    assert!(table.starts_with("page "), "{table}");
    assert!(table.lines().skip(1).all(|l| l.ends_with(" ok")), "{table}");

    let out = tempfile::tempdir().unwrap();
    let pack = out.path().join("pack.sqlite");
    let (ok, err) = privacyapp(&["pack", "content", "-o", pack.to_str().unwrap()], &repo);
    assert!(ok, "{err}");
    let bytes = std::fs::read(&pack).unwrap();
    let (pack, _) = privacyapp_core::content::Pack::from_bytes(&bytes).unwrap();
    assert!(!pack.pages.is_empty());
}

#[test]
fn check_fails_with_file_and_line_for_each_problem() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "locales/nl/app.ftl", "a = A\nb = B\n");
    write(root, "locales/en/app.ftl", "a = A\n");
    write_thresholds(root);
    let page = "+++\nid = \"x\"\nkind = \"article\"\ntrack = \"jongeren\"\ntitle = \"\"\nsummary = \"S\"\n+++\n";
    write(root, "content/nl/jongeren/x.md", page);
    write(root, "content/en/jongeren/x.md", page);

    let (ok, err) = privacyapp(&["check"], root);
    assert!(!ok);
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines.contains(&"content/en/jongeren/x.md:5: `title` is empty"),
        "{err}"
    );
    assert!(
        lines.contains(&"content/nl/jongeren/x.md:5: `title` is empty"),
        "{err}"
    );
    assert!(
        lines.contains(&"locales/nl/app.ftl:2: `b` is missing in locale en"),
        "{err}"
    );
}

#[test]
fn bad_usage_explains_itself() {
    let (ok, err) = privacyapp(&["publish"], Path::new("."));
    assert!(!ok);
    assert!(
        err.contains("unknown command `publish`") && err.contains("usage:"),
        "{err}"
    );
}

#[test]
fn render_prints_the_sanitised_html_of_a_page_by_id_or_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_locales(root);
    let page = |lang: &str| {
        format!(
            "+++\nid = \"jongeren-x\"\nkind = \"article\"\ntrack = \"jongeren\"\ntitle = \"T\"\nsummary = \"S\"\n+++\n\n{lang} <script>alert(1)</script>[a](javascript:alert(1))\n"
        )
    };
    write(root, "content/nl/jongeren/x.md", &page("Hallo"));
    write(root, "content/en/jongeren/x.md", &page("Hello"));

    let render = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_privacyapp"))
            .args(args)
            .current_dir(root)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let expected = |word: &str| format!("<p>{word} <a rel=\"noopener noreferrer\">a</a></p>\n\n");
    assert_eq!(render(&["render", "jongeren-x"]), expected("Hallo"));
    assert_eq!(
        render(&["render", "jongeren-x", "--locale", "en"]),
        expected("Hello")
    );
    assert_eq!(
        render(&["render", "content/en/jongeren/x.md"]),
        expected("Hello")
    );

    let (ok, err) = privacyapp(&["render", "jongeren-y"], root);
    assert!(!ok && err.contains("no page `jongeren-y`"), "{err}");
}

fn repo() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn check_takes_a_folder_and_fails_a_page_that_is_too_hard_to_read() {
    let case = "tests/fixtures/broken/readability-too-hard/content";
    let (ok, table, err) = privacyapp_output(&["check", case], &repo());
    assert!(!ok, "{err}");
    assert!(err.contains("is below the jongeren minimum of 60"), "{err}");
    assert!(err.ends_with("1 problem(s) found\n"), "{err}");
    let hard: Vec<&str> = table.lines().filter(|l| l.ends_with("TOO HARD")).collect();
    assert_eq!(hard.len(), 1, "{table}");
    assert!(hard[0].contains("/nl/jongeren/"), "{table}");
}

#[test]
fn pack_writes_nothing_for_broken_content() {
    let out = tempfile::tempdir().unwrap();
    let pack = out.path().join("pack.sqlite");
    let case = "tests/fixtures/broken/scenario-loop-without-ending/content";
    let (ok, err) = privacyapp(&["pack", case, "-o", pack.to_str().unwrap()], &repo());
    assert!(!ok);
    assert!(err.contains("never reaches an ending"), "{err}");
    assert!(!pack.exists());
}

#[test]
fn search_finds_pages_and_terms_from_the_sources_or_a_pack() {
    let (ok, json, err) = privacyapp_output(&["search", "beroepsgeh", "--json"], &repo());
    assert!(ok, "{err}");
    let hits: serde_json::Value = serde_json::from_str(&json).unwrap();
    let hits = hits.as_array().unwrap();
    // The glossary entry and the page both carry the word in their title.
    let ids: Vec<&str> = hits
        .iter()
        .take(2)
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["beroepsgeheim", "professionals-beroepsgeheim-doorbreken"],
        "{json}"
    );
    let page = &hits[1];
    let marked = page["snippet"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["mark"] == true && p["text"].as_str().unwrap().starts_with("beroepsgeheim"));
    assert!(marked, "{json}");

    let out = tempfile::tempdir().unwrap();
    let pack = out.path().join("pack.sqlite");
    let (ok, err) = privacyapp(&["pack", "-o", pack.to_str().unwrap()], &repo());
    assert!(ok, "{err}");
    let args = [
        "search",
        "gdpr",
        "--locale",
        "en",
        "--pack",
        pack.to_str().unwrap(),
    ];
    let (ok, text, err) = privacyapp_output(&args, &repo());
    assert!(ok, "{err}");
    assert!(text.starts_with("1. avg (term, glossary): "), "{text}");

    let (ok, text, err) = privacyapp_output(&["search", "zzzzqqq"], &repo());
    assert!(
        ok && text.is_empty() && err.contains("no results"),
        "{text}{err}"
    );

    let (ok, text, err) = privacyapp_output(&["search", "beroepsgeheim zzzzqqq "], &repo());
    assert!(ok && err.contains("no page has every word"), "{text}{err}");
    assert!(text.contains("beroepsgeheim"), "{text}");
}

#[test]
fn stats_counts_every_page_kind_per_track_and_locale() {
    let (ok, json, err) = privacyapp_output(&["stats", "--json"], &repo());
    assert!(ok, "{err}");
    let stats: serde_json::Value = serde_json::from_str(&json).unwrap();
    for locale in ["nl", "en"] {
        for track in ["jongeren", "inwoners", "professionals"] {
            let files = std::fs::read_dir(repo().join("content").join(locale).join(track))
                .unwrap()
                .count() as u64;
            let row = stats["tracks"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["track"] == track && r["locale"] == locale)
                .unwrap();
            assert_eq!(row["pages"], files, "{track} {locale}");
            let kinds: u64 = ["articles", "scenarios", "quizzes", "checklists", "tools"]
                .iter()
                .map(|k| row[k].as_u64().unwrap())
                .sum();
            assert_eq!(kinds, files, "{track} {locale}");
        }
        assert!(stats["glossary"][locale].as_u64().unwrap() > 0);
    }
    assert_eq!(
        stats["readability"].as_array().unwrap().len(),
        stats["tracks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["pages"].as_u64().unwrap() as usize)
            .sum::<usize>()
    );
}

#[test]
fn a_gemeente_makes_its_profile_checks_it_and_fixes_what_check_names() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_locales(root);
    let page = "+++\nid = \"jongeren-x\"\nkind = \"article\"\ntrack = \"jongeren\"\ntitle = \"T\"\nsummary = \"S\"\n+++\n\nJe mag het vragen. Dat is je recht.\n";
    write(root, "content/nl/jongeren/x.md", page);
    write(root, "content/en/jongeren/x.md", page);
    let template =
        std::fs::read_to_string(repo().join("content/gemeenten/_template/gemeente.toml")).unwrap();
    write(root, "content/gemeenten/_template/gemeente.toml", &template);

    let (ok, out) = privacyapp(
        &["gemeente", "new", "nieuwdorp", "--name", "Nieuwdorp"],
        root,
    );
    assert!(ok, "{out}");
    assert!(
        out.contains("content/gemeenten/nieuwdorp/gemeente.toml"),
        "{out}"
    );
    let (ok, again) = privacyapp(&["gemeente", "new", "nieuwdorp"], root);
    assert!(!ok, "an existing profile is never overwritten: {again}");

    let (ok, out) = privacyapp(&["check"], root);
    assert!(!ok);
    assert!(
        out.contains("content/gemeenten/nieuwdorp/gemeente.toml:") && out.contains("VUL IN"),
        "{out}"
    );
    // The example edition, under the new name, is what a filled-in profile looks like.
    let example =
        std::fs::read_to_string(repo().join("content/gemeenten/voorbeeldstad/gemeente.toml"))
            .unwrap();
    write(
        root,
        "content/gemeenten/nieuwdorp/gemeente.toml",
        &example.replace("Voorbeeldstad", "Nieuwdorp"),
    );
    let (ok, out) = privacyapp(&["check"], root);
    assert!(ok, "{out}");
}
