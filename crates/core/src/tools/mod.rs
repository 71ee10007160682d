//! The tools that turn reading into doing. Each decides what applies to the user's situation;
//! the UI words it from the locale files, so every path is tested here without any text.

pub mod letter;
