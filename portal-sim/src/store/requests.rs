//! Requests for update of a dataset, with their status history and answers.

use super::{answer_of, bad_value, now_after, now_iso, offset, Store, R};
use opendata_core::account::{RequestStatus, UpdateReason};
use opendata_core::wire::AnswerTexts;
use rusqlite::{params, Connection};

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

impl Store {
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
}
