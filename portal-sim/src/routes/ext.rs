//! Our catalogue extension under `/api/portal` (not on data.egov.kz): search with facets,
//! dataset detail, categories, agencies, home-page counters. Shapes are the wire types of
//! `opendata_core::wire`.

use super::{error, json, QueryPairs, St};
use crate::search::{self, Params};
use crate::seed::{DatasetSeed, Seed};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use opendata_core::url::Sort;
use opendata_core::wire::{
    Agency, AgencyRef, Category, CategoryRef, DatasetDetail, DatasetSummary, Stats, VersionInfo,
};
use opendata_core::Lang;

pub const DEFAULT_PAGE_SIZE: u32 = 20;
pub const MAX_PAGE_SIZE: u32 = 100;
pub use opendata_core::url::MAX_QUERY_TEXT;

/// The category at `c` as the wire types refer to it.
pub fn category_ref(seed: &Seed, c: usize) -> CategoryRef {
    CategoryRef {
        id: seed.categories[c].id.clone(),
        names: seed.categories[c].names.clone(),
    }
}

pub fn summary(seed: &Seed, ds: &DatasetSeed) -> DatasetSummary {
    let ag = &seed.agencies[ds.agency];
    DatasetSummary {
        id: ds.id,
        api_uri: ds.api_uri.clone(),
        names: ds.names.clone(),
        descriptions: ds.descriptions.clone(),
        keywords: ds.keywords.clone(),
        gov_agency: AgencyRef {
            id: ag.id.clone(),
            names: ag.names.clone(),
            kind: ag.kind,
        },
        categories: ds
            .categories
            .iter()
            .map(|&c| category_ref(seed, c))
            .collect(),
        status: "PUBLISHED".to_string(),
        created_date: ds.created_date.clone(),
        modified_date: ds.modified_date.clone(),
        views: ds.views,
        downloads: ds.downloads,
        actualize_type: ds.actualize_type,
        actual: ds.actual,
        last_version: ds.versions[ds.last_version()].name.clone(),
        matched_words: Vec::new(),
    }
}

pub fn detail(seed: &Seed, ds: &DatasetSeed) -> DatasetDetail {
    DatasetDetail {
        summary: summary(seed, ds),
        responsible: Some(ds.responsible.clone()),
        versions: ds
            .versions
            .iter()
            .map(|v| VersionInfo {
                version: v.name.clone(),
                created_date: v.created_date.clone(),
                rows_count: v.rows,
            })
            .collect(),
    }
}

/// `page` (≥ 1, default 1) and `size` (1…100, default 20), shared by every paged list.
pub fn page_and_size(q: &QueryPairs) -> Result<(u32, u32), String> {
    let number = |key: &str, default: u32, max: u32| -> Result<u32, String> {
        match q.one(key)? {
            None => Ok(default),
            Some(v) => match v.trim().parse::<u32>() {
                Ok(n) if n >= 1 && n <= max => Ok(n),
                _ => Err(format!(
                    "parameter `{key}` must be an integer from 1 to {max}, got {v:?}"
                )),
            },
        }
    };
    Ok((
        number("page", 1, u32::MAX)?,
        number("size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)?,
    ))
}

/// The distinct non-blank values of a repeatable parameter, in request order.
pub fn uniq(q: &QueryPairs, key: &str) -> Vec<String> {
    search::distinct(q.all(key))
}

struct SearchRequest {
    params: Params,
    page: u32,
    size: u32,
}

/// Reads and checks the search parameters; any bad one is a 400 with a message naming it.
fn parse_search(q: &QueryPairs) -> Result<SearchRequest, String> {
    let text = q.one("text")?.unwrap_or("");
    if text.chars().count() > MAX_QUERY_TEXT {
        return Err(format!(
            "parameter `text` is longer than {MAX_QUERY_TEXT} characters"
        ));
    }
    let query = search::Query::parse(text);
    let sort = match q.one("sort")? {
        None | Some("") => {
            if query.is_empty() {
                Sort::Newest
            } else {
                Sort::Relevance
            }
        }
        Some(s) => Sort::parse(s).ok_or_else(|| {
            format!(
                "parameter `sort` must be one of relevance, newest, updated, views, downloads, name; got {s:?}"
            )
        })?,
    };
    let (page, size) = page_and_size(q)?;
    let lang = match q.one("lang")? {
        None => Lang::Kk,
        Some(l) => Lang::from_prefix(l)
            .ok_or_else(|| format!("parameter `lang` must be kk, ru or en; got {l:?}"))?,
    };
    let categories = uniq(q, "category");
    let agencies = uniq(q, "agency");
    Ok(SearchRequest {
        params: Params {
            query,
            categories,
            agencies,
            sort,
            lang,
        },
        page,
        size,
    })
}

/// `GET /api/portal/datasets`
pub async fn datasets(State(st): State<St>, RawQuery(raw): RawQuery) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let req = match parse_search(&q) {
        Ok(r) => r,
        Err(e) => return error(StatusCode::BAD_REQUEST, &e),
    };
    let resp = search::respond(&*st.seed, &st.docs, &req.params, req.page, req.size);
    json(StatusCode::OK, &resp, q.pretty())
}

/// `GET /api/portal/datasets/{apiUri}`
pub async fn dataset(
    State(st): State<St>,
    Path(api_uri): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    match st.seed.dataset(&api_uri) {
        Some(ds) => json(StatusCode::OK, &detail(&st.seed, ds), q.pretty()),
        None => error(
            StatusCode::NOT_FOUND,
            &format!("dataset not found: {api_uri}"),
        ),
    }
}

/// `GET /api/portal/categories`
pub async fn categories(State(st): State<St>, RawQuery(raw): RawQuery) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let v: Vec<Category> = st
        .seed
        .categories
        .iter()
        .zip(st.category_counts.iter())
        .map(|(c, &n)| Category {
            id: c.id.clone(),
            names: c.names.clone(),
            datasets_count: n,
        })
        .collect();
    json(StatusCode::OK, &v, q.pretty())
}

/// `GET /api/portal/agencies`
pub async fn agencies(State(st): State<St>, RawQuery(raw): RawQuery) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let v: Vec<Agency> = st
        .seed
        .agencies
        .iter()
        .zip(st.agency_counts.iter())
        .map(|(a, &n)| Agency {
            id: a.id.clone(),
            names: a.names.clone(),
            fullnames: a.fullnames.clone(),
            kind: a.kind,
            datasets_count: n,
        })
        .collect();
    json(StatusCode::OK, &v, q.pretty())
}

pub fn stats_of(seed: &Seed) -> Stats {
    Stats {
        datasets_count: seed.datasets.len() as u64,
        actual_datasets_count: seed.datasets.iter().filter(|d| d.actual).count() as u64,
        apps_count: seed.apps.len() as u64,
        actualization_requests_count: seed.actualization_requests.len() as u64,
        publication_requests_count: seed.applications.len() as u64,
        views_count: seed.datasets.iter().map(|d| d.views).sum(),
        downloads_count: seed.datasets.iter().map(|d| d.downloads).sum(),
    }
}

/// `GET /api/portal/stats`: the seed's counts plus what citizens submitted here.
pub async fn stats(State(st): State<St>, RawQuery(raw): RawQuery) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let mut s = stats_of(&st.seed);
    let added = st
        .store
        .applications()
        .map(|a| a.len() as u64)
        .and_then(|apps| Ok((apps, st.store.new_requests_count()?)));
    match added {
        Ok((apps, requests)) => {
            s.publication_requests_count += apps;
            s.actualization_requests_count += requests;
        }
        Err(e) => return super::session::store_error(e),
    }
    json(StatusCode::OK, &s, q.pretty())
}
