//! Comments on datasets: a page of them, adding, finding the author, deleting.

use super::{now_iso, offset, Store, R};
use rusqlite::{params, OptionalExtension};

pub struct CommentRow {
    pub id: u64,
    pub user_id: u64,
    pub text: String,
    pub created: String,
}

impl Store {
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
}
