//! The decoders of the catalogue's types.

use super::*;

#[derive(Deserialize)]
#[serde(rename = "Category", rename_all = "camelCase")]
pub struct CategoryDe {
    id: String,
    name_kk: Option<String>,
    name_ru: Option<String>,
    name_en: Option<String>,
    #[serde(default)]
    datasets_count: u64,
}
impl From<CategoryDe> for Category {
    fn from(d: CategoryDe) -> Self {
        Category {
            id: d.id,
            names: names(d.name_kk, d.name_ru, d.name_en),
            datasets_count: d.datasets_count,
        }
    }
}

#[derive(Deserialize)]
#[serde(rename = "Agency", rename_all = "camelCase")]
pub struct AgencyDe {
    id: String,
    name_kk: Option<String>,
    name_ru: Option<String>,
    name_en: Option<String>,
    fullname_kk: Option<String>,
    fullname_ru: Option<String>,
    fullname_en: Option<String>,
    #[serde(default)]
    kind: AgencyKind,
    #[serde(default)]
    datasets_count: u64,
}
impl From<AgencyDe> for Agency {
    fn from(d: AgencyDe) -> Self {
        Agency {
            id: d.id,
            names: names(d.name_kk, d.name_ru, d.name_en),
            fullnames: fullnames(d.fullname_kk, d.fullname_ru, d.fullname_en),
            kind: d.kind,
            datasets_count: d.datasets_count,
        }
    }
}

#[derive(Deserialize)]
#[serde(rename = "AgencyRef", rename_all = "camelCase")]
pub struct AgencyRefDe {
    id: String,
    name_kk: Option<String>,
    name_ru: Option<String>,
    name_en: Option<String>,
    #[serde(default)]
    kind: AgencyKind,
}
impl From<AgencyRefDe> for AgencyRef {
    fn from(d: AgencyRefDe) -> Self {
        AgencyRef {
            id: d.id,
            names: names(d.name_kk, d.name_ru, d.name_en),
            kind: d.kind,
        }
    }
}

#[derive(Deserialize)]
#[serde(rename = "CategoryRef", rename_all = "camelCase")]
pub struct CategoryRefDe {
    id: String,
    name_kk: Option<String>,
    name_ru: Option<String>,
    name_en: Option<String>,
}
impl From<CategoryRefDe> for CategoryRef {
    fn from(d: CategoryRefDe) -> Self {
        CategoryRef {
            id: d.id,
            names: names(d.name_kk, d.name_ru, d.name_en),
        }
    }
}

/// A struct with [`DatasetSummary`]'s wire fields, plus `$extra` fields.
macro_rules! summary_de {
    ($name:ident $wire:literal { $($extra:tt)* }) => {
        #[derive(Deserialize)]
        #[serde(rename = $wire, rename_all = "camelCase")]
        pub struct $name {
            id: u64,
            api_uri: String,
            name_kk: Option<String>,
            name_ru: Option<String>,
            name_en: Option<String>,
            description_kk: Option<String>,
            description_ru: Option<String>,
            description_en: Option<String>,
            #[serde(default)]
            keywords_kk: Vec<String>,
            #[serde(default)]
            keywords_ru: Vec<String>,
            #[serde(default)]
            keywords_en: Vec<String>,
            gov_agency: AgencyRef,
            #[serde(default)]
            categories: Vec<CategoryRef>,
            #[serde(default)]
            status: String,
            created_date: String,
            modified_date: String,
            #[serde(default)]
            views: u64,
            #[serde(default)]
            downloads: u64,
            #[serde(default)]
            actualize_type: ActualizeType,
            #[serde(default)]
            actual: bool,
            last_version: String,
            #[serde(default)]
            matched_words: Vec<String>,
            $($extra)*
        }
    };
}
/// The [`DatasetSummary`] out of a `summary_de!` struct.
macro_rules! summary {
    ($d:ident) => {
        DatasetSummary {
            id: $d.id,
            api_uri: $d.api_uri,
            names: names($d.name_kk, $d.name_ru, $d.name_en),
            descriptions: descriptions($d.description_kk, $d.description_ru, $d.description_en),
            keywords: Keywords {
                keywords_kk: $d.keywords_kk,
                keywords_ru: $d.keywords_ru,
                keywords_en: $d.keywords_en,
            },
            gov_agency: $d.gov_agency,
            categories: $d.categories,
            status: $d.status,
            created_date: $d.created_date,
            modified_date: $d.modified_date,
            views: $d.views,
            downloads: $d.downloads,
            actualize_type: $d.actualize_type,
            actual: $d.actual,
            last_version: $d.last_version,
            matched_words: $d.matched_words,
        }
    };
}

summary_de!(DatasetSummaryDe "DatasetSummary" {});
impl From<DatasetSummaryDe> for DatasetSummary {
    fn from(d: DatasetSummaryDe) -> Self {
        summary!(d)
    }
}

summary_de!(DatasetDetailDe "DatasetDetail" {
    #[serde(default)]
    responsible: Option<Responsible>,
    #[serde(default)]
    versions: Vec<VersionInfo>,
});
impl From<DatasetDetailDe> for DatasetDetail {
    fn from(d: DatasetDetailDe) -> Self {
        let (responsible, versions) = (d.responsible, d.versions);
        DatasetDetail {
            summary: summary!(d),
            responsible,
            versions,
        }
    }
}

#[derive(Deserialize)]
#[serde(rename = "FacetValue", rename_all = "camelCase")]
pub struct FacetValueDe {
    id: String,
    name_kk: Option<String>,
    name_ru: Option<String>,
    name_en: Option<String>,
    #[serde(default)]
    kind: Option<AgencyKind>,
    count: u64,
}
impl From<FacetValueDe> for FacetValue {
    fn from(d: FacetValueDe) -> Self {
        FacetValue {
            id: d.id,
            names: names(d.name_kk, d.name_ru, d.name_en),
            kind: d.kind,
            count: d.count,
        }
    }
}

#[derive(Deserialize)]
#[serde(rename = "Responsible", rename_all = "camelCase")]
pub struct ResponsibleDe {
    fullname_kk: Option<String>,
    fullname_ru: Option<String>,
    fullname_en: Option<String>,
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    email: Option<String>,
}
impl From<ResponsibleDe> for Responsible {
    fn from(d: ResponsibleDe) -> Self {
        Responsible {
            fullnames: fullnames(d.fullname_kk, d.fullname_ru, d.fullname_en),
            phone: d.phone,
            email: d.email,
        }
    }
}
