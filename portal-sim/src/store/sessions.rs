//! Sessions: a cookie token, its user and its CSRF token.

use super::random::random_hex128;
use super::{now_iso, Store, R};
use rusqlite::{params, OptionalExtension};

impl Store {
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
}
