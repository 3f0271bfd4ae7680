//! The catalogue's types: categories, agencies, dataset list items and the dataset detail,
//! facets, the home-page counters.

use super::de::wire_struct;
use super::names::{Descriptions, FullNames, Keywords, Names};
use serde::{Deserialize, Serialize};

/// What kind of publisher an agency is; the agency facet groups by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum AgencyKind {
    /// Ministries, agencies, committees of the central government.
    Central,
    /// Regional and city akimats.
    Regional,
    /// Quasi-state and other organisations.
    #[default]
    #[serde(other)]
    Other,
}

wire_struct! {
    /// `GET /api/portal/categories` item.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct Category {
        pub id: String,
        pub names: Names as flatten,
        /// Published datasets in this category.
        pub datasets_count: u64 = default,
    }
}

wire_struct! {
    /// `GET /api/portal/agencies` item.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct Agency {
        pub id: String,
        pub names: Names as flatten,
        pub fullnames: FullNames as flatten,
        pub kind: AgencyKind = default,
        pub datasets_count: u64 = default,
    }
}

wire_struct! {
    /// The owner agency as embedded in a dataset (`govAgency`).
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct AgencyRef {
        pub id: String,
        pub names: Names as flatten,
        pub kind: AgencyKind = default,
    }
}

wire_struct! {
    /// A category as embedded in a dataset.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct CategoryRef {
        pub id: String,
        pub names: Names as flatten,
    }
}

/// How often the owner promises to update a dataset (passport «Тип актуализации»).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ActualizeType {
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    HalfYear,
    Yearly,
    #[default]
    #[serde(other)]
    AsNeeded,
}

wire_struct! {
    /// A dataset in catalogue lists (`/api/portal/datasets`), in the portal's list-item shape.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct DatasetSummary {
        /// Numeric portal id.
        pub id: u64,
        /// The index the data lives under (`/api/v4/{apiUri}/...`).
        pub api_uri: String,
        pub names: Names as flatten,
        pub descriptions: Descriptions as flatten,
        pub keywords: Keywords as flatten,
        pub gov_agency: AgencyRef,
        pub categories: Vec<CategoryRef> = default,
        /// `PUBLISHED` for everything the catalogue lists.
        pub status: String = default,
        /// ISO 8601 local date-time (`2024-03-05T10:20:00`), Astana time.
        pub created_date: String,
        pub modified_date: String,
        pub views: u64 = default,
        pub downloads: u64 = default,
        pub actualize_type: ActualizeType = default,
        /// The passport's actuality status: updated as often as promised.
        pub actual: bool = default,
        /// The newest version (`v3`, or `data` for unversioned registers).
        pub last_version: String,
        /// Search results only: the surface words of this dataset's names, descriptions and
        /// keywords (any language), as they appear in the text, that matched the query's words, each
        /// once. For highlighting them case-insensitively; plain words, never HTML. Empty (and
        /// absent on the wire) without `text`.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub matched_words: Vec<String> = default,
    }
}

wire_struct! {
    /// One facet value with its count under the other facets' filters.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct FacetValue {
        pub id: String,
        pub names: Names as flatten,
        /// Only agencies carry a kind.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "openapi", schema(nullable = false))]
        pub kind: Option<AgencyKind>,
        pub count: u64,
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Facets {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub categories: Vec<FacetValue>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub agencies: Vec<FacetValue>,
}

/// `GET /api/portal/datasets` response.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct DatasetSearchResponse {
    pub total_count: u64,
    pub page: u32,
    pub size: u32,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub datasets: Vec<DatasetSummary>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub facets: Facets,
}

/// `GET /api/portal/stats`: the home-page counters, all computed from the catalogue and the
/// community data (never constants).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    pub datasets_count: u64,
    /// Datasets whose actuality status is "up to date".
    pub actual_datasets_count: u64,
    pub apps_count: u64,
    /// Requests for update (actualization) of existing datasets.
    pub actualization_requests_count: u64,
    /// Applications for publishing new datasets.
    pub publication_requests_count: u64,
    pub views_count: u64,
    pub downloads_count: u64,
}

impl Stats {
    /// Share of datasets up to date, in whole percent (rounded down so 99.6 % never shows 100 %).
    pub fn actual_percent(&self) -> u64 {
        (self.actual_datasets_count * 100)
            .checked_div(self.datasets_count)
            .unwrap_or(0)
    }
}

wire_struct! {
    /// The person responsible for a dataset (passport «Ответственное лицо»).
    #[derive(Clone, Debug, Default, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct Responsible {
        pub fullnames: FullNames as flatten,
        #[cfg_attr(feature = "openapi", schema(required))]
        pub phone: Option<String>,
        #[cfg_attr(feature = "openapi", schema(required))]
        pub email: Option<String>,
    }
}

/// A version of a dataset as listed by the catalogue's detail endpoint.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct VersionInfo {
    pub version: String,
    pub created_date: String,
    pub rows_count: u64,
}

wire_struct! {
    /// `GET /api/portal/datasets/{apiUri}`: a list item plus what the passport needs beyond `/meta`.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct DatasetDetail {
        pub summary: DatasetSummary as flatten,
        #[cfg_attr(feature = "openapi", schema(required))]
        pub responsible: Option<Responsible>,
        /// Oldest first.
        pub versions: Vec<VersionInfo> = default,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn summary_decodes_with_missing_optional_parts() {
        let v = json!({
            "id": 7, "apiUri": "s_ats", "nameRu": "АТС",
            "govAgency": {"id": "AVHtCLm5NUjQC95Q0fe0", "nameRu": "МЗ РК", "kind": "central"},
            "createdDate": "2020-01-01T00:00:00", "modifiedDate": "2021-01-01T00:00:00",
            "lastVersion": "data", "actualizeType": "SOMETHING_NEW"
        });
        let d: DatasetSummary = serde_json::from_value(v).unwrap();
        assert_eq!(d.names.name_kk, None);
        assert_eq!(d.actualize_type, ActualizeType::AsNeeded);
        assert!(d.categories.is_empty());
        assert_eq!(d.gov_agency.kind, AgencyKind::Central);
    }

    #[test]
    fn unknown_agency_kind_is_other() {
        let a: AgencyRef = serde_json::from_value(json!({"id": "x", "kind": "quasi"})).unwrap();
        assert_eq!(a.kind, AgencyKind::Other);
    }

    #[test]
    fn actual_percent_rounds_down_and_survives_zero() {
        let mut s = Stats {
            datasets_count: 1000,
            actual_datasets_count: 996,
            apps_count: 0,
            actualization_requests_count: 0,
            publication_requests_count: 0,
            views_count: 0,
            downloads_count: 0,
        };
        assert_eq!(s.actual_percent(), 99);
        s.datasets_count = 0;
        assert_eq!(s.actual_percent(), 0);
    }
}
