//! A user's phone and e-mail, their confirmation codes and the outbox that "sends" them.

use super::random::new_code;
use super::{now_iso, Store, R};
use opendata_core::account::{Contact, ContactKind, Contacts};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

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

impl Store {
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
