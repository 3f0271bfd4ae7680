//! Catalogue endpoints: home counters, categories, agencies, dataset search and detail.

use super::{get_json, get_json_latest, supersede, ApiError};
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

const SEARCH_SLOT: &str = "catalogue-search";

fn search_path(q: &CatalogueQuery, lang: Lang, size: u32) -> String {
    format!("/api/portal/datasets{}", q.to_api_query(lang, size))
}

/// `GET /api/portal/datasets?…`: one page of the catalogue with facets.
pub async fn search(
    q: &CatalogueQuery,
    lang: Lang,
    size: u32,
) -> Result<DatasetSearchResponse, ApiError> {
    get_json(&search_path(q, lang, size)).await
}

/// The catalogue page's search: only the latest one matters (see [`supersede_search`]).
pub async fn search_latest(
    q: &CatalogueQuery,
    lang: Lang,
    size: u32,
) -> Result<DatasetSearchResponse, ApiError> {
    let path = search_path(q, lang, size);
    get_json_latest(SEARCH_SLOT, &path, &path).await
}

/// Aborts the catalogue page's search in flight unless it is for this state.
pub fn supersede_search(q: &CatalogueQuery, lang: Lang, size: u32) {
    supersede(SEARCH_SLOT, &search_path(q, lang, size));
}

/// `GET /api/portal/datasets/{apiUri}`.
pub async fn dataset(api_uri: &str) -> Result<DatasetDetail, ApiError> {
    get_json(&format!("/api/portal/datasets/{}", encode(api_uri))).await
}

/// `GET /api/portal/agencies`: every agency, central first.
pub async fn agencies() -> Result<Vec<opendata_core::wire::Agency>, ApiError> {
    get_json("/api/portal/agencies").await
}
