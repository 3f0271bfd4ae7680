//! Dataset endpoints the real portal has: `/api/v4/mapping`, `/meta`, `/api/detailed`.

use super::{get_json, get_json_latest, supersede, ApiError};
use opendata_core::listing::split_keywords;
use opendata_core::source::Source;
use opendata_core::url::encode;
use opendata_core::wire::{
    ActualizeType, AgencyKind, AgencyRef, DatasetDetail, DatasetSummary, DetailedResponse,
    Keywords, Mapping, Meta, Names, VersionInfo,
};

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

/// `GET /api/v4/mapping/{index}`: the dataset's versions, oldest first (404: no such dataset).
pub async fn versions(index: &str) -> Result<Vec<String>, ApiError> {
    let m: Mapping = get_json(&format!("/api/v4/mapping/{}", encode(index))).await?;
    match m.versions() {
        v if v.is_empty() => Err(ApiError::NotFound),
        v => Ok(v),
    }
}

/// A dataset page's start, from the portal's own endpoints: its versions (mapping), and the
/// metadata of the version asked for (`None`: the latest), unless the dataset has no such
/// version. The catalogue's entry (agency, categories, counters) is asked for apart, after the
/// page has painted.
pub async fn open(index: &str, version: Option<&str>) -> Result<Opened, ApiError> {
    let versions = versions(index).await?;
    let latest = versions.last().cloned().unwrap_or_default();
    let version = version.map_or_else(|| latest.clone(), str::to_string);
    let meta = if versions.contains(&version) {
        Some(meta(index, &version).await?)
    } else {
        None
    };
    Ok(Opened {
        detail: detail(index, &versions, meta.as_ref()),
        version,
        meta,
    })
}

/// What [`open`] found.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub detail: DatasetDetail,
    /// The version shown.
    pub version: String,
    /// Its metadata; `None` for a version the dataset does not have.
    pub meta: Option<Meta>,
}

/// The dataset as far as `/meta` tells (names, descriptions, keywords, dates, the person
/// responsible); what only the catalogue knows stays empty.
pub fn detail(index: &str, versions: &[String], meta: Option<&Meta>) -> DatasetDetail {
    let m = meta.cloned();
    let keywords = Keywords {
        // `/meta` has one comma-separated list, Russian where there is one.
        keywords_ru: split_keywords(m.as_ref().and_then(|m| m.keywords.as_deref())),
        ..Default::default()
    };
    let current = m.as_ref().map(|m| m.version.clone());
    DatasetDetail {
        summary: DatasetSummary {
            id: 0,
            api_uri: index.to_string(),
            names: m.as_ref().map(|m| m.names.clone()).unwrap_or_default(),
            descriptions: m
                .as_ref()
                .map(|m| m.descriptions.clone())
                .unwrap_or_default(),
            keywords,
            gov_agency: AgencyRef {
                id: String::new(),
                names: Names::default(),
                kind: AgencyKind::Other,
            },
            categories: Vec::new(),
            status: String::new(),
            created_date: m
                .as_ref()
                .and_then(|m| m.created_date.clone())
                .unwrap_or_default(),
            modified_date: m
                .as_ref()
                .and_then(|m| m.modified_date.clone())
                .unwrap_or_default(),
            views: 0,
            downloads: 0,
            actualize_type: ActualizeType::default(),
            actual: false,
            last_version: versions.last().cloned().unwrap_or_default(),
            matched_words: Vec::new(),
        },
        responsible: m.as_ref().and_then(|m| m.responsible.clone()),
        versions: versions
            .iter()
            .map(|v| VersionInfo {
                version: v.clone(),
                // Only the shown version's publication date is known (its `/meta`).
                created_date: if Some(v) == current.as_ref() {
                    m.as_ref()
                        .and_then(|m| m.modified_date.clone())
                        .unwrap_or_default()
                } else {
                    String::new()
                },
                rows_count: 0,
            })
            .collect(),
    }
}
