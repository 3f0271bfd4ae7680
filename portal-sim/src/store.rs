//! What citizens change, kept in SQLite: sessions, comments, requests for update, subscriptions,
//! contacts with their confirmation codes (and the outbox that "sends" them), votes, new
//! applications and status changes of applications. One connection behind a mutex: the
//! stand-in serves one developer or one test run, and SQLite serialises writes anyway.
//!
//! The schema is created on open (`CREATE TABLE IF NOT EXISTS`), so a restart on the same file
//! keeps everything. An empty database gets the seed's comments, requests and contacts once
//! (`seed_once`); the database remembers that seed and refuses another.

use crate::seed::accounts::{self, ACCOUNT_WITH_EMAIL};
use crate::seed::{civil_from_days, days_from_civil, Seed};
use opendata_core::account::{
    Channels, Contact, ContactKind, Contacts, RequestStatus, TargetKind, UpdateReason,
};
use opendata_core::wire::{AnswerTexts, ApplicationStatus};
use opendata_core::Lang;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{SystemTime, UNIX_EPOCH};

pub type R<T> = Result<T, rusqlite::Error>;

const SCHEMA: &str = "
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

pub struct Store {
    conn: Mutex<Connection>,
}

pub struct CommentRow {
    pub id: u64,
    pub user_id: u64,
    pub text: String,
    pub created: String,
}

pub struct RequestRow {
    pub id: u64,
    pub dataset: String,
    pub user_id: u64,
    pub reason: UpdateReason,
    pub text: String,
    pub status: RequestStatus,
    pub created: String,
    pub history: Vec<(RequestStatus, String)>,
    pub answer: Option<AnswerTexts>,
}

pub struct SubscriptionRow {
    pub id: u64,
    pub user_id: u64,
    pub kind: TargetKind,
    pub target: String,
    pub channels: Channels,
    pub created: String,
}

/// A code sent to a phone or an e-mail address (`GET /__sim/outbox`).
#[derive(Clone, Debug, Serialize)]
pub struct OutboxEntry {
    pub to: String,
    pub channel: String,
    pub code: String,
    pub date: String,
}

/// What `confirm` found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirmation {
    Confirmed,
    Wrong,
    NoCode,
}

/// An application a citizen submitted through `POST /api/portal/applications`.
pub struct StoredApplication {
    pub id: u64,
    pub user_id: u64,
    /// Category and agency ids (checked when stored).
    pub category: String,
    pub title: String,
    pub description: String,
    pub lang: Lang,
    pub agency: Option<String>,
    pub other_organization: Option<String>,
    pub created: String,
}

/// One status change of an application (the first of a new one is SUBMITTED).
pub struct ApplicationChange {
    pub application_id: u64,
    pub status: ApplicationStatus,
    pub date: String,
    pub answer: Option<AnswerTexts>,
    /// apiUri of the dataset that answers a published application.
    pub dataset: Option<String>,
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
        conn.execute_batch(SCHEMA).map_err(|e| e.to_string())?;
        Ok(Store {
            conn: Mutex::new(conn),
        })
    }

    fn db(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (each call is one statement
        // or one transaction), so keep serving.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

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

    // ---- sessions --------------------------------------------------------------------------

    /// A new session: (cookie token, CSRF token).
    pub fn create_session(&self, user_id: u64) -> R<(String, String)> {
        let (token, csrf) = (random_hex128(), random_hex128());
        self.db().execute(
            "INSERT INTO sessions (token, user_id, csrf, created) VALUES (?1, ?2, ?3, ?4)",
            params![token, user_id, csrf, now_iso()],
        )?;
        Ok((token, csrf))
    }

    /// The session's user and CSRF token.
    pub fn session(&self, token: &str) -> R<Option<(u64, String)>> {
        self.db()
            .query_row(
                "SELECT user_id, csrf FROM sessions WHERE token = ?1",
                params![token],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
    }

    pub fn delete_session(&self, token: &str) -> R<()> {
        self.db()
            .execute("DELETE FROM sessions WHERE token = ?1", params![token])
            .map(drop)
    }

    /// Ends every session (`DELETE /__sim/sessions`); how many there were.
    pub fn expire_sessions(&self) -> R<u64> {
        self.db()
            .execute("DELETE FROM sessions", [])
            .map(|n| n as u64)
    }

    // ---- comments --------------------------------------------------------------------------

    /// One page of a dataset's comments, newest first, and how many there are.
    pub fn comments(&self, dataset: &str, page: u32, size: u32) -> R<(u64, Vec<CommentRow>)> {
        let db = self.db();
        let total: u64 = db.query_row(
            "SELECT COUNT(*) FROM comments WHERE dataset = ?1",
            params![dataset],
            |r| r.get(0),
        )?;
        let mut st = db.prepare(
            "SELECT id, user_id, text, created FROM comments WHERE dataset = ?1
             ORDER BY created DESC, id DESC LIMIT ?2 OFFSET ?3",
        )?;
        let rows = st
            .query_map(params![dataset, size, offset(page, size)], |r| {
                Ok(CommentRow {
                    id: r.get(0)?,
                    user_id: r.get(1)?,
                    text: r.get(2)?,
                    created: r.get(3)?,
                })
            })?
            .collect::<R<Vec<_>>>()?;
        Ok((total, rows))
    }

    pub fn add_comment(&self, dataset: &str, user_id: u64, text: &str) -> R<CommentRow> {
        let db = self.db();
        let created = now_iso();
        db.execute(
            "INSERT INTO comments (dataset, user_id, text, created) VALUES (?1, ?2, ?3, ?4)",
            params![dataset, user_id, text, created],
        )?;
        Ok(CommentRow {
            id: db.last_insert_rowid() as u64,
            user_id,
            text: text.to_string(),
            created,
        })
    }

    /// Who wrote comment `id`, if it exists.
    pub fn comment_author(&self, id: u64) -> R<Option<u64>> {
        self.db()
            .query_row(
                "SELECT user_id FROM comments WHERE id = ?1",
                params![id],
                |r| r.get(0),
            )
            .optional()
    }

    pub fn delete_comment(&self, id: u64) -> R<()> {
        self.db()
            .execute("DELETE FROM comments WHERE id = ?1", params![id])
            .map(drop)
    }

    // ---- requests for update ---------------------------------------------------------------

    fn request_rows(
        db: &Connection,
        sql: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> R<Vec<RequestRow>> {
        let mut st = db.prepare(sql)?;
        let mut rows = st
            .query_map(args, |r| {
                let reason: String = r.get(3)?;
                let status: String = r.get(6)?;
                Ok(RequestRow {
                    id: r.get(0)?,
                    dataset: r.get(1)?,
                    user_id: r.get(2)?,
                    reason: UpdateReason::parse(&reason)
                        .ok_or_else(|| bad_value("reason", &reason))?,
                    text: r.get(4)?,
                    created: r.get(5)?,
                    status: RequestStatus::parse(&status)
                        .ok_or_else(|| bad_value("status", &status))?,
                    answer: answer_of(r.get(7)?, r.get(8)?, r.get(9)?),
                    history: Vec::new(),
                })
            })?
            .collect::<R<Vec<_>>>()?;
        let mut hist = db.prepare(
            "SELECT status, date FROM request_history WHERE request_id = ?1 ORDER BY id",
        )?;
        for row in &mut rows {
            row.history = hist
                .query_map(params![row.id], |r| {
                    let s: String = r.get(0)?;
                    Ok((
                        RequestStatus::parse(&s).ok_or_else(|| bad_value("status", &s))?,
                        r.get(1)?,
                    ))
                })?
                .collect::<R<Vec<_>>>()?;
        }
        Ok(rows)
    }

    const REQUEST_COLUMNS: &'static str = "SELECT id, dataset, user_id, reason, text, created, \
         status, answer_kk, answer_ru, answer_en FROM requests";

    /// One page of a dataset's requests, newest first, and how many there are.
    pub fn requests(&self, dataset: &str, page: u32, size: u32) -> R<(u64, Vec<RequestRow>)> {
        let db = self.db();
        let total: u64 = db.query_row(
            "SELECT COUNT(*) FROM requests WHERE dataset = ?1",
            params![dataset],
            |r| r.get(0),
        )?;
        let sql = format!(
            "{} WHERE dataset = ?1 ORDER BY created DESC, id DESC LIMIT ?2 OFFSET ?3",
            Self::REQUEST_COLUMNS
        );
        let rows = Self::request_rows(&db, &sql, params![dataset, size, offset(page, size)])?;
        Ok((total, rows))
    }

    pub fn request(&self, id: u64) -> R<Option<RequestRow>> {
        let db = self.db();
        let sql = format!("{} WHERE id = ?1", Self::REQUEST_COLUMNS);
        Ok(Self::request_rows(&db, &sql, params![id])?.pop())
    }

    pub fn add_request(
        &self,
        dataset: &str,
        user_id: u64,
        reason: UpdateReason,
        text: &str,
    ) -> R<u64> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let created = now_iso();
        tx.execute(
            "INSERT INTO requests (dataset, user_id, reason, text, created, status)
             VALUES (?1, ?2, ?3, ?4, ?5, 'NEW')",
            params![dataset, user_id, reason.as_str(), text, created],
        )?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO request_history (request_id, status, date) VALUES (?1, 'NEW', ?2)",
            params![id, created],
        )?;
        tx.commit()?;
        Ok(id as u64)
    }

    /// Moves a request on (the caller checked the move); a given answer replaces the old one.
    pub fn move_request(
        &self,
        id: u64,
        status: RequestStatus,
        after: &str,
        answer: Option<&AnswerTexts>,
    ) -> R<()> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let date = now_after(after);
        tx.execute(
            "UPDATE requests SET status = ?2 WHERE id = ?1",
            params![id, status.as_str()],
        )?;
        if let Some(a) = answer {
            tx.execute(
                "UPDATE requests SET answer_kk = ?2, answer_ru = ?3, answer_en = ?4 WHERE id = ?1",
                params![id, a.answer_kk, a.answer_ru, a.answer_en],
            )?;
        }
        tx.execute(
            "INSERT INTO request_history (request_id, status, date) VALUES (?1, ?2, ?3)",
            params![id, status.as_str(), date],
        )?;
        tx.commit()
    }

    /// Requests citizens made here (not the seeded ones), for the home-page counter.
    pub fn new_requests_count(&self) -> R<u64> {
        self.db()
            .query_row("SELECT COUNT(*) FROM requests WHERE seeded = 0", [], |r| {
                r.get(0)
            })
    }

    // ---- subscriptions ---------------------------------------------------------------------

    fn subscription_row(r: &rusqlite::Row) -> R<SubscriptionRow> {
        let kind: String = r.get(2)?;
        Ok(SubscriptionRow {
            id: r.get(0)?,
            user_id: r.get(1)?,
            kind: TargetKind::parse(&kind).ok_or_else(|| bad_value("kind", &kind))?,
            target: r.get(3)?,
            channels: Channels {
                sms: r.get(4)?,
                email: r.get(5)?,
                push: r.get(6)?,
            },
            created: r.get(7)?,
        })
    }

    const SUBSCRIPTION_COLUMNS: &'static str =
        "SELECT id, user_id, kind, target, sms, email, push, created FROM subscriptions";

    /// The user's subscriptions, newest first, optionally only those of one kind / target.
    pub fn subscriptions(
        &self,
        user_id: u64,
        kind: Option<TargetKind>,
        target: Option<&str>,
    ) -> R<Vec<SubscriptionRow>> {
        let db = self.db();
        let sql = format!(
            "{} WHERE user_id = ?1 AND (?2 IS NULL OR kind = ?2) AND (?3 IS NULL OR target = ?3)
             ORDER BY created DESC, id DESC",
            Self::SUBSCRIPTION_COLUMNS
        );
        let mut st = db.prepare(&sql)?;
        let rows = st
            .query_map(
                params![user_id, kind.map(TargetKind::as_str), target],
                Self::subscription_row,
            )?
            .collect::<R<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn subscription(&self, id: u64) -> R<Option<SubscriptionRow>> {
        let sql = format!("{} WHERE id = ?1", Self::SUBSCRIPTION_COLUMNS);
        self.db()
            .query_row(&sql, params![id], Self::subscription_row)
            .optional()
    }

    /// Subscribes, or finds the existing subscription to the same target (left unchanged):
    /// (created?, the subscription).
    pub fn subscribe(
        &self,
        user_id: u64,
        kind: TargetKind,
        target: &str,
        c: Channels,
    ) -> R<(bool, SubscriptionRow)> {
        let db = self.db();
        // The UNIQUE constraint decides, so two racing requests still make one row.
        let created = db.execute(
            "INSERT OR IGNORE INTO subscriptions (user_id, kind, target, sms, email, push, created)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                user_id,
                kind.as_str(),
                target,
                c.sms,
                c.email,
                c.push,
                now_iso()
            ],
        )? == 1;
        let sql = format!(
            "{} WHERE user_id = ?1 AND kind = ?2 AND target = ?3",
            Self::SUBSCRIPTION_COLUMNS
        );
        let row = db.query_row(
            &sql,
            params![user_id, kind.as_str(), target],
            Self::subscription_row,
        )?;
        Ok((created, row))
    }

    pub fn set_channels(&self, id: u64, c: Channels) -> R<()> {
        self.db()
            .execute(
                "UPDATE subscriptions SET sms = ?2, email = ?3, push = ?4 WHERE id = ?1",
                params![id, c.sms, c.email, c.push],
            )
            .map(drop)
    }

    pub fn unsubscribe(&self, id: u64) -> R<()> {
        self.db()
            .execute("DELETE FROM subscriptions WHERE id = ?1", params![id])
            .map(drop)
    }

    // ---- contacts --------------------------------------------------------------------------

    pub fn contacts(&self, user_id: u64) -> R<Contacts> {
        let db = self.db();
        let mut st =
            db.prepare("SELECT kind, value, confirmed, code FROM contacts WHERE user_id = ?1")?;
        let mut out = Contacts::default();
        let rows = st.query_map(params![user_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Contact {
                    value: r.get(1)?,
                    confirmed: r.get(2)?,
                    code_pending: r.get::<_, Option<String>>(3)?.is_some(),
                },
            ))
        })?;
        for row in rows {
            let (kind, c) = row?;
            match ContactKind::parse(&kind) {
                Some(ContactKind::Phone) => out.phone = Some(c),
                Some(ContactKind::Email) => out.email = Some(c),
                None => {}
            }
        }
        Ok(out)
    }

    /// Sets a new, unconfirmed value and sends a code to it.
    pub fn set_contact(&self, user_id: u64, kind: ContactKind, value: &str) -> R<()> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let code = new_code();
        tx.execute(
            "INSERT INTO contacts (user_id, kind, value, confirmed, code) VALUES (?1, ?2, ?3, 0, ?4)
             ON CONFLICT (user_id, kind) DO UPDATE SET value = ?3, confirmed = 0, code = ?4",
            params![user_id, kind.as_str(), value, code],
        )?;
        send(&tx, kind, value, &code)?;
        tx.commit()
    }

    /// Sends a new code for the current value (the old code stops working). `None` if there
    /// is no value to confirm; `Some(false)` if it is already confirmed.
    pub fn resend_code(&self, user_id: u64, kind: ContactKind) -> R<Option<bool>> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let row: Option<(String, bool)> = tx
            .query_row(
                "SELECT value, confirmed FROM contacts WHERE user_id = ?1 AND kind = ?2",
                params![user_id, kind.as_str()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((value, confirmed)) = row else {
            return Ok(None);
        };
        if confirmed {
            return Ok(Some(false));
        }
        let code = new_code();
        tx.execute(
            "UPDATE contacts SET code = ?3 WHERE user_id = ?1 AND kind = ?2",
            params![user_id, kind.as_str(), code],
        )?;
        send(&tx, kind, &value, &code)?;
        tx.commit()?;
        Ok(Some(true))
    }

    pub fn confirm(&self, user_id: u64, kind: ContactKind, code: &str) -> R<Confirmation> {
        let db = self.db();
        let pending: Option<Option<String>> = db
            .query_row(
                "SELECT code FROM contacts WHERE user_id = ?1 AND kind = ?2",
                params![user_id, kind.as_str()],
                |r| r.get(0),
            )
            .optional()?;
        match pending.flatten() {
            None => Ok(Confirmation::NoCode),
            Some(c) if c != code => Ok(Confirmation::Wrong),
            Some(_) => {
                db.execute(
                    "UPDATE contacts SET confirmed = 1, code = NULL WHERE user_id = ?1 AND kind = ?2",
                    params![user_id, kind.as_str()],
                )?;
                Ok(Confirmation::Confirmed)
            }
        }
    }

    /// Every code sent, oldest first.
    pub fn outbox(&self) -> R<Vec<OutboxEntry>> {
        let db = self.db();
        let mut st = db.prepare("SELECT recipient, channel, code, date FROM outbox ORDER BY id")?;
        let rows = st
            .query_map([], |r| {
                Ok(OutboxEntry {
                    to: r.get(0)?,
                    channel: r.get(1)?,
                    code: r.get(2)?,
                    date: r.get(3)?,
                })
            })?
            .collect::<R<Vec<_>>>()?;
        Ok(rows)
    }

    // ---- votes -----------------------------------------------------------------------------

    /// Gives (`on`) or withdraws a vote, idempotently: the application's stored vote count
    /// afterwards.
    pub fn vote(&self, application_id: u64, user_id: u64, on: bool) -> R<u64> {
        let db = self.db();
        let sql = if on {
            "INSERT OR IGNORE INTO votes (application_id, user_id) VALUES (?1, ?2)"
        } else {
            "DELETE FROM votes WHERE application_id = ?1 AND user_id = ?2"
        };
        db.execute(sql, params![application_id, user_id])?;
        db.query_row(
            "SELECT COUNT(*) FROM votes WHERE application_id = ?1",
            params![application_id],
            |r| r.get(0),
        )
    }

    /// Stored votes per application.
    pub fn vote_counts(&self) -> R<HashMap<u64, u64>> {
        let db = self.db();
        let mut st =
            db.prepare("SELECT application_id, COUNT(*) FROM votes GROUP BY application_id")?;
        let rows = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<R<HashMap<u64, u64>>>()?;
        Ok(rows)
    }

    /// The applications `user_id` has voted for.
    pub fn voted_by(&self, user_id: u64) -> R<HashSet<u64>> {
        let db = self.db();
        let mut st = db.prepare("SELECT application_id FROM votes WHERE user_id = ?1")?;
        let rows = st
            .query_map(params![user_id], |r| r.get(0))?
            .collect::<R<HashSet<u64>>>()?;
        Ok(rows)
    }

    // ---- applications ----------------------------------------------------------------------

    /// Applications submitted here, oldest first.
    pub fn applications(&self) -> R<Vec<StoredApplication>> {
        let db = self.db();
        let mut st = db.prepare(
            "SELECT id, user_id, category, title, description, lang, agency, other_organization,
             created FROM applications ORDER BY id",
        )?;
        let rows = st
            .query_map([], |r| {
                let lang: String = r.get(5)?;
                Ok(StoredApplication {
                    id: r.get(0)?,
                    user_id: r.get(1)?,
                    category: r.get(2)?,
                    title: r.get(3)?,
                    description: r.get(4)?,
                    lang: Lang::from_prefix(&lang).ok_or_else(|| bad_value("lang", &lang))?,
                    agency: r.get(6)?,
                    other_organization: r.get(7)?,
                    created: r.get(8)?,
                })
            })?
            .collect::<R<Vec<_>>>()?;
        Ok(rows)
    }

    /// Stores a new application (SUBMITTED now) with an id above `min_id` and every stored
    /// id; returns the id.
    pub fn add_application(&self, min_id: u64, a: &StoredApplication) -> R<u64> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let max: Option<u64> =
            tx.query_row("SELECT MAX(id) FROM applications", [], |r| r.get(0))?;
        let id = max.unwrap_or(0).max(min_id) + 1;
        tx.execute(
            "INSERT INTO applications (id, user_id, category, title, description, lang, agency,
             other_organization, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                id,
                a.user_id,
                a.category,
                a.title,
                a.description,
                a.lang.as_str(),
                a.agency,
                a.other_organization,
                a.created
            ],
        )?;
        tx.execute(
            "INSERT INTO application_history (application_id, status, date) VALUES (?1, 'SUBMITTED', ?2)",
            params![id, a.created],
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Every stored status change, oldest first.
    pub fn application_changes(&self) -> R<Vec<ApplicationChange>> {
        let db = self.db();
        let mut st = db.prepare(
            "SELECT application_id, status, date, answer_kk, answer_ru, answer_en, dataset
             FROM application_history ORDER BY id",
        )?;
        let rows = st
            .query_map([], |r| {
                let s: String = r.get(1)?;
                Ok(ApplicationChange {
                    application_id: r.get(0)?,
                    status: ApplicationStatus::parse(&s).ok_or_else(|| bad_value("status", &s))?,
                    date: r.get(2)?,
                    answer: answer_of(r.get(3)?, r.get(4)?, r.get(5)?),
                    dataset: r.get(6)?,
                })
            })?
            .collect::<R<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn add_application_change(&self, c: &ApplicationChange) -> R<()> {
        let a = c.answer.clone().unwrap_or_default();
        self.db()
            .execute(
                "INSERT INTO application_history (application_id, status, date, answer_kk,
                 answer_ru, answer_en, dataset) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    c.application_id,
                    c.status.as_str(),
                    c.date,
                    a.answer_kk,
                    a.answer_ru,
                    a.answer_en,
                    c.dataset
                ],
            )
            .map(drop)
    }
}

/// "Sends" a code: stderr (for a developer at the terminal) and the outbox (for tests).
fn send(db: &Connection, kind: ContactKind, to: &str, code: &str) -> R<()> {
    eprintln!("portal-sim: code for {to}: {code}");
    let channel = match kind {
        ContactKind::Phone => "sms",
        ContactKind::Email => "email",
    };
    db.execute(
        "INSERT INTO outbox (recipient, channel, code, date) VALUES (?1, ?2, ?3, ?4)",
        params![to, channel, code, now_iso()],
    )
    .map(drop)
}

// ---- randomness and time ---------------------------------------------------------------------

/// 64 unpredictable-enough bits from std alone: `RandomState` keys come from the OS and change
/// with every call; time and a counter make each input unique. A stand-in, not a vault.
pub fn random_u64() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.write_u128(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    h.finish()
}

/// A 128-bit token as 32 hex digits.
pub fn random_hex128() -> String {
    format!("{:016x}{:016x}", random_u64(), random_u64())
}

fn new_code() -> String {
    format!("{:06}", random_u64() % 1_000_000)
}

/// Astana is UTC+5 all year.
const ASTANA_OFFSET_SECS: i64 = 5 * 3600;

/// Seconds since 1970 in Astana local time.
fn now_local_secs() -> i64 {
    let utc = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    utc + ASTANA_OFFSET_SECS
}

fn iso_secs(secs: i64) -> String {
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
        s / 3600,
        s % 3600 / 60,
        s % 60
    )
}

/// Seconds of an ISO local date-time (`2026-11-29T10:20:30`).
fn secs_of(iso: &str) -> Option<i64> {
    let num = |a: usize, b: usize| iso.get(a..b)?.parse::<i64>().ok();
    let days = days_from_civil(
        num(0, 4)?,
        u32::try_from(num(5, 7)?).ok()?,
        u32::try_from(num(8, 10)?).ok()?,
    );
    Some(days * 86_400 + num(11, 13)? * 3600 + num(14, 16)? * 60 + num(17, 19).unwrap_or(0))
}

/// Now, as the portal writes dates: ISO local Astana time without a zone.
pub fn now_iso() -> String {
    iso_secs(now_local_secs())
}

/// Now, but at least a second after `prev`, so a history's dates strictly increase even when
/// a test moves a record twice within a second.
pub fn now_after(prev: &str) -> String {
    let now = now_local_secs();
    iso_secs(secs_of(prev).map_or(now, |p| now.max(p + 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_increase() {
        let s = "2026-11-29T10:20:30";
        assert_eq!(secs_of(s).map(iso_secs).as_deref(), Some(s));
        let later = now_after("2999-01-01T00:00:00");
        assert_eq!(later, "2999-01-01T00:00:01");
        assert_eq!(now_iso().len(), 19);
    }

    #[test]
    fn tokens_differ() {
        let a = random_hex128();
        assert_eq!(a.len(), 32);
        assert_ne!(a, random_hex128());
        assert_eq!(new_code().len(), 6);
    }
}
