//! What a command returns on failure: `{ code, message }`. The UI shows a localised message
//! for `code`; `message` is for developers and never shown as is.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CommandError {
    #[error(transparent)]
    Core(#[from] privacyapp_core::Error),

    /// The store could not be opened at start-up; the app still shows content.
    #[error("the store is not available: {message}")]
    StoreUnavailable { code: &'static str, message: String },
}

impl CommandError {
    pub fn code(&self) -> &'static str {
        match self {
            CommandError::Core(e) => e.code(),
            CommandError::StoreUnavailable { code, .. } => code,
        }
    }
}

impl Serialize for CommandError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("CommandError", 2)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("message", &self.to_string())?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use privacyapp_core::Error;

    #[test]
    fn serialises_as_code_and_message() {
        let e = CommandError::from(Error::UnknownPage { id: "x".into() });
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({ "code": "unknown_page", "message": "no page `x` in this content" })
        );
        let e = CommandError::StoreUnavailable {
            code: "database_too_new",
            message: "schema 9".into(),
        };
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({ "code": "database_too_new", "message": "the store is not available: schema 9" })
        );
    }
}
