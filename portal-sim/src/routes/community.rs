//! Community extension under `/api/portal` (not on data.egov.kz): applications for publishing
//! new datasets (with votes and new applications from signed-in citizens, kept in the store)
//! and the showcase of apps built on the portal's data.

use super::account::{check_text, db, decode, field, invalid, tri, StatusMove};
use super::ext::{category_ref, page_and_size, uniq, MAX_QUERY_TEXT};
use super::session::{store_error, Changer, Viewer};
use super::{error, json, QueryPairs, St};
use crate::search;
use crate::seed::community::{ApplicationSeed, ShowcaseAppSeed};
use crate::seed::{DatasetSeed, Seed};
use crate::store::{now_after, now_iso, ApplicationChange, StoredApplication};
use axum::body::Bytes;
use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use opendata_core::account::{FieldCode, NewApplication, VoteState, MAX_TEXT, MAX_TITLE};
use opendata_core::search::page_of;
use opendata_core::url::Facet;
use opendata_core::wire::{
    AgencyRef, AppFacets, ApplicationDetail, ApplicationFacets, ApplicationSearchResponse,
    ApplicationStatus, ApplicationSummary, AppsResponse, CodeCount, DatasetRef, FacetValue, Names,
    Platform, ShowcaseApp, StatusChange,
};
use std::collections::{HashMap, HashSet};

/// The agency facet value for applications addressed to other organisations.
pub const OTHER_AGENCY: &str = "other";

pub fn dataset_ref(ds: &DatasetSeed) -> DatasetRef {
    DatasetRef {
        api_uri: ds.api_uri.clone(),
        names: ds.names.clone(),
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

// ---- live applications: the seed plus the store ----------------------------------------------

/// The longest name of another organisation, in characters.
pub const MAX_ORGANIZATION: usize = 200;

/// Applications as they stand now: the seeded ones (votes and status changes from the store
/// applied) followed by those submitted here, with the viewer's votes.
pub struct Live {
    pub apps: Vec<ApplicationSeed>,
    /// `apps[..seeded]` are the seed's, in seed order: the prebuilt text index covers them.
    pub seeded: usize,
    pub voted: HashSet<u64>,
}

impl Live {
    pub fn find(&self, id: &str) -> Option<&ApplicationSeed> {
        let n = id.parse::<u64>().ok()?;
        self.apps.iter().find(|a| a.id == n)
    }
    pub fn summary(&self, seed: &Seed, a: &ApplicationSeed) -> ApplicationSummary {
        let mut s = application_summary(seed, a);
        s.voted = self.voted.contains(&a.id);
        s
    }
    pub fn detail(&self, seed: &Seed, a: &ApplicationSeed) -> ApplicationDetail {
        let mut d = application_detail(seed, a);
        d.summary.voted = self.voted.contains(&a.id);
        d
    }
}

pub fn live_applications(st: &St, viewer: Option<u64>) -> Result<Live, rusqlite::Error> {
    let seed = &st.seed;
    let counts = st.store.vote_counts()?;
    let voted = match viewer {
        Some(u) => st.store.voted_by(u)?,
        None => HashSet::new(),
    };
    let mut changes: HashMap<u64, Vec<ApplicationChange>> = HashMap::new();
    for c in st.store.application_changes()? {
        changes.entry(c.application_id).or_default().push(c);
    }
    let mut apps = seed.applications.clone();
    let seeded = apps.len();
    for a in st.store.applications()? {
        // Checked when stored; a row the catalogue no longer knows is left out, not a 500.
        let Some(category) = seed.categories.iter().position(|c| c.id == a.category) else {
            continue;
        };
        let agency = match &a.agency {
            Some(id) => match seed.agencies.iter().position(|g| &g.id == id) {
                Some(i) => Some(i),
                None => continue,
            },
            None => None,
        };
        apps.push(ApplicationSeed {
            id: a.id,
            title: a.title,
            description: a.description,
            lang: a.lang,
            category,
            agency,
            other_organization: a.other_organization,
            status: ApplicationStatus::Submitted,
            votes: 0,
            created_date: a.created,
            history: Vec::new(),
            answer: None,
            dataset: None,
        });
    }
    for a in &mut apps {
        for c in changes.remove(&a.id).unwrap_or_default() {
            a.history.push(StatusChange {
                status: c.status,
                date: c.date,
            });
            a.status = c.status;
            if c.answer.is_some() {
                a.answer = c.answer;
            }
            if let Some(d) = c.dataset.and_then(|u| seed.dataset_index(&u)) {
                a.dataset = Some(d);
            }
        }
        a.votes += counts.get(&a.id).copied().unwrap_or(0);
    }
    Ok(Live {
        apps,
        seeded,
        voted,
    })
}

/// The lifecycle: submitted → under review → accepted | scheduled | rejected; accepted →
/// scheduled | published; scheduled → published.
pub fn can_move(from: ApplicationStatus, to: ApplicationStatus) -> bool {
    use ApplicationStatus::*;
    matches!(
        (from, to),
        (Submitted, UnderReview)
            | (UnderReview, Accepted | Scheduled | Rejected)
            | (Accepted, Scheduled | Published)
            | (Scheduled, Published)
    )
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
    if text.chars().count() > MAX_QUERY_TEXT {
        return Err(format!(
            "parameter `text` is longer than {MAX_QUERY_TEXT} characters"
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
fn run_applications(st: &St, live: &Live, p: &ApplicationQuery) -> (Vec<usize>, ApplicationFacets) {
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
    // Applications submitted here are few, so they get a small index of their own per query.
    let text_hits: Option<Vec<bool>> = (!p.query.is_empty()).then(|| {
        let mut hit = vec![false; live.apps.len()];
        let idx = &st.application_docs;
        for (i, _) in idx.scores(&idx.matcher(&p.query)) {
            hit[i] = true;
        }
        let extra = &live.apps[live.seeded..];
        if !extra.is_empty() {
            let small = search::Index::build(extra.iter().map(search::application_parts));
            for (i, _) in small.scores(&small.matcher(&p.query)) {
                hit[live.seeded + i] = true;
            }
        }
        hit
    });
    for (i, a) in live.apps.iter().enumerate() {
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
    let categories = search::facet_values(
        &**seed,
        Facet::Category,
        search::facet(&cat_counts, &cat_sel, &p.categories),
    );
    let mut agencies = search::facet_values(
        &**seed,
        Facet::Agency,
        search::facet(&ag_counts, &ag_sel, &ag_ids),
    );
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

    let apps = &live.apps;
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
pub async fn applications(
    State(st): State<St>,
    Extension(viewer): Extension<Viewer>,
    RawQuery(raw): RawQuery,
) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let p = match parse_applications(&q) {
        Ok(p) => p,
        Err(e) => return error(StatusCode::BAD_REQUEST, &e),
    };
    let live = db!(live_applications(&st, viewer.user_id()));
    let (results, facets) = run_applications(&st, &live, &p);
    let resp = ApplicationSearchResponse {
        total_count: results.len() as u64,
        page: p.page,
        size: p.size,
        applications: page_of(&results, p.page, p.size)
            .map(|i| live.summary(&st.seed, &live.apps[i]))
            .collect(),
        facets,
    };
    json(StatusCode::OK, &resp, q.pretty())
}

/// `GET /api/portal/applications/{id}`
pub async fn application(
    State(st): State<St>,
    Extension(viewer): Extension<Viewer>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let live = db!(live_applications(&st, viewer.user_id()));
    match live.find(&id) {
        Some(a) => json(StatusCode::OK, &live.detail(&st.seed, a), q.pretty()),
        None => application_not_found(&id),
    }
}

fn application_not_found(id: &str) -> Response {
    error(
        StatusCode::NOT_FOUND,
        &format!("application not found: {id}"),
    )
}

async fn change_vote(st: St, me: u64, id: String, on: bool) -> Response {
    let live = db!(live_applications(&st, Some(me)));
    let Some(a) = live.find(&id) else {
        return application_not_found(&id);
    };
    if matches!(
        a.status,
        ApplicationStatus::Published | ApplicationStatus::Rejected
    ) {
        return error(
            StatusCode::CONFLICT,
            "voting is closed for this application",
        );
    }
    let seeded = st
        .seed
        .applications
        .iter()
        .find(|s| s.id == a.id)
        .map_or(0, |s| s.votes);
    let stored = db!(st.store.vote(a.id, me, on));
    json(
        StatusCode::OK,
        &VoteState {
            votes: seeded + stored,
            voted: on,
        },
        false,
    )
}

/// `POST /api/portal/applications/{id}/vote`: idempotent.
pub async fn vote(State(st): State<St>, Changer(me): Changer, Path(id): Path<String>) -> Response {
    change_vote(st, me.user_id, id, true).await
}

/// `DELETE /api/portal/applications/{id}/vote`: withdrawing a vote never given is a no-op.
pub async fn unvote(
    State(st): State<St>,
    Changer(me): Changer,
    Path(id): Path<String>,
) -> Response {
    change_vote(st, me.user_id, id, false).await
}

/// `POST /api/portal/applications` (`NewApplication`): 201 with the `ApplicationDetail`.
pub async fn add_application(State(st): State<St>, Changer(me): Changer, body: Bytes) -> Response {
    let me = me.user_id;
    let n: NewApplication = tri!(decode(&body));
    let seed = &st.seed;
    let mut fields = Vec::new();
    let category = n.category.trim();
    if category.is_empty() {
        fields.push(field("category", FieldCode::Required));
    } else if !seed.categories.iter().any(|c| c.id == category) {
        fields.push(field("category", FieldCode::Unknown));
    }
    let title = check_text(&mut fields, "title", Some(&n.title), MAX_TITLE);
    let description = check_text(&mut fields, "description", Some(&n.description), MAX_TEXT);
    let blank = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let (agency, other) = (blank(&n.gov_agency), blank(&n.other_organization));
    match (&agency, &other) {
        (None, None) => fields.push(field("govAgency", FieldCode::Required)),
        // Exactly one addressee: the form offers an agency or another organisation.
        (Some(_), Some(_)) => fields.push(field("otherOrganization", FieldCode::Invalid)),
        (Some(a), None) => {
            if !seed.agencies.iter().any(|g| &g.id == a) {
                fields.push(field("govAgency", FieldCode::Unknown));
            }
        }
        (None, Some(o)) => {
            if opendata_core::account::too_long(o, MAX_ORGANIZATION) {
                fields.push(field("otherOrganization", FieldCode::TooLong));
            }
        }
    }
    if !fields.is_empty() {
        return invalid(fields);
    }
    let max_seeded = seed.applications.iter().map(|a| a.id).max().unwrap_or(0);
    let stored = StoredApplication {
        id: 0,
        user_id: me,
        category: category.to_string(),
        title,
        description,
        lang: n.lang,
        agency,
        other_organization: other,
        created: now_iso(),
    };
    let id = db!(st.store.add_application(max_seeded, &stored));
    let live = db!(live_applications(&st, Some(me)));
    match live.find(&id.to_string()) {
        Some(a) => json(StatusCode::CREATED, &live.detail(seed, a), false),
        None => error(StatusCode::INTERNAL_SERVER_ERROR, "application vanished"),
    }
}

/// `POST /__sim/applications/{id}/status` (stand-in only): moves an application along its
/// lifecycle, as the agency would.
pub async fn move_application(
    State(st): State<St>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let m: StatusMove = tri!(decode(&body));
    let Some(status) = ApplicationStatus::parse(&m.status) else {
        return error(
            StatusCode::BAD_REQUEST,
            &format!("unknown application status {:?}", m.status),
        );
    };
    let live = db!(live_applications(&st, None));
    let Some(a) = live.find(&id) else {
        return application_not_found(&id);
    };
    if !can_move(a.status, status) {
        return error(
            StatusCode::CONFLICT,
            &format!(
                "application {} cannot move from {} to {}",
                a.id,
                a.status.as_str(),
                status.as_str()
            ),
        );
    }
    let answer = m.answer();
    // Every status after review carries the agency's answer (docs §3.7).
    if status != ApplicationStatus::UnderReview && answer.is_none() && a.answer.is_none() {
        return error(
            StatusCode::BAD_REQUEST,
            &format!(
                "{} needs an answer (answerKk, answerRu or answerEn)",
                status.as_str()
            ),
        );
    }
    if let Some(u) = &m.dataset {
        if status != ApplicationStatus::Published || st.seed.dataset(u).is_none() {
            return error(
                StatusCode::BAD_REQUEST,
                &format!("`dataset` must be a known apiUri, and only for PUBLISHED; got {u:?}"),
            );
        }
    }
    let last = a
        .history
        .last()
        .map_or(a.created_date.as_str(), |h| h.date.as_str());
    let change = ApplicationChange {
        application_id: a.id,
        status,
        date: now_after(last),
        answer,
        dataset: m.dataset.clone(),
    };
    let app_id = a.id;
    if let Err(e) = st.store.add_application_change(&change) {
        return store_error(e);
    }
    let live = db!(live_applications(&st, None));
    match live.find(&app_id.to_string()) {
        Some(a) => json(StatusCode::OK, &live.detail(&st.seed, a), false),
        None => application_not_found(&id),
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
