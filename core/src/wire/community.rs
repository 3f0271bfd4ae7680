//! The community extension's types: applications for publishing a dataset (with their status
//! history and the agency's answer) and the showcase of apps built on the portal's data.

use super::catalogue::{AgencyRef, CategoryRef, FacetValue};
use super::de::wire_struct;
use super::names::{AnswerTexts, Descriptions, Names};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

wire_struct! {
    /// A dataset as referenced from elsewhere (an app that uses it, a published application).
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct DatasetRef {
        pub api_uri: String,
        pub names: Names as flatten,
    }
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

wire_struct! {
    // Also decoded alone (list items) by its derive, which takes an array too, as always.
    derived_deserialize;
    /// An application for publishing a new dataset (`/api/portal/applications` list item). The
    /// title and description are the citizen's own words, in one language (`lang`).
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
        pub voted: bool = default,
    }
}

/// One step of an application's status history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct StatusChange {
    pub status: ApplicationStatus,
    pub date: String,
}

wire_struct! {
    /// `GET /api/portal/applications/{id}`.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ApplicationDetail {
        pub summary: ApplicationSummary as flatten,
        /// Oldest first; the last entry is the current status.
        pub history: Vec<StatusChange> = default,
        /// The agency's answer (for accepted, scheduled, published and rejected applications).
        #[cfg_attr(feature = "openapi", schema(required))]
        pub answer: Option<AnswerTexts>,
        /// For published applications: the dataset that answers it.
        #[cfg_attr(feature = "openapi", schema(required))]
        pub dataset: Option<DatasetRef>,
    }
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

wire_struct! {
    /// An app or service built on the portal's data (`/api/portal/apps`).
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ShowcaseApp {
        pub id: u64,
        pub names: Names as flatten,
        pub descriptions: Descriptions as flatten,
        pub category: CategoryRef,
        pub platforms: Vec<Platform> = default,
        /// The developer (a person, a company or a team).
        pub author: String,
        pub links: Vec<AppLink> = default,
        /// The datasets the app uses.
        pub datasets: Vec<DatasetRef> = default,
        pub created_date: String,
    }
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
