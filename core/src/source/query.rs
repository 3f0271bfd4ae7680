//! A query clause: its constructors, parsing from and printing to the `query` object.

use super::parse::*;
use super::{Query, QUERY_TYPES};
use serde_json::{Map, Value};

impl Query {
    /// Convenience constructor for `match`.
    pub fn matches(field: impl Into<String>, value: impl Into<Value>) -> Query {
        Query::Match {
            field: field.into(),
            value: value.into(),
        }
    }

    /// Convenience constructor for `term`.
    pub fn term(field: impl Into<String>, value: impl Into<Value>) -> Query {
        Query::Term {
            field: field.into(),
            value: value.into(),
        }
    }

    /// A `bool` with only `must` clauses.
    pub fn all_of(must: Vec<Query>) -> Query {
        Query::Bool {
            must,
            should: vec![],
            must_not: vec![],
            filter: vec![],
        }
    }

    /// Parses one query clause (`{"match": {...}}` etc.).
    pub fn parse(v: &Value) -> Result<Query, String> {
        let obj = v
            .as_object()
            .ok_or_else(|| format!("query must be a JSON object, got {}", kind(v)))?;
        let mut it = obj.iter();
        let (ty, body) = match (it.next(), it.next()) {
            (Some(one), None) => one,
            (None, _) => return Err("query object is empty (expected one query type)".into()),
            (Some(_), Some(_)) => {
                let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
                return Err(format!(
                    "query object must have exactly one query type, got {}: wrap several in `bool`",
                    keys.join(", ")
                ));
            }
        };
        match ty.as_str() {
            "match_all" => {
                let o = expect_obj("match_all", body)?;
                if let Some(k) = o.keys().next() {
                    return Err(format!("unsupported key `{k}` in `match_all`"));
                }
                Ok(Query::MatchAll)
            }
            "match" => {
                let (field, inner) = single_field("match", body)?;
                let value = match inner {
                    Value::Object(o) => {
                        only_keys("match", o, &["query"])?;
                        o.get("query")
                            .ok_or_else(|| format!("`match.{field}` needs a `query` key"))?
                    }
                    other => other,
                };
                let value = scalar(&format!("match.{field}"), value)?.clone();
                Ok(Query::Match { field, value })
            }
            "term" => {
                let (field, inner) = single_field("term", body)?;
                let value = match inner {
                    Value::Object(o) => {
                        only_keys("term", o, &["value"])?;
                        o.get("value")
                            .ok_or_else(|| format!("`term.{field}` needs a `value` key"))?
                    }
                    other => other,
                };
                let value = scalar(&format!("term.{field}"), value)?.clone();
                Ok(Query::Term { field, value })
            }
            "terms" => {
                let (field, inner) = single_field("terms", body)?;
                let arr = inner
                    .as_array()
                    .ok_or_else(|| format!("`terms.{field}` must be an array of values"))?;
                let values = arr
                    .iter()
                    .map(|x| scalar("terms", x).cloned())
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(Query::Terms { field, values })
            }
            "range" => {
                let (field, inner) = single_field("range", body)?;
                let o = expect_obj(&format!("range.{field}"), inner)?;
                only_keys("range", o, &["gt", "gte", "lt", "lte"])?;
                if o.is_empty() {
                    return Err(format!(
                        "`range.{field}` needs at least one of gt, gte, lt, lte"
                    ));
                }
                let bound = |k: &str| -> Result<Option<Value>, String> {
                    o.get(k)
                        .map(|x| scalar(&format!("range.{field}.{k}"), x).cloned())
                        .transpose()
                };
                Ok(Query::Range {
                    gt: bound("gt")?,
                    gte: bound("gte")?,
                    lt: bound("lt")?,
                    lte: bound("lte")?,
                    field,
                })
            }
            "bool" => {
                let o = expect_obj("bool", body)?;
                only_keys("bool", o, &["must", "should", "must_not", "filter"])?;
                let clauses = |k: &str| -> Result<Vec<Query>, String> {
                    match o.get(k) {
                        None => Ok(vec![]),
                        Some(Value::Array(a)) => a.iter().map(Query::parse).collect(),
                        Some(one @ Value::Object(_)) => Ok(vec![Query::parse(one)?]),
                        Some(other) => Err(format!(
                            "`bool.{k}` must be a query object or an array of them, got {}",
                            kind(other)
                        )),
                    }
                };
                Ok(Query::Bool {
                    must: clauses("must")?,
                    should: clauses("should")?,
                    must_not: clauses("must_not")?,
                    filter: clauses("filter")?,
                })
            }
            "query_string" => {
                let o = expect_obj("query_string", body)?;
                only_keys("query_string", o, &["query", "fields", "default_field"])?;
                let query = o
                    .get("query")
                    .and_then(Value::as_str)
                    .ok_or("`query_string.query` must be a string")?
                    .to_string();
                let mut fields = match o.get("fields") {
                    None => None,
                    Some(f) => Some(string_list("query_string.fields", f)?),
                };
                if let Some(d) = o.get("default_field") {
                    let d = d
                        .as_str()
                        .ok_or("`query_string.default_field` must be a string")?;
                    fields.get_or_insert_with(Vec::new).push(d.to_string());
                }
                Ok(Query::QueryString { query, fields })
            }
            other => Err(format!(
                "unsupported query type `{other}` (supported: {QUERY_TYPES})"
            )),
        }
    }

    /// The canonical JSON form (`match` and `term` in their short `{"field": value}` form).
    pub fn to_value(&self) -> Value {
        match self {
            Query::MatchAll => obj1("match_all", Value::Object(Map::new())),
            Query::Match { field, value } => obj1("match", obj1(field, value.clone())),
            Query::Term { field, value } => obj1("term", obj1(field, value.clone())),
            Query::Terms { field, values } => {
                obj1("terms", obj1(field, Value::Array(values.clone())))
            }
            Query::Range {
                field,
                gt,
                gte,
                lt,
                lte,
            } => {
                let mut m = Map::new();
                for (k, v) in [("gt", gt), ("gte", gte), ("lt", lt), ("lte", lte)] {
                    if let Some(v) = v {
                        m.insert(k.into(), v.clone());
                    }
                }
                obj1("range", obj1(field, Value::Object(m)))
            }
            Query::Bool {
                must,
                should,
                must_not,
                filter,
            } => {
                let mut m = Map::new();
                for (k, qs) in [
                    ("must", must),
                    ("should", should),
                    ("must_not", must_not),
                    ("filter", filter),
                ] {
                    if !qs.is_empty() {
                        m.insert(k.into(), qs.iter().map(Query::to_value).collect());
                    }
                }
                obj1("bool", Value::Object(m))
            }
            Query::QueryString { query, fields } => {
                let mut m = Map::new();
                m.insert("query".into(), Value::String(query.clone()));
                if let Some(f) = fields {
                    m.insert(
                        "fields".into(),
                        f.iter().map(|s| Value::String(s.clone())).collect(),
                    );
                }
                obj1("query_string", Value::Object(m))
            }
        }
    }
}
