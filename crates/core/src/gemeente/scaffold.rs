//! `privacyapp gemeente new <slug>`: a new profile from the template, to fill in and check.

use std::path::{Path, PathBuf};

use super::profile::{is_slug, GEMEENTEN_DIR, PROFILE_FILE};
use crate::{Error, Result};

/// The template's folder below `content/gemeenten/`; `load_all` skips it.
pub const TEMPLATE_SLUG: &str = "_template";

/// Writes `content/gemeenten/<slug>/gemeente.toml` from the template, with the name filled in,
/// and returns its path. An existing profile is never overwritten.
pub fn scaffold(content: &Path, slug: &str, name: &str) -> Result<PathBuf> {
    if !is_slug(slug) {
        return Err(Error::InvalidId(slug.to_owned()));
    }
    let root = content.join(GEMEENTEN_DIR);
    let template = std::fs::read_to_string(root.join(TEMPLATE_SLUG).join(PROFILE_FILE))?;
    let dir = root.join(slug);
    std::fs::create_dir_all(&root)?;
    // create_dir fails when the folder exists: a profile someone made is never touched.
    std::fs::create_dir(&dir)?;
    let path = dir.join(PROFILE_FILE);
    let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
    std::fs::write(&path, template.replace("{{name}}", &escaped))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content_with_template() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let shipped =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/gemeenten/_template");
        let to = dir.path().join(GEMEENTEN_DIR).join(TEMPLATE_SLUG);
        std::fs::create_dir_all(&to).unwrap();
        std::fs::copy(shipped.join(PROFILE_FILE), to.join(PROFILE_FILE)).unwrap();
        dir
    }

    #[test]
    fn a_new_profile_has_the_name_and_fails_the_check_until_filled_in() {
        let content = content_with_template();
        let path = scaffold(content.path(), "nieuwdorp", "Nieuw\"dorp").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("name = \"Nieuw\\\"dorp\""), "{text}");
        let problems = super::super::load(path.parent().unwrap()).unwrap_err();
        assert!(
            problems.0.iter().any(|d| d.message.contains("VUL IN")),
            "{problems}"
        );
        assert!(problems.0.iter().all(|d| d.line > 0), "{problems}");
    }

    #[test]
    fn an_existing_profile_or_a_bad_slug_is_refused() {
        let content = content_with_template();
        scaffold(content.path(), "nieuwdorp", "Nieuwdorp").unwrap();
        std::fs::write(
            content.path().join("gemeenten/nieuwdorp/gemeente.toml"),
            "eigen werk",
        )
        .unwrap();
        assert_eq!(
            scaffold(content.path(), "nieuwdorp", "X")
                .unwrap_err()
                .code(),
            "io"
        );
        assert_eq!(
            std::fs::read_to_string(content.path().join("gemeenten/nieuwdorp/gemeente.toml"))
                .unwrap(),
            "eigen werk"
        );
        assert_eq!(
            scaffold(content.path(), "Nieuw Dorp", "X")
                .unwrap_err()
                .code(),
            "invalid_id"
        );
    }
}
