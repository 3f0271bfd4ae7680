//! Dataset endpoints the real portal has: `/meta/{index}/{version}`.

use super::{get_json, get_json_latest, supersede, ApiError};
use opendata_core::source::Source;
use opendata_core::url::encode;
use opendata_core::wire::{DetailedResponse, Meta};

const GRID_SLOT: &str = "data-grid";

fn detailed_path(index: &str, version: &str, source: &Source) -> String {
    format!(
        "/api/detailed/{}/{}?source={}",
        encode(index),
        encode(version),
        encode(&source.to_string())
    )
}

/// `GET /api/detailed/{index}/{version}?source=`: records with the total (no key needed).
pub async fn detailed(
    index: &str,
    version: &str,
    source: &Source,
) -> Result<DetailedResponse, ApiError> {
    get_json(&detailed_path(index, version, source)).await
}

/// The Data tab's requests for the view state `key` (its URL query): only the latest view's
/// answers matter.
pub async fn grid_request(
    key: &str,
    index: &str,
    version: &str,
    source: &Source,
) -> Result<DetailedResponse, ApiError> {
    get_json_latest(GRID_SLOT, key, &detailed_path(index, version, source)).await
}

/// Aborts the Data tab's request in flight unless it is for the view state `key`.
pub fn supersede_grid(key: &str) {
    supersede(GRID_SLOT, key);
}

/// `GET /meta/{index}/{version}`: the passport metadata with the field list.
pub async fn meta(index: &str, version: &str) -> Result<Meta, ApiError> {
    get_json(&format!("/meta/{}/{}", encode(index), encode(version))).await
}
