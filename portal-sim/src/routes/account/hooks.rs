//! The stand-in's test hooks: moving a request for update on (`StatusMove`), the code outbox.

use super::discussion::update_request;
use super::{db, decode, parse_id, tri};
use crate::routes::session::store_error;
use crate::routes::{error, json, St};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use opendata_core::account::RequestStatus;
use opendata_core::wire::AnswerTexts;
use serde::Deserialize;

/// The body of the stand-in's status hooks: `{"status":"IN_REVIEW","answerRu":"…"}`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StatusMove {
    pub status: String,
    #[serde(default)]
    pub answer_kk: Option<String>,
    #[serde(default)]
    pub answer_ru: Option<String>,
    #[serde(default)]
    pub answer_en: Option<String>,
    /// apiUri of the dataset that answers a published application.
    #[serde(default)]
    pub dataset: Option<String>,
}

impl StatusMove {
    /// The answer texts given (blank ones dropped), if any.
    pub fn answer(&self) -> Option<AnswerTexts> {
        let some = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let a = AnswerTexts {
            answer_kk: some(&self.answer_kk),
            answer_ru: some(&self.answer_ru),
            answer_en: some(&self.answer_en),
        };
        (a != AnswerTexts::default()).then_some(a)
    }
}

/// `POST /__sim/requests/{id}/status` (stand-in only): moves a request for update on, as the
/// agency would; an answer is required for ANSWERED and REJECTED.
pub async fn move_request(State(st): State<St>, Path(id): Path<String>, body: Bytes) -> Response {
    let m: StatusMove = tri!(decode(&body));
    let Some(status) = RequestStatus::parse(&m.status) else {
        return error(
            StatusCode::BAD_REQUEST,
            &format!("unknown request status {:?}", m.status),
        );
    };
    if m.dataset.is_some() {
        return error(
            StatusCode::BAD_REQUEST,
            "`dataset` is for applications only",
        );
    }
    let not_found = || error(StatusCode::NOT_FOUND, &format!("request not found: {id}"));
    let Some(n) = parse_id(&id) else {
        return not_found();
    };
    let Some(r) = db!(st.store.request(n)) else {
        return not_found();
    };
    if !r.status.can_move_to(status) {
        return error(
            StatusCode::CONFLICT,
            &format!(
                "request {n} cannot move from {} to {}",
                r.status.as_str(),
                status.as_str()
            ),
        );
    }
    let answer = m.answer();
    if matches!(status, RequestStatus::Answered | RequestStatus::Rejected) && answer.is_none() {
        return error(
            StatusCode::BAD_REQUEST,
            &format!(
                "{} needs an answer (answerKk, answerRu or answerEn)",
                status.as_str()
            ),
        );
    }
    let last = r
        .history
        .last()
        .map_or(r.created.as_str(), |h| h.1.as_str());
    db!(st.store.move_request(n, status, last, answer.as_ref()));
    match db!(st.store.request(n)) {
        Some(r) => json(StatusCode::OK, &update_request(r, None), false),
        None => not_found(),
    }
}

/// `GET /__sim/outbox` (stand-in only): every code sent, oldest first.
pub async fn outbox(State(st): State<St>) -> Response {
    json(StatusCode::OK, &db!(st.store.outbox()), false)
}
