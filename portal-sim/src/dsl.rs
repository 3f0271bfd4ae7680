//! Evaluates a parsed `source` over a dataset version's generated rows.
//!
//! Semantics (documented in docs/portal-api.md):
//! - values that both look like numbers compare as numbers, otherwise as strings;
//! - `match` is full text: any word of the query occurs as a word of the field (case-insensitive);
//! - `term` is exact value equality (`"1"` equals `1`);
//! - without `sort`, records come in row order (the stand-in has no relevance scores);
//! - missing values sort last in both directions, as in Elasticsearch.
//!
//! Fast path: every dataset's primary key grows with the row number, so pk `range`/`term`
//! clauses become a row interval by binary search and a pk sort needs no sorting at all. Paging
//! the last page of the 1,000,000-row `gbd_ul` with a pk cursor costs the same as the first.
//!
//! Everything else is a scan of that interval (`scan.rs`): the query compiled once, only the
//! fields it names read per row (`gbd_ul` rows are never generated whole), the best
//! `from + size` rows kept in a bounded heap. A million rows take 50–300 ms. [`eval`] and
//! [`execute_reference`] are the plain definition the scan is tested against.

use crate::seed::rows::Row;
use crate::seed::{DatasetSeed, Seed};
use opendata_core::source::{Order, Query, SortSpec, Source};
use opendata_core::text::{normalize, words};
use serde_json::Value;
use std::cmp::Ordering;
use std::ops::Range;

mod scan;

/// Page size when `source` has no `size` (Elasticsearch's default).
pub const DEFAULT_SIZE: u64 = 10;
/// The stand-in's cap on `size` (the real portal times out long before).
pub const MAX_SIZE: u64 = 10_000;

/// One dataset version, as the evaluator sees it.
pub struct Table<'a> {
    pub seed: &'a Seed,
    pub ds: &'a DatasetSeed,
    pub ver: usize,
}

pub struct Hit {
    pub row: u64,
    pub record: Row,
}

pub struct Page {
    /// All records matching the query (not just this page).
    pub total: u64,
    pub hits: Vec<Hit>,
}

impl Table<'_> {
    pub fn rows(&self) -> u64 {
        self.ds.versions.get(self.ver).map_or(0, |v| v.rows)
    }

    fn resolve<'f>(&'f self, field: &'f str) -> &'f str {
        if field == "_id" {
            self.ds.pk()
        } else {
            field
        }
    }

    fn mono(&self, field: &str, row: u64) -> Option<Value> {
        self.seed.monotonic(self.ds, self.resolve(field), row)
    }

    pub fn record(&self, row: u64) -> Row {
        self.seed.row(self.ds, self.ver, row)
    }

    /// The record's `_id`: its primary key as a string.
    pub fn id_of(&self, row: u64, record: &Row) -> String {
        let pk = self.ds.pk();
        let v = self.mono(pk, row).or_else(|| {
            record
                .iter()
                .find(|(k, _)| *k == pk)
                .map(|(_, v)| v.clone())
        });
        v.map(|v| text_of(&v))
            .unwrap_or_else(|| (row + 1).to_string())
    }
}

/// `size`, `from` and the sort with `_id` resolved, after checking them.
fn prepare(t: &Table, src: &Source) -> Result<(u64, u64, Vec<SortSpec>), String> {
    let size = src.size.unwrap_or(DEFAULT_SIZE);
    if size > MAX_SIZE {
        return Err(format!(
            "size {size} is too large: at most {MAX_SIZE} records per request"
        ));
    }
    let from = src.from.unwrap_or(0);
    for s in &src.sort {
        if s.field != "_id" && t.ds.fields.get(&s.field).is_none() {
            return Err(format!(
                "No mapping found for [{}] in order to sort on",
                s.field
            ));
        }
    }
    let sort: Vec<SortSpec> = src
        .sort
        .iter()
        .map(|s| SortSpec {
            field: t.resolve(&s.field).to_string(),
            order: s.order,
        })
        .collect();
    Ok((size, from, sort))
}

/// Runs `src` against a table.
pub fn execute(t: &Table, src: &Source) -> Result<Page, String> {
    let (size, from, sort) = prepare(t, src)?;
    let n = t.rows();
    let (mut lo, mut hi, residual) = match &src.query {
        None => (0, n, false),
        Some(q) => {
            let mut conj = Vec::new();
            conjuncts(q, &mut conj);
            narrow(t, &conj, n)
        }
    };
    hi = hi.max(lo);
    lo = lo.min(hi);

    // Row order serves when there is no sort, or the first sort key grows with the row number
    // (the pk, or `id` in gbd_ul: unique, so later keys never matter).
    let row_order = match sort.first() {
        None => Some(Order::Asc),
        Some(s) if t.mono(&s.field, 0).is_some() => Some(s.order),
        Some(_) => None,
    };

    let (total, page_rows) = match (residual, row_order) {
        (false, Some(order)) => {
            let total = hi - lo;
            let start = from.min(total);
            let end = from.saturating_add(size).min(total);
            let rows = match order {
                Order::Asc => (lo + start..lo + end).collect(),
                Order::Desc => (hi - end..hi - start).rev().collect(),
            };
            (total, rows)
        }
        _ => scan::scan(
            t,
            &scan::Plan {
                // Without residual clauses the interval is the whole answer.
                query: src.query.as_ref().filter(|_| residual),
                sort: &sort,
                row_order,
                lo,
                hi,
                from,
                size,
            },
        ),
    };
    Ok(Page {
        total,
        hits: page_of(t, src, page_rows),
    })
}

/// Full records of the page's rows, with the `_source` filter applied.
fn page_of(t: &Table, src: &Source, rows: Vec<u64>) -> Vec<Hit> {
    rows.into_iter()
        .map(|row| {
            let mut record = t.record(row);
            if let Some(fields) = &src.fields {
                record.retain(|(k, _)| fields.iter().any(|f| f == k));
            }
            Hit { row, record }
        })
        .collect()
}

/// The reference evaluator: every row of `rows` generated whole, tested with [`eval`], every
/// match sorted. Slow (seconds on `gbd_ul`) but plain; tests check [`execute`] against it.
pub fn execute_reference(t: &Table, src: &Source, rows: Range<u64>) -> Result<Page, String> {
    let (size, from, sort) = prepare(t, src)?;
    let q = src.query.as_ref();
    let mut hits: Vec<(u64, Vec<Option<Value>>)> = Vec::new();
    for i in rows {
        let rec = t.record(i);
        if q.is_none_or(|q| eval(t, i, &rec, q)) {
            let keys = sort.iter().map(|s| get(t, i, &rec, &s.field)).collect();
            hits.push((i, keys));
        }
    }
    hits.sort_by(|a, b| compare_keys(&sort, a, b));
    let total = hits.len() as u64;
    let page_rows = hits
        .into_iter()
        .skip(usize::try_from(from).unwrap_or(usize::MAX))
        .take(usize::try_from(size).unwrap_or(usize::MAX))
        .map(|(i, _)| i)
        .collect();
    Ok(Page {
        total,
        hits: page_of(t, src, page_rows),
    })
}

fn compare_keys(
    sort: &[SortSpec],
    a: &(u64, Vec<Option<Value>>),
    b: &(u64, Vec<Option<Value>>),
) -> Ordering {
    for (i, s) in sort.iter().enumerate() {
        let (x, y) = (a.1.get(i).cloned().flatten(), b.1.get(i).cloned().flatten());
        let o = match (x, y) {
            (None, None) => Ordering::Equal,
            // Missing last, whatever the direction.
            (None, Some(_)) => Ordering::Greater,
            (Some(_), None) => Ordering::Less,
            (Some(x), Some(y)) => {
                let o = compare(&x, &y);
                match s.order {
                    Order::Asc => o,
                    Order::Desc => o.reverse(),
                }
            }
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    a.0.cmp(&b.0)
}

/// Flattens pure conjunctions (`bool` with only must/filter) into their clauses.
fn conjuncts<'q>(q: &'q Query, out: &mut Vec<&'q Query>) {
    match q {
        Query::Bool {
            must,
            should,
            must_not,
            filter,
        } if should.is_empty() && must_not.is_empty() => {
            for c in must.iter().chain(filter) {
                conjuncts(c, out);
            }
        }
        other => out.push(other),
    }
}

/// The row interval the pk clauses allow, and whether other clauses remain to be checked.
fn narrow(t: &Table, conj: &[&Query], n: u64) -> (u64, u64, bool) {
    let (mut lo, mut hi, mut residual) = (0u64, n, false);
    // Binary search only where the pk order and the comparison agree: a numeric pk against a
    // non-numeric bound compares as strings, which is not row order ("10" < "9").
    let usable = |field: &str, bound: &Value| -> bool {
        match t.mono(field, 0) {
            None => false,
            Some(first) => number(&first).is_none() || number(bound).is_some(),
        }
    };
    // First row whose pk compares to `v` as `pred` wants (pred is false…false true…true).
    let first = |field: &str, v: &Value, pred: &dyn Fn(Ordering) -> bool| -> u64 {
        let (mut a, mut b) = (0u64, n);
        while a < b {
            let mid = a + (b - a) / 2;
            let ok = t.mono(field, mid).is_some_and(|x| pred(compare(&x, v)));
            if ok {
                b = mid;
            } else {
                a = mid + 1;
            }
        }
        a
    };
    for q in conj {
        match q {
            Query::MatchAll => {}
            Query::Range {
                field,
                gt,
                gte,
                lt,
                lte,
            } if [gt, gte, lt, lte]
                .iter()
                .all(|b| b.as_ref().is_none_or(|v| usable(field, v))) =>
            {
                if let Some(v) = gt {
                    lo = lo.max(first(field, v, &|o| o == Ordering::Greater));
                }
                if let Some(v) = gte {
                    lo = lo.max(first(field, v, &|o| o != Ordering::Less));
                }
                if let Some(v) = lt {
                    hi = hi.min(first(field, v, &|o| o != Ordering::Less));
                }
                if let Some(v) = lte {
                    hi = hi.min(first(field, v, &|o| o == Ordering::Greater));
                }
            }
            Query::Term { field, value } if usable(field, value) => {
                lo = lo.max(first(field, value, &|o| o != Ordering::Less));
                hi = hi.min(first(field, value, &|o| o == Ordering::Greater));
            }
            _ => residual = true,
        }
    }
    (lo, hi.max(lo), residual)
}

/// A value as text (`null` is empty).
pub fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The number a value means, if it looks like one (`"12.5"` does, `"2021-01-01"` does not).
fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => {
            let s = s.trim();
            let plausible = !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
                && s.bytes().any(|b| b.is_ascii_digit());
            if plausible {
                s.parse::<f64>().ok().filter(|f| f.is_finite())
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Numbers as numbers, everything else as text.
pub fn compare(a: &Value, b: &Value) -> Ordering {
    match (number(a), number(b)) {
        (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        _ => text_of(a).cmp(&text_of(b)),
    }
}

fn get(t: &Table, row: u64, rec: &Row, field: &str) -> Option<Value> {
    let field = t.resolve(field);
    if field == "_id" {
        return Some(Value::String(t.id_of(row, rec)));
    }
    rec.iter()
        .find(|(k, _)| *k == field)
        .map(|(_, v)| v.clone())
        .filter(|v| !v.is_null())
}

fn field_words(v: &Value) -> Vec<String> {
    words(&normalize(&text_of(v))).map(str::to_string).collect()
}

/// Does record `rec` (row `row`) satisfy `q`?
pub fn eval(t: &Table, row: u64, rec: &Row, q: &Query) -> bool {
    match q {
        Query::MatchAll => true,
        Query::Match { field, value } => {
            let want = field_words(value);
            if want.is_empty() {
                return false;
            }
            let has = |v: &Value| {
                let have = field_words(v);
                want.iter().any(|w| have.contains(w))
            };
            if field == "_all" {
                rec.iter().any(|(_, v)| has(v))
            } else {
                get(t, row, rec, field).is_some_and(|v| has(&v))
            }
        }
        Query::Term { field, value } => {
            get(t, row, rec, field).is_some_and(|v| compare(&v, value) == Ordering::Equal)
        }
        Query::Terms { field, values } => get(t, row, rec, field)
            .is_some_and(|v| values.iter().any(|x| compare(&v, x) == Ordering::Equal)),
        Query::Range {
            field,
            gt,
            gte,
            lt,
            lte,
        } => get(t, row, rec, field).is_some_and(|v| {
            gt.as_ref()
                .is_none_or(|b| compare(&v, b) == Ordering::Greater)
                && gte
                    .as_ref()
                    .is_none_or(|b| compare(&v, b) != Ordering::Less)
                && lt.as_ref().is_none_or(|b| compare(&v, b) == Ordering::Less)
                && lte
                    .as_ref()
                    .is_none_or(|b| compare(&v, b) != Ordering::Greater)
        }),
        Query::Bool {
            must,
            should,
            must_not,
            filter,
        } => {
            must.iter().chain(filter).all(|c| eval(t, row, rec, c))
                && !must_not.iter().any(|c| eval(t, row, rec, c))
                // `should` only restricts when nothing else does (ES without minimum_should_match).
                && (should.is_empty()
                    || !(must.is_empty() && filter.is_empty())
                    || should.iter().any(|c| eval(t, row, rec, c)))
        }
        Query::QueryString { query, fields } => query_string(t, row, rec, query, fields.as_deref()),
    }
}

/// One `query_string` term: its words must all be in one field.
struct QsTerm {
    field: Option<String>,
    words: Vec<String>,
    /// The last word is a prefix (`w*`).
    prefix: bool,
    required: bool,
    excluded: bool,
}

/// A small Lucene subset: words (OR by default, AND when the text says `AND`), `+word` required,
/// `-word` excluded, `field:word`, trailing `*` for a prefix.
fn parse_qs(query: &str) -> Vec<QsTerm> {
    let and = query.split_whitespace().any(|w| w == "AND");
    let mut terms = Vec::new();
    for tok in query.split_whitespace() {
        if matches!(tok, "AND" | "OR") {
            continue;
        }
        let (required, excluded, tok) = match tok.as_bytes().first() {
            Some(b'+') => (true, false, &tok[1..]),
            Some(b'-') => (false, true, &tok[1..]),
            _ => (and, false, tok),
        };
        let (field, text) = match tok.split_once(':') {
            Some((f, x)) if !f.is_empty() => (Some(f.to_string()), x),
            _ => (None, tok),
        };
        let prefix = text.ends_with('*');
        let words: Vec<String> = words(&normalize(text)).map(str::to_string).collect();
        if words.is_empty() {
            continue;
        }
        terms.push(QsTerm {
            field,
            words,
            prefix,
            required,
            excluded,
        });
    }
    terms
}

fn query_string(t: &Table, row: u64, rec: &Row, query: &str, fields: Option<&[String]>) -> bool {
    let terms = parse_qs(query);
    if terms.is_empty() {
        return false;
    }
    let hit = |term: &QsTerm| -> bool {
        let value_has = |v: &Value| {
            let have = field_words(v);
            term.words.iter().enumerate().all(|(i, w)| {
                if term.prefix && i + 1 == term.words.len() {
                    have.iter().any(|h| h.starts_with(w.as_str()))
                } else {
                    have.contains(w)
                }
            })
        };
        match (&term.field, fields) {
            (Some(f), _) => get(t, row, rec, f).is_some_and(|v| value_has(&v)),
            (None, Some(fs)) => fs.iter().any(|f| {
                f == "_all" && rec.iter().any(|(_, v)| value_has(v))
                    || get(t, row, rec, f).is_some_and(|v| value_has(&v))
            }),
            (None, None) => rec.iter().any(|(_, v)| value_has(v)),
        }
    };
    let mut any_optional = false;
    let mut optional_hit = false;
    for term in &terms {
        let h = hit(term);
        if term.excluded {
            if h {
                return false;
            }
        } else if term.required {
            if !h {
                return false;
            }
        } else {
            any_optional = true;
            optional_hit |= h;
        }
    }
    let has_required = terms.iter().any(|t| t.required);
    !any_optional || has_required || optional_hit
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn compare_numbers_as_numbers() {
        assert_eq!(compare(&json!("10"), &json!("9")), Ordering::Greater);
        assert_eq!(compare(&json!("10"), &json!(10)), Ordering::Equal);
        assert_eq!(
            compare(&json!("2021-01-02"), &json!("2021-01-10")),
            Ordering::Less
        );
        assert_eq!(compare(&json!("abc"), &json!("abd")), Ordering::Less);
        assert_eq!(number(&json!("inf")), None);
    }
}
