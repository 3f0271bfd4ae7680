//! Votes on applications for publication, and a new application.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// `POST|DELETE /api/portal/applications/{id}/vote`: the count after the change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoteState {
    pub votes: u64,
    pub voted: bool,
}

/// `POST /api/portal/applications`: exactly one of `govAgency` (an agency id) and
/// `otherOrganization` (free text). Answer 201 with the `ApplicationDetail`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct NewApplication {
    pub category: String,
    pub title: String,
    pub description: String,
    pub lang: Lang,
    #[serde(default)]
    pub gov_agency: Option<String>,
    #[serde(default)]
    pub other_organization: Option<String>,
}
