//! Applications citizens submitted here and the status changes of applications.

use super::{answer_of, bad_value, Store, R};
use opendata_core::wire::{AnswerTexts, ApplicationStatus};
use opendata_core::Lang;
use rusqlite::params;

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

impl Store {
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
