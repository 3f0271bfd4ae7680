//! The tables (created on open) and the seed's rows, written once into an empty database.

use super::{Store, R};
use crate::seed::accounts::{self, ACCOUNT_WITH_EMAIL};
use crate::seed::Seed;
use opendata_core::account::RequestStatus;
use rusqlite::{params, OptionalExtension};

pub(super) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
    token TEXT PRIMARY KEY, user_id INTEGER NOT NULL, csrf TEXT NOT NULL, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT, dataset TEXT NOT NULL, user_id INTEGER NOT NULL,
    text TEXT NOT NULL, created TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS comments_by_dataset ON comments (dataset, created, id);
CREATE TABLE IF NOT EXISTS requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT, dataset TEXT NOT NULL, user_id INTEGER NOT NULL,
    reason TEXT NOT NULL, text TEXT NOT NULL, created TEXT NOT NULL, status TEXT NOT NULL,
    answer_kk TEXT, answer_ru TEXT, answer_en TEXT, seeded INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS requests_by_dataset ON requests (dataset, created, id);
CREATE TABLE IF NOT EXISTS request_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT, request_id INTEGER NOT NULL, status TEXT NOT NULL,
    date TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL, kind TEXT NOT NULL,
    target TEXT NOT NULL, sms INTEGER NOT NULL, email INTEGER NOT NULL, push INTEGER NOT NULL,
    created TEXT NOT NULL, UNIQUE (user_id, kind, target));
CREATE TABLE IF NOT EXISTS contacts (
    user_id INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
    confirmed INTEGER NOT NULL, code TEXT, PRIMARY KEY (user_id, kind));
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, recipient TEXT NOT NULL, channel TEXT NOT NULL,
    code TEXT NOT NULL, date TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS votes (
    application_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
    PRIMARY KEY (application_id, user_id));
CREATE TABLE IF NOT EXISTS applications (
    id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, category TEXT NOT NULL,
    title TEXT NOT NULL, description TEXT NOT NULL, lang TEXT NOT NULL,
    agency TEXT, other_organization TEXT, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS application_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT, application_id INTEGER NOT NULL, status TEXT NOT NULL,
    date TEXT NOT NULL, answer_kk TEXT, answer_ru TEXT, answer_en TEXT, dataset TEXT);
";

impl Store {
    /// Writes the seed's comments, requests and account 2's e-mail into an empty database, once.
    /// A database made with another seed is refused: its rows name that seed's datasets.
    pub fn seed_once(&self, seed: &Seed) -> Result<(), String> {
        let mut db = self.db();
        let known: Option<String> = db
            .query_row("SELECT value FROM meta WHERE key = 'seed'", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| e.to_string())?;
        match known {
            Some(s) if s == seed.seed.to_string() => return Ok(()),
            Some(s) => {
                return Err(format!(
                    "the database was made with --seed {s}, not {}; use another --db",
                    seed.seed
                ))
            }
            None => {}
        }
        let tx = db.transaction().map_err(|e| e.to_string())?;
        (|| -> R<()> {
            for c in accounts::comments(seed) {
                tx.execute(
                    "INSERT INTO comments (dataset, user_id, text, created) VALUES (?1, ?2, ?3, ?4)",
                    params![c.dataset, c.user_id, c.text, c.created],
                )?;
            }
            for q in accounts::requests(seed) {
                let a = q.answer.unwrap_or_default();
                let status = q.history.last().map_or(RequestStatus::New, |h| h.0);
                tx.execute(
                    "INSERT INTO requests (dataset, user_id, reason, text, created, status,
                     answer_kk, answer_ru, answer_en, seeded) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,1)",
                    params![
                        q.dataset,
                        q.user_id,
                        q.reason.as_str(),
                        q.text,
                        q.created,
                        status.as_str(),
                        a.answer_kk,
                        a.answer_ru,
                        a.answer_en
                    ],
                )?;
                let id = tx.last_insert_rowid();
                for (s, d) in &q.history {
                    tx.execute(
                        "INSERT INTO request_history (request_id, status, date) VALUES (?1, ?2, ?3)",
                        params![id, s.as_str(), d],
                    )?;
                }
            }
            let (user, email) = ACCOUNT_WITH_EMAIL;
            tx.execute(
                "INSERT INTO contacts (user_id, kind, value, confirmed, code) VALUES (?1, 'email', ?2, 1, NULL)",
                params![user, email],
            )?;
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('seed', ?1)",
                params![seed.seed.to_string()],
            )?;
            Ok(())
        })()
        .map_err(|e| e.to_string())?;
        tx.commit().map_err(|e| e.to_string())
    }
}
