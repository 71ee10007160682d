//! The house style: values for NL Design System tokens, named as the CSS custom properties the
//! app's components read. Only tokens the app uses are accepted (a misspelt one would silently
//! do nothing); colours must be ones whose contrast can be computed, and every value is
//! plain, so nothing in a theme can load a file or a web address.

use std::collections::BTreeMap;

use super::colour::{Rgb, MIN_CONTRAST};

/// The tokens a theme may set, and whether each holds a colour.
pub const KNOWN_TOKENS: &[(&str, bool)] = &[
    ("--utrecht-document-background-color", true),
    ("--utrecht-document-color", true),
    ("--utrecht-document-font-family", false),
    ("--utrecht-link-color", true),
    ("--utrecht-link-hover-color", true),
    ("--utrecht-link-visited-color", true),
    ("--utrecht-button-primary-action-background-color", true),
    ("--utrecht-button-primary-action-border-color", true),
    ("--utrecht-button-primary-action-color", true),
    (
        "--utrecht-button-primary-action-hover-background-color",
        true,
    ),
    ("--utrecht-button-primary-action-hover-color", true),
    ("--utrecht-button-secondary-action-border-color", true),
    ("--utrecht-button-secondary-action-color", true),
    ("--utrecht-page-header-background-color", true),
    ("--utrecht-page-header-color", true),
];

/// The app's own light colours, for the side of a pair a theme leaves alone.
const DEFAULTS: &[(&str, Rgb)] = &[
    ("--utrecht-document-background-color", Rgb(0xff, 0xff, 0xff)),
    ("--utrecht-document-color", Rgb(0x1a, 0x1a, 0x1a)),
    ("--utrecht-link-color", Rgb(0x15, 0x42, 0x73)),
    (
        "--utrecht-button-primary-action-background-color",
        Rgb(0x15, 0x42, 0x73),
    ),
    (
        "--utrecht-button-primary-action-color",
        Rgb(0xff, 0xff, 0xff),
    ),
    (
        "--utrecht-page-header-background-color",
        Rgb(0x15, 0x42, 0x73),
    ),
    ("--utrecht-page-header-color", Rgb(0xff, 0xff, 0xff)),
];

/// Text or interactive colour, and the background it stands on.
const PAIRS: &[(&str, &str)] = &[
    (
        "--utrecht-document-color",
        "--utrecht-document-background-color",
    ),
    (
        "--utrecht-link-color",
        "--utrecht-document-background-color",
    ),
    (
        "--utrecht-link-hover-color",
        "--utrecht-document-background-color",
    ),
    (
        "--utrecht-link-visited-color",
        "--utrecht-document-background-color",
    ),
    (
        "--utrecht-button-primary-action-color",
        "--utrecht-button-primary-action-background-color",
    ),
    (
        "--utrecht-button-primary-action-hover-color",
        "--utrecht-button-primary-action-hover-background-color",
    ),
    (
        "--utrecht-button-secondary-action-color",
        "--utrecht-document-background-color",
    ),
    (
        "--utrecht-page-header-color",
        "--utrecht-page-header-background-color",
    ),
];

/// A problem with one token (or pair), named by the token the author wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeProblem {
    pub token: String,
    pub message: String,
}

/// Every problem with the theme: unknown tokens, values that are not plain, colours that
/// cannot be computed, and pairs below 4.5:1.
pub fn check(theme: &BTreeMap<String, String>) -> Vec<ThemeProblem> {
    let mut problems = Vec::new();
    let mut colours: BTreeMap<&str, Rgb> = BTreeMap::new();
    for (token, value) in theme {
        let problem = |message: String| ThemeProblem {
            token: token.clone(),
            message,
        };
        let Some((name, is_colour)) = KNOWN_TOKENS.iter().find(|(n, _)| n == token) else {
            problems.push(problem(format!("`{token}` is not a token the app uses")));
            continue;
        };
        if *is_colour {
            match Rgb::parse(value) {
                Some(rgb) => {
                    colours.insert(name, rgb);
                }
                None => problems.push(problem(format!(
                    "`{token}`: `{value}` is not a colour as #rgb, #rrggbb or rgb(r, g, b)"
                ))),
            }
        } else if !is_plain(value) {
            problems.push(problem(format!(
                "`{token}`: only letters, digits, spaces, commas, hyphens and quotes"
            )));
        }
    }
    let colour = |name: &str| {
        colours
            .get(name)
            .copied()
            .or_else(|| DEFAULTS.iter().find(|(n, _)| *n == name).map(|(_, c)| *c))
    };
    for (fg, bg) in PAIRS {
        // Only pairs the theme touches: the app's own colours are checked elsewhere.
        if !colours.contains_key(fg) && !colours.contains_key(bg) {
            continue;
        }
        let (Some(f), Some(b)) = (colour(fg), colour(bg)) else {
            continue;
        };
        let ratio = f.contrast(b);
        if ratio < MIN_CONTRAST {
            let token = if colours.contains_key(fg) { fg } else { bg };
            problems.push(ThemeProblem {
                token: (*token).to_owned(),
                message: format!(
                    "`{fg}` on `{bg}` has a contrast of {ratio:.2}:1; it must be at least {MIN_CONTRAST}:1"
                ),
            });
        }
    }
    problems
}

fn is_plain(value: &str) -> bool {
    !value.trim().is_empty()
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || " ,-'\"".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_theme_with_enough_contrast_passes() {
        let t = theme(&[
            ("--utrecht-document-background-color", "#ffffff"),
            ("--utrecht-link-color", "#8a1538"),
            (
                "--utrecht-button-primary-action-background-color",
                "#8a1538",
            ),
            ("--utrecht-button-primary-action-color", "#fff"),
            (
                "--utrecht-document-font-family",
                "\"Fira Sans\", sans-serif",
            ),
        ]);
        assert_eq!(check(&t), []);
    }

    #[test]
    fn low_contrast_is_an_error_named_by_the_token_the_theme_set() {
        let t = theme(&[("--utrecht-link-color", "#9db4d0")]);
        let problems = check(&t);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].token, "--utrecht-link-color");
        assert!(
            problems[0].message.contains("must be at least 4.5:1"),
            "{problems:?}"
        );
        // A background set alone is checked against the app's text on it.
        let t = theme(&[("--utrecht-page-header-background-color", "#e0e0e0")]);
        assert_eq!(check(&t)[0].token, "--utrecht-page-header-background-color");
    }

    #[test]
    fn unknown_tokens_odd_colours_and_values_that_could_load_something_are_refused() {
        let t = theme(&[
            ("--utrecht-documnet-color", "#000"),
            ("--utrecht-document-color", "black"),
            (
                "--utrecht-document-font-family",
                "url(https://example.org/f.woff)",
            ),
        ]);
        let tokens: Vec<String> = check(&t).into_iter().map(|p| p.token).collect();
        assert_eq!(
            tokens,
            [
                "--utrecht-document-color",
                "--utrecht-document-font-family",
                "--utrecht-documnet-color"
            ]
        );
    }
}
