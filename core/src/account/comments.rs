//! Comments on a dataset.

use super::Author;
use serde::{Deserialize, Serialize};

/// One comment on a dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    pub id: u64,
    pub author: Author,
    pub text: String,
    pub created_date: String,
    /// Written by the signed-in citizen (who may delete it).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub own: bool,
}

/// `GET /api/portal/datasets/{apiUri}/comments?page=&size=`: newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct CommentPage {
    pub total_count: u64,
    pub page: u32,
    pub size: u32,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub comments: Vec<Comment>,
}

/// `POST /api/portal/datasets/{apiUri}/comments`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewComment {
    pub text: String,
}
