//! The tools that turn reading into doing. Each decides what applies to the user's situation;
//! the UI words it from the locale files, so every path is tested here without any text.

// Declared after the macro they use.

/// `FromStr` by the names the types serialise to, so commands take plain strings and a bad
/// one gets the app's own `invalid_setting` error.
macro_rules! parse_as_serde {
    ($($t:ty),*) => {$(
        impl std::str::FromStr for $t {
            type Err = crate::Error;
            fn from_str(s: &str) -> crate::Result<Self> {
                serde_json::from_value(serde_json::Value::String(s.to_owned()))
                    .map_err(|_| crate::Error::InvalidSetting(s.to_owned()))
            }
        }
    )*};
}
pub(crate) use parse_as_serde;

// After the macro: they use it.
pub mod complaint;
pub mod dilemma;
pub mod letter;
pub mod pet_check;
pub mod preparation;
pub mod saved;
pub mod self_assessment;
