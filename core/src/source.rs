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

fn obj1(k: &str, v: Value) -> Value {
    let mut m = Map::new();
    m.insert(k.to_string(), v);
    Value::Object(m)
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn parse_uint(key: &str, v: &Value) -> Result<u64, String> {
    if let Some(n) = v.as_u64() {
        return Ok(n);
    }
    // Clients sometimes send numbers as strings ("size":"100"); ES accepts that, so do we.
    if let Some(n) = v.as_str().and_then(|s| s.trim().parse::<u64>().ok()) {
        return Ok(n);
    }
    Err(format!(
        "`{key}` must be a non-negative integer, got {}",
        match v {
            Value::Number(n) => n.to_string(),
            other => kind(other).to_string(),
        }
    ))
}

fn parse_order(field: &str, v: &Value) -> Result<Order, String> {
    match v.as_str() {
        Some("asc") => Ok(Order::Asc),
        Some("desc") => Ok(Order::Desc),
        _ => Err(format!(
            "sort order for `{field}` must be \"asc\" or \"desc\", got {v}"
        )),
    }
}

fn parse_sort(v: &Value) -> Result<Vec<SortSpec>, String> {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    let mut out = Vec::new();
    for item in items {
        match item {
            // `"sort":["id"]` and `"sort":"id"` mean ascending, as in ES.
            Value::String(f) => out.push(SortSpec {
                field: f.clone(),
                order: Order::Asc,
            }),
            Value::Object(o) => {
                // ES allows several keys in one sort object; their order is then significant.
                if o.is_empty() {
                    return Err("empty object in `sort`".into());
                }
                for (field, spec) in o {
                    let order = match spec {
                        Value::String(_) => parse_order(field, spec)?,
                        Value::Object(so) => {
                            only_keys(&format!("sort.{field}"), so, &["order"])?;
                            match so.get("order") {
                                Some(x) => parse_order(field, x)?,
                                None => Order::Asc,
                            }
                        }
                        other => {
                            return Err(format!(
                                "sort spec for `{field}` must be \"asc\"/\"desc\" or {{\"order\":…}}, got {}",
                                kind(other)
                            ))
                        }
                    };
                    out.push(SortSpec {
                        field: field.clone(),
                        order,
                    });
                }
            }
            other => {
                return Err(format!(
                    "`sort` items must be objects or field names, got {}",
                    kind(other)
                ))
            }
        }
    }
    Ok(out)
}

fn parse_fields(v: &Value) -> Result<Option<Vec<String>>, String> {
    match v {
        // `"_source": true` is ES for "everything".
        Value::Bool(true) => Ok(None),
        Value::String(s) => Ok(Some(vec![s.clone()])),
        Value::Array(_) => Ok(Some(string_list("_source", v)?)),
        other => Err(format!(
            "`_source` must be a field name or an array of field names, got {}",
            kind(other)
        )),
    }
}

fn string_list(key: &str, v: &Value) -> Result<Vec<String>, String> {
    let arr = v
        .as_array()
        .ok_or_else(|| format!("`{key}` must be an array of strings"))?;
    arr.iter()
        .map(|x| {
            x.as_str()
                .map(str::to_string)
                .ok_or_else(|| format!("`{key}` must contain only strings, got {}", kind(x)))
        })
        .collect()
}

fn expect_obj<'a>(key: &str, v: &'a Value) -> Result<&'a Map<String, Value>, String> {
    v.as_object()
        .ok_or_else(|| format!("`{key}` must be an object, got {}", kind(v)))
}

fn only_keys(ctx: &str, o: &Map<String, Value>, allowed: &[&str]) -> Result<(), String> {
    match o.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(format!(
            "unsupported key `{k}` in `{ctx}` (supported: {})",
            allowed.join(", ")
        )),
        None => Ok(()),
    }
}

/// `{"field": inner}` with exactly one field.
fn single_field<'a>(ty: &str, v: &'a Value) -> Result<(String, &'a Value), String> {
    let o = expect_obj(ty, v)?;
    let mut it = o.iter();
    match (it.next(), it.next()) {
        (Some((k, inner)), None) => Ok((k.clone(), inner)),
        (None, _) => Err(format!("`{ty}` needs one field")),
        _ => Err(format!(
            "`{ty}` must name exactly one field; combine several with `bool`"
        )),
    }
}

fn scalar<'a>(ctx: &str, v: &'a Value) -> Result<&'a Value, String> {
    match v {
        Value::String(_) | Value::Number(_) | Value::Bool(_) => Ok(v),
        other => Err(format!(
            "`{ctx}` value must be a string, number or boolean, got {}",
            kind(other)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ok(s: &str) -> Source {
        match Source::parse_str(s) {
            Ok(src) => src,
            Err(e) => panic!("{s}: {e}"),
        }
    }

    fn err(s: &str) -> String {
        match Source::parse_str(s) {
            Ok(src) => panic!("{s} parsed as {src:?}"),
            Err(e) => e,
        }
    }

    /// parse → print → parse gives the same value, and printing is stable.
    fn round_trip(src: &Source) {
        let text = src.to_string();
        let again = ok(&text);
        assert_eq!(&again, src, "{text}");
        assert_eq!(again.to_string(), text);
    }

    // Research notes §2.1, example requests (the `source` parts, verbatim).
    #[test]
    fn notes_2_1_examples() {
        let a = ok(r#"{"size":100,"sort":[{"id":{"order":"asc"}}]}"#);
        assert_eq!(a.size, Some(100));
        assert_eq!(
            a.sort,
            vec![SortSpec {
                field: "id".into(),
                order: Order::Asc
            }]
        );
        round_trip(&a);

        let b = ok(
            r#"{"from": 0,"size": 1000,"query":{"bool":{"must": [{"match": {"s_building_id":123}}]}}}"#,
        );
        assert_eq!(b.from, Some(0));
        assert_eq!(
            b.query,
            Some(Query::all_of(vec![Query::matches("s_building_id", 123)]))
        );
        round_trip(&b);

        let c = ok(r#"{"size":1}"#);
        assert_eq!(c, Source::new().size(1));
        round_trip(&c);

        // Comma-separated indices example (§2.2) carries a plain term query.
        let d = ok(r#"{"query":{"term":{"rca":"…"}}}"#);
        assert_eq!(d.query, Some(Query::term("rca", "…")));
    }

    // Research notes §3, the PHP client's request and the constructs table (verbatim).
    #[test]
    fn notes_3_examples() {
        let php =
            ok(r#"{"from":1,"size":2,"query":{"bool":{"must":[{"match":{"hard_code":"1"}}]}}}"#);
        assert_eq!(php.from, Some(1));
        assert_eq!(php.size, Some(2));
        assert_eq!(
            php.query,
            Some(Query::all_of(vec![Query::matches("hard_code", "1")]))
        );
        round_trip(&php);

        for s in [
            r#"{"from":0,"size":10000}"#,
            r#"{"from":10001,"size":10000}"#,
        ] {
            round_trip(&ok(s));
        }

        let all = ok(r#"{"from":0,"size":500,"query":{"match_all":{}}}"#);
        assert_eq!(all.query, Some(Query::MatchAll));
        round_trip(&all);

        let must = ok(r#"{"query":{"bool":{"must":[{"match":{"s_building_id":123}}]}}}"#);
        round_trip(&must);

        let term = ok(r#"{"query":{"term":{"rca":"1201300000001526"}}}"#);
        assert_eq!(term.query, Some(Query::term("rca", "1201300000001526")));
        round_trip(&term);
        let id = ok(r#"{"query":{"term":{"_id":"…"}}}"#);
        assert_eq!(id.query, Some(Query::term("_id", "…")));

        let range =
            ok(r#"{"query":{"range":{"modified":{"gte":"2021-01-01","lt":"2021-02-01"}}}}"#);
        assert_eq!(
            range.query,
            Some(Query::Range {
                field: "modified".into(),
                gt: None,
                gte: Some(json!("2021-01-01")),
                lt: Some(json!("2021-02-01")),
                lte: None,
            })
        );
        round_trip(&range);
        round_trip(&ok(r#"{"query":{"range":{"bin":{"gt":"…"}}}}"#));

        // Sort fragments from the table, wrapped in an object.
        let s1 = ok(r#"{"sort":[{"modified":{"order":"desc"}}]}"#);
        assert_eq!(s1.sort[0].order, Order::Desc);
        let s2 = ok(r#"{"sort":[{"id":{"order":"asc"}}]}"#);
        assert_eq!(s2.sort[0].field, "id");
        let short = ok(r#"{"sort":[{"bin":"asc"}]}"#);
        assert_eq!(
            short.sort,
            vec![SortSpec {
                field: "bin".into(),
                order: Order::Asc
            }]
        );
        // The short form prints in the canonical object form.
        assert_eq!(short.to_string(), r#"{"sort":[{"bin":{"order":"asc"}}]}"#);

        let fields = ok(r#"{"_source":["bin","datereg","statusru","id"]}"#);
        assert_eq!(
            fields.fields,
            Some(vec![
                "bin".into(),
                "datereg".into(),
                "statusru".into(),
                "id".into()
            ])
        );
        round_trip(&fields);
    }

    #[test]
    fn notes_3_rejections() {
        let e = err(
            r#"{"query":{"fuzzy_like_this":{"fields":["_all"],"like_text":"…","fuzziness":"1"}}}"#,
        );
        assert!(e.contains("fuzzy_like_this"), "{e}");
        let e = err(r#"{"size":10,"search_after":[123],"sort":[{"id":"asc"}]}"#);
        assert!(e.contains("search_after"), "{e}");
        let e = err(r#"{"size":0}"#);
        assert!(e.contains("size"), "{e}");
    }

    #[test]
    fn alternative_forms_parse_to_the_same_thing() {
        assert_eq!(
            ok(r#"{"sort":{"id":"desc"}}"#),
            ok(r#"{"sort":[{"id":{"order":"desc"}}]}"#)
        );
        assert_eq!(ok(r#"{"sort":["id"]}"#), ok(r#"{"sort":[{"id":"asc"}]}"#));
        assert_eq!(
            ok(r#"{"query":{"match":{"f":{"query":"x"}}}}"#),
            ok(r#"{"query":{"match":{"f":"x"}}}"#)
        );
        assert_eq!(
            ok(r#"{"query":{"term":{"f":{"value":5}}}}"#),
            ok(r#"{"query":{"term":{"f":5}}}"#)
        );
        assert_eq!(
            ok(r#"{"query":{"bool":{"must":{"term":{"a":1}},"filter":{"match_all":{}}}}}"#),
            ok(r#"{"query":{"bool":{"must":[{"term":{"a":1}}],"filter":[{"match_all":{}}]}}}"#)
        );
        assert_eq!(ok(r#"{"_source":"bin"}"#).fields, Some(vec!["bin".into()]));
        assert_eq!(ok(r#"{"size":"100"}"#).size, Some(100));
    }

    #[test]
    fn builder_round_trips_every_query_type() {
        let src = Source::new()
            .from(20)
            .size(10)
            .sort_by("modified", Order::Desc)
            .sort_by("id", Order::Asc)
            .fields(["id", "name"])
            .query(Query::Bool {
                must: vec![Query::matches("name", "мектеп"), Query::MatchAll],
                should: vec![Query::Terms {
                    field: "kod".into(),
                    values: vec![json!("USD"), json!("EUR")],
                }],
                must_not: vec![Query::term("actual", false)],
                filter: vec![
                    Query::Range {
                        field: "id".into(),
                        gt: Some(json!(100)),
                        gte: None,
                        lt: None,
                        lte: Some(json!("200")),
                    },
                    Query::QueryString {
                        query: "школа AND Астана".into(),
                        fields: Some(vec!["name".into()]),
                    },
                    Query::QueryString {
                        query: "x".into(),
                        fields: None,
                    },
                ],
            });
        round_trip(&src);
        assert_eq!(Source::new().to_string(), "{}");
    }

    #[test]
    fn rejections_name_the_offending_key() {
        let cases = [
            (r#"{"size":-1}"#, "size"),
            (r#"{"size":1.5}"#, "size"),
            (r#"{"from":"x"}"#, "from"),
            (r#"{"sort":[{"id":"up"}]}"#, "id"),
            (
                r#"{"sort":[{"id":{"order":"asc","missing":"_last"}}]}"#,
                "missing",
            ),
            (r#"{"sort":[5]}"#, "sort"),
            (r#"{"_source":5}"#, "_source"),
            (r#"{"_source":[1]}"#, "_source"),
            (r#"{"query":{"match":{"a":1,"b":2}}}"#, "match"),
            (
                r#"{"query":{"match":{"a":{"query":"x","operator":"and"}}}}"#,
                "operator",
            ),
            (r#"{"query":{"match":{"a":null}}}"#, "match"),
            (r#"{"query":{"term":{"a":[1]}}}"#, "term"),
            (r#"{"query":{"terms":{"a":"x"}}}"#, "terms"),
            (r#"{"query":{"range":{"a":{"from":1}}}}"#, "from"),
            (r#"{"query":{"range":{"a":{}}}}"#, "range"),
            (
                r#"{"query":{"bool":{"must":[{"term":{"a":1}}],"minimum_should_match":1}}}"#,
                "minimum_should_match",
            ),
            (r#"{"query":{"bool":{"must":"x"}}}"#, "bool.must"),
            (
                r#"{"query":{"term":{"a":1},"match":{"b":2}}}"#,
                "exactly one",
            ),
            (r#"{"query":{}}"#, "empty"),
            (r#"{"query":{"match_all":{"boost":2}}}"#, "boost"),
            (
                r#"{"query":{"query_string":{"query":5}}}"#,
                "query_string.query",
            ),
            (r#"{"query":{"wildcard":{"a":"x*"}}}"#, "wildcard"),
            (r#"{"aggs":{}}"#, "aggs"),
            (r#"[1]"#, "object"),
            (r#"{"size":"#, "JSON"),
        ];
        for (s, needle) in cases {
            let e = err(s);
            assert!(
                e.contains(needle),
                "{s}: error {e:?} should mention {needle:?}"
            );
        }
    }
}
