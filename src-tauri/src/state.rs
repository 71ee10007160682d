//! The app's state: the content pack and the user's store.

use std::path::Path;
use std::sync::Mutex;

use privacyapp_core::content::{Pack, SearchIndex};
use privacyapp_core::i18n::{self, Locale};
use privacyapp_core::search::Hit;
use privacyapp_core::store;
use rusqlite::Connection;

use crate::CommandError;

#[derive(Debug)]
pub struct AppState {
    pub pack: Pack,
    /// The pack's search index; SQLite connections are not shareable between threads.
    pub search: Mutex<SearchIndex>,
    /// The language to offer first, from the system's locale.
    pub system_locale: Locale,
    /// What happened to the store at start-up, for the UI to tell the user once.
    pub store_notice: StoreNotice,
    store: Result<Mutex<Connection>, Unavailable>,
}

/// What the user should be told about their data at start-up.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StoreNotice {
    /// The database was damaged: it was set aside and replaced.
    pub recovery: Option<store::Recovery>,
    /// Only reading is possible (a read-only or full disk).
    pub read_only: bool,
}

/// Why the store could not be opened, kept to answer every later call with the same error.
#[derive(Debug, Clone)]
struct Unavailable {
    code: &'static str,
    message: String,
}

impl AppState {
    /// Opens the store in `data_dir`. A store that cannot be opened does not stop the app:
    /// content stays readable and every store action reports why it cannot be done.
    pub fn open(pack: Pack, search: SearchIndex, data_dir: &Path, system_locale: Locale) -> Self {
        let mut store_notice = StoreNotice::default();
        let store = store::open_checked(data_dir)
            .map(|opened| {
                store_notice = StoreNotice {
                    recovery: opened.recovery,
                    read_only: opened.read_only,
                };
                Mutex::new(opened.conn)
            })
            .map_err(|e| Unavailable {
                code: e.code(),
                message: e.to_string(),
            });
        Self {
            pack,
            search: Mutex::new(search),
            system_locale,
            store_notice,
            store,
        }
    }

    /// Runs `f` with the store, or with `None` when it could not be opened, for the calls
    /// that still make sense without the user's data.
    pub fn with_optional_store<T>(
        &self,
        f: impl FnOnce(Option<&Connection>) -> privacyapp_core::Result<T>,
    ) -> Result<T, CommandError> {
        match &self.store {
            Ok(store) => Ok(f(Some(&lock(store)))?),
            Err(_) => Ok(f(None)?),
        }
    }

    /// Searches the content in `locale`.
    pub fn search(
        &self,
        locale: Locale,
        query: &str,
        limit: usize,
    ) -> Result<Vec<Hit>, CommandError> {
        Ok(lock(&self.search).search(locale, query, limit)?)
    }

    /// Runs `f` with the store.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&Connection) -> privacyapp_core::Result<T>,
    ) -> Result<T, CommandError> {
        let store = self
            .store
            .as_ref()
            .map_err(|u| CommandError::StoreUnavailable {
                code: u.code,
                message: u.message.clone(),
            })?;
        Ok(f(&lock(store))?)
    }
}

/// The lock is held only for one call into the core, and never across an await. A panic in
/// an earlier call cannot leave SQLite half-written (it rolls back), so the connection behind
/// a poisoned lock is still sound.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn system_locale() -> Locale {
    let requested: Vec<String> = sys_locale::get_locales().collect();
    i18n::negotiate(&requested)
}

#[cfg(test)]
mod tests {
    use super::*;
    use privacyapp_core::content::PACK_FORMAT;

    fn empty_pack() -> (Pack, SearchIndex) {
        let pack = Pack {
            format: PACK_FORMAT,
            source_hash: String::new(),
            pages: vec![],
            terms: vec![],
            messages: vec![],
        };
        Pack::from_bytes(&pack.to_bytes().unwrap()).unwrap()
    }

    #[test]
    fn a_newer_database_leaves_content_usable_and_store_calls_explain_why() {
        let dir = tempfile::tempdir().unwrap();
        {
            let conn = Connection::open(dir.path().join(store::DATABASE_FILE)).unwrap();
            conn.execute_batch("PRAGMA user_version = 999;").unwrap();
        }
        let (pack, search) = empty_pack();
        let state = AppState::open(pack, search, dir.path(), Locale::Nl);
        let err = state.with_store(store::settings).unwrap_err();
        assert_eq!(err.code(), "database_too_new");
        let seen = state
            .with_optional_store(|conn| Ok(conn.is_some()))
            .unwrap();
        assert!(!seen, "calls that can do without the store get None");
    }

    #[test]
    fn a_damaged_database_is_replaced_and_the_notice_says_so() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(store::DATABASE_FILE),
            b"this is not an SQLite database, but it is long enough to look like one at a glance",
        )
        .unwrap();
        let (pack, search) = empty_pack();
        let state = AppState::open(pack, search, dir.path(), Locale::Nl);
        let recovery = state.store_notice.recovery.clone().unwrap();
        assert!(recovery.quarantined.exists());
        assert!(recovery.restored_from.is_none());
        assert!(!state.store_notice.read_only);
        state.with_store(|c| store::add_bookmark(c, "a")).unwrap();
    }

    #[test]
    fn the_shipped_pack_loads() {
        let (pack, search) = Pack::from_static(crate::PACK).unwrap();
        assert!(!pack.pages.is_empty());
        assert!(!pack.messages.is_empty());
        assert!(!search.search(Locale::Nl, "gegevens", 5).unwrap().is_empty());
    }
}
