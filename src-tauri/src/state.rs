//! The app's state: the content pack and the user's store.

use std::path::{Path, PathBuf};
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
    data_dir: PathBuf,
    /// What happened to the store at start-up, for the UI to tell the user.
    store_notice: Mutex<StoreNotice>,
    /// The store, or why it could not be opened (kept to answer every later call the same).
    store: Mutex<Result<Connection, Unavailable>>,
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

/// Why the store could not be opened.
#[derive(Debug, Clone)]
struct Unavailable {
    code: &'static str,
    message: String,
}

fn open_store(data_dir: &Path) -> (Result<Connection, Unavailable>, StoreNotice) {
    match store::open_checked(data_dir) {
        Ok(opened) => (
            Ok(opened.conn),
            StoreNotice {
                recovery: opened.recovery,
                read_only: opened.read_only,
            },
        ),
        Err(e) => (
            Err(Unavailable {
                code: e.code(),
                message: e.to_string(),
            }),
            StoreNotice::default(),
        ),
    }
}

impl AppState {
    /// Opens the store in `data_dir`. A store that cannot be opened does not stop the app:
    /// content stays readable and every store action reports why it cannot be done.
    pub fn open(pack: Pack, search: SearchIndex, data_dir: &Path, system_locale: Locale) -> Self {
        let (store, notice) = open_store(data_dir);
        Self {
            pack,
            search: Mutex::new(search),
            system_locale,
            data_dir: data_dir.to_path_buf(),
            store_notice: Mutex::new(notice),
            store: Mutex::new(store),
        }
    }

    pub fn store_notice(&self) -> StoreNotice {
        lock(&self.store_notice).clone()
    }

    /// Runs `f` with the store, or with `None` when it could not be opened, for the calls
    /// that still make sense without the user's data.
    pub fn with_optional_store<T>(
        &self,
        f: impl FnOnce(Option<&Connection>) -> privacyapp_core::Result<T>,
    ) -> Result<T, CommandError> {
        Ok(f(lock(&self.store).as_ref().ok())?)
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
        let guard = lock(&self.store);
        let conn = guard.as_ref().map_err(|u| CommandError::StoreUnavailable {
            code: u.code,
            message: u.message.clone(),
        })?;
        Ok(f(conn)?)
    }

    /// Removes every file the store wrote — even when it could not be opened — and starts
    /// again with an empty store.
    pub fn delete_everything(&self) -> Result<(), CommandError> {
        let mut guard = lock(&self.store);
        let gone = Err(Unavailable {
            code: "internal",
            message: "the store is being deleted".into(),
        });
        let conn = match std::mem::replace(&mut *guard, gone) {
            Ok(conn) => conn,
            // Nothing open to close; the files are removed all the same.
            Err(_) => Connection::open_in_memory().map_err(privacyapp_core::Error::from)?,
        };
        let wiped = store::delete_everything(conn, &self.data_dir);
        let (store, notice) = open_store(&self.data_dir);
        *guard = store;
        *lock(&self.store_notice) = notice;
        Ok(wiped?)
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
        let notice = state.store_notice();
        let recovery = notice.recovery.unwrap();
        assert!(recovery.quarantined.exists());
        assert!(recovery.restored_from.is_none());
        assert!(!notice.read_only);
        state.with_store(|c| store::add_bookmark(c, "a")).unwrap();

        state.delete_everything().unwrap();
        assert!(
            !recovery.quarantined.exists(),
            "delete everything removes quarantined files"
        );
        assert!(state.store_notice().recovery.is_none());
        let left = state.with_store(store::list_bookmarks).unwrap();
        assert!(left.is_empty());
        // What remains is the fresh, empty store (and perhaps its first snapshot): no file
        // holds anything the user did.
        for file in store::store_files(dir.path()).unwrap() {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            assert!(!name.contains("quarantined"), "{name}");
            if name.ends_with(".sqlite3") {
                let conn = Connection::open(&file).unwrap();
                let held: u64 = store::inventory(&conn)
                    .unwrap()
                    .iter()
                    .map(|h| h.count)
                    .sum();
                assert_eq!(held, 0, "{name} still holds data");
            }
        }
    }

    #[test]
    fn the_shipped_pack_loads() {
        let (pack, search) = Pack::from_static(crate::PACK).unwrap();
        assert!(!pack.pages.is_empty());
        assert!(!pack.messages.is_empty());
        assert!(!search.search(Locale::Nl, "gegevens", 5).unwrap().is_empty());
    }
}
