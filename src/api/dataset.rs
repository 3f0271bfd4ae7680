//! Dataset endpoints the real portal has: `/meta/{index}/{version}`.

use super::{get_json, ApiError};
use opendata_core::url::encode;
use opendata_core::wire::Meta;

/// `GET /meta/{index}/{version}`: the passport metadata with the field list.
pub async fn meta(index: &str, version: &str) -> Result<Meta, ApiError> {
    get_json(&format!("/meta/{}/{}", encode(index), encode(version))).await
}
