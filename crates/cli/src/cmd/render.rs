use std::io::Write;
use std::path::Path;

use privacyapp_core::content::{self, Body};
use privacyapp_core::i18n::Locale;

use crate::args::{CliError, Sources};

/// Prints the sanitised HTML of one page, named by id or by its file. The whole tree is
/// compiled first, so what is printed is exactly what the app would show.
pub fn run(sources: &Sources, target: &str, locale: Option<&str>) -> Result<(), CliError> {
    let build = super::build_reporting(sources)?;
    super::no_problems(&build)?;
    let pack = build.pack;
    let path = Path::new(target);
    let (id, locale) = if path.is_file() {
        let text = std::fs::read_to_string(path).map_err(privacyapp_core::Error::Io)?;
        let id = content::page_id(&text).ok_or_else(|| CliError::NotAPage { path: path.into() })?;
        (
            id,
            locale.map(str::to_owned).or_else(|| locale_folder(path)),
        )
    } else {
        (target.to_owned(), locale.map(str::to_owned))
    };
    let locale: Locale = match locale {
        Some(l) => l.parse()?,
        None => Locale::FALLBACK,
    };
    let page = pack.page(&id, locale)?;
    let mut out = page.html.clone();
    // A structured page's scenes, questions or items are sanitised HTML fragments inside its
    // body; show them as the app receives them.
    if page.body != Body::Prose {
        let body =
            serde_json::to_string_pretty(&page.body).map_err(|e| CliError::Output(e.into()))?;
        out.push_str(&body);
    }
    writeln!(std::io::stdout().lock(), "{out}").map_err(CliError::Output)
}

/// `content/en/jongeren/x.md` → `en`.
fn locale_folder(path: &Path) -> Option<String> {
    path.components()
        .filter_map(|c| c.as_os_str().to_str())
        .find(|c| c.parse::<Locale>().is_ok())
        .map(str::to_owned)
}
