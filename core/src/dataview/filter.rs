//! Column filters and the free-text box, and the query they make together.

use super::fields::FieldInfo;
use super::state::{clean, is_ident, DataView};
use crate::source::Query;
use serde_json::Value;

/// A filter on one column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnFilter {
    pub field: String,
    pub kind: FilterKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterKind {
    /// `f.{field}=text`: full-text `match` on the column.
    Text(String),
    /// `from.{field}=` / `to.{field}=`: inclusive bounds, sent as given (numbers or dates).
    /// The portal maps every field as a string, so only bounds that order as text (ISO dates,
    /// zero-padded codes) are reliable there; `dd.MM.yyyy` dates are not.
    Range {
        from: Option<String>,
        to: Option<String>,
    },
}

impl ColumnFilter {
    pub fn text(field: impl Into<String>, text: impl Into<String>) -> Self {
        ColumnFilter {
            field: field.into(),
            kind: FilterKind::Text(text.into()),
        }
    }

    pub fn range(field: impl Into<String>, from: Option<&str>, to: Option<&str>) -> Self {
        ColumnFilter {
            field: field.into(),
            kind: FilterKind::Range {
                from: from.map(str::to_string),
                to: to.map(str::to_string),
            },
        }
    }

    /// Trimmed, capped values; `None` when nothing is left to filter on or the field name is bad.
    pub(super) fn cleaned(&self) -> Option<ColumnFilter> {
        if !is_ident(&self.field) {
            return None;
        }
        let kind = match &self.kind {
            FilterKind::Text(t) => FilterKind::Text(clean(t)?),
            FilterKind::Range { from, to } => {
                let (from, to) = (
                    from.as_deref().and_then(clean),
                    to.as_deref().and_then(clean),
                );
                if from.is_none() && to.is_none() {
                    return None;
                }
                FilterKind::Range { from, to }
            }
        };
        Some(ColumnFilter {
            field: self.field.clone(),
            kind,
        })
    }

    /// The query clause: `match` for text, `range` gte/lte for bounds.
    fn to_query(&self) -> Query {
        match &self.kind {
            FilterKind::Text(t) => Query::matches(self.field.as_str(), t.as_str()),
            FilterKind::Range { from, to } => Query::Range {
                field: self.field.clone(),
                gt: None,
                gte: from.clone().map(Value::String),
                lt: None,
                lte: to.clone().map(Value::String),
            },
        }
    }
}

impl DataView {
    /// The filter part of the request, on the columns `fields` has:
    /// - each column filter → `match` (text) or `range` with `gte`/`lte` (bounds as given);
    /// - `q` → `query_string` over all fields, its words AND'ed (see [`query_string_text`]);
    /// - all of them under `bool.must` (`bool.filter` does not exist in ES 1.x);
    /// - nothing to filter on → no query at all (every record).
    ///
    /// Filters on fields the dataset does not have are ignored (a stale link must not 400).
    pub fn query(&self, fields: &[FieldInfo]) -> Option<Query> {
        let mut must = self.clauses(fields);
        match must.len() {
            0 => None,
            1 => must.pop(),
            _ => Some(Query::all_of(must)),
        }
    }

    pub(super) fn clauses(&self, fields: &[FieldInfo]) -> Vec<Query> {
        let mut must: Vec<Query> = self
            .filters
            .iter()
            .filter(|f| fields.iter().any(|x| x.name == f.field))
            .filter_map(ColumnFilter::cleaned)
            .map(|f| f.to_query())
            .collect();
        let q = query_string_text(&self.q);
        if !q.is_empty() {
            must.push(Query::QueryString {
                query: q,
                fields: None,
            });
        }
        must
    }
}

/// The `query_string` text for the free-text box: the user's words, all required.
///
/// The user types words, not Lucene syntax, and an unbalanced `"` or `(` is a 400 on the real
/// portal. So every Lucene special character (`+ - = & | > < ! ( ) { } [ ] ^ " ~ * ? : \ /`)
/// becomes a space (the analyser drops punctuation anyway), the operator words `AND`, `OR`,
/// `NOT` are lower-cased into plain words, and the words are joined with ` AND ` so that each
/// one narrows the rows. Empty when nothing is left.
pub fn query_string_text(q: &str) -> String {
    const SPECIAL: &str = "+-=&|><!(){}[]^\"~*?:\\/";
    let spaced: String = q
        .chars()
        .map(|c| {
            if SPECIAL.contains(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    spaced
        .split_whitespace()
        .map(|w| match w {
            "AND" | "OR" | "NOT" => w.to_lowercase(),
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_string_text_neutralises_lucene_syntax() {
        assert_eq!(query_string_text("школа Астана"), "школа AND Астана");
        assert_eq!(
            query_string_text(" \"a (b\" OR c:d -e +f* g? \\ / ~1 "),
            "a AND b AND or AND c AND d AND e AND f AND g AND 1"
        );
        assert_eq!(query_string_text("NOT AND"), "not AND and");
        assert_eq!(
            query_string_text("info@gov.kz 2016-03-29"),
            "info@gov.kz AND 2016 AND 03 AND 29"
        );
        assert_eq!(query_string_text("\"\" () *"), "");
    }
}
