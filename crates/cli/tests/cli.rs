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
