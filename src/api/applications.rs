//! Applications for publishing new datasets.

use super::{get_json, send_json, send_json_taken, ApiError};
use opendata_core::account::{NewApplication, VoteState};
use opendata_core::url::ListQuery;
use opendata_core::wire::{ApplicationDetail, ApplicationSearchResponse};

/// `GET /api/portal/applications?…`.
pub async fn search(q: &ListQuery, size: u32) -> Result<ApplicationSearchResponse, ApiError> {
    get_json(&format!("/api/portal/applications{}", q.to_api_query(size))).await
}

/// `GET /api/portal/applications/{id}`.
pub async fn get(id: u64) -> Result<ApplicationDetail, ApiError> {
    get_json(&format!("/api/portal/applications/{id}")).await
}

/// `POST` (vote) or `DELETE` (withdraw) `/api/portal/applications/{id}/vote`.
pub async fn vote(id: u64, on: bool) -> Result<VoteState, ApiError> {
    send_json(
        if on { "POST" } else { "DELETE" },
        &format!("/api/portal/applications/{id}/vote"),
        None::<&()>,
    )
    .await
}

/// `POST /api/portal/applications`: the new application, as its detail; `None` when the portal
/// filed it but its answer could not be read (filing it again would make a duplicate).
pub async fn create(a: &NewApplication) -> Result<Option<ApplicationDetail>, ApiError> {
    send_json_taken("POST", "/api/portal/applications", Some(a)).await
}

/// Applications like the one being written (the new-application form's suggestions); only
/// the latest matters, so an older search still in flight is aborted.
pub async fn similar(text: &str) -> Result<ApplicationSearchResponse, ApiError> {
    let path = format!(
        "/api/portal/applications?text={}&size=5",
        opendata_core::url::encode(text)
    );
    super::get_json_latest("similar-applications", &path, &path).await
}
