//! Showcase app endpoints: the list, one app and the apps that use a dataset.

use super::showcase_app;
use crate::routes::ext::{page_and_size, uniq};
use crate::routes::{error, json, QueryPairs, St};
use crate::search;
use crate::seed::community::ShowcaseAppSeed;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use opendata_core::search::page_of;
use opendata_core::url::Facet;
use opendata_core::wire::{AppFacets, AppsResponse, CodeCount, Platform, ShowcaseApp};

/// Newest first; ties by id, newest id first.
fn newest_first(apps: &[ShowcaseAppSeed], idx: &mut [usize]) {
    idx.sort_by(|&a, &b| {
        apps[b]
            .created_date
            .cmp(&apps[a].created_date)
            .then(apps[b].id.cmp(&apps[a].id))
    });
}

/// `GET /api/portal/apps`
pub async fn apps(State(st): State<St>, RawQuery(raw): RawQuery) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let parsed = (|| -> Result<_, String> {
        let platforms = uniq(&q, "platform")
            .iter()
            .map(|s| {
                Platform::parse(s).ok_or_else(|| {
                    format!("parameter `platform` must be one of web, android, ios; got {s:?}")
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let (page, size) = page_and_size(&q)?;
        Ok((uniq(&q, "category"), platforms, page, size))
    })();
    let (categories, platforms, page, size) = match parsed {
        Ok(x) => x,
        Err(e) => return error(StatusCode::BAD_REQUEST, &e),
    };
    let seed = &st.seed;
    let cat_sel: Vec<Option<usize>> = categories
        .iter()
        .map(|id| seed.categories.iter().position(|c| &c.id == id))
        .collect();
    let in_cats = |a: &ShowcaseAppSeed| {
        categories.is_empty() || cat_sel.iter().flatten().any(|&c| c == a.category)
    };
    let in_platforms = |a: &ShowcaseAppSeed| {
        platforms.is_empty() || a.platforms.iter().any(|p| platforms.contains(p))
    };
    let mut cat_counts = vec![0u64; seed.categories.len()];
    let mut plat_counts = [0u64; Platform::ALL.len()];
    let mut results = Vec::new();
    for (i, a) in seed.apps.iter().enumerate() {
        let (c, p) = (in_cats(a), in_platforms(a));
        if p {
            cat_counts[a.category] += 1;
        }
        if c {
            for pl in &a.platforms {
                if let Some(k) = Platform::ALL.iter().position(|x| x == pl) {
                    plat_counts[k] += 1;
                }
            }
        }
        if c && p {
            results.push(i);
        }
    }
    newest_first(&seed.apps, &mut results);
    let facets = AppFacets {
        categories: search::facet_values(
            &**seed,
            Facet::Category,
            search::facet(&cat_counts, &cat_sel, &categories),
        ),
        platforms: Platform::ALL
            .iter()
            .zip(plat_counts)
            .filter(|(pl, n)| *n > 0 || platforms.contains(pl))
            .map(|(pl, n)| CodeCount {
                id: pl.as_str().to_string(),
                count: n,
            })
            .collect(),
    };
    let resp = AppsResponse {
        total_count: results.len() as u64,
        page,
        size,
        apps: page_of(&results, page, size)
            .map(|i| showcase_app(seed, &seed.apps[i]))
            .collect(),
        facets,
    };
    json(StatusCode::OK, &resp, q.pretty())
}

/// `GET /api/portal/apps/{id}`
pub async fn app(
    State(st): State<St>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let found = id
        .parse::<u64>()
        .ok()
        .and_then(|n| st.seed.apps.iter().find(|a| a.id == n));
    match found {
        Some(a) => json(StatusCode::OK, &showcase_app(&st.seed, a), q.pretty()),
        None => error(StatusCode::NOT_FOUND, &format!("app not found: {id}")),
    }
}

/// `GET /api/portal/datasets/{apiUri}/apps`
pub async fn dataset_apps(
    State(st): State<St>,
    Path(api_uri): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let Some(d) = st.seed.dataset_index(&api_uri) else {
        return error(
            StatusCode::NOT_FOUND,
            &format!("dataset not found: {api_uri}"),
        );
    };
    let seed = &st.seed;
    let mut idx: Vec<usize> = (0..seed.apps.len())
        .filter(|&i| seed.apps[i].datasets.contains(&d))
        .collect();
    newest_first(&seed.apps, &mut idx);
    let v: Vec<ShowcaseApp> = idx
        .iter()
        .map(|&i| showcase_app(seed, &seed.apps[i]))
        .collect();
    json(StatusCode::OK, &v, q.pretty())
}
