//! Applications for publishing new datasets.

use super::{get_json, ApiError};
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
