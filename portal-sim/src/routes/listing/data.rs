//! The data tab's table: `getdata`, a page of a version's rows, filtered and sorted.

use super::{bad, positive, text_param, XhrQuery};
use crate::dsl::{self, Table};
use crate::routes::portal::{encode, locate, raw_json, Record};
use crate::routes::{error, QueryPairs, St};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use opendata_core::source::{Order, SortSpec, Source};
use std::cmp::Ordering;

/// The most rows a `getdata` page holds (and its default `count`).
pub const DATA_PAGE_MAX: u64 = 20;

/// What `getdata` was asked.
struct DataRequest {
    page: u64,
    size: u64,
    /// Lower-cased; rows whose values contain it.
    text: Option<String>,
    sort: Option<SortSpec>,
}

impl DataRequest {
    fn parse(q: &QueryPairs) -> Result<DataRequest, String> {
        let page = positive(q, "page", 1)?;
        let size = positive(q, "count", DATA_PAGE_MAX)?.min(DATA_PAGE_MAX);
        let text = text_param(q, "text")?.map(str::to_lowercase);
        let order = match text_param(q, "order")? {
            None | Some("ascending" | "asc") => Order::Asc,
            Some("descending" | "desc") => Order::Desc,
            Some(o) => {
                return Err(format!(
                    "parameter `order` must be ascending or descending, got {o:?}"
                ))
            }
        };
        let sort = text_param(q, "column")?.map(|c| SortSpec {
            field: c.to_string(),
            order,
        });
        Ok(DataRequest {
            page,
            size,
            text,
            sort,
        })
    }

    fn from(&self) -> u64 {
        (self.page - 1).saturating_mul(self.size)
    }
}

/// The `getdata` answer's body.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct DataPage<'a> {
    elements: Vec<Record<'a>>,
    total_count: u64,
    total_pages: u64,
}

/// One page of a version's rows: without `text` through the `source` evaluator (a sort on
/// `column`), with it a scan of every row for the substring, then the same ordering
/// (`dsl::compare`, missing values last, ties in row order).
fn data_page(t: &Table, r: &DataRequest) -> Result<(u64, Vec<dsl::Hit>), String> {
    let Some(text) = &r.text else {
        let src = Source {
            from: Some(r.from()),
            size: Some(r.size),
            sort: r.sort.iter().cloned().collect(),
            ..Source::default()
        };
        let page = dsl::execute(t, &src)?;
        return Ok((page.total, page.hits));
    };
    if let Some(s) = &r.sort {
        if t.ds.fields.get(&s.field).is_none() {
            return Err(format!(
                "No mapping found for [{}] in order to sort on",
                s.field
            ));
        }
    }
    let mut hits: Vec<(u64, Option<serde_json::Value>)> = Vec::new();
    for row in 0..t.rows() {
        let rec = t.record(row);
        let found = rec
            .iter()
            .any(|(_, v)| dsl::text_of(v).to_lowercase().contains(text.as_str()));
        if found {
            let key = r.sort.as_ref().and_then(|s| {
                rec.iter()
                    .find(|(k, v)| *k == s.field && !v.is_null())
                    .map(|(_, v)| v.clone())
            });
            hits.push((row, key));
        }
    }
    if let Some(s) = &r.sort {
        hits.sort_by(|a, b| match (&a.1, &b.1) {
            (Some(x), Some(y)) => match s.order {
                Order::Asc => dsl::compare(x, y),
                Order::Desc => dsl::compare(y, x),
            },
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        });
    }
    let total = hits.len() as u64;
    let page = hits
        .into_iter()
        .skip(usize::try_from(r.from()).unwrap_or(usize::MAX))
        .take(r.size as usize)
        .map(|(row, _)| dsl::Hit {
            row,
            record: t.record(row),
        })
        .collect();
    Ok((total, page))
}

/// `GET /datasets/getdata?index=&version=&page=&count=&text=&column=&order=`
pub async fn getdata(State(st): State<St>, XhrQuery(q): XhrQuery) -> Response {
    let index = match text_param(&q, "index") {
        Ok(Some(i)) => i.to_string(),
        Ok(None) => return bad("parameter `index` is required".into()),
        Err(e) => return bad(e),
    };
    let version = match text_param(&q, "version") {
        Ok(v) => v.map(str::to_string),
        Err(e) => return bad(e),
    };
    let req = match DataRequest::parse(&q) {
        Ok(r) => r,
        Err(e) => return bad(e),
    };
    let (di, _, ver) = match locate(&st, &index, version.as_deref()) {
        Ok(x) => x,
        Err(r) => return r.into_response(),
    };
    let pretty = q.pretty();
    let st2 = st.clone();
    // A text filter reads every row: keep it off the async workers.
    let joined = tokio::task::spawn_blocking(move || {
        let t = Table {
            seed: &st2.seed,
            ds: &st2.seed.datasets[di],
            ver,
        };
        let (total, hits) = data_page(&t, &req)?;
        let body = DataPage {
            elements: hits
                .iter()
                .map(|h| Record {
                    row: &h.record,
                    meta: None,
                })
                .collect(),
            total_count: total,
            total_pages: total.div_ceil(req.size),
        };
        Ok::<String, String>(encode(&body, pretty))
    })
    .await;
    match joined {
        Ok(Ok(body)) => raw_json(body),
        Ok(Err(e)) => bad(e),
        Err(_) => error(StatusCode::INTERNAL_SERVER_ERROR, "query failed"),
    }
}
