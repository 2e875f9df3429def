//! The only place that touches localStorage. It checks that storage works before using it
//! (gloo-storage's `LocalStorage::raw()` panics where storage is missing) and turns every
//! failure into a [`StorageError`] the UI can explain.

use crate::files::js_error_message;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

/// The key progress is stored under.
pub const PROGRESS_KEY: &str = "rungs.progress";
/// Where unreadable stored progress is kept, untouched, for the user to download.
pub const BACKUP_KEY: &str = "rungs.progress.backup";
/// Dated snapshots of the scores (progress over time), apart from progress so the catalogue
/// never reads them.
pub const HISTORY_KEY: &str = "rungs.history";
/// Where an unreadable stored history is kept before a new one is started.
pub const HISTORY_BACKUP_KEY: &str = "rungs.history.backup";
/// The chosen colour theme (absent: the system's). src/js/startup.js reads it before first paint.
pub const THEME_KEY: &str = "rungs.theme";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// Disabled, blocked, or a private mode without storage.
    Unavailable(String),
    /// The browser refused to store more.
    QuotaExceeded,
    Other(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable(why) => {
                write!(f, "this browser does not allow local storage here ({why})")
            }
            StorageError::QuotaExceeded => write!(f, "the browser's storage for this site is full"),
            StorageError::Other(why) => write!(f, "the browser could not store the data ({why})"),
        }
    }
}

fn js_error_name(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &JsValue::from_str("name"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn classify(e: &JsValue) -> StorageError {
    match js_error_name(e).as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
        "SecurityError" => StorageError::Unavailable(js_error_message(e)),
        _ => StorageError::Other(js_error_message(e)),
    }
}

/// Checks once per page that localStorage exists and can be read; only after this is it safe
/// to call gloo-storage's `LocalStorage::raw()`. Nothing is written to check: a full storage
/// still reads, and a failed write reports itself (full, blocked) when it happens.
pub fn check() -> Result<(), StorageError> {
    thread_local! {
        static AVAILABLE: std::cell::OnceCell<Result<(), StorageError>> = const { std::cell::OnceCell::new() };
    }
    AVAILABLE.with(|a| a.get_or_init(probe).clone())
}

fn probe() -> Result<(), StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    let storage = window
        .local_storage()
        .map_err(|e| StorageError::Unavailable(js_error_message(&e)))?
        .ok_or_else(|| StorageError::Unavailable("localStorage is missing".into()))?;
    storage
        .length()
        .map_err(|e| StorageError::Unavailable(js_error_message(&e)))?;
    Ok(())
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    check()?;
    LocalStorage::raw().get_item(key).map_err(|e| classify(&e))
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    check()?;
    LocalStorage::raw()
        .set_item(key, value)
        .map_err(|e| classify(&e))
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    check()?;
    LocalStorage::raw()
        .remove_item(key)
        .map_err(|e| classify(&e))
}

/// Keeps `raw` under the backup key without ever overwriting an existing, different backup:
/// the first free key of `rungs.progress.backup`, `.backup.2`, `.backup.3`, … is used.
/// Returns the key that holds it.
pub fn backup(raw: &str) -> Result<String, StorageError> {
    backup_as(BACKUP_KEY, raw)
}

/// [`backup`] under another base key (`base`, `base.2`, …).
pub fn backup_as(base: &str, raw: &str) -> Result<String, StorageError> {
    for n in 1..1000 {
        let key = if n == 1 {
            base.to_string()
        } else {
            format!("{base}.{n}")
        };
        match read(&key)? {
            Some(existing) if existing == raw => return Ok(key),
            Some(_) => continue,
            None => {
                write(&key, raw)?;
                return Ok(key);
            }
        }
    }
    Err(StorageError::Other("too many backups".into()))
}
