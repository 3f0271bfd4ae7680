//! Subscriptions to datasets and other targets, with their notification channels.

use super::{bad_value, now_iso, Store, R};
use opendata_core::account::{Channels, TargetKind};
use rusqlite::{params, OptionalExtension};

pub struct SubscriptionRow {
    pub id: u64,
    pub user_id: u64,
    pub kind: TargetKind,
    pub target: String,
    pub channels: Channels,
    pub created: String,
}

impl Store {
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
}
