//! Votes for applications: giving and withdrawing, counts, who voted for what.

use super::{Store, R};
use rusqlite::params;
use std::collections::{HashMap, HashSet};

impl Store {
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
}
