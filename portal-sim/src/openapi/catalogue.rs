//! §3.1–§3.5: catalogue search with facets, a dataset, categories, agencies, the home-page
//! counters; and this document. The functions only carry `#[utoipa::path]`.
#![allow(dead_code)]

use super::{BadRequest, NotFound};
use opendata_core::url::Sort;
use opendata_core::wire::{Agency, Category, DatasetDetail, DatasetSearchResponse, Stats};
use opendata_core::Lang;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::RefOr;
use utoipa::{IntoParams, PartialSchema, ToSchema};

/// `page` and `size`, the same on every paged list.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct Paging {
    /// 1-based page number. Past the end: an empty page with the true `totalCount`.
    #[param(minimum = 1, default = json!(1))]
    page: Option<u32>,
    /// Page size.
    #[param(minimum = 1, maximum = 100, default = json!(20))]
    size: Option<u32>,
}

/// A dataset's `apiUri` in the path.
#[derive(IntoParams)]
#[into_params(names("apiUri"), parameter_in = Path)]
pub(super) struct ApiUri(#[param(example = "advokattar_tizimi14")] String);

/// The filters and order of §3.1.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
struct DatasetFilters {
    /// Free text: every word must match (AND) a dataset's names, keywords or descriptions in
    /// any of the three languages, in either script (`mektep` finds «мектеп»), in any word
    /// form; the last word also matches as a prefix. Blank: no text filter.
    #[param(max_length = 500)]
    text: Option<String>,
    /// Category ids, OR'ed (`category=a&category=b`).
    category: Option<Vec<String>>,
    /// Agency ids, OR'ed.
    agency: Option<Vec<String>>,
    /// The order. Default: `relevance` with text, else `newest`. `name` is A–Я in `lang`.
    #[param(inline)]
    sort: Option<DatasetSort>,
    /// The language of `sort=name` (text matching is the same in every language).
    #[param(default = json!("kk"))]
    lang: Option<Lang>,
}

/// The orders of §3.1, by hand: their spelling is `Sort::as_str`, not serde's.
struct DatasetSort;

impl PartialSchema for DatasetSort {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(Sort::ALL.map(Sort::as_str)))
            .into()
    }
}

impl ToSchema for DatasetSort {}

/// Catalogue search with facets (§3.1)
///
/// Datasets matching text AND any of the categories AND any of the agencies. With text each
/// dataset carries `matchedWords` (its own words that matched, for highlighting); without text
/// the key is absent. `facets.categories` is counted without the category filter,
/// `facets.agencies` without the agency filter; every selected value is listed, even at 0.
#[utoipa::path(
    get,
    path = "/api/portal/datasets",
    tag = "catalogue",
    params(DatasetFilters, Paging),
    responses(
        (status = 200, description = "One page of datasets and the facets", body = DatasetSearchResponse),
        (status = 400, response = BadRequest),
    )
)]
fn search_datasets() {}

/// A dataset (§3.2)
///
/// The summary fields of the search plus `responsible` and `versions` (oldest first). The
/// fields of a version come from the portal's `/meta/{apiUri}/{version}`.
#[utoipa::path(
    get,
    path = "/api/portal/datasets/{apiUri}",
    tag = "catalogue",
    params(ApiUri),
    responses(
        (status = 200, description = "The dataset", body = DatasetDetail),
        (status = 404, response = NotFound),
    )
)]
fn dataset() {}

/// Categories (§3.3)
///
/// Every category, in a fixed order, with its count of published datasets.
#[utoipa::path(
    get,
    path = "/api/portal/categories",
    tag = "catalogue",
    responses((status = 200, description = "The categories", body = Vec<Category>))
)]
fn categories() {}

/// Agencies (§3.4)
///
/// Central agencies first, then the akimats, then other organisations; those with no datasets
/// too.
#[utoipa::path(
    get,
    path = "/api/portal/agencies",
    tag = "catalogue",
    responses((status = 200, description = "The agencies", body = Vec<Agency>))
)]
fn agencies() {}

/// Home-page counters (§3.5)
///
/// `appsCount` and `publicationRequestsCount` are the unfiltered `totalCount`s of the apps and
/// the applications; submitted applications and requests for update count at once.
#[utoipa::path(
    get,
    path = "/api/portal/stats",
    tag = "catalogue",
    responses((status = 200, description = "The counters", body = Stats))
)]
fn stats() {}

/// This document (§3.17)
#[utoipa::path(
    get,
    path = "/api/portal/openapi.json",
    tag = "contract",
    responses((status = 200, description = "The OpenAPI 3.1 document", body = Object))
)]
fn openapi_json() {}
