//! Application endpoints: the list, one application, votes, new applications and the
//! stand-in's status moves.

use super::query::{parse_applications, run_applications};
use super::{can_move, live_applications, MAX_ORGANIZATION};
use crate::routes::account::{check_text, db, decode, field, invalid, tri, StatusMove};
use crate::routes::session::{store_error, Changer, Viewer};
use crate::routes::{error, json, QueryPairs, St};
use crate::store::{now_after, now_iso, ApplicationChange, StoredApplication};
use axum::body::Bytes;
use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use opendata_core::account::{FieldCode, NewApplication, VoteState, MAX_TEXT, MAX_TITLE};
use opendata_core::search::page_of;
use opendata_core::wire::{ApplicationSearchResponse, ApplicationStatus};

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
