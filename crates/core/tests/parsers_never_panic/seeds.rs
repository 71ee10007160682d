//! The real content files, as seeds for mutation.

use super::*;
use std::path::Path;
use std::sync::OnceLock;

/// The content files in the repository (and the full README example), read once; a few
/// built-in pages when the folder cannot be read.
pub(crate) fn seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let mut out = Vec::new();
        let mut dirs = vec![root.clone()];
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
            entries.sort();
            for path in entries {
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "md") {
                    if let Ok(text) = std::fs::read_to_string(&path) {
                        if path.file_name().is_some_and(|n| n == "README.md") {
                            // Every Markdown example in the authoring guide.
                            for block in text.split("```markdown\n").skip(1) {
                                if let Some(code) = block.split("\n```").next() {
                                    out.push(code.to_owned());
                                }
                            }
                        } else {
                            out.push(text);
                        }
                    }
                }
            }
        }
        if out.is_empty() {
            out.push(render_front(
                &Front {
                    id: "a".into(),
                    kind: "article".into(),
                    track: "jongeren".into(),
                    title: "T".into(),
                    summary: "S".into(),
                    tags: false,
                    related: false,
                    start: None,
                    sources: true,
                    cast: false,
                },
                &[],
            ));
        }
        out
    })
}
