//! Community extension under `/api/portal` (not on data.egov.kz): applications for publishing
//! new datasets and the showcase of apps built on the portal's data. Read-only for now.

use super::ext::{facet_values, page_and_size, page_of, uniq, MAX_TEXT_CHARS};
use super::{error, json, QueryPairs, St};
use crate::search;
use crate::seed::community::{ApplicationSeed, ShowcaseAppSeed};
use crate::seed::{DatasetSeed, Seed};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use opendata_core::wire::{
    AgencyRef, AppFacets, ApplicationDetail, ApplicationFacets, ApplicationSearchResponse,
    ApplicationStatus, ApplicationSummary, AppsResponse, CategoryRef, CodeCount, DatasetRef,
    FacetValue, Names, Platform, ShowcaseApp,
};

/// The agency facet value for applications addressed to other organisations.
pub const OTHER_AGENCY: &str = "other";

pub fn dataset_ref(ds: &DatasetSeed) -> DatasetRef {
    DatasetRef {
        api_uri: ds.api_uri.clone(),
        names: ds.names.clone(),
    }
}

fn category_ref(seed: &Seed, c: usize) -> CategoryRef {
    CategoryRef {
        id: seed.categories[c].id.clone(),
        names: seed.categories[c].names.clone(),
    }
}

pub fn application_summary(seed: &Seed, a: &ApplicationSeed) -> ApplicationSummary {
    ApplicationSummary {
        id: a.id,
        title: a.title.clone(),
        description: a.description.clone(),
        lang: a.lang,
        category: category_ref(seed, a.category),
        gov_agency: a.agency.map(|i| AgencyRef {
            id: seed.agencies[i].id.clone(),
            names: seed.agencies[i].names.clone(),
            kind: seed.agencies[i].kind,
        }),
        other_organization: a.other_organization.clone(),
        status: a.status,
        votes: a.votes,
        created_date: a.created_date.clone(),
        answered_date: a.answered_date().map(str::to_string),
        voted: false,
    }
}

pub fn application_detail(seed: &Seed, a: &ApplicationSeed) -> ApplicationDetail {
    ApplicationDetail {
        summary: application_summary(seed, a),
        history: a.history.clone(),
        answer: a.answer.clone(),
        dataset: a.dataset.map(|d| dataset_ref(&seed.datasets[d])),
    }
}

pub fn showcase_app(seed: &Seed, a: &ShowcaseAppSeed) -> ShowcaseApp {
    ShowcaseApp {
        id: a.id,
        names: a.names.clone(),
        descriptions: a.descriptions.clone(),
        category: category_ref(seed, a.category),
        platforms: a.platforms.clone(),
        author: a.author.clone(),
        links: a.links.clone(),
        datasets: a
            .datasets
            .iter()
            .map(|&d| dataset_ref(&seed.datasets[d]))
            .collect(),
        created_date: a.created_date.clone(),
    }
}

// ---- applications ----------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AppSort {
    Votes,
    Newest,
    Answered,
}

struct ApplicationQuery {
    query: search::Query,
    statuses: Vec<ApplicationStatus>,
    categories: Vec<String>,
    agencies: Vec<String>,
    sort: AppSort,
    page: u32,
    size: u32,
}

fn parse_applications(q: &QueryPairs) -> Result<ApplicationQuery, String> {
    let text = q.one("text")?.unwrap_or("");
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(format!(
            "parameter `text` is longer than {MAX_TEXT_CHARS} characters"
        ));
    }
    let sort = match q.one("sort")? {
        None | Some("") | Some("votes") => AppSort::Votes,
        Some("newest") => AppSort::Newest,
        Some("answered") => AppSort::Answered,
        Some(s) => {
            return Err(format!(
                "parameter `sort` must be one of votes, newest, answered; got {s:?}"
            ))
        }
    };
    // Statuses are a closed set, so an unknown one is a mistake, not an empty filter.
    let statuses = uniq(q, "status")
        .iter()
        .map(|s| {
            ApplicationStatus::parse(s).ok_or_else(|| {
                format!(
                    "parameter `status` must be one of SUBMITTED, UNDER_REVIEW, ACCEPTED, SCHEDULED, PUBLISHED, REJECTED; got {s:?}"
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let (page, size) = page_and_size(q)?;
    Ok(ApplicationQuery {
        query: search::Query::parse(text),
        statuses,
        categories: uniq(q, "category"),
        agencies: uniq(q, "agency"),
        sort,
        page,
        size,
    })
}

/// Applications in result order (all pages) and the three facets.
fn run_applications(st: &St, p: &ApplicationQuery) -> (Vec<usize>, ApplicationFacets) {
    let seed = &st.seed;
    let cat_sel: Vec<Option<usize>> = p
        .categories
        .iter()
        .map(|id| seed.categories.iter().position(|c| &c.id == id))
        .collect();
    // `other` is its own bucket, not an agency id.
    let want_other = p.agencies.iter().any(|a| a == OTHER_AGENCY);
    let ag_ids: Vec<String> = p
        .agencies
        .iter()
        .filter(|a| *a != OTHER_AGENCY)
        .cloned()
        .collect();
    let ag_sel: Vec<Option<usize>> = ag_ids
        .iter()
        .map(|id| seed.agencies.iter().position(|a| &a.id == id))
        .collect();

    let in_status = |a: &ApplicationSeed| p.statuses.is_empty() || p.statuses.contains(&a.status);
    let in_cats = |a: &ApplicationSeed| {
        p.categories.is_empty() || cat_sel.iter().flatten().any(|&c| c == a.category)
    };
    let in_agencies = |a: &ApplicationSeed| {
        p.agencies.is_empty()
            || match a.agency {
                Some(i) => ag_sel.contains(&Some(i)),
                None => want_other,
            }
    };

    let mut status_counts = [0u64; ApplicationStatus::ALL.len()];
    let mut cat_counts = vec![0u64; seed.categories.len()];
    let mut ag_counts = vec![0u64; seed.agencies.len()];
    let mut other_count = 0u64;
    let mut results = Vec::new();
    // The catalogue's matcher; its scores are unused: applications sort by votes or dates.
    let text_hits: Option<Vec<bool>> = (!p.query.is_empty()).then(|| {
        let idx = &st.application_docs;
        let mut hit = vec![false; idx.len()];
        for (i, _) in idx.scores(&idx.matcher(&p.query)) {
            hit[i] = true;
        }
        hit
    });
    for (i, a) in seed.applications.iter().enumerate() {
        if text_hits
            .as_ref()
            .is_some_and(|h| !h.get(i).copied().unwrap_or(false))
        {
            continue;
        }
        let (s, c, g) = (in_status(a), in_cats(a), in_agencies(a));
        // Each facet is counted under the other two filters, never its own.
        if c && g {
            if let Some(k) = ApplicationStatus::ALL.iter().position(|x| *x == a.status) {
                status_counts[k] += 1;
            }
        }
        if s && g {
            cat_counts[a.category] += 1;
        }
        if s && c {
            match a.agency {
                Some(ai) => ag_counts[ai] += 1,
                None => other_count += 1,
            }
        }
        if s && c && g {
            results.push(i);
        }
    }

    // Statuses in lifecycle order (the UI shows them as steps), not by count.
    let statuses = ApplicationStatus::ALL
        .iter()
        .zip(status_counts)
        .filter(|(s, n)| *n > 0 || p.statuses.contains(s))
        .map(|(s, n)| CodeCount {
            id: s.as_str().to_string(),
            count: n,
        })
        .collect();
    let categories = facet_values(
        seed,
        search::facet(&cat_counts, &cat_sel, &p.categories),
        false,
    );
    let mut agencies = facet_values(seed, search::facet(&ag_counts, &ag_sel, &ag_ids), true);
    if other_count > 0 || want_other {
        agencies.push(FacetValue {
            id: OTHER_AGENCY.to_string(),
            names: Names::default(),
            kind: None,
            count: other_count,
        });
        // Stable: `other` goes after the agencies with the same count.
        agencies.sort_by_key(|f| std::cmp::Reverse(f.count));
    }

    let apps = &seed.applications;
    match p.sort {
        AppSort::Votes => results.sort_by(|&a, &b| {
            let (a, b) = (&apps[a], &apps[b]);
            b.votes
                .cmp(&a.votes)
                .then_with(|| b.created_date.cmp(&a.created_date))
                .then(a.id.cmp(&b.id))
        }),
        AppSort::Newest => results.sort_by(|&a, &b| {
            let (a, b) = (&apps[a], &apps[b]);
            b.created_date.cmp(&a.created_date).then(b.id.cmp(&a.id))
        }),
        // `Some` > `None`, so descending puts unanswered ones last.
        AppSort::Answered => results.sort_by(|&a, &b| {
            let (a, b) = (&apps[a], &apps[b]);
            b.answered_date()
                .cmp(&a.answered_date())
                .then_with(|| b.created_date.cmp(&a.created_date))
                .then(b.id.cmp(&a.id))
        }),
    }
    (
        results,
        ApplicationFacets {
            statuses,
            categories,
            agencies,
        },
    )
}

/// `GET /api/portal/applications`
pub async fn applications(State(st): State<St>, RawQuery(raw): RawQuery) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let p = match parse_applications(&q) {
        Ok(p) => p,
        Err(e) => return error(StatusCode::BAD_REQUEST, &e),
    };
    let (results, facets) = run_applications(&st, &p);
    let resp = ApplicationSearchResponse {
        total_count: results.len() as u64,
        page: p.page,
        size: p.size,
        applications: page_of(&results, p.page, p.size)
            .map(|i| application_summary(&st.seed, &st.seed.applications[i]))
            .collect(),
        facets,
    };
    json(StatusCode::OK, &resp, q.pretty())
}

/// `GET /api/portal/applications/{id}`
pub async fn application(
    State(st): State<St>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let found = id
        .parse::<u64>()
        .ok()
        .and_then(|n| st.seed.applications.iter().find(|a| a.id == n));
    match found {
        Some(a) => json(StatusCode::OK, &application_detail(&st.seed, a), q.pretty()),
        None => error(
            StatusCode::NOT_FOUND,
            &format!("application not found: {id}"),
        ),
    }
}

// ---- showcase apps ---------------------------------------------------------------------------

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
        categories: facet_values(
            seed,
            search::facet(&cat_counts, &cat_sel, &categories),
            false,
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
