//! Gemeente editions: a gemeente's profile (its name, where residents get help, its
//! Functionaris Gegevensbescherming, its complaints procedure and privacy statement) and its
//! house style as NL Design System tokens, read from `content/gemeenten/<slug>/gemeente.toml`
//! and checked like any content: required fields, phone, e-mail and web address formats,
//! known token names, and the contrast of the theme's colours.

pub mod colour;
mod profile;
mod scaffold;
mod theme;

pub use profile::{load, load_all, Contact, Gemeente, Localised, GEMEENTEN_DIR, PROFILE_FILE};
pub use scaffold::{scaffold, TEMPLATE_SLUG};
pub use theme::KNOWN_TOKENS;
