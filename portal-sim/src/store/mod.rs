//! What citizens change, kept in SQLite: sessions, comments, requests for update, subscriptions,
//! contacts with their confirmation codes (and the outbox that "sends" them), votes, new
//! applications and status changes of applications. One connection behind a mutex: the
//! stand-in serves one developer or one test run, and SQLite serialises writes anyway.
//!
//! The schema is created on open (`CREATE TABLE IF NOT EXISTS`), so a restart on the same file
//! keeps everything. An empty database gets the seed's comments, requests and contacts once
//! (`seed_once`); the database remembers that seed and refuses another.

mod applications;
mod comments;
mod contacts;
mod dates;
mod random;
mod requests;
mod schema;
mod sessions;
mod subscriptions;
mod votes;

pub use applications::{ApplicationChange, StoredApplication};
pub use comments::CommentRow;
pub use contacts::{Confirmation, OutboxEntry};
pub use dates::{now_after, now_iso};
pub use random::{random_hex128, random_u64};
pub use requests::RequestRow;
pub use subscriptions::SubscriptionRow;

use opendata_core::wire::AnswerTexts;
use rusqlite::Connection;
use std::path::Path;
use std::sync::{Mutex, MutexGuard};

pub type R<T> = Result<T, rusqlite::Error>;

pub struct Store {
    conn: Mutex<Connection>,
}

fn answer_of(kk: Option<String>, ru: Option<String>, en: Option<String>) -> Option<AnswerTexts> {
    (kk.is_some() || ru.is_some() || en.is_some()).then_some(AnswerTexts {
        answer_kk: kk,
        answer_ru: ru,
        answer_en: en,
    })
}

fn bad_value(what: &str, v: &str) -> rusqlite::Error {
    rusqlite::Error::InvalidColumnType(0, format!("{what} {v:?}"), rusqlite::types::Type::Text)
}

fn offset(page: u32, size: u32) -> i64 {
    (i64::from(page) - 1).saturating_mul(i64::from(size))
}

impl Store {
    /// A database in memory: gone when the process ends (quick runs, tests).
    pub fn memory() -> Result<Store, String> {
        Self::init(Connection::open_in_memory().map_err(|e| e.to_string())?)
    }

    /// The database in `path`, created if missing.
    pub fn open(path: &Path) -> Result<Store, String> {
        let conn = Connection::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Self::init(conn).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn init(conn: Connection) -> Result<Store, String> {
        conn.execute_batch(schema::SCHEMA)
            .map_err(|e| e.to_string())?;
        Ok(Store {
            conn: Mutex::new(conn),
        })
    }

    fn db(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (each call is one statement
        // or one transaction), so keep serving.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }
}
