//! The portal's own catalogue AJAX endpoints, served in both profiles (research §2.7, docs
//! §1.6–§1.8): `getdatasetsre` and `getdatasetsrecount` (a category or agency listing and its count),
//! `getdatasets` (the older list with its count) and `getdata` (the data tab's table).
//!
//! Their quirks are the portal's: JSON only for `X-Requested-With: XMLHttpRequest` (a plain
//! request gets an HTML page), at most 10 datasets or 20 rows a page whatever `count` asks, and
//! no version information in the list items (that comes from `/api/v4/mapping/{apiUri}`).

use super::ext::category_ref;
use super::portal::{encode, locate, raw_json, uint_param, Record};
use super::{error, json, portal_html, QueryPairs, St};
use crate::dsl::{self, Table};
use crate::seed::{DatasetSeed, Seed};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use opendata_core::listing::{
    agency_type, join_keywords, CountedListPage, ListCount, ListPage, ListedAgency, ListedCategory,
    ListedDataset,
};
use opendata_core::source::{Order, SortSpec, Source};
use opendata_core::wire::CategoryRef;
use std::cmp::Ordering;

/// The most datasets a list page holds, whatever `count` asks (research §2.7).
pub const LIST_PAGE_MAX: u64 = 10;
/// The most rows a `getdata` page holds (and its default `count`).
pub const DATA_PAGE_MAX: u64 = 20;

/// Did the page's script ask (`X-Requested-With: XMLHttpRequest`)? Else the portal answers HTML.
fn is_xhr(headers: &HeaderMap) -> bool {
    headers
        .get("x-requested-with")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("XMLHttpRequest"))
}

/// The query string's pairs, then a form-urlencoded body's (`GET|POST` take either).
fn params(raw: Option<&str>, body: &[u8]) -> QueryPairs {
    let mut q = QueryPairs::parse(raw);
    q.0.extend(form_urlencoded::parse(body).map(|(k, v)| (k.into_owned(), v.into_owned())));
    q
}

/// A non-blank single parameter.
fn text_param<'a>(q: &'a QueryPairs, key: &str) -> Result<Option<&'a str>, String> {
    Ok(q.one(key)?.map(str::trim).filter(|v| !v.is_empty()))
}

/// A 1-based integer parameter (`page`, `count`): absent or blank is `default`, 0 is a 400.
fn positive(q: &QueryPairs, key: &str, default: u64) -> Result<u64, String> {
    match uint_param(q, key)? {
        None => Ok(default),
        Some(0) => Err(format!("parameter `{key}` must be at least 1")),
        Some(n) => Ok(n),
    }
}

/// `status`, `byGovAgencyId`, `categoryId`. `datasetSortSelect`, `statusType` and anything
/// else are accepted and ignored.
struct Filter {
    status: Option<String>,
    agency: Option<String>,
    category: Option<String>,
}

impl Filter {
    fn parse(q: &QueryPairs) -> Result<Filter, String> {
        Ok(Filter {
            status: text_param(q, "status")?.map(str::to_string),
            agency: text_param(q, "byGovAgencyId")?.map(str::to_string),
            category: text_param(q, "categoryId")?.map(str::to_string),
        })
    }

    /// Every seeded dataset is published: another `status` matches nothing.
    fn matches(&self, seed: &Seed, ds: &DatasetSeed) -> bool {
        self.status.as_deref().is_none_or(|s| s == "PUBLISHED")
            && self
                .agency
                .as_deref()
                .is_none_or(|a| seed.agencies[ds.agency].id == a)
            && self
                .category
                .as_deref()
                .is_none_or(|c| ds.categories.iter().any(|&i| seed.categories[i].id == c))
    }

    /// The matching datasets, in catalogue order.
    fn run<'a>(&self, seed: &'a Seed) -> Vec<&'a DatasetSeed> {
        seed.datasets
            .iter()
            .filter(|ds| self.matches(seed, ds))
            .collect()
    }
}

/// `page` (1-based) of `all`, `count` a page but never more than [`LIST_PAGE_MAX`].
fn list_page(
    seed: &Seed,
    all: &[&DatasetSeed],
    q: &QueryPairs,
) -> Result<Vec<ListedDataset>, String> {
    let page = positive(q, "page", 1)?;
    let size = positive(q, "count", LIST_PAGE_MAX)?.min(LIST_PAGE_MAX);
    let start = (page - 1).saturating_mul(size);
    Ok(all
        .iter()
        .skip(usize::try_from(start).unwrap_or(usize::MAX))
        .take(size as usize)
        .map(|ds| listed(seed, ds))
        .collect())
}

/// A dataset as the portal's lists give it.
pub fn listed(seed: &Seed, ds: &DatasetSeed) -> ListedDataset {
    let ag = &seed.agencies[ds.agency];
    let k = &ds.keywords;
    let key_words = [&k.keywords_ru, &k.keywords_kk, &k.keywords_en]
        .into_iter()
        .find_map(|v| join_keywords(v));
    ListedDataset {
        id: ds.id,
        api_uri: ds.api_uri.clone(),
        names: ds.names.clone(),
        descriptions: ds.descriptions.clone(),
        gov_agency: ListedAgency {
            id: ag.id.clone(),
            names: ag.names.clone(),
            fullnames: ag.fullnames.clone(),
            kind: Some(agency_type(ag.kind).to_string()),
        },
        categories: ds
            .categories
            .iter()
            .map(|&c| {
                let CategoryRef { id, names } = category_ref(seed, c);
                ListedCategory { id, names }
            })
            .collect(),
        key_words,
        key_words_kk: join_keywords(&k.keywords_kk),
        key_words_ru: join_keywords(&k.keywords_ru),
        key_words_en: join_keywords(&k.keywords_en),
        status: "PUBLISHED".to_string(),
        created_date: ds.created_date.clone(),
        modified_date: ds.modified_date.clone(),
        views: ds.views,
        downloads: ds.downloads,
        actualize_type: ds.actualize_type,
        actual: ds.actual,
    }
}

/// The parameters of a script's request; `None` for a plain one (answered with the HTML page).
fn xhr_params(headers: &HeaderMap, raw: Option<&str>, body: &[u8]) -> Option<QueryPairs> {
    is_xhr(headers).then(|| params(raw, body))
}

/// The query of a script's `GET` (no body to read); a plain request is answered with the HTML
/// page instead.
pub struct XhrQuery(QueryPairs);

impl FromRequestParts<St> for XhrQuery {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &St) -> Result<Self, Self::Rejection> {
        xhr_params(&parts.headers, parts.uri.query(), &[])
            .map(XhrQuery)
            .ok_or_else(|| portal_html(StatusCode::OK))
    }
}

fn bad(e: String) -> Response {
    error(StatusCode::BAD_REQUEST, &e)
}

/// The parameters of a script's `GET|POST` (the query, then a form body); a plain request is
/// answered with the HTML page instead.
pub struct XhrParams(QueryPairs);

impl FromRequest<St> for XhrParams {
    type Rejection = Response;

    async fn from_request(req: Request, st: &St) -> Result<Self, Self::Rejection> {
        let headers = req.headers().clone();
        let raw = req.uri().query().map(str::to_string);
        let body = Bytes::from_request(req, st)
            .await
            .map_err(IntoResponse::into_response)?;
        xhr_params(&headers, raw.as_deref(), &body)
            .map(XhrParams)
            .ok_or_else(|| portal_html(StatusCode::OK))
    }
}

/// A script's filtered list (`getdatasetsre`, `getdatasetsrecount`): 400 for a bad filter,
/// else what `answer` makes of the datasets that pass it.
fn filtered(
    st: &St,
    q: &QueryPairs,
    answer: impl FnOnce(&[&DatasetSeed]) -> Result<Response, String>,
) -> Response {
    match Filter::parse(q) {
        Ok(f) => answer(&f.run(&st.seed)).unwrap_or_else(bad),
        Err(e) => bad(e),
    }
}

/// `GET|POST /datasets/getdatasetsre`
pub async fn getdatasetsre(State(st): State<St>, XhrParams(q): XhrParams) -> Response {
    filtered(&st, &q, |all| {
        let datasets = list_page(&st.seed, all, &q)?;
        Ok(json(StatusCode::OK, &ListPage { datasets }, q.pretty()))
    })
}

/// `GET|POST /datasets/getdatasetsrecount`
pub async fn getdatasetsrecount(State(st): State<St>, XhrParams(q): XhrParams) -> Response {
    filtered(&st, &q, |all| {
        let total_count = all.len() as u64;
        Ok(json(StatusCode::OK, &ListCount { total_count }, q.pretty()))
    })
}

/// `GET /datasets/getdatasets?page=&count=&byGovAgencies=&byExternalUsers=&sortBy=`: every
/// dataset, newest first with `sortBy=createdDateDesc`, else in catalogue order.
pub async fn getdatasets(State(st): State<St>, XhrQuery(q): XhrQuery) -> Response {
    let mut all: Vec<&DatasetSeed> = st.seed.datasets.iter().collect();
    match text_param(&q, "sortBy") {
        Ok(Some("createdDateDesc")) => all.sort_by(|a, b| b.created_date.cmp(&a.created_date)),
        Ok(_) => {}
        Err(e) => return bad(e),
    }
    match list_page(&st.seed, &all, &q) {
        Ok(datasets) => json(
            StatusCode::OK,
            &CountedListPage {
                total_count: all.len() as u64,
                datasets,
            },
            q.pretty(),
        ),
        Err(e) => bad(e),
    }
}

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
