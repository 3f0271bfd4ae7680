//! Catalogue endpoints: home counters, categories, agencies, dataset search and detail.

use super::{get_json, ApiError};
use opendata_core::url::{encode, CatalogueQuery};
use opendata_core::wire::{Category, DatasetDetail, DatasetSearchResponse, Stats};
use opendata_core::Lang;

/// `GET /api/portal/stats`.
pub async fn stats() -> Result<Stats, ApiError> {
    get_json("/api/portal/stats").await
}

/// `GET /api/portal/categories`.
pub async fn categories() -> Result<Vec<Category>, ApiError> {
    get_json("/api/portal/categories").await
}

/// `GET /api/portal/datasets?…`: one page of the catalogue with facets.
pub async fn search(
    q: &CatalogueQuery,
    lang: Lang,
    size: u32,
) -> Result<DatasetSearchResponse, ApiError> {
    get_json(&format!(
        "/api/portal/datasets{}",
        q.to_api_query(lang, size)
    ))
    .await
}

/// `GET /api/portal/datasets/{apiUri}`.
pub async fn dataset(api_uri: &str) -> Result<DatasetDetail, ApiError> {
    get_json(&format!("/api/portal/datasets/{}", encode(api_uri))).await
}
