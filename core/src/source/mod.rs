//! The portal's `source` query language: the subset of the Elasticsearch 1.x/2.x request body
//! that `/api/v4/...` and `/api/detailed/...` accept in their `source` parameter.
//!
//! The app builds a [`Source`] and prints it ([`Source::to_value`], `to_string`); portal-sim
//! parses what it receives with [`Source::parse`] and evaluates it. Parsing is strict on purpose:
//! anything outside the subset is an error naming the offending key, so a query that works
//! against the stand-in never silently means something else on the real portal.
//!
//! Supported: `from`, `size`, `sort`, `_source`, and `query` with `match_all`, `match`, `term`,
//! `terms`, `range`, `bool{must, should, must_not, filter}` and `query_string`.

mod parse;
mod query;
#[cfg(test)]
mod tests;

use parse::*;
use serde_json::{Map, Value};
use std::fmt;

/// A parsed `source` parameter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Source {
    /// Offset of the first record (0-based), `from`.
    pub from: Option<u64>,
    /// Page size, `size` (at least 1; the portal rejects 0).
    pub size: Option<u64>,
    /// Sort keys, most significant first.
    pub sort: Vec<SortSpec>,
    /// `_source`: the record fields to return (all when `None`).
    pub fields: Option<Vec<String>>,
    pub query: Option<Query>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortSpec {
    pub field: String,
    pub order: Order,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    Asc,
    Desc,
}

impl Order {
    pub fn as_str(self) -> &'static str {
        match self {
            Order::Asc => "asc",
            Order::Desc => "desc",
        }
    }
}

/// One query clause. Values are kept as JSON (`"1"` and `1` are both seen from clients).
#[derive(Clone, Debug, PartialEq)]
pub enum Query {
    MatchAll,
    /// Full-text match: any word of `value` occurs in the field.
    Match {
        field: String,
        value: Value,
    },
    /// Exact value.
    Term {
        field: String,
        value: Value,
    },
    /// Exact value, any of several.
    Terms {
        field: String,
        values: Vec<Value>,
    },
    Range {
        field: String,
        gt: Option<Value>,
        gte: Option<Value>,
        lt: Option<Value>,
        lte: Option<Value>,
    },
    Bool {
        must: Vec<Query>,
        should: Vec<Query>,
        must_not: Vec<Query>,
        filter: Vec<Query>,
    },
    /// Lucene-style query text over `fields` (all fields when `None`).
    QueryString {
        query: String,
        fields: Option<Vec<String>>,
    },
}

const TOP_KEYS: &str = "from, size, sort, _source, query";
const QUERY_TYPES: &str = "match_all, match, term, terms, range, bool, query_string";

impl Source {
    pub fn new() -> Self {
        Source::default()
    }

    /// Builder: `from`.
    pub fn from(mut self, from: u64) -> Self {
        self.from = Some(from);
        self
    }

    /// Builder: `size`.
    pub fn size(mut self, size: u64) -> Self {
        self.size = Some(size);
        self
    }

    /// Builder: appends a sort key.
    pub fn sort_by(mut self, field: impl Into<String>, order: Order) -> Self {
        self.sort.push(SortSpec {
            field: field.into(),
            order,
        });
        self
    }

    /// Builder: `query`.
    pub fn query(mut self, q: Query) -> Self {
        self.query = Some(q);
        self
    }

    /// Builder: `_source`.
    pub fn fields<I, S>(mut self, fields: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.fields = Some(fields.into_iter().map(Into::into).collect());
        self
    }

    /// Parses the text of a `source` parameter.
    pub fn parse_str(s: &str) -> Result<Source, String> {
        let v: Value =
            serde_json::from_str(s).map_err(|e| format!("source is not valid JSON: {e}"))?;
        Source::parse(&v)
    }

    /// Parses a `source` JSON value strictly.
    pub fn parse(v: &Value) -> Result<Source, String> {
        let obj = v
            .as_object()
            .ok_or_else(|| format!("source must be a JSON object, got {}", kind(v)))?;
        let mut src = Source::default();
        for (key, val) in obj {
            match key.as_str() {
                "from" => src.from = Some(parse_uint("from", val)?),
                "size" => {
                    let n = parse_uint("size", val)?;
                    if n == 0 {
                        return Err("size must be at least 1".into());
                    }
                    src.size = Some(n);
                }
                "sort" => src.sort = parse_sort(val)?,
                "_source" => src.fields = parse_fields(val)?,
                "query" => src.query = Some(Query::parse(val)?),
                other => {
                    return Err(format!(
                        "unsupported key `{other}` in source (supported: {TOP_KEYS})"
                    ))
                }
            }
        }
        Ok(src)
    }

    /// The canonical JSON form: object sort form, absent parts omitted.
    pub fn to_value(&self) -> Value {
        let mut m = Map::new();
        if let Some(f) = self.from {
            m.insert("from".into(), f.into());
        }
        if let Some(s) = self.size {
            m.insert("size".into(), s.into());
        }
        if !self.sort.is_empty() {
            let items = self
                .sort
                .iter()
                .map(|s| obj1(&s.field, obj1("order", s.order.as_str().into())))
                .collect();
            m.insert("sort".into(), Value::Array(items));
        }
        if let Some(fields) = &self.fields {
            m.insert(
                "_source".into(),
                Value::Array(fields.iter().map(|f| Value::String(f.clone())).collect()),
            );
        }
        if let Some(q) = &self.query {
            m.insert("query".into(), q.to_value());
        }
        Value::Object(m)
    }
}

/// Compact JSON, ready to be URL-encoded into `source=`.
impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.to_value())
    }
}
