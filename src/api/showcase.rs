//! The showcase of apps built on open data.

use super::{get_json, ApiError};
use opendata_core::url::{encode, ListQuery};
use opendata_core::wire::{AppsResponse, ShowcaseApp};

/// `GET /api/portal/apps?…`.
pub async fn search(q: &ListQuery, size: u32) -> Result<AppsResponse, ApiError> {
    get_json(&format!("/api/portal/apps{}", q.to_api_query(size))).await
}

/// `GET /api/portal/apps/{id}`.
pub async fn get(id: u64) -> Result<ShowcaseApp, ApiError> {
    get_json(&format!("/api/portal/apps/{id}")).await
}

/// `GET /api/portal/datasets/{apiUri}/apps`: the apps that use a dataset.
pub async fn for_dataset(api_uri: &str) -> Result<Vec<ShowcaseApp>, ApiError> {
    get_json(&format!("/api/portal/datasets/{}/apps", encode(api_uri))).await
}
