//! Wire types: the JSON the portal (and its stand-in) sends, as `docs/portal-api.md` describes it.
//!
//! Portal naming style throughout: `nameKk/nameRu/nameEn`, `createdDate`, camelCase keys.
//! Optional names are `Option` because the real portal has datasets without an English or a
//! Kazakh name; decoders never fail on a missing translation.

use crate::lang::Lang;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Picks the text for `lang` from three optional translations, falling back in the portal's order.
/// Returns the text and the language it is really in (so the UI can mark a fallback with `lang`).
/// Empty and whitespace-only strings count as missing.
pub fn pick<'a>(
    lang: Lang,
    kk: Option<&'a str>,
    ru: Option<&'a str>,
    en: Option<&'a str>,
) -> Option<(&'a str, Lang)> {
    lang.fallback_order().into_iter().find_map(|l| {
        let v = match l {
            Lang::Kk => kk,
            Lang::Ru => ru,
            Lang::En => en,
        };
        v.filter(|s| !s.trim().is_empty()).map(|s| (s, l))
    })
}

/// A text in the three languages, flattened into the owning object as `{prefix}Kk/Ru/En`, with
/// `pick` choosing the UI language and falling back in the portal's order.
macro_rules! trilingual {
    ($(#[$doc:meta])* $name:ident { $kk:ident, $ru:ident, $en:ident }) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[cfg_attr(feature = "openapi", schema(nullable = false))]
            pub $kk: Option<String>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[cfg_attr(feature = "openapi", schema(nullable = false))]
            pub $ru: Option<String>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[cfg_attr(feature = "openapi", schema(nullable = false))]
            pub $en: Option<String>,
        }

        impl $name {
            pub fn pick(&self, lang: Lang) -> Option<(&str, Lang)> {
                pick(lang, self.$kk.as_deref(), self.$ru.as_deref(), self.$en.as_deref())
            }

            /// The same, trimmed, with blank translations (`""`, white space) made absent.
            pub fn without_blanks(&self) -> Self {
                let keep = |s: &Option<String>| {
                    s.as_deref()
                        .map(str::trim)
                        .filter(|t| !t.is_empty())
                        .map(str::to_string)
                };
                $name {
                    $kk: keep(&self.$kk),
                    $ru: keep(&self.$ru),
                    $en: keep(&self.$en),
                }
            }
        }
    };
}

trilingual!(
    /// The three translations of a name (`nameKk/nameRu/nameEn`).
    Names { name_kk, name_ru, name_en }
);
trilingual!(
    /// Descriptions (`descriptionKk/descriptionRu/descriptionEn`).
    Descriptions { description_kk, description_ru, description_en }
);
trilingual!(
    /// Full (official) names (`fullnameKk/fullnameRu/fullnameEn`).
    FullNames { fullname_kk, fullname_ru, fullname_en }
);
trilingual!(
    /// An agency's answer, in the languages the agency wrote it in (`answerKk/Ru/En`).
    AnswerTexts { answer_kk, answer_ru, answer_en }
);

impl Names {
    pub fn new(kk: &str, ru: &str, en: &str) -> Self {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Names {
            name_kk: some(kk),
            name_ru: some(ru),
            name_en: some(en),
        }
    }
}

/// Keyword lists per language, flattened as `keywordsKk/keywordsRu/keywordsEn`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Keywords {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub keywords_kk: Vec<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub keywords_ru: Vec<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub keywords_en: Vec<String>,
}

impl Keywords {
    /// The keywords in `lang`, else in the first fallback language that has any.
    pub fn pick(&self, lang: Lang) -> (&[String], Lang) {
        for l in lang.fallback_order() {
            let v = match l {
                Lang::Kk => &self.keywords_kk,
                Lang::Ru => &self.keywords_ru,
                Lang::En => &self.keywords_en,
            };
            if !v.is_empty() {
                return (v, l);
            }
        }
        (&[], lang)
    }
}

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

/// `GET /api/portal/categories` item.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Category {
    pub id: String,
    #[serde(flatten)]
    pub names: Names,
    /// Published datasets in this category.
    pub datasets_count: u64,
}

/// `GET /api/portal/agencies` item.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Agency {
    pub id: String,
    #[serde(flatten)]
    pub names: Names,
    #[serde(flatten)]
    pub fullnames: FullNames,
    pub kind: AgencyKind,
    pub datasets_count: u64,
}

/// The owner agency as embedded in a dataset (`govAgency`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AgencyRef {
    pub id: String,
    #[serde(flatten)]
    pub names: Names,
    pub kind: AgencyKind,
}

/// A category as embedded in a dataset.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct CategoryRef {
    pub id: String,
    #[serde(flatten)]
    pub names: Names,
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

/// A dataset in catalogue lists (`/api/portal/datasets`), in the portal's list-item shape.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct DatasetSummary {
    /// Numeric portal id.
    pub id: u64,
    /// The index the data lives under (`/api/v4/{apiUri}/...`).
    pub api_uri: String,
    #[serde(flatten)]
    pub names: Names,
    #[serde(flatten)]
    pub descriptions: Descriptions,
    #[serde(flatten)]
    pub keywords: Keywords,
    pub gov_agency: AgencyRef,
    pub categories: Vec<CategoryRef>,
    /// `PUBLISHED` for everything the catalogue lists.
    pub status: String,
    /// ISO 8601 local date-time (`2024-03-05T10:20:00`), Astana time.
    pub created_date: String,
    pub modified_date: String,
    pub views: u64,
    pub downloads: u64,
    pub actualize_type: ActualizeType,
    /// The passport's actuality status: updated as often as promised.
    pub actual: bool,
    /// The newest version (`v3`, or `data` for unversioned registers).
    pub last_version: String,
    /// Search results only: the surface words of this dataset's names, descriptions and
    /// keywords (any language), as they appear in the text, that matched the query's words, each
    /// once. For highlighting them case-insensitively; plain words, never HTML. Empty (and
    /// absent on the wire) without `text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub matched_words: Vec<String>,
}

/// One facet value with its count under the other facets' filters.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct FacetValue {
    pub id: String,
    #[serde(flatten)]
    pub names: Names,
    /// Only agencies carry a kind.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(nullable = false))]
    pub kind: Option<AgencyKind>,
    pub count: u64,
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

/// The person responsible for a dataset (passport «Ответственное лицо»).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Responsible {
    #[serde(flatten)]
    pub fullnames: FullNames,
    #[cfg_attr(feature = "openapi", schema(required))]
    pub phone: Option<String>,
    #[cfg_attr(feature = "openapi", schema(required))]
    pub email: Option<String>,
}

/// One field of a dataset, as in `/meta` (`fields.{name}`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldMeta {
    /// `String`, `Int`, `Double`, `Date`, `Datetime` or `Boolean`.
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub pk: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_kk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_ru: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    /// Date format for date fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
}

impl FieldMeta {
    pub fn label(&self, lang: Lang) -> Option<(&str, Lang)> {
        pick(
            lang,
            self.label_kk.as_deref(),
            self.label_ru.as_deref(),
            self.label_en.as_deref(),
        )
    }
}

/// A JSON object whose key order matters (field order is column order), kept as a list.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct OrderedMap<V>(pub Vec<(String, V)>);

impl<V> OrderedMap<V> {
    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<V: Serialize> Serialize for OrderedMap<V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for OrderedMap<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V2<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for V2<V> {
            type Value = OrderedMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::with_capacity(m.size_hint().unwrap_or(0));
                while let Some((k, v)) = m.next_entry::<String, V>()? {
                    out.push((k, v));
                }
                Ok(OrderedMap(out))
            }
        }
        d.deserialize_map(V2(std::marker::PhantomData))
    }
}

/// `GET /meta/{index}/{version}`: the dataset's passport metadata, in the publication format of
/// `/pages/format` plus the keys clients are seen reading.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    pub api_uri: String,
    #[serde(flatten)]
    pub names: Names,
    #[serde(flatten)]
    pub descriptions: Descriptions,
    /// Comma-separated keywords, as the publication format has them.
    #[serde(default)]
    pub keywords: Option<String>,
    #[serde(default)]
    pub responsible: Option<Responsible>,
    /// The dataset's full name (clients read `fullnameKk/fullnameRu`).
    #[serde(flatten)]
    pub fullnames: FullNames,
    pub version: String,
    #[serde(default)]
    pub created_date: Option<String>,
    #[serde(default)]
    pub modified_date: Option<String>,
    pub fields: OrderedMap<FieldMeta>,
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

/// `GET /api/portal/datasets/{apiUri}`: a list item plus what the passport needs beyond `/meta`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct DatasetDetail {
    #[serde(flatten)]
    pub summary: DatasetSummary,
    #[cfg_attr(feature = "openapi", schema(required))]
    pub responsible: Option<Responsible>,
    /// Oldest first.
    pub versions: Vec<VersionInfo>,
}

/// A dataset as referenced from elsewhere (an app that uses it, a published application).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct DatasetRef {
    pub api_uri: String,
    #[serde(flatten)]
    pub names: Names,
}

/// Where an application for publication stands. Submitted → under review → accepted or
/// scheduled → published (with a link to the dataset), or rejected with the reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ApplicationStatus {
    Submitted,
    UnderReview,
    Accepted,
    Scheduled,
    Published,
    Rejected,
}

impl ApplicationStatus {
    pub const ALL: [ApplicationStatus; 6] = [
        ApplicationStatus::Submitted,
        ApplicationStatus::UnderReview,
        ApplicationStatus::Accepted,
        ApplicationStatus::Scheduled,
        ApplicationStatus::Published,
        ApplicationStatus::Rejected,
    ];
    /// The wire and URL spelling (`UNDER_REVIEW`).
    pub fn as_str(self) -> &'static str {
        match self {
            ApplicationStatus::Submitted => "SUBMITTED",
            ApplicationStatus::UnderReview => "UNDER_REVIEW",
            ApplicationStatus::Accepted => "ACCEPTED",
            ApplicationStatus::Scheduled => "SCHEDULED",
            ApplicationStatus::Published => "PUBLISHED",
            ApplicationStatus::Rejected => "REJECTED",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// An application for publishing a new dataset (`/api/portal/applications` list item). The
/// title and description are the citizen's own words, in one language (`lang`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ApplicationSummary {
    pub id: u64,
    pub title: String,
    pub description: String,
    /// The language the citizen wrote in.
    pub lang: Lang,
    pub category: CategoryRef,
    /// The agency asked to publish; null when the application is addressed to another
    /// organisation (`otherOrganization`).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub gov_agency: Option<AgencyRef>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub other_organization: Option<String>,
    pub status: ApplicationStatus,
    pub votes: u64,
    pub created_date: String,
    /// When the agency last answered (moved the status on), if it has.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub answered_date: Option<String>,
    /// The signed-in citizen has voted for it (always false when signed out).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub voted: bool,
}

/// One step of an application's status history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct StatusChange {
    pub status: ApplicationStatus,
    pub date: String,
}

/// `GET /api/portal/applications/{id}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ApplicationDetail {
    #[serde(flatten)]
    pub summary: ApplicationSummary,
    /// Oldest first; the last entry is the current status.
    pub history: Vec<StatusChange>,
    /// The agency's answer (for accepted, scheduled, published and rejected applications).
    #[cfg_attr(feature = "openapi", schema(required))]
    pub answer: Option<AnswerTexts>,
    /// For published applications: the dataset that answers it.
    #[cfg_attr(feature = "openapi", schema(required))]
    pub dataset: Option<DatasetRef>,
}

/// A facet value without names (statuses, platforms): the UI names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CodeCount {
    pub id: String,
    pub count: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ApplicationFacets {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub statuses: Vec<CodeCount>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub categories: Vec<FacetValue>,
    /// Agencies, plus the value `other` (no names) for other organisations.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub agencies: Vec<FacetValue>,
}

/// `GET /api/portal/applications` response.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ApplicationSearchResponse {
    pub total_count: u64,
    pub page: u32,
    pub size: u32,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub applications: Vec<ApplicationSummary>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub facets: ApplicationFacets,
}

/// Where a showcase app runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Web,
    Android,
    Ios,
}

impl Platform {
    pub const ALL: [Platform; 3] = [Platform::Web, Platform::Android, Platform::Ios];
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Web => "web",
            Platform::Android => "android",
            Platform::Ios => "ios",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// Where to get an app on one platform.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AppLink {
    pub platform: Platform,
    pub url: String,
}

/// An app or service built on the portal's data (`/api/portal/apps`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ShowcaseApp {
    pub id: u64,
    #[serde(flatten)]
    pub names: Names,
    #[serde(flatten)]
    pub descriptions: Descriptions,
    pub category: CategoryRef,
    pub platforms: Vec<Platform>,
    /// The developer (a person, a company or a team).
    pub author: String,
    pub links: Vec<AppLink>,
    /// The datasets the app uses.
    pub datasets: Vec<DatasetRef>,
    pub created_date: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AppFacets {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub categories: Vec<FacetValue>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub platforms: Vec<CodeCount>,
}

/// `GET /api/portal/apps` response.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AppsResponse {
    pub total_count: u64,
    pub page: u32,
    pub size: u32,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub apps: Vec<ShowcaseApp>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub facets: AppFacets,
}

/// `GET /api/detailed/{index}/{version}?source=`: one page of records with the total.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DetailedResponse {
    pub total_count: u64,
    /// Records: flat objects keyed by field name, plus `_id` and `_index`.
    #[serde(default)]
    pub data: Vec<serde_json::Map<String, serde_json::Value>>,
}

/// The portal's error body: every non-2xx JSON answer is an object with an `error` key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: String,
}

/// `GET /api/v4/mapping/{index}`: `{"<index>":{"mappings":{"v1":{…},"v2":{…}}}}`, one key per
/// version, oldest first. Only the version names are read (the field list is `/meta`'s).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Mapping(OrderedMap<MappingIndex>);

#[derive(Clone, Debug, PartialEq, Deserialize)]
struct MappingIndex {
    mappings: OrderedMap<serde::de::IgnoredAny>,
}

impl Mapping {
    /// The versions, oldest first (`v2` before `v10`, whatever order the answer has).
    pub fn versions(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .0
            .iter()
            .flat_map(|(_, i)| i.mappings.keys().map(str::to_string))
            .collect();
        let number = |s: &str| s.strip_prefix('v').and_then(|n| n.parse::<u32>().ok());
        // Numbered versions by number; any other (`data`) after them, in the answer's order.
        v.sort_by_key(|s| (number(s).is_none(), number(s)));
        v.dedup();
        v
    }
}

/// The decoders of the types above that flatten [`Names`] and friends: the same JSON, read
/// through one plain struct each instead of `#[serde(flatten)]` (which buffers every object
/// into serde's generic `Content` first and costs the web app's wasm far more code).
/// Serialization stays derived with `flatten`. Each `…De` lists the owner's fields with the
/// flattened ones spelled out; keep them in step with the public struct.
pub(crate) mod de {
    use super::*;
    use serde::forward_to_deserialize_any;

    /// Makes a derived decoder read only a JSON object (`deserialize_map`), as the `flatten`
    /// decoders did: a derived struct decoder would also take an array.
    pub(crate) struct MapOnly<D>(pub D);

    impl<'de, D: Deserializer<'de>> Deserializer<'de> for MapOnly<D> {
        type Error = D::Error;
        fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, D::Error> {
            self.0.deserialize_any(v)
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            _: &'static [&'static str],
            v: V,
        ) -> Result<V::Value, D::Error> {
            self.0.deserialize_map(v)
        }
        forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }

    /// `Deserialize` for each public type through its `…De` struct.
    macro_rules! via {
        ($($t:ident <- $de:ident),* $(,)?) => {$(
            impl<'de> Deserialize<'de> for $t {
                fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    $de::deserialize(MapOnly(d)).map(Into::into)
                }
            }
        )*};
    }
    via!(
        Category <- CategoryDe,
        Agency <- AgencyDe,
        AgencyRef <- AgencyRefDe,
        CategoryRef <- CategoryRefDe,
        DatasetSummary <- DatasetSummaryDe,
        DatasetDetail <- DatasetDetailDe,
        FacetValue <- FacetValueDe,
        Responsible <- ResponsibleDe,
        Meta <- MetaDe,
        DatasetRef <- DatasetRefDe,
        ApplicationDetail <- ApplicationDetailDe,
        ShowcaseApp <- ShowcaseAppDe,
    );

    fn names(kk: Option<String>, ru: Option<String>, en: Option<String>) -> Names {
        Names {
            name_kk: kk,
            name_ru: ru,
            name_en: en,
        }
    }
    fn descriptions(kk: Option<String>, ru: Option<String>, en: Option<String>) -> Descriptions {
        Descriptions {
            description_kk: kk,
            description_ru: ru,
            description_en: en,
        }
    }
    fn fullnames(kk: Option<String>, ru: Option<String>, en: Option<String>) -> FullNames {
        FullNames {
            fullname_kk: kk,
            fullname_ru: ru,
            fullname_en: en,
        }
    }

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

    #[derive(Deserialize)]
    #[serde(rename = "Meta", rename_all = "camelCase")]
    pub struct MetaDe {
        api_uri: String,
        name_kk: Option<String>,
        name_ru: Option<String>,
        name_en: Option<String>,
        description_kk: Option<String>,
        description_ru: Option<String>,
        description_en: Option<String>,
        #[serde(default)]
        keywords: Option<String>,
        #[serde(default)]
        responsible: Option<Responsible>,
        fullname_kk: Option<String>,
        fullname_ru: Option<String>,
        fullname_en: Option<String>,
        version: String,
        #[serde(default)]
        created_date: Option<String>,
        #[serde(default)]
        modified_date: Option<String>,
        fields: OrderedMap<FieldMeta>,
    }
    impl From<MetaDe> for Meta {
        fn from(d: MetaDe) -> Self {
            Meta {
                api_uri: d.api_uri,
                names: names(d.name_kk, d.name_ru, d.name_en),
                descriptions: descriptions(d.description_kk, d.description_ru, d.description_en),
                keywords: d.keywords,
                responsible: d.responsible,
                fullnames: fullnames(d.fullname_kk, d.fullname_ru, d.fullname_en),
                version: d.version,
                created_date: d.created_date,
                modified_date: d.modified_date,
                fields: d.fields,
            }
        }
    }

    #[derive(Deserialize)]
    #[serde(rename = "DatasetRef", rename_all = "camelCase")]
    pub struct DatasetRefDe {
        api_uri: String,
        name_kk: Option<String>,
        name_ru: Option<String>,
        name_en: Option<String>,
    }
    impl From<DatasetRefDe> for DatasetRef {
        fn from(d: DatasetRefDe) -> Self {
            DatasetRef {
                api_uri: d.api_uri,
                names: names(d.name_kk, d.name_ru, d.name_en),
            }
        }
    }

    /// [`ApplicationSummary`]'s wire fields (it has no flattened parts itself) plus the detail's.
    #[derive(Deserialize)]
    #[serde(rename = "ApplicationDetail", rename_all = "camelCase")]
    pub struct ApplicationDetailDe {
        id: u64,
        title: String,
        description: String,
        lang: Lang,
        category: CategoryRef,
        #[serde(default)]
        gov_agency: Option<AgencyRef>,
        #[serde(default)]
        other_organization: Option<String>,
        status: ApplicationStatus,
        votes: u64,
        created_date: String,
        #[serde(default)]
        answered_date: Option<String>,
        #[serde(default)]
        voted: bool,
        #[serde(default)]
        history: Vec<StatusChange>,
        #[serde(default)]
        answer: Option<AnswerTexts>,
        #[serde(default)]
        dataset: Option<DatasetRef>,
    }
    impl From<ApplicationDetailDe> for ApplicationDetail {
        fn from(d: ApplicationDetailDe) -> Self {
            ApplicationDetail {
                summary: ApplicationSummary {
                    id: d.id,
                    title: d.title,
                    description: d.description,
                    lang: d.lang,
                    category: d.category,
                    gov_agency: d.gov_agency,
                    other_organization: d.other_organization,
                    status: d.status,
                    votes: d.votes,
                    created_date: d.created_date,
                    answered_date: d.answered_date,
                    voted: d.voted,
                },
                history: d.history,
                answer: d.answer,
                dataset: d.dataset,
            }
        }
    }

    #[derive(Deserialize)]
    #[serde(rename = "ShowcaseApp", rename_all = "camelCase")]
    pub struct ShowcaseAppDe {
        id: u64,
        name_kk: Option<String>,
        name_ru: Option<String>,
        name_en: Option<String>,
        description_kk: Option<String>,
        description_ru: Option<String>,
        description_en: Option<String>,
        category: CategoryRef,
        #[serde(default)]
        platforms: Vec<Platform>,
        author: String,
        #[serde(default)]
        links: Vec<AppLink>,
        #[serde(default)]
        datasets: Vec<DatasetRef>,
        created_date: String,
    }
    impl From<ShowcaseAppDe> for ShowcaseApp {
        fn from(d: ShowcaseAppDe) -> Self {
            ShowcaseApp {
                id: d.id,
                names: names(d.name_kk, d.name_ru, d.name_en),
                descriptions: descriptions(d.description_kk, d.description_ru, d.description_en),
                category: d.category,
                platforms: d.platforms,
                author: d.author,
                links: d.links,
                datasets: d.datasets,
                created_date: d.created_date,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn mapping_lists_versions_oldest_first() {
        let m: super::Mapping =
            serde_json::from_str(r#"{"x":{"mappings":{"v10":{"properties":{}},"v2":{},"v1":{}}}}"#)
                .unwrap();
        assert_eq!(m.versions(), ["v1", "v2", "v10"]);
        let d: super::Mapping = serde_json::from_str(r#"{"x":{"mappings":{"data":{}}}}"#).unwrap();
        assert_eq!(d.versions(), ["data"]);
        assert!(serde_json::from_str::<super::Mapping>(r#"{"x":{}}"#).is_err());
    }

    use super::*;
    use serde_json::json;

    #[test]
    fn pick_falls_back_in_portal_order_and_skips_blank() {
        let n = Names {
            name_kk: Some(" ".into()),
            name_ru: Some("Школы".into()),
            name_en: None,
        };
        assert_eq!(n.pick(Lang::Kk), Some(("Школы", Lang::Ru)));
        assert_eq!(n.pick(Lang::En), Some(("Школы", Lang::Ru)));
        assert_eq!(Names::default().pick(Lang::Ru), None);
        let clean = n.without_blanks();
        assert_eq!(clean.name_kk, None);
        assert_eq!(clean.name_ru.as_deref(), Some("Школы"));
        let padded = Names::new(" Мектептер ", "", "x");
        assert_eq!(padded.without_blanks(), Names::new("Мектептер", "", "x"));
    }

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
    fn ordered_map_keeps_field_order_both_ways() {
        let text = r#"{"zeta":{"type":"String"},"alpha":{"type":"Int","pk":true}}"#;
        let m: OrderedMap<FieldMeta> = serde_json::from_str(text).unwrap();
        assert_eq!(m.keys().collect::<Vec<_>>(), ["zeta", "alpha"]);
        assert!(m.get("alpha").unwrap().pk);
        let back = serde_json::to_string(&m).unwrap();
        assert!(back.find("zeta").unwrap() < back.find("alpha").unwrap());
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
